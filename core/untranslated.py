"""Pages a visitor's language lacks, listed anyway: a listing in one language also shows the pages
that have no live, public translation into it, in the language they exist in, linked at their
fallback URL (the visitor's language prefix + the source page's path, served by
translations.middleware with a "not yet translated" notice) and marked with their language.

The source of an untranslated page is the one the fallback URL shows: the default language's
version first, then the others in the order of settings.LANGUAGES."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

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


def live_public_in(language_codes):
    """A condition on pages: a live, public page with the same translation key in one of the languages."""
    versions = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code__in=language_codes
    )
    return Exists(versions.filter(live=True).filter(~restricted()))


def untranslated_into(language_code):
    """A condition on pages of other languages: the page is what `language_code` shows where it
    has no live, public translation (the first source language that has one). No query of its own."""
    codes = source_order(language_code)
    chosen = Q(pk__in=[])
    for position, code in enumerate(codes):
        here = Q(locale__language_code=code)
        chosen |= here & ~Q(live_public_in(codes[:position])) if position else here
    return chosen & ~Q(live_public_in([language_code])) & ~Q(restricted())


def listed_in(pages, language_code, parent=None):
    """Live, public pages of `pages` in the language, and the untranslated ones of other languages.
    With `parent`: its children, and the children of its live translations (the same index in
    the other languages); a restriction on `parent` or above is the visitor's already."""
    pages = pages.live()
    if parent is None:
        own = Q(locale__language_code=language_code) & ~Q(restricted())
        borrowed = ~Q(locale__language_code=language_code)
    else:
        own = Q(path__startswith=parent.path, depth=parent.depth + 1) & ~Q(restricted(parent.depth))
        # A child of the parent's translation: its path begins with the translation's path.
        translations = Page.objects.filter(
            translation_key=parent.translation_key,
            live=True,
            path=Substr(OuterRef("path"), 1, len(parent.path)),
        ).exclude(pk=parent.pk)
        borrowed = Q(depth=parent.depth + 1) & Q(Exists(translations))
    return pages.filter(own | (borrowed & untranslated_into(language_code)))


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
