"""Response times and SQL queries of every public page type, measured in-process, then requests per
second served by gunicorn with and without the page cache.

    python -m benchmarks.pages [--requests 30] [--languages nb,sv,en] [--max-queries 20]
                               [--served SECONDS] [--connections 8] [--out FILE]

Run on a database with the demo content (scripts/bench.sh builds one); not an installed app, so it
sets Django up itself.

In-process: "cold" clears Django's cache before every request (what the first visitor after a
publish or a restart pays); "warm" keeps it (every visitor after that); the page cache is off (the
test settings), so every request renders. Times are server time for the whole request through the
middleware, without the network. With --max-queries the command fails when a page type needs more
queries than that, cold or warm, in any of the languages.

--served SECONDS (0: skip): the first language's page types from gunicorn as production runs it
(benchmarks/pages/served.py), each loaded that long by --connections connections.
"""

import argparse
import logging
import os
import socket
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402 - after the settings module is chosen

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page  # noqa: E402

PREAMBLE = (
    "Measured by `make bench` (scripts/bench.sh → `python -m benchmarks.pages`) on the demo content.\n\n"
)
SERVED_NOTES = """
*cached*: the page cache on (core/pagecache.py), every request after the first a hit answered in
front of Django; *uncached*: the page cache off, so every request renders the page (menus, lists
and other fragments cached, as on a running site); *1 connection*: the same, one request at a time,
which is the render time a visitor waits for on an idle server (with 8 connections on 2 workers a
request also waits for the ones ahead of it). Searches and the 404 page are never cached (insights
count every search). bakerydemo's figures were measured under the same conditions (2 gunicorn
workers, SQLite, production settings, 8 connections); the ratio divides by the top of its range.
The machine has 2 cores, shared with other work while this ran (load average {load}); the load
generator (benchmarks/pages/load.py, Python) runs on the same cores, so the ceiling line below says
what this machine could serve at all at that time.
"""

PAGE_TYPES = [
    "HomePage",
    "PhaseGuidePage",
    "PhasePage",
    "InitiativeIndexPage",
    "InitiativePage",
    "ToolIndexPage",
    "ToolPage",
    "StudyTripIndexPage",
    "StudyTripPage",
]


def page_type_urls(language):
    """The first live page of each type in a language, and the views that are not pages."""
    urls = {}
    for page in Page.objects.live().filter(locale__language_code=language, depth__gte=2).specific():
        urls.setdefault(type(page).__name__, page.url)
    found = {name: urls[name] for name in PAGE_TYPES if name in urls}
    index = found.get("InitiativeIndexPage", f"/{language}/")
    found["InitiativeIndexPage (filtered)"] = f"{index}?country=NO"
    found["LegalBasisPage"] = f"/{language}/legal-bases/folkehelseloven/"
    found["Search"] = f"/{language}/search/?q=plan"
    found["Search (filtered)"] = f"/{language}/search/?q=plan&kind=tip&country=NO"
    found["NotFound"] = f"/{language}/no-such-page/"
    return found


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pages", description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="Requests per page type and mode.")
    parser.add_argument("--languages", default="nb,sv,en", type=lambda value: value.split(","))
    parser.add_argument("--max-queries", type=int, default=None)
    parser.add_argument("--served", type=float, default=0, help="Seconds per page type under gunicorn.")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--out", default=None, help="Also write the table to this Markdown file.")
    args = parser.parse_args(argv)
    logging.getLogger("django.request").setLevel(logging.ERROR)  # the 404 page type is on purpose
    client = Client(HTTP_HOST="localhost")
    tables, too_many = [], []
    for language in args.languages:
        urls = page_type_urls(language)
        if not urls:
            sys.exit("No pages: run setup_site and load_demo_content first.")
        rows = [measure(client, name, url, args.requests) for name, url in urls.items()]
        tables.append(table(rows, language, args.requests))
        too_many += [
            f"{name} ({url}): {cold} queries cold, {warm} warm"
            for name, url, _status, _cold, _warm, cold, warm in rows
            if args.max_queries is not None and max(cold, warm) > args.max_queries
        ]

    if args.served:
        tables.insert(0, served_tables(args.languages[0], args.served, args.connections))
    report = PREAMBLE + "\n".join(tables)
    print(report)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(report)
    if too_many:
        sys.exit(f"more than {args.max_queries} queries: " + "; ".join(too_many))


def served_tables(language, seconds, connections):
    from benchmarks.pages import served

    folder = Path(served.REPO) / ".cache" / "bench" / "served"
    urls = page_type_urls(language)
    port = free_port()
    before = os.getloadavg()[0]
    results = served.measure(os.environ["DATABASE_URL"], folder, urls, port, seconds, connections)
    size = len(Client(HTTP_HOST="localhost").get(urls["HomePage"]).content)
    fixed = served.ceiling(folder, free_port(), seconds, connections, size)
    load = f"{before:.1f} before, {os.getloadavg()[0]:.1f} after"
    return (
        served.table(results, language, seconds, connections)
        + SERVED_NOTES.format(load=load)
        + (
            f"\nThe machine's ceiling at the same time: gunicorn (2 workers, the same configuration) "
            f"answering every request with the same {size:,} bytes and no Django, under the same load: "
            f"{fixed.per_second:.0f} requests/s, p50 {fixed.p50:.1f} ms.\n"
        )
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(client, name, url, requests):
    client.get(url)  # compile templates, fill process-level caches once
    cold = timings(client, url, requests, clear_cache=True)
    warm = timings(client, url, requests, clear_cache=False)
    cache.clear()
    with CaptureQueriesContext(connection) as cold_queries:
        status = client.get(url).status_code
    with CaptureQueriesContext(connection) as warm_queries:
        client.get(url)
    return name, url, status, cold, warm, len(cold_queries), len(warm_queries)


def timings(client, url, count, clear_cache):
    durations = []
    for _ in range(count):
        if clear_cache:
            cache.clear()
        start = time.perf_counter()
        client.get(url)
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def table(rows, language, requests):
    lines = [
        f"## Page response times ({language}, {requests} requests each)",
        "",
        "| page type | status | cold p50 ms | cold p95 ms | warm p50 ms | warm p95 ms "
        "| queries cold | queries warm |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, _url, status, cold, warm, cold_queries, warm_queries in rows:
        lines.append(
            f"| {name} | {status} | {statistics.median(cold):.1f} | {percentile(cold, 0.95):.1f} "
            f"| {statistics.median(warm):.1f} | {percentile(warm, 0.95):.1f} "
            f"| {cold_queries} | {warm_queries} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
