"""Template tags for the chrome every public page shares: navigation, breadcrumbs, sharing metadata,
related content."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.site_url import absolute_url
from navigation.menus import menu_and_trail
from navigation.related import related_for
from navigation.structured_data import json_ld, structured_data

register = template.Library()

OG_LOCALES = {"nb": "nb_NO", "sv": "sv_SE", "en": "en_GB"}
DESCRIPTION_FIELDS = ("search_description", "summary", "short_description", "intro", "purpose")


def current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def search_url(language):
    for name in ("search:search", "search:index", "search"):
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return f"/{language}/search/"


def is_within(page, path):
    return page is not None and page.path.startswith(path)


@register.simple_tag(takes_context=True)
def page_chrome(context):
    """Breadcrumb trail, the home page of this language and the main menu: no query when warm."""
    request = context.get("request")
    page = current_page(context)
    language = get_language() or settings.LANGUAGE_CODE
    menu, trail = menu_and_trail(page, language, request)
    search = search_url(language)
    legal_bases = reverse("legal_basis_index")
    return {
        "trail": trail,
        "home_url": menu["home_url"],
        "menu": [{**item, "current": is_within(page, item["path"])} for item in menu["items"]],
        "search_url": search,
        "search_current": request is not None and request.path.startswith(search),
        "feed_url": f"/{language}/feed/",
        # The legal-bases index is a view, not a page: the menu and footer link it themselves.
        "legal_bases_url": legal_bases,
        "legal_bases_current": request is not None and request.path.startswith(legal_bases),
    }


def plain_description(page):
    for field in DESCRIPTION_FIELDS:
        value = getattr(page, field, "") if page is not None else ""
        text = strip_tags(str(value or "")).strip()
        if text:
            return Truncator(" ".join(text.split())).chars(200)
    return ""


def page_image_url(page, request):
    image = getattr(page, "image", None)
    if image is None:
        return ""
    try:
        url = image.get_rendition("fill-1200x630").url
    except Exception:  # noqa: BLE001 - a missing file must not break the page
        return ""
    return absolute_url(url, request)


@register.inclusion_tag("includes/meta.html", takes_context=True)
def page_meta(context, chrome):
    """Meta description, Open Graph and schema.org for the page being shown."""
    request = context.get("request")
    page = current_page(context)
    language = get_language() or settings.LANGUAGE_CODE
    description = plain_description(page) or context.get("meta_description", "")
    url = absolute_url(request.path, request) if request is not None else ""
    title = (page.seo_title or page.title) if page is not None else context.get("meta_title", "")
    image = page_image_url(page, request)
    data = structured_data(page, request, chrome, description, url, language)
    if image:
        for entity in data:
            if entity["@type"] in {"Article", "CreativeWork", "Event"}:
                entity["image"] = image
    return {
        "description": description,
        "title": title or _("Area initiatives"),
        "site_name": _("Area initiatives"),
        "url": url,
        "og_type": "article" if page is not None and page.depth > 2 else "website",
        "og_locale": OG_LOCALES.get(language, language),
        "og_alternates": [OG_LOCALES.get(code, code) for code, _n in settings.LANGUAGES if code != language],
        "image": image,
        "image_alt": getattr(getattr(page, "image", None), "default_alt_text", "") if image else "",
        "json_ld": json_ld({"@context": "https://schema.org", "@graph": data}) if data else "",
        "feed_url": chrome["feed_url"],
        # The feed of the list the page shows ({"url", "title"}), where it has one (core.subscriptions).
        "list_feed": context.get("list_feed"),
    }


@register.inclusion_tag("includes/related.html", takes_context=True)
def related_content(context, page):
    """Tools for an initiative, initiatives for a tool: those sharing its phases or themes."""
    request = context.get("request")
    preview = getattr(request, "is_preview", False)
    groups = [(kind, pages) for kind, pages in related_for(page, preview=preview) if pages]
    return {"groups": groups, "request": request}
