import contextlib

from portal.settings.environment import env_whole_number

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-secret-key-not-for-production"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# `make run` starts no worker: Wagtail's background tasks run in the request, as before.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# No page cache while templates change under `make run` (PAGE_CACHE_SECONDS=600 to try it).
PAGE_CACHE_SECONDS = env_whole_number("PAGE_CACHE_SECONDS", 0, unit="seconds")

with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403
