"""Documents attached to pages are searched by their text (kind "document") on the embedded engine
and on Elasticsearch, in nb, sv and en: a hit names the page it is attached to and the document's
page its snippet comes from; a document in a restricted collection, or without readable text, is
never found; extraction, restriction and deletion update the index."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from cases.models import InitiativePage
from documents.models import DocumentText
from resources.models import StudyTripPage
from search.indexing import update_document
from tests.content import home_page, translate
from tests.documents.files import docx_file, pdf
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db

# Plain letters: the test PDFs use a standard font without an encoding for æ, ø and å.
REPORT_PAGES = [
    "Sluttrapport for omradeloftet pa Kvistmyra. Innledning om arbeidet.",
    "Nattravnene gikk rundt i nabolaget hver fredag, og tagging ved skolen ble mindre.",
]


@pytest.fixture
def engine(settling_engine):
    return settling_engine


def new_document(title, pages=(), collection=None, language="nb", file=None, **fields):
    """A document uploaded as the admin does (size and hash set); its text is read on commit."""
    document = get_document_model()(
        title=title,
        file=ContentFile(file or pdf(*pages), name="rapport.pdf" if file is None else "rapport.docx"),
        collection=collection or Collection.get_first_root_node(),
        language=language,
        **fields,
    )
    document._set_document_file_metadata()
    document.save()
    return document


def api(client, q, locale="nb", **params):
    response = client.get("/api/search/", {"q": q, "locale": locale, **params})
    assert response.status_code == 200
    return json.loads(response.content)


def found(client, q, locale="nb"):
    return [(hit["kind"], hit["title"]) for hit in api(client, q, locale)["results"]]


@pytest.fixture
def report(site, engine):
    """A Norwegian initiative with its final report attached, the report's text read."""
    made = {}

    def build():
        index = InitiativeIndexPageFactory(parent=home_page())
        document = new_document("Sluttrapport Kvistmyra", REPORT_PAGES, year=2016, publisher="Bydel")
        page = InitiativePageFactory(parent=index, title="Områdeløft Kvistmyra", slug="kvistmyra", live=False)
        page.attachments = [{"type": "attachment", "value": {"document": document.pk, "title": ""}}]
        page.save_revision().publish()
        made.update(document=document, page=InitiativePage.objects.get(pk=page.pk))

    engine.run(build)
    return made


def test_a_phrase_only_in_the_report_finds_it_with_its_page_and_the_page_it_is_attached_to(client, report):
    payload = api(client, "nattravnene tagging")

    [hit] = payload["results"]
    assert (hit["kind"], hit["title"]) == ("document", "Sluttrapport Kvistmyra")
    assert hit["url"] == report["document"].url
    assert hit["attached_to"] == {"title": "Områdeløft Kvistmyra", "url": report["page"].url}
    assert hit["initiative"] is None
    assert hit["page_number"] == 2
    assert "<mark>" in hit["snippet"]
    html = client.get("/nb/search/", {"q": "nattravnene"}).content.decode()
    assert "Side 2:" in html
    assert f'href="{report["document"].url}#page=2"' in html
    assert "Vedlegg til" in html
    assert "Dokument" in html


def test_the_kind_word_and_the_kind_filter_find_reports(client, report):
    assert found(client, "rapport om nattravnene") == [("document", "Sluttrapport Kvistmyra")]
    only_documents = api(client, "", kind="document")
    assert [hit["title"] for hit in only_documents["results"]] == ["Sluttrapport Kvistmyra"]
    kinds = {value["value"]: value["count"] for value in api(client, "kvistmyra")["facets"]["kind"]}
    assert kinds["document"] == 1


def test_a_document_in_a_restricted_collection_is_never_found_and_comes_back_without_the_restriction(
    client, engine, report
):
    private = Collection.get_first_root_node().add_child(name="Interne notater")
    document = report["document"]
    restriction = {}

    def move_and_restrict():
        document.collection = private
        document.save()
        restriction["row"] = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction["row"].groups.add(Group.objects.get_or_create(name="Prosjektgruppe")[0])

    engine.run(move_and_restrict)
    assert found(client, "nattravnene") == []
    assert "Nattravnene" not in client.get("/nb/search/", {"q": "nattravnene"}).content.decode()

    engine.run(lambda: restriction["row"].delete())
    assert found(client, "nattravnene") == [("document", "Sluttrapport Kvistmyra")]


