"""A page's PDF lists the documents its page shows, and never one in a collection with a view
restriction: not when it is attached, nor after it was moved there once the PDF was cached."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.content import home_page, phase_guide_with_phases
from tests.documents import files
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
)
from tests.pdfs.test_page_pdfs import pdf_url, read, text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploaded files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Interne notater")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="hemmelig"
    )
    return collection


def document(title, collection=None):
    made = get_document_model()(
        title=title,
        file=ContentFile(files.pdf("Side en", "Side to"), name="rapport.pdf"),
        collection=collection or Collection.get_first_root_node(),
    )
    made._set_document_file_metadata()
    made.save()
    return made


def initiative_with(*attachments):
    page = InitiativePageFactory(
        parent=InitiativeIndexPageFactory(parent=home_page("nb")),
        title="Områdeløft Kvistmyra",
        attachments=[("attachment", {"document": item, "title": ""}) for item in attachments],
    )
    page.save_revision().publish()
    return page


def pdf_text(client, page):
    return text(read(client.get(pdf_url(page))))


def test_an_initiative_pdf_lists_its_public_document_and_not_the_restricted_one(
    client, site, private_collection
):
    page = initiative_with(
        document("Intern evaluering", private_collection), document("Offentlig sluttrapport")
    )

    found = pdf_text(client, page)

    assert "Offentlig sluttrapport" in found
    assert "Intern evaluering" not in found


def test_the_phase_guide_pdf_leaves_out_a_phase_resource_in_a_restricted_collection(
    client, site, private_collection
):
    guide, phases = phase_guide_with_phases(home_page("en"))
    phases[1].resources = [
        ("document", {"document": document("Board minutes", private_collection), "title": ""}),
        ("document", {"document": document("Public checklist"), "title": ""}),
    ]
    phases[1].save_revision().publish()

    for page in (guide, phases[1]):
        found = pdf_text(client, page)
        assert "Public checklist" in found, page
        assert "Board minutes" not in found, page


def test_a_study_trip_pdf_leaves_out_a_report_in_a_restricted_collection(client, site, private_collection):
    trip = StudyTripPageFactory(
        parent=StudyTripIndexPageFactory(parent=home_page("sv")),
        title="Köpenhamn 2008",
        start_date=datetime.date(2008, 5, 6),
        report=document("Intern reserapport", private_collection),
    )
    trip.save_revision().publish()

    found = pdf_text(client, trip)

    assert "Köpenhamn 2008" in found
    assert "Intern reserapport" not in found


def test_a_document_moved_into_a_restricted_collection_leaves_the_cached_pdf(
    client, site, private_collection
):
    report = document("Sluttrapport Kvistmyra")
    page = initiative_with(report, document("Offentlig vedlegg"))
    assert "Sluttrapport Kvistmyra" in pdf_text(client, page)

    report.collection = private_collection
    report.save()

    found = pdf_text(client, page)
    assert "Offentlig vedlegg" in found
    assert "Sluttrapport Kvistmyra" not in found
