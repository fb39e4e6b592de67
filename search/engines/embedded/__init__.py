"""The default engine: full-text search in the site's own database, no server needed.

One full-text match per search (FTS5 with bm25 on SQLite, tsvector with ts_rank on PostgreSQL,
in `sqlite` and `postgresql`) gives the matched rows and their scores. Facet counts are then
computed over that one match set, in memory, with one bitset per facet value (`bitsets`,
`locale_index`): counting a value is an AND and a popcount, so a search that matches most of the
index counts as fast as one that matches little. `reading` searches, `writing` keeps the tables
in step with the content, `vocabulary` drops the words no document holds any more.
"""

from search.engines.embedded.engine import EmbeddedEngine
from search.engines.embedded.locale_index import locale_index
from search.engines.embedded.reading import EmbeddedReader, _match_cache
from search.engines.embedded.sqlite import TITLE_WEIGHT, fts5_expression
from search.engines.embedded.writing import EmbeddedWriter

__all__ = [
    "TITLE_WEIGHT",
    "EmbeddedEngine",
    "EmbeddedReader",
    "EmbeddedWriter",
    "_match_cache",
    "fts5_expression",
    "locale_index",
]
