"""How visitors see a document wherever it is linked, and that a document in a collection with a
view restriction is never shown, listed or in the sitemap."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from core.cache import current_generation
from tests.content import home_page, phase_guide_with_phases
from tests.documents import files
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db


def document(title, collection=None, **fields):
    made = get_document_model().objects.create(
        title=title,
        file=ContentFile(files.pdf("Side én " * 100, "Side to"), name="rapport.pdf"),
        collection=collection or Collection.get_first_root_node(),
        **fields,
    )
    made._set_document_file_metadata()
    made.save()
    return made


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Interne notater")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="hemmelig"
    )
    return collection


def initiative_with(language, *attachments):
    initiatives = InitiativeIndexPageFactory(parent=home_page(language))
    page = InitiativePageFactory(
        parent=initiatives,
        attachments=[("attachment", {"document": item, "title": ""}) for item in attachments],
    )
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    ("language", "link", "line"),
    [
        ("nb", "(PDF, 1,", "Svensk · 2021 · Malmö stad · 2 sider"),
        ("sv", "(PDF, 1,", "2021 · Malmö stad · 2 sidor"),
        ("en", "(PDF, 1.", "Swedish · 2021 · Malmö stad · 2 pages"),
    ],
)
def test_a_document_link_tells_its_type_size_language_year_publisher_and_pages(
    client, site, language, link, line
):
    report = document("Slutrapport Seved", language="sv", year=2021, publisher="Malmö stad")
    html = client.get(initiative_with(language, report).url).content.decode()

    assert f'href="{report.url}"' in html
    # The title is marked as Swedish where the page is not.
    title = "Slutrapport Seved" if language == "sv" else '<span lang="sv">Slutrapport Seved</span>'
    assert f'{title} <span class="document-link__format">{link}' in html
    assert (f'href="{report.url}" hreflang="sv">' in html) == (language != "sv")
    assert line in html


def test_one_page_is_one_side_in_norwegian(client, site):
    leaflet = get_document_model().objects.create(
        title="Brosjyre", file=ContentFile(files.pdf("Én side"), name="brosjyre.pdf")
    )
    leaflet._set_document_file_metadata()
    leaflet.save()
    assert "1 side" in client.get(initiative_with("nb", leaflet).url).content.decode()


def test_a_trip_report_a_tool_document_and_a_phase_resource_look_the_same(client, site):
    report = document("Reiserapport", year=2013)
    trip = StudyTripPageFactory(parent=StudyTripIndexPageFactory(parent=home_page("en")), report=report)
    tool = ToolPageFactory(parent=ToolIndexPageFactory(parent=home_page("en")), document=report)
    _guide, phases = phase_guide_with_phases(home_page("en"))
    phases[0].resources = [("document", {"document": report, "title": "Read the report"})]
    for page in (trip, tool, phases[0]):
        page.save_revision().publish()

    for page, title in [(trip, "Reiserapport"), (tool, "Reiserapport"), (phases[0], "Read the report")]:
        html = client.get(page.url).content.decode()
        link = f'<a class="ds-link document-link__link" href="{report.url}">{title} '
        assert f'{link}<span class="document-link__format">(PDF, 1.' in html, page
        assert '<span class="document-link__details">2013 · 2 pages</span>' in html, page


def test_a_document_in_a_restricted_collection_is_never_shown(client, site, private_collection):
    secret = document("Intern evaluering", collection=private_collection)
    public = document("Offentlig rapport")
    initiative = initiative_with("nb", secret, public)
    only_secret = initiative_with("sv", secret)
    trip = StudyTripPageFactory(
        parent=StudyTripIndexPageFactory(parent=home_page("en")),
        report=secret,
        start_date=datetime.date(2013, 9, 2),
    )
    tool = ToolPageFactory(parent=ToolIndexPageFactory(parent=home_page("en")), document=secret)
    _guide, phases = phase_guide_with_phases(home_page("en"))
    phases[0].resources = [("document", {"document": secret, "title": ""})]
    for page in (trip, tool, phases[0]):
        page.save_revision().publish()

    html = client.get(initiative.url).content.decode()
    assert "Offentlig rapport" in html
    assert "Intern evaluering" not in html and secret.url not in html
    for page in (only_secret, trip, tool, phases[0]):
        html = client.get(page.url).content.decode()
        assert "Intern evaluering" not in html and secret.url not in html, page
    assert 'id="attachments-heading"' not in client.get(only_secret.url).content.decode()
    assert 'id="report-heading"' not in client.get(trip.url).content.decode()


def test_the_sitemap_lists_public_documents_only(client, site, private_collection):
    public = document("Offentlig rapport")
    secret = document("Intern evaluering", collection=private_collection)
    deeper = document("Undermappe", collection=private_collection.add_child(name="Utkast"))

    sitemap = client.get("/sitemap.xml").content.decode()

    assert f"http://testserver{public.url}</loc>" in sitemap
    assert secret.url not in sitemap
    assert deeper.url not in sitemap


def test_restricting_a_collection_starts_a_new_cache_generation(private_collection):
    before = current_generation()
    CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node().add_child(name="Styret"),
        restriction_type=CollectionViewRestriction.LOGIN,
    )
    assert current_generation() != before
