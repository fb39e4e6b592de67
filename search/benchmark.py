"""`make bench`: how fast search is at 1 000, 10 000 and 100 000 initiatives, on both engines.

For each size: generate the synthetic corpus (search.bench_corpus), rebuild each engine from it
(indexing throughput), then run a fixed mix of queries (text only, text + 2 facets, facets only)
several times through the JSON API (called as a WSGI server calls Django: middleware, routing,
validation, engine, JSON, the database connection policy), through
the engine alone, and as the raw engine query (search.bench_raw), and report p50/p95. Stock Wagtail
search runs on the same corpus (search.bench_wagtail) with a timeout per query, at the sizes where
the previous size did not time out. The table goes to docs/benchmarks.md, the numbers to
.cache/bench/results.json.

Run through scripts/bench.sh, which points DATABASE_URL at a database of the benchmark's own.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import orjson

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / ".cache" / "bench" / "results.json"
PARTIAL = REPO / ".cache" / "bench" / "results-partial.json"
PREFIX = "bench"
NOTES_MARKER = "<!-- Written by hand below this line; `make bench` keeps it. -->"

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


# --- setup -------------------------------------------------------------------------------------


def setup_database() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("setup_site", "--no-admin", verbosity=0)
    create_taxonomy()


def create_taxonomy() -> None:
    """Themes, laws and municipalities of the corpus, so the API accepts them as filter values."""
    from wagtail.models import Locale

    from search.bench_corpus import LAWS, MUNICIPALITIES_PER_COUNTRY, THEMES
    from taxonomy.models import LegalBasis, Municipality, Theme

    locale = Locale.get_default()
    for slug in THEMES:
        Theme.objects.get_or_create(
            slug=slug, locale=locale, defaults={"name": slug.replace("-", " ").title()}
        )
    for country, laws in LAWS.items():
        for slug in laws:
            LegalBasis.objects.get_or_create(
                slug=slug,
                locale=locale,
                defaults={"name": slug.replace("-", " ").title(), "country": country},
            )
        existing = set(Municipality.objects.filter(country=country).values_list("slug", flat=True))
        Municipality.objects.bulk_create(
            Municipality(name=f"{country} {number}", slug=slug, country=country, locale=locale)
            for number in range(MUNICIPALITIES_PER_COUNTRY)
            if (slug := f"{country.lower()}-municipality-{number}") not in existing
        )


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


# --- measuring ---------------------------------------------------------------------------------


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


def measure_embedded(corpus, args, initiatives) -> dict:
    from django.test import override_settings

    from search import bench_raw
    from search.engines import embedded

    repeat = args.repeat
    engine = embedded.EmbeddedEngine(cache=False)
    documents = sum(len(items) for items in corpus.values())
    started = time.perf_counter()
    engine.rebuild(corpus)
    indexing = time.perf_counter() - started
    queries = search_queries()
    with override_settings(ELASTICSEARCH_URL=""):
        api = api_caller("embedded")
        started = time.perf_counter()
        api(queries[0][1])
        cold = (time.perf_counter() - started) * 1000

        def first_time(query):
            # The engine keeps recent common-word matches; the headline figure is a query it has not seen.
            embedded._match_cache.clear()
            return api(query)

        compared = time_mixes(
            {"api": first_time, "engine": engine.search, "raw": bench_raw.sqlite_match}, queries, repeat
        )
        return {
            "index_seconds": round(indexing, 1),
            "docs_per_second": round(documents / indexing),
            "cold_first_query_ms": round(cold, 1),
            **compared,
            "api_cached": time_mix(api, queries, repeat),
            # The all-in-SQL peer takes seconds a query at 10 000 initiatives already.
            **(
                {"raw_sql_all": time_mix(bench_raw.sqlite_search, queries, args.sql_repeat)}
                if initiatives <= args.sql_max
                else {}
            ),
        }


def measure_elasticsearch(corpus, args, initiatives) -> dict:
    from django.test import override_settings

    import search.engines
    from search import bench_raw
    from search.engines.elastic import ElasticsearchEngine

    url, repeat = args.elasticsearch, args.repeat
    engine = ElasticsearchEngine(url, prefix=PREFIX, timeout=120, shards=args.es_shards)
    documents = sum(len(items) for items in corpus.values())
    started = time.perf_counter()
    engine.rebuild(corpus)
    indexing = time.perf_counter() - started
    queries = search_queries()
    requests = {id(query): engine.raw_requests(query) for _kind, query in queries}
    took: list[int] = []

    def raw(query):
        responses = bench_raw.elasticsearch_search(engine, query, requests[id(query)])
        took.append(sum(response.get("took", 0) for response in responses))  # a _count has none

    def forget_counts():
        # Elasticsearch keeps the answers of size-0 requests (our facet counts) until the next
        # refresh, and the matches of filter clauses it sees often (the query cache, which would
        # soon hold the text of a query the mix repeats): the headline figures are for queries it
        # has seen in neither.
        engine.client.indices.clear_cache(index=f"{PREFIX}-search-*", request=True, query=True)

    # The node's CPU time over every first-time pass (its stats refresh about once a second, too
    # coarse for one pass of a small index).
    cpu_before = elasticsearch_cpu_ms(engine)
    raw_once = time_mix(raw, queries, repeat, before=forget_counts)
    took.clear()
    with override_settings(
        ELASTICSEARCH_URL=url, PORTAL_SEARCH_INDEX_PREFIX=PREFIX, ELASTICSEARCH_SHARDS=args.es_shards
    ):
        search.engines._elasticsearch = None
        result = {
            "raw_first_pass": raw_once["all"],
            "index_seconds": round(indexing, 1),
            "docs_per_second": round(documents / indexing),
            **time_mixes(
                {"api": api_caller("elasticsearch"), "engine": engine.search, "raw": raw},
                queries,
                repeat,
                before=forget_counts,
            ),
        }
        node_cpu = elasticsearch_cpu_ms(engine) - cpu_before
        result["elasticsearch_cpu_ms_per_query"] = round(node_cpu / (4 * (repeat + 1) * len(queries)), 1)
        result["api_cached"] = time_mix(api_caller("elasticsearch"), queries, repeat)
        search.engines._elasticsearch = None
    result["raw_took_ms"] = {"p50": statistics.median(took), "p95": percentile(took, 0.95)}
    return result


def elasticsearch_cpu_ms(engine) -> int:
    """CPU time the Elasticsearch process has used so far: its work per query, whatever the load."""
    nodes = engine.client.nodes.stats(metric="process").body["nodes"]
    return sum(node["process"]["cpu"]["total_in_millis"] for node in nodes.values())


def measure_wagtail(corpus, timeout: float) -> dict:
    """Each query of the mix once, each with `timeout`; a class with a timeout reports "> timeout"."""
    from search import bench_wagtail

    bench_wagtail.create_table()
    documents = [document for items in corpus.values() for document in items]
    indexing = bench_wagtail.load(documents)
    result = {"index_seconds": round(indexing, 1), "docs_per_second": round(len(documents) / indexing)}
    times: dict[str, list[float]] = {kind: [] for kind in CLASSES}
    timed_out: dict[str, list[str]] = {kind: [] for kind in CLASSES}
    for kind, query in search_queries():
        try:
            times[kind].append(bench_wagtail.timed_search(query, timeout) * 1000)
        except bench_wagtail.Timeout:
            timed_out[kind].append(f"{query.locale}: {query.text!r} {query.filters}")
    result["search"] = {
        kind: {**(summary(times[kind]) if times[kind] else {}), "timed_out": timed_out[kind]}
        for kind in CLASSES
    }
    result["timeout_s"] = timeout
    return result


def wagtail_cell(measured: dict, timeout: float) -> str:
    if late := len(measured["timed_out"]):
        return f"> {timeout:.0f} s ({late} of {measured.get('n', 0) + late} timed out)"
    return f"{ms(measured['p50'])} / {ms(measured['p95'])}"


# --- the report --------------------------------------------------------------------------------


def machine() -> dict:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except OSError:
        memory_kb = 0
    import sqlite3

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "os": platform.platform(),
    }


def elasticsearch_version(url: str) -> str:
    from elasticsearch import Elasticsearch

    try:
        nodes = Elasticsearch(url).nodes.info(metric="jvm").body["nodes"]
        node = next(iter(nodes.values()))
        return f"{node['version']} (heap {node['jvm']['mem']['heap_max_in_bytes'] // 2**20} MB)"
    except Exception as error:  # noqa: BLE001 - the report says what it could not find out
        return f"unknown ({type(error).__name__})"


def ms(value) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def engine_rows(results: list[dict]) -> list[str]:
    rows = [
        "| engine | initiatives | documents | indexing (docs/s) | API p50 / p95 (ms) "
        "| engine alone p50 / p95 | raw engine query p50 / p95 | layer ÷ raw (p50 / p95) "
        "| API CPU p50 / p95 | raw CPU p50 / p95 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in results:
        for name in ("embedded", "elasticsearch"):
            measured = size.get(name)
            if not measured:
                continue
            if "skipped" in measured:
                rows.append(
                    f"| {name} | {size['initiatives']:,} | {size['documents']:,} "
                    f"| not run: {measured['skipped']} | | | | | | |"
                )
                continue
            api, engine, raw = measured["api"]["all"], measured["engine"]["all"], measured["raw"]["all"]
            rows.append(
                f"| {name} | {size['initiatives']:,} | {size['documents']:,} "
                f"| {measured['docs_per_second']:,} "
                f"| {ms(api['p50'])} / {ms(api['p95'])} | {ms(engine['p50'])} / {ms(engine['p95'])} "
                f"| {ms(raw['p50'])} / {ms(raw['p95'])} "
                f"| {api['p50'] / raw['p50']:.2f} / {api['p95'] / raw['p95']:.2f} "
                f"| {cpu_cell(measured['api'])} | {cpu_cell(measured['raw'])} |"
            )
    return rows


def later_runs(info: dict) -> str:
    lines = [
        f"\n{', '.join(run['measured'])} measured again on {run['date']} ({run['seconds'] / 60:.1f} min, "
        f"load {run['load_average_at_start']} → {run['load_average_at_end']})."
        for run in info.get("later_runs", [])
    ]
    return "".join(lines)


def cpu_cell(measured: dict) -> str:
    cpu = measured.get("cpu")
    return f"{ms(cpu['p50'])} / {ms(cpu['p95'])}" if cpu else "–"


def sql_rows(results: list[dict]) -> list[str]:
    rows = [
        "| initiatives | all in SQL p50 / p95 (ms) | our embedded API p50 / p95 (ms) |",
        "|---:|---:|---:|",
    ]
    for size in results:
        measured = size.get("embedded", {})
        if "raw_sql_all" in measured:
            sql, api = measured["raw_sql_all"]["all"], measured["api"]["all"]
            rows.append(
                f"| {size['initiatives']:,} | {ms(sql['p50'])} / {ms(sql['p95'])} "
                f"| {ms(api['p50'])} / {ms(api['p95'])} |"
            )
    return rows


def cached_rows(results: list[dict]) -> list[str]:
    rows = [
        "| engine | initiatives | first-time query p50 / p95 | repeated query p50 / p95 |",
        "|---|---:|---:|---:|",
    ]
    for size in results:
        for engine in ("embedded", "elasticsearch"):
            measured = size.get(engine, {})
            if "api_cached" in measured:
                first, again = measured["api"]["all"], measured["api_cached"]["all"]
                rows.append(
                    f"| {engine} | {size['initiatives']:,} | {ms(first['p50'])} / {ms(first['p95'])} "
                    f"| {ms(again['p50'])} / {ms(again['p95'])} |"
                )
    return rows


def class_rows(results: list[dict]) -> list[str]:
    rows = [
        "| engine | initiatives | "
        + " | ".join(f"{kind}: API p50 / p95 (raw p50)" for kind in CLASSES)
        + " |",
        "|---|---:|" + "---:|" * len(CLASSES),
    ]
    for size in results:
        for name in ("embedded", "elasticsearch"):
            measured = size.get(name)
            if not measured or "skipped" in measured:
                continue
            cells = [
                f"{ms(measured['api'][kind]['p50'])} / {ms(measured['api'][kind]['p95'])} "
                f"({ms(measured['raw'][kind]['p50'])})"
                for kind in CLASSES
            ]
            rows.append(f"| {name} | {size['initiatives']:,} | " + " | ".join(cells) + " |")
    return rows


def query_rows(results: list[dict], engine: str) -> list[str]:
    """Each query of the mix: API p50 / raw p50 and their ratio, at every size measured."""
    sizes = [size for size in results if "queries" in size.get(engine, {}).get("api", {})]
    if not sizes:
        return [f"No per-query figures for {engine} in this run."]
    rows = [
        "| query | filters | "
        + " | ".join(f"{size['initiatives']:,}: API / raw (÷)" for size in sizes)
        + " |",
        "|---|---|" + "---:|" * len(sizes),
    ]
    for position, (_kind, locale, text, filters) in enumerate(QUERIES):
        cells = []
        for size in sizes:
            api, raw = size[engine]["api"]["queries"][position], size[engine]["raw"]["queries"][position]
            cells.append(f"{ms(api)} / {ms(raw)} ({api / raw:.1f}×)" if raw else f"{ms(api)} / –")
        rows.append(f"| {locale}: {text or '–'} | {described_filters(filters)} | " + " | ".join(cells) + " |")
    return rows


def wagtail_rows(results: list[dict]) -> list[str]:
    rows = [
        "| initiatives | documents | Wagtail indexing (docs/s) | "
        + " | ".join(f"{kind}: stock Wagtail p50 / p95 (ours: API p50 / p95)" for kind in CLASSES)
        + " |",
        "|---:|---:|---:|" + "---:|" * len(CLASSES),
    ]
    for size in results:
        wagtail = size.get("wagtail", {})
        embedded = size.get("embedded", {}).get("api", {})
        if "search" not in wagtail:
            cells = [f"not run: {wagtail.get('skipped', '–')}"] + [""] * (len(CLASSES) - 1)
        else:
            cells = []
            for kind in CLASSES:
                ours = embedded.get(kind)
                ours_text = f" ({ms(ours['p50'])} / {ms(ours['p95'])})" if ours else ""
                cells.append(wagtail_cell(wagtail["search"][kind], wagtail["timeout_s"]) + ours_text)
        indexing = f"{wagtail['docs_per_second']:,}" if "docs_per_second" in wagtail else "–"
        rows.append(
            f"| {size['initiatives']:,} | {size['documents']:,} | {indexing} | " + " | ".join(cells) + " |"
        )
    return rows


def target_lines(results: list[dict]) -> list[str]:
    by_size = {size["initiatives"]: size for size in results}
    lines = []
    embedded = by_size.get(10_000, {}).get("embedded")
    if embedded and "api" in embedded:
        p95 = embedded["api"]["all"]["p95"]
        lines.append(f"- Embedded p95 ≤ 50 ms at 10 000 initiatives: **{ms(p95)} ms** — {verdict(p95 <= 50)}")
    elastic = by_size.get(100_000, {}).get("elasticsearch")
    if elastic and "api" in elastic:
        p95 = elastic["api"]["all"]["p95"]
        lines.append(
            f"- Elasticsearch p95 ≤ 50 ms at 100 000 initiatives: **{ms(p95)} ms** — {verdict(p95 <= 50)}"
        )
    for size in results:
        measured = size.get("elasticsearch", {})
        if "elasticsearch_cpu_ms_per_query" in measured:
            lines.append(
                f"- Elasticsearch's own CPU time per query of the mix at {size['initiatives']:,} initiatives "
                f"(node stats; an upper bound, the shared node also served other test runs and merged "
                f"segments after loading): {measured['elasticsearch_cpu_ms_per_query']} ms, plus our side's "
                f"{ms(measured['api']['cpu']['p50'])} ms (API CPU p50)"
            )
        embedded = size.get("embedded", {})
        if "api" in embedded:
            lines.append(
                f"- Embedded API CPU time at {size['initiatives']:,} initiatives (SQLite included): "
                f"p50 {ms(embedded['api']['cpu']['p50'])} / p95 {ms(embedded['api']['cpu']['p95'])} ms"
            )
    for size in results:
        for name in ("embedded", "elasticsearch"):
            if (measured := size.get(name)) and "api" in measured:
                ratio = measured["api"]["all"]["p50"] / measured["raw"]["all"]["p50"]
                lines.append(
                    f"- Our layer ≤ 2× raw, {name} at {size['initiatives']:,}: **{ratio:.2f}×** (p50) — "
                    f"{verdict(ratio <= 2)}"
                )
    return lines


def verdict(met: bool) -> str:
    return "met" if met else "**missed**"


def write_report(path: Path, results: list[dict], info: dict) -> None:
    queries = "\n".join(
        f"| {kind} | {locale} | {text or '–'} | {described_filters(filters)} |"
        for kind, locale, text, filters in QUERIES
    )
    text = f"""# Search benchmarks

