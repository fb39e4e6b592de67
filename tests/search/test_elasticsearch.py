"""The Elasticsearch engine against a real Elasticsearch 8 node."""

import uuid

import pytest

from search.engines.base import SearchDocument, SearchQuery
from search.engines.elastic import LOCALES as LOCALES_ALL
from search.engines.elastic import ElasticsearchEngine

pytestmark = pytest.mark.elasticsearch


@pytest.fixture
def engine(elasticsearch_url, elasticsearch_index_prefix):
    engine = ElasticsearchEngine(
        elasticsearch_url, prefix=f"{elasticsearch_index_prefix}-{uuid.uuid4().hex[:6]}", refresh=True
    )
    yield engine
    engine.drop()


def doc(number, kind="tip", text="", title="", locale="nb", date="2020-01-01", **facets):
    return SearchDocument(
        id=f"{locale}:{kind}:{number}",
        locale=locale,
        kind=kind,
        title=title or f"Item {number}",
        text=text,
        url=f"/{locale}/item-{number}/",
        date=date,
        facets={name: tuple(values) for name, values in facets.items()},
    )


def ids(result):
    return {hit.document_id for hit in result.hits}


def counts(result, facet):
    return {value.value: value.count for value in result.facets[facet]}


def test_an_indexed_document_is_found_and_a_deleted_one_is_not(engine):
    engine.index([doc(1, text="Nabolagsdugnad med beboerne"), doc(2, text="Nabolagsdugnad i parken")])

    assert ids(engine.search(SearchQuery(text="nabolagsdugnad"))) == {"nb:tip:1", "nb:tip:2"}
    engine.delete(["nb:tip:1"])
    assert ids(engine.search(SearchQuery(text="nabolagsdugnad"))) == {"nb:tip:2"}


def test_an_index_split_into_shards_answers_like_one(elasticsearch_url, elasticsearch_index_prefix, engine):
    prefix = f"{elasticsearch_index_prefix}-{uuid.uuid4().hex[:6]}"
    split = ElasticsearchEngine(elasticsearch_url, prefix=prefix, refresh=True, shards=2)
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


def test_each_locale_searches_only_its_own_documents(engine):
    engine.index([doc(1, text="Malmø", locale="nb"), doc(1, text="Malmö", locale="sv")])

    assert ids(engine.search(SearchQuery(text="malmo", locale="sv"))) == {"sv:tip:1"}


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


def test_choosing_a_value_keeps_the_counts_of_the_other_values_in_its_facet(engine):
    engine.index(
        [
            doc(1, text="park", phase=["1"], country=["no"]),
            doc(2, text="park", phase=["3"], country=["no"]),
            doc(3, kind="challenge", text="park", phase=["3"], country=["se"]),
        ]
    )

    result = engine.search(SearchQuery(text="park", filters={"phase": ("3",)}))

    assert ids(result) == {"nb:tip:2", "nb:challenge:3"}
    assert counts(result, "phase") == {"1": 1, "3": 2}
    assert counts(result, "country") == {"no": 1, "se": 1}
    assert [(value.value, value.selected) for value in result.facets["phase"]] == [("3", True), ("1", False)]


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


def test_values_in_one_facet_widen_and_facets_combine_by_and(engine):
    engine.index(
        [
            doc(1, phase=["1"], country=["no"]),
            doc(2, phase=["2"], country=["se"]),
            doc(3, phase=["3"], country=["no"]),
        ]
    )

    result = engine.search(SearchQuery(filters={"phase": ("1", "2"), "country": ("no",)}))

    assert ids(result) == {"nb:tip:1"}
    assert counts(result, "phase") == {"1": 1, "3": 1, "2": 0}
    assert counts(result, "country") == {"no": 1, "se": 1}


def test_a_chosen_value_without_matches_is_still_listed_as_selected(engine):
    engine.index([doc(1, theme=["housing"])])

    result = engine.search(SearchQuery(filters={"theme": ("safety",)}))

    assert result.total == 0
    assert [(v.value, v.count, v.selected) for v in result.facets["theme"]] == [
        ("housing", 1, False),
        ("safety", 0, True),
    ]


def test_matched_words_are_marked_and_the_rest_of_the_snippet_is_escaped(engine):
    engine.index([doc(1, text="Bruk <script> aldri; snakk med beboerne i parken")])

    snippet = engine.search(SearchQuery(text="parken")).hits[0].snippet

    assert "<mark>parken</mark>" in snippet
    assert "&lt;script&gt;" in snippet and "<script>" not in snippet


def test_one_typo_is_tolerated_in_words_of_five_letters_or_more(engine):
    engine.index([doc(1, text="sosialtjeneste og bolig")])

    assert ids(engine.search(SearchQuery(text="sosialtjenste"))) == {"nb:tip:1"}
    assert ids(engine.search(SearchQuery(text="bilig"))) == set()


def test_every_word_of_the_query_must_match(engine):
    engine.index([doc(1, text="trygghet i parken"), doc(2, text="trygghet i skolen")])

    assert ids(engine.search(SearchQuery(text="trygghet parken"))) == {"nb:tip:1"}


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
    settings, site, elasticsearch_url, elasticsearch_index_prefix, monkeypatch
):
    import io

    from django.core.management import call_command

    import search.engines
    from search.engines.embedded import EmbeddedEngine
    from tests.factories import LegalBasisFactory

    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.PORTAL_SEARCH_INDEX_PREFIX = f"{elasticsearch_index_prefix}-command-{uuid.uuid4().hex[:6]}"
    monkeypatch.setattr(search.engines, "_elasticsearch", None)
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
