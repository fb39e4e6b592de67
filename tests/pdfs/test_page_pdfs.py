"""Phase guide, phases, initiatives and study trips as tagged PDFs (PDF/UA-1) in the page's
language, cached until the next publish, never of a page the public may not see."""

import io

import pytest
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from pdfs import rendering
from tests.content import home_page, phase_guide_with_phases
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
)

pytestmark = pytest.mark.django_db


def pdf_url(page):
    return f"/{page.locale.language_code}/pdf/{page.pk}/"


def read(response):
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def text(reader):
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def initiative(site):
    index = InitiativeIndexPageFactory(parent=home_page("en"))
    return InitiativePageFactory(
        parent=index, title="Malmö area programme", summary="Five areas, five years, one health goal."
    )


def test_an_initiative_pdf_is_tagged_in_its_language_with_its_text(client, initiative):
    response = client.get(pdf_url(initiative))
    reader = read(response)

    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root  # tagged (PDF/UA-1)
    assert reader.metadata.title.startswith("Malmö area programme")
    found = text(reader)
    assert "Malmö area programme" in found and "Five areas, five years, one health goal." in found
    assert "Download PDF" not in text(reader)  # the page's chrome and links to itself stay out
    assert response["Content-Disposition"] == f'inline; filename="{initiative.slug}.pdf"'


def test_the_page_links_to_its_pdf(client, initiative):
    html = client.get(initiative.url).content.decode()
    assert f'href="{pdf_url(initiative)}" type="application/pdf"' in html


def test_the_whole_phase_guide_is_one_pdf_with_every_phase(client, site):
    guide, phases = phase_guide_with_phases(home_page("nb"))
    phases[2].description = "<p>Mobilise residents through the local housing companies.</p>"
    phases[2].save_revision().publish()

    reader = read(client.get(pdf_url(guide)))

    assert reader.trailer["/Root"]["/Lang"] == "nb"
    found = text(reader)
    assert all(phase.title in found for phase in phases)
    assert "Mobilise residents through the local housing companies." in found


def test_a_study_trip_pdf(client, site):
    trips = StudyTripIndexPageFactory(parent=home_page("sv"))
    trip = StudyTripPageFactory(parent=trips, title="Köpenhamn 2008")
    reader = read(client.get(pdf_url(trip)))
    assert reader.trailer["/Root"]["/Lang"] == "sv" and "Köpenhamn 2008" in text(reader)


def test_no_pdf_of_a_restricted_unpublished_or_other_page(client, initiative):
    index = initiative.get_parent()
    secret = InitiativePageFactory(parent=index, title="Secret plan")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    draft = InitiativePageFactory(parent=index, title="Draft")
    draft.unpublish()

    assert client.get(pdf_url(secret)).status_code == 404
    assert client.get(pdf_url(draft)).status_code == 404
    assert client.get(f"/en/pdf/{home_page('en').pk}/").status_code == 404  # no PDF of a home page
    assert client.get(f"/nb/pdf/{initiative.pk}/").status_code == 404  # an English page in nb
    assert client.get("/en/pdf/999999/").status_code == 404


def test_the_pdf_is_made_once_until_the_next_publish(client, initiative, monkeypatch):
    made = []
    original = rendering.page_pdf

    def counting(page, request):
        made.append(page.pk)
        return original(page, request)

    monkeypatch.setattr(rendering, "page_pdf", counting)

    client.get(pdf_url(initiative))
    client.get(pdf_url(initiative))
    assert made == [initiative.pk]

    initiative.summary = "Rewritten after the evaluation."
    initiative.save_revision().publish()
    assert "Rewritten after the evaluation." in text(read(client.get(pdf_url(initiative))))
    assert made == [initiative.pk, initiative.pk]


def test_an_initiative_pdf_holds_its_results_table_with_the_sources(client, site):
    index = InitiativeIndexPageFactory(parent=home_page("nb"))
    figure = {"value": "15", "unit": "av 22", "measure": "kvinner som fikk arbeid", "year": 2019}
    figure.update(
        {"source_url": "https://lab.example/rapport", "source_title": "Sluttrapport fra laboratoriet"}
    )
    page = InitiativePageFactory(parent=index, results_in_figures=[("figure", figure)])
    found = text(read(client.get(pdf_url(page))))
    for expected in (
        "Hva",
        "Verdi",
        "Kilde",
        "kvinner som fikk arbeid",
        "15 av 22",
        "2019",
        "Sluttrapport fra laboratoriet",
    ):
        assert expected in found, expected