Measured by `make bench` (scripts/bench.sh → `python -m search.benchmark`) on {info["date"]}.
Regenerate with `make bench`; `BENCH_SIZES=1000,10000 make bench` for a quicker run.

**Machine**: {info["machine"]["cpu"]}, {info["machine"]["cores"]} cores,
{info["machine"]["memory_gb"]} GB RAM, {info["machine"]["os"]};
Python {info["machine"]["python"]}, SQLite {info["machine"]["sqlite"]};
Elasticsearch {info["elasticsearch"]} on the same machine (single node,
{info.get("es_shards", 1)} shard(s) per index, 0 replicas).
Total run time: {info["seconds"] / 60:.1f} min. Load average (1, 5, 15 min) at the start
{info["load_average_at_start"]}, at the end {info["load_average_at_end"]}: other work on the machine
during the run shows up in the times.{later_runs(info)}

## Targets

{chr(10).join(target_lines(results))}

## Results

All times in milliseconds, p50 / p95 over {info["repeat"]} passes of the query mix below (after one
warm-up pass). The API, the engine alone and the raw engine query take turns on each query of each
pass, so the three are timed at the same speed of the machine. *API* is a GET of `/api/search/`
called as a WSGI server calls Django, with the settings' database connection policy (middleware,
routing, parameter validation against the taxonomy, engine, facet labels, JSON). *Engine alone* is
`engine.search(SearchQuery)`. *Raw engine query* is the engine's own query without our layer: for
the embedded engine the SQLite FTS5 match, top 20 by bm25 (`SELECT rowid, bm25(…) FROM search_fts
WHERE search_fts MATCH … ORDER BY 2 LIMIT 20`, its expression built from the query's stems and typo
alternatives, the analysis Elasticsearch does inside its own query; for a query without text, the
filtered top 20 by date), so facet counting is on our side of the ratio; for Elasticsearch, the
exact requests our engine sends (for a text alone a `_count`, then one multi-search: the hits with
highlighting and the size-0 counting searches), posted with the low-level client and left unparsed, so facet
counting is on the raw side. Elasticsearch keeps the answers of size-0 requests until the next
refresh (request cache) and the matches of frequent filter clauses (query cache); every
Elasticsearch figure except the "repeated" ones clears both before each query.
*Layer ÷ raw* divides the API time by the raw time. *CPU* is the benchmark process's CPU time per
call (`time.process_time`): for the embedded engine it holds SQLite's work too, for Elasticsearch
only our side (the raw column then is the client alone). On a shared, busy machine wall-clock times
stretch with the load; CPU times do not, so they show what a query costs on an idle core.

