"""Response times and SQL queries of every public page type, measured in-process.

    manage.py bench_pages [--requests 30] [--language nb] [--max-queries 20] [--out FILE]

"cold" clears Django's cache before every request (what the first visitor after a publish or a
restart pays); "warm" keeps it (every visitor after that). Times are server time for the whole
request through the middleware, without the network. With --max-queries the command fails when a
page type needs more queries than that in the steady state (warm cache: every request but the
first after a publish or a restart).
"""

import logging
import statistics
import time

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

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


class Command(BaseCommand):
    help = "Measure response time (p50/p95, cold and warm cache) and SQL queries per page type."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=30, help="Requests per page type and mode.")
        parser.add_argument("--language", default="nb")
        parser.add_argument("--max-queries", type=int, default=None)
        parser.add_argument("--out", default=None, help="Also write the table to this Markdown file.")

    def handle(self, *args, **options):
        logging.getLogger("django.request").setLevel(logging.ERROR)  # the 404 page type is on purpose
        client = Client(HTTP_HOST="localhost")
        urls = page_type_urls(options["language"])
        if not urls:
            raise CommandError("No pages: run setup_site and load_demo_content first.")
        rows, too_many = [], []
        for name, url in urls.items():
            client.get(url)  # compile templates, fill process-level caches once
            cold = self.timings(client, url, options["requests"], clear_cache=True)
            warm = self.timings(client, url, options["requests"], clear_cache=False)
            cache.clear()
            with CaptureQueriesContext(connection) as cold_queries:
                status = client.get(url).status_code
            with CaptureQueriesContext(connection) as warm_queries:
                client.get(url)
            rows.append((name, url, status, cold, warm, len(cold_queries), len(warm_queries)))
            if options["max_queries"] is not None and len(warm_queries) > options["max_queries"]:
                too_many.append(f"{name} ({url}): {len(warm_queries)} queries")

        table = self.table(rows, options)
        self.stdout.write(table)
        if options["out"]:
            with open(options["out"], "w", encoding="utf-8") as out:
                out.write(table)
        if too_many:
            raise CommandError(f"more than {options['max_queries']} queries: " + "; ".join(too_many))

    def timings(self, client, url, count, clear_cache):
        durations = []
        for _ in range(count):
            if clear_cache:
                cache.clear()
            start = time.perf_counter()
            client.get(url)
            durations.append((time.perf_counter() - start) * 1000)
        return durations

    def table(self, rows, options):
        lines = [
            f"## Page response times ({options['language']}, {options['requests']} requests each)",
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
