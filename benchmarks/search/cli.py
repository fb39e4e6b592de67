"""`make bench`: how fast search is at 1 000, 10 000 and 100 000 initiatives, on both engines.

For each size: generate the synthetic corpus (benchmarks/search/corpus.py), rebuild each engine
from it (indexing throughput), then run a fixed mix of queries (text only, text + 2 facets, facets
only) several times through the JSON API (called as a WSGI server calls Django: middleware,
routing, validation, engine, JSON, the database connection policy), through the engine alone, and
as the raw engine query (raw.py), and report p50/p95 (measure.py, timing.py). Stock Wagtail search
runs on the same corpus (wagtail.py) with a timeout per query, at the sizes where the previous size
did not time out. The table goes to docs/benchmarks.md (report.py), the numbers to
.cache/bench/results.json.

Run through scripts/bench.sh (`python -m benchmarks.search`), which points DATABASE_URL at a
database of the benchmark's own.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.search.report import elasticsearch_version, machine, write_report

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / ".cache" / "bench" / "results.json"
PARTIAL = REPO / ".cache" / "bench" / "results-partial.json"


def run(args) -> None:
    import django

    django.setup()
    from django.conf import settings

    if args.es_complement_share is not None:
        from search.engines.elastic import connection

        connection.COMPLEMENT_SHARE = args.es_complement_share

    from benchmarks.search.corpus import documents_by_locale
    from benchmarks.search.measure import (
        measure_elasticsearch,
        measure_embedded,
        measure_wagtail,
        setup_database,
    )

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
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", type=lambda v: [int(s) for s in v.split(",")])
    parser.add_argument("--engines", default="embedded,elasticsearch,wagtail", type=lambda v: v.split(","))
    parser.add_argument("--elasticsearch", default="", help="Elasticsearch URL; empty skips the engine")
    parser.add_argument("--es-shards", default=1, type=int, help="shards per Elasticsearch index")
    parser.add_argument(
        "--es-complement-share",
        default=None,
        type=float,
        help="counting plan threshold (1.0 always counts directly, without the share estimate)",
    )
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
