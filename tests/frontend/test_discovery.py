"""Sharing and discovery: sitemap, robots.txt, the Atom feed and the metadata in every page's head."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from home.models import HomePage

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


def add_initiative(home, title, **fields):
    from cases.models import InitiativeIndexPage, InitiativePage

    index = InitiativeIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(instance=InitiativeIndexPage(title="Eksempler", slug="eksempler"))
    page = index.add_child(
        instance=InitiativePage(
            title=title, summary=f"Hva {title} gjorde.", country="NO", start_year=2018, **fields
        )
    )
    page.save_revision().publish()
    return page


def test_sitemap_lists_the_home_page_in_every_language(client, site):
    locations = sitemap_entries(client)
    for language in ("nb", "sv", "en"):
        assert any(location.endswith(f"/{language}/") for location in locations)


def test_sitemap_links_each_page_to_its_translations(client, site):
    locations = sitemap_entries(client)
    swedish = next(location for location in locations if location.endswith("/sv/"))
    alternates = locations[swedish]
    assert alternates["nb"].endswith("/nb/")
    assert alternates["en"].endswith("/en/")
    assert alternates["sv"] == swedish
    assert alternates["x-default"].endswith("/nb/")


def test_sitemap_leaves_out_unpublished_pages(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    draft = add_initiative(home, "Utkastbyen")
    draft.unpublish()
    assert not any("utkastbyen" in location for location in sitemap_entries(client))


def test_robots_txt_points_crawlers_to_the_sitemap_and_away_from_the_admin(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /nb/feed/search/" in text  # endless combinations of filters, as the search


def test_feed_lists_new_initiatives_in_the_visitors_language_only(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    add_initiative(home, "Groruddalen")
    response = client.get("/nb/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Groruddalen"]
    link = feed.find(f"{ATOM}entry/{ATOM}link").get("href")
    assert "/nb/" in link and link.endswith("/groruddalen/")

    english = ET.fromstring(client.get("/en/feed/").content)
    assert english.findall(f"{ATOM}entry") == []


def test_every_page_advertises_the_feed_of_its_language(client, site):
    html = client.get("/sv/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/sv/feed/"' in html


def test_home_page_has_open_graph_tags_in_its_language(client, site):
    html = client.get("/sv/").content.decode()
    assert '<meta property="og:locale" content="sv_SE">' in html
    assert '<meta property="og:locale:alternate" content="nb_NO">' in html
    assert '<meta property="og:type" content="website">' in html
    assert re.search(r'<meta property="og:title" content="[^"]+">', html)


def test_page_description_comes_from_its_summary_when_no_search_description_is_set(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    initiative = add_initiative(home, "Fjell")
    html = client.get(initiative.url).content.decode()
    assert '<meta name="description" content="Hva Fjell gjorde.">' in html
    assert '<meta property="og:description" content="Hva Fjell gjorde.">' in html
    assert '<meta property="og:type" content="article">' in html


def structured_data(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD in the page"
    return json.loads(match.group(1))["@graph"]


def test_home_page_describes_the_site_and_its_search_for_search_engines(client, site):
    graph = structured_data(client.get("/en/").content.decode())
    website = next(item for item in graph if item["@type"] == "WebSite")
    assert website["inLanguage"] == "en"
    assert website["potentialAction"]["target"].startswith("http://testserver/en/search/?q=")


def test_initiative_page_has_breadcrumbs_and_an_article_in_structured_data(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    initiative = add_initiative(home, "Husby")
    graph = structured_data(client.get(initiative.url).content.decode())
    crumbs = next(item for item in graph if item["@type"] == "BreadcrumbList")["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == [1, 2, 3]
    assert crumbs[-1]["name"] == "Husby"
    article = next(item for item in graph if item["@type"] == "Article")
    assert article["headline"] == "Husby"
    assert article["description"] == "Hva Husby gjorde."


def test_structured_data_cannot_be_broken_out_of_by_a_title(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    initiative = add_initiative(home, "</script><script>alert(1)</script>")
    html = client.get(initiative.url).content.decode()
    assert "<script>alert(1)" not in html
    assert structured_data(html)  # still valid JSON
