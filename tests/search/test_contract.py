"""Both engines give the same answers: the same hits and the same facet counts for the same query.

Each case names the documents its text should match (before filters); the test derives the expected
hits and every facet's counts from that with the facet rules (OR within a facet, AND across, a
facet's own filter ignored for its counts) and demands them from each engine. Ranking may differ.
"""

from collections import Counter

import pytest

from search.engines.base import FACETS, SearchQuery
from search.engines.elastic import ElasticsearchEngine
from search.engines.embedded import EmbeddedEngine
from search.understanding import understood_text
from tests.search.conftest import new_elasticsearch
from tests.search.contract_cases import CASES
from tests.search.contract_content import ALL, BY_ID, CONTENT


def expected(locale, text_matches, filters):
    """Hits and facet counts that the facet rules demand, given what the text matches."""
    in_locale = {doc_id for doc_id, document in BY_ID.items() if document.locale == locale}
    matched = in_locale if text_matches is ALL else set(text_matches)

    def values(doc_id, facet):
        document = BY_ID[doc_id]
        return {document.kind} if facet == "kind" else set(document.facets.get(facet, ()))

    def passes(doc_id, except_facet=None):
        return all(
            values(doc_id, facet) & set(chosen) for facet, chosen in filters.items() if facet != except_facet
        )

    hits = {doc_id for doc_id in matched if passes(doc_id)}
    counts = {}
    for facet in FACETS:
        counter = Counter(
            value
            for doc_id in matched
            if passes(doc_id, except_facet=facet)
            for value in values(doc_id, facet)
        )
        counts[facet] = {value: counter.get(value, 0) for value in set(counter) | set(filters.get(facet, ()))}
    return hits, counts


def answer(engine, locale, text, filters):
    # As the query parser does: "verktøy for medvirkning" asks for tools about medvirkning.
    text = understood_text(text, locale)
    result = engine.search(SearchQuery(text=text, locale=locale, filters=filters, page_size=1000))
    counts = {
        facet: {value.value: value.count for value in values} for facet, values in result.facets.items()
    }
    return {hit.document_id for hit in result.hits}, result.total, counts


def by_locale(documents):
    grouped = {"nb": [], "sv": [], "en": []}
    for document in documents:
        grouped[document.locale].append(document)
    return grouped


@pytest.fixture(scope="module")
def elasticsearch_engine(elasticsearch_url, elasticsearch_index_prefix):
    engine = new_elasticsearch(elasticsearch_url, elasticsearch_index_prefix, "contract")
    engine.rebuild(by_locale(CONTENT))
    yield engine
    engine.drop()


@pytest.fixture(scope="module")
def elasticsearch_by_complement_engine(elasticsearch_engine):
    """The same indexes, with every text's facet counts taken as everything minus its non-matches."""
    return ElasticsearchEngine(
        elasticsearch_engine.url, prefix=elasticsearch_engine.prefix, refresh=True, complement_share=0.0
    )


@pytest.fixture(scope="module")
def elasticsearch_directly_engine(elasticsearch_engine):
    """The same indexes, never counting by complement: the counts under all the filters always
    come from inside a chosen facet's counting search when there is one."""
    return ElasticsearchEngine(
        elasticsearch_engine.url, prefix=elasticsearch_engine.prefix, refresh=True, complement_share=1.0
    )


@pytest.fixture
def embedded_engine(db):
    engine = EmbeddedEngine()
    engine.rebuild(by_locale(CONTENT))
    return engine


@pytest.fixture(
    params=[
        "embedded",
        pytest.param("elasticsearch", marks=pytest.mark.elasticsearch),
        pytest.param("elasticsearch_by_complement", marks=pytest.mark.elasticsearch),
        pytest.param("elasticsearch_directly", marks=pytest.mark.elasticsearch),
    ]
)
def engine(request):
    return request.getfixturevalue(f"{request.param}_engine")


