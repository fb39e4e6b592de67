"""One live server with the demo content and one headless Chromium for the whole browser suite.

The server runs in its own process on its own SQLite file (a copy of the migrated test database,
then `setup_site` and `load_demo_content`), so the demo pages never leak into the other tests'
database, and the pages are served exactly as `manage.py runserver` serves them.
"""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
    "--disable-dev-shm-usage",
]
WORKDIR = REPO / ".cache" / "browser"
SCREENSHOTS = REPO / ".cache" / "screenshots"
LIVE_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    "DATABASE_URL": f"sqlite:///{WORKDIR / 'site.sqlite3'}",
    "PYTHONUNBUFFERED": "1",
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_test_database(target):
    """The test run already migrated an in-memory SQLite database: copy it instead of migrating
    again (a minute on a small machine). Elsewhere (PostgreSQL) migrate a fresh file."""
    from django.db import connection

    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        return True
    return False


def manage(*args, env):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=600
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def has_command(name, env):
    listing = manage("help", "--commands", env=env)
    return name in listing.split()


def wait_until_up(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the live server stopped: {process.stdout.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"the live server did not answer at {url}")


@pytest.fixture(scope="session")
def chromium_executable():
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (scripts/services/chromium.sh installs it)")
    return str(CHROMIUM)


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker, chromium_executable):
    """Base URL of a server with the demo content in three languages.

    BROWSER_TEST_SERVER=http://127.0.0.1:PORT (with BROWSER_TEST_DATABASE_URL, the database that
    server uses) runs the suite against a server you already have, to iterate quickly."""
    if os.environ.get("BROWSER_TEST_SERVER"):
        LIVE_ENV["DATABASE_URL"] = os.environ["BROWSER_TEST_DATABASE_URL"]
        yield os.environ["BROWSER_TEST_SERVER"].rstrip("/")
        return
    WORKDIR.mkdir(parents=True, exist_ok=True)
    database = WORKDIR / "site.sqlite3"
    database.unlink(missing_ok=True)
    env = {**os.environ, **LIVE_ENV}
    env.pop("ELASTICSEARCH_URL", None)
    with django_db_blocker.unblock():
        copied = copy_test_database(database)
    if not copied:
        manage("migrate", "--no-input", "-v0", env=env)
    manage("setup_site", "--no-admin", env=env)
    if has_command("load_demo_content", env):
        manage("load_demo_content", env=env)

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "tests/browser/serve.py", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base_url}/healthz", server)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


PAGE_CATALOGUE_SCRIPT = """
import json
from wagtail.models import Page
catalogue = {}
for page in Page.objects.live().public().filter(depth__gte=2).order_by("path").specific():
    kinds = catalogue.setdefault(page.locale.language_code, {})
    kinds.setdefault(type(page).__name__, []).append(page.url)
print(json.dumps(catalogue))
"""


@pytest.fixture(scope="session")
def site_pages(live_site):
    """{language: {page model name: [url, ...]}} of the live demo site."""
    env = {**os.environ, **LIVE_ENV}
    output = manage("shell", "-c", PAGE_CATALOGUE_SCRIPT, env=env)
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def browser(chromium_executable):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=chromium_executable, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def new_page(browser, live_site):
    """Open pages in fresh browser contexts: new_page(width=360, height=740, javascript=False)."""
    contexts = []

    def open_page(width=1280, height=900, javascript=True, locale="nb-NO"):
        context = browser.new_context(
            base_url=live_site,
            viewport={"width": width, "height": height},
            java_script_enabled=javascript,
            locale=locale,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture(scope="session")
def screenshots_dir():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
