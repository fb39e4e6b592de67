"""Settings shared by every environment. Values that differ come from the environment."""

import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from operations.logging import FORMATTERS, init_sentry, log_format
from portal.settings.environment import env_bool, env_list, env_positive_int, env_seconds, env_whole_number

BASE_DIR = Path(__file__).resolve().parent.parent.parent


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "taxonomy",
    "guide",
    "cases",
    "resources",
    "glossary",
    "documents",
    "maps",
    "pdfs",
    "search",
    "translations",
    "navigation",
    "feeds",
    "operations",
    "insights",
    "reviews",
    "demo",
    "axes",
    "csp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "django_tasks",
    "django_tasks_db",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "operations.middleware.RequestIdMiddleware",
    # Whole pages for anonymous visitors (with the headers of the middleware below): a hit needs no
    # session, user or database.
    "core.pagecache.PageCacheMiddleware",
    # Repeated searches, answered as early, each still counted (search/response_cache.py).
    "search.response_cache.KeptSearchesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before anything that reads the database (sessions, users), so an outage answers 503.
    "operations.middleware.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "translations.middleware.UntranslatedPageMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Connections persist across requests (checked before reuse): reopening one at every request costs
# more than a search's own work (figures in docs/benchmarks.md).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_whole_number("DATABASE_CONN_MAX_AGE", 600, unit="seconds"),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Norwegian Bokmål first. Content and interface share the same list.
LANGUAGE_CODE = "nb"
LANGUAGES = [
    ("nb", "Norsk bokmål"),
    ("sv", "Svenska"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

# New translations stay drafts until somebody publishes them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Optional machine translation in the translation editor: DeepL when DEEPL_API_KEY is set.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine_translation.PortalDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"], "TIMEOUT": 10},
    }
# Bulk PO exchange (translations/archive.py): an uploaded zip is refused above these limits.
TRANSLATION_ARCHIVE_MAX_BYTES = env_positive_int("TRANSLATION_ARCHIVE_MAX_MB", 20, "megabytes") * 1024 * 1024
TRANSLATION_ARCHIVE_MAX_UNCOMPRESSED_BYTES = 5 * TRANSLATION_ARCHIVE_MAX_BYTES
TRANSLATION_ARCHIVE_MAX_FILES = env_positive_int("TRANSLATION_ARCHIVE_MAX_FILES", 1000, "files")

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
# Country outlines for the map of initiatives (world-atlas, copied by `make assets`; read on the server).
MAP_BOUNDARIES_FILE = BASE_DIR / "maps" / "boundaries" / "countries-50m.json"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Uploads served by the app itself (operations/media.py) unless a web server in front serves them.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)


def redis_caches(url, key_prefix="portal"):
    """django-redis at `url`: the default cache and the page cache (its keys under a prefix of their
    own). A Redis outage costs only the cache, never a page: errors are ignored (and logged), and
    short timeouts keep a frozen Redis from holding the workers for long."""
    # Imported only when Redis is configured: the settings load before any app, and this needs redis.
    from operations.cache import CircuitBreakerConnection

    def redis(prefix):
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                # A Redis that failed is skipped for a few seconds: a hung one costs one timeout, not
                # one per cache call.
                "CONNECTION_POOL_KWARGS": {"connection_class": CircuitBreakerConnection},
            },
        }

    return {"default": redis(key_prefix), "pages": redis(f"{key_prefix}-pages")}


# Several app servers share one Redis (menus, language links, Wagtail's site root paths);
# without it each environment keeps its own local cache (see dev, production, test).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = redis_caches(REDIS_URL, os.environ.get("CACHE_KEY_PREFIX", "portal"))
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }

# The page cache (core/pagecache.py): whole responses for anonymous visitors, kept this many seconds
# unless a publish clears them sooner; 0 turns it off. A CDN in front may keep them for
# PAGE_CACHE_CDN_SECONDS (s-maxage): only the published page itself is purged from it (below).
PAGE_CACHE_SECONDS = env_whole_number("PAGE_CACHE_SECONDS", 600, unit="seconds")
PAGE_CACHE_CDN_SECONDS = env_whole_number("PAGE_CACHE_CDN_SECONDS", 60, unit="seconds")
# Longer query strings (filter combinations nobody links to) are served uncached: the cache is not
# filled with one entry per variation.
PAGE_CACHE_MAX_QUERY_LENGTH = 200

# A CDN or caching proxy in front is told when a page is published or unpublished
# (wagtail.contrib.frontend_cache, core/frontend_cache.py): an HTTP PURGE (Varnish, nginx, Fastly)
# to FRONTEND_CACHE_PURGE_URL, and/or Cloudflare's API. Off unless configured.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
for backend in WAGTAILFRONTENDCACHE.values():
    if os.environ.get("FRONTEND_CACHE_HOSTNAMES"):
        backend["HOSTNAMES"] = env_list("FRONTEND_CACHE_HOSTNAMES")
# A page's URL is purged as it is: the other languages' pages have slugs of their own.
WAGTAILFRONTENDCACHE_LANGUAGES = []
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "portal.cache"

