"""The agency that runs the portal: the author of every Atom feed and the publisher in the pages'
structured data (schema.org Organization).

A site setting (Settings → Publisher). Wagtail's settings are not translatable (wagtail#11508),
so the name in the default language sits on the setting and the other languages' names in rows
below it. Without a setting, the portal itself is the publisher: its name and home page.
"""

import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import translation
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from core.cache import start_new_generation
from core.public_tree import default_site
from core.site_url import absolute_url

LOGO_RENDITION = "max-600x600"
VERSION_KEY = "core:publisher-version"
_held = {}  # {(site id, language): (version, Publisher as stored)}


@register_setting(icon="site")
class PublisherSettings(ClusterableModel, BaseSiteSetting):
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("The agency that runs the portal, in the default language. Empty: the portal's name."),
    )
    url = models.URLField(_("web address"), blank=True, help_text=_("Empty: the portal's home page."))
    logo = models.ForeignKey(
        "core.PortalImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("e-mail address"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("email"),
        InlinePanel("names", heading=_("Name in other languages"), label=_("name")),
    ]

    class Meta:
        verbose_name = _("publisher")


class PublisherName(Orderable):
    setting = ParentalKey(PublisherSettings, on_delete=models.CASCADE, related_name="names")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("web address"), blank=True, help_text=_("Empty: the address above."))

    panels = [FieldPanel("language"), FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("name in another language")
        constraints = [
            models.UniqueConstraint(fields=["setting", "language"], name="one_publisher_name_per_language")
        ]


@dataclass(frozen=True)
class Publisher:
    name: str
    url: str  # absolute
    email: str = ""
    logo: str = ""  # absolute URL of the logo, or ""

    def as_schema_org(self):
        organisation = {"@type": "Organization", "name": self.name, "url": self.url}
        if self.logo:
            organisation["logo"] = {"@type": "ImageObject", "url": self.logo}
        if self.email:
            organisation["email"] = self.email
        return organisation


def publisher(request=None, language=None):
    """The publisher in `language` (the active one by default), with absolute URLs."""
    language = language or get_language() or settings.LANGUAGE_CODE
    found = stored_publisher(default_site(request), language)
    return Publisher(
        name=found.name,
        url=public_url(found.url, request),
        email=found.email,
        logo=public_url(found.logo, request) if found.logo else "",
    )


def stored_publisher(site, language):
    """Read once per process and kept until the setting changes (a version number in the shared
    cache, set anew on every save: `publisher_changed`), as glossary.inline keeps its matchers:
    every page names the publisher, and a page costs one cache read for it, not a query."""
    current = version()
    held = _held.get((site.pk, language))
    if held is None or held[0] != current:
        held = (current, read_publisher(site, language))
        _held[site.pk, language] = held
    return held[1]


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        # The cache was emptied (a restart of Redis), not the setting saved (that sets a new
        # version): what this process holds is still good and costs no query.
        held = next(iter(list(_held.values())), None)
        cache.add(VERSION_KEY, held[0] if held else uuid.uuid4().hex, None)
        current = cache.get(VERSION_KEY)
    return current


def publisher_changed(**kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    start_new_generation()  # every cached page and feed names the publisher


def public_url(url, request=None):
    """A path on the portal's public host; an address elsewhere (the agency's site, a CDN) as it is."""
    return url if urlsplit(url).scheme else absolute_url(url, request)


def read_publisher(site, language):
    """The publisher as stored, its URLs as paths or as the editor typed them."""
    home = f"/{language}/"
    with translation.override(language):
        portal_name = gettext("Area initiatives")
    setting = PublisherSettings.objects.filter(site=site).select_related("logo").first()
    if setting is None:
        return Publisher(name=portal_name, url=home)
    row = setting.names.filter(language=language).first()
    return Publisher(
        name=(row.name if row else "") or setting.name or portal_name,
        url=(row.url if row else "") or setting.url or home,
        email=setting.email,
        logo=logo_url(setting.logo),
    )


def logo_url(image):
    if image is None:
        return ""
    try:
        return image.get_rendition(LOGO_RENDITION).url
    except Exception:  # noqa: BLE001 - a missing file must not break every page and feed
        return ""
