"""Timing the query mix: the queries, percentiles, the calls compared taking turns, and the API
called as a WSGI server calls it."""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from urllib.parse import urlencode

import orjson

# (class, locale, text, filters): common words that match most items, rarer words, a typo, facets.
QUERIES = [
    ("text", "nb", "kommunen", {}),
    ("text", "nb", "og", {}),
    ("text", "nb", "medvirkning", {}),
    ("text", "nb", "beboere trygghet", {}),
    ("text", "nb", "medvirknimg", {}),
    ("text", "sv", "kommunen", {}),
    ("text", "sv", "delaktighet samverkan", {}),
    ("text + 2 facets", "nb", "kommunen", {"phase": ("3",), "country": ("NO",)}),
    ("text + 2 facets", "nb", "medvirkning", {"kind": ("tip",), "theme": ("housing",)}),
    ("text + 2 facets", "sv", "och", {"phase": ("1", "2"), "theme": ("safety",)}),
    ("facets only", "nb", "", {"kind": ("tip",), "phase": ("3",)}),
    ("facets only", "nb", "", {"theme": ("participation",), "municipality": ("no-municipality-3",)}),
    ("facets only", "sv", "", {"law": ("plan-och-bygglagen",)}),
]
CLASSES = ("text", "text + 2 facets", "facets only")


def search_queries():
    from search.engines.base import SearchQuery

    return [
        (kind, SearchQuery(text=text, locale=locale, filters=filters))
        for kind, locale, text, filters in QUERIES
    ]


def api_params(query) -> list[tuple[str, str]]:
    params = [("q", query.text), ("locale", query.locale)]
    params += [(facet, value) for facet, values in query.filters.items() for value in values]
    return params


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def summary(milliseconds: list[float]) -> dict:
    return {
        "p50": round(statistics.median(milliseconds), 2),
        "p95": round(percentile(milliseconds, 0.95), 2),
        "n": len(milliseconds),
    }


def time_mix(call: Callable, queries, repeat: int, before: Callable | None = None) -> dict:
    """Milliseconds per call over `repeat` passes of the mix (after a warm-up pass), overall and by class.

    `before`, when given, runs before each call, outside the timing (e.g. to empty a cache).
    """
    return time_mixes({"call": call}, queries, repeat, before)["call"]


def time_mixes(calls: dict[str, Callable], queries, repeat: int, before: Callable | None = None) -> dict:
    """`time_mix` for several calls at once, taking turns on each query of each pass.

    The machine's speed drifts by tens of percent within a minute (other guests on the host), so
    calls timed one after another in phases of their own could be compared at different speeds: a
    ratio of two of them is only fair when both were measured side by side.
    """
    for _kind, query in queries:
        for call in calls.values():
            call(query)
    names = list(calls)
    by_query: dict[str, list[list[float]]] = {name: [[] for _query in queries] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}  # what a call costs whatever else runs
    for number in range(repeat):
        for position, (_kind, query) in enumerate(queries):
            turn = (number + position) % len(names)  # who goes first changes: no call always follows another
            for name in names[turn:] + names[:turn]:
                if before is not None:
                    before()
                started, started_cpu = time.perf_counter(), time.process_time()
                calls[name](query)
                by_query[name][position].append((time.perf_counter() - started) * 1000)
                cpu[name].append((time.process_time() - started_cpu) * 1000)

    def of_kind(name, wanted=None):
        return [
            value
            for (kind, _query), values in zip(queries, by_query[name], strict=True)
            if wanted in (None, kind)
            for value in values
        ]

    return {
        name: {
            "all": summary(of_kind(name)),
            "cpu": summary(cpu[name]),
            **{kind: summary(of_kind(name, kind)) for kind in CLASSES},
            "queries": [round(statistics.median(values), 2) for values in by_query[name]],  # p50 of each
        }
        for name in names
    }


def api_caller(expected_engine: str):
    """GET /api/search/ the way a WSGI server calls Django: request_started and request_finished
    fire (the test client mutes them), so the database connection policy is in the time as deployed."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings

    # As deployed: the test settings have WhiteNoise look for a static file on disk at every request.
    with override_settings(WHITENOISE_AUTOREFRESH=False, WHITENOISE_USE_FINDERS=False, STATIC_ROOT=None):
        handler = WSGIHandler()
    expected = orjson.dumps({"engine": expected_engine})[1:-1]  # b'"engine":"embedded"'

    def call(query):
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": "/api/search/",
            "QUERY_STRING": urlencode(api_params(query)),
            "SERVER_NAME": "testserver",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
            "wsgi.url_scheme": "http",
        }
        statuses = []
        response = handler(environ, lambda status, headers: statuses.append(status))
        content = b"".join(response)
        response.close()  # the server has sent it: request_finished
        if statuses != ["200 OK"]:
            raise RuntimeError(f"API answered {statuses}: {content[:300]!r}")
        # The benchmark's check, not the API's work: a look for the one field instead of parsing
        # the whole answer (JSON escapes the quotes of any text, so only the field can match).
        if expected not in content:
            engine = orjson.loads(content)["engine"]
            raise RuntimeError(f"API answered from {engine}, expected {expected_engine}")
        return content

    return call
