"""Pages a visitor's language lacks, listed anyway: a listing in one language also shows the pages
that have no live, public translation into it, in the language they exist in, linked at their
fallback URL (the visitor's language prefix + the source page's path, served by
translations.middleware with a "not yet translated" notice) and marked with their language.

The source of an untranslated page is the one the fallback URL shows: the default language's
version first, then the others in the order of settings.LANGUAGES."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from core.public_tree import restricted

# A whole phrase per language: "In Norwegian" is "På norsk", not a preposition and a name.
IN_LANGUAGE = {
    "nb": _("In Norwegian"),
    "sv": _("In Swedish"),
    "en": _("In English"),
}


def source_order(language_code):
    """The languages a missing translation into `language_code` is taken from, in order."""
    codes = [code for code, _name in settings.LANGUAGES if code != language_code]
    return sorted(codes, key=lambda code: code != settings.LANGUAGE_CODE)


def live_public_in(locale_ids):
    """A condition on pages: a live, public page with the same translation key in one of the locales."""
    versions = Page.objects.filter(translation_key=OuterRef("translation_key"), locale_id__in=locale_ids)
    return Exists(versions.filter(live=True).filter(~restricted()))


def untranslated_into(locale):
    """A condition on pages of other locales: the page is what `locale` shows where it has no live,
    public translation (the first source language that has one)."""
    codes = source_order(locale.language_code)
    ids = dict(Locale.objects.filter(language_code__in=codes).values_list("language_code", "pk"))
    ordered = [ids[code] for code in codes if code in ids]
    chosen = Q(pk__in=[])
    for position, locale_id in enumerate(ordered):
        preferred = ordered[:position]
        here = Q(locale_id=locale_id)
        chosen |= here & ~Q(live_public_in(preferred)) if preferred else here
    return chosen & ~Q(live_public_in([locale.pk])) & ~Q(restricted())


def listed_in(pages, locale, parent=None):
    """Live, public pages of `pages` in `locale`, and the untranslated ones of other locales.
    With `parent`: its children, and the children of its live translations (the same index in
    the other languages); a restriction on `parent` or above is the visitor's already."""
    pages = pages.live()
    if parent is None:
        own = Q(locale_id=locale.pk) & ~Q(restricted())
        borrowed = ~Q(locale_id=locale.pk)
    else:
        own = Q(path__startswith=parent.path, depth=parent.depth + 1) & ~Q(restricted(parent.depth))
        parents = Page.objects.filter(translation_key=parent.translation_key, live=True).exclude(pk=parent.pk)
        borrowed = Q(pk__in=[])
        for path in parents.values_list("path", flat=True):
            borrowed |= Q(path__startswith=path, depth=parent.depth + 1)
    return pages.filter(own | (borrowed & untranslated_into(locale)))


def swap_language(url, source_code, language_code):
    """`url` (of a page in `source_code`) with its language prefix made `language_code`."""
    parts = urlsplit(url)
    prefix = f"/{source_code}/"
    if not parts.path.startswith(prefix):
        return url
    return urlunsplit(parts._replace(path=f"/{language_code}/{parts.path[len(prefix) :]}"))


def mark_languages(pages, language_code, request=None):
    """Give each page `listing_url` (where the visitor reads it) and, when it is in another
    language than `language_code`, `shown_language` (its code) and `language_label`."""
    for page in pages:
        url = page.get_url(request)
        code = page.locale.language_code
        if code == language_code or url is None:
            page.listing_url, page.shown_language, page.language_label = url, "", ""
        else:
            page.listing_url = swap_language(url, code, language_code)
            page.shown_language, page.language_label = code, IN_LANGUAGE.get(code, code)
    return pages
