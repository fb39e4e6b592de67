"""Both engines give the same answers: the same hits and the same facet counts for the same query.

Each case names the documents its text should match (before filters); the test derives the expected
hits and every facet's counts from that with the facet rules (OR within a facet, AND across, a
facet's own filter ignored for its counts) and demands them from each engine. Ranking may differ.
"""

import re
from collections import Counter
from io import StringIO

import pytest

from search.engines.base import FACETS, SearchDocument, SearchQuery
from search.engines.elastic import ElasticsearchEngine
from search.engines.embedded import EmbeddedEngine
from tests.search.conftest import new_elasticsearch


def item(doc_id, title, text, keywords="", initiative="", date="2020-01-01", **facets):
    locale, kind, _number = doc_id.split(":")
    return SearchDocument(
        id=doc_id,
        locale=locale,
        kind=kind,
        title=title,
        text=text,
        url=f"/{locale}/{kind}/{_number}/",
        date=date,
        initiative_title=initiative,
        initiative_url=f"/{locale}/initiatives/x/" if initiative else "",
        keywords=keywords,
        facets={name: tuple(values) for name, values in facets.items()},
    )


NO = {"country": ["no"]}
SE = {"country": ["se"]}
CONTENT = [
    # Norwegian Bokmål
    item(
        "nb:tip:1",
        "Involver beboerne tidlig",
        "Beboere i Grorud ble invitert til åpne møter om medvirkning etter plan- og bygningsloven.",
        initiative="Områdeløft Grorud",
        phase=["3"],
        theme=["participation"],
        law=["plan-og-bygningsloven"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "nb:tip:2",
        "Samarbeid med borettslagene",
        "Styrene i borettslagene kjenner beboerne og deres behov for trygge uteområder.",
        initiative="Områdeløft Grorud",
        date="2022-05-01",
        phase=["2", "3"],
        theme=["housing"],
        law=["folkehelseloven"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "nb:challenge:3",
        "Studietur til Malmø",
        "På studieturen så vi hvordan Malmö kommune arbeidet med trygghet i Rosengård.",
        initiative="Områdeløft Furuset",
        date="2019-09-01",
        phase=["4"],
        theme=["participation", "safety"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "nb:legal_basis:4",
        "Plan- og bygningsloven",
        "Loven sikrer medvirkning i planlegging etter § 5-1.",
        keywords="PBL",
        law=["plan-og-bygningsloven"],
        **NO,
    ),
    item(
        "nb:legal_basis:5",
        "Folkehelseloven",
        "Kommunen skal ha oversikt over helsetilstanden etter § 5.",
        keywords="FHL",
        law=["folkehelseloven"],
        **NO,
    ),
    item(
        "nb:success_factor:6",
        "Folkehelse som felles mål",
        "Folkehelseloven ga kommunen et felles språk for arbeidet med levekår.",
        initiative="Levekårsløft Saupstad",
        date="2021-02-01",
        phase=["1"],
        theme=["public-health"],
        law=["folkehelseloven"],
        municipality=["trondheim"],
        **NO,
    ),
    item(
        "nb:tip:7",
        "Bruk sosialtjenesteloven aktivt",
        "NAV og bydelen samarbeidet om tiltak for beboerne etter sosialtjenesteloven.",
        initiative="Levekårsløft Saupstad",
        date="2023-01-01",
        phase=["4"],
        theme=["work"],
        law=["sosialtjenesteloven"],
        municipality=["trondheim"],
        **NO,
    ),
    item(
        "nb:tool:8",
        "Kartlegging av nærmiljøet",
        "Et verktøy for å kartlegge møteplasser, fra Malmo til Bergen.",
        date="2018-03-01",
        phase=["1"],
        theme=["housing"],
    ),
    item(
        "nb:initiative:9",
        "Områdeløft Grorud",
        "Et områdeløft i bydel Grorud med vekt på beboernes medvirkning og trygge byrom.",
        date="2024-06-01",
        phase=["1", "2", "3", "4", "5"],
        theme=["participation", "housing", "safety"],
        law=["plan-og-bygningsloven", "folkehelseloven"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "nb:challenge:10",
        "Én beboer i hver blokk",
        "Det holdt med én beboer som tok ansvar for dugnaden.",
        initiative="Levekårsløft Saupstad",
        date="2020-10-01",
        phase=["3"],
        theme=["participation"],
        municipality=["trondheim"],
        **NO,
    ),
    # Swedish
    item(
        "sv:tip:1",
        "Plan- och bygglagen i praktiken",
        "Samråd enligt plan- och bygglagen gav de boende en röst i planeringen.",
        initiative="Områdesinsats Rosengård",
        phase=["3"],
        theme=["participation"],
        law=["plan-och-bygglagen"],
        municipality=["malmo"],
        **SE,
    ),
    item(
        "sv:legal_basis:2",
        "Plan- och bygglagen",
        "Lagen reglerar planläggning av mark och vatten.",
        keywords="PBL",
        law=["plan-och-bygglagen"],
        **SE,
    ),
    item(
        "sv:challenge:3",
        "Otrygghet i Malmö",
        "Boende i Malmö upplevde otrygghet kring torget på kvällarna.",
        initiative="Områdesinsats Rosengård",
        date="2021-04-01",
        phase=["1"],
        theme=["safety"],
        municipality=["malmo"],
        **SE,
    ),
    item(
        "sv:tip:4",
        "Socialtjänstlagen och samverkan",
        "Socialtjänsten samverkade med skolan enligt socialtjänstlagen.",
        initiative="Områdesinsats Rosengård",
        date="2022-08-01",
        phase=["4"],
        theme=["children-and-youth"],
        law=["socialtjanstlagen"],
        municipality=["malmo"],
        **SE,
    ),
    item(
        "sv:success_factor:5",
        "Boendes delaktighet",
        "Delaktigheten ökade när de boende själva ledde arbetet i Malmo.",
        initiative="Områdesinsats Rosengård",
        date="2020-06-01",
        phase=["3", "5"],
        theme=["participation"],
        municipality=["malmo"],
        **SE,
    ),
    # English
    item(
        "en:tip:1",
        "Involve residents early",
        "Resident involvement in the planning stage built trust in Grorud.",
        initiative="Grorud area initiative",
        phase=["3"],
        theme=["participation"],
        law=["plan-og-bygningsloven"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "en:legal_basis:2",
        "Planning and Building Act",
        "The Norwegian act that governs land use planning.",
        keywords="PBL",
        law=["plan-og-bygningsloven"],
        **NO,
    ),
    item(
        "en:challenge:3",
        "Study trip to Malmö",
        "We studied how Malmo involved residents in Rosengård.",
        date="2019-09-01",
        phase=["4"],
        theme=["participation"],
        municipality=["malmo"],
        **SE,
    ),
    item(
        "en:tip:4",
        "Public health as a shared goal",
        "The Public Health Act gave the municipality a common language.",
        initiative="Saupstad living conditions initiative",
        date="2021-02-01",
        phase=["1"],
        theme=["public-health"],
        law=["folkehelseloven"],
        municipality=["trondheim"],
        **NO,
    ),
]
BY_ID = {document.id: document for document in CONTENT}
ALL = object()  # the case's text is empty: every document of the locale matches

# (locale, text, filters, the documents the text matches before filters)
CASES = [
    # stemming
    ("nb", "beboerne", {}, {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"}),
    ("nb", "borettslag", {}, {"nb:tip:2"}),
    ("nb", "beboere", {}, {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"}),
    (
        "nb",
        "beboer",
        {"municipality": ("trondheim",)},
        {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"},
    ),
    ("sv", "boendes", {}, {"sv:tip:1", "sv:challenge:3", "sv:success_factor:5"}),
    ("en", "residents involved", {}, {"en:tip:1", "en:challenge:3"}),
    ("en", "planning", {}, {"en:tip:1", "en:legal_basis:2"}),
    # folding: Malmø, Malmö and Malmo find each other in every language
    ("nb", "Malmø", {}, {"nb:challenge:3", "nb:tool:8"}),
    ("nb", "malmö", {}, {"nb:challenge:3", "nb:tool:8"}),
    ("sv", "Malmo", {}, {"sv:challenge:3", "sv:success_factor:5"}),
    ("en", "Malmø", {}, {"en:challenge:3"}),
    ("nb", "Rosengard", {}, {"nb:challenge:3"}),
    # synonyms: PBL is a different law in each country; FHL; SoL/STL
    ("nb", "PBL", {}, {"nb:tip:1", "nb:legal_basis:4"}),
    ("sv", "PBL", {}, {"sv:tip:1", "sv:legal_basis:2"}),
    ("en", "PBL", {}, {"en:legal_basis:2"}),
    ("nb", "FHL", {}, {"nb:legal_basis:5", "nb:success_factor:6"}),
    ("nb", "plan- og bygningsloven", {}, {"nb:tip:1", "nb:legal_basis:4"}),
    ("nb", "sol", {}, {"nb:tip:7"}),
    ("sv", "SoL", {}, {"sv:tip:4"}),
    ("en", "FHL", {}, {"en:tip:4"}),
    # one typo in a word of five letters or more; none in shorter words
    ("nb", "medvrikning", {}, {"nb:tip:1", "nb:legal_basis:4", "nb:initiative:9"}),
    ("nb", "kartleging", {}, {"nb:tool:8"}),
    ("sv", "samvekade", {}, {"sv:tip:4"}),
    ("en", "involvment", {}, {"en:tip:1", "en:challenge:3"}),
    ("nb", "oslp", {}, set()),
    # every word must match
    ("nb", "beboerne trondheim", {}, set()),
    ("nb", "beboerne bydelen", {}, {"nb:tip:7", "nb:initiative:9"}),
    # facet combinations: OR within a facet, AND across facets
    (
        "nb",
        "beboerne",
        {"phase": ("3",)},
        {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"},
    ),
    (
        "nb",
        "beboerne",
        {"phase": ("3", "4")},
        {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"},
    ),
    (
        "nb",
        "beboerne",
        {"phase": ("3", "4"), "law": ("folkehelseloven",)},
        {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"},
    ),
    ("nb", "Malmø", {"kind": ("tip", "tool")}, {"nb:challenge:3", "nb:tool:8"}),
    (
        "sv",
        "malmö",
        {"theme": ("participation",), "phase": ("3",)},
        {"sv:challenge:3", "sv:success_factor:5"},
    ),
    # empty query, filters only
    ("nb", "", {"kind": ("tip",), "law": ("folkehelseloven",)}, ALL),
    ("nb", "", {"municipality": ("oslo",)}, ALL),
    ("sv", "", {"law": ("plan-och-bygglagen", "socialtjanstlagen"), "kind": ("tip",)}, ALL),
    ("en", "", {}, ALL),
    ("nb", "", {"theme": ("no-such-theme",)}, ALL),
]


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


# --- the same contract on the demo content (demo/, load_demo_content) ----------

DEMO_CASES = [
    ("nb", "Malmø", {}),
    ("nb", "malmo", {"kind": ("tip", "challenge", "success_factor")}),
    ("sv", "Malmö", {}),
    ("en", "Malmo", {}),
    ("nb", "PBL", {}),
    ("sv", "PBL", {}),
    ("nb", "FHL", {}),
    ("nb", "beboere", {}),
    ("nb", "beboerne medvirkning", {}),
    ("sv", "boende", {"phase": ("3",)}),
    ("en", "residents", {}),
    ("nb", "trygghet", {"kind": ("initiative", "tip", "challenge"), "country": ("SE", "NO")}),
    ("nb", "", {"kind": ("tip",), "law": ("folkehelseloven",)}),
    ("sv", "", {"theme": ("folkehelse", "trygghet")}),
    ("en", "", {}),
    ("nb", "frivilige", {}),
]


@pytest.fixture(scope="module")
def demo_documents(django_db_setup, django_db_blocker):
    """The demo content's SearchDocuments, loaded once in a transaction that is rolled back."""
    from django.core.management import call_command
    from django.db import transaction

    from search.documents import documents_by_locale

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("setup_site", "--no-admin", verbosity=0)
        call_command("load_demo_content", stdout=StringIO())
        documents = documents_by_locale()
        transaction.set_rollback(True)
    return documents


@pytest.fixture(scope="module")
def demo_elasticsearch(demo_documents, elasticsearch_url, elasticsearch_index_prefix):
    engine = new_elasticsearch(elasticsearch_url, elasticsearch_index_prefix, "demo")
    engine.rebuild(demo_documents)
    yield engine
    engine.drop()


@pytest.fixture
def demo_embedded(demo_documents, db):
    engine = EmbeddedEngine()
    engine.rebuild(demo_documents)
    return engine


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def demo_engine(request):
    return request.getfixturevalue(f"demo_{request.param}")


def titles(engine, locale, text, **filters):
    query = SearchQuery(text=text, locale=locale, filters=filters, page_size=1000)
    return {hit.title for hit in engine.search(query).hits}


def test_both_engines_agree_on_the_demo_content(demo_embedded, demo_elasticsearch):
    disagreements = []
    for locale, text, filters in DEMO_CASES:
        embedded = answer(demo_embedded, locale, text, filters)
        elastic = answer(demo_elasticsearch, locale, text, filters)
        if embedded != elastic:
            disagreements.append((locale, text, filters, embedded, elastic))

    assert disagreements == []
    assert [case for case in DEMO_CASES if not answer(demo_embedded, *case)[1]] == []


def test_malmo_spelled_the_norwegian_way_finds_the_malmo_initiative(demo_engine):
    assert "Områdeprogrammet i Malmø 2010–2015" in titles(demo_engine, "nb", "Malmø", kind=("initiative",))


def test_pbl_is_the_norwegian_planning_act_in_norwegian_and_the_swedish_one_in_swedish(demo_engine):
    norwegian = titles(demo_engine, "nb", "PBL", kind=("legal_basis",))
    swedish = titles(demo_engine, "sv", "PBL", kind=("legal_basis",))

    assert "Plan- og bygningsloven" in norwegian
    assert "Plan- och bygglagen" in swedish
    assert "Plan- og bygningsloven" not in swedish


def test_beboere_finds_items_written_with_beboer_and_beboerne(demo_engine, demo_documents):
    result = demo_engine.search(SearchQuery(text="beboere", locale="nb", page_size=1000))
    found = {hit.document_id for hit in result.hits}
    by_id = {document.id: document for document in demo_documents["nb"]}

    def words(document):
        return set(re.findall(r"\w+", f"{document.title} {document.text}".lower()))

    with_beboerne = {
        doc_id for doc_id, doc in by_id.items() if "beboerne" in words(doc) and "beboere" not in words(doc)
    }
    with_beboer = {
        doc_id for doc_id, doc in by_id.items() if "beboer" in words(doc) and "beboere" not in words(doc)
    }
    assert with_beboerne and with_beboerne <= found
    assert with_beboer <= found


def test_tips_under_the_public_health_act_come_with_correct_counts(demo_engine, demo_documents):
    result = demo_engine.search(
        SearchQuery(locale="nb", filters={"kind": ("tip",), "law": ("folkehelseloven",)}, page_size=1000)
    )
    under_the_act = [d for d in demo_documents["nb"] if "folkehelseloven" in d.facets.get("law", ())]
    tips = {d.id for d in under_the_act if d.kind == "tip"}
    kinds = Counter(d.kind for d in under_the_act)

    assert tips and {hit.document_id for hit in result.hits} == tips
    assert result.total == len(tips)
    assert {value.value: value.count for value in result.facets["kind"]} == dict(kinds)
