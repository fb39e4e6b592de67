"""The Elasticsearch 8 engine: one index per locale behind an alias, faceted with counting searches.

Analysis mirrors the embedded engine token for token (search.analysis): the same word pattern,
lowercase, the same stem overrides and Snowball stemmer, ASCII folding after stemming, and the same
synonym groups at query time (`mapping`). That is what lets the contract tests demand the same hits
and counts from both engines. `query` builds the search for the hits, `counting` the searches for
the facet counts, `reading` sends them in one multi-search, `writing` indexes and rebuilds.
"""

from search.engines.elastic.engine import ElasticsearchEngine
from search.engines.elastic.mapping import FACET_VALUES, LOCALES, MAPPING_PROPERTIES

__all__ = ["FACET_VALUES", "LOCALES", "MAPPING_PROPERTIES", "ElasticsearchEngine"]