@pytest.mark.parametrize(
    ("locale", "text", "filters", "text_matches"),
    CASES,
    ids=[
        f"{locale}-{text or 'no text'}-{'&'.join(sorted(filters)) or 'no filters'}"
        for locale, text, filters, _ in CASES
    ],
)
def test_the_engine_answers_as_the_contract_says(engine, locale, text, filters, text_matches):
    hits, counts = expected(locale, text_matches, filters)

    found, total, found_counts = answer(engine, locale, text, filters)

    assert found == hits
    assert total == len(hits)
    assert found_counts == counts


def test_facet_values_come_by_count_then_value_and_only_the_chosen_ones_are_selected(engine):
    misordered = []
    for locale, text, filters, _text_matches in CASES:
        result = engine.search(SearchQuery(text=text, locale=locale, filters=filters, page_size=1))
        for facet, values in result.facets.items():
            listed = [(value.count, value.value) for value in values]
            selected = {value.value for value in values if value.selected}
            if listed != sorted(listed, key=lambda pair: (-pair[0], pair[1])) or selected != set(
                filters.get(facet, ())
            ):
                misordered.append((locale, text, filters, facet, listed, selected))

    assert misordered == []


def test_both_engines_agree_on_every_case(embedded_engine, elasticsearch_engine):
    disagreements = []
    for locale, text, filters, _text_matches in CASES:
        embedded = answer(embedded_engine, locale, text, filters)
        elastic = answer(elasticsearch_engine, locale, text, filters)
        if embedded != elastic:
            disagreements.append((locale, text, filters, embedded, elastic))

    assert disagreements == []


def test_a_count_is_the_total_of_the_search(engine):
    """What the cross-language hint asks of the other locales (search/elsewhere.py)."""
    wrong = []
    for locale, text, filters, _text_matches in CASES:
        query = SearchQuery(text=understood_text(text, locale), locale=locale, filters=filters)
        if engine.count(query) != engine.search(query).total:
            wrong.append((locale, text, filters))

    assert wrong == []


@pytest.mark.parametrize("locale", ["nb", "sv", "en"])
def test_every_hit_carries_the_evidence_level_of_its_document(engine, locale):
    """The badge on a search hit: items carry their initiative's level, laws and phases none."""
    result = engine.search(SearchQuery(text="", locale=locale, page_size=1000))

    assert {hit.document_id: hit.evidence for hit in result.hits} == {
        document.id: (document.facets.get("evidence") or ("",))[0]
        for document in CONTENT
        if document.locale == locale
    }


def test_a_hit_in_another_language_says_which_and_the_others_say_nothing(engine):
    """Both engines carry an untranslated document's language to its hit (templates set `lang`)."""
    result = engine.search(SearchQuery(text="møteplassene", locale="en"))
    assert [(hit.document_id, hit.language, hit.url) for hit in result.hits] == [
        ("en:812:tool", "nb", "/en/verktoy/kartlegging/")
    ]
    others = engine.search(SearchQuery(text="residents", locale="en")).hits
    assert others and {hit.language for hit in others} == {""}


def test_a_translation_published_drops_the_untranslated_document(engine):
    """Publishing the translation deletes the stand-in by its id and indexes the translation."""
    from dataclasses import replace

    from tests.search.contract_content import UNTRANSLATED

    translated = replace(
        UNTRANSLATED, id="en:813:tool", title="Mapping tool for the neighbourhood", language=""
    )
    translated = replace(translated, text="The guide shows how the district maps its meeting places.")
    try:
        engine.delete([UNTRANSLATED.id])
        engine.index([translated])
        assert not engine.search(SearchQuery(text="møteplassene", locale="en")).hits
        assert [
            hit.document_id for hit in engine.search(SearchQuery(text="meeting places", locale="en")).hits
        ] == ["en:813:tool"]
    finally:
        engine.delete([translated.id])
        engine.index([UNTRANSLATED])
