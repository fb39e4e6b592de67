"""The map in sitemap.xml: one entry per language, each naming the others as alternates."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class InitiativeMapSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = [code for code, _name in settings.LANGUAGES]

    def items(self):
        return ["initiative_map"]

    def location(self, item):
        return reverse(item)
