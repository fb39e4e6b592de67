"""sitemap.xml: every public page in every language, each with its translations as alternates."""

from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap

from core.public_tree import default_site, locale_roots, public_pages
from core.site_url import absolute_url, page_absolute_url


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
        locations = {item.pk: page_absolute_url(item, self.request) for item in pages}
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


class PublicViewsSitemap(Sitemap):
    """Public pages that are views, not Wagtail pages (the legal bases and their index, the
    scale of evidence levels, the glossary, the map), in every language whose home page is live,
    each with the other languages as alternates. A view exists in every language (a law's page
    falls back to the row there is), so each is listed in all."""

    # URL names of views without arguments; legal bases are listed one per slug.
    views = ["legal_basis_index", "evidence_scale", "glossary", "initiative_map"]

    def items(self):
        law_model = apps.get_model("taxonomy", "LegalBasis")
        slugs = sorted(set(law_model.objects.filter(live=True).values_list("slug", flat=True)))
        return [(name, {}) for name in self.views] + [("legal_basis", {"slug": slug}) for slug in slugs]

    def languages(self):
        live = set(locale_roots(default_site(self.request)).values_list("locale__language_code", flat=True))
        return [code for code, _name in settings.LANGUAGES if code in live]

    def _urls(self, page, protocol, domain):
        languages = self.languages()
        urls = []
        for name, kwargs in self.paginator.page(page).object_list:
            locations = {}
            for language in languages:
                with translation.override(language):
                    locations[language] = absolute_url(reverse(name, kwargs=kwargs), self.request)
            alternates = [{"lang_code": code, "location": url} for code, url in locations.items()]
            if settings.LANGUAGE_CODE in locations and len(locations) > 1:
                alternates.append({"lang_code": "x-default", "location": locations[settings.LANGUAGE_CODE]})
            for location in locations.values():
                urls.append(
                    {
                        "item": name,
                        "location": location,
                        "lastmod": None,
                        "alternates": alternates if len(locations) > 1 else [],
                    }
                )
        return urls


def sitemaps():
    return {"pages": AllLanguagesSitemap, "views": PublicViewsSitemap}
