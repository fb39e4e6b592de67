"""The benchmark's peer: stock Wagtail search (`.search()` plus one `.facet()` per facet) on the corpus.

A model of the benchmark's own, created only in the benchmark database (never migrated, never
imported by the site), with one filter field per facet. Wagtail facets count single values, so
each item keeps the first value of a multi-valued facet: the work per query is the same shape.
"""

from __future__ import annotations

import threading
import time

from django.db import connection, models
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from search.engines.base import FACETS, SearchDocument, SearchQuery

FACET_FIELDS = {facet: facet for facet in FACETS}


class BenchItem(index.Indexed, models.Model):
    locale = models.CharField(max_length=8)
    kind = models.CharField(max_length=20)
    title = models.TextField()
    text = models.TextField()
    phase = models.CharField(max_length=20, blank=True)
    theme = models.CharField(max_length=100, blank=True)
    law = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=2, blank=True)
    municipality = models.CharField(max_length=100, blank=True)
    evidence = models.CharField(max_length=20, blank=True)

    search_fields = [
        index.SearchField("title", boost=4),
        index.SearchField("text"),
        *(index.FilterField(name) for name in ("locale", *FACETS)),
    ]

    class Meta:
        app_label = "search"  # benchmarks/ is no installed app: the model borrows the search app's label
        managed = False

    def __str__(self):
        return self.title


class Timeout(Exception):
    pass


def create_table() -> None:
    with connection.schema_editor() as editor:
        editor.execute(f"DROP TABLE IF EXISTS {BenchItem._meta.db_table}")
        editor.create_model(BenchItem)


def load(documents: list[SearchDocument], batch: int = 5000) -> float:
    """Insert the items and index them with Wagtail's search backend; returns seconds spent indexing."""
    BenchItem.objects.all().delete()
    backend = get_search_backend()
    wagtail_index = backend.get_index_for_model(BenchItem)
    wagtail_index.reset()
    spent = 0.0
    for start in range(0, len(documents), batch):
        rows = [
            BenchItem(
                locale=doc.locale,
                kind=doc.kind,
                title=doc.title,
                text=doc.text,
                **{facet: (doc.facets.get(facet) or ("",))[0] for facet in FACETS if facet != "kind"},
            )
            for doc in documents[start : start + batch]
        ]
        created = BenchItem.objects.bulk_create(rows)
        started = time.perf_counter()
        wagtail_index.add_items(BenchItem, created)
        spent += time.perf_counter() - started
    return spent


def search(query: SearchQuery) -> tuple[list[int], dict[str, dict]]:
    """Top 20 and every facet's counts, the way a Wagtail site would write it."""
    queryset = BenchItem.objects.filter(locale=query.locale)
    for facet, values in query.filters.items():
        queryset = queryset.filter(**{f"{FACET_FIELDS[facet]}__in": list(values)})
    if query.text:
        results = get_search_backend().search(query.text, queryset)
        hits = [item.pk for item in results[:20]]
        facets = {facet: results.facet(FACET_FIELDS[facet]) for facet in FACETS}
    else:
        hits = list(queryset.order_by("-pk").values_list("pk", flat=True)[:20])
        facets = {
            facet: dict(queryset.values_list(facet).annotate(n=models.Count("pk")).values_list(facet, "n"))
            for facet in FACETS
        }
    return hits, facets


def timed_search(query: SearchQuery, timeout: float) -> float:
    """Seconds one stock search took; raises Timeout (interrupting SQLite) when it runs past `timeout`."""
    connection.ensure_connection()
    sqlite = connection.connection
    timer = threading.Timer(timeout, sqlite.interrupt)
    started = time.perf_counter()
    timer.start()
    try:
        search(query)
    except Exception as error:  # noqa: BLE001 - sqlite3.OperationalError("interrupted") after the timer
        if time.perf_counter() - started >= timeout:
            raise Timeout from error
        raise
    finally:
        timer.cancel()
    return time.perf_counter() - started
