"""The database goes away under a running app server: visitors get a 503 page in their language with
Retry-After, the API a JSON 503, the log one line per request, and the first request after the
database is back is served again without a restart.

The requests go through Django's WSGI handler in a thread of their own, as in a gunicorn worker:
that thread keeps its persistent connection between requests and checks it at each request's
start, as a server does (the test client skips those checks). On PostgreSQL the server ends that
connection and nothing listens on the configured port until it is restored; on SQLite the database
file cannot be opened until then."""

import io
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from wsgiref.util import setup_testing_defaults

import pytest
from django.contrib.auth import get_user_model
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection, connections

pytestmark = pytest.mark.django_db


class ReadsTheDatabase:
    """A middleware that reads the database before any view runs, as loading a session does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        get_user_model().objects.exists()
        return self.get_response(request)


@pytest.fixture
def server():
    """GET through a WSGI handler in one long-lived thread: (status, headers, body). The handler
    is made at the first request, with the MIDDLEWARE in force then."""
    handlers = []
    pool = ThreadPoolExecutor(max_workers=1)

    def get(url, **headers):
        handlers or handlers.append(WSGIHandler())
        return pool.submit(wsgi_get, handlers[0], url, headers).result()

    get.run = lambda function: pool.submit(function).result()
    yield get
    pool.submit(connections.close_all).result()
    pool.shutdown()


def wsgi_get(handler, url, headers):
    path, _, query = url.partition("?")
    environ = {"PATH_INFO": path, "QUERY_STRING": query, "wsgi.input": io.BytesIO()}
    environ.update({f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()})
    setup_testing_defaults(environ)
    started = {}

    def start_response(status, response_headers, exc_info=None):
        started.update(status=int(status.split()[0]), headers=dict(response_headers))

    result = handler(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        result.close()  # as the server does: ends the request (request_finished)
    return started["status"], started["headers"], body


def server_connection_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def close_connection():
    connection.close()


@contextmanager
def database_down(server):
    settings_dict = connection.settings_dict  # shared by every thread's connection
    postgresql = connection.vendor == "postgresql"
    pid = server.run(server_connection_pid) if postgresql else None
    key = "PORT" if postgresql else "NAME"
    saved = settings_dict[key]
    try:
        if postgresql:
            settings_dict["PORT"] = "9"  # discard: nothing listens there
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
        else:
            settings_dict["NAME"] = "/nonexistent-folder/portal.sqlite3"
            server.run(close_connection)  # an in-memory database ignores close() under its own name
        yield
    finally:
        settings_dict[key] = saved


def outage_records(caplog):
    return [record for record in caplog.records if record.levelno >= logging.WARNING]


def assert_one_line_without_traceback(caplog, path):
    (record,) = outage_records(caplog)
    assert record.name == "operations.database"
    assert record.exc_info is None
    message = record.getMessage()
    assert "\n" not in message and path in message
    assert "Traceback" not in caplog.text
    caplog.clear()


def test_pages_and_api_answer_503_while_the_database_is_down_and_recover(server, caplog):
    assert server("/api/search/?q=x")[0] == 200  # the worker holds a live connection
    caplog.set_level(logging.WARNING)
    with database_down(server):
        for path, language, heading in [
            ("/nb/", "nb", "Midlertidig utilgjengelig"),
            ("/sv/", "sv", "Tillfälligt otillgänglig"),
            ("/en/about/", "en", "Temporarily unavailable"),
        ]:
            status, headers, body = server(path)
            assert status == 503
            assert headers["Retry-After"] == "30"
            assert headers["Content-Type"].startswith("text/html")
            html = body.decode()
            assert f'<html lang="{language}">' in html and heading in html
            assert "default-src 'self'" in headers["Content-Security-Policy"]
            assert_one_line_without_traceback(caplog, path)

        status, headers, body = server("/api/search/?q=x&locale=sv")
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert headers["Content-Type"] == "application/json"
        assert json.loads(body)["error"]["code"] == "database_unavailable"
        assert_one_line_without_traceback(caplog, "/api/search/")

        status, headers, body = server("/healthz")
        assert status == 503 and json.loads(body)["database"]["reachable"] is False
        caplog.clear()  # Django's one "Service Unavailable" line: /healthz answers by itself

    status, headers, body = server("/api/search/?q=x")
    assert status == 200 and "results" in json.loads(body)
    assert server("/healthz")[0] == 200
    assert outage_records(caplog) == []


def test_a_middleware_that_reads_the_database_first_answers_503_too(server, caplog, settings):
    """Django turns an exception in a middleware into a 500 before the outer middleware sees it."""
    middleware = list(settings.MIDDLEWARE)
    sessions = middleware.index("django.contrib.sessions.middleware.SessionMiddleware")
    middleware.insert(sessions + 1, f"{__name__}.ReadsTheDatabase")
    settings.MIDDLEWARE = middleware
    assert server("/api/search/?q=x")[0] == 200
    caplog.set_level(logging.WARNING)
    with database_down(server):
        status, headers, body = server("/sv/")
        assert status == 503 and "Tillfälligt otillgänglig" in body.decode()
        assert headers["Retry-After"] == "30"
        assert_one_line_without_traceback(caplog, "/sv/")
    assert server("/api/search/?q=x")[0] == 200
