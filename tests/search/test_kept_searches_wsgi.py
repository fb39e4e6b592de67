"""What gunicorn serves (portal/wsgi.py): a kept search is answered in front of Django, before any
request is built, with the headers Django gave it and a request id of its own, and still counted;
a robot's repeat is answered without a query to the database."""

import pytest
from django.core.wsgi import get_wsgi_application

from core.pagecache import CachedPagesApp
from insights.models import SearchRecord
from operations.middleware import request_id_for
from search.response_cache import KeptSearchesApp
from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory
from tests.pagecache.conftest import ServedBy

pytestmark = pytest.mark.django_db

QUERY = {"q": "brattvoll", "locale": "nb"}
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture
def served(settings):
    settings.PAGE_CACHE_SECONDS = 600
    app = KeptSearchesApp(CachedPagesApp(get_wsgi_application(), request_id_for), request_id_for)
    serve = ServedBy(app, "tests-kept-searches-wsgi")
    yield serve
    serve.close()


@pytest.fixture
def initiative(site):
    section = InitiativeIndexPageFactory(parent=home_page())
    page = InitiativePageFactory(parent=section, title="Brattvoll nærmiljøplan", slug="brattvoll", live=False)
    page.save_revision().publish()  # indexed in the transaction (the embedded engine)


@pytest.mark.parametrize("path", ["/nb/search/", "/api/search/"])
def test_a_kept_search_is_answered_before_django_and_counted(served, initiative, path):
    status, first_headers, first = served(path, data=QUERY, HTTP_USER_AGENT=BROWSER)
    assert (status, first_headers["X-Search-Cache"], served.django_requests) == ("200 OK", "miss", 1)
    assert "Brattvoll nærmiljøplan" in first.decode()

    status, headers, body = served(path, data=QUERY, HTTP_USER_AGENT=BROWSER, HTTP_X_REQUEST_ID="proxy-id-7")
    assert (status, headers["X-Search-Cache"], served.django_requests) == ("200 OK", "hit", 1)
    assert body == first and headers["X-Request-ID"] == "proxy-id-7"
    for name in ("Content-Type", "Content-Security-Policy", "X-Content-Type-Options"):
        assert headers[name] == first_headers[name], name
    if path == "/nb/search/":
        assert headers["Cache-Control"] == first_headers["Cache-Control"] == "private, no-cache"
        assert headers["Content-Language"] == "nb"
    assert SearchRecord.objects.get(query="brattvoll").searches == 2


def test_a_robots_repeat_costs_no_query_and_is_not_counted(served, initiative, django_assert_num_queries):
    served("/api/search/", data=QUERY, HTTP_USER_AGENT="python-requests/2.32")
    with django_assert_num_queries(0):
        status, headers, _body = served("/api/search/", data=QUERY, HTTP_USER_AGENT="python-requests/2.32")
    assert (status, headers["X-Search-Cache"]) == ("200 OK", "hit")
    assert not SearchRecord.objects.exists()


def test_a_signed_in_editors_search_goes_to_django(served, initiative):
    served("/nb/search/", data={"q": "brattvoll"})
    status, headers, _body = served("/nb/search/", data={"q": "brattvoll"}, HTTP_COOKIE="sessionid=abc")
    assert "X-Search-Cache" not in headers and served.django_requests == 2
