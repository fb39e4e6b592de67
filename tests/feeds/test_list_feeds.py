"""Every list a visitor can follow has an Atom feed of the same selection, found from the page
(a <link rel="alternate"> in its head and a visible link), readable by a feed reader, with the
agency as author, and never with anything that is not published and public."""

import re

import pytest
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from core.publisher import PublisherName, PublisherSettings
from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory
from tests.feeds.conftest import ATOM, LANGUAGES, XML_LANG, list_feed_link, read_feed

pytestmark = pytest.mark.django_db

SEARCH = "q=medvirkning&kind=tip&phase=3&theme=trygghet"


def hit_links(html):
    pattern = r'<h3 class="ds-heading search-hit__title"[^>]*><a class="ds-link" href="([^"]+)"'
    return set(re.findall(pattern, html))


def absolute(path):
    return f"http://testserver{path}"


def translated(page, language):
    return page.get_translation(Locale.objects.get(language_code=language))


def test_a_filtered_search_offers_a_feed_of_the_same_hits_in_every_language(client, in_every_language):
    content = in_every_language
    for language in LANGUAGES:
        html = client.get(f"/{language}/search/?{SEARCH}").content.decode()
        url, title = list_feed_link(html)
        assert url.startswith(f"/{language}/feed/search/?")

        feed, xml = read_feed(client, url)
        shown = hit_links(html)
        solbakken = translated(content["initiatives"][0], language).url
        assert len(shown) == 1 and next(iter(shown)).startswith(f"{solbakken}#"), language
        assert [entry.link for entry in feed.entries] == [absolute(link) for link in shown]
        assert feed.feed.title == title
        assert "“medvirkning”" in title and "Trygghet" in title
        assert xml.get(XML_LANG) == language
        assert [entry.get(XML_LANG) for entry in xml.iter(f"{ATOM}entry")] == [language]


def test_the_search_feed_follows_the_words_and_filters_not_the_page_or_order(client, content):
    html = client.get(f"/nb/search/?{SEARCH}&sort=newest&page=1").content.decode()
    url, _title = list_feed_link(html)
    assert "sort=" not in url and "page=" not in url
    assert set(url.split("?")[1].split("&")) == set(SEARCH.split("&"))


def test_a_search_feed_with_parameters_it_cannot_read_answers_400_with_the_reason(client, site):
    for query, reason in [
        ("phase=9", "Phase"),
        ("kind=recipe", "Type"),
        ("sort=oldest", "relevance"),
        ("page=0", "1"),
        ("q=" + "a" * 501, "500"),
    ]:
        response = client.get(f"/en/feed/search/?{query}")
        assert response.status_code == 400, query
        assert response["Content-Type"].startswith("text/plain")
        assert reason in response.content.decode(), query


def test_the_initiative_index_offers_a_feed_of_its_filtered_list_in_every_language(client, in_every_language):
    content = in_every_language
    for language in LANGUAGES:
        index_url = translated(content["initiatives"][0], language).get_parent().url
        html = client.get(f"{index_url}?theme=bolig").content.decode()
        url, title = list_feed_link(html)
        assert url == f"/{language}/feed/initiatives/?theme=bolig"

        feed, _xml = read_feed(client, url)
        expected = [translated(page, language) for page in content["initiatives"][1:]]
        assert {entry.link for entry in feed.entries} == {absolute(page.url) for page in expected}
        assert feed.feed.title == title
        summaries = [entry.summary for entry in feed.entries if entry.title == "Kvistmyra"]
        assert summaries == ["Hva Kvistmyra gjorde."]


def test_the_tool_index_offers_a_feed_of_its_filtered_list(client, content):
    html = client.get("/nb/verktoy/?type=method").content.decode()
    url, title = list_feed_link(html)
    feed, _xml = read_feed(client, url)
    assert [entry.title for entry in feed.entries] == ["Stedsanalyse"]
    assert title.startswith("Verktøy: ")


def test_a_listing_feed_with_filters_it_cannot_read_answers_400(client, site):
    InitiativeIndexPageFactory(parent=home_page("en"))
    for query in ["from=abc", "from=2020&to=2010", "theme=finnes-ikke"]:
        response = client.get(f"/en/feed/initiatives/?{query}")
        assert response.status_code == 400, query
        assert response.content.decode().strip(), query


def test_a_phase_page_offers_a_feed_of_its_advice(client, in_every_language):
    content = in_every_language
    phase = translated(content["phases"][2], "en")
    html = client.get(phase.url).content.decode()
    url, title = list_feed_link(html)
    assert url == "/en/feed/phases/3/"
    assert "Follow the advice for this phase (Atom)" in html

    feed, _xml = read_feed(client, url)
    assert feed.feed.title == title
    assert feed.feed.link == absolute(phase.url)
    kinds = sorted((entry.tags[0].term, entry.title) for entry in feed.entries)
    assert [kind for kind, _title in kinds] == ["Challenges", "Challenges", "Tips", "Tips"]
    assert {entry.link.split("#")[0] for entry in feed.entries} == {
        absolute(translated(page, "en").url) for page in content["initiatives"][:2]
    }
    assert client.get("/en/feed/phases/9/").status_code == 404


