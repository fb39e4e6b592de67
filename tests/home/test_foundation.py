import importlib

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale, Page

from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_language_the_browser_asks_for(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sv-SE,sv;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/sv/"


def test_root_redirects_norwegian_browsers_to_bokmal(client, site):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="no,en;q=0.5")["Location"] == "/nb/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="nn-NO")["Location"] == "/nb/"


def test_root_falls_back_to_bokmal_for_languages_we_do_not_have(client, site):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,fr;q=0.8")["Location"] == "/nb/"
    assert client.get("/")["Location"] == "/nb/"


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_each_language_has_its_own_home_page(client, site, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()
    home = HomePage.objects.get(locale__language_code=language)
    assert home.live
    assert home.title in response.content.decode()


def test_language_switcher_on_swedish_home_links_to_the_other_languages(client, site):
    html = client.get("/sv/").content.decode()
    assert 'href="/nb/" lang="nb"' in html
    assert 'href="/en/" lang="en"' in html
    assert 'href="/sv/" lang="sv" hreflang="sv" aria-current="true"' in html


def test_every_page_has_a_skip_link_to_the_main_content(client, site):
    html = client.get("/en/").content.decode()
    assert 'href="#main"' in html
    assert 'id="main"' in html


def test_unknown_language_prefix_is_a_translated_404(client, site):
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 404
    assert "Sidan hittades inte" in response.content.decode()


def test_unknown_page_inside_a_language_is_a_404_in_that_language(client, site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_admin_shows_the_wagtail_login(client, site):
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert "wagtail" in response.content.decode().lower()
    assert response.redirect_chain[-1][0].startswith("/admin/login/")


def test_healthz_names_the_database_and_search_engine(client, site):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == {"engine": connection.vendor, "reachable": True}
    assert body["search"]["engine"] in {"embedded", "elasticsearch"}


def test_healthz_is_503_when_the_database_is_unreachable(client, monkeypatch):
    from portal import views

    def broken_cursor():
        raise OSError("database down")

    monkeypatch.setattr(views.connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"]["reachable"] is False


def test_setup_site_twice_changes_nothing(site):
    counts = (Locale.objects.count(), Page.objects.count(), HomePage.objects.count())
    call_command("setup_site", "--no-admin")
    assert (Locale.objects.count(), Page.objects.count(), HomePage.objects.count()) == counts
    assert counts == (3, 4, 3)


def test_setup_site_creates_one_demo_admin_once(db, capsys):
    from django.contrib.auth import get_user_model

    call_command("setup_site")
    call_command("setup_site")
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
    assert capsys.readouterr().out.count("Demo admin created") == 1


def test_the_database_connection_outlives_a_request_unless_configured_otherwise(monkeypatch):
    """Reopening SQLite at every request slows every search (docs/benchmarks.md). A test that makes
    requests cannot tell: Django keeps an in-memory test database open, and the test client mutes
    the request signals that close connections."""
    monkeypatch.delenv("DATABASE_CONN_MAX_AGE", raising=False)
    base = importlib.reload(importlib.import_module("portal.settings.base"))
    assert base.DATABASES["default"]["CONN_MAX_AGE"] >= 60
    assert base.DATABASES["default"]["CONN_HEALTH_CHECKS"]  # a connection the server dropped is replaced

    monkeypatch.setenv("DATABASE_CONN_MAX_AGE", "0")
    assert importlib.reload(base).DATABASES["default"]["CONN_MAX_AGE"] == 0
    monkeypatch.undo()
    importlib.reload(base)
