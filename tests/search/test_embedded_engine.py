"""The embedded engine on synthetic documents: ranking, sorting, paging, snippets, writes and its
bitsets. Matching and facet counts are in test_contract.py, which runs against both engines.

Runs on whatever DATABASE_URL names: SQLite FTS5 by default, PostgreSQL full text in the second pass.
"""

from html import escape

import pytest

from search.engines.base import SearchQuery
from search.engines.embedded import EmbeddedEngine
from tests.search.conftest import counts, doc, ids

pytestmark = pytest.mark.django_db


DOCUMENTS = [
    doc(
        1,
        text="Beboerne ble invitert til åpne møter i parken.",
        phase=["3"],
        theme=["folkehelse"],
        law=["folkehelseloven"],
        country=["NO"],
        municipality=["oslo"],
        date="2021-05-01",
    ),
    doc(
        2,
        text="Vi lyttet til beboere i hele området.",
        phase=["3"],
        theme=["demokrati"],
        law=["plan-og-bygningsloven"],
        country=["NO"],
        municipality=["bergen"],
        date="2022-05-01",
    ),
    doc(
        3,
        kind="challenge",
        text="Det var vanskelig å nå unge beboerne.",
        phase=["1"],
        theme=["folkehelse"],
        law=["folkehelseloven"],
        country=["NO"],
        municipality=["oslo"],
        date="2019-05-01",
    ),
    doc(
        4,
        kind="initiative",
        title="Seved i Malmö",
        text="Et svensk eksempel fra Malmö.",
        country=["SE"],
        municipality=["malmo"],
        theme=["folkehelse"],
        date="2018-01-01",
    ),
    doc(
        5,
        kind="legal_basis",
        title="Plan- og bygningsloven",
        text="Loven om planlegging.",
        country=["NO"],
        law=["plan-og-bygningsloven"],
        date="2010-01-01",
    ),
    doc(
        6,
        locale="sv",
        kind="legal_basis",
        title="Plan- och bygglagen",
        text="Lagen om planering.",
        country=["SE"],
        law=["plan-och-bygglagen"],
    ),
]


@pytest.fixture
def engine():
    engine = EmbeddedEngine()
    engine.rebuild(
        {"nb": [d for d in DOCUMENTS if d.locale == "nb"], "sv": [d for d in DOCUMENTS if d.locale == "sv"]}
    )
    return engine


def test_empty_query_with_filters_lists_all_matching_newest_first(engine):
    result = engine.search(SearchQuery(locale="nb", filters={"country": ("NO",)}))
    assert [hit.document_id for hit in result.hits] == [
        "nb:tip:2",
        "nb:tip:1",
        "nb:challenge:3",
        "nb:legal_basis:5",
    ]


def test_sort_newest_orders_matches_by_date(engine):
    result = engine.search(SearchQuery(text="beboere", locale="nb", sort="newest"))
    assert [hit.document_id for hit in result.hits] == ["nb:tip:2", "nb:tip:1", "nb:challenge:3"]


def test_pagination_splits_the_results_without_overlap(engine):
    pages = [engine.search(SearchQuery(locale="nb", page=page, page_size=2)) for page in (1, 2, 3, 4)]
    assert [len(page.hits) for page in pages] == [2, 2, 1, 0]
    assert all(page.total == 5 for page in pages)
    assert len(set().union(*(ids(page) for page in pages))) == 5


def test_relevance_puts_title_matches_first(engine):
    engine.index([doc(7, text="Om planlegging i plan- og bygningsloven og annet.", country=["NO"])])
    result = engine.search(SearchQuery(text="bygningsloven", locale="nb"))
    assert result.hits[0].document_id == "nb:legal_basis:5"
    assert ids(result) == {"nb:legal_basis:5", "nb:tip:7"}


def test_a_title_holding_more_of_the_query_outranks_short_texts_that_only_mention_it(engine):
    long_text = "Et langt prosjekt om mye annet i bydelen. " * 30 + "Beboere nevnes."
    engine.index(
        [
            doc(40, title="Trygghet i nabolaget", text=long_text, country=["NO"]),
            doc(41, title="Beboere og trygghet", text=long_text, country=["NO"]),
            doc(42, text="Trygghet, trygghet og trygghet for beboere.", country=["NO"]),
        ]
    )
    single = engine.search(SearchQuery(text="trygghet", locale="nb"))
    assert [hit.document_id for hit in single.hits][-1] == "nb:tip:42"
    both = engine.search(SearchQuery(text="beboere trygghet", locale="nb"))
    assert [hit.document_id for hit in both.hits] == ["nb:tip:41", "nb:tip:40", "nb:tip:42"]


def test_snippets_mark_matches_and_escape_everything_else(engine):
    engine.index([doc(8, text='<script>alert("x")</script> beboerne & naboer', country=["NO"])])
    result = engine.search(SearchQuery(text="beboerne naboer", locale="nb"))
    [hit] = result.hits
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "<mark>beboerne</mark> &amp; <mark>naboer</mark>" in hit.snippet


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Tiltak for beboerne. " * 40 + "Til slutt kom naboene i parken.", "naboer"),  # a late match
        ("Møte på İstanbul-kafeen med beboerne i Grünerløkka.", "beboere"),  # "İ" lowercases to two
        ("En tekst uten treff.", "Eksempel"),  # only the initiative's title matches
        ("", "Dokument"),  # no text: the title is the snippet
    ],
)
def test_snippets_from_the_stored_terms_read_as_when_each_word_is_stemmed(engine, text, query):
    from search.analysis import parse_query
    from search.highlight import snippet

    engine.index([doc(9, text=text, country=["NO"])])
    result = engine.search(SearchQuery(text=query, locale="nb", page_size=50))
    [hit] = [hit for hit in result.hits if hit.document_id == "nb:tip:9"]
    terms = {term for clause in parse_query(query, "nb") for term in clause.terms}
    assert hit.snippet == snippet(text or "Dokument 9", terms, "nb")
    assert "<mark>" in hit.snippet or query == "Eksempel"


