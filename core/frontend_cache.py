"""Tells a CDN or caching proxy in front (WAGTAILFRONTENDCACHE, from the environment in settings)
that a page was published or unpublished, through wagtail.contrib.frontend_cache's backends; the
purge runs as a background task (the worker). Connected here rather than by installing Wagtail's
app, so that nothing is queued while no backend is configured."""

from django.conf import settings
from wagtail.signals import page_published, page_unpublished


def purge_page(sender, instance, **kwargs):
    if settings.WAGTAILFRONTENDCACHE:
        from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

        purge_page_from_cache(instance)


def connect_signals():
    page_published.connect(purge_page, dispatch_uid="core-frontend-cache-published")
    page_unpublished.connect(purge_page, dispatch_uid="core-frontend-cache-unpublished")
