import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cases.models import InitiativePage
from tests.content import home_page, phase_guide_with_phases
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    MunicipalityFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db


def test_every_content_page_opens_in_the_admin_editor(admin_client, site):
    home = home_page()
    guide, phases = phase_guide_with_phases(home)
    initiatives = InitiativeIndexPageFactory(parent=home)
    tools = ToolIndexPageFactory(parent=home)
    trips = StudyTripIndexPageFactory(parent=home)
    pages = [
        guide,
        phases[0],
        initiatives,
        InitiativePageFactory(parent=initiatives),
        tools,
        ToolPageFactory(parent=tools),
        trips,
        StudyTripPageFactory(parent=trips),
    ]
    for page in pages:
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, page
    for model_path, parent in [
        ("cases/initiativepage", initiatives),
        ("resources/toolpage", tools),
        ("resources/studytrippage", trips),
    ]:
        assert admin_client.get(f"/admin/pages/add/{model_path}/{parent.pk}/").status_code == 200, model_path


@pytest.mark.parametrize("snippet", ["theme", "legalbasis", "municipality"])
def test_every_vocabulary_opens_in_the_snippet_editor(admin_client, site, snippet):
    assert admin_client.get(f"/admin/snippets/taxonomy/{snippet}/add/").status_code == 200


def empty_formset():
    return inline_formset([])


def initiative_form(**overrides):
    data = {
        "title": "Seved",
        "slug": "seved",
        "summary": "A small area in Malmö.",
        "background": rich_text(""),
        "goals": rich_text(""),
        "continuation": rich_text(""),
        "who_did_what": streamfield([]),
        "results_in_figures": streamfield([]),
        "attachments": streamfield([]),
        "gallery": streamfield([]),
        "contacts": streamfield([]),
        "country": "SE",
        "start_year": 2010,
        "end_year": 2015,
        "evidence_level": "documented",
        "success_factors": empty_formset(),
        "challenges": empty_formset(),
        "tips": empty_formset(),
        "comments": empty_formset(),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_the_admin_explains_an_empty_tip(admin_client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    data = initiative_form(tips=inline_formset([{"title": "Begin here", "text": ""}]))
    response = admin_client.post(f"/admin/pages/add/cases/initiativepage/{index.pk}/", data)
    assert response.status_code == 200
    assert "A tip needs a text. Write it, or remove the empty tip." in response.content.decode()
    assert not InitiativePage.objects.filter(slug="seved").exists()


def test_the_admin_explains_an_end_year_before_the_start_year(admin_client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    response = admin_client.post(
        f"/admin/pages/add/cases/initiativepage/{index.pk}/", initiative_form(end_year=2005)
    )
    assert response.status_code == 200
    assert "The end year (2005) is before the start year (2010)." in response.content.decode()


def test_the_admin_saves_tips_with_their_anchors(admin_client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    malmo = MunicipalityFactory(name="Malmö", slug="malmo", country="SE")
    data = initiative_form(tips=inline_formset([{"title": "", "text": "Start small", "phase": "2"}]))
    data["municipalities"] = [malmo.pk]
    response = admin_client.post(f"/admin/pages/add/cases/initiativepage/{index.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    page = InitiativePage.objects.get(slug="seved")
    tip = page.get_latest_revision_as_object().tips.get()
    assert (tip.anchor, tip.phase) == ("tip-1", 2)


def test_the_admin_requires_an_evidence_level(admin_client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    data = initiative_form(evidence_level="")
    data["action-publish"] = "action-publish"  # a draft may wait for it; publishing may not
    data["municipalities"] = [MunicipalityFactory(name="Malmö", slug="malmo", country="SE").pk]
    response = admin_client.post(f"/admin/pages/add/cases/initiativepage/{index.pk}/", data)
    assert response.status_code == 200
    assert "evidence_level" in response.context["form"].errors
    assert not InitiativePage.objects.filter(slug="seved").exists()


def test_the_admin_explains_a_phase_number_used_twice(admin_client, site):
    guide, phases = phase_guide_with_phases()
    phases[4].delete()  # room for one more phase under the guide
    data = nested_form_data(
        {
            "title": "Another knowledge phase",
            "slug": "another",
            "number": 1,
            "short_description": "Again",
            "description": rich_text(""),
            "expected_results": rich_text(""),
            "process": streamfield([]),
            "city_processes": streamfield([]),
            "actors": streamfield([]),
            "resources": streamfield([]),
            "comments": empty_formset(),
        }
    )
    response = admin_client.post(f"/admin/pages/add/guide/phasepage/{guide.pk}/", data)
    assert response.status_code == 200
    assert "Phase 1 already exists in this language" in response.content.decode()


FIGURE = {"value": "15", "unit": "of 22", "measure": "women who found work", "year": "2019"}
NO_SOURCE = {
    "baseline_value": "",
    "baseline_year": "",
    "source_document": "",
    "source_url": "",
    "source_title": "",
}
CONTACT = {"name": "", "role": "Coordinator", "organisation": "Malmö stad", "email": "", "phone": ""}


def test_the_admin_explains_a_figure_without_a_source(admin_client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    data = initiative_form(results_in_figures=streamfield([("figure", {**FIGURE, **NO_SOURCE})]))
    response = admin_client.post(f"/admin/pages/add/cases/initiativepage/{index.pk}/", data)
    assert response.status_code == 200
    assert (
        "Give the figure a source: a document in the portal or a link with its title."
        in response.content.decode()
    )
    assert not InitiativePage.objects.filter(slug="seved").exists()


def test_the_admin_explains_a_contact_no_one_can_reach(admin_client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    data = initiative_form(contacts=streamfield([("contact", CONTACT)]))
    response = admin_client.post(f"/admin/pages/add/cases/initiativepage/{index.pk}/", data)
    assert response.status_code == 200
    expected = "Give an e-mail address or a phone number, so visitors can reach the contact."
    assert expected in response.content.decode()
    assert not InitiativePage.objects.filter(slug="seved").exists()


def test_the_admin_saves_a_figure_with_its_source_and_a_reachable_contact(admin_client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    source = {**NO_SOURCE, "source_url": "https://lab.example/report", "source_title": "Lab report"}
    data = initiative_form(
        results_in_figures=streamfield([("figure", {**FIGURE, **source})]),
        contacts=streamfield([("contact", {**CONTACT, "email": "labs@lab.example"})]),
    )
    data["municipalities"] = [MunicipalityFactory(name="Malmö", slug="malmo", country="SE").pk]
    response = admin_client.post(f"/admin/pages/add/cases/initiativepage/{index.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    draft = InitiativePage.objects.get(slug="seved").get_latest_revision_as_object()
    assert draft.results_in_figures[0].value["source_title"] == "Lab report"
    assert draft.contacts[0].value["email"] == "labs@lab.example"
