"""The Elasticsearch 8 engine: one index per locale behind an alias, faceted with post filters.

Analysis mirrors the embedded engine token for token (search.analysis): the same word pattern,
lowercase, the same stem overrides and Snowball stemmer, ASCII folding after stemming, and the same
synonym groups at query time. That is what lets the contract tests demand the same hits and
counts from both engines.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape
from elasticsearch import Elasticsearch, helpers
from elasticsearch.dsl import FacetedSearch, MultiSearch, Search, TermsFacet
from elasticsearch.dsl.query import Q

from search.engines.base import (
    FACETS,
    FacetValue,
    Hit,
    SearchDocument,
    SearchEngine,
    SearchQuery,
    SearchResult,
)
from search.engines.breaker import CircuitBreaker, elasticsearch_client, until

logger = logging.getLogger(__name__)

LOCALES = ("nb", "sv", "en")
# Elasticsearch's "english" stemmer is the old Porter algorithm; porter2 is Snowball English,
# the one PyStemmer (and so the embedded engine) uses.
ES_STEMMER = {"norwegian": "norwegian", "swedish": "swedish", "english": "porter2"}
# Unicode letters, digits and underscore form words, exactly like Python's re "\w+".
WORD_SEPARATORS = r"[^\p{L}\p{N}_]+"
SNIPPET_LENGTH = 200
FACET_SIZE = 1000  # more than every municipality in Norway and Sweden together
# Every facet's values in one field, as "<facet>=<value>": one terms aggregation counts all the
# facets that have no chosen value, in one pass over the matches instead of one pass per facet.
FACET_VALUES = "facet_values"
FACET_VALUES_SIZE = FACET_SIZE * len(FACETS)
TYPO_FUZZINESS = "AUTO:5,1000"  # one edit for terms of five characters or more, none below
TITLE_BOOST = 3.0
# Words in the title re-rank this many best matches (per shard), as the embedded engine weighs the
# titles of its best matches only: scoring the title of every match doubled the cost of common words.
TITLE_WINDOW = 200
# Above this share of a locale's documents, the facet counts under a query's text and filters are
# counted as "everything minus the documents they do not pass": a common word, or a filter most
# documents pass, then costs a few thousand documents' worth of counting instead of half a million.
COMPLEMENT_SHARE = 0.5
VALUE_COUNTS_SECONDS = 60  # how long a locale's value counts are trusted for that choice
MAPPING_PROPERTIES = {
    "id": {"type": "keyword"},
    "locale": {"type": "keyword"},
    "title": {"type": "text", "analyzer": "portal_index", "copy_to": "all"},
    # Only `all` and `title` are searched; `text` keeps its analyzer for highlighting, which
    # re-analyses the stored text, so indexing it separately would only double the work.
    "text": {"type": "text", "analyzer": "portal_index", "index": False, "copy_to": "all"},
    "keywords": {"type": "text", "analyzer": "portal_index", "index": False, "copy_to": "all"},
    "initiative_title": {"type": "text", "analyzer": "portal_index", "index": False, "copy_to": "all"},
    "all": {"type": "text", "analyzer": "portal_index", "search_analyzer": "portal_search"},
    "url": {"type": "keyword", "index": False},
    "initiative_url": {"type": "keyword", "index": False},
    "date": {"type": "keyword"},
    **{facet: {"type": "keyword"} for facet in FACETS},
    # Global ordinals built at refresh, not by the first search after it.
    FACET_VALUES: {"type": "keyword", "eager_global_ordinals": True},
}


def analysis_settings(locale: str) -> dict:
    """Index analysis for one locale, built from the data the embedded engine uses."""
    from search import analysis

    stemmer = ES_STEMMER[analysis.STEMMER_LANGUAGE[locale]]
    filters = {
        "portal_stemmer": {"type": "stemmer", "language": stemmer},
        "portal_synonyms": {"type": "synonym_graph", "synonyms": synonym_rules(locale)},
    }
    chain = ["lowercase", "portal_stemmer", "asciifolding"]
    overrides = getattr(analysis, "STEM_OVERRIDES", {}).get(locale)
    if overrides:
        # Marks the word as a keyword, so the stemmer after it leaves the override's stem alone.
        rules = [f"{word} => {stem}" for word, stem in sorted(overrides.items())]
        filters["portal_stem_overrides"] = {"type": "stemmer_override", "rules": rules}
        chain.insert(1, "portal_stem_overrides")
    return {
        "tokenizer": {"portal_words": {"type": "pattern", "pattern": WORD_SEPARATORS}},
        "filter": filters,
        "analyzer": {
            "portal_index": {"type": "custom", "tokenizer": "portal_words", "filter": chain},
            "portal_search": {
                "type": "custom",
                "tokenizer": "portal_words",
                "filter": [*chain, "portal_synonyms"],
            },
        },
    }


def synonym_rules(locale: str) -> list[str]:
    """Solr-format equivalence rules; Elasticsearch analyses each side with the chain before the filter."""
    from search import analysis

    rules = []
    for group in analysis.SYNONYMS.get(locale, ()):
        expressions = [" ".join(expression.replace(",", " ").split()) for expression in group]
        rules.append(", ".join(expression for expression in expressions if expression))
    return [rule for rule in rules if "," in rule]


def describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:300]


def source(document: SearchDocument) -> dict:
    body = {
        "id": document.id,
        "locale": document.locale,
        "kind": document.kind,
        "title": document.title,
        "text": document.text,
        "keywords": document.keywords,
        "initiative_title": document.initiative_title,
        "url": document.url,
        "initiative_url": document.initiative_url,
        "date": document.date,
    }
    for facet in FACETS:
        if facet != "kind":
            body[facet] = list(document.facets.get(facet, ()))
    values = {"kind": (document.kind,), **document.facets}
    body[FACET_VALUES] = [f"{facet}={value}" for facet in FACETS for value in values.get(facet, ())]
    return body


def chosen(query: SearchQuery) -> dict[str, list[str]]:
    return {facet: list(values) for facet, values in query.filters.items() if values}


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


def every_word(text: str):
    return Q(
        "match",
        all={
            "query": text,
            "operator": "and",
            "fuzziness": TYPO_FUZZINESS,
            "prefix_length": 0,
            "max_expansions": 200,
            "fuzzy_transpositions": True,
        },
    )


class PortalFacetedSearch(FacetedSearch):
    """The hits of a query: elasticsearch.dsl's FacetedSearch for the text, filters, sort and page.

    Its facet counts are not taken from this search but from one counting search per group of
    facets (ElasticsearchEngine.counting_searches), sent with it in one multi-search: Elasticsearch
    runs them side by side, and each counts with its own filters as its query, where a filter
    aggregation under one shared query would test every match against every facet's filter.
    """

    facets = {facet: TermsFacet(field=facet, size=FACET_SIZE) for facet in FACETS}

    def __init__(
        self,
        client: Elasticsearch,
        index: str,
        text: str,
        filters: dict,
        sort: list,
        count_total: bool = True,
    ):
        self.using = client
        self.index = index
        self.text = text
        self.count_total = count_total
        super().__init__(query=text or None, filters=filters, sort=sort)

    def search(self):
        # Without an exact total, Elasticsearch can skip documents that cannot reach the page.
        search = super().search().extra(track_total_hits=self.count_total)
        return search.source(excludes=["keywords", FACET_VALUES])

    def query(self, search, query):
        return search.query(every_word(query)) if query else search

    def aggregate(self, search):
        """No aggregations here: see the class's docstring."""

    def filter(self, search):
        # Nothing is aggregated over this search, so the filters can narrow the query itself
        # (which lets Elasticsearch skip) instead of a post filter.
        return search.filter(Q("bool", filter=list(self._filters.values()))) if self._filters else search

    def highlight(self, search):
        return search.highlight_options(
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            encoder="html",
            require_field_match=False,
        ).highlight("text", fragment_size=SNIPPET_LENGTH, number_of_fragments=1, no_match_size=SNIPPET_LENGTH)

    def build_search(self):
        search = super().build_search()
        if not self.text:
            return search
        if not self._sort:
            # Ranking only: words in the title weigh more (the embedded engine weighs titles too).
            words = {"query": self.text, "analyzer": "portal_search", "boost": TITLE_BOOST}
            in_title = {"match": {"title": words}}
            search = search.extra(rescore={"window_size": TITLE_WINDOW, "query": {"rescore_query": in_title}})
        return self.highlight(search)


