"""What every part of the Elasticsearch engine shares: its client, its settings and its index names."""

from __future__ import annotations

import time
from collections.abc import Iterable

from elasticsearch import Elasticsearch

from search.engines.breaker import CircuitBreaker, elasticsearch_client
from search.engines.elastic.mapping import LOCALES

# Above this share of a locale's documents, the facet counts under a query's text and filters are
# counted as "everything minus the documents they do not pass": a common word, or a filter most
# documents pass, then visits the few documents that fail instead of the many that pass.
COMPLEMENT_SHARE = 0.5


class ElasticsearchConnection:
    """The client (with its circuit breaker), the settings and the index names of one prefix."""

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
        complement_share: float | None = None,
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
        self.complement_share = COMPLEMENT_SHARE if complement_share is None else complement_share
        self._value_counts: dict[str, tuple[int, dict[str, int], float]] = {}
        self._mapped: set[str] = set()  # locales whose index is known to have the current mapping

    # --- names -------------------------------------------------------------------------------

    def alias(self, locale: str) -> str:
        return f"{self.prefix}-search-{locale}"

    def new_index_name(self, locale: str) -> str:
        return f"{self.alias(locale)}-{time.strftime('%Y%m%d%H%M%S')}-{time.time_ns() % 1_000_000:06d}"
