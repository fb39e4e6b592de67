"""The generation of the search indexes: a number that moves on once a write has become visible to
searches (the embedded index's at its transaction's commit, Elasticsearch's after the refresh its
writes wait for). Whatever is kept from a search (search.response_cache) is kept under the generation
read before the search was asked, so it is never served once a later write is visible: a page given
a view restriction leaves cached searches at the same moment it leaves the index."""

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, transaction

from core.cache import from_the_clock, start_generation

GENERATION_KEY = "search:index-generation"


def current_index_generation() -> int:
    # From the clock, never from 1 again after the cache was emptied: an older entry must not match.
    return cache.get_or_set(GENERATION_KEY, from_the_clock, None)


def index_changed() -> None:
    start_generation(GENERATION_KEY)  # remembered in the database if the cache does not answer


def index_changes_at_commit(using: str = DEFAULT_DB_ALIAS) -> None:
    """For writes inside a transaction: visible to other requests when it commits, not before."""
    transaction.on_commit(index_changed, using=using)
