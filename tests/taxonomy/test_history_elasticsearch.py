"""With Elasticsearch configured, a legal basis's draft never reaches it, and publishing or
reverting to an old revision rewrites the law's document there too (after the commit, as every
write to Elasticsearch goes). Skipped without a running node (ELASTICSEARCH_TEST_URL)."""

import pytest

import search.engines
from search.documents import documents_for_locale, locales
from search.engines import index_writers
from search.engines.base import SearchQuery
from tests.factories import LegalBasisFactory
from tests.search.conftest import unique_prefix

pytestmark = pytest.mark.django_db

OLD, NEW = "Kartlegg helsetilstanden", "Kvartalsrapporter om trivsel"


@pytest.fixture
def elasticsearch(settings, site, monkeypatch, elasticsearch_url, elasticsearch_index_prefix):
    monkeypatch.setattr(search.engines, "_elasticsearch", None)  # made afresh from these settings
    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.PORTAL_SEARCH_INDEX_PREFIX = unique_prefix(elasticsearch_index_prefix, "history")
    law = LegalBasisFactory(
        name="Folkehelseloven",
        slug="folkehelseloven",
        key_sections=[("section", {"label": "§ 5", "title": "Oversikt", "text": OLD})],
    )
    for engine in index_writers():
        engine.rebuild({locale: documents_for_locale(locale) for locale in locales()})
    engine = search.engines.elasticsearch_engine()
    yield engine, law
    engine.drop()


def found(engine, word):
    engine.client.indices.refresh(index=engine.alias("nb"))
    result = engine.search(SearchQuery(text=word, locale="nb", filters={"kind": ("legal_basis",)}))
    return [hit.title for hit in result.hits]


def with_text(law, text):
    law.key_sections = [("section", {"label": "§ 5", "title": "Oversikt", "text": text})]
    return law


def test_drafts_stay_out_and_a_revert_comes_back_in_elasticsearch(
    elasticsearch, django_capture_on_commit_callbacks
):
    engine, law = elasticsearch
    assert found(engine, "helsetilstanden") == ["Folkehelseloven"]
    old_revision = law.save_revision()

    with django_capture_on_commit_callbacks(execute=True):
        draft = with_text(law.get_latest_revision_as_object(), NEW).save_revision()
    assert found(engine, "kvartalsrapporter") == []

    with django_capture_on_commit_callbacks(execute=True):
        draft.publish()
    assert found(engine, "kvartalsrapporter") == ["Folkehelseloven"]
    assert found(engine, "helsetilstanden") == []

    # Reverting: the old revision's content saved as a new revision and published.
    with django_capture_on_commit_callbacks(execute=True):
        old = old_revision.as_object()
        old.save_revision(previous_revision=old_revision).publish()
    assert found(engine, "helsetilstanden") == ["Folkehelseloven"]
    assert found(engine, "kvartalsrapporter") == []
