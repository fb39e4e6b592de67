"""When a search finds nothing in the visitor's language: how many it finds in each other
language, with a link to that search there. One count-only query per other language, asked only
when the result is empty; the counts come from the public index, like every search."""

from __future__ import annotations

from dataclasses import replace

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from search.engines.base import SearchQuery, SearchReader

IN_LANGUAGE = {"nb": _("in Norwegian"), "sv": _("in Swedish"), "en": _("in English")}


def other_locales(engine: SearchReader, query: SearchQuery, params: str) -> list[dict]:
    """[{locale, total, url}] of the other languages where `query` finds something; `params` is
    the query string of the search (its filters mean the same in every language)."""
    found = []
    for code, _name in settings.LANGUAGES:
        if code == query.locale:
            continue
        total = engine.count(replace(query, locale=code, page=1))
        if total:
            with translation.override(code):
                url = f"{reverse('search:search')}?{params}" if params else reverse("search:search")
            found.append({"locale": code, "total": total, "url": url})
    return found


def hint(query: SearchQuery, found: list[dict]) -> dict | None:
    """The sentence and links the search page shows, in the visitor's language."""
    if not found:
        return None
    return {
        "none_here": gettext("No results %(in_language)s.") % {"in_language": IN_LANGUAGE[query.locale]},
        "links": [
            {
                **other,
                "label": ngettext(
                    "%(count)s result %(in_language)s", "%(count)s results %(in_language)s", other["total"]
                )
                % {"count": other["total"], "in_language": IN_LANGUAGE[other["locale"]]},
            }
            for other in found
        ],
    }