@pytest.mark.parametrize("text", ["<b>Åpne</b> møter & " + "mange ord " * 20, "İstanbul " + "ord " * 40])
def test_a_search_by_filters_alone_shows_each_text_from_its_beginning_unmarked(engine, text):
    engine.index([doc(10, text=text, country=["DK"])])
    [hit] = engine.search(SearchQuery(locale="nb", filters={"country": ("DK",)})).hits
    from search.highlight import snippet

    assert hit.snippet.startswith(escape(" ".join(text.split()[:2])))
    assert hit.snippet.endswith("…")
    assert "<mark>" not in hit.snippet and "<b>" not in hit.snippet
    assert hit.snippet == snippet(text, {"ingenting"}, "nb")  # as when a query's word is not in it


def test_items_name_their_initiative(engine):
    hit = engine.search(SearchQuery(text="parken", locale="nb")).hits[0]
    assert (hit.initiative_title, hit.initiative_url) == ("Områdeløft Eksempel", "/nb/eksempler/x/")
    assert hit.url.endswith("#tip-1")


def test_reindexing_a_document_replaces_it(engine):
    engine.index([doc(1, text="Nå handler det om sykler.", country=["SE"])])
    assert engine.search(SearchQuery(text="parken", locale="nb")).total == 0
    result = engine.search(SearchQuery(text="sykler", locale="nb"))
    assert ids(result) == {"nb:tip:1"}
    assert counts(result, "country") == {"SE": 1}


def test_deleted_documents_disappear_from_hits_and_counts(engine):
    engine.delete(["nb:tip:1"])
    result = engine.search(SearchQuery(locale="nb", filters={"kind": ("tip",)}))
    assert ids(result) == {"nb:tip:2"}
    assert counts(result, "municipality") == {"bergen": 1}


def test_a_query_of_only_punctuation_lists_everything(engine):
    assert engine.search(SearchQuery(text="  ?! ", locale="nb")).total == 5


# The newest documents are the lowest bits: unpacked in one chunk, or a byte at a time.
CHUNKS = pytest.mark.parametrize("chunk", [64, 1], ids=["one chunk", "byte by byte"])


@CHUNKS
def test_a_bitset_gives_its_lowest_numbers_first_however_far_apart(monkeypatch, chunk):
    from search.engines.embedded import bitsets

    monkeypatch.setattr(bitsets, "LOWEST_BITS_CHUNK", chunk)
    numbers = [3, 9, 17, 40, 41, 200, 5000]
    bits = sum(1 << number for number in numbers)
    assert bitsets.lowest_bits(bits, 4) == [3, 9, 17, 40]
    assert bitsets.lowest_bits(bits, 100) == numbers
    assert bitsets.lowest_bits(0, 5) == []


@CHUNKS
def test_filters_alone_list_their_rows_newest_first_page_by_page(engine, monkeypatch, chunk):
    from search.engines.embedded import bitsets

    monkeypatch.setattr(bitsets, "LOWEST_BITS_CHUNK", chunk)
    engine.index([doc(60 + n, text="Tekst.", date=f"2031-0{n + 1}-01", country=["DK"]) for n in range(5)])
    in_denmark = {"country": ("DK",)}
    pages = [
        [hit.document_id for hit in engine.search(SearchQuery(locale="nb", filters=in_denmark, **page)).hits]
        for page in ({"page_size": 2, "page": number} for number in (1, 2, 3))
    ]
    assert pages == [["nb:tip:64", "nb:tip:63"], ["nb:tip:62", "nb:tip:61"], ["nb:tip:60"]]
    newest = engine.search(SearchQuery(text="tekst", locale="nb", sort="newest", page_size=3))
    assert [hit.document_id for hit in newest.hits] == ["nb:tip:64", "nb:tip:63", "nb:tip:62"]


@CHUNKS
def test_beyond_the_full_ranking_limit_title_matches_come_first_then_newest(engine, monkeypatch, chunk):
    from search.engines.embedded import bitsets, postgresql, sqlite

    monkeypatch.setattr(bitsets, "LOWEST_BITS_CHUNK", chunk)

    engine.index(
        [
            doc(20 + n, text="Beboerne i parken.", date=f"2030-01-{n + 1:02d}", country=["NO"])
            for n in range(5)
        ]
        + [doc(30, title="Beboere først", text="Annet.", date="2000-01-01", country=["NO"])]
    )
    monkeypatch.setattr(sqlite, "FULL_RANK_LIMIT", 3)
    monkeypatch.setattr(postgresql, "FULL_RANK_LIMIT", 3)
    result = engine.search(SearchQuery(text="beboere", locale="nb", page_size=4))
    assert result.total == 9
    assert [hit.document_id for hit in result.hits] == ["nb:tip:30", "nb:tip:24", "nb:tip:23", "nb:tip:22"]
    second = engine.search(SearchQuery(text="beboere", locale="nb", page_size=4, page=3))
    assert [hit.document_id for hit in second.hits] == ["nb:challenge:3"]
