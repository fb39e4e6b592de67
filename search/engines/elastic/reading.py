"""Searching Elasticsearch: the hits and every counting search of a query in one multi-search."""

from __future__ import annotations

import time

from elasticsearch.dsl import MultiSearch, Search

from search.engines.base import SearchQuery, SearchReader, SearchResult
from search.engines.breaker import until
from search.engines.elastic.counting import FacetCounting, Plan, ShareEstimate
from search.engines.elastic.query import PortalFacetedSearch, chosen, every_word, hit


def describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:300]


class ElasticsearchReader(FacetCounting, SearchReader):
    def faceted_search(self, query: SearchQuery, count_total: bool = True) -> PortalFacetedSearch:
        text = query.text.strip()
        # Relevance is the score (re-ranked by title words), which takes no sort clause.
        sort = [] if text and query.sort == "relevance" else [{"date": "desc"}, {"id": "asc"}]
        faceted = PortalFacetedSearch(
            self.client, self.alias(query.locale), text, chosen(query), sort, count_total=count_total
        )
        start = (query.page - 1) * query.page_size
        return faceted[start : start + query.page_size]

    def search(self, query: SearchQuery) -> SearchResult:
        plan = self.planned(query)
        response, *counted = self.multi_search(plan.searches)
        return SearchResult(
            query=query,
            engine=self.name,
            total=self.total_of(plan.counting, counted, response),
            hits=[hit(raw) for raw in response["hits"]["hits"]],
            facets=self.facet_values(self.counts_of(query, plan.counting, counted), query),
        )

    def count(self, query: SearchQuery) -> int:
        """One _count request: the text and the filters, no hits or aggregations."""
        text = query.text.strip()
        conditions = [{"terms": {facet: list(values)}} for facet, values in chosen(query).items()]
        if text:
            conditions.append(every_word(text).to_dict())
        body = {"bool": {"filter": conditions}} if conditions else {"match_all": {}}
        return self.client.count(index=self.alias(query.locale), query=body).body["count"]

    def planned(self, query: SearchQuery) -> Plan:
        """The counting searches of `query`, and every search of its one multi-search (hits first)."""
        estimate = ShareEstimate(self, query)
        counting = self.counting_searches(query, estimate)
        totals = any(search.counts_total for search in counting)
        hits = self.faceted_search(query, count_total=not totals)
        return Plan(counting, [hits._s, *(search.search for search in counting)], estimate.text_count)

    def multi_search_body(self, searches: list[Search]) -> list[dict]:
        multi = MultiSearch(using=self.client)
        for search in searches:
            multi = multi.add(search)
        return multi.to_dict()

    def multi_search(self, searches: list[Search]) -> list[dict]:
        """Raw responses of several searches sent in one request (the DSL's per-bucket wrappers
        cost more than Elasticsearch's work)."""
        responses = self.client.msearch(searches=self.multi_search_body(searches)).body["responses"]
        for response in responses:
            if "error" in response:
                raise RuntimeError(f"Elasticsearch could not search: {response['error']}"[:300])
        return responses

    def health(self, seconds: float = 0.5) -> dict:
        """Reachable: the cluster answers and every locale's index can be searched, within `seconds`
        in all (/healthz answers at once even from a frozen node). The "ping" is the cluster health
        call (the integration-test distribution has no `GET /`), of this prefix's indexes only (a
        shared node's other indexes must not make the portal's yellow); a count per alias then catches
        missing, closed or blocked indexes."""
        deadline = time.monotonic() + seconds
        try:
            cluster = (
                until(self.client, deadline)
                .cluster.health(index=f"{self.prefix}-search-*", timeout="1s")
                .body
            )
        except Exception as error:  # noqa: BLE001 - any failure means unreachable, reported, never raised
            return {"engine": self.name, "reachable": False, "error": describe(error)}
        unsearchable = {}
        for locale in self.locales:
            try:
                until(self.client, deadline).count(index=self.alias(locale))
            except Exception as error:  # noqa: BLE001 - reported per locale
                unsearchable[locale] = describe(error)
        status = cluster.get("status")
        reachable = status in ("green", "yellow") and not unsearchable
        health = {"engine": self.name, "reachable": reachable, "cluster_status": status}
        if unsearchable:
            health["unsearchable"] = unsearchable
        return health
