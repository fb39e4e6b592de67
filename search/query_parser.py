"""Turning request parameters into a SearchQuery, or a clear message about the one that is wrong.

Shared by the search page and the JSON API, so both accept and refuse exactly the same input.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from search.engines.base import FACETS, SORTS, SearchQuery
from search.labels import FACET_LABELS
from search.understanding import understood_text

MAX_QUERY_LENGTH = 500
MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 20
MAX_RESULT_WINDOW = 10_000  # deeper pages are refused by Elasticsearch too


@dataclass
class QueryError(Exception):
    parameter: str
    message: str

    def as_json(self) -> dict:
        return {"error": {"parameter": self.parameter, "message": str(self.message)}}


def locale_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def parse_locale(value: str | None) -> str:
    if value is None or value == "":
        return settings.LANGUAGE_CODE
    if value not in locale_codes():
        raise QueryError(
            "locale",
            _("Unknown language “%(value)s”. Use one of: %(choices)s.")
            % {"value": value[:20], "choices": ", ".join(locale_codes())},
        )
    return value


def parse_text(value: str) -> str:
    if len(value) > MAX_QUERY_LENGTH:
        raise QueryError(
            "q",
            _("The search text is too long (%(length)s characters). Use at most %(limit)s.")
            % {"length": len(value), "limit": MAX_QUERY_LENGTH},
        )
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise QueryError("q", _("The search text contains control characters. Remove them and try again."))
    return value.strip()


def parse_positive_int(parameter: str, value: str | None, default: int, maximum: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        number = None
    if number is None or not 1 <= number <= maximum:
        if parameter == "page":
            message = _("The page number must be a whole number from 1 to %(maximum)s.")
        else:
            message = _("The page size must be a whole number from 1 to %(maximum)s.")
        raise QueryError(parameter, message % {"maximum": maximum})
    return number


def parse_filters(params, known_values: dict[str, dict[str, str]]) -> dict[str, tuple[str, ...]]:
    filters = {}
    for facet in FACETS:
        values = tuple(dict.fromkeys(value for value in params.getlist(facet) if value != ""))
        for value in values:
            if value not in known_values.get(facet, {}):
                raise QueryError(
                    facet,
                    _("“%(value)s” is not a known value for the filter “%(filter)s”.")
                    % {"value": value[:100], "filter": FACET_LABELS[facet]},
                )
        if values:
            filters[facet] = values
    return filters


def parse_search_params(params, locale: str, known_values: dict[str, dict[str, str]]) -> SearchQuery:
    """A SearchQuery from GET parameters (a QueryDict), or QueryError naming the wrong parameter."""
    # "verktøy for medvirkning" asks for tools about medvirkning (search/understanding.py).
    text = understood_text(parse_text(params.get("q", "")), locale)
    filters = parse_filters(params, known_values)
    sort = params.get("sort") or "relevance"
    if sort not in SORTS:
        raise QueryError("sort", _("Sort by “relevance” or “newest”."))
    page_size = parse_positive_int("page_size", params.get("page_size"), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    page = parse_positive_int("page", params.get("page"), 1, MAX_RESULT_WINDOW // page_size)
    return SearchQuery(text=text, locale=locale, filters=filters, sort=sort, page=page, page_size=page_size)
