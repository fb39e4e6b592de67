"""Two app servers (gunicorn, production settings) sharing one PostgreSQL database, one Redis and
one Elasticsearch: an editor publishes on A, and B shows the new menu, breadcrumbs, language links
and search answers at once, though B had them all cached, whole pages included (the page cache,
shared through Redis: a page B cached is a hit on A too)."""

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import uuid
from http.cookies import SimpleCookie

import pytest
from django.db import connection

from tests.demo_site import REPO

# django_db: so that the run sets up the test database the servers' own is copied from.
pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db]

PASSWORD = "two-servers-" + uuid.uuid4().hex
SETUP = f"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from wagtail.models import Locale
from home.models import HomePage
from tests.factories import ToolIndexPageFactory, ToolPageFactory

call_command("setup_site", "--no-admin")
home = HomePage.objects.get(locale__language_code="nb")
section = ToolIndexPageFactory(parent=home, title="Verktøy", slug="verktoy")
section.save_revision().publish()
tool = ToolPageFactory(parent=section, title="Gåtur med beboerne", slug="gatur")
tool.save_revision().publish()
swedish = section.copy_for_translation(Locale.objects.get(language_code="sv"))
swedish.title, swedish.slug = "Verktyg", "verktyg"
swedish.save_revision().publish()
# What an editor left as drafts, to be published on server A.
swedish_tool = tool.copy_for_translation(Locale.objects.get(language_code="sv"))
swedish_tool.title, swedish_tool.slug = "Promenad med de boende", "promenad"
swedish_tool.save_revision()
section.title = "Verktøykasse"
section.save_revision()
tool.title = "Nabolagsvandring med beboerne"
tool.save_revision()
assert not swedish_tool.live
call_command("rebuild_search_index")
editor = get_user_model().objects.create_superuser("editor", "editor@example.org")
# Hashed as production checks it (the test settings' fast hasher is not one of production's).
hasher = PBKDF2PasswordHasher()
editor.password = hasher.encode("{PASSWORD}", hasher.salt())
editor.save()
print(json.dumps({{"drafts": [section.pk, tool.pk, swedish_tool.pk]}}))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env):
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


