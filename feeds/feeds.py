"""An Atom feed per language of newly published initiatives and tools."""

from django.apps import apps
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.public_tree import default_site, public_pages
from core.site_url import absolute_url, page_absolute_url

# (app_label, model) of the page types a feed of "what is new" lists.
FEED_PAGE_TYPES = [("cases", "InitiativePage"), ("resources", "ToolPage")]


def feed_models():
    """The page models the feed lists; those not (yet) installed are left out."""
    models = []
    for app_label, model_name in FEED_PAGE_TYPES:
        try:
            models.append(apps.get_model(app_label, model_name))
        except LookupError:
            continue
    return models


def newest_pages(site, language_code, limit=30):
    models = feed_models()
    if not models:
        return []
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return []
    return list(
        public_pages(site)
        .filter(locale=locale)
        .type(*models)
        .order_by("-first_published_at", "-pk")
        .specific()[:limit]
    )


class NewContentFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return get_language()

    def title(self, language):
        return _("New initiatives and tools – Area initiatives")

    def subtitle(self, language):
        return _("Examples and tools newly published on the portal for area-based initiatives.")

    def link(self, language):
        return absolute_url(f"/{language}/", self.request)

    def feed_url(self, language):
        return absolute_url(self.request.path, self.request)

    def items(self, language):
        return newest_pages(default_site(self.request), language)

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return getattr(page, "summary", "") or page.search_description

    def item_link(self, page):
        return page_absolute_url(page, self.request)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at or page.first_published_at

    def item_categories(self, page):
        return [str(page._meta.verbose_name)]
