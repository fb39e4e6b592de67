import datetime

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError

from resources.models import StudyTripIndexPage, StudyTripPage, ToolIndexPage, ToolPage
from tests.content import home_page, phase_guide_with_phases
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    MunicipalityFactory,
    PortalImageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ThemeFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db


def test_tools_and_trips_live_only_under_their_own_index(site):
    home = home_page()
    tools = ToolIndexPageFactory(parent=home)
    trips = StudyTripIndexPageFactory(parent=home)
    assert (
        ToolPage.can_create_at(tools)
        and not ToolPage.can_create_at(trips)
        and not ToolPage.can_create_at(home)
    )
    assert StudyTripPage.can_create_at(trips) and not StudyTripPage.can_create_at(tools)
    assert not ToolIndexPage.can_create_at(home)  # one per language
    assert not StudyTripIndexPage.can_create_at(tools)


def test_a_tool_without_link_or_document_is_refused(site):
    tools = ToolIndexPageFactory(parent=home_page())
    with pytest.raises(ValidationError) as error:
        ToolPageFactory(parent=tools, external_url="", document=None)
    assert error.value.messages == ["Give the tool a link, a document or both, so visitors can find it."]


def test_a_study_trip_that_ends_before_it_starts_is_refused(site):
    trips = StudyTripIndexPageFactory(parent=home_page())
    with pytest.raises(ValidationError) as error:
        StudyTripPageFactory(
            parent=trips, start_date=datetime.date(2009, 5, 4), end_date=datetime.date(2009, 5, 1)
        )
    assert error.value.message_dict["end_date"] == ["The trip cannot end before it starts."]


def test_tool_page_shows_every_field(client, site):
    _guide, phases = phase_guide_with_phases(home_page("en"))
    tools = ToolIndexPageFactory(parent=home_page("en"))
    document = wagtail_factories.DocumentFactory(title="Handbook PDF")
    tool = ToolPageFactory(
        parent=tools,
        title="Handbook for area work",
        summary="How Oslo runs an area initiative.",
        body="<p>Chapters on organisation.</p>",
        tool_type="handbook",
        publisher="Oslo kommune",
        year=2014,
        external_url="https://www.oslo.kommune.no/handbook",
        document=document,
    )
    tool.phases.set([phases[1]])
    tool.themes.set([ThemeFactory(name="Partnership")])
    tool.save_revision().publish()

    html = client.get(tool.url).content.decode()
    for expected in [
        "How Oslo runs an area initiative.",
        "Chapters on organisation.",
        "Handbook",
        "Oslo kommune",
        "2014",
        f'href="{phases[1].url}">2. Planning and organisation</a>',
        "Partnership",
        'href="https://www.oslo.kommune.no/handbook"',
        f'href="{document.url}"',
    ]:
        assert expected in html, expected

    index_html = client.get(tools.url).content.decode()
    assert f'href="{tool.url}">Handbook for area work</a>' in index_html
    assert "How Oslo runs an area initiative." in index_html


def test_study_trip_page_shows_every_field(client, site):
    initiatives = InitiativeIndexPageFactory(parent=home_page())
    visited = InitiativePageFactory(parent=initiatives, title="Brøndby Strand")
    trips = StudyTripIndexPageFactory(parent=home_page())
    report = wagtail_factories.DocumentFactory(title="Trip report 2008")
    trip = StudyTripPageFactory(
        parent=trips,
        title="Copenhagen 2008",
        summary="Three days with Danish area renewal.",
        destinations="Copenhagen, Brøndby Strand",
        start_date=datetime.date(2008, 10, 6),
        end_date=datetime.date(2008, 10, 8),
        organiser="Husbanken",
        participants="Planners from Oslo and Bergen",
        purpose="<p>Learn from områdeløft.</p>",
        programme=[("item", {"day": "Day 1", "heading": "Brøndby Strand", "text": "Walk with residents"})],
        learnings="<p>Residents must lead.</p>",
        report=report,
        image=PortalImageFactory(alt_text="Tower blocks by the beach"),
    )
    trip.initiatives_visited.set([visited])
    trip.municipalities.set([MunicipalityFactory(name="Brøndby", country="DK")])
    trip.save_revision().publish()

    html = client.get(trip.url).content.decode()
    for expected in [
        "Three days with Danish area renewal.",
        "<li>Copenhagen</li>",
        "<li>Brøndby Strand</li>",
        "Brøndby</li>",
        'datetime="2008-10-06"',
        'datetime="2008-10-08"',
        "Husbanken",
        "Planners from Oslo and Bergen",
        "Learn from områdeløft.",
        "Day 1:",
        "Walk with residents",
        "Residents must lead.",
        f'href="{report.url}">Trip report 2008 <span class="document-link__format">',
        f'href="{visited.url}">Brøndby Strand</a>',
        'alt="Tower blocks by the beach"',
    ]:
        assert expected in html, expected

    index_html = client.get(trips.url).content.decode()
    assert f'href="{trip.url}">Copenhagen 2008</a>' in index_html


def test_home_page_shows_phases_featured_initiatives_latest_trips_and_a_search_box(client, site):
    home = home_page()
    _guide, phases = phase_guide_with_phases()
    initiatives = InitiativeIndexPageFactory(parent=home)
    InitiativePageFactory(parent=initiatives, title="Groruddalen", start_year=2007)
    trips = StudyTripIndexPageFactory(parent=home)
    StudyTripPageFactory(parent=trips, title="Göteborg 2009", start_date=datetime.date(2009, 4, 1))

    html = client.get(home.url).content.decode()
    assert 'action="/nb/search/"' in html and 'name="q"' in html
    assert f'href="{phases[0].url}"' in html and html.count('class="phase-navigator__item"') == 5
    assert "Groruddalen" in html
    assert "Göteborg 2009" in html
