"""Which engine answers: Elasticsearch when configured (falling back to the embedded engine
when it fails, or at once while its circuit breaker skips it), otherwise the embedded engine.
The embedded index is always kept up to date, so a fallback answers from current data."""

from __future__ import annotations

import logging
import threading

from django.conf import settings

from search.engines.base import SearchEngine, SearchQuery, SearchResult
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
        )
        engine = _elasticsearch
        # An engine made elsewhere (a test's) has no `configured`: its address is what must match.
        if (
            engine is None
            or (engine.url, engine.prefix, engine.shards) != wanted[:3]
            or getattr(engine, "configured", wanted) != wanted
        ):
            from search.engines.elastic import ElasticsearchEngine

            url, prefix, shards, connect, read, failures, seconds = wanted
            engine = ElasticsearchEngine(
                url,
                prefix=prefix,
                shards=shards,
                connect_timeout=connect,
                timeout=read,
                breaker=CircuitBreaker(f"Elasticsearch at {url}", failures, seconds),
            )
            engine.configured = wanted
            _elasticsearch = engine
    return _elasticsearch


class FallbackEngine(SearchEngine):
    """Asks `primary` (through its circuit breaker, when it has one); if it raises, logs a warning
    and asks `fallback`; while the breaker is open, asks `fallback` at once. Writes go to both."""

    def __init__(self, primary: SearchEngine, fallback: SearchEngine):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    def search(self, query: SearchQuery) -> SearchResult:
        breaker = getattr(self.primary, "breaker", None)
        try:
            return breaker.call(self.primary.search, query) if breaker else self.primary.search(query)
        except CircuitOpen:  # skipped without asking; the breaker logged when it opened
            return self.fallback.search(query)
        except Exception as error:  # noqa: BLE001 - any failure of the primary means: use the fallback
            logger.warning(
                "Search engine %s failed (%s: %s); answering from %s",
                self.primary.name,
                type(error).__name__,
                error,
                self.fallback.name,
            )
            return self.fallback.search(query)

    def index(self, documents):
        for engine in (self.fallback, self.primary):
            engine.index(documents)

    def delete(self, document_ids):
        for engine in (self.fallback, self.primary):
            engine.delete(document_ids)

    def rebuild(self, documents_by_locale):
        for engine in (self.fallback, self.primary):
            engine.rebuild(documents_by_locale)

    def health(self) -> dict:
        return engine_health()


def get_engine() -> SearchEngine:
    """The engine that answers visitors."""
    elasticsearch = elasticsearch_engine()
    if elasticsearch is None:
        return EmbeddedEngine()
    return FallbackEngine(elasticsearch, EmbeddedEngine())


def configured_engines() -> list[SearchEngine]:
    """Every engine that must be kept up to date: the embedded one always, Elasticsearch when set."""
    engines: list[SearchEngine] = [EmbeddedEngine()]
    elasticsearch = elasticsearch_engine()
    if elasticsearch is not None:
        engines.append(elasticsearch)
    return engines


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