{chr(10).join(engine_rows(results))}

The embedded engine keeps its last common-word matches (an LRU keyed by the index version), and
Elasticsearch the answers of its counting searches and the matches of frequent filter clauses
(its request and query caches), so a query repeated by many visitors costs less. The API figures
above clear those caches before every query (a query the engine has not seen); repeated, through
the API:

{chr(10).join(cached_rows(results))}

Doing all of the embedded engine's work in plain SQL instead (one FTS5 MATCH into a temporary
table, then the top 20, the total and six facet counts by joins, each with the other facets'
filters) takes, through the same mix:

{chr(10).join(sql_rows(results))}

### By kind of query

{chr(10).join(class_rows(results))}

### By query

The p50 of the mix compares its middle queries. Query by query, the layer's share shows: a
fixed cost (facet counts, snippets, parsing, Django) that weighs most beside a raw query of
about a millisecond, and a ratio below 1× where the raw query scores every match of a common
word, which our engine does not. The p50 of each query over the passes:

Embedded:

{chr(10).join(query_rows(results, "embedded"))}

Elasticsearch:

{chr(10).join(query_rows(results, "elasticsearch"))}

### Stock Wagtail search on the same corpus

Wagtail 8's database backend on SQLite (modelsearch), written the way a Wagtail site would:
`BenchItem.objects.filter(locale=…, <facet>__in=…).search(text)[:20]` plus one `.facet()` per
facet (six), each item keeping the first value of a multi-valued facet. Each query of the mix runs
once with a {info["wagtail_timeout"]:.0f} s timeout (SQLite is interrupted); after a timeout the
larger sizes are not attempted, since its cost grows with the square of the matches.

