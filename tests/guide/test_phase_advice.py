"""A phase page gathers the advice tagged with its phase: tips, challenges and success factors of
live, public initiatives of its language, the tools for the phase and the legal bases."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.models import PageViewRestriction

from cases.models import Challenge, SuccessFactor, Tip
from tests.content import home_page, phase_guide_with_phases
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    LegalBasisFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
    item,
)

pytestmark = pytest.mark.django_db


def initiative(index, title, tips=(), challenges=(), success_factors=(), phases=(), laws=(), publish=True):
    """An initiative with items given as (text, phase[, legal bases])."""
    page = InitiativePageFactory.build(title=title, slug=title.lower().replace(" ", "-"))

    def items(model, specs):
        return [
            item(model, text=spec[0], phase=spec[1], legal_bases=list(spec[2:][0]) if spec[2:] else [])
            for spec in specs
        ]

    page.tips, page.challenges = items(Tip, tips), items(Challenge, challenges)
    page.success_factors = items(SuccessFactor, success_factors)
    index.add_child(instance=page)
    page.phases.set(phases)
    page.legal_bases.set(laws)
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.unpublish()
    return page


@pytest.fixture
def english(site):
    home = home_page("en")
    _guide, phases = phase_guide_with_phases(home)
    return {"phases": phases, "index": InitiativeIndexPageFactory(parent=home, slug="initiatives")}


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def test_advice_is_grouped_by_kind_with_counts_and_links_to_its_anchor(client, english):
    phase = english["phases"][2]
    page = initiative(
        english["index"],
        "Groruddalen",
        tips=[("Start with the residents.", 3), ("Hire locally.", 3), ("Elsewhere.", 4)],
        challenges=[("Short budgets.", 3)],
    )
    html = client.get(phase.url).content.decode()
    assert re.search(r'id="advice-tip-heading">Tips \(2\)</h3>', html)
    assert re.search(r'id="advice-challenge-heading">Challenges \(1\)</h3>', html)
    assert "advice-success_factor-heading" not in html  # no success factor tagged with phase 3
    tips = section(html, "advice-tip-heading")
    assert "Elsewhere." not in html
    tip = page.tips.get(text="Start with the residents.")
    assert f'href="{tip.get_url()}"' in tips
    assert tip.get_url().startswith(page.url) and tip.get_url().endswith(f"#{tip.anchor}")
    assert "From Groruddalen" in tips


def test_items_of_unpublished_restricted_or_other_language_initiatives_never_show(client, english):
    phase = english["phases"][2]
    initiative(english["index"], "Shown", tips=[("Visible tip.", 3)])
    initiative(english["index"], "Draft", tips=[("Draft tip.", 3)], publish=False)
    hidden = initiative(english["index"], "Hidden", tips=[("Secret tip.", 3)])
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    norwegian_home = home_page("nb")
    _guide, _phases = phase_guide_with_phases(norwegian_home)
    initiative(InitiativeIndexPageFactory(parent=norwegian_home), "Norsk", tips=[("Norsk tips.", 3)])

    html = client.get(phase.url).content.decode()
    assert "Visible tip." in html
    assert re.search(r"Tips \(1\)", html)
    for text in ("Draft tip.", "Secret tip.", "Norsk tips.", "From Hidden", "From Draft"):
        assert text not in html


def test_the_search_link_chooses_the_phase(client, english):
    phase = english["phases"][2]
    html = client.get(phase.url).content.decode()
    link = re.search(r'<a class="ds-link" href="([^"]+)">Search within this phase</a>', html).group(1)
    url = urlsplit(link.replace("&amp;", "&"))
    assert url.path == "/en/search/"
    assert parse_qs(url.query) == {"phase": ["3"]}
    assert client.get(link.replace("&amp;", "&")).status_code == 200


def test_a_long_list_shows_the_first_few_and_folds_the_rest_with_a_search_for_all(client, english):
    phase = english["phases"][0]
    initiative(english["index"], "Many", tips=[(f"Tip number {n}.", 1) for n in range(8)])
    html = client.get(phase.url).content.decode()
    tips = section(html, "advice-tip-heading")
    assert "Tips (8)" in tips
    shown, folded = tips.split("<details", 1)
    assert shown.count('class="phase-advice__item"') == 5
    assert folded.count('class="phase-advice__item"') == 3
    assert "Show 3 more" in folded
    search = re.search(r'href="([^"]+)">All tips for this phase in the search', tips).group(1)
    assert parse_qs(urlsplit(search.replace("&amp;", "&")).query) == {"phase": ["1"], "kind": ["tip"]}


def test_tools_tagged_with_the_phase_or_listed_in_its_resources_are_gathered(client, english):
    phase, other = english["phases"][2], english["phases"][3]
    tools = ToolIndexPageFactory(parent=home_page("en"))
    tagged = ToolPageFactory(parent=tools, title="Tagged handbook")
    tagged.phases.set([phase])
    tagged.save_revision().publish()
    listed = ToolPageFactory(parent=tools, title="Listed guide")
    elsewhere = ToolPageFactory(parent=tools, title="Other phase tool")
    elsewhere.phases.set([other])
    elsewhere.save_revision().publish()
    phase.resources = [("tool", {"page": listed, "note": ""})]
    phase.save_revision().publish()

    html = client.get(phase.url).content.decode()
    gathered = section(html, "tools-heading")
    assert "Tagged handbook" in gathered and "Listed guide" in gathered
    assert "Other phase tool" not in gathered


def test_legal_bases_of_the_phase_its_items_and_initiatives_are_listed_once(client, english):
    phase = english["phases"][2]
    own = LegalBasisFactory(name="Public Health Act", short_name="FHL", slug="fhl")
    on_item = LegalBasisFactory(name="Social Services Act", short_name="SOTJL", slug="sotjl")
    on_initiative = LegalBasisFactory(name="Planning and Building Act", short_name="PBL", slug="pbl")
    unrelated = LegalBasisFactory(name="Unrelated Act", slug="unrelated")
    phase.legal_bases.set([own])
    phase.save_revision().publish()
    initiative(
        english["index"],
        "Lawful",
        tips=[("With a law.", 3, [on_item, own]), ("Other phase.", 4, [unrelated])],
        phases=[phase],
        laws=[on_initiative],
    )
    html = client.get(phase.url).content.decode()
    laws = section(html, "law-heading")
    for law in (own, on_item, on_initiative):
        assert laws.count(f'href="{law.get_url()}"') == 1
    assert "Unrelated Act" not in laws


def test_a_newly_published_initiative_shows_on_the_cached_phase_page(client, english):
    phase = english["phases"][2]
    initiative(english["index"], "First", tips=[("First tip.", 3)])
    assert "Tips (1)" in client.get(phase.url).content.decode()
    initiative(english["index"], "Second", tips=[("Second tip.", 3)])
    html = client.get(phase.url).content.decode()
    assert "Tips (2)" in html and "Second tip." in html
