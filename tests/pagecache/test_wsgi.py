"""The WSGI application in front of Django (portal/wsgi.py, what gunicorn serves) answers a hit
before Django builds a request: the same bytes and headers as Django's own answer, a request id of its
own, 304 for a page the browser has, no body for HEAD; anything personal goes on to Django."""

import pytest
from django.core.wsgi import get_wsgi_application

from core.pagecache import CachedPagesApp
from operations.middleware import request_id_for
from tests.content import home_page
from tests.pagecache.conftest import ServedBy

pytestmark = pytest.mark.django_db


@pytest.fixture
def served():
    serve = ServedBy(CachedPagesApp(get_wsgi_application(), request_id_for), "tests-pagecache-wsgi")
    yield serve
    serve.close()


def test_a_hit_is_answered_before_django_with_the_same_bytes_and_headers(
    served, site, django_assert_num_queries
):
    status, first_headers, first = served("/nb/")
    assert (status, first_headers["X-Page-Cache"], served.django_requests) == ("200 OK", "miss", 1)
    with django_assert_num_queries(0):
        status, headers, body = served("/nb/", HTTP_X_REQUEST_ID="proxy-id-1")
    assert (status, headers["X-Page-Cache"], served.django_requests) == ("200 OK", "hit", 1)
    assert body == first and headers["Content-Length"] == str(len(body))
    assert headers["X-Request-ID"] == "proxy-id-1"
    for name in (
        "Content-Type",
        "Cache-Control",
        "Vary",
        "ETag",
        "Content-Security-Policy",
        "Content-Language",
    ):
        assert headers[name] == first_headers[name], name
    assert served("/nb/")[1]["X-Request-ID"] != served("/nb/")[1]["X-Request-ID"]


def test_head_and_not_modified(served, site):
    etag = served("/en/")[1]["ETag"]
    status, headers, body = served("/en/", method="HEAD")
    assert (status, headers["X-Page-Cache"], body) == ("200 OK", "hit", b"")
    status, headers, body = served("/en/", HTTP_IF_NONE_MATCH=etag)
    assert (status, headers["ETag"], body) == ("304 Not Modified", etag, b"")
    assert served.django_requests == 1


def test_personal_requests_and_changes_go_to_django(served, site):
    served("/sv/")
    status, headers, _body = served("/sv/", HTTP_COOKIE="sessionid=abc; other=1")
    assert status == "200 OK" and "X-Page-Cache" not in headers and served.django_requests == 2
    served("/sv/", method="POST")
    assert served.django_requests == 3
    home = home_page("sv")
    home.title = "Områdesinsatser i hela landet"
    home.save_revision().publish()
    status, headers, body = served("/sv/")
    assert headers["X-Page-Cache"] == "miss" and "Områdesinsatser i hela landet" in body.decode()