{chr(10).join(wagtail_rows(results))}

## Method

- **Corpus** (`search/bench_corpus.py`): N initiatives, each with 8–12 items (tips, challenges,
  success factors), so about 11 N documents. Each initiative is written in one language
  (nb 50 %, sv 40 %, en 10 %); a query searches one locale, so at 10 000 initiatives the nb index
  holds about 55 000 documents. Words follow a Zipf distribution (exponent 1.07) over a 20 000-word
  vocabulary per language whose head is real, frequent words (function words first, then
  *kommunen*, *beboere*, *medvirkning*, …) and whose tail is synthetic. *og* and *kommunen* match
  most items; items carry their initiative's phases (1–3 of 5), themes (1–3 of 11), laws, country
  and one of 300 municipalities per country (30 % in the ten largest).
- **Indexing throughput**: `engine.rebuild()` of the whole corpus (embedded: analysis in Python,
  rows, FTS5 triggers and vocabulary in one transaction; Elasticsearch: bulk into fresh indexes,
  refresh, merge to one segment, alias swap), documents per second.
- **Query mix** (`QUERIES` in `search/benchmark.py`), 20 hits per page, sort by relevance:

| kind | locale | text | filters |
|---|---|---|---|
{queries}

- The embedded engine's first query after a rebuild loads the locale's facet bitsets; that cold
  query is measured separately ({cold_line(results)}) and excluded from the percentiles.
