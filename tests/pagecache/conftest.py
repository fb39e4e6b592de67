import pytest
from django.core.signals import request_started
from django.db import close_old_connections
from django.test import Client, RequestFactory

from tests.content import english_messages  # noqa: F401 - autouse: validation messages in English

HIT = "hit"


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The page cache on, as in production (the test settings leave it off for other tests)."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_CDN_SECONDS = 60


@pytest.fixture
def visitor():
    """An anonymous visitor whose browser checks CSRF as a real one does."""
    return Client(enforce_csrf_checks=True)


def served(client, url, **extra):
    """(status, "hit" / "miss" / "", html) of one GET."""
    response = client.get(url, **extra)
    return response.status_code, response.get("X-Page-Cache", ""), response.content.decode()


class ServedBy:
    """Requests answered by a WSGI application as gunicorn calls it (portal/wsgi.py's pieces), with a
    count of the requests that reached Django."""

    def __init__(self, app, uid):
        self.app, self.uid = app, uid
        self.django_requests = 0
        request_started.connect(self.count, dispatch_uid=uid)

    def count(self, **kwargs):
        self.django_requests += 1

    def close(self):
        request_started.disconnect(dispatch_uid=self.uid)

    def __call__(self, path, method="GET", data=None, **headers):
        environ = RequestFactory().generic(method, path, **headers).environ
        if data:
            environ["QUERY_STRING"] = RequestFactory().get(path, data).environ["QUERY_STRING"]
        answer = {}

        def start_response(status, headers, exc_info=None):
            answer["status"], answer["headers"] = status, dict(headers)

        # As Django's test client does: the test's database connection must outlive the request.
        request_started.disconnect(close_old_connections)
        try:
            body = b"".join(self.app(environ, start_response))
        finally:
            request_started.connect(close_old_connections)
        return answer["status"], answer["headers"], body
