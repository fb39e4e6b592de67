"""The cache with REDIS_URL: a Redis shared by every app server, and a Redis outage costs only the
cache (pages render uncached, one short log line), never an error page."""

import logging
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from django.core.cache import caches
from django.test import override_settings
from django_redis.cache import RedisCache

from home.models import HomePage
from portal.settings.base import redis_caches

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def production_caches(**env):
    """settings.CACHES as production.py makes it from this environment."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "a-check-only-key-" + uuid.uuid4().hex,
        **env,
    }
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def menu(client):
    html = client.get("/nb/").content.decode()
    return html.split('id="site-menu"', 1)[1].split("</nav>", 1)[0]


def publish_section(title, slug):
    from cases.models import InitiativeIndexPage

    home = HomePage.objects.get(locale__language_code="nb")
    home.add_child(instance=InitiativeIndexPage(title=title, slug=slug)).save_revision().publish()


def test_production_uses_redis_when_redis_url_is_set_and_its_file_cache_otherwise(redis_url):
    environment = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "environ", environment)
        assert production_caches(REDIS_URL=redis_url) == "django_redis.cache.RedisCache"
        assert production_caches() == "django.core.cache.backends.filebased.FileBasedCache"


def test_with_redis_the_menu_is_cached_in_redis_and_follows_a_publish(client, site, redis_url):
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    server = redis.Redis.from_url(redis_url)
    try:
        with override_settings(CACHES=redis_caches(redis_url, prefix)):
            assert isinstance(caches["default"], RedisCache)
            assert "Eksempler" not in menu(client)
            # The menu of every visitor of the language now sits in Redis, where other servers find it.
            assert server.keys(f"{prefix}:*:navigation:menu:*:nb")

            publish_section("Eksempler", "eksempler")

            assert 'href="/nb/eksempler/"' in menu(client)
    finally:
        keys = server.keys(f"{prefix}:*")
        if keys:
            server.delete(*keys)


def test_with_redis_unreachable_pages_render_uncached_and_the_log_says_so_once(client, site, caplog):
    outage_filter = logging.getLogger("portal.cache").filters[0]
    outage_filter.last = float("-inf")  # as in a fresh worker
    dead = f"redis://127.0.0.1:{free_port()}/0"
    with override_settings(CACHES=redis_caches(dead)), caplog.at_level(logging.ERROR, "portal.cache"):
        assert client.get("/nb/").status_code == 200
        publish_section("Eksempler", "eksempler")
        response = client.get("/nb/")
        assert response.status_code == 200
        assert 'href="/nb/eksempler/"' in menu(client)
        assert client.get("/nb/eksempler/").status_code == 200

    lines = [record for record in caplog.records if record.name == "portal.cache"]
    assert len(lines) == 1
    assert "Cache unavailable" in lines[0].getMessage()
    assert "ConnectionError" in lines[0].getMessage()
    assert lines[0].exc_info is None


@pytest.fixture
def frozen_redis(redis_url):
    """A Redis of its own that accepts connections but never answers (SIGSTOP), as a hung server."""
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        client = redis.Redis(port=port, socket_connect_timeout=1)
        for _ in range(50):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.1)
        process.send_signal(subprocess.signal.SIGSTOP)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.send_signal(subprocess.signal.SIGCONT)
        process.terminate()
        process.wait(timeout=10)


def test_a_frozen_redis_delays_a_page_by_its_short_timeouts_only(client, site, frozen_redis):
    with override_settings(CACHES=redis_caches(frozen_redis)):
        started = time.monotonic()
        response = client.get("/nb/")
        elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert 'id="site-menu"' in response.content.decode()
    # One read timeout (0.25 s), then the server is skipped; without that, a timeout per cache call.
    assert elapsed < 1.0, f"a page took {elapsed:.1f} s with Redis frozen"
