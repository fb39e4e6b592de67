"""Writes Elasticsearch misses while it is unreachable wait in the outbox; `heal_search_index` writes
the documents' current state once the node answers, and /healthz says "stale" until it has."""

import io

import pytest
from django.core.management import call_command

import search.engines
from cases.models import InitiativePage, Tip
from search.engines.base import SearchQuery
from search.engines.elastic import ElasticsearchEngine
from search.engines.embedded import EmbeddedEngine
from search.indexing import rebuild_all
from search.models import PendingWrite
from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory, item
from tests.search.conftest import unique_prefix
from tests.search.nodes import closed_port

pytestmark = pytest.mark.django_db

QUERIES = ["kvistmyra", "solbakken", "nærmiljøplan", ""]


def heal(verbosity=1) -> str:
    out = io.StringIO()
    call_command("heal_search_index", stdout=out, stderr=out, verbosity=verbosity)
    return out.getvalue()


def answers(engine, text):
    result = engine.search(SearchQuery(text=text, locale="nb", page_size=50))
    return result.total, sorted(hit.document_id for hit in result.hits)


@pytest.fixture
def outage(site, settings, forget_elasticsearch, django_capture_on_commit_callbacks):
    """Elasticsearch configured and in step with the content; `outage.change(...)` makes a content
    change as an editor's request would (the writes after its commit included)."""

    class Outage:
        dead_url = f"http://127.0.0.1:{closed_port()}"

        def change(self, change):
            with django_capture_on_commit_callbacks(execute=True):
                change()

    return Outage()


@pytest.fixture
def real_node(outage, settings, elasticsearch_url, elasticsearch_index_prefix):
    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.PORTAL_SEARCH_INDEX_PREFIX = unique_prefix(elasticsearch_index_prefix, "heal")
    node = ElasticsearchEngine(elasticsearch_url, prefix=settings.PORTAL_SEARCH_INDEX_PREFIX, refresh=True)
    yield node
    node.drop()


def build_pages():
    section = InitiativeIndexPageFactory(parent=home_page())
    public = InitiativePageFactory(
        parent=section, title="Kvistmyra nærmiljøplan", slug="kvistmyra", live=False
    )
    public.tips = [item(Tip, title="Kvistmyra-tipset", text="Snakk med folk på Kvistmyra.")]
    public.save_revision().publish()
    draft = InitiativePageFactory(
        parent=section, title="Solbakken nærmiljøplan", slug="solbakken", live=False
    )
    draft.save_revision()
    return InitiativePage.objects.get(pk=public.pk), InitiativePage.objects.get(pk=draft.pk)


@pytest.mark.elasticsearch
def test_writes_missed_during_an_outage_are_healed_once_the_node_answers(outage, real_node, settings, client):
    pages = []
    outage.change(lambda: pages.extend(build_pages()))
    rebuild_all()
    public, draft = pages
    assert answers(real_node, "kvistmyra") == answers(EmbeddedEngine(), "kvistmyra") != (0, [])

    settings.ELASTICSEARCH_URL = outage.dead_url
    outage.change(public.unpublish)
    outage.change(lambda: draft.get_latest_revision().publish())
    real_node.client.indices.refresh(index=real_node.alias("nb"))

    embedded = EmbeddedEngine()
    assert answers(embedded, "kvistmyra") == (0, [])
    assert answers(embedded, "solbakken")[0] == 1
    assert answers(real_node, "kvistmyra")[0] == 2  # the node still holds the page and its tip
    assert answers(real_node, "solbakken") == (0, [])
    # Only the nb documents: the pages' stand-ins in sv and en (search.untranslated) wait too.
    pending = {
        pid for pid in PendingWrite.objects.values_list("document_id", flat=True) if pid.startswith("nb:")
    }
    assert sorted(document_id.rsplit(":", 1)[1] for document_id in pending) == [
        "initiative",  # the unpublished page
        "initiative",  # the published page
        "tip-1",  # the unpublished page's tip
    ]
    during = client.get("/healthz").json()["search"]
    # 3 nb documents and their stand-ins in sv and en.
    assert (during["status"], during["pending"], during["reachable"]) == ("stale", 9, False)

    settings.ELASTICSEARCH_URL = real_node.url
    assert "9 pending, 3 written, 6 deleted" in heal()
    real_node.client.indices.refresh(index=real_node.alias("nb"))

    for text in QUERIES:
        assert answers(real_node, text) == answers(embedded, text), text
    assert answers(real_node, "solbakken")[0] == 1
    assert not PendingWrite.objects.exists()
    after = client.get("/healthz").json()["search"]
    assert (after["status"], after["reachable"]) == ("ok", True) and "pending" not in after
    assert heal() == "" and "nothing pending" in heal(verbosity=2)


def test_healing_waits_while_the_breaker_skips_the_node_and_keeps_what_is_pending(outage, settings):
    settings.ELASTICSEARCH_URL = outage.dead_url
    settings.ELASTICSEARCH_BREAKER_FAILURES = 1
    outage.change(build_pages)
    assert search.engines.elasticsearch_engine().breaker.state == "open"
    pending = PendingWrite.objects.count()

    output = heal()

    assert pending > 0 and f"{pending} pending; the node is being skipped" in output
    assert PendingWrite.objects.count() == pending


def test_a_node_that_fails_during_healing_leaves_every_row_for_the_next_run(outage, settings):
    settings.ELASTICSEARCH_URL = outage.dead_url
    outage.change(build_pages)
    pending = PendingWrite.objects.count()
    assert search.engines.elasticsearch_engine().breaker.state == "closed"  # one failure of three

    output = heal()

    assert "healing stopped, the rest waits: ConnectionError" in output
    assert PendingWrite.objects.count() == pending > 0
