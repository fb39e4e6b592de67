"""The default engine: full-text search in the site's own database, no server needed."""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS

from search.engines.base import SearchEngine
from search.engines.embedded.reading import EmbeddedReader
from search.engines.embedded.writing import EmbeddedWriter


class EmbeddedEngine(EmbeddedReader, EmbeddedWriter, SearchEngine):
    """Reads and writes the same tables; `cache=False` turns off the cache of full-text matches."""

    name = "embedded"

    def __init__(self, using: str = DEFAULT_DB_ALIAS, cache: bool = True):
        EmbeddedReader.__init__(self, using, cache)
