"""The public documents in sitemap.xml (portal/urls.py adds this section to navigation's): every
document outside a collection with a view restriction, at its public address."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import get_document_model

from core.public_tree import public_documents
from core.site_url import absolute_url


class PublicDocumentsSitemap(Sitemap):
    def items(self):
        return public_documents(get_document_model().objects).only("id", "file", "created_at").order_by("pk")

    def location(self, document):
        return absolute_url(document.url, self.request)

    def lastmod(self, document):
        return document.created_at

    def _urls(self, page, protocol, domain):
        # Wagtail's Sitemap asks each item for its own URLs (pages); documents have one each.
        return [
            {"item": item, "location": self.location(item), "lastmod": self.lastmod(item), "alternates": []}
            for item in self.paginator.page(page).object_list
        ]
