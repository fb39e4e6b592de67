"""The page chrome every public page shares: the main menu of a language and the breadcrumb
trail of a page. Both are cached until the page tree changes (navigation/cache.py); when
either is missing, one query reads what both need."""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page

from core.public_tree import restricted
from navigation.cache import MENU_CACHE_SECONDS, menu_cache_key
from navigation.languages import remember_translations, translations_query


def ancestor_paths(page):
    """Paths of the page and its ancestors from depth 2 (the language's home page) down."""
    step = Page.steplen
    return [page.path[: depth * step] for depth in range(2, page.depth + 1)]


def chrome_rows(language, trail_of=None):
    """In one query: the live home pages (depth 2) and their sections (depth 3) in `language`,
    each marked when it or an ancestor has a view restriction, and `trail_of`'s ancestors and live
    translations (which the language switcher and hreflang links need next)."""
    wanted = Q(depth__in=(2, 3), live=True, locale__language_code=language)
    if trail_of is not None:
        wanted |= Q(path__in=ancestor_paths(trail_of)) | translations_query(trail_of)
    return list(
        Page.objects.filter(wanted)
        .annotate(restricted=restricted())
        .select_related("locale")
        .order_by("path")
    )


def build_menu(rows, language, request):
    """Live, public children of the language's first home page (only those marked "show in
    menus" if any is)."""
    homes = [row for row in rows if row.depth == 2 and row.live and row.locale.language_code == language]
    if not homes:
        return {"home_url": f"/{language}/", "items": []}
    home = homes[0]
    children = [
        row
        for row in rows
        if row.depth == 3 and row.live and row.path.startswith(home.path) and not row.restricted
    ]
    if home.restricted:
        children = []
    if any(child.show_in_menus for child in children):
        children = [child for child in children if child.show_in_menus]
    return {
        "home_url": home.get_url(request),
        "items": [{"title": c.title, "url": c.get_url(request), "path": c.path} for c in children],
    }


def build_trail(rows, page, request):
    by_path = {row.path: row for row in rows}
    crumbs = [by_path[path] for path in ancestor_paths(page)[:-1] if path in by_path]
    return [{"title": crumb.title, "url": crumb.get_url(request)} for crumb in [*crumbs, page]]


def menu_and_trail(page, language, request):
    """({home_url, items}, [{title, url}]) for a page (or None for views that are not pages).
    A preview's trail ends in the draft's title: it is neither read from the cache nor kept."""
    menu_key = menu_cache_key(language)
    has_trail = page is not None and page.depth >= 2
    preview = getattr(request, "is_preview", False)
    trail_key = f"{menu_cache_key('trail')}:{page.pk}" if has_trail and not preview else None
    menu = cache.get(menu_key)
    trail = cache.get(trail_key) if trail_key else None  # None: built below (a preview's too)
    if not has_trail:
        trail = []
    if menu is None or trail is None:
        rows = chrome_rows(language, trail_of=page if trail is None else None)
        if trail is None:
            remember_translations(request, page, rows)
        if menu is None:
            menu = build_menu(rows, language, request)
            cache.set(menu_key, menu, MENU_CACHE_SECONDS)
        if trail is None:
            trail = build_trail(rows, page, request)
            if trail_key:
                cache.set(trail_key, trail, MENU_CACHE_SECONDS)
    return menu, trail
