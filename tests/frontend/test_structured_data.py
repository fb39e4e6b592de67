"""schema.org in every page type's head: the right type, the agency as the Organization that
publishes what the portal writes, dates in ISO 8601, and a study trip's place with its address."""

import datetime
import json
import re

import pytest

from core.publisher import PublisherName, PublisherSettings
from tests.content import home_page, phase_guide_with_phases
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db

AGENCY = {"@type": "Organization", "name": "Direktoratet for områdeutvikling", "url": "https://dfo.example/"}


def graph(client, url):
    html = client.get(url).content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(scripts) == 1, url
    data = json.loads(scripts[0])
    assert data["@context"] == "https://schema.org"
    return {entity["@type"]: entity for entity in data["@graph"]}


def is_iso_moment(value):
    return datetime.datetime.fromisoformat(value).utcoffset() is not None and "T" in value


@pytest.fixture
def pages(site):
    PublisherSettings.objects.create(site=site, name=AGENCY["name"], url=AGENCY["url"])
    home = home_page()
    _guide, phases = phase_guide_with_phases(home)
    initiatives = InitiativeIndexPageFactory(parent=home)
    tools = ToolIndexPageFactory(parent=home)
    trips = StudyTripIndexPageFactory(parent=home)
    built = {
        "phase": phases[0],
        "initiative": InitiativePageFactory(parent=initiatives, title="Husby"),
        "tool": ToolPageFactory(parent=tools, publisher="Oslo kommune"),
        "trip": StudyTripPageFactory(
            parent=trips,
            destinations="København",
            address_street="Rådhuspladsen 1",
            address_postal_code="1550",
            address_locality="København V",
            address_country="DK",
        ),
    }
    for page in built.values():
        page.save_revision().publish()
    return built


def test_the_home_page_is_a_website_published_by_the_agency(client, pages):
    website = graph(client, "/nb/")["WebSite"]
    assert website["publisher"] == AGENCY
    assert website["inLanguage"] == "nb"


def test_an_initiative_is_an_article_published_by_the_agency_with_iso_dates(client, pages):
    article = graph(client, pages["initiative"].url)["Article"]
    assert article["publisher"] == AGENCY
    assert article["headline"] == "Husby"
    assert is_iso_moment(article["datePublished"]) and is_iso_moment(article["dateModified"])
    assert article["datePublished"] <= article["dateModified"]


def test_a_phase_is_a_web_page_published_by_the_agency(client, pages):
    web_page = graph(client, pages["phase"].url)["WebPage"]
    assert web_page["publisher"] == AGENCY
    assert is_iso_moment(web_page["datePublished"])


def test_a_tool_names_its_own_publisher_not_the_agency(client, pages):
    work = graph(client, pages["tool"].url)["CreativeWork"]
    assert work["publisher"] == {"@type": "Organization", "name": "Oslo kommune"}
    assert work["copyrightYear"] == 2014


def test_a_study_trip_is_an_event_at_a_place_with_its_postal_address(client, pages):
    event = graph(client, pages["trip"].url)["Event"]
    assert (event["startDate"], event["endDate"]) == ("2013-09-02", "2013-09-04")
    assert datetime.date.fromisoformat(event["startDate"])
    assert event["location"] == {
        "@type": "Place",
        "name": "København",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Rådhuspladsen 1",
            "postalCode": "1550",
            "addressLocality": "København V",
            "addressCountry": "DK",
        },
    }
    assert event["organizer"] == {"@type": "Organization", "name": "Husbanken"}
    assert "publisher" not in event


def test_a_study_trip_shows_its_meeting_place_to_visitors(client, pages):
    html = client.get(pages["trip"].url).content.decode()
    assert "Rådhuspladsen 1<br>1550 København V<br>" in html


def test_the_publisher_is_named_in_the_visitors_language_and_follows_a_change(client, pages):
    setting = PublisherSettings.objects.get()
    PublisherName.objects.create(setting=setting, language="en", name="Directorate for Area Development")
    english = graph(client, "/en/")["WebSite"]["publisher"]
    assert english == {**AGENCY, "name": "Directorate for Area Development"}

    setting.url = "https://dfo.example/en/"
    setting.save()
    assert graph(client, "/en/")["WebSite"]["publisher"]["url"] == "https://dfo.example/en/"


def test_without_a_publisher_the_portal_publishes_its_own_pages(client, pages):
    PublisherSettings.objects.all().delete()
    publisher = graph(client, pages["initiative"].url)["Article"]["publisher"]
    assert publisher["@type"] == "Organization"
    assert publisher["url"] == "http://testserver/nb/" and publisher["name"]
