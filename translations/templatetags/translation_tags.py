from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info, gettext, override
from wagtail.models import Page

from core.site_url import absolute_url, page_absolute_url
from navigation.languages import LanguageVersion, language_codes, language_versions, page_language
from translations.notices import not_yet_available_in

register = template.Library()


def current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def view_versions(path):
    """LanguageVersions of a view that is not a page (search, 404): same path, other prefix."""
    return [
        LanguageVersion(code, get_language_info(code)["name_local"], translate_url(path, code), True)
        for code in language_codes()
    ]


def not_translated_hint(code):
    with override(code):
        return gettext("not yet translated")


@register.inclusion_tag("translations/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = current_page(context)
    versions = language_versions(page, request) if page else view_versions(request.get_full_path())
    current = get_language()
    return {
        "languages": [
            {
                "code": version.code,
                "name": version.name,
                "url": version.url,
                "current": version.code == current,
                "translated": version.translated,
                "hint": "" if version.translated else not_translated_hint(version.code),
            }
            for version in versions
        ]
    }


@register.inclusion_tag("translations/head_links.html", takes_context=True)
def translation_head_links(context):
    """<link rel=canonical> and one <link rel=alternate hreflang> per live translation + x-default."""
    request = context.get("request")
    if request is None:
        return {}
    page = current_page(context)
    if page is not None:
        # The public host (core/site_url.py), as og:url, the sitemap and the feeds use too.
        canonical = page_absolute_url(page, request)
        alternates = [
            (version.code, absolute_url(version.url, request))
            for version in language_versions(page, request)
            if version.translated
        ]
    else:
        canonical = absolute_url(request.path, request)
        alternates = [(v.code, absolute_url(v.url, request)) for v in view_versions(request.path)]
    default = dict(alternates).get(settings.LANGUAGE_CODE)
    if default:
        alternates.append(("x-default", default))
    return {"canonical": canonical, "alternates": alternates}


@register.inclusion_tag("translations/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """A notice, in the interface language, over a page shown in another language."""
    page = current_page(context)
    language = get_language()
    if page is None or page_language(page, context.get("request")) == language:
        return {}
    return {"message": not_yet_available_in(language), "language": language}


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language of the page's content where it differs from the interface: for `lang`."""
    page = current_page(context)
    if page is None:
        return get_language()
    return page_language(page, context.get("request"))


@register.filter
def language_in_sentence(code):
    """A language's name as it stands mid-sentence in the active language: nb and sv write it in
    lower case ("for engelsk"), English capitalised."""
    name = str(get_language_info(code)["name_translated"])
    return name if (get_language() or "").startswith("en") else name.lower()
