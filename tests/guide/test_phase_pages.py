import pytest
from django.core.exceptions import ValidationError

from cases.models import InitiativePage
from guide.models import PhaseGuidePage, PhasePage
from home.models import HomePage
from tests.content import home_page, phase_guide_with_phases, translate
from tests.factories import (
    LegalBasisFactory,
    PhaseGuidePageFactory,
    PhasePageFactory,
    ThemeFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db


def test_phases_live_under_the_phase_guide_and_the_guide_under_the_home_page(site):
    assert PhaseGuidePage.can_create_at(home_page())
    guide = PhaseGuidePageFactory(parent=home_page())
    assert PhasePage.can_create_at(guide)
    assert not PhasePage.can_create_at(home_page())
    assert not InitiativePage.can_create_at(guide)
    assert PhaseGuidePage.allowed_parent_page_models() == [HomePage]


def test_a_second_phase_guide_in_the_same_language_is_refused(site):
    phase_guide_with_phases()
    assert not PhaseGuidePage.can_create_at(home_page())


@pytest.mark.parametrize("number", [0, 6])
def test_a_phase_number_outside_one_to_five_is_refused_with_a_clear_message(site, number):
    guide, _phases = phase_guide_with_phases()
    page = PhasePage(title="Extra", slug="extra", number=number, short_description="x", locale=guide.locale)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["number"] == ["The phase number must be between 1 and 5."]


def test_a_phase_number_used_twice_in_one_language_is_refused(site):
    guide, _phases = phase_guide_with_phases()
    duplicate = PhasePage(title="Again", slug="again", number=3, short_description="x")
    with pytest.raises(ValidationError) as error:
        guide.add_child(instance=duplicate)
    assert error.value.message_dict["number"] == ["Phase 3 already exists in this language: “Mobilisation”."]


def test_the_same_phase_number_in_another_language_is_fine(site):
    guide, phases = phase_guide_with_phases()
    translate(guide, "sv")
    swedish = translate(phases[2], "sv")
    assert swedish.number == 3
    swedish.full_clean()


def test_previous_and_next_stay_within_the_language_and_skip_nothing(site):
    _guide, phases = phase_guide_with_phases()
    assert phases[0].previous_phase() is None
    assert phases[0].next_phase().specific == phases[1]
    assert phases[4].previous_phase().specific == phases[3]
    assert phases[4].next_phase() is None


def test_phase_page_shows_stepper_with_the_current_step_and_previous_next_links(client, site):
    _guide, phases = phase_guide_with_phases(home_page("en"))
    html = client.get(phases[2].url).content.decode()
    assert html.count('class="phase-stepper__step') == 5
    assert html.count('aria-current="step"') == 1
    current = html.index('aria-current="step"')
    assert html.index("Mobilisation", current) - current < 200
    assert f'rel="prev" href="{phases[1].url}"' in html
    assert f'rel="next" href="{phases[3].url}"' in html
    assert "Phase 3 of 5" in html


def test_phase_page_shows_every_field(client, site):
    _guide, phases = phase_guide_with_phases()
    tools = ToolIndexPageFactory(parent=home_page())
    tool = ToolPageFactory(parent=tools, title="Place analysis handbook")
    law = LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven")
    theme = ThemeFactory(name="Public health", slug="public-health")
    page = phases[0]
    page.description = "<p>Start by knowing the area.</p>"
    page.expected_results = "<p>A shared picture of the area.</p>"
    page.process = [("step", {"text": "Gather statistics", "sub_points": ["Living conditions", "Health"]})]
    page.city_processes = [("city_process", {"city": "Oslo", "steps": ["Area analysis with residents"]})]
    page.actors = [("actor", {"actor": "District", "role": "Leads the analysis"})]
    page.resources = [
        ("tool", {"page": tool, "note": "Chapter 2"}),
        ("link", {"title": "Kommunehelsa", "url": "https://khs.fhi.no/", "description": "Statistics"}),
    ]
    page.legal_bases.set([law])
    page.themes.set([theme])
    page.save_revision().publish()

    html = client.get(page.url).content.decode()
    for expected in [
        "Start by knowing the area.",
        "A shared picture of the area.",
        "Gather statistics",
        "<li>Living conditions</li>",
        '<h3 class="ds-heading">Oslo</h3>',
        "Area analysis with residents",
        "<dt>District</dt>",
        "Leads the analysis",
        f'href="{tool.url}">Place analysis handbook</a> – Chapter 2',
        'href="https://khs.fhi.no/">Kommunehelsa</a>',
        "Folkehelseloven",
        "(FHL)",
        "Public health",
    ]:
        assert expected in html, expected


def test_swedish_phase_page_shows_the_swedish_name_of_its_legal_basis(client, site):
    guide, phases = phase_guide_with_phases()
    law = LegalBasisFactory(name="Folkehelseloven", slug="folkehelseloven")
    swedish_law = translate(law, "sv")
    swedish_law.name = "Folkhälsolagen (Norge)"
    swedish_law.save()
    phases[0].legal_bases.set([law])
    phases[0].save_revision().publish()
    translate(guide, "sv")
    swedish_phase = translate(phases[0], "sv")

    html = client.get(swedish_phase.url).content.decode()
    assert "Folkhälsolagen (Norge)" in html
    assert ">Folkehelseloven<" not in html


def test_phase_guide_lists_the_five_phases_in_order(client, site):
    guide, _phases = phase_guide_with_phases()
    html = client.get(guide.url).content.decode()
    positions = [
        html.index(title) for title in ["Knowledge base", "Planning", "Mobilisation", "Implementation"]
    ]
    assert positions == sorted(positions)
    assert "Five phases, in order." in html


def test_phase_page_factory_numbers_cycle_one_to_five():
    assert {PhasePageFactory.build(parent=None).number for _ in range(5)} == {1, 2, 3, 4, 5}
