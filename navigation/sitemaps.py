"""sitemap.xml: every public page in every language, each with its translations as alternates."""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap

from core.public_tree import default_site, public_pages


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap only walks the default site's root (the Norwegian home page);
    this one walks every language's tree and links the translations of each page."""

    def items(self):
        return (
            public_pages(default_site(self.request))
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        locations = {item.pk: item.get_full_url(self.request) for item in pages}
        by_translation = defaultdict(list)
        for item in pages:
            by_translation[item.translation_key].append(item)

        urls = []
        for item in pages:
            siblings = sorted(by_translation[item.translation_key], key=lambda p: p.locale.language_code)
            alternates = [
                {"lang_code": sibling.locale.language_code, "location": locations[sibling.pk]}
                for sibling in siblings
            ]
            default = next((s for s in siblings if s.locale.language_code == settings.LANGUAGE_CODE), None)
            if default is not None and len(siblings) > 1:
                alternates.append({"lang_code": "x-default", "location": locations[default.pk]})
            urls.append(
                {
                    "item": item,
                    "location": locations[item.pk],
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(siblings) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods and len(lastmods) == len(urls):
            self.latest_lastmod = max(lastmods)
        return urls


class ViewInEveryLanguage(DjangoSitemap):
    """A page that is a view, not a Wagtail page (the glossary): one URL per language, each
    listing the others as hreflang alternates (Django's i18n sitemap)."""

    i18n = True
    alternates = True
    x_default = True

    def __init__(self, *url_names):
        self.url_names = url_names

    def items(self):
        return list(self.url_names)

    def location(self, item):
        return reverse(item)

    def _urls(self, page, protocol, domain):
        # Django's x-default is the URL outside any language, which our prefixed URLs lack:
        # point it at the default language's page, as AllLanguagesSitemap does.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            default = next((a for a in url["alternates"] if a["lang_code"] == settings.LANGUAGE_CODE), None)
            for alternate in url["alternates"]:
                if alternate["lang_code"] == "x-default" and default is not None:
                    alternate["location"] = default["location"]
        return urls


def sitemaps():
    return {"pages": AllLanguagesSitemap, "views": ViewInEveryLanguage("glossary")}