def test_study_trips_and_legal_bases_have_feeds(client, content):
    trips_html = client.get(content["trip"].get_parent().url).content.decode()
    trips, _xml = read_feed(client, list_feed_link(trips_html)[0])
    assert [entry.link for entry in trips.entries] == [absolute(content["trip"].url)]

    laws_html = client.get("/nb/legal-bases/").content.decode()
    laws, _xml = read_feed(client, list_feed_link(laws_html)[0])
    assert [entry.link for entry in laws.entries] == [absolute("/nb/legal-bases/folkehelseloven/")]
    assert laws.entries[0].summary == "Why the law exists, in plain words."


FEEDS = [
    "/nb/feed/",
    f"/nb/feed/search/?{SEARCH}",
    "/nb/feed/search/",
    "/nb/feed/initiatives/?theme=bolig",
    "/nb/feed/tools/",
    "/nb/feed/study-trips/",
    "/nb/feed/legal-bases/",
    "/nb/feed/phases/3/",
]


def test_every_feed_meets_the_atom_rules_feed_validators_check(client, content):
    """An author, an id and updated on the feed; absolute links; a unique id, an updated time and a
    language on every entry."""
    for url in FEEDS:
        feed, xml = read_feed(client, url)
        assert feed.feed.author, url
        assert xml.find(f"{ATOM}updated") is not None and xml.findtext(f"{ATOM}id") == absolute(url), url
        assert {link.get("rel"): link.get("href") for link in xml.findall(f"{ATOM}link")}["self"] == absolute(
            url
        )
        assert feed.entries, url
        ids = [entry.id for entry in feed.entries]
        assert len(ids) == len(set(ids)), url
        for entry in feed.entries:
            assert entry.link.startswith("http://testserver/") and entry.id.startswith(
                "http://testserver/"
            ), url
            assert entry.updated_parsed and entry.author, url
        assert all(entry.get(XML_LANG) in LANGUAGES for entry in xml.iter(f"{ATOM}entry")), url
        for href in re.findall(
            r'href="([^"]+)"', " ".join(entry.get("summary", "") for entry in feed.entries)
        ):
            assert href.startswith("http://testserver/"), (url, href)


def test_the_feeds_author_is_the_agency_in_the_visitors_language(client, content, site):
    setting = PublisherSettings.objects.create(
        site=site, name="Direktoratet for områdeutvikling", url="https://dfo.example/"
    )
    PublisherName.objects.create(setting=setting, language="en", name="Directorate for Area Development")
    english, _xml = read_feed(client, "/en/feed/legal-bases/")
    assert english.feed.author_detail.name == "Directorate for Area Development"
    assert english.feed.author_detail.href == "https://dfo.example/"
    assert {entry.author for entry in english.entries} == {"Directorate for Area Development"}
    norwegian, _xml = read_feed(client, "/nb/feed/initiatives/")
    assert norwegian.feed.author == "Direktoratet for områdeutvikling"


def test_without_a_publisher_the_portal_is_the_feeds_author(client, content):
    feed, _xml = read_feed(client, "/en/feed/legal-bases/")
    with translation.override("en"):
        assert feed.feed.author_detail.name == "Area initiatives"
    assert feed.feed.author_detail.href == "http://testserver/en/"


def test_a_restricted_or_unpublished_initiative_is_in_no_feed(client, content):
    """In every language: a page's translations would stand in for it in the others' lists."""
    solbakken, kvistmyra, _fjellby = content["initiatives"]
    for page in solbakken.get_translations(inclusive=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    for page in kvistmyra.get_translations(inclusive=True):
        page.unpublish()
    for url in ["/nb/feed/", "/nb/feed/search/?q=medvirkning", "/nb/feed/initiatives/", "/nb/feed/phases/3/"]:
        feed, _xml = read_feed(client, url)
        text = " ".join(entry.title + entry.link + entry.get("summary", "") for entry in feed.entries)
        assert "Solbakken" not in text and "solbakken" not in text, url
        assert "Kvistmyra" not in text and "kvistmyra" not in text, url


def test_a_restricted_index_or_phase_has_no_feed(client, content):
    index = content["initiatives"][0].get_parent()
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(page=content["phases"][2], restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/nb/feed/initiatives/").status_code == 404
    assert client.get("/nb/feed/phases/3/").status_code == 404
