"""An Atom feed per language of newly published initiatives and tools."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from frontend.pages import default_site, newest_pages


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
        return f"/{language}/"

    def items(self, language):
        return newest_pages(default_site(self.request), language)

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return getattr(page, "summary", "") or page.search_description

    def item_link(self, page):
        return page.get_url(self.request)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at or page.first_published_at

    def item_categories(self, page):
        return [str(page._meta.verbose_name)]
