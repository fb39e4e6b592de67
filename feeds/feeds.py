"""The feed of what is new on the portal, one per language: newly published initiatives, tools
and study trips."""

from django.apps import apps
from django.db.models import F
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.public_tree import default_site, public_pages
from core.site_url import absolute_url
from core.subscriptions import feed_title
from feeds.base import FEED_LIMIT, ListFeed, Selection, page_entry

# (app_label, model) of the page types a feed of "what is new" lists.
FEED_PAGE_TYPES = [("cases", "InitiativePage"), ("resources", "ToolPage"), ("resources", "StudyTripPage")]


def feed_models():
    """The page models the feed lists; those not (yet) installed are left out."""
    models = []
    for app_label, model_name in FEED_PAGE_TYPES:
        try:
            models.append(apps.get_model(app_label, model_name))
        except LookupError:
            continue
    return models


def newest_pages(site, language_code, limit=FEED_LIMIT):
    models = feed_models()
    locale = Locale.objects.filter(language_code=language_code).first()
    if not models or locale is None:
        return []
    return list(
        public_pages(site)
        .filter(locale=locale)
        .type(*models)
        .order_by(F("first_published_at").desc(nulls_last=True), "-pk")
        .specific()[:limit]
    )


def new_content_title():
    return feed_title(_("New initiatives, tools and study trips"))


class NewContentFeed(ListFeed):
    def selection(self, request, **kwargs):
        language = get_language()
        pages = newest_pages(default_site(request), language)
        return Selection(
            title=new_content_title(),
            subtitle=_("Examples, tools and study trips newly published on the portal."),
            link=absolute_url(f"/{language}/", request),
            entries=[
                page_entry(page, request, summary=getattr(page, "summary", "") or page.search_description)
                for page in pages
            ],
        )
