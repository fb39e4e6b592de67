"""One cache generation for every list shown to all visitors of a language (menus, breadcrumbs,
related content, what a phase page gathers): a change to the page tree or to the tags starts a
new one, so no list outlives what it shows. The signals that start it are in navigation/cache.py
(pages) and taxonomy/apps.py (tags); domain apps read the key from here."""

from django.core.cache import cache

MENU_CACHE_SECONDS = 60 * 60
GENERATION_KEY = "navigation:menu-generation"


def menu_cache_key(language):
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    return f"navigation:menu:{generation}:{language}"


def start_new_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)
