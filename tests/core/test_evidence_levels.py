"""Evidence levels: required on initiatives and tools, shown as a badge with words that links to
the public scale page, and a filter on the initiative and tool indexes."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from core.evidence import EvidenceLevel
from tests.content import english_messages, home_page  # noqa: F401  (english_messages: autouse fixture)
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    MunicipalityFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db


def initiative(parent, **fields):
    page = InitiativePageFactory(parent=parent, **fields)
    page.municipalities.set([MunicipalityFactory(name="Oslo", slug=f"oslo-{page.pk}")])
    page.save_revision().publish()
    return page


@pytest.fixture
def initiatives(site):
    index = InitiativeIndexPageFactory(parent=home_page("en"))
    initiative(
        index, title="Evaluated lab", evidence_level="evaluated", evidence_source="https://example.org/r"
    )
    initiative(index, title="Told at a meeting", evidence_level="practice")
    initiative(index, title="Final report", evidence_level="documented")
    return index


@pytest.fixture
def tools(site):
    index = ToolIndexPageFactory(parent=home_page("en"))
    ToolPageFactory(parent=index, title="Handbook", evidence_level="documented")
    ToolPageFactory(parent=index, title="Talk", evidence_level="practice")
    return index


CARD_TITLE = re.compile(r'<h2 class="ds-heading"><a class="ds-link" href="[^"]+">([^<]+)</a></h2>')
BADGE = re.compile(r'<a class="ds-tag evidence-badge"[^>]*data-evidence="(\w+)" href="([^"]+)">(.*?)</a>')


def listed_titles(response):
    return sorted(CARD_TITLE.findall(response.text))


def badges(html):
    """(level, link, words) of each badge on a page."""
    return BADGE.findall(html)


# --- the model -----------------------------------------------------------------------------------


def test_a_page_made_before_the_field_existed_has_the_lowest_level(site):
    page = InitiativePageFactory(parent=InitiativeIndexPageFactory(parent=home_page("en")))

    assert page.evidence_level == EvidenceLevel.PRACTICE


def test_the_level_is_required(site):
    page = ToolPageFactory(parent=ToolIndexPageFactory(parent=home_page("en")))
    page.evidence_level = ""

    with pytest.raises(ValidationError) as raised:
        page.full_clean()

    assert "evidence_level" in raised.value.message_dict


def test_an_unknown_level_is_refused(site):
    page = ToolPageFactory(parent=ToolIndexPageFactory(parent=home_page("en")))
    page.evidence_level = "proven"

    with pytest.raises(ValidationError) as raised:
        page.full_clean()

    assert "evidence_level" in raised.value.message_dict


@pytest.mark.parametrize("level", ["effect", "evaluated"])
def test_a_level_that_claims_an_evaluation_needs_its_link(site, level):
    page = InitiativePageFactory(parent=InitiativeIndexPageFactory(parent=home_page("en")))
    page.evidence_level = level

    with pytest.raises(ValidationError) as raised:
        page.full_clean()

    assert "Link to the evaluation" in raised.value.message_dict["evidence_source"][0]


def test_documented_experience_may_go_without_a_link(site):
    page = ToolPageFactory(parent=ToolIndexPageFactory(parent=home_page("en")), evidence_level="documented")

    page.full_clean()


# --- badges ---------------------------------------------------------------------------------------


def test_an_initiative_page_shows_its_level_in_words_linking_to_the_scale_and_its_source(client, initiatives):
    page = initiatives.get_children().get(title="Evaluated lab")

    html = client.get(page.url).text

    level, link, words = badges(html)[0]
    assert (level, link) == ("evaluated", "/en/evidence-levels/#evaluated")
    assert "Evaluated" in words
    assert 'Rests on: <a class="ds-link" href="https://example.org/r">' in html


def test_the_initiative_index_shows_a_badge_on_every_card(client, initiatives):
    html = client.get(initiatives.url).text

    assert sorted(level for level, _link, _words in badges(html)) == ["documented", "evaluated", "practice"]


def test_tool_cards_and_tool_pages_show_their_level(client, tools):
    html = client.get(tools.url).text
    tool = tools.get_children().get(title="Handbook")

    assert sorted(level for level, _link, _words in badges(html)) == ["documented", "practice"]
    assert [words for _level, _link, words in badges(client.get(tool.url).text)] == [
        '<span class="evidence-badge__prefix">Evidence:</span> Documented experience'
    ]


# --- index filters ----------------------------------------------------------------------------------


def test_the_initiative_index_filters_by_evidence_level(client, initiatives):
    response = client.get(f"{initiatives.url}?evidence=evaluated&evidence=documented")

    assert response.status_code == 200
    assert listed_titles(response) == ["Evaluated lab", "Final report"]
    assert "2 initiatives" in response.text


def test_the_tool_index_filters_by_evidence_level(client, tools):
    response = client.get(f"{tools.url}?evidence=practice")

    assert response.status_code == 200
    assert listed_titles(response) == ["Talk"]


@pytest.mark.parametrize("index", ["initiatives", "tools"])
def test_an_unknown_level_in_an_index_filter_is_ignored_and_named(client, request, index):
    page = request.getfixturevalue(index)

    response = client.get(f"{page.url}?evidence=proven%3Cscript%3E")

    assert response.status_code == 200
    assert "were not recognised and have been ignored" in response.text
    assert "“proven&lt;script&gt;”" in response.text
    assert len(listed_titles(response)) == page.get_children().count()


# --- the scale page ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "path", "heading", "level"),
    [
        ("nb", "/nb/kunnskapsniva/", "Kunnskapsnivåer", "Dokumentert erfaring"),
        ("sv", "/sv/kunskapsniva/", "Kunskapsnivåer", "Dokumenterad erfarenhet"),
        ("en", "/en/evidence-levels/", "Evidence levels", "Documented experience"),
    ],
)
def test_the_scale_page_explains_every_level_in_each_language(client, site, language, path, heading, level):
    with translation.override(language):
        assert reverse("evidence_scale") == path

    response = client.get(path)

    assert response.status_code == 200
    assert f'<h1 class="ds-heading">{heading}</h1>' in response.text
    assert level in response.text
    assert re.findall(r'<li class="ds-card evidence-scale__level" id="(\w+)">', response.text) == [
        "effect",
        "evaluated",
        "documented",
        "practice",
    ]


def test_the_scale_page_links_its_other_languages(client, site):
    html = client.get("/sv/kunskapsniva/").text

    assert 'hreflang="nb" href="http://testserver/nb/kunnskapsniva/"' in html
    assert 'hreflang="en" href="http://testserver/en/evidence-levels/"' in html


def test_the_sitemap_lists_the_scale_page_in_every_language_with_alternates(client, site):
    xml = client.get("/sitemap.xml").text

    for path in ("/nb/kunnskapsniva/", "/sv/kunskapsniva/", "/en/evidence-levels/"):
        assert f"<loc>http://testserver{path}</loc>" in xml
    assert 'hreflang="sv" href="http://testserver/sv/kunskapsniva/"' in xml