"""
    kept = path.read_text().partition(NOTES_MARKER)[2] if path.exists() else ""
    path.write_text(text + (f"\n{NOTES_MARKER}{kept}" if kept.strip() else ""))


def described_filters(filters: dict) -> str:
    return ", ".join(f"{facet}={value}" for facet, values in filters.items() for value in values) or "–"


def cold_line(results: list[dict]) -> str:
    parts = [
        f"{size['initiatives']:,}: {ms(size['embedded']['cold_first_query_ms'])} ms"
        for size in results
        if "cold_first_query_ms" in size.get("embedded", {})
    ]
    return "; ".join(parts) or "not measured"


# --- main --------------------------------------------------------------------------------------


def run(args) -> None:
    import django

    django.setup()
    from django.conf import settings

    from search.bench_corpus import documents_by_locale

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]  # the API is called in-process

    started_run = time.perf_counter()
    load_at_start = [round(value, 1) for value in os.getloadavg()]
    setup_database()
    results = []
    wagtail_hopeless = False
    predicted_rate: dict[str, float] = {}
    for initiatives in args.sizes:
        print(f"== {initiatives:,} initiatives", flush=True)
        started = time.perf_counter()
        corpus = documents_by_locale(initiatives)
        size = {
            "initiatives": initiatives,
            "documents": sum(len(items) for items in corpus.values()),
            "generate_seconds": round(time.perf_counter() - started, 1),
        }
        print(f"   generated {size['documents']:,} documents in {size['generate_seconds']} s", flush=True)
        for name, measure in (("embedded", measure_embedded), ("elasticsearch", measure_elasticsearch)):
            if name not in args.engines or (name == "elasticsearch" and not args.elasticsearch):
                continue
            minutes = size["documents"] / predicted_rate[name] / 60 if name in predicted_rate else 0
            if minutes > args.index_budget:
                size[name] = {"skipped": f"indexing would take about {minutes:.0f} min at the rate measured"}
                print(f"   {name}: {size[name]['skipped']}", flush=True)
                continue
            try:
                size[name] = measure(corpus, args, initiatives)
            except Exception as error:  # noqa: BLE001 - e.g. Elasticsearch stopped by a test run meanwhile
                size[name] = {"skipped": f"failed: {type(error).__name__}: {str(error)[:200]}"}
                print(f"   {name}: {size[name]['skipped']}", flush=True)
                continue
            predicted_rate[name] = size[name]["docs_per_second"]
            report_progress(name, size[name])
        if "wagtail" in args.engines:
            if wagtail_hopeless:
                size["wagtail"] = {"skipped": "every text query timed out at a smaller size"}
            elif initiatives > args.wagtail_max:
                size["wagtail"] = {"skipped": f"above --wagtail-max {args.wagtail_max:,}"}
            else:
                size["wagtail"] = measure_wagtail(corpus, args.wagtail_timeout)
                searched = size["wagtail"]["search"]
                wagtail_hopeless = not any(searched[kind].get("n") for kind in ("text", "text + 2 facets"))
                print(f"   wagtail: {json.dumps(size['wagtail'])}", flush=True)
        results.append(size)
        del corpus
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        PARTIAL.write_text(json.dumps(results, indent=2))  # what a run stopped midway leaves
    info = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "elasticsearch": elasticsearch_version(args.elasticsearch) if args.elasticsearch else "not run",
        "repeat": args.repeat,
        "wagtail_timeout": args.wagtail_timeout,
        "es_shards": args.es_shards,
        "seconds": time.perf_counter() - started_run,
        "load_average_at_end": [round(value, 1) for value in os.getloadavg()],
        "load_average_at_start": load_at_start,
    }
    if args.merge:
        info, results = merged(info, results)
    RESULTS.write_text(json.dumps({"info": info, "results": results}, indent=2))
    if args.out:
        write_report(Path(args.out), results, info)
        print(f"wrote {args.out}")


def merged(info: dict, results: list[dict]) -> tuple[dict, list[dict]]:
    """This run's measurements laid over the previous run's (same sizes, other engines kept)."""
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if isinstance(previous, list):  # an interrupted run leaves its sizes without the run's info
        previous = {"info": {**info, "interrupted": True}, "results": previous}
    if "results" not in previous:
        return info, results
    by_size = {size["initiatives"]: size for size in previous["results"]}
    for size in results:
        by_size[size["initiatives"]] = {**by_size.get(size["initiatives"], {}), **size}
    runs = previous["info"].get("later_runs", [])
    later = {key: info[key] for key in ("date", "seconds", "load_average_at_start", "load_average_at_end")}
    later["measured"] = sorted(
        {key for size in results for key in size} & {"embedded", "elasticsearch", "wagtail"}
    )
    kept = {**previous["info"], "later_runs": [*runs, later]}
    if "elasticsearch" in later["measured"]:
        kept["es_shards"] = info["es_shards"]
    return kept, [by_size[key] for key in sorted(by_size)]


def report_progress(name: str, measured: dict) -> None:
    api, raw = measured["api"]["all"], measured["raw"]["all"]
    print(
        f"   {name}: {measured['docs_per_second']:,} docs/s; API p50 {api['p50']} p95 {api['p95']} ms; "
        f"raw p50 {raw['p50']} p95 {raw['p95']} ms",
        flush=True,
    )


def main(argv: list[str] | None = None) -> None:
    global RESULTS  # --results moves it
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", type=lambda v: [int(s) for s in v.split(",")])
    parser.add_argument("--engines", default="embedded,elasticsearch,wagtail", type=lambda v: v.split(","))
    parser.add_argument("--elasticsearch", default="", help="Elasticsearch URL; empty skips the engine")
    parser.add_argument("--es-shards", default=1, type=int, help="shards per Elasticsearch index")
    parser.add_argument("--results", default=str(RESULTS), help="where the measurements are kept")
    parser.add_argument("--repeat", default=5, type=int)
    parser.add_argument("--sql-repeat", default=1, type=int, help="passes of the slow all-in-SQL peer")
    parser.add_argument("--merge", action="store_true", help="update the engines measured in results.json")
    parser.add_argument("--wagtail-timeout", default=15.0, type=float)
    parser.add_argument(
        "--index-budget",
        default=10.0,
        type=float,
        help="skip an engine at a size whose indexing would take longer (min)",
    )
    parser.add_argument("--wagtail-max", default=10_000, type=int)
    parser.add_argument("--sql-max", default=10_000, type=int, help="largest size for the all-in-SQL peer")
    parser.add_argument("--out", default=str(REPO / "docs" / "benchmarks.md"))
    parser.add_argument("--report-only", action="store_true", help="rewrite --out from results.json")
    args = parser.parse_args(argv)
    RESULTS = Path(args.results)
    if args.report_only:
        saved = json.loads(RESULTS.read_text())
        write_report(Path(args.out), saved["results"], saved["info"])
        return
    if "DATABASE_URL" not in os.environ:
        sys.exit("Run through scripts/bench.sh: it gives the benchmark a database of its own.")
    run(args)


if __name__ == "__main__":
    main()