def test_a_document_under_a_restricted_parent_collection_is_not_indexed_either(client, engine, site):
    def build():
        parent = Collection.get_first_root_node().add_child(name="Styret")
        child = parent.add_child(name="Referater")
        CollectionViewRestriction.objects.create(
            collection=parent, restriction_type=CollectionViewRestriction.PASSWORD, password="hemmelig"
        )
        document = new_document("Styrereferat", ["Styret kjopte gresskarfro til parsellhagen."], child)
        index = ToolIndexPageFactory(parent=home_page())
        tool = ToolPageFactory(parent=index, title="Parsellhage", slug="parsellhage", live=False)
        tool.document = document
        tool.save_revision().publish()

    engine.run(build)
    assert found(client, "gresskarfro") == []


def test_a_document_is_found_once_its_text_is_read_and_leaves_when_deleted(client, engine, site):
    made = {}

    def publish_while_pending():
        index = StudyTripIndexPageFactory(parent=home_page())
        document = new_document("Reiserapport Malmo", ["Leietakerne drev vaskeriet sammen."], year=2013)
        trip = StudyTripPageFactory(parent=index, title="Malmö 2013", slug="malmo-2013", live=False)
        trip.report = document
        trip.save_revision().publish()
        made.update(document=document)
        # The worker has not read it yet: published, not searchable.
        assert not indexed_ids("nb:", kind="document")

    engine.run(publish_while_pending)  # the commit queues the reading; the test's worker runs it
    assert found(client, "vaskeriet") == [("document", "Reiserapport Malmo")]
    assert get_document_model().objects.get(pk=made["document"].pk).page_count == 1

    engine.run(lambda: get_document_model().objects.get(pk=made["document"].pk).delete())
    assert found(client, "vaskeriet") == []


def indexed_ids(prefix, kind):
    from search.models import IndexedDocument

    return list(IndexedDocument.objects.filter(document_id__startswith=prefix, kind=kind))


def test_unreadable_or_outdated_text_is_not_searched(client, engine, site):
    made = {}

    def build():
        index = ToolIndexPageFactory(parent=home_page())
        unreadable = new_document("Skannet rapport", file=b"%PDF-1.7 Blabaerturen i fjor, men ingen PDF")
        replaced = new_document("Ny versjon", ["Blabaerturen i fjor."])
        for number, document in enumerate((unreadable, replaced)):
            tool = ToolPageFactory(parent=index, slug=f"verktoy-{number}", live=False)
            tool.document = document
            tool.save_revision().publish()
        made.update(unreadable=unreadable, replaced=replaced)

    engine.run(build)
    unreadable = DocumentText.objects.get(document=made["unreadable"])
    assert unreadable.status == "unreadable"
    assert found(client, "blabaerturen") == [("document", "Ny versjon")]

    def replace_file_before_the_worker_reads_it():
        # The old file's text is no longer what is served: the page's documents are built without it.
        get_document_model().objects.filter(pk=made["replaced"].pk).update(file_hash="0" * 40)
        update_document(made["replaced"].pk)

    engine.run(replace_file_before_the_worker_reads_it)
    assert api(client, "", kind="document")["total"] == 0


def test_unpublishing_the_page_takes_its_documents_out(client, engine, report):
    engine.run(lambda: report["page"].unpublish())
    assert found(client, "nattravnene") == []


@pytest.mark.parametrize(
    ("language", "title", "text", "query", "attached_label"),
    [
        ("sv", "Reserapport Köpenhamn", "Hyresgästerna skötte tvättstugan.", "tvättstugan", "Bilaga till"),
        ("en", "Trip report Copenhagen", "The tenants ran the laundry room.", "laundry", "Attached to"),
    ],
)
def test_a_translated_page_finds_the_document_in_its_language(
    client, engine, site, language, title, text, query, attached_label
):
    made = {}

    def build():
        index = StudyTripIndexPageFactory(parent=home_page())
        trip = StudyTripPageFactory(parent=index, title="København 2008", slug="kobenhavn", live=False)
        trip.save_revision().publish()
        translate(index, language)
        made["translation"] = translate(trip, language)

    def attach():
        # After the commit that published the translation (wagtail-localize publishes on commit).
        translated = StudyTripPage.objects.get(pk=made["translation"].pk)
        document = new_document(title, file=docx_file(text), language=language)
        translated.report = document
        translated.save_revision().publish()

    engine.run(build)
    engine.run(attach)
    payload = api(client, query, locale=language)
    assert [(hit["kind"], hit["title"]) for hit in payload["results"]] == [("document", title)]
    assert payload["results"][0]["language"] == language
    assert attached_label in client.get(f"/{language}/search/", {"q": query}).content.decode()
