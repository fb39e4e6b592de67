"""Pages a locale lacks, searchable in it anyway: a live, public page with no live, public
translation into a locale gives that locale documents too, built from the page the fallback URL
shows (core.untranslated), with the visitor's language prefix on their URLs and the page's own
language in `language`, so hits are marked and read in it.

Ids are "<locale>:<source page id>:…" (search.documents.page_prefix): unique, since the source
page belongs to another locale, and stable, so publishing a translation drops exactly them. Their
words are analysed as the locale's own (the query is): each is found by its own words as written.
"""

from __future__ import annotations

import dataclasses

from django.apps import apps
from django.utils import translation
from wagtail.models import Page

from core.untranslated import swap_language, untranslated_into
from search.documents import PREFETCH, built_documents, locales, page_prefix
from search.engines.base import SearchDocument
from search.labels import facet_labels
from search.understanding import Decompounder, content_decompounder, understood


def fallback_documents(
    page: Page, locale: str, decompounder: Decompounder | None = None
) -> list[SearchDocument]:
    """The documents of `page` (of another locale) in `locale`, reached at its fallback URL, with
    their kind's words and compounds' parts as the locale's own documents have them."""
    source = page.locale.language_code
    with translation.override(source):
        url = page.get_url()
    if not url:
        return []
    with translation.override(locale):
        built = built_documents(page, locale, swap_language(url, source, locale))
        decompounder = decompounder or content_decompounder()
        themes = facet_labels(locale)["theme"]
        return [
            understood(dataclasses.replace(document, language=source), decompounder, themes)
            for document in built
        ]


def untranslated_pages(locale: str, translation_key=None):
    """The pages `locale` shows untranslated (of one translation key, when given)."""
    for model_label, prefetch in PREFETCH.items():
        pages = apps.get_model(model_label).objects.live().filter(untranslated_into(locale))
        if translation_key is not None:
            pages = pages.filter(translation_key=translation_key)
        yield from pages.select_related("locale").prefetch_related(*prefetch)


def untranslated_documents(locale: str, decompounder: Decompounder | None = None) -> list[SearchDocument]:
    decompounder = decompounder or content_decompounder()
    return [
        document
        for page in untranslated_pages(locale)
        for document in fallback_documents(page, locale, decompounder)
    ]


def translation_group(translation_key) -> tuple[list[SearchDocument], list[str]]:
    """(documents, id prefixes) of every locale's untranslated stand-in for one translation key:
    what to index now, and where anything it indexed before may be."""
    versions = list(
        Page.objects.filter(translation_key=translation_key).values_list("pk", "locale__language_code")
    )
    documents, prefixes = [], []
    for locale in locales():
        prefixes += [page_prefix(locale, pk) for pk, code in versions if code != locale]
        for page in untranslated_pages(locale, translation_key):
            documents += fallback_documents(page, locale)
    return documents, prefixes
