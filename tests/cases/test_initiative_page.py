import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from cases.models import Challenge, InitiativePage, SuccessFactor, Tip
from guide.models import PhaseGuidePage
from tests.content import home_page, phase_guide_with_phases, translate
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    LegalBasisFactory,
    MunicipalityFactory,
    PortalImageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ThemeFactory,
    item,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site):
    return InitiativeIndexPageFactory(parent=home_page())


@pytest.fixture
def english_index(site):
    return InitiativeIndexPageFactory(parent=home_page("en"))


def reload(page):
    return InitiativePage.objects.get(pk=page.pk)


def test_initiatives_live_only_under_the_initiative_index(index):
    assert InitiativePage.can_create_at(index)
    assert not InitiativePage.can_create_at(home_page())
    assert not PhaseGuidePage.can_create_at(index)
    assert InitiativePage.allowed_subpage_models() == []


def test_an_end_year_before_the_start_year_is_refused_with_a_clear_message(index):
    with pytest.raises(ValidationError) as error:
        InitiativePageFactory(parent=index, start_year=2015, end_year=2010)
    assert error.value.message_dict["end_year"] == ["The end year (2010) is before the start year (2015)."]


def test_an_ongoing_initiative_needs_no_end_year(index):
    page = InitiativePageFactory(parent=index, start_year=2018, end_year=None)
    assert page.period == "2018–"


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (Tip, "A tip needs a text. Write it, or remove the empty tip."),
        (Challenge, "A challenge needs a text. Write it, or remove the empty challenge."),
        (SuccessFactor, "A success factor needs a text. Write it, or remove the empty success factor."),
    ],
)
def test_an_empty_item_is_refused_with_a_message_naming_its_kind(index, kind, message):
    empty = kind(title="Only a title", text="   ")
    with pytest.raises(ValidationError) as error:
        empty.full_clean(exclude=["page", "locale"])
    assert error.value.message_dict["text"] == [message]


def test_an_initiative_with_an_empty_tip_is_not_saved(index):
    page = InitiativePageFactory.build(slug="with-empty-tip")
    page.tips = [Tip(text="")]
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=page)
    assert "A tip needs a text. Write it, or remove the empty tip." in error.value.messages
    assert not InitiativePage.objects.filter(slug="with-empty-tip").exists()


def test_items_get_numbered_anchors_per_kind(index):
    page = InitiativePageFactory.build()
    page.tips = [Tip(text="Start small"), Tip(text="Ask the residents")]
    page.challenges = [Challenge(text="Short funding")]
    page.success_factors = [SuccessFactor(text="Local coordinators")]
    index.add_child(instance=page)
    anchors = [entry.anchor for entry in reload(page).items()]
    assert anchors == ["success-factor-1", "challenge-1", "tip-1", "tip-2"]


def test_anchors_do_not_change_when_items_are_removed_or_reordered(index):
    page = InitiativePageFactory.build()
    page.tips = [Tip(text="First"), Tip(text="Second"), Tip(text="Third")]
    index.add_child(instance=page)
    page = reload(page)
    _first, second, third = page.tips.all()
    fourth = Tip(text="Fourth")
    for position, tip in enumerate([third, second, fourth]):
        tip.sort_order = position  # what the admin's drag and drop does
    page.tips = [third, second, fourth]
    page.save_revision().publish()
    page = reload(page)
    assert [(tip.text, tip.anchor) for tip in page.tips.all()] == [
        ("Third", "tip-3"),
        ("Second", "tip-2"),
        ("Fourth", "tip-4"),
    ]


def test_items_carry_what_search_needs(index):
    theme = ThemeFactory(slug="safety")
    law = LegalBasisFactory(slug="plan-och-bygglagen")
    page = InitiativePageFactory.build()
    page.tips = [
        item(Tip, title="Start early", text="Involve residents", phase=3, themes=[theme], legal_bases=[law])
    ]
    index.add_child(instance=page)
    tip = reload(page).items()[0]
    assert (tip.kind, tip.title, tip.text, tip.phase) == ("tip", "Start early", "Involve residents", 3)
    assert list(tip.themes.all()) == [theme]
    assert list(tip.legal_bases.all()) == [law]
    assert tip.get_url() == f"{page.url}#tip-1"


def test_a_translated_initiative_keeps_the_anchors_and_tags_of_its_items(index):
    theme = ThemeFactory(slug="safety")
    page = InitiativePageFactory.build()
    page.tips = [item(Tip, text="Start small", themes=[theme]), Tip(text="Ask the residents")]
    index.add_child(instance=page)
    translate(index, "sv")
    swedish = translate(reload(page), "sv")
    tips = list(swedish.tips.all())
    assert [tip.anchor for tip in tips] == ["tip-1", "tip-2"]
    assert tips[0].locale.language_code == "sv"
    assert list(tips[0].themes.all()) == [theme]


