"""The Markdown report written to docs/benchmarks.md (the part above its hand-written notes)."""

from __future__ import annotations

import os
import platform
from pathlib import Path

from benchmarks.search.timing import CLASSES, QUERIES

NOTES_MARKER = "<!-- Written by hand below this line; `make bench` keeps it. -->"


def wagtail_cell(measured: dict, timeout: float) -> str:
    if late := len(measured["timed_out"]):
        return f"> {timeout:.0f} s ({late} of {measured.get('n', 0) + late} timed out)"
    return f"{ms(measured['p50'])} / {ms(measured['p95'])}"


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

Measured by `make bench` (scripts/bench.sh → `python -m benchmarks.search`) on {info["date"]}.
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

- **Corpus** (`benchmarks/search/corpus.py`): N initiatives, each with 8–12 items (tips, challenges,
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
- **Query mix** (`QUERIES` in `benchmarks/search/timing.py`), 20 hits per page, sort by relevance:

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
