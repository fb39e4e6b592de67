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
from django.core.cache import cache
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language_info, override
from wagtail.models import Locale, Page

from core.public_tree import restricted
from navigation.cache import MENU_CACHE_SECONDS, menu_cache_key


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # in its own language, e.g. "Svenska"
    url: str
    translated: bool  # False: the URL shows the source page with the "not yet translated" notice


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def live_translations(page, request=None):
    """{language_code: page} of the live versions of a page, the page itself included, each marked
    `restricted` when it or an ancestor has a view restriction."""
    read = request.__dict__.get("_read_translations", {}) if request is not None else {}
    versions = read.get(page.translation_key)
    if versions is None:
        versions = (
            Page.objects.filter(translations_query(page))
            .annotate(restricted=restricted())
            .select_related("locale")
        )
    return {version.locale.language_code: version for version in versions}


def translations_query(page):
    """The filter for a page's live versions, for a caller that reads other pages in the same
    query (navigation.menus); it hands the rows over with `remember_translations`."""
    return Q(translation_key=page.translation_key, live=True)


def remember_translations(request, page, rows):
    if request is not None:
        versions = [row for row in rows if row.translation_key == page.translation_key and row.live]
        request.__dict__.setdefault("_read_translations", {})[page.translation_key] = versions


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
    """One LanguageVersion per portal language, for the switcher and the hreflang links.
    Worked out once per request and page (both the header and <head> need them) and cached
    until the page tree changes (a publish, unpublish, move or delete of any page)."""
    known = request.__dict__.setdefault("_language_versions", {}) if request is not None else {}
    if page.pk not in known:
        # A preview's page is the draft: what it shows is not kept for visitors.
        preview = getattr(request, "is_preview", False)
        key = f"{menu_cache_key('language-versions')}:{page.pk}"
        versions, languages = (None if preview else cache.get(key)) or (None, None)
        if versions is None:
            versions, languages = build_language_versions(page, request)
            if not preview:
                cache.set(key, (versions, languages), MENU_CACHE_SECONDS)
        if request is not None:
            request.__dict__.setdefault("_page_languages", {}).update(languages)
        known[page.pk] = versions
    return known[page.pk]


def build_language_versions(page, request):
    """(versions, {page id: language code} of the page's live translations)."""
    translations = public_translations(page, live_translations(page, request))
    source = fallback_source(page, translations)
    versions = []
    for code in language_codes():
        target = translations.get(code)
        if target is not None:
            url, translated = target.get_url(request), True
        else:
            url, translated = fallback_url(source, code, request), False
        versions.append(LanguageVersion(code, get_language_info(code)["name_local"], url, translated))
    return versions, {translation.pk: code for code, translation in translations.items()}


def public_translations(page, translations):
    """`translations` without those behind a view restriction (the page itself stays): the links
    are cached for every visitor, so they must not name what only some may see."""
    return {code: t for code, t in translations.items() if t.pk == page.pk or not t.restricted}


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
