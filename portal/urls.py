from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.contacts import contact_email
from core.views import evidence_scale_page
from documents.sitemaps import PublicDocumentsSitemap
from navigation.sitemaps import sitemaps
from navigation.views import robots_txt
from operations.media import serve_media
from portal import views
from search import views as search_views

# Outside the language prefix: admin, documents, machine-facing endpoints.
urlpatterns = [
    path("", views.language_redirect, name="language_redirect"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {**sitemaps(), "documents": PublicDocumentsSitemap}},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("api/search/", search_views.api_search, name="search_api"),
]

# Uploads, when no web server in front serves MEDIA_ROOT (SERVE_MEDIA=false turns this off).
if settings.SERVE_MEDIA:
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media, name="media"))

# The public site: every language prefixed (/nb/, /sv/, /en/). Wagtail's pages last.
urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("feed/", include("feeds.urls")),
    path("legal-bases/", include("taxonomy.urls")),
    path("glossary/", include("glossary.urls")),
    path("map/", include("maps.urls")),
    path("search/", include("search.urls")),
    # The address is translated (the scale's name in each language); translate_url finds the others.
    path(_("evidence-levels/"), evidence_scale_page, name="evidence_scale"),
    path("feedback/", include("insights.urls")),
    # A contact's e-mail address behind a signed token: never in a page's HTML, never crawled.
    path("contact/email/<str:token>/", contact_email, name="contact_email"),
    path("pdf/", include("pdfs.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
