"""Who is served from the page cache and who never is: an anonymous visitor's second visit is a hit
(no database at all), with headers a CDN can follow; editors, previews, restricted pages, forms with
a CSRF token, searches, errors and posts are never cached."""

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from core.pagecache import LOCAL
from tests.content import admin_client, home_page  # noqa: F401 - a fixture
from tests.factories import ToolIndexPageFactory, ToolPageFactory
from tests.pagecache.conftest import served

pytestmark = pytest.mark.django_db

PUBLIC = "public, max-age=0, s-maxage=60, stale-while-revalidate=60"


@pytest.fixture
def tool(site):
    index = ToolIndexPageFactory(parent=home_page("nb"), title="Verktøy", slug="verktoy")
    return ToolPageFactory(parent=index, title="Gåtur med beboerne", slug="gatur")


def cached_entries():
    return len(caches["pages"]._cache)  # LocMemCache: the test settings' page cache


def test_the_second_anonymous_visit_is_served_from_the_cache(client, site, django_assert_num_queries):
    status, state, first = served(client, "/nb/")
    assert (status, state) == (200, "miss")
    with django_assert_num_queries(0):
        status, state, second = served(client, "/nb/")
    assert (status, state, second) == (200, "hit", first)


def test_cached_pages_carry_headers_a_cdn_can_follow(client, site):
    miss = client.get("/nb/")
    hit = client.get("/nb/")
    for response in (miss, hit):
        assert response["Cache-Control"] == PUBLIC
        assert "Cookie" in response["Vary"]
        assert response["Content-Language"] == "nb"
        assert response["Content-Type"] == "text/html; charset=utf-8"
        assert "Set-Cookie" not in str(response.cookies)
    assert hit["ETag"] == miss["ETag"]
    # Every response still gets its own request id and the security headers of the middleware outside.
    assert hit["X-Request-ID"] != miss["X-Request-ID"]
    assert "frame-ancestors 'none'" in hit["Content-Security-Policy"]
    unchanged = client.get("/nb/", HTTP_IF_NONE_MATCH=hit["ETag"])
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert unchanged["ETag"] == hit["ETag"] and unchanged["Cache-Control"] == PUBLIC


def test_each_language_and_each_url_has_its_own_copy(client, site, tool):
    for url in ("/nb/", "/sv/", "/en/", "/nb/verktoy/", "/nb/verktoy/?type=handbook"):
        assert served(client, url)[1] == "miss"
    assert client.get("/sv/")["Content-Language"] == "sv"
    assert client.get("/en/")["Content-Language"] == "en"
    assert served(client, "/nb/verktoy/?type=handbook")[1] == "hit"
    assert served(client, "/nb/verktoy/?type=report")[1] == "miss"
    # A query string longer than any link of the site's own is answered, just not kept.
    long = "/nb/verktoy/?" + "&".join(f"junk{n}=x" for n in range(40))
    assert served(client, long)[:2] == (200, "")
    assert served(client, long)[:2] == (200, "")


def test_searches_are_not_cached_for_insights_count_them_but_the_empty_search_page_is(client, site):
    for _ in range(2):
        response = client.get("/nb/search/?q=plan")
        assert response.status_code == 200 and "X-Page-Cache" not in response
        assert response["Cache-Control"] == "private, no-cache"
    assert served(client, "/nb/search/")[1] == "miss"
    assert served(client, "/nb/search/")[1] == "hit"


def test_a_logged_in_editor_never_gets_a_cached_page_nor_fills_the_cache(admin_client, site):  # noqa: F811
    anonymous = Client()
    assert served(anonymous, "/nb/")[1] == "miss"
    response = admin_client.get("/nb/")
    assert response.status_code == 200 and "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-cache"

    caches["pages"].clear()
    LOCAL.clear()
    admin_client.get("/nb/")
    admin_client.get("/en/")
    assert cached_entries() == 0
    assert served(anonymous, "/nb/")[1] == "miss"


def test_a_session_or_messages_cookie_skips_the_cache(site):
    Client().get("/nb/")
    for cookie in ("sessionid", "messages"):
        visitor = Client()
        visitor.cookies[cookie] = "anything"
        assert served(visitor, "/nb/")[:2] == (200, "")


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_page_behind_a_view_restriction_is_never_cached(client, tool, kind):
    PageViewRestriction.objects.create(page=tool, restriction_type=kind, password="secret")
    for _ in range(2):
        response = client.get("/nb/verktoy/gatur/")
        assert response.status_code == (200 if kind == PageViewRestriction.PASSWORD else 302)
        assert "X-Page-Cache" not in response and "private" in response["Cache-Control"]
        assert "Gåtur med beboerne" not in response.content.decode()
    if kind == PageViewRestriction.PASSWORD:
        restriction = PageViewRestriction.objects.get(page=tool)
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, tool.pk])
        client.post(url, {"password": "secret", "return_url": "/nb/verktoy/gatur/"})
        response = client.get("/nb/verktoy/gatur/")
        assert "Gåtur med beboerne" in response.content.decode() and "X-Page-Cache" not in response
    assert cached_entries() == 0
    assert "Gåtur med beboerne" not in Client().get("/nb/verktoy/gatur/").content.decode()


def test_previews_are_never_cached(admin_client, tool):  # noqa: F811
    tool.title = "Utkast til gåtur"
    tool.save_revision()
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[tool.pk]))
    assert response.status_code == 200 and "Utkast til gåtur" in response.content.decode()
    assert "X-Page-Cache" not in response
    assert cached_entries() == 0
    assert "Utkast til gåtur" not in Client().get("/nb/verktoy/gatur/").content.decode()


def test_a_page_with_a_csrf_token_in_a_form_is_not_cached(client, site):
    no = client.post("/nb/feedback/", {"page": home_page("nb").pk, "useful": "no"})
    comment_step = no["Location"].split("#")[0]  # the page again, with its comment form
    for _ in range(2):
        response = client.get(comment_step)
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert "X-Page-Cache" not in response and response["Cache-Control"] == "private, no-cache"


def test_errors_posts_and_the_admin_are_not_cached(client, site):
    for _ in range(2):
        missing = client.get("/nb/no-such-page/")
        assert missing.status_code == 404 and "X-Page-Cache" not in missing
        assert missing["Cache-Control"] == "private, no-cache"
        assert "X-Page-Cache" not in client.get("/admin/login/")
        assert "X-Page-Cache" not in client.post("/nb/feedback/", {"page": 0})
        assert "X-Page-Cache" not in client.get("/")  # the language redirect
    assert cached_entries() == 0


def test_off_when_page_cache_seconds_is_zero(client, site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/nb/")
    assert "X-Page-Cache" not in client.get("/nb/")
    assert cached_entries() == 0
