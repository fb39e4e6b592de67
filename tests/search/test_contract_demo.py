"""The engine contract (test_contract.py) on the demo content: both engines give the same answers,
and the demo's own words (Malmø, PBL, beboere, folkehelseloven) find what a visitor expects."""

import re
from collections import Counter
from io import StringIO

import pytest

from search.engines.base import SearchQuery
from search.engines.embedded import EmbeddedEngine
from search.understanding import understood_text
from tests.search.conftest import new_elasticsearch
from tests.search.test_contract import answer

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
    ("nb", "verktøy", {}),
    ("sv", "utmaningar", {}),
    ("en", "success factors", {}),
    ("nb", "Groruddalen", {"kind": ("tip", "challenge", "success_factor")}),
    ("sv", "Grorud", {}),
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


def of_kind(documents, kind):
    return {document.title for document in documents if document.kind == kind}


@pytest.mark.parametrize(
    ("locale", "words", "kind"),
    [
        ("nb", ("verktøy", "verktøyene"), "tool"),
        ("nb", ("utfordring", "utfordringer"), "challenge"),
        ("nb", ("studietur", "studieturer"), "study_trip"),
        ("sv", ("verktyg", "verktygen"), "tool"),
        ("sv", ("framgångsfaktor", "framgångsfaktorer"), "success_factor"),
        ("sv", ("studieresa", "studieresor"), "study_trip"),
        ("en", ("tool", "tools"), "tool"),
        ("en", ("tip", "tips"), "tip"),
        ("en", ("law", "laws"), "legal_basis"),
    ],
)
def test_a_kind_named_in_words_lists_that_kind(demo_engine, demo_documents, locale, words, kind):
    expected = of_kind(demo_documents[locale], kind)
    assert len(expected) > 1
    for word in words:
        assert expected <= titles(demo_engine, locale, word), word


def items_of(documents, initiative_start):
    return {
        document.title
        for document in documents
        if document.kind in ("tip", "challenge", "success_factor")
        and document.initiative_title.startswith(initiative_start)
    }


@pytest.mark.parametrize(
    ("locale", "initiative", "query"),
    [
        ("nb", "Groruddalssatsingen", "Groruddalen"),  # a place inside the initiative's name
        ("nb", "Groruddalssatsingen", "Grorud"),  # a named area, and the start of that place
        ("nb", "Groruddalssatsingen", "Stovner"),  # a named area
        ("nb", "Groruddalssatsingen", "Groruddalssatsingen"),  # the initiative's name
        ("sv", "Groruddalssatsningen", "Groruddalen"),
        ("sv", "Områdesprogrammen i Malmö", "Lindängen"),
        ("en", "Malmö's area programme", "Malmo"),  # its municipality
    ],
)
def test_an_initiatives_name_and_places_find_its_items(
    demo_engine, demo_documents, locale, initiative, query
):
    items = items_of(demo_documents[locale], initiative)
    assert len(items) > 3
    assert items <= titles(demo_engine, locale, query)


@pytest.mark.parametrize(
    ("locale", "text", "theme"),
    [
        ("nb", "verktøy for medvirkning", "demokrati-og-medvirkning"),
        ("sv", "verktyg för delaktighet", "demokrati-og-medvirkning"),
        ("en", "tools about participation", "demokrati-og-medvirkning"),
    ],
)
def test_a_kind_word_and_a_subject_find_that_kind_about_it_first(
    demo_engine, demo_documents, locale, text, theme
):
    query = SearchQuery(text=understood_text(text, locale), locale=locale, page_size=1000)
    hits = demo_engine.search(query).hits
    tagged = {
        d.title for d in demo_documents[locale] if d.kind == "tool" and theme in d.facets.get("theme", ())
    }

    assert tagged and tagged <= {hit.title for hit in hits}
    assert {hit.kind for hit in hits[: len(tagged)]} == {"tool"}


def test_a_word_of_one_language_only_is_counted_there(demo_engine):
    """What the cross-language hint rests on: a Swedish kind word typed on the English or the
    Norwegian site finds nothing there, and the Swedish challenges in Swedish."""

    def count(locale):
        return demo_engine.count(SearchQuery(text="utmaningar", locale=locale))

    assert count("en") == count("nb") == 0
    assert count("sv") > 10


def test_a_sentence_only_in_a_demo_report_finds_that_report_and_names_its_page(demo_engine):
    """Each demo document in each language it is made in: its own sentence, which no page holds,
    finds it (kind "document") and names the page it is attached to."""
    from tests.demo.phrases import only_in_report

    missing = []
    for (key, locale), sentence in only_in_report().items():
        hits = demo_engine.search(SearchQuery(text=sentence, locale=locale, page_size=5)).hits
        documents = [hit for hit in hits if hit.kind == "document"]
        if not documents or not documents[0].initiative_url or hits[0].kind != "document":
            missing.append((key, locale, [(hit.kind, hit.title) for hit in hits]))
    assert not missing
