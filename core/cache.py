"""One cache generation for everything shown to all visitors of a language (menus, breadcrumbs,
related content, what a phase page gathers, and whole pages in the page cache): a change to the page
tree, the tags or the snippets pages show starts a new one, so nothing cached outlives what it shows.
The signals that start it are in navigation/cache.py (pages, images, documents), taxonomy/names.py
(tags) and glossary/signals.py (terms); domain apps read the key from here."""

import logging
import time

from django.core.cache import cache
from django.db import DatabaseError, connection, transaction

logger = logging.getLogger(__name__)

MENU_CACHE_SECONDS = 60 * 60
GENERATION_KEY = "navigation:menu-generation"


def current_generation():
    # A new one starts from the clock, never from 1 again: after the cache was emptied (a Redis
    # restart), a process's own copies of pages (core/pagecache.py) must not match an old generation.
    return cache.get_or_set(GENERATION_KEY, from_the_clock, None)


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


def from_the_clock():
    return time.time_ns() // 1_000_000


def start_generation(key):
    """A new generation under `key` (this one, or search's index generation). When the shared cache
    does not answer (django-redis answers None for an error it ignores), the start is remembered in
    the database and made by the worker once the cache answers again (`settle_cache_generations`):
    Redis cut off, not restarted, would otherwise bring back what was kept before the change."""
    try:
        if cache.incr(key) is None:
            _missed(key)
    except ValueError:  # not there (never read, or the cache was emptied)
        cache.set(key, from_the_clock(), None)


def _missed(key):
    from core.models import MissedGenerationStart

    try:
        with transaction.atomic():
            MissedGenerationStart.objects.update_or_create(key=key)
    except DatabaseError as error:  # the editor's change stands; the log says what was not cleared
        logger.error("Cache generation %s could not be started or remembered: %s", key, error)


def settle_missed_generations() -> int:
    """Starts the generations missed while the shared cache did not answer; how many it started."""
    from core.models import MissedGenerationStart

    started = 0
    for missed in MissedGenerationStart.objects.all():
        try:
            answered = cache.incr(missed.key) is not None
        except ValueError:  # emptied meanwhile: whatever comes next starts from the clock
            answered = True
        if answered:
            missed.delete()
            started += 1
    return started


def _bump():
    start_generation(GENERATION_KEY)


def start_new_generation(**kwargs):
    """A new generation now (for this transaction's own reads) and, inside a transaction, again
    when it commits: a visitor's request that read the old rows in between may have cached them
    under the new generation, and must not keep them."""
    _bump()
    if connection.in_atomic_block:
        transaction.on_commit(_bump)