class ShareEstimate:
    """What share of a locale passes a query's text and some of its filters, to choose how to count.

    Filters as if independent, from the locale's value counts (ElasticsearchEngine.value_counts);
    the text from a `_count` of its exact matches, sent only when the filters alone pass enough for
    the answer to matter, and at most once a query. Only speed depends on it: every plan counts
    exactly.
    """

    def __init__(self, engine: ElasticsearchEngine, query: SearchQuery):
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


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"

    def __init__(
        self,
        url: str,
        prefix: str = "portal",
        locales: Iterable[str] = LOCALES,
        refresh: bool = False,
        timeout: float = 5.0,
        client: Elasticsearch | None = None,
        shards: int = 1,
        complement_share: float = COMPLEMENT_SHARE,
        connect_timeout: float = 0.5,
        breaker: CircuitBreaker | None = None,
    ):
        self.url = url
        self.prefix = prefix
        self.shards = shards
        self.locales = tuple(locales)
        self.refresh = refresh
        self.client = client or elasticsearch_client(url, connect_timeout, timeout)
        self.breaker = breaker or CircuitBreaker(f"Elasticsearch at {url}")
        self.complement_share = complement_share
        self._value_counts: dict[str, tuple[int, dict[str, int], float]] = {}
        self._mapped: set[str] = set()  # locales whose index is known to have the current mapping

    # --- names -------------------------------------------------------------------------------

    def alias(self, locale: str) -> str:
        return f"{self.prefix}-search-{locale}"

    def new_index_name(self, locale: str) -> str:
        return f"{self.alias(locale)}-{time.strftime('%Y%m%d%H%M%S')}-{time.time_ns() % 1_000_000:06d}"

    # --- searching ---------------------------------------------------------------------------

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
            hits=[self.hit(raw) for raw in response["hits"]["hits"]],
            facets=self.facet_values(self.counts_of(query, plan.counting, counted), query),
        )

    @staticmethod
    def total_of(counting: list[CountingSearch], counted: list[dict], response: dict) -> int:
        if any(search.counts_total for search in counting):
            return sum(
                search.sign * counts["hits"]["total"]["value"]
                for search, counts in zip(counting, counted, strict=True)
                if search.counts_total
            )
        return response["hits"]["total"]["value"]

    def planned(self, query: SearchQuery) -> Plan:
        """The counting searches of `query`, and every search of its one multi-search (hits first)."""
        estimate = ShareEstimate(self, query)
        counting = self.counting_searches(query, estimate)
        totals = any(search.counts_total for search in counting)
        hits = self.faceted_search(query, count_total=not totals)
        return Plan(counting, [hits._s, *(search.search for search in counting)], estimate.text_count)

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
    def hit(raw: dict) -> Hit:
        document = raw["_source"]
        fragments = raw.get("highlight", {}).get("text")
        snippet = fragments[0] if fragments else escape(document.get("text", "")[:SNIPPET_LENGTH])
        return Hit(
            document_id=document["id"],
            kind=document["kind"],
            title=document["title"],
            url=document["url"],
            snippet=snippet,
            locale=document["locale"],
            initiative_title=document.get("initiative_title") or "",
            initiative_url=document.get("initiative_url") or "",
            score=float(raw.get("_score") or 0.0),
        )

    @staticmethod
    def facet_values(counts: dict[str, dict[str, int]], query: SearchQuery) -> dict[str, list[FacetValue]]:
        facets = {}
        for facet in FACETS:
            chosen = set(query.filters.get(facet, ()))
            values = dict(counts.get(facet, {}))
            for value in chosen - values.keys():
                values[value] = 0
            ordered = sorted(values.items(), key=lambda item: (-item[1], item[0]))
            facets[facet] = [FacetValue(value, count, value in chosen) for value, count in ordered]
        return facets

    # --- indexing ----------------------------------------------------------------------------

    def index_settings(self, locale: str) -> dict:
        return {
            "settings": {
                "number_of_shards": self.shards,
                "number_of_replicas": 0,
                "analysis": analysis_settings(locale),
            },
            "mappings": {"dynamic": "strict", "properties": MAPPING_PROPERTIES},
        }

    def create_index(self, locale: str) -> str:
        name = self.new_index_name(locale)
        body = self.index_settings(locale)
        self.client.indices.create(index=name, settings=body["settings"], mappings=body["mappings"])
        return name

    def ensure_alias(self, locale: str) -> None:
        if not self.client.indices.exists_alias(name=self.alias(locale)):
            name = self.create_index(locale)
            self.client.indices.put_alias(index=name, name=self.alias(locale))
        elif locale not in self._mapped:
            # An index made before a field was added to the mapping gets it (the mapping is strict,
            # so documents with it would be refused); documents indexed before it lack its values
            # until `rebuild_search_index`.
            self.client.indices.put_mapping(index=self.alias(locale), properties=MAPPING_PROPERTIES)
        self._mapped.add(locale)

    def index(self, documents: list[SearchDocument]) -> None:
        for locale in {document.locale for document in documents}:
            self.ensure_alias(locale)
        actions = (
            {"_op_type": "index", "_index": self.alias(doc.locale), "_id": doc.id, "_source": source(doc)}
            for doc in documents
        )
        helpers.bulk(self.client, actions, refresh=self.refresh, chunk_size=1000)

    def delete(self, document_ids: list[str]) -> None:
        # Ids need not name their locale, so delete from every locale (delete_by_query lives in the
        # reindex module, which the integration-test distribution lacks).
        aliases = [self.alias(locale) for locale in self.locales]
        aliases = [alias for alias in aliases if self.client.indices.exists_alias(name=alias)]
        actions = [
            {"_op_type": "delete", "_index": alias, "_id": document_id}
            for alias in aliases
            for document_id in document_ids
        ]
        if not actions:
            return
        _done, errors = helpers.bulk(self.client, actions, refresh=self.refresh, raise_on_error=False)
        failures = [error for error in errors if error.get("delete", {}).get("status") != 404]
        if failures:
            raise RuntimeError(f"Elasticsearch could not delete {failures[:3]}")

    def bulk_load(self, index: str, documents: Iterable[SearchDocument], chunk_size: int = 1000) -> int:
        """Bulk requests from two threads, so building one request overlaps Elasticsearch indexing another."""
        actions = (
            {"_op_type": "index", "_index": index, "_id": doc.id, "_source": source(doc)} for doc in documents
        )
        indexed = 0
        for ok, item in helpers.parallel_bulk(
            self.client.options(request_timeout=120), actions, thread_count=2, chunk_size=chunk_size
        ):
            if not ok:
                raise RuntimeError(f"Elasticsearch refused a document: {item}")
            indexed += 1
        return indexed

    def rebuild(self, documents_by_locale: dict[str, list[SearchDocument]]) -> None:
        """Fill fresh indexes while the aliases still serve the old ones, then swap them in one call."""
        locales = sorted(set(self.locales) | set(documents_by_locale))
        new_indexes = {}
        try:
            for locale in locales:
                name = self.create_index(locale)
                new_indexes[locale] = name
                loading = {"refresh_interval": "-1", "translog.durability": "async"}
                self.client.indices.put_settings(index=name, settings=loading)
                self.bulk_load(name, documents_by_locale.get(locale, ()))
                serving = {"refresh_interval": None, "translog.durability": None}
                self.client.indices.put_settings(index=name, settings=serving)
                self.client.indices.refresh(index=name)
                # One segment per shard: a fresh index is read far more than written, and counting
                # facets over one segment needs no mapping of its values to the shard's ordinals.
                self.client.options(request_timeout=3600).indices.forcemerge(index=name, max_num_segments=1)
        except Exception:
            for name in new_indexes.values():
                self.client.indices.delete(index=name, ignore_unavailable=True)
            raise
        old_indexes = self.indexes_behind_aliases(locales)
        actions = []
        for locale, name in new_indexes.items():
            for old in old_indexes.get(locale, ()):
                actions.append({"remove": {"index": old, "alias": self.alias(locale)}})
            actions.append({"add": {"index": name, "alias": self.alias(locale)}})
        self.client.indices.update_aliases(actions=actions)
        stale = [old for names in old_indexes.values() for old in names]
        if stale:
            self.client.indices.delete(index=",".join(stale), ignore_unavailable=True)

    def indexes_behind_aliases(self, locales: Iterable[str]) -> dict[str, list[str]]:
        found = {}
        for locale in locales:
            alias = self.alias(locale)
            if self.client.indices.exists_alias(name=alias):
                found[locale] = sorted(self.client.indices.get_alias(name=alias).body)
        return found

    def drop(self) -> None:
        """Delete every index of this prefix (tests and benchmarks clean up with it)."""
        # Wildcard deletes are refused by default (action.destructive_requires_name), so name them.
        names = list(
            self.client.indices.get(
                index=f"{self.prefix}-search-*", allow_no_indices=True, expand_wildcards="all"
            ).body
        )
        if names:
            self.client.indices.delete(index=",".join(names), ignore_unavailable=True)

    # --- health ------------------------------------------------------------------------------

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
