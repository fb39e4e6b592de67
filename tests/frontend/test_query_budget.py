"""No public page type needs more than 20 SQL queries in nb, sv or en, neither with a cold cache
(the first request after a publish or a restart) nor a warm one (the request after it).

The site is built with the factories, nb first and translated into sv and en as editors do: every
page type with several children, items and tags, so a query per row would show in the count.
`make bench` reports the same counts on the demo content (docs/page-benchmarks.md).
"""

import io
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cases.models import Challenge, SuccessFactor, Tip
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
    ToolIndexPageFactory,
    ToolPageFactory,
    item,
)

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 20
LANGUAGES = ("nb", "sv", "en")


def initiative(index, number, themes, laws, municipality, phase):
    page = InitiativePageFactory.build(
        title=f"Områdeløft {number}",
        slug=f"omradeloft-{number}",
        background="<p>Why the area was chosen.</p>",
        who_did_what=[("contribution", {"heading": "The municipality", "text": "<p>Led it.</p>"})],
        results_in_figures=[
            (
                "figure",
                {
                    "value": "5",
                    "measure": "areas",
                    "year": 2015,
                    "source_url": "https://a.example/",
                    "source_title": "Report",
                },
            )
        ],
        image=PortalImageFactory(),
    )
    page.tips = [
        item(
            Tip,
            text=f"Make a plan with the residents ({n}).",
            phase=phase.number,
            themes=themes,
            legal_bases=laws,
        )
        for n in range(3)
    ]
    page.challenges = [item(Challenge, text=f"Challenge {n}", themes=themes) for n in range(2)]
    page.success_factors = [item(SuccessFactor, text=f"Factor {n}", legal_bases=laws) for n in range(2)]
    index.add_child(instance=page)
    page.themes.set(themes)
    page.legal_bases.set(laws)
    page.municipalities.set([municipality])
    page.phases.set([phase])
    page.save_revision().publish()
    return page


def build_site():
    """nb pages of every type, each index with three children; then sv and en translations.

    Tips hold the word the search pages look for, so they measure searches with hits, as on the
    demo content (a search without hits tries spellings and lifted filters: another path)."""
    laws = [LegalBasisFactory(slug="folkehelseloven"), LegalBasisFactory()]
    themes = ThemeFactory.create_batch(3)
    municipalities = MunicipalityFactory.create_batch(2)
    home = home_page("nb")
    guide, phases = phase_guide_with_phases(home)
    initiatives_index = InitiativeIndexPageFactory(parent=home)
    initiatives = [
        initiative(initiatives_index, number, themes, laws, municipalities[number % 2], phases[number])
        for number in range(3)
    ]
    tools_index = ToolIndexPageFactory(parent=home)
    tools = []
    for _number in range(3):
        tool = ToolPageFactory(parent=tools_index)
        tool.themes.set(themes)
        tool.phases.set(phases[:2])
        tool.save_revision().publish()
        tools.append(tool)
    trips_index = StudyTripIndexPageFactory(parent=home)
    trips = []
    for _number in range(3):
        trip = StudyTripPageFactory(parent=trips_index, image=PortalImageFactory())
        trip.initiatives_visited.set(initiatives)
        trip.municipalities.set(municipalities)
        trip.save_revision().publish()
        trips.append(trip)
    for language in ("sv", "en"):
        for snippet in [*laws, *themes]:
            translate(snippet, language)
        for page in [
            guide,
            *phases,
            initiatives_index,
            *initiatives,
            tools_index,
            *tools,
            trips_index,
            *trips,
        ]:
            translate(page.specific, language)
    # Left in nb: the sv and en listings and searches show them too, marked as Norwegian.
    initiative(initiatives_index, 3, themes, laws, municipalities[1], phases[3])
    untranslated_tool = ToolPageFactory(parent=tools_index)
    untranslated_tool.themes.set(themes)
    untranslated_tool.save_revision().publish()
    call_command("rebuild_search_index", stdout=io.StringIO())
    return {
        "HomePage": home,
        "PhaseGuidePage": guide,
        "PhasePage": phases[0],
        "InitiativeIndexPage": initiatives_index,
        "InitiativePage": initiatives[0],
        "ToolIndexPage": tools_index,
        "ToolPage": tools[0],
        "StudyTripIndexPage": trips_index,
        "StudyTripPage": trips[0],
        "theme": themes[0].slug,
    }


def page_type_urls(pages, language):
    """The URL of each page type in `language`, and the views that are not pages (as benchmarks.pages)."""
    urls = {
        name: page.get_translation(Locale.objects.get(language_code=language)).url
        for name, page in pages.items()
        if name != "theme"
    }
    urls["InitiativeIndexPage (filtered)"] = f"{urls['InitiativeIndexPage']}?country=NO"
    urls["InitiativeIndexPage (filtered, period, sorted)"] = (
        f"{urls['InitiativeIndexPage']}?country=NO&theme={pages['theme']}&phase=1&phase=2"
        "&law=folkehelseloven&from=2000&to=2030&sort=title"
    )
    urls["ToolIndexPage (filtered)"] = f"{urls['ToolIndexPage']}?type=handbook&phase=1&from=2000&sort=newest"
    urls["LegalBasisPage"] = f"/{language}/legal-bases/folkehelseloven/"
    urls["Search"] = f"/{language}/search/?q=plan"
    urls["Search (filtered)"] = f"/{language}/search/?q=plan&kind=tip&country=NO"
    urls["NotFound"] = f"/{language}/no-such-page/"
    return urls


def counted(client, url):
    """Status and queries of a request with an empty cache, then of the same request again."""
    client.get(url)  # templates compiled and process-level caches filled, as on a running site
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        status = client.get(url).status_code
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    return status, len(cold), len(warm)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_type_needs_more_than_20_queries_cold_or_warm(client, site, language):
    urls = page_type_urls(build_site(), language)
    # The phase page measured gathers advice: the three tips of the initiative tagged with its phase.
    phase_html = client.get(urls["PhasePage"]).content.decode()
    assert re.search(r'id="advice-tip-heading">[^<]+ \(3\)</h3>', phase_html)
    measured = {name: counted(client, url) for name, url in urls.items()}

    statuses = {name: status for name, (status, _cold, _warm) in measured.items()}
    assert statuses == {name: 404 if name == "NotFound" else 200 for name in urls}
    over = [
        f"{name} ({urls[name]}): {cold} queries cold, {warm} warm"
        for name, (_status, cold, warm) in measured.items()
        if max(cold, warm) > QUERY_BUDGET
    ]
    assert not over, f"more than {QUERY_BUDGET} queries: " + "; ".join(over)
    # A warm cache saves queries; the same count would mean the cache is not used at all.
    assert all(warm < cold for name, (_status, cold, warm) in measured.items() if name != "NotFound"), (
        measured
    )
