"""A search as a list to follow: its Atom feed's title and link (the feed is in feeds/search.py).
The feed follows the words and filters, not the page number or the order."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.subscriptions import feed_link, feed_title, selection_text
from search.engines.base import SearchQuery
from search.labels import FACET_LABELS


def selection_params(query: SearchQuery) -> list[tuple[str, str]]:
    """The words and filters of `query` as URL parameters."""
    params = [("q", query.text)] if query.text else []
    return params + [(facet, value) for facet, values in query.filters.items() for value in values]


def search_feed_title(query: SearchQuery, labels: dict[str, dict[str, str]]) -> str:
    """“Search: “medvirkning”; Type: Tip; Phase: 3. Mobilisation – Area initiatives”."""
    parts = [("", [f"“{query.text}”"])] if query.text else []
    for facet, values in query.filters.items():
        shown = labels.get(facet, {})
        parts.append((str(FACET_LABELS[facet]), [shown.get(value, value) for value in values]))
    return feed_title(_("Search"), selection_text(parts) or _("everything"))


def search_feed_link(query: SearchQuery, labels: dict[str, dict[str, str]]) -> dict:
    return feed_link("search_feed", search_feed_title(query, labels), selection_params(query))
