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

The entries live in the "pages" cache (Redis when configured, shared by every app server); each
process also keeps the pages it served last (`LOCAL`), under the same generation-bearing keys.
"""

import hashlib
import re
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseNotModified
from django.http.cookie import parse_cookie
from django.utils.cache import patch_vary_headers

from core.cache import current_generation

HEADER = "X-Page-Cache"
PRIVATE = "private, no-cache"
# Set per visitor: a page for one of them must never be served to another.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Added per response by the middleware outside (RequestIdMiddleware) or per visitor.
NOT_STORED_HEADERS = frozenset({"set-cookie", "x-request-id", HEADER.lower()})
NOT_MODIFIED_HEADERS = ("ETag", "Cache-Control", "Vary", "Content-Language")
KEY_IN_ENVIRON = "portal.page_cache_key"


class LocalPages:
    """The pages this process served last, so that a hit costs no read of the shared cache but the
    generation's. Bounded in number; an entry ends when the shared one does (its expiry is stored
    with it: `(headers, content, expires)`, wall-clock seconds)."""

    def __init__(self, size=256):
        self.size = size
        self.entries = OrderedDict()
        self.lock = threading.Lock()  # threaded workers (WEB_THREADS) share it

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry[2] < time.time():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return entry

    def set(self, key, entry):
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def clear(self):
        with self.lock:
            self.entries.clear()


LOCAL = LocalPages()


def cache_control():
    shared = settings.PAGE_CACHE_CDN_SECONDS
    return f"public, max-age=0, s-maxage={shared}, stale-while-revalidate={shared}"


def public_path(path, _pattern={}):  # noqa: B006 - a cache of the compiled pattern
    if "re" not in _pattern:
        languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
        _pattern["re"] = re.compile(rf"/(?:{languages})/")
    return _pattern["re"].match(path) is not None


def page_key(environ):
    """The cache key of a request (its WSGI environ, or request.META), or None when it may neither
    read nor fill the cache. The host is taken as sent: only a host Django accepted ever has a
    response stored under it."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return None
    path = environ.get("PATH_INFO", "")
    if not public_path(path):
        return None
    cookies = environ.get("HTTP_COOKIE", "")
    if cookies and any(name in parse_cookie(cookies) for name in PERSONAL_COOKIES):
        return None
    query = environ.get("QUERY_STRING", "")
    if len(query) > settings.PAGE_CACHE_MAX_QUERY_LENGTH:
        return None
    url = f"{scheme(environ)}://{environ.get('HTTP_HOST', '')}{environ.get('SCRIPT_NAME', '')}{path}?{query}"
    digest = hashlib.blake2b(url.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()
    return f"page:{current_generation()}:{digest}"


def scheme(environ):
    """As request.is_secure() sees it (a proxy's header when SECURE_PROXY_SSL_HEADER names one)."""
    proxy = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if proxy and proxy[0] in environ:
        return "https" if environ[proxy[0]].split(",")[0].strip() == proxy[1] else "http"
    return environ.get("wsgi.url_scheme", "http")


def cached(key):
    """(headers, content, expires) stored under `key`, or None."""
    entry = LOCAL.get(key)
    if entry is None:
        entry = caches["pages"].get(key)
        if entry is not None:
            LOCAL.set(key, entry)
    return entry


def not_modified(environ, headers):
    etag = headers.get("ETag")
    return etag is not None and environ.get("HTTP_IF_NONE_MATCH") == etag


class CachedPagesApp:
    """The WSGI application in front of Django's (portal/wsgi.py): a hit is answered here, before
    Django builds a request or runs any middleware, with the same stored headers and a request id
    of its own (`request_id(environ)`, as RequestIdMiddleware gives one). Everything else, and every
    decision to store, is Django's (PageCacheMiddleware)."""

    def __init__(self, application, request_id):
        self.application = application
        self.request_id = request_id

    def __call__(self, environ, start_response):
        key = page_key(environ) if settings.PAGE_CACHE_SECONDS > 0 else None
        if key is not None:
            entry = cached(key)
            if entry is not None:
                return self.hit(environ, start_response, entry)
            environ[KEY_IN_ENVIRON] = key  # looked up already: the middleware need not again
        return self.application(environ, start_response)

    def hit(self, environ, start_response, entry):
        headers, content, _expires = entry
        extra = [("X-Request-ID", self.request_id(environ)), (HEADER, "hit")]
        if not_modified(environ, headers):
            kept = [(name, headers[name]) for name in NOT_MODIFIED_HEADERS if name in headers]
            start_response("304 Not Modified", kept + extra)
            return []
        start_response("200 OK", list(headers.items()) + extra)
        return [] if environ["REQUEST_METHOD"] == "HEAD" else [content]


class PageCacheMiddleware:
    """Belongs right after RequestIdMiddleware: a stored response holds the security, CSP and
    permissions headers the middleware after it added, and a hit costs no session, user or database.
    A plain-http request has a key of its own, so it is answered from the cache only where Django
    answered it with a page (SECURE_SSL_REDIRECT off), never instead of the redirect."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0:
            return self.get_response(request)
        key = request.META.get(KEY_IN_ENVIRON) or page_key(request.META)
        if key is not None and KEY_IN_ENVIRON not in request.META:
            entry = cached(key)
            if entry is not None:
                return self.hit(request, entry)
        response = self.get_response(request)
        if key is not None and request.method == "GET" and self.storable(request, response):
            self.store(key, response, seconds)
        elif "text/html" in response.get("Content-Type", "") and not response.has_header("Cache-Control"):
            response["Cache-Control"] = PRIVATE
        return response

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
        headers.setdefault("Content-Length", str(len(response.content)))
        entry = (headers, response.content, time.time() + seconds)
        caches["pages"].set(key, entry, seconds)
        LOCAL.set(key, entry)
        response[HEADER] = "miss"

    def hit(self, request, entry):
        headers, content, _expires = entry
        if not_modified(request.META, headers):
            response = HttpResponseNotModified()
            for name in NOT_MODIFIED_HEADERS:
                if name in headers:
                    response[name] = headers[name]
        else:
            response = HttpResponse(content, headers=headers)
        response[HEADER] = "hit"
        return response
