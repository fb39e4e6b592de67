"""Related content: what shares an initiative's or a tool's phases and themes.

Phases and themes are synchronised across languages (they may point at the source language's
phase pages and themes), so matching is by translation key, and the related pages are those of
the page's own language."""

from django.apps import apps
from django.core.cache import cache
from django.db.models import Count, Q

from core.public_tree import public
from navigation.cache import MENU_CACHE_SECONDS, menu_cache_key

RELATED_LIMIT = 4


def sharing_tags(model, page, limit=RELATED_LIMIT, preview=False):
    """Live, public pages of `model` in the page's language that share a phase or a theme with it,
    the ones sharing most first. A live page's tags are read in a subquery (one query in all);
    a preview's tags live only in memory, so they are read as objects. The list is cached for
    every visitor, so nothing behind a view restriction is in it."""
    if preview:
        phases = [phase.translation_key for phase in page.phases.all()]
        themes = [theme.translation_key for theme in page.themes.all()]
    else:
        phases = page.phases.values("translation_key")
        themes = page.themes.values("translation_key")
    shared = Q(phases__translation_key__in=phases) | Q(themes__translation_key__in=themes)
    return list(
        public(model.objects.live())
        .filter(locale_id=page.locale_id)
        .filter(shared)
        .exclude(pk=page.pk)
        .annotate(shared=Count("pk"))
        .order_by("-shared", "title")[:limit]
    )


def related_for(page, preview=False):
    """[(kind, [{title, url, summary}])] to show under a page, cached until the next publish.
    A preview is never cached: its tags may differ from the live page's."""
    key = f"{menu_cache_key('related')}:{page.pk}"
    related = None if preview else cache.get(key)
    if related is None:
        related = [(kind, [related_entry(p) for p in pages]) for kind, pages in related_pages(page, preview)]
        if not preview:
            cache.set(key, related, MENU_CACHE_SECONDS)
    return related


def related_entry(page):
    return {
        "title": page.title,
        "url": page.url,
        "summary": getattr(page, "summary", ""),
        "evidence_level": getattr(page, "evidence_level", ""),
    }


def related_pages(page, preview=False):
    model_name = type(page).__name__
    if model_name == "InitiativePage":
        return [("tools", sharing_tags(apps.get_model("resources", "ToolPage"), page, preview=preview))]
    if model_name == "ToolPage":
        return [
            ("initiatives", sharing_tags(apps.get_model("cases", "InitiativePage"), page, preview=preview))
        ]
    return []
