"""Facet counts from Elasticsearch: one counting search per group of facets, sent in the same
multi-search as the hits, and counted as "everything minus what fails" when most documents pass."""

from __future__ import annotations

import time
from dataclasses import dataclass

from elasticsearch.dsl import Search
from elasticsearch.dsl.query import Q

from search.engines.base import FACETS, FacetValue, SearchQuery, ordered_facet_values
from search.engines.elastic.connection import ElasticsearchConnection
from search.engines.elastic.mapping import FACET_VALUES
from search.engines.elastic.query import FACET_SIZE, chosen, every_word

FACET_VALUES_SIZE = FACET_SIZE * len(FACETS)
VALUE_COUNTS_SECONDS = 60  # how long a locale's value counts are trusted for that choice


@dataclass(frozen=True)
class CountingSearch:
    """A size-0 search whose terms aggregation `values` counts `facet` (None: every facet, over
    FACET_VALUES); `sign` -1 subtracts its counts (the non-matches of a common query). With
    `counts_total`, its total (times `sign`) is part of the query's total: it visits every hit anyway,
    so the search for the page need not."""

    search: Search
    facet: str | None
    sign: int = 1
    counts_total: bool = False


@dataclass
class Plan:
    """The searches of one query: the counting searches, every search of its one multi-search (the
    hits first), and the `_count` body that was sent to choose how to count (None if none was)."""

    counting: list[CountingSearch]
    searches: list[Search]
    text_count: dict | None


class ShareEstimate:
    """What share of a locale passes a query's text and some of its filters, to choose how to count.

    Filters as if independent, from the locale's value counts (ElasticsearchEngine.value_counts);
    the text from a `_count` of its exact matches, sent only when the filters alone pass enough for
    the answer to matter, and at most once a query. Only speed depends on it: every plan counts
    exactly.
    """

    def __init__(self, engine: FacetCounting, query: SearchQuery):
        self.engine = engine
        self.locale = query.locale
        self.text = query.text.strip()
        self.text_count: dict | None = None  # the `_count` body, once sent
        self._text_share: float | None = None

    def filter_share(self, facet: str, values: list[str]) -> float:
        documents, by_value = self.engine.value_counts(self.locale)
        passing = sum(by_value.get(f"{facet}={value}", 0) for value in values)
        return min(1.0, passing / documents) if documents else 0.0

    def common(self, filters: dict[str, list[str]]) -> bool:
        """Whether the text (if any) and `filters` pass more than the engine's complement share."""
        threshold = self.engine.complement_share
        share = 1.0
        for facet, values in filters.items():
            share *= self.filter_share(facet, values)
        if share <= threshold or not self.text:
            return share > threshold
        return share * self.text_share() > threshold

    def text_share(self) -> float:
        if self._text_share is None:
            documents, _by_value = self.engine.value_counts(self.locale)
            # Without typo tolerance: a word's matches are then counted from its document frequency,
            # not by visiting them, and the words as written are what decides a text's share.
            exact = Q("match", all={"query": self.text, "operator": "and"})
            self.text_count = {"query": exact.to_dict()}
            matches = self.engine.client.count(index=self.engine.alias(self.locale), **self.text_count)
            self._text_share = matches.body["count"] / documents if documents else 0.0
        return self._text_share