class Browser:
    """One visitor or editor of one server: keeps its cookies (which production marks Secure, so a
    stock cookie jar would not send them back over plain http)."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.headers = {}  # of the last response

    def request(self, method, path, form=None):
        headers = {"Host": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        server = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            server.request(method, path, body=body, headers=headers)
            response = server.getresponse()
            content = response.read().decode()
            self.headers = response.headers
        finally:
            server.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, content

    def get(self, path):
        status, content = self.request("GET", path)
        assert status == 200, (path, status, content[:500])
        return content

    def post_form(self, path, form):
        """Posts the form on `path` as a browser would: with the CSRF token of the page."""
        status, page = self.request("GET", path)
        assert status == 200, (path, status, page[:500])
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        return self.request("POST", path, {"csrfmiddlewaretoken": token, **form})


def menu(html):
    return html.split('id="site-menu"', 1)[1].split("</nav>", 1)[0]


def breadcrumbs(html):
    return html.split("ds-breadcrumbs", 1)[1].split("</nav>", 1)[0]


def swedish_link(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return re.search(r'<a href="([^"]+)" lang="sv"', nav).group(1)


def found(browser, word, wait=0.0):
    """Titles B's search finds for `word`, from Elasticsearch; `wait`: seconds to allow for the node's
    refresh (a write is searchable within its refresh interval, one second)."""
    deadline = time.monotonic() + wait
    while True:
        query = urllib.parse.urlencode({"q": word, "locale": "nb"})
        answer = json.loads(browser.get(f"/api/search/?{query}"))
        assert answer["engine"] == "elasticsearch"
        titles = [result["title"] for result in answer["results"]]
        if titles or time.monotonic() >= deadline:
            return titles
        time.sleep(0.2)


@pytest.fixture(scope="module")
def shared_database(django_db_setup, django_db_blocker):
    """A PostgreSQL database of the two servers' own, copied from the migrated test database."""
    if connection.vendor != "postgresql":
        pytest.skip("two app servers share PostgreSQL (run with DATABASE_URL=postgres://…)")
    import psycopg

    settings = connection.settings_dict
    server = {key.lower(): settings[key] for key in ("USER", "PASSWORD", "HOST", "PORT")}
    name = f"{settings['NAME']}_two_servers_{os.getpid()}"
    with django_db_blocker.unblock():
        connection.close()  # a template database must have no other connection
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{settings["NAME"]}"')
        try:
            yield f"postgres://{server['user']}:{server['password']}@{server['host']}:{server['port']}/{name}"
        finally:
            with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def servers(shared_database, redis_url, elasticsearch_url, elasticsearch_index_prefix, tmp_path_factory):
    """Ports of servers A and B: gunicorn with the project's gunicorn.conf.py and production
    settings, one database, one Redis (under a key prefix of this run's own), one Elasticsearch
    (indexes of this run's own), one media folder."""
    workdir = tmp_path_factory.mktemp("two-servers")
    base = {key: value for key, value in os.environ.items() if not key.startswith(("ELASTICSEARCH", "REDIS"))}
    base["ELASTICSEARCH_URL"] = elasticsearch_url
    base["PORTAL_SEARCH_INDEX_PREFIX"] = f"{elasticsearch_index_prefix}-two-servers"
    setup = json.loads(
        run(
            [sys.executable, "manage.py", "shell", "-c", SETUP],
            {**base, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "DATABASE_URL": shared_database},
        ).splitlines()[-1]
    )
    production = {
        **base,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "two-servers-test-only-" + uuid.uuid4().hex * 2,
        "DATABASE_URL": shared_database,
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": f"test-{uuid.uuid4().hex[:10]}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "WEB_CONCURRENCY": "1",
        "PYTHONUNBUFFERED": "1",
    }
    run([sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], production)
    processes, ports = [], []
    try:
        for name in ("a", "b"):
            port = free_port()
            log = open(workdir / f"{name}.log", "w")  # noqa: SIM115 - open while the server runs
            gunicorn = [sys.executable, "-m", "gunicorn", "portal.wsgi", "-c", "gunicorn.conf.py"]
            processes.append(
                subprocess.Popen(
                    gunicorn, cwd=REPO, env={**production, "PORT": str(port)}, stdout=log, stderr=log
                )
            )
            ports.append(port)
        for port, process in zip(ports, processes, strict=True):
            wait_until_serving(port, process, workdir)
        yield {"a": ports[0], "b": ports[1], "drafts": setup["drafts"], "logs": workdir}
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def wait_until_serving(port, process, workdir, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, (workdir / "a.log").read_text() + (workdir / "b.log").read_text()
        try:
            if Browser(port).request("GET", "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"no server on port {port} after {timeout} s")


def test_a_publish_on_one_server_shows_on_the_other_at_once(servers):
    visitor = Browser(servers["b"])
    page = "/nb/verktoy/gatur/"
    before = visitor.get(page)
    assert "Verktøy<" in menu(before) and "Verktøykasse" not in menu(before)
    assert "Verktøy" in breadcrumbs(before)
    assert swedish_link(before) == "/sv/verktoy/gatur/"  # no Swedish version yet: the fallback URL
    assert found(visitor, "nabolagsvandring") == []
    # B has it all cached now (in the shared Redis), the whole page too: the same bytes, no token
    assert visitor.get(page) == before and visitor.headers["X-Page-Cache"] == "hit"
    assert "csrfmiddlewaretoken" not in before
    other_visitor = Browser(servers["a"])
    assert other_visitor.get(page) == before and other_visitor.headers["X-Page-Cache"] == "hit"

    editor = Browser(servers["a"])
    status, answer = editor.post_form("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert status == 302, re.findall(r'class="[^"]*(?:error|help-critical)[^"]*"[^>]*>(.*?)<', answer, re.S)
    ids = "&".join(f"id={pk}" for pk in servers["drafts"])
    status, answer = editor.post_form(f"/admin/bulk/wagtailcore/page/publish/?{ids}", {})
    assert status == 302, answer[:2000]

    after = visitor.get(page)
    assert visitor.headers["X-Page-Cache"] == "miss"
    assert other_visitor.get(page) == after and other_visitor.headers["X-Page-Cache"] == "hit"
    assert "Verktøykasse" in menu(after)
    assert "Verktøykasse" in breadcrumbs(after)
    assert "Nabolagsvandring med beboerne" in after
    assert swedish_link(after) == "/sv/verktyg/promenad/"
    assert found(visitor, "nabolagsvandring", wait=3.0) == ["Nabolagsvandring med beboerne"]
    assert "Verktyg" in menu(visitor.get("/sv/verktyg/promenad/"))

    access_log = (servers["logs"] / "b.log").read_text()
    assert re.search(r'"GET /nb/verktoy/gatur/ HTTP/1.1" 200 \d+ .* us=\d+', access_log)
