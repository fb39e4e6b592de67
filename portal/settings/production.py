"""Production: everything secret or host-specific comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from portal.settings.environment import env_positive_int, env_whole_number

from .base import *  # noqa: F403

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
if SECURE_SSL_REDIRECT:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405
SECURE_HSTS_SECONDS = env_whole_number("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365, unit="seconds")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

if not REDIS_URL:  # noqa: F405 - one server's own cache; several servers share a Redis
    CACHE_DIR = os.environ.get("CACHE_DIR", "/tmp/portal-cache")
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": CACHE_DIR},
        # Its own folder: a page per URL and language outnumbers the default's 300 entries.
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.path.join(CACHE_DIR, "pages"),
            "OPTIONS": {"MAX_ENTRIES": env_positive_int("PAGE_CACHE_MAX_ENTRIES", 5000, "pages")},
        },
    }
