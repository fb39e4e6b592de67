"""Each peer measured on one corpus: the embedded engine, Elasticsearch and stock Wagtail search."""

from __future__ import annotations

import statistics
import time

from benchmarks.search.timing import (
    CLASSES,
    api_caller,
    percentile,
    search_queries,
    summary,
    time_mix,
    time_mixes,
)

PREFIX = "bench"


def setup_database() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("setup_site", "--no-admin", verbosity=0)
    create_taxonomy()


def create_taxonomy() -> None:
    """Themes, laws and municipalities of the corpus, so the API accepts them as filter values."""
    from wagtail.models import Locale

    from benchmarks.search.corpus import LAWS, MUNICIPALITIES_PER_COUNTRY, THEMES
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


def measure_embedded(corpus, args, initiatives) -> dict:
    from django.test import override_settings

    from benchmarks.search import raw
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
            {"api": first_time, "engine": engine.search, "raw": raw.sqlite_match}, queries, repeat
        )
        return {
            "index_seconds": round(indexing, 1),
            "docs_per_second": round(documents / indexing),
            "cold_first_query_ms": round(cold, 1),
            **compared,
            "api_cached": time_mix(api, queries, repeat),
            # The all-in-SQL peer takes seconds a query at 10 000 initiatives already.
            **(
                {"raw_sql_all": time_mix(raw.sqlite_search, queries, args.sql_repeat)}
                if initiatives <= args.sql_max
                else {}
            ),
        }


def measure_elasticsearch(corpus, args, initiatives) -> dict:
    from django.test import override_settings

    import search.engines
    from benchmarks.search import raw
    from search.engines.elastic import ElasticsearchEngine

    url, repeat = args.elasticsearch, args.repeat
    engine = ElasticsearchEngine(url, prefix=PREFIX, timeout=120, shards=args.es_shards)
    documents = sum(len(items) for items in corpus.values())
    started = time.perf_counter()
    engine.rebuild(corpus)
    indexing = time.perf_counter() - started
    queries = search_queries()
    requests = {id(query): raw.elasticsearch_requests(engine, query) for _kind, query in queries}
    took: list[int] = []

    def raw_call(query):
        responses = raw.elasticsearch_search(engine, query, requests[id(query)])
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
    raw_once = time_mix(raw_call, queries, repeat, before=forget_counts)
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
                {"api": api_caller("elasticsearch"), "engine": engine.search, "raw": raw_call},
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
    from benchmarks.search import wagtail as stock

    stock.create_table()
    documents = [document for items in corpus.values() for document in items]
    indexing = stock.load(documents)
    result = {"index_seconds": round(indexing, 1), "docs_per_second": round(len(documents) / indexing)}
    times: dict[str, list[float]] = {kind: [] for kind in CLASSES}
    timed_out: dict[str, list[str]] = {kind: [] for kind in CLASSES}
    for kind, query in search_queries():
        try:
            times[kind].append(stock.timed_search(query, timeout) * 1000)
        except stock.Timeout:
            timed_out[kind].append(f"{query.locale}: {query.text!r} {query.filters}")
    result["search"] = {
        kind: {**(summary(times[kind]) if times[kind] else {}), "timed_out": timed_out[kind]}
        for kind in CLASSES
    }
    result["timeout_s"] = timeout
    return result
