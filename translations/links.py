"""Where a page lives in each of the portal's languages.

A page with a live translation in a language is reached at that translation's own URL
(per-locale slugs and all). A page without one is reached at the *fallback URL*:
the language prefix of the language asked for, followed by the path of the page's
source (the default-language version when that is live, else the page itself), e.g.
``/en/faser/kunnskapsgrunnlag/``. The fallback URL is served by
``translations.middleware.UntranslatedPageMiddleware``: the source page's content in the
interface of the language asked for, with a notice that the translation is missing.

Why this shape: the visitor keeps the language they chose for everything we can translate
(menus, notices, search), the URL only differs from the source by its prefix (predictable,
bookmarkable), and once a translation is published the same URL redirects to it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info, override
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # in its own language, e.g. "Svenska"
    url: str
    translated: bool  # False: the URL shows the source page with the "not yet translated" notice


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def live_translations(page):
    """{language_code: page} of the live versions of a page, the page itself included."""
    versions = Page.objects.filter(translation_key=page.translation_key, live=True).select_related("locale")
    return {version.locale.language_code: version for version in versions}


def fallback_source(page, translations):
    """The page whose content is shown where a translation is missing."""
    return translations.get(settings.LANGUAGE_CODE, page)


def fallback_url(source, language_code, request=None):
    """The source page's URL with the language prefix swapped for `language_code`."""
    url = source.get_url(request)
    if url is None:  # not routable from any site
        return f"/{language_code}/"
    with override(source.locale.language_code):
        # translate_url resolves the path in the active language, so activate the source's first.
        return translate_url(url, language_code)


def language_versions(page, request):
    """One LanguageVersion per portal language, for the switcher and the hreflang links
    (worked out once per request and page: both the header and <head> need them)."""
    cache = request.__dict__.setdefault("_language_versions", {}) if request is not None else {}
    if page.pk not in cache:
        cache[page.pk] = build_language_versions(page, request)
    return cache[page.pk]


def build_language_versions(page, request):
    translations = live_translations(page)
    if request is not None:
        known = request.__dict__.setdefault("_page_languages", {})
        known.update({translation.pk: code for code, translation in translations.items()})
    source = fallback_source(page, translations)
    versions = []
    for code in language_codes():
        target = translations.get(code)
        if target is not None:
            url, translated = target.get_url(request), True
        else:
            url, translated = fallback_url(source, code, request), False
        versions.append(LanguageVersion(code, get_language_info(code)["name_local"], url, translated))
    return versions


def page_language(page, request=None):
    """The language code of a page's locale, with one Locale query per request at most."""
    if "locale" in page._state.fields_cache:
        return page.locale.language_code
    known = request.__dict__.get("_page_languages", {}) if request is not None else {}
    if page.pk in known:
        return known[page.pk]
    codes = request.__dict__.get("_locale_codes") if request is not None else None
    if codes is None:
        codes = dict(Locale.objects.values_list("id", "language_code"))
        if request is not None:
            request._locale_codes = codes
    return codes[page.locale_id]
