"""Searches kept whole for anonymous visitors (search/response_cache.py), on the embedded engine and
on Elasticsearch: a repeated search is answered from what was kept and still counted; a view
restriction, a publish or a removed restriction shows in the very next search; nothing an editor
saw is kept, and Elasticsearch's writes count only once searches can see them."""

import json
import socket
import uuid

import pytest
import redis
from django.test import override_settings
from wagtail.models import PageViewRestriction

from insights.models import SearchRecord
from portal.settings.base import redis_caches
from search import response_cache
from search.engines import elasticsearch_engine
from search.indexing import apply
from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory
from tests.search.conftest import doc

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
SECRET = "Myrvoll nærmiljøplan"


@pytest.fixture
def engine(settling_engine, settings):
    settings.PAGE_CACHE_SECONDS = 600
    return settling_engine


@pytest.fixture
def visitor(client):
    client.defaults["HTTP_USER_AGENT"] = BROWSER  # a robot's searches are not counted
    return client


@pytest.fixture
def section(site, engine):
    found = {}

    def build():
        section = InitiativeIndexPageFactory(parent=home_page())
        page = InitiativePageFactory(parent=section, title=SECRET, slug="myrvoll", live=False)
        page.save_revision().publish()
        found["section"] = section

    engine.run(build)
    return found["section"]


def searched(client, q="nærmiljøplan"):
    """(titles the API lists, whether the search page names the secret, how each was answered)."""
    api = client.get("/api/search/", {"q": q, "locale": "nb"})
    page = client.get("/nb/search/", {"q": q})
    assert api.status_code == page.status_code == 200
    titles = [hit["title"] for hit in json.loads(api.content)["results"]]
    return titles, SECRET in page.content.decode(), (api.get("X-Search-Cache"), page.get("X-Search-Cache"))


def test_a_repeated_search_is_answered_from_what_was_kept_and_counted_each_time(visitor, engine, section):
    first = visitor.get("/nb/search/", {"q": "myrvoll"})
    again = visitor.get("/nb/search/", {"q": "myrvoll"})
    assert (first["X-Search-Cache"], again["X-Search-Cache"]) == ("miss", "hit")
    assert again.content == first.content and SECRET in again.content.decode()
    # Still each visitor's own: never in a shared cache or a CDN.
    assert "private" in again["Cache-Control"] and "no-cache" in again["Cache-Control"]
    assert searched(visitor, "myrvoll")[2] == ("miss", "hit")
    assert searched(visitor, "myrvoll")[2] == ("hit", "hit")
    assert SearchRecord.objects.get(query="myrvoll").searches == 6


@pytest.mark.parametrize(
    "kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]
)
def test_a_restriction_leaves_kept_searches_at_once_and_its_removal_comes_back(
    visitor, engine, section, kind
):
    searched(visitor)
    assert searched(visitor) == ([SECRET], True, ("hit", "hit"))

    restriction = []
    engine.run(
        lambda: restriction.append(PageViewRestriction.objects.create(page=section, restriction_type=kind))
    )
    assert searched(visitor) == ([], False, ("miss", "miss"))
    assert searched(visitor) == ([], False, ("hit", "hit"))

    engine.run(restriction[0].delete)
    assert searched(visitor) == ([SECRET], True, ("miss", "miss"))


def test_a_published_page_joins_a_kept_search_at_once(visitor, engine, section):
    searched(visitor)
    assert searched(visitor)[0] == [SECRET]

    def publish():
        page = InitiativePageFactory(parent=section, title="Solvoll nærmiljøplan", slug="solvoll", live=False)
        page.save_revision().publish()

    engine.run(publish)
    assert sorted(searched(visitor)[0]) == sorted([SECRET, "Solvoll nærmiljøplan"])


def test_a_write_to_the_index_alone_shows_in_the_next_search(visitor, engine, section):
    """As when the worker has read a report's text: no page changed, only the index."""
    searched(visitor)
    assert searched(visitor)[0] == [SECRET]
    report = doc(77, kind="document", title="Sluttrapport nærmiljøplan", text="Evaluering.")
    engine.run(lambda: apply([report], []))
    assert sorted(searched(visitor)[0]) == sorted([SECRET, "Sluttrapport nærmiljøplan"])


def test_nothing_an_editor_saw_is_kept(visitor, engine, section, django_user_model):
    editor = django_user_model.objects.create_superuser("redaktor", "redaktor@example.org", "pw")
    visitor.force_login(editor)
    assert searched(visitor)[2] == (None, None)
    visitor.logout()
    assert searched(visitor)[2] == ("miss", "miss")


def test_nothing_is_kept_while_the_page_cache_is_off(visitor, engine, section, settings):
    settings.PAGE_CACHE_SECONDS = 0
    searched(visitor)
    assert searched(visitor) == ([SECRET], True, (None, None))


@pytest.mark.parametrize("settling_engine", ["elasticsearch"], indirect=True)
def test_elasticsearch_writes_count_once_searches_see_them(
    visitor, engine, section, settings, django_capture_on_commit_callbacks
):
    """As in production: no refresh after the write, which returns at the index's scheduled one."""
    settings.ELASTICSEARCH_REFRESH_AT_ONCE = False
    assert elasticsearch_engine().refresh is False
    searched(visitor)
    assert searched(visitor)[2] == ("hit", "hit")

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    assert searched(visitor) == ([], False, ("miss", "miss"))


def test_a_kept_search_that_cannot_be_read_is_asked_again(visitor, engine, section, monkeypatch):
    """As after a release that changed what is kept: never an error page."""
    from django.core.cache import caches

    searched(visitor)

    pages_cache_get = caches["pages"].get

    def unreadable(key, *args, **kwargs):
        if key.startswith("search:"):
            raise AttributeError("Can't get attribute 'KeptResponse' on <module 'search.response_cache'>")
        return pages_cache_get(key, *args, **kwargs)

    response_cache.LOCAL.clear()
    monkeypatch.setattr(caches["pages"], "get", unreadable)
    assert searched(visitor) == ([SECRET], True, ("miss", "miss"))


def test_with_redis_kept_searches_are_shared_and_an_outage_costs_only_the_keeping(
    visitor, engine, section, redis_url
):
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    server = redis.Redis.from_url(redis_url)
    try:
        with override_settings(CACHES=redis_caches(redis_url, prefix)):
            searched(visitor)
            response_cache.LOCAL.clear()  # as on another app server
            assert searched(visitor) == ([SECRET], True, ("hit", "hit"))
            engine.run(lambda: PageViewRestriction.objects.create(page=section, restriction_type="login"))
            response_cache.LOCAL.clear()
            assert searched(visitor) == ([], False, ("miss", "miss"))
    finally:
        keys = server.keys(f"{prefix}:*")
        if keys:
            server.delete(*keys)

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"redis://127.0.0.1:{sock.getsockname()[1]}/0"
    with override_settings(CACHES=redis_caches(dead)):
        assert searched(visitor) == ([], False, ("miss", "miss"))
        assert searched(visitor) == ([], False, ("miss", "miss"))
