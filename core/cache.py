"""One cache generation for everything shown to all visitors of a language (menus, breadcrumbs,
related content, what a phase page gathers, and whole pages in the page cache): a change to the page
tree, the tags or the snippets pages show starts a new one, so nothing cached outlives what it shows.
The signals that start it are in navigation/cache.py (pages, images, documents), taxonomy/names.py
(tags) and glossary/signals.py (terms); domain apps read the key from here."""

import time

from django.core.cache import cache
from django.db import connection, transaction

MENU_CACHE_SECONDS = 60 * 60
GENERATION_KEY = "navigation:menu-generation"


def current_generation():
    # A new one starts from the clock, never from 1 again: after the cache was emptied (a Redis
    # restart), a process's own copies of pages (core/pagecache.py) must not match an old generation.
    return cache.get_or_set(GENERATION_KEY, lambda: time.time_ns() // 1_000_000, None)


def menu_cache_key(language):
    return f"navigation:menu:{current_generation()}:{language}"


def for_this_generation(name, compute):
    """compute(), kept until the next generation: for what every visitor of a page sees alike."""
    key = menu_cache_key(name)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, MENU_CACHE_SECONDS)
    return value


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns() // 1_000_000, None)


def start_new_generation(**kwargs):
    """A new generation now (for this transaction's own reads) and, inside a transaction, again
    when it commits: a visitor's request that read the old rows in between may have cached them
    under the new generation, and must not keep them."""
    _bump()
    if connection.in_atomic_block:
        transaction.on_commit(_bump)
