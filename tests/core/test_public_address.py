"""One public address: canonicals, hreflang, og:url, JSON-LD, robots.txt, the sitemap and the feed
name the host of PORTAL_BASE_URL, whatever host the request came in on, and `setup_site` and the
deploy check keep Wagtail's Site record on it."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from wagtail.models import Site

from core.site_url import check_public_address
from tests.frontend.test_discovery import ATOM, add_initiative, sitemap_entries

pytestmark = pytest.mark.django_db

PUBLIC = "https://omradesatsing.example"


@pytest.fixture
def public_address(settings, site):
    settings.PORTAL_BASE_URL = PUBLIC
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "app-1.internal"]
    return PUBLIC


@pytest.fixture
def internal(client):
    """A request as the load balancer forwards it: to an app server's own name."""
    client.defaults["HTTP_HOST"] = "app-1.internal"
    return client


def absolute_urls(html: str) -> list[str]:
    return re.findall(r'(?:href|content)="(https?://[^"]+)"', html) + re.findall(
        r'"(?:url|item|target|@id)": "(https?://[^"]+)"', html
    )


def test_the_page_head_names_only_the_public_host(public_address, internal):
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="nb")
    page = add_initiative(home, "Grorud")
    html = internal.get(page.url).content.decode()
    assert f'<link rel="canonical" href="{PUBLIC}/nb/' in html
    assert re.search(rf'hreflang="x-default" href="{PUBLIC}/nb/', html) or "hreflang" not in html
    found = absolute_urls(html)
    assert found, "the page head holds absolute URLs"
    hosts = {url.split("/")[2] for url in found if "schema.org" not in url}
    assert hosts == {"omradesatsing.example"}, hosts
    data = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    assert data and "app-1.internal" not in json.dumps(data)


def test_sitemap_robots_and_feed_name_the_public_host(public_address, internal):
    from home.models import HomePage

    add_initiative(HomePage.objects.get(locale__language_code="nb"), "Grorud")
    entries = sitemap_entries(internal)
    assert entries
    for location, alternates in entries.items():
        assert location.startswith(f"{PUBLIC}/")
        assert all(href.startswith(f"{PUBLIC}/") for href in alternates.values())
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in internal.get("/robots.txt").content.decode()
    feed = ET.fromstring(internal.get("/nb/feed/").content)
    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert links and all(href.startswith(f"{PUBLIC}/") for href in links), links
    assert all(entry_id.text.startswith(f"{PUBLIC}/") for entry_id in feed.iter(f"{ATOM}id"))


def test_without_the_setting_the_sitemap_uses_the_visitors_host_not_the_site_records(site, client, settings):
    """The bug this fixes: every <loc> named http://localhost/ while the site ran elsewhere."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "portal.test"]
    client.defaults["HTTP_HOST"] = "portal.test"
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    locations = sitemap_entries(client)
    assert locations and all(location.startswith("http://portal.test/") for location in locations)


def test_setup_site_gives_the_default_site_the_public_host(site, settings):
    settings.PORTAL_BASE_URL = PUBLIC
    call_command("setup_site", "--no-admin")
    default = Site.objects.get(is_default_site=True)
    assert (default.hostname, default.port) == ("omradesatsing.example", 443)
    assert default.root_url == PUBLIC
    settings.PORTAL_BASE_URL = "http://portal.example:8080"
    call_command("setup_site", "--no-admin")
    default.refresh_from_db()
    assert (default.hostname, default.port) == ("portal.example", 8080)
    assert Site.objects.count() == 1


def test_the_deploy_check_fails_until_the_site_names_the_public_host(site, settings):
    settings.PORTAL_BASE_URL = ""
    assert [error.id for error in check_public_address()] == ["core.E001"]
    settings.PORTAL_BASE_URL = "http://localhost:8000"
    assert [error.id for error in check_public_address()] == ["core.E002"]
    settings.PORTAL_BASE_URL = PUBLIC
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    errors = check_public_address()
    assert [error.id for error in errors] == ["core.E003"]
    assert "setup_site" in str(errors[0].hint)
    call_command("setup_site", "--no-admin")
    assert check_public_address() == []


def test_a_malformed_public_address_stops_the_settings_from_loading(monkeypatch):
    import importlib

    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("PORTAL_BASE_URL", "omradesatsing.example/nb")
    with pytest.raises(ImproperlyConfigured, match="PORTAL_BASE_URL"):
        importlib.reload(importlib.import_module("portal.settings.base"))
    monkeypatch.delenv("PORTAL_BASE_URL")
    importlib.reload(importlib.import_module("portal.settings.base"))
