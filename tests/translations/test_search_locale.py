"""A translation is found in its own language once it is published, and no longer once it is
unpublished, in the embedded engine and in Elasticsearch."""

import uuid

import pytest
from django.test import TestCase

from search.engines.base import SearchQuery
from search.engines.embedded import EmbeddedEngine
from tests.translations.conftest import (
    INITIATIVE_ENGLISH,
    download,
    filled,
    submit_translation,
    translate_to_english,
    upload,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def embedded(site):
    return EmbeddedEngine()


@pytest.fixture
def elasticsearch(site, elasticsearch_url, elasticsearch_index_prefix, settings, monkeypatch):
    """Elasticsearch configured for the site, as production has it; writes visible at once."""
    import search.engines
    from search.engines.elastic import ElasticsearchEngine

    prefix = f"{elasticsearch_index_prefix}-i18n-{uuid.uuid4().hex[:6]}"
    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.PORTAL_SEARCH_INDEX_PREFIX = prefix
    engine = ElasticsearchEngine(elasticsearch_url, prefix=prefix, refresh=True)
    monkeypatch.setattr(search.engines, "_elasticsearch", engine)
    engine.rebuild({})  # empty indexes for every language
    yield engine
    engine.drop()


@pytest.fixture(params=["embedded", "elasticsearch"])
def engine(request):
    return request.getfixturevalue(request.param)


def found(engine, text, locale):
    """The pages with hits (an initiative's tips are hits of their own, at the page's URL + #anchor)."""
    return {hit.url.split("#")[0] for hit in engine.search(SearchQuery(text=text, locale=locale)).hits}


def test_published_translation_is_found_in_its_own_language_only(engine, translator, initiative):
    english = translate_to_english(translator, initiative).get_target_instance()
    assert english.url in found(engine, "residents", "en")
    assert found(engine, "residents", "nb") == set()
    assert initiative.url in found(engine, "beboerne", "nb")
    assert found(engine, "beboerne", "en") == set()


def test_translation_is_not_found_before_it_is_published(engine, translator, initiative):
    for instance in (initiative.get_parent().specific, initiative):
        translation = submit_translation(translator, instance, "en")
        upload(translator, translation, filled(download(translator, translation), INITIATIVE_ENGLISH))
    assert found(engine, "residents", "en") == set()


def test_unpublished_translation_is_no_longer_found_but_its_source_is(engine, translator, initiative):
    english = translate_to_english(translator, initiative).get_target_instance()
    with TestCase.captureOnCommitCallbacks(execute=True):
        english.unpublish()
    assert found(engine, "residents", "en") == set()
    assert initiative.url in found(engine, "beboerne", "nb")
