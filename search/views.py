"""The public search page (/<lang>/search/) and the JSON API (/api/search/). Both know only the
engine interface (search.engines) and share their parsing (search.query_parser)."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import replace
from urllib.parse import urlencode

import orjson
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from core.evidence import EvidenceLevel
from core.untranslated import IN_LANGUAGE
from search.attachments import page_numbers as document_page_numbers
from search.elsewhere import hint, other_locales
from search.engines import get_engine
from search.engines.base import FACETS, SearchQuery, SearchReader, SearchResult
from search.labels import FACET_LABELS, facet_labels
from search.query_parser import QueryError, parse_locale, parse_search_params
from search.response_cache import keep_search
from search.selection import search_feed_link
from search.signals import search_done
from search.suggestions import broader_queries, spelling_suggestion

# --- JSON API ----------------------------------------------------------------------------------------


def document_fields(hit, page_numbers: dict[str, int]) -> dict:
    return {
        "attached_to": {"title": hit.initiative_title, "url": hit.initiative_url},
        "page_number": page_numbers.get(hit.document_id),
    }


def document_page_url(hit, page_numbers: dict[str, int]) -> str:
    """A PDF hit opens at the page its snippet is on (the #page= open parameter PDF readers follow)."""
    number = page_numbers.get(hit.document_id)
    return f"{hit.url}#page={number}" if number and hit.url.lower().endswith(".pdf") else hit.url


def api_payload(result: SearchResult, labels: dict[str, dict[str, str]]) -> dict:
    query = result.query
    page_numbers = document_page_numbers(result.hits)
    return {
        "query": query.text,
        "locale": query.locale,
        "engine": result.engine,
        "total": result.total,
        "page": query.page,
        "page_size": query.page_size,
        "results": [
            {
                "kind": hit.kind,
                "title": hit.title,
                "url": hit.url,
                "snippet": hit.snippet,
                # A document's page is the page it is attached to, not an initiative.
                "initiative": {"title": hit.initiative_title, "url": hit.initiative_url}
                if hit.initiative_url and hit.kind != "document"
                else None,
                **(document_fields(hit, page_numbers) if hit.kind == "document" else {}),
                "locale": hit.locale,
                "evidence": hit.evidence or None,
                "language": hit.language or hit.locale,
            }
            for hit in result.hits
        ],
        "facets": {
            facet: facet_payload(result.facets.get(facet, []), labels.get(facet, {})) for facet in FACETS
        },
    }


def facet_payload(values, labels: dict[str, str]) -> list[dict]:
    """A facet's values as the API returns them and the search page shows them."""
    return [
        {
            "value": value.value,
            "label": labels.get(value.value, value.value),
            "count": value.count,
            "selected": value.selected,
        }
        for value in values
    ]


def json_response(payload: dict, status: int = 200) -> HttpResponse:
    """JSON in UTF-8. orjson: a search's payload (hundreds of facet values) is costly to encode
    with Django's JsonResponse."""
    return HttpResponse(orjson.dumps(payload), content_type="application/json", status=status)


@require_safe
def api_search(request):
    try:
        locale = parse_locale(request.GET.get("locale"))
    except QueryError as error:
        return json_response(error.as_json(), status=400)
    with translation.override(locale):
        labels = facet_labels(locale)
        try:
            query = parse_search_params(request.GET, locale, labels)
        except QueryError as error:
            return json_response(error.as_json(), status=400)
        engine = get_engine()
        result = engine.search(query)
        search_done.send_robust(sender=api_search, request=request, query=query, total=result.total)
        payload = api_payload(result, labels)
        # Counted only when nothing was found here (docs: README, API).
        found = other_locales(engine, query, query_params(query, page=1)) if not result.total else []
        payload["other_locales"] = [{"locale": other["locale"], "total": other["total"]} for other in found]
        keep_search(request, query, result.total)
        return json_response(payload)


FACET_VALUES_SHOWN = 10
EVIDENCE_ORDER = {level.value: position for position, level in enumerate(EvidenceLevel)}

# --- the search page -----------------------------------------------------------------------------------


def query_params(query: SearchQuery, **changes) -> str:
    """The URL query string of `query` (with `changes`), leaving out defaults."""
    query = replace(query, **changes)
    params = []
    if query.text:
        params.append(("q", query.text))
    for facet in FACETS:
        params += [(facet, value) for value in query.filters.get(facet, ())]
    if query.sort != "relevance":
        params.append(("sort", query.sort))
    if query.page > 1:
        params.append(("page", query.page))
    return urlencode(params)


def without_value(query: SearchQuery, facet: str, value: str) -> str:
    filters = {}
    for name, values in query.filters.items():
        kept = tuple(v for v in values if not (name == facet and v == value))
        if kept:
            filters[name] = kept
    return query_params(query, filters=filters, page=1)


def facet_groups(result: SearchResult, labels: dict[str, dict[str, str]]) -> list[dict]:
    groups = []
    for facet in FACETS:
        values = facet_payload(result.facets.get(facet, []), labels.get(facet, {}))
        if facet == "phase":
            values.sort(key=lambda value: value["value"])
        elif facet == "evidence":  # the scale's order, strongest first, as on the scale page
            values.sort(key=lambda value: EVIDENCE_ORDER.get(value["value"], len(EVIDENCE_ORDER)))
        if not values:
            continue
        # Long lists (municipalities) show their largest values; the rest, unless chosen, fold away.
        shown = values[:FACET_VALUES_SHOWN] + [v for v in values[FACET_VALUES_SHOWN:] if v["selected"]]
        more = [v for v in values[FACET_VALUES_SHOWN:] if not v["selected"]]
        groups.append({"name": facet, "title": FACET_LABELS[facet], "values": shown, "more": more})
    return groups


def chips(query: SearchQuery, labels: dict[str, dict[str, str]]) -> list[dict]:
    return [
        {
            "facet": FACET_LABELS[facet],
            "label": labels.get(facet, {}).get(value, value),
            "remove_query": without_value(query, facet, value),
        }
        for facet, values in query.filters.items()
        for value in values
    ]


def no_results_help(query: SearchQuery, engine: SearchReader) -> dict:
    spelling = spelling_suggestion(query, engine.vocabulary(query.locale)) if query.text else None
    spelling_total = 0
    if spelling:
        spelling_total = engine.search(replace(query, text=spelling, page=1, page_size=1)).total
    return {
        "elsewhere": hint(query, other_locales(engine, query, query_params(query, page=1))),
        "spelling": spelling if spelling_total else None,
        "spelling_query": query_params(query, text=spelling, page=1) if spelling_total else "",
        "broader": [
            {
                "query": query_params(broader.query),
                "total": broader.total,
                "facet": FACET_LABELS.get(broader.dropped_facet, ""),
                "all_filters": broader.dropped_facet == "*",
                "word": broader.dropped_word,
            }
            for broader in broader_queries(engine, query)
        ],
    }


def printable(text: str) -> str:
    return "".join(char for char in text if unicodedata.category(char) != "Cc")


def pages_of(result: SearchResult) -> dict:
    query = result.query
    count = max(1, math.ceil(result.total / query.page_size))
    return {
        "number": query.page,
        "count": count,
        "previous": query_params(query, page=query.page - 1) if query.page > 1 else None,
        "next": query_params(query, page=query.page + 1) if query.page < count else None,
    }


@require_safe
def search_page(request):
    locale = translation.get_language()
    labels = facet_labels(locale)
    context = {"search_url": reverse("search:search"), "typed_q": printable(request.GET.get("q", ""))[:1000]}
    try:
        query = parse_search_params(request.GET, locale, labels)
    except QueryError as error:
        context["error"] = error
        return render(request, "search/search.html", context, status=400)

    engine = get_engine()
    result = engine.search(query)
    search_done.send_robust(sender=search_page, request=request, query=query, total=result.total)
    kind_labels = labels["kind"]
    page_numbers = document_page_numbers(result.hits)
    context.update(
        {
            "query": query,
            "result": result,
            "hits": [
                {
                    "hit": hit,
                    "kind_label": kind_labels.get(hit.kind, hit.kind),
                    "language_label": IN_LANGUAGE.get(hit.language, hit.language),  # "" for most
                    "page_number": page_numbers.get(hit.document_id),  # a document's page the snippet is on
                    "href": document_page_url(hit, page_numbers),
                }
                for hit in result.hits
            ],
            "facet_groups": facet_groups(result, labels),
            "chips": chips(query, labels),
            "clear_filters_query": query_params(query, filters={}, page=1),
            "pages": pages_of(result),
            "has_input": bool(query.text or query.filters),
            "first_number": (query.page - 1) * query.page_size + 1,
            "first_page_query": query_params(query, page=1),
            "list_feed": search_feed_link(query, labels),
        }
    )
    if not result.total and context["has_input"]:
        context["help"] = no_results_help(query, engine)
    response = render(request, "search/search.html", context)
    if request.GET:
        # Each search must reach the server, which counts it (insights): no page cache, no CDN.
        patch_cache_control(response, private=True, no_cache=True)
        keep_search(request, query, result.total)  # kept by the server (search.response_cache)
    return response
