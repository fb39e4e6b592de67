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

    def _urls(self, page, protocol, domain):
        """Django points x-default at the address without a language prefix, which every URL of ours
        has: point it at the default language's, as the page sitemap does."""
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            by_language = {alternate["lang_code"]: alternate for alternate in url["alternates"]}
            if "x-default" in by_language and settings.LANGUAGE_CODE in by_language:
                by_language["x-default"]["location"] = by_language[settings.LANGUAGE_CODE]["location"]
        return urls
