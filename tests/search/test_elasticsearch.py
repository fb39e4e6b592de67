"""The Elasticsearch engine against a real Elasticsearch 8 node: writes, rebuilds, shards, paging,
snippets, exact totals and health. Matching and facet counts are in test_contract.py."""

import pytest

from search.engines.base import SearchQuery
from search.engines.elastic import LOCALES as LOCALES_ALL
from search.engines.elastic import ElasticsearchEngine
from tests.search.conftest import counts, doc, ids, new_elasticsearch, unique_prefix

pytestmark = pytest.mark.elasticsearch


@pytest.fixture
def engine(elasticsearch):
    return elasticsearch


def test_an_indexed_document_is_found_and_a_deleted_one_is_not(engine):
    engine.index([doc(1, text="Nabolagsdugnad med beboerne"), doc(2, text="Nabolagsdugnad i parken")])

    assert ids(engine.search(SearchQuery(text="nabolagsdugnad"))) == {"nb:tip:1", "nb:tip:2"}
    engine.delete(["nb:tip:1"])
    assert ids(engine.search(SearchQuery(text="nabolagsdugnad"))) == {"nb:tip:2"}


def test_an_index_split_into_shards_answers_like_one(elasticsearch_url, elasticsearch_index_prefix, engine):
    split = new_elasticsearch(elasticsearch_url, elasticsearch_index_prefix, shards=2)
    documents = [doc(n, text="nabolag og beboere", phase=(str(n % 5 + 1),)) for n in range(40)]
    try:
        for each in (engine, split):
            each.rebuild({"nb": documents})
        name = split.indexes_behind_aliases(["nb"])["nb"][0]
        shards = split.client.indices.get_settings(index=name).body[name]["settings"]["index"]
        assert shards["number_of_shards"] == "2"
        one, two = (each.search(SearchQuery(text="beboere", page_size=50)) for each in (engine, split))
        assert two.total == one.total == 40
        assert ids(two) == ids(one)
        assert counts(two, "phase") == counts(one, "phase")
    finally:
        split.drop()


def test_an_index_made_before_the_facet_values_field_takes_new_documents(engine):
    from search.engines.elastic import FACET_VALUES, MAPPING_PROPERTIES

    settings = engine.index_settings("nb")
    older = {name: field for name, field in MAPPING_PROPERTIES.items() if name != FACET_VALUES}
    name = f"{engine.alias('nb')}-older"
    engine.client.indices.create(
        index=name, settings=settings["settings"], mappings={"dynamic": "strict", "properties": older}
    )
    engine.client.indices.put_alias(index=name, name=engine.alias("nb"))

    engine.index([doc(1, text="Nabolagsdugnad", phase=("3",)), doc(2, text="Nabolagsdugnad", phase=("1",))])

    result = engine.search(SearchQuery(text="nabolagsdugnad"))
    assert ids(result) == {"nb:tip:1", "nb:tip:2"}
    assert counts(result, "phase") == {"1": 1, "3": 1}


def test_reindexing_a_document_replaces_it(engine):
    engine.index([doc(1, text="gammel tekst om lekeplass")])
    engine.index([doc(1, text="ny tekst om skatepark")])

    assert ids(engine.search(SearchQuery(text="lekeplass"))) == set()
    assert ids(engine.search(SearchQuery(text="skatepark"))) == {"nb:tip:1"}


def test_search_keeps_answering_from_the_old_index_while_a_rebuild_fills_the_new_one(engine):
    engine.rebuild({"nb": [doc(1, text="gammel sannhet")]})
    seen_during_rebuild = []
    fill = engine.bulk_load

    def fill_and_look(index, documents, **kwargs):
        indexed = fill(index, documents, **kwargs)
        seen_during_rebuild.append(ids(engine.search(SearchQuery(text="sannhet"))))
        return indexed

    engine.bulk_load = fill_and_look
    engine.rebuild({"nb": [doc(2, text="ny sannhet")], "sv": [], "en": []})

    assert seen_during_rebuild[0] == {"nb:tip:1"}
    assert ids(engine.search(SearchQuery(text="sannhet"))) == {"nb:tip:2"}


def test_rebuild_leaves_exactly_one_index_behind_each_alias_and_deletes_the_old_ones(engine):
    engine.rebuild({"nb": [doc(1, text="første")]})
    first = engine.indexes_behind_aliases(["nb"])["nb"]
    engine.rebuild({"nb": [doc(1, text="andre")]})
    second = engine.indexes_behind_aliases(["nb"])["nb"]

    assert len(second) == 1 and second != first
    assert not engine.client.indices.exists(index=first[0])