class FacetCounting(ElasticsearchConnection):
    """The counting searches of a query and the counts, total and facet values taken from them."""

    @staticmethod
    def total_of(counting: list[CountingSearch], counted: list[dict], response: dict) -> int:
        if any(search.counts_total for search in counting):
            return sum(
                search.sign * counts["hits"]["total"]["value"]
                for search, counts in zip(counting, counted, strict=True)
                if search.counts_total
            )
        return response["hits"]["total"]["value"]

    def counting_searches(self, query: SearchQuery, estimate: ShareEstimate) -> list[CountingSearch]:
        """The searches that give every facet's counts; a facet's own filter is left out of its counts.

        Each facet with a chosen value is counted under the other facets' filters; the facets without
        one in one search under all the filters, over FACET_VALUES. Conditions (text and filters)
        estimated to pass more than the complement share of the locale are counted as everything
        minus what they do not pass: the same exact counts, over far fewer documents.
        """
        locale, text = query.locale, query.text.strip()
        matching = [every_word(text)] if text else []
        values = chosen(query)
        filters = {facet: Q("terms", **{facet: chosen_values}) for facet, chosen_values in values.items()}
        searches: list[CountingSearch] = []
        for facet in filters:
            others = {other: chosen_values for other, chosen_values in values.items() if other != facet}
            conditions = [*matching, *(filters[other] for other in others)]
            if conditions and estimate.common(others):
                searches += self.by_complement(locale, conditions, facet)
            else:
                searches.append(CountingSearch(self.counting(locale, conditions, facet), facet))
        if all(facet in filters for facet in FACETS):
            return searches
        conditions = [*matching, *filters.values()]
        if conditions and estimate.common(values):
            searches += self.by_complement(locale, conditions, None)
        else:
            under_all = self.counting(locale, conditions, total=True)
            searches.append(CountingSearch(under_all, None, counts_total=True))
        return searches

    def by_complement(self, locale: str, conditions: list, facet: str | None) -> list[CountingSearch]:
        """Counts of what passes `conditions` as the counts of everything minus those of the rest."""
        total = facet is None  # the search over every facet also gives the total
        rest = [Q("bool", must_not=[Q("bool", filter=conditions)])]
        return [
            CountingSearch(self.counting(locale, [], facet, total), facet, 1, counts_total=total),
            CountingSearch(self.counting(locale, rest, facet, total), facet, -1, counts_total=total),
        ]

    def counting(
        self, locale: str, conditions: list, facet: str | None = None, total: bool = False
    ) -> Search:
        """Counts of one facet's values (`facet` None: every facet's) in what passes `conditions`,
        and with `total` how many pass them."""
        search = Search(using=self.client, index=self.alias(locale)).extra(size=0, track_total_hits=total)
        if conditions:
            search = search.query(Q("bool", filter=conditions))
        field, size = (facet, FACET_SIZE) if facet else (FACET_VALUES, FACET_VALUES_SIZE)
        search.aggs.bucket("values", "terms", field=field, size=size)
        return search

    @staticmethod
    def counts_of(query: SearchQuery, counting: list[CountingSearch], responses: list[dict]) -> dict:
        """{facet: {value: count}} from the counting searches' responses, summed with their signs."""
        filtered = chosen(query)
        counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
        for search, response in zip(counting, responses, strict=True):
            for bucket in response["aggregations"]["values"]["buckets"]:
                if search.facet:
                    facet, value = search.facet, str(bucket["key"])
                else:
                    facet, _separator, value = bucket["key"].partition("=")
                    if facet not in counts or facet in filtered:
                        continue
                counts[facet][value] = counts[facet].get(value, 0) + search.sign * bucket["doc_count"]
        return {facet: {value: n for value, n in values.items() if n > 0} for facet, values in counts.items()}

    def value_counts(self, locale: str) -> tuple[int, dict[str, int]]:
        """The locale's documents and how many carry each facet value ("theme=housing"), re-counted
        once a minute: they only choose how to count, never what the counts are."""
        counted = self._value_counts.get(locale)
        if counted is None or time.monotonic() - counted[2] > VALUE_COUNTS_SECONDS:
            response = self.counting(locale, [], total=True).execute()
            by_value = {bucket.key: bucket.doc_count for bucket in response.aggregations["values"].buckets}
            counted = (response.hits.total.value, by_value, time.monotonic())
            self._value_counts[locale] = counted
        return counted[0], counted[1]

    @staticmethod
    def facet_values(counts: dict[str, dict[str, int]], query: SearchQuery) -> dict[str, list[FacetValue]]:
        return {
            facet: ordered_facet_values(counts.get(facet, {}), query.filters.get(facet, ()))
            for facet in FACETS
        }
