"""Whole responses for anonymous visitors, cached per URL (its language is in its path) and keyed on
the page-tree generation (core/cache.py), so any publish, unpublish, move, snippet change or view
restriction change clears every cached page at once, on every app server that shares the cache.

A request may be answered from the cache, and its response stored, only when nothing about it is
personal: a GET or HEAD under a language prefix (the admin, previews, the API and documents are not),
no session or messages cookie, a short query string. A response is stored only when it is a 200 that
set no cookie, used no CSRF token (a form), is no preview, and set no Cache-Control of its own (Wagtail
marks every response of a page behind a view restriction never-cache, its password form too; the
search page marks searches, which insights must count). Stored responses say `public` with a shared
max-age a CDN can follow; other HTML says `private, no-cache`. `X-Page-Cache` says hit or miss.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers

from core.cache import current_generation

HEADER = "X-Page-Cache"
PRIVATE = "private, no-cache"
# Set per visitor: a page for one of them must never be served to another.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
NOT_STORED_HEADERS = frozenset({"set-cookie", "x-request-id", HEADER.lower()})


def cache_control():
    shared = settings.PAGE_CACHE_CDN_SECONDS
    return f"public, max-age=0, s-maxage={shared}, stale-while-revalidate={shared}"


class PageCacheMiddleware:
    """Belongs after the security, CSP and static-file middleware (a hit still gets their headers
    and a plain-http request its redirect) and before the session middleware (a hit costs no
    session, user or database)."""

    def __init__(self, get_response):
        self.get_response = get_response
        languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
        self.public_path = re.compile(rf"/(?:{languages})/")

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0:
            return self.get_response(request)
        key = self.key(request)
        if key is not None:
            entry = caches["pages"].get(key)
            if entry is not None:
                return self.hit(request, entry)
        response = self.get_response(request)
        if key is not None and request.method == "GET" and self.storable(request, response):
            self.store(key, response, seconds)
        elif "text/html" in response.get("Content-Type", "") and not response.has_header("Cache-Control"):
            response["Cache-Control"] = PRIVATE
        return response

    def key(self, request):
        """The cache key of this request, or None when it may neither read nor fill the cache."""
        if request.method not in ("GET", "HEAD") or not self.public_path.match(request.path_info):
            return None
        if any(name in request.COOKIES for name in PERSONAL_COOKIES):
            return None
        query = request.META.get("QUERY_STRING", "")
        if len(query) > settings.PAGE_CACHE_MAX_QUERY_LENGTH:
            return None
        scheme = "https" if request.is_secure() else "http"
        url = f"{scheme}://{request.get_host()}{request.path}?{query}"
        digest = hashlib.blake2b(url.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()
        return f"page:{current_generation()}:{digest}"

    def storable(self, request, response):
        user = getattr(request, "user", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not response.has_header("Cache-Control")
            and not request.META.get("CSRF_COOKIE_USED")
            and not getattr(request, "is_preview", False)
            and not (user is not None and user.is_authenticated)
        )

    def store(self, key, response, seconds):
        response["Cache-Control"] = cache_control()
        patch_vary_headers(response, ("Cookie",))
        response["ETag"] = f'"{hashlib.blake2b(response.content, digest_size=16).hexdigest()}"'
        headers = {name: value for name, value in response.items() if name.lower() not in NOT_STORED_HEADERS}
        caches["pages"].set(key, (headers, response.content), seconds)
        response[HEADER] = "miss"

    def hit(self, request, entry):
        headers, content = entry
        if request.headers.get("If-None-Match") == headers.get("ETag"):
            response = HttpResponseNotModified()
            for name in ("ETag", "Cache-Control", "Vary", "Content-Language"):
                if name in headers:
                    response[name] = headers[name]
        else:
            response = HttpResponse(content, headers=headers)
        response[HEADER] = "hit"
        return response
