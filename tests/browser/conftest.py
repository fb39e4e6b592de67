"""One live server with the demo content and one headless Chromium for the whole browser suite.

The server runs in its own process on the demo site database (tests/demo_site.py), so the demo
pages never leak into the other tests' database, with DEBUG off as in production.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.demo_site import ENV as DEMO_ENV
from tests.demo_site import REPO, demo_database, manage

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
    "--disable-dev-shm-usage",
]
SCREENSHOTS = REPO / ".cache" / "screenshots"
LIVE_ENV = dict(DEMO_ENV)

PAGE_CATALOGUE_SCRIPT = """
import json
from wagtail.models import Page
catalogue = {}
for page in Page.objects.live().public().filter(depth__gte=2).order_by("path").specific():
    kinds = catalogue.setdefault(page.locale.language_code, {})
    kinds.setdefault(type(page).__name__, []).append(page.url)
print(json.dumps(catalogue))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
    env = {**os.environ, **demo_database(django_db_blocker)}
    env.pop("ELASTICSEARCH_URL", None)
    # Pages as visitors get them in production: from the page cache after the first visit.
    env["PAGE_CACHE_SECONDS"] = "600"
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


@pytest.fixture(scope="session")
def site_pages(live_site):
    """{language: {page model name: [url, ...]}} of the live demo site."""
    output = manage("shell", "-c", PAGE_CATALOGUE_SCRIPT, env=LIVE_ENV)
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
        context.set_default_timeout(15_000)
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
