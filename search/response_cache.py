"""Whole search responses (the search page's HTML, the API's JSON) for anonymous visitors, kept per
URL until the content or the index changes: the key holds the page-tree generation (core.cache: any
publish, unpublish, move, restriction or snippet change) and the index generation
(search.engines.generation: any write to an index, once searches can see it), both read before the
search is asked. A kept response is answered in front of Django under gunicorn (`KeptSearchesApp`,
portal/wsgi.py), and by `KeptSearchesMiddleware` right after the page cache's otherwise (the test
client, runserver), before the rest of the middleware and the view; each one is still counted
(insights), from the query kept with it.

Kept only while the page cache is on (PAGE_CACHE_SECONDS) and only what nothing personal shaped: no
session or messages cookie, no signed-in user, a 200 that set no cookie and used no CSRF token, and
only what a search view marked (`keep_search`). Browsers and CDNs are still told `private, no-cache`.
"""

from __future__ import annotations

import functools
import hashlib
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.urls import reverse
from django.utils import translation

from core.cache import GENERATION_KEY, current_generation
from core.pagecache import NOT_STORED_HEADERS, PERSONAL_COOKIES, LocalPages, scheme
from search.engines.generation import GENERATION_KEY as INDEX_GENERATION_KEY
from search.engines.generation import current_index_generation
from search.signals import search_done

HEADER = "X-Search-Cache"
# The searches this process answered last (as core.pagecache.LOCAL keeps pages), under the same
# generation-bearing keys: a repeated search costs no read of the shared cache but the generations'.
LOCAL = LocalPages()
MARK = "_search_to_keep"
KEY_IN_ENVIRON = "portal.kept_search_key"
ENTRY_LENGTH = 5  # (headers, content, expires, query, total)


@functools.cache
def search_paths() -> dict[str, str]:
    """{path: "page" or "api"}: the search page in each language and the search API."""
    paths = {reverse("search_api"): "api"}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths[reverse("search:search")] = "page"
    return paths


def keep_search(request, query, total: int) -> None:
    """Called by a search view: its response may be kept, and `query` counted again with it."""
    setattr(request, MARK, (query, total))


def generations() -> tuple[int, int]:
    """The page-tree and index generations, in one read of the shared cache."""
    found = cache.get_many([GENERATION_KEY, INDEX_GENERATION_KEY])
    return (
        found.get(GENERATION_KEY) or current_generation(),
        found.get(INDEX_GENERATION_KEY) or current_index_generation(),
    )


def response_key(environ) -> str | None:
    """The key of a request's response (its WSGI environ, or request.META), or None when it may be
    neither read nor kept. The host is taken as sent: only a host Django accepted ever has a
    response kept under it."""
    path = environ.get("PATH_INFO", "")
    kind = search_paths().get(path)
    if kind is None or settings.PAGE_CACHE_SECONDS <= 0 or environ.get("REQUEST_METHOD") != "GET":
        return None
    query = environ.get("QUERY_STRING", "")
    if not query or len(query) > settings.PAGE_CACHE_MAX_QUERY_LENGTH:
        return None  # the bare search page is the page cache's
    cookies = environ.get("HTTP_COOKIE", "")
    if cookies and any(name in parse_cookie(cookies) for name in PERSONAL_COOKIES):
        return None
    url = f"{scheme(environ)}://{environ.get('HTTP_HOST', '')}{environ.get('SCRIPT_NAME', '')}{path}?{query}"
    digest = hashlib.blake2b(url.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()
    page, index = generations()
    return f"search:{ENTRY_LENGTH}:{kind}:{page}:{index}:{digest}"


def kept(key: str):
    """(headers, content, expires, query, total) kept under `key`, or None."""
    entry = LOCAL.get(key)
    if entry is None:
        try:
            entry = caches["pages"].get(key)
        except Exception:  # noqa: BLE001 - kept by another release, in a shape this one cannot read
            return None
        if not (isinstance(entry, tuple) and len(entry) == ENTRY_LENGTH):
            return None
        LOCAL.set(key, entry)
    return entry


def count_again(request, entry) -> None:
    _headers, _content, _expires, query, total = entry
    search_done.send_robust(sender=KeptSearchesMiddleware, request=request, query=query, total=total)


class KeptSearchesApp:
    """The WSGI application in front of the page cache's (portal/wsgi.py): a kept search is answered
    here, with its stored headers and a request id of its own, and counted. Counting a visitor's
    search (robots' are not) writes its row on this process's database connection; if that fails, the
    search is answered uncounted and the next request Django handles replaces the connection."""

    def __init__(self, application, request_id):
        self.application = application
        self.request_id = request_id

    def __call__(self, environ, start_response):
        key = response_key(environ)
        if key is not None:
            entry = kept(key)
            if entry is not None:
                count_again(WSGIRequest(environ), entry)
                extra = [("X-Request-ID", self.request_id(environ)), (HEADER, "hit")]
                start_response("200 OK", list(entry[0].items()) + extra)
                return [entry[1]]
            environ[KEY_IN_ENVIRON] = key  # looked up already: the middleware need not again
        return self.application(environ, start_response)


class KeptSearchesMiddleware:
    """Belongs right after core.pagecache.PageCacheMiddleware: a kept response holds the headers
    of the middleware after it, and answering one costs no session, user or view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = request.META.get(KEY_IN_ENVIRON)  # looked up by KeptSearchesApp already, or:
        looked_up = key is None and (key := response_key(request.META)) is not None
        if looked_up and (entry := kept(key)) is not None:
            count_again(request, entry)
            response = HttpResponse(entry[1], headers=entry[0])
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        marked = getattr(request, MARK, None)
        if key is not None and marked is not None and self.storable(request, response):
            self.store(key, response, *marked)
        return response

    def storable(self, request, response) -> bool:
        user = getattr(request, "user", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_USED")
            and not (user is not None and user.is_authenticated)
        )

    def store(self, key, response, query, total) -> None:
        seconds = settings.PAGE_CACHE_SECONDS
        headers = {name: value for name, value in response.items() if name.lower() not in NOT_STORED_HEADERS}
        entry = (headers, response.content, time.time() + seconds, query, total)
        caches["pages"].set(key, entry, seconds)
        LOCAL.set(key, entry)
        response[HEADER] = "miss"