def full_initiative(index):
    _guide, phases = phase_guide_with_phases(index.get_parent())
    page = InitiativePageFactory.build(
        title="Områdeprogram Malmö",
        summary="Five areas, five years.",
        background="<p>Health was unevenly spread.</p>",
        goals="<ul><li>Safe areas</li></ul>",
        who_did_what=[("contribution", {"heading": "Physical skeleton", "text": "<p>New stations.</p>"})],
        continuation="<p>The work goes on in the districts.</p>",
        results_in_figures=[
            (
                "figure",
                {
                    "value": "5",
                    "measure": "areas",
                    "year": 2015,
                    "source_url": "https://malmo.example/report",
                    "source_title": "Final report",
                },
            )
        ],
        country="SE",
        areas="Seved, Lindängen",
        start_year=2010,
        end_year=2015,
        contacts=[
            (
                "contact",
                {
                    "role": "Coordinator",
                    "organisation": "Malmö stad, områdesprogram",
                    "email": "a@malmo.example",
                },
            )
        ],
        image=PortalImageFactory(alt_text="New station at Holma"),
    )
    page.success_factors = [SuccessFactor(title="Coordinators", text="Local coordinators with mandate")]
    page.challenges = [Challenge(text="Short-term project money")]
    page.tips = [Tip(title="Start small", text="Begin with what residents ask for", phase=2)]
    index.add_child(instance=page)
    page.municipalities.set([MunicipalityFactory(name="Malmö", slug="malmo", country="SE")])
    page.themes.set([ThemeFactory(name="Safety", slug="safety")])
    page.phases.set([phases[0]])
    page.legal_bases.set([LegalBasisFactory(name="Plan- och bygglagen", short_name="PBL", slug="pbl-se")])
    page.save_revision().publish()
    return reload(page), phases


def test_initiative_page_shows_every_field(client, english_index):
    page, phases = full_initiative(english_index)
    trips = StudyTripIndexPageFactory(parent=home_page("en"))
    trip = StudyTripPageFactory(parent=trips, title="Malmö 2013")
    trip.initiatives_visited.set([page])
    trip.save_revision().publish()

    html = client.get(page.url).content.decode()
    for expected in [
        "Five areas, five years.",
        'alt="New station at Holma"',
        "Sweden",
        ">Malmö</a>",
        "<li>Seved</li>",
        "<li>Lindängen</li>",
        "2010–2015",
        "Safety",
        f'href="{phases[0].url}">1. Knowledge base</a>',
        "Plan- och bygglagen (PBL)</a>",
        '<span class="p-org" itemprop="name">Malmö stad, områdesprogram</span>',
        "Health was unevenly spread.",
        "<li>Safe areas</li>",
        "Physical skeleton",
        "New stations.",
        "The work goes on in the districts.",
        '<th scope="row">areas</th>',
        "Malmö 2013",
    ]:
        assert expected in html, expected


def test_initiative_page_groups_items_by_kind_each_with_an_anchor_and_a_self_link(client, english_index):
    page, _phases = full_initiative(english_index)
    html = client.get(page.url).content.decode()
    success, challenges, tips = (html.index(h) for h in ["Success factors", "Challenges", "Tips to others"])
    assert success < challenges < tips
    for anchor, text in [
        ("success-factor-1", "Local coordinators with mandate"),
        ("challenge-1", "Short-term project money"),
        ("tip-1", "Begin with what residents ask for"),
    ]:
        assert f'id="{anchor}"' in html
        assert f'href="#{anchor}">Link to this {anchor.rsplit("-", 1)[0].replace("-", " ")}' in html
        assert html.index(f'id="{anchor}"') < html.index(text)
    assert '">2. Planning and organisation</a>' in html  # the tip's phase, linked


def test_swedish_initiative_shows_swedish_theme_names(client, index):
    page, _phases = full_initiative(index)
    theme = page.themes.get()
    swedish_theme = translate(theme, "sv")
    swedish_theme.name = "Trygghet"
    swedish_theme.save()
    translate(index, "sv")
    swedish = translate(page, "sv")
    html = client.get(swedish.url).content.decode()
    assert "Trygghet" in html
    assert '?theme=safety">Trygghet</a>' in html


def test_a_preview_shows_unpublished_items_and_tags_while_the_live_page_does_not(client, index):
    theme = ThemeFactory(name="Safety", slug="safety")
    page = InitiativePageFactory(parent=index)
    draft = reload(page)
    draft.tips = [item(Tip, title="Draft tip", text="Only in the draft", themes=[theme])]
    draft.themes.set([theme])
    draft.save_revision()

    request = RequestFactory().get(page.url)
    request.user = AnonymousUser()
    request.is_preview = True  # as Wagtail's preview sets it
    preview_html = draft.get_latest_revision_as_object().serve_preview(request, "").render().content.decode()
    assert "Only in the draft" in preview_html
    assert '?theme=safety">Safety</a>' in preview_html
    live_html = client.get(page.url).content.decode()
    assert "Only in the draft" not in live_html
