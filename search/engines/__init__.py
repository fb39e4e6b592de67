"""Which engine answers (`get_engine`, a SearchReader): Elasticsearch when configured (falling back
to the embedded engine when it fails, or at once while its circuit breaker skips it), otherwise the
embedded engine. Which indexes are written (`index_writers`): the embedded one always, in the
content's transaction, so a fallback answers from current data; Elasticsearch after the commit."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from django.conf import settings

from search.engines.base import SearchQuery, SearchReader, SearchResult, SearchWriter
from search.engines.breaker import CircuitBreaker, CircuitOpen
from search.engines.embedded import EmbeddedEngine

logger = logging.getLogger(__name__)

_elasticsearch = None
_elasticsearch_lock = threading.Lock()


def elasticsearch_engine():
    """The one ElasticsearchEngine of this process (its client keeps a connection pool), or None."""
    global _elasticsearch
    if not settings.ELASTICSEARCH_URL:
        return None
    with _elasticsearch_lock:
        wanted = (
            settings.ELASTICSEARCH_URL,
            settings.PORTAL_SEARCH_INDEX_PREFIX,
            settings.ELASTICSEARCH_SHARDS,
            settings.ELASTICSEARCH_CONNECT_TIMEOUT,
            settings.ELASTICSEARCH_TIMEOUT,
            settings.ELASTICSEARCH_BREAKER_FAILURES,
            settings.ELASTICSEARCH_BREAKER_SECONDS,
            settings.ELASTICSEARCH_REFRESH_AT_ONCE,
        )
        engine = _elasticsearch
        # An engine made elsewhere (a test's) has no `configured`: its address is what must match.
        if (
            engine is None
            or (engine.url, engine.prefix, engine.shards) != wanted[:3]
            or getattr(engine, "configured", wanted) != wanted
        ):
            from search.engines.elastic import ElasticsearchEngine

            url, prefix, shards, connect, read, failures, seconds, at_once = wanted
            engine = ElasticsearchEngine(
                url,
                prefix=prefix,
                shards=shards,
                refresh=at_once,
                connect_timeout=connect,
                timeout=read,
                breaker=CircuitBreaker(f"Elasticsearch at {url}", failures, seconds),
            )
            engine.configured = wanted
            _elasticsearch = engine
    return _elasticsearch


class FallbackEngine(SearchReader):
    """Asks `primary` (through its circuit breaker, when it has one); if it raises, logs a warning
    and asks `fallback`; while the breaker is open, asks `fallback` at once. It only reads: the
    writes go through `index_writers`."""

    def __init__(self, primary: SearchReader, fallback: SearchReader):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    def search(self, query: SearchQuery) -> SearchResult:
        return self._ask("search", query)

    def count(self, query: SearchQuery) -> int:
        return self._ask("count", query)

    def _ask(self, method: str, query: SearchQuery):
        breaker = getattr(self.primary, "breaker", None)
        primary = getattr(self.primary, method)
        try:
            return breaker.call(primary, query) if breaker else primary(query)
        except CircuitOpen:  # skipped without asking; the breaker logged when it opened
            return getattr(self.fallback, method)(query)
        except Exception as error:  # noqa: BLE001 - any failure of the primary means: use the fallback
            logger.warning(
                "Search engine %s failed (%s: %s); answering from %s",
                self.primary.name,
                type(error).__name__,
                error,
                self.fallback.name,
            )
            return getattr(self.fallback, method)(query)

    def vocabulary(self, locale: str) -> dict[str, str]:
        """The fallback's: the embedded index is the one always current, and the one keeping words."""
        return self.fallback.vocabulary(locale)

    def health(self) -> dict:
        return engine_health()


def get_engine() -> SearchReader:
    """The engine that answers visitors."""
    elasticsearch = elasticsearch_engine()
    if elasticsearch is None:
        return EmbeddedEngine()
    return FallbackEngine(elasticsearch, EmbeddedEngine())


@dataclass(frozen=True)
class IndexWriters:
    """Every index that must be kept up to date. `always_current` (the embedded index) is written in
    the transaction of the content change, so it never disagrees with the content and the fallback
    and the outbox's healing can rely on it; `after_commit` (Elasticsearch, when configured) are
    written once the change is committed, and what they miss waits in the outbox."""

    always_current: SearchWriter
    after_commit: tuple[SearchWriter, ...] = ()

    def __iter__(self):
        yield self.always_current
        yield from self.after_commit


def index_writers() -> IndexWriters:
    elasticsearch = elasticsearch_engine()
    return IndexWriters(EmbeddedEngine(), (elasticsearch,) if elasticsearch is not None else ())


def engine_health() -> dict:
    """For /healthz: the engine in use and whether it answers; with Elasticsearch down, the fallback."""
    elasticsearch = elasticsearch_engine()
    if elasticsearch is None:
        return EmbeddedEngine().health()
    try:
        health = dict(elasticsearch.health())
    except Exception as error:  # noqa: BLE001 - health reports, it never raises
        health = {"engine": "elasticsearch", "reachable": False, "error": f"{type(error).__name__}: {error}"}
    if not health.get("reachable"):
        health["fallback"] = "embedded"
    breaker = elasticsearch.breaker
    health["breaker"] = breaker.state
    if breaker.state == "open":
        health["breaker_retry_in"] = round(breaker.retry_in(), 1)
    return health
