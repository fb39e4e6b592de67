"""The portal's public address, from one setting: every absolute URL a visitor, a crawler or a
feed reader sees (canonical, hreflang, sitemap, robots.txt, feeds, JSON-LD) is built here, so
they all name the same host.

`PORTAL_BASE_URL` (e.g. "https://omradesatsing.no") wins; without it, the host the visitor used
(ALLOWED_HOSTS vouches for it), which is what a development server wants.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.db import DatabaseError
from wagtail.models import Site

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "testserver"}


def base_url(request=None) -> str:
    """The scheme and host of public URLs, without a trailing slash."""
    configured = getattr(settings, "PORTAL_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url: str, request=None) -> str:
    """`url` (a path, or a URL another part of the site built) on the public host."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += f"?{parts.query}"
    if parts.fragment:
        path += f"#{parts.fragment}"
    return base_url(request) + path


def page_absolute_url(page, request=None) -> str:
    """A page's public URL on the public host, whatever host its Wagtail Site record names."""
    parts = page.get_url_parts(request)
    if parts is None:
        return ""
    _site_id, _root_url, page_path = parts
    return absolute_url(page_path, request)


def site_host_and_port(url: str) -> tuple[str, int]:
    """The hostname and port a Wagtail Site record needs for `url`."""
    parts = urlsplit(url)
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname or "localhost", parts.port or default_port


@checks.register(checks.Tags.security, deploy=True)
def check_public_address(app_configs=None, **kwargs):
    """In production the public address is set, and the default Site names it (Wagtail builds
    admin links and some page URLs from the Site record)."""
    configured = getattr(settings, "PORTAL_BASE_URL", "")
    if not configured:
        return [
            checks.Error(
                "PORTAL_BASE_URL is not set.",
                hint="Set it to the portal's public address, e.g. https://omradesatsing.no.",
                id="core.E001",
            )
        ]
    host, port = site_host_and_port(configured)
    if host in LOCAL_HOSTS:
        return [
            checks.Error(
                f"PORTAL_BASE_URL names a local host ({host}).",
                id="core.E002",
            )
        ]
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # not migrated yet: `setup_site` will create the Site from the setting
        return []
    if site is not None and (site.hostname, site.port) != (host, port):
        return [
            checks.Error(
                f"The default Site is {site.hostname}:{site.port}, not the public address {configured}.",
                hint="Run `python manage.py setup_site --no-admin` to set it.",
                id="core.E003",
            )
        ]
    return []
