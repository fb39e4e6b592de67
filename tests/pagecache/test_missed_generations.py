"""Redis cut off from the app server while an editor restricts a page (a partition, not a restart:
Redis keeps what it held): the new generation cannot be started then, so it is remembered in the
database, and the worker starts it once Redis answers; until it has, the page would come back from
what Redis kept before the change."""

import socket
import uuid

import pytest
import redis
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import PageViewRestriction

from core.cache import GENERATION_KEY, current_generation
from core.missed_generations import MissedGenerationStart
from core.pagecache import LOCAL
from operations.worker import SCHEDULED_COMMANDS
from portal.settings.base import redis_caches
from search.engines.generation import GENERATION_KEY as INDEX_GENERATION_KEY
from search.engines.generation import current_index_generation, index_changed
from tests.content import home_page
from tests.factories import ToolIndexPageFactory, ToolPageFactory
from tests.pagecache.conftest import served

pytestmark = pytest.mark.django_db

TOOL = "/nb/verktoy/gatur/"


@pytest.fixture
def live_redis(redis_url):
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    yield redis_caches(redis_url, prefix)
    server = redis.Redis.from_url(redis_url)
    keys = server.keys(f"{prefix}*")
    if keys:
        server.delete(*keys)


@pytest.fixture
def cut_off():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return redis_caches(f"redis://127.0.0.1:{sock.getsockname()[1]}/0")


@pytest.fixture
def tool(site):
    index = ToolIndexPageFactory(parent=home_page("nb"), title="Verktøy", slug="verktoy")
    tool = ToolPageFactory(parent=index, title="Gåtur med beboerne", slug="gatur")
    tool.save_revision().publish()
    return tool


def test_a_restriction_made_while_redis_is_cut_off_hides_the_page_once_the_worker_ran(
    client, tool, live_redis, cut_off, django_capture_on_commit_callbacks
):
    with override_settings(CACHES=live_redis):
        served(client, TOOL)
        assert served(client, TOOL)[:2] == (200, "hit")
        before = current_generation()

    with override_settings(CACHES=cut_off), django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=tool, restriction_type=PageViewRestriction.LOGIN)
    # The page tree's and the index's (the page left the search index too).
    missed = set(MissedGenerationStart.objects.values_list("key", flat=True))
    assert missed == {GENERATION_KEY, INDEX_GENERATION_KEY}

    with override_settings(CACHES=live_redis):
        assert current_generation() == before  # Redis never heard of the change
        LOCAL.clear()  # another app server: only what Redis kept
        assert served(client, TOOL)[:2] == (200, "hit")  # what the worker is there for

        call_command("settle_cache_generations", verbosity=0)

        assert current_generation() > before
        response = client.get(TOOL)
        assert response.status_code == 302 and "X-Page-Cache" not in response
    assert not MissedGenerationStart.objects.exists()


def test_a_missed_index_generation_is_started_by_the_worker_too(live_redis, cut_off):
    with override_settings(CACHES=live_redis):
        before = current_index_generation()
    with override_settings(CACHES=cut_off):
        index_changed()
    with override_settings(CACHES=live_redis):
        assert current_index_generation() == before
        call_command("settle_cache_generations", verbosity=0)
        assert current_index_generation() == before + 1
    assert not MissedGenerationStart.objects.filter(key=INDEX_GENERATION_KEY).exists()


def test_while_redis_is_still_cut_off_the_worker_keeps_the_missed_start(cut_off):
    with override_settings(CACHES=cut_off):
        index_changed()
        call_command("settle_cache_generations", verbosity=0)
    assert MissedGenerationStart.objects.filter(key=INDEX_GENERATION_KEY).exists()


def test_the_worker_runs_it_on_its_schedule():
    assert "settle_cache_generations" in SCHEDULED_COMMANDS
