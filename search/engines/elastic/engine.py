"""The Elasticsearch 8 engine: one index per locale behind an alias, read and written."""

from __future__ import annotations

from search.engines.base import SearchEngine
from search.engines.elastic.reading import ElasticsearchReader
from search.engines.elastic.writing import ElasticsearchWriter


class ElasticsearchEngine(ElasticsearchReader, ElasticsearchWriter, SearchEngine):
    """Both roles over one connection (ElasticsearchConnection's settings and index names)."""