WAGTAIL_SITE_NAME = _("Area initiatives")
WAGTAILIMAGES_IMAGE_MODEL = "core.PortalImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.PortalImageForm"
# The public address (scheme and host): canonicals, hreflang, sitemap, robots.txt, feeds and
# JSON-LD are built on it (core/site_url.py), and `setup_site` gives the Wagtail Site its host.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "").strip().rstrip("/")
if PORTAL_BASE_URL and not re.fullmatch(r"https?://[^/?#\s]+", PORTAL_BASE_URL):
    raise ImproperlyConfigured("PORTAL_BASE_URL must be a scheme and host, e.g. https://omradesatsing.no")
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL or os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_DOCUMENT_MODEL = "documents.PortalDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.PortalDocumentForm"
# Checked by content on upload (documents/checks.py): a new extension needs a check there.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_positive_int("DOCUMENT_MAX_UPLOAD_MB", 50, "megabytes") * 1024 * 1024
# Only Wagtail's view serves them (privacy, Content-Disposition, nosniff); PDFs open inline.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Search: the portal's own engine (search/) serves visitors. Wagtail's admin search
# uses Elasticsearch too when an installation has one.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
PORTAL_SEARCH_INDEX_PREFIX = os.environ.get("PORTAL_SEARCH_INDEX_PREFIX", "portal")
# Shards per locale index. One answers a search on one core; a large index (hundreds of thousands
# of documents) on a node with several cores answers faster split into one shard per core.
ELASTICSEARCH_SHARDS = env_positive_int("ELASTICSEARCH_SHARDS", 1, "shards")


# A slow or frozen node must not hold visitors: short timeouts, and after a few failures in a row
# the node is skipped (the embedded engine answers) for a while before one search tries it again.
ELASTICSEARCH_CONNECT_TIMEOUT = env_seconds("ELASTICSEARCH_CONNECT_TIMEOUT", "0.5")
ELASTICSEARCH_TIMEOUT = env_seconds("ELASTICSEARCH_TIMEOUT", "2")
ELASTICSEARCH_BREAKER_FAILURES = env_positive_int("ELASTICSEARCH_BREAKER_FAILURES", 3, "failures")
ELASTICSEARCH_BREAKER_SECONDS = env_seconds("ELASTICSEARCH_BREAKER_SECONDS", "30")
# A write returns once searches see it (kept searches depend on it: search/response_cache.py): at the
# index's next scheduled refresh (up to a second), or with a refresh of its own when True (tests).
ELASTICSEARCH_REFRESH_AT_ONCE = False
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": f"{PORTAL_SEARCH_INDEX_PREFIX}-wagtail-",
            "TIMEOUT": ELASTICSEARCH_CONNECT_TIMEOUT + ELASTICSEARCH_TIMEOUT,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Wagtail's background tasks (admin search index, reference index, image and file jobs) wait in
# the database until the worker process (`manage.py run_worker`) runs them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

LOG_FORMAT = log_format(os.environ.get("LOG_FORMAT"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": FORMATTERS,
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]}
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    # A Redis outage: one short line per interval, not a traceback per cache call.
    "filters": {
        "cache_outage": {"()": "operations.cache.CacheOutageFilter"},
        "request_id": {"()": "operations.logging.RequestIdFilter"},
        "database_outage": {"()": "operations.logging.SkipDatabaseOutage"},
    },
    "loggers": {
        "portal.cache": {"filters": ["cache_outage"]},
        # A database outage: operations.middleware logs one line per request instead.
        "django.request": {"filters": ["database_outage"]},
    },
}

# Errors to Sentry when SENTRY_DSN is set; no personal data is sent.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    init_sentry(
        SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", ""),
        release=os.environ.get("SENTRY_RELEASE", ""),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )

# Admin sign-in throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user
# name from one address, that pair is refused for AXES_COOLOFF_MINUTES, even with the right one.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_positive_int("AXES_FAILURE_LIMIT", 5, "failures")
AXES_COOLOFF_TIME = timedelta(minutes=env_positive_int("AXES_COOLOFF_MINUTES", 15, "minutes"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "operations.lockout.lockout_response"
# The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address the
# outermost of them added to X-Forwarded-For (what a client wrote there itself is skipped).
# django-ipware counts only the proxies listed in the header, one fewer than stand in front.
TRUSTED_PROXY_COUNT = env_whole_number("TRUSTED_PROXY_COUNT", 0, unit="proxies")
if TRUSTED_PROXY_COUNT > 0:
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT - 1
    AXES_IPWARE_PROXY_ORDER = "left-most"
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    # Not strict: a header with extra addresses a client wrote is read from its trusted end.
    IPWARE_STRICT = False

# Content-Security-Policy (django-csp): the public pages load nothing from other hosts and run no
# inline script or style. Wagtail's admin runs inline scripts and previews in frames, so it is left
# out (it keeps X-Frame-Options and the other headers).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
PERMISSIONS_POLICY = {"camera": [], "microphone": [], "geolocation": [], "payment": [], "usb": []}

# Search insights: recorded searches older than this many months are deleted by the worker.
SEARCH_INSIGHTS_MONTHS = env_positive_int("SEARCH_INSIGHTS_MONTHS", 13, "months")
# "Was this page useful?": answers one client may send (django-ratelimit's rate syntax).
FEEDBACK_RATE_LIMIT = os.environ.get("FEEDBACK_RATE_LIMIT", "20/h")
# "Show e-mail address": contacts' addresses one client may reveal (django-ratelimit's rate syntax).
CONTACT_REVEAL_RATE_LIMIT = os.environ.get("CONTACT_REVEAL_RATE_LIMIT", "30/h")
