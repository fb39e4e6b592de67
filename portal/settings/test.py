from portal.settings.environment import env_whole_number

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# The page cache is off but where a test turns it on (tests/pagecache/) or the environment does (the
# browser tests' live server): other tests change rows directly and read the page again.
PAGE_CACHE_SECONDS = env_whole_number("PAGE_CACHE_SECONDS", 0, unit="seconds")
# Each write to Elasticsearch refreshes its shards: no test waits for the scheduled refresh.
ELASTICSEARCH_REFRESH_AT_ONCE = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / ".cache" / "test-media"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
