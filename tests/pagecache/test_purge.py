"""A CDN or caching proxy in front is told when a page is published or unpublished: configured from
the environment (FRONTEND_CACHE_PURGE_URL, CLOUDFLARE_ZONE_ID), off by default. Here the "proxy" is
a tiny HTTP server on 127.0.0.1 that notes the PURGE requests it gets."""

import os
import subprocess
import sys
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.content import home_page
from tests.factories import ToolIndexPageFactory, ToolPageFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def proxy():
    """(purged [(method, host, path)], its URL) of a caching proxy's purge endpoint."""
    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            purged.append((self.command, self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield purged, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def tool(site):
    index = ToolIndexPageFactory(parent=home_page("nb"), title="Verktøy", slug="verktoy")
    return ToolPageFactory(parent=index, title="Gåtur med beboerne", slug="gatur")


def test_publishing_and_unpublishing_a_page_purges_it(
    proxy, tool, settings, django_capture_on_commit_callbacks
):
    purged, url = proxy
    settings.WAGTAILFRONTENDCACHE = {
        "http": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    }
    with django_capture_on_commit_callbacks(execute=True):  # the purge is a task queued on commit
        tool.save_revision().publish()
    assert purged == [("PURGE", "127.0.0.1:8000", "/nb/verktoy/gatur/")]  # the Site's host
    with django_capture_on_commit_callbacks(execute=True):
        tool.unpublish()
    assert purged[1:] == [("PURGE", "127.0.0.1:8000", "/nb/verktoy/gatur/")]


def test_nothing_is_queued_while_no_purger_is_configured(
    tool, monkeypatch, django_capture_on_commit_callbacks
):
    from wagtail.contrib.frontend_cache import utils

    asked = []
    monkeypatch.setattr(utils, "purge_page_from_cache", asked.append)
    with django_capture_on_commit_callbacks(execute=True):
        tool.save_revision().publish()
    assert asked == []


def frontend_cache_setting(**env):
    """WAGTAILFRONTENDCACHE as production settings make it from this environment."""
    env = {
        **{key: val for key, val in os.environ.items() if not key.startswith(("FRONTEND_", "CLOUDFLARE_"))},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "a-check-only-key-" + uuid.uuid4().hex,
        **env,
    }
    code = "from django.conf import settings; print(repr(settings.WAGTAILFRONTENDCACHE))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return eval(result.stdout)  # noqa: S307 - our own settings' repr


def test_purging_is_configured_from_the_environment_and_off_by_default():
    assert frontend_cache_setting() == {}
    http = frontend_cache_setting(
        FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081", FRONTEND_CACHE_HOSTNAMES="portal.example"
    )
    assert http == {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
            "HOSTNAMES": ["portal.example"],
        }
    }
    cloudflare = frontend_cache_setting(CLOUDFLARE_ZONE_ID="zone-1", CLOUDFLARE_API_TOKEN="token-1")
    assert cloudflare["cloudflare"]["ZONEID"] == "zone-1"
    assert cloudflare["cloudflare"]["BEARER_TOKEN"] == "token-1"
