"""Content for the feed tests: in nb, translated into sv and en as editors do, so every list and
its feed can be read in each language."""

import re
import xml.etree.ElementTree as ET

import feedparser
import pytest

from cases.models import Challenge, Tip
from tests.content import admin_client, english_messages, home_page, phase_guide_with_phases, translate  # noqa: F401
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    LegalBasisFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ThemeFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
    item,
)

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGES = ("nb", "sv", "en")


def published(page, **tags):
    for name, values in tags.items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    return page


def initiative(index, title, theme, phase, tip, challenge="Det tok tid å finne lokaler."):
    page = InitiativePageFactory.build(title=title, slug=title.lower(), summary=f"Hva {title} gjorde.")
    page.tips = [item(Tip, text=tip, phase=phase.number)]
    page.challenges = [item(Challenge, text=challenge, phase=phase.number)]
    index.add_child(instance=page)
    return published(page, themes=[theme], phases=[phase])


@pytest.fixture
def content(site):
    """Three initiatives (two with a tip about medvirkning in phase 3, one of them about safety), two
    tools, a study trip and a legal basis, in nb."""
    home = home_page()
    guide, phases = phase_guide_with_phases(home)
    safety = ThemeFactory(name="Trygghet", slug="trygghet")
    housing = ThemeFactory(name="Bolig", slug="bolig")
    law = LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven")
    law.save_revision().publish()
    initiatives = InitiativeIndexPageFactory(parent=home, title="Eksempler", slug="eksempler")
    solbakken = initiative(initiatives, "Solbakken", safety, phases[2], "Start medvirkning med barna.")
    kvistmyra = initiative(initiatives, "Kvistmyra", housing, phases[2], "Hold medvirkning åpen for alle.")
    fjellby = initiative(initiatives, "Fjellby", housing, phases[0], "Kartlegg levekårene først.")
    tools = ToolIndexPageFactory(parent=home, title="Verktøy", slug="verktoy")
    handbook = published(ToolPageFactory(parent=tools, title="Håndbok i medvirkning", tool_type="handbook"))
    method = published(ToolPageFactory(parent=tools, title="Stedsanalyse", tool_type="method"))
    trips = StudyTripIndexPageFactory(parent=home, title="Studiereiser", slug="studiereiser")
    trip = published(
        StudyTripPageFactory(parent=trips, title="Studiereise til Malmø", summary="Tre dager i Malmø.")
    )
    return {
        "pages": [
            guide,
            *phases,
            initiatives,
            solbakken,
            kvistmyra,
            fjellby,
            tools,
            handbook,
            method,
            trips,
            trip,
        ],
        "snippets": [safety, housing, law],
        "phases": phases,
        "initiatives": [solbakken, kvistmyra, fjellby],
        "tools": [handbook, method],
        "trip": trip,
        "law": law,
    }


@pytest.fixture
def in_every_language(content):
    """The content translated into sv and en."""
    for language in ("sv", "en"):
        for snippet in content["snippets"]:
            translate(snippet, language)
        for page in content["pages"]:
            translate(page.specific, language)
    return content


def read_feed(client, url):
    """The feed at `url`, parsed by feedparser (as a feed reader does) and as XML; it must be
    well-formed Atom."""
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed, ET.fromstring(response.content)


def list_feed_link(html):
    """(url, title) of the list's feed in the page's head, and the same URL in its visible link."""
    head = re.search(
        r'<link rel="alternate" type="application/atom\+xml" href="([^"]+)" title="([^"]+)" data-list-feed>',
        html,
    )
    assert head, "no feed of the list in the page's head"
    url = head.group(1).replace("&amp;", "&")
    visible = re.search(r'<a class="ds-link" href="([^"]+)" type="application/atom\+xml">([^<]+)</a>', html)
    assert visible and visible.group(1).replace("&amp;", "&") == url
    return url, head.group(2).replace("&amp;", "&")
