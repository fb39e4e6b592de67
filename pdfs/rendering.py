"""A page as a tagged PDF (PDF/UA-1) in its language, made with WeasyPrint from the page's own
HTML and print style sheet; the whole phase guide is the guide page followed by its phases.

The HTML is rendered for an anonymous visitor whoever asks, since the PDF is cached for everyone
until the next publish (core.cache's page-tree generation)."""

import logging
import mimetypes
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.storage import default_storage
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from core.cache import MENU_CACHE_SECONDS, menu_cache_key

logger = logging.getLogger(__name__)

PDF_PAGE_TYPES = ("PhaseGuidePage", "PhasePage", "InitiativePage", "StudyTripPage")
MAIN = re.compile(r"(<main\b[^>]*>)(.*?)(</main>)", re.DOTALL)
SITE_STYLESHEETS = re.compile(r"<link\b[^>]*\brel=\"(?:stylesheet|preload)\"[^>]*>")
PDF_STYLESHEET = Path(__file__).parent / "static" / "pdfs" / "pdf.css"


def offers_pdf(page):
    return type(page.specific_deferred).__name__ in PDF_PAGE_TYPES


def cached_pdf(page, request):
    """The page's PDF, made once per page-tree generation (a publish starts a new one)."""
    key = f"{menu_cache_key('pdf')}:{page.pk}"
    pdf = cache.get(key)
    if pdf is None:
        pdf = page_pdf(page, request)
        cache.set(key, pdf, MENU_CACHE_SECONDS)
    return pdf


def page_pdf(page, request):
    html = page_html(page, request)
    if type(page).__name__ == "PhaseGuidePage":
        html = with_phases(html, page, request)
    html = SITE_STYLESHEETS.sub("", html)
    fetcher = LocalFilesFetcher()
    base_url = request.build_absolute_uri("/")
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher, media_type="print")
    stylesheet = CSS(filename=str(PDF_STYLESHEET), base_url=base_url, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[stylesheet], pdf_variant="pdf/ua-1")


def page_html(page, request):
    visitor = _anonymous(request)
    response = page.serve(visitor)
    if hasattr(response, "render"):
        response.render()
    return response.content.decode()


def with_phases(html, guide, request):
    """The guide's HTML with the main content of each of its live, public phases after its own."""
    parts = []
    for phase in guide.phases():
        match = MAIN.search(page_html(phase, request))
        if match:
            parts.append(f'<div class="pdf-chapter">{match.group(2)}</div>')
    return MAIN.sub(lambda m: m.group(1) + m.group(2) + "".join(parts) + m.group(3), html, count=1)


def _anonymous(request):
    visitor = type(request).__new__(type(request))
    visitor.__dict__.update(request.__dict__)
    visitor.user = AnonymousUser()
    visitor.COOKIES = {}
    return visitor


class LocalFilesFetcher(URLFetcher):
    """Static files and media from this server's disk (and data: URLs); nothing is fetched over
    the network, so a PDF never waits on, or leaks a request to, another host."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = re.sub(r"^https?://[^/]+", "", url).split("?")[0]
        found = None
        if path.startswith(settings.STATIC_URL):
            found = finders.find(path.removeprefix(settings.STATIC_URL)) or _collected(path)
        elif path.startswith(settings.MEDIA_URL):
            name = path.removeprefix(settings.MEDIA_URL)
            found = default_storage.path(name) if default_storage.exists(name) else None
        if not found:
            logger.info("PDF: left out %s (not a local static or media file)", url)
            raise ValueError(f"not fetched: {url}")
        mime_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
        return URLFetcherResponse(url, Path(found).read_bytes(), {"Content-Type": mime_type})


def _collected(path):
    root = getattr(settings, "STATIC_ROOT", None)
    candidate = Path(root) / path.removeprefix(settings.STATIC_URL) if root else None
    return str(candidate) if candidate and candidate.is_file() else None
