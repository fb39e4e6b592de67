"""The search for a page of hits: text, filters, sort, highlighting and title re-ranking."""

from __future__ import annotations

from django.utils.html import escape
from elasticsearch import Elasticsearch
from elasticsearch.dsl import FacetedSearch, TermsFacet
from elasticsearch.dsl.query import Q

from search.engines.base import FACETS, Hit, SearchQuery, evidence_of
from search.engines.elastic.mapping import FACET_VALUES

SNIPPET_LENGTH = 200
FACET_SIZE = 1000  # more than every municipality in Norway and Sweden together
TYPO_FUZZINESS = "AUTO:5,1000"  # one edit for terms of five characters or more, none below
TITLE_BOOST = 3.0
# Words in the title re-rank this many best matches (per shard), as the embedded engine weighs the
# titles of its best matches only: scoring the title of every match made common words costly.
TITLE_WINDOW = 200


def chosen(query: SearchQuery) -> dict[str, list[str]]:
    return {facet: list(values) for facet, values in query.filters.items() if values}


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
        evidence=evidence_of(document),
        score=float(raw.get("_score") or 0.0),
        language=document.get("language") or "",
    )