def test_a_failed_rebuild_leaves_the_old_index_serving(engine):
    engine.rebuild({"nb": [doc(1, text="beholdes")]})

    def broken_load(index, documents, **kwargs):
        raise RuntimeError("the database went away mid-rebuild")

    engine.bulk_load = broken_load
    with pytest.raises(RuntimeError):
        engine.rebuild({"nb": [doc(2, text="beholdes")]})

    assert ids(engine.search(SearchQuery(text="beholdes"))) == {"nb:tip:1"}
    assert len(engine.client.indices.get(index=f"{engine.prefix}-search-nb-*").body) == 1


def test_with_a_value_chosen_in_every_facet_the_total_and_counts_stay_exact(engine):
    tagged = {
        "phase": ["3"],
        "theme": ["housing"],
        "law": ["pbl"],
        "country": ["no"],
        "municipality": ["oslo"],
    }
    engine.index(
        [
            doc(1, text="park", **tagged),
            doc(2, text="park", **{**tagged, "phase": ["1"]}),
            doc(3, kind="challenge", text="park", **tagged),
        ]
    )
    every_facet = {"kind": ("tip",), **{facet: tuple(values) for facet, values in tagged.items()}}

    result = engine.search(SearchQuery(text="park", filters=every_facet))

    assert result.total == 1 and ids(result) == {"nb:tip:1"}
    assert counts(result, "kind") == {"tip": 1, "challenge": 1}
    assert counts(result, "phase") == {"3": 1, "1": 1}


def test_matched_words_are_marked_and_the_rest_of_the_snippet_is_escaped(engine):
    engine.index([doc(1, text="Bruk <script> aldri; snakk med beboerne i parken")])

    snippet = engine.search(SearchQuery(text="parken")).hits[0].snippet

    assert "<mark>parken</mark>" in snippet
    assert "&lt;script&gt;" in snippet and "<script>" not in snippet


def test_newest_sorts_by_date_and_pages_do_not_overlap(engine):
    engine.index([doc(n, text="felles", date=f"20{10 + n}-01-01") for n in range(5)])

    first = engine.search(SearchQuery(text="felles", sort="newest", page=1, page_size=2))
    second = engine.search(SearchQuery(text="felles", sort="newest", page=2, page_size=2))

    assert [hit.document_id for hit in first.hits] == ["nb:tip:4", "nb:tip:3"]
    assert [hit.document_id for hit in second.hits] == ["nb:tip:2", "nb:tip:1"]
    assert first.total == second.total == 5


def test_the_total_is_exact_beyond_ten_thousand_matches(engine):
    engine.rebuild({"nb": [doc(n, text="vanlig ord") for n in range(10_050)]})

    result = engine.search(SearchQuery(text="vanlig", page_size=1))

    assert result.total == 10_050
    assert counts(result, "kind") == {"tip": 10_050}


def test_health_is_unreachable_until_every_locale_has_an_index(engine):
    engine.index([doc(1, locale="nb")])
    assert engine.health()["reachable"] is False
    assert set(engine.health()["unsearchable"]) == {"sv", "en"}

    engine.rebuild({"nb": [doc(1)]})

    assert engine.health() == {"engine": "elasticsearch", "reachable": True, "cluster_status": "green"}


def test_health_reports_a_closed_index(engine):
    engine.rebuild({"nb": [doc(1)]})
    engine.client.indices.close(index=engine.indexes_behind_aliases(["sv"])["sv"][0])

    health = engine.health()

    assert health["reachable"] is False and "closed" in health["unsearchable"]["sv"]


def test_health_reports_a_closed_port_without_raising():
    engine = ElasticsearchEngine("http://127.0.0.1:9", timeout=1)

    health = engine.health()

    assert health["reachable"] is False and "ConnectionError" in health["error"]


@pytest.mark.django_db
def test_rebuild_search_index_rebuilds_elasticsearch_and_the_embedded_index(
    settings, site, elasticsearch_url, elasticsearch_index_prefix, forget_elasticsearch
):
    import io

    from django.core.management import call_command

    import search.engines
    from search.engines.embedded import EmbeddedEngine
    from tests.factories import LegalBasisFactory

    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.PORTAL_SEARCH_INDEX_PREFIX = unique_prefix(elasticsearch_index_prefix, "command")
    LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven")
    output = io.StringIO()

    call_command("rebuild_search_index", stdout=output)

    elasticsearch = search.engines.elasticsearch_engine()
    try:
        assert "embedded: indexed" in output.getvalue() and "elasticsearch: indexed" in output.getvalue()
        for engine in (elasticsearch, EmbeddedEngine()):
            hits = engine.search(SearchQuery(text="FHL", locale="nb")).hits
            assert [hit.title for hit in hits] == ["Folkehelseloven"], engine.name
        assert all(len(names) == 1 for names in elasticsearch.indexes_behind_aliases(LOCALES_ALL).values())
    finally:
        elasticsearch.drop()
