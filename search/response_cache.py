"""Whole search responses (the search page's HTML, the API's JSON) for anonymous visitors, kept per
URL until the content or the index changes: the key holds the page-tree generation (core.cache: any
publish, unpublish, move, restriction or snippet change) and the index generation
(search.engines.generation: any write to an index, once searches can see it), both read before the
search is asked. The view still runs for a kept response, so every search is counted (insights).

Kept only while the page cache is on (PAGE_CACHE_SECONDS) and only what nothing personal shaped: no
session or messages cookie, no signed-in user, a 200 that set no cookie and used no CSRF token."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.http.cookie import parse_cookie

from core.cache import current_generation
from core.pagecache import PERSONAL_COOKIES
from search.engines.generation import current_index_generation

HEADER = "X-Search-Cache"


@dataclass(frozen=True)
class KeptResponse:
    content: bytes
    content_type: str
    total: int  # what the search found, for counting it again

    def response(self) -> HttpResponse:
        response = HttpResponse(self.content, content_type=self.content_type)
        response[HEADER] = "hit"
        return response


def response_key(request, kind: str) -> str | None:
    """The key of this request's response (`kind`: "page" or "api"), or None when it may be neither
    read nor kept."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method != "GET":
        return None
    cookies = request.META.get("HTTP_COOKIE", "")
    if cookies and any(name in parse_cookie(cookies) for name in PERSONAL_COOKIES):
        return None
    query = request.META.get("QUERY_STRING", "")
    if len(query) > settings.PAGE_CACHE_MAX_QUERY_LENGTH:
        return None
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.blake2b(url.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()
    return f"search:{kind}:{current_generation()}:{current_index_generation()}:{digest}"


def kept(key: str | None) -> KeptResponse | None:
    if key is None:
        return None
    entry = caches["pages"].get(key)
    return entry if isinstance(entry, KeptResponse) else None


def keep(key: str | None, request, response: HttpResponse, total: int) -> HttpResponse:
    """Keeps `response` under `key` when nothing about it is personal; says which it was."""
    if key is None:
        return response
    user = getattr(request, "user", None)
    if (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and not (user is not None and user.is_authenticated)
    ):
        entry = KeptResponse(response.content, response["Content-Type"], total)
        caches["pages"].set(key, entry, settings.PAGE_CACHE_SECONDS)
        response[HEADER] = "miss"
    return response
