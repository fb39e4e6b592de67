"""Keeping every configured engine in step with the content.

The embedded index (IndexWriters.always_current) is written at once, inside the transaction that
changed the content, so it can never disagree with the database; only the pages holding a changed
document, found by reading every page, are indexed just after the commit (search.signals), while
the document leaves at once if it may no longer be shown (`withdraw_documents`). The others (Elasticsearch,
IndexWriters.after_commit) are written after the commit;
if they fail, the content change stands, the embedded engine answers for them, and the documents
they missed wait in the outbox (search.outbox) until `manage.py heal_search_index` writes them.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging

from django.apps import apps
from django.db import transaction
from django.db.models import Q
from wagtail.models import Page

from search.attachments import attached_document_ids
from search.documents import (
    PREFETCH,
    documents_by_locale,
    documents_for_page,
    legal_basis_documents,
    legal_basis_id,
    locales,
    page_documents,
    page_prefix,
    searchable_pages,
    term_documents,
    term_id,
)
from search.engines import index_writers
from search.engines.base import SearchDocument
from search.labels import labels_changed
from search.models import IndexedDocument
from search.outbox import write_or_record
from search.untranslated import translation_group

logger = logging.getLogger(__name__)

_paused = contextvars.ContextVar("search_indexing_paused", default=False)


@contextlib.contextmanager
def paused():
    """Content changes inside this block do not touch the index (a bulk load rebuilds it after)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def is_paused() -> bool:
    return _paused.get()


def rebuild_all() -> dict[str, int]:
    """Rebuild every configured engine from the content (the demo loader calls this at its end)."""
    labels_changed()
    documents = documents_by_locale()
    for engine in index_writers():
        try:
            engine.rebuild(documents)
        except Exception:  # noqa: BLE001 - one engine failing must not stop the others
            logger.exception("Rebuilding the %s search index failed", engine.name)
    return {locale: len(items) for locale, items in documents.items()}


def apply(documents: list[SearchDocument], stale_ids: list[str]) -> None:
    """Index `documents` and drop `stale_ids` in every index: the always-current one now, in this
    transaction; the others after the commit, through the outbox."""
    writers = index_writers()
    writers.always_current.delete(stale_ids)
    writers.always_current.index(documents)

    def write_after_commit():
        for writer in writers.after_commit:
            write_or_record(writer, documents, stale_ids)

    if writers.after_commit:
        transaction.on_commit(write_after_commit)


def indexed_ids(prefix: str) -> set[str]:
    found = IndexedDocument.objects.filter(document_id__startswith=prefix)
    return set(found.values_list("document_id", flat=True))


def update_page(page: Page) -> None:
    """Index what `page` contributes now; drop what it contributed before and no longer does.
    Its translations' stand-ins in the locales that lack them change with it (search.untranslated)."""
    page = page.specific
    documents = documents_for_page(page)
    stale = indexed_ids(page_prefix(page.locale.language_code, page.pk))
    if page._meta.label in PREFETCH:
        stand_ins, prefixes = translation_group(page.translation_key)
        documents += stand_ins
        stale |= indexed_ids_under(prefixes)
    stale -= {document.id for document in documents}
    if documents or stale:
        apply(documents, sorted(stale))


def update_page_and_descendants(page: Page) -> None:
    """`page` and every page under it, in one write per engine: a move or a view restriction
    changes them all, and a restricted section's pages must leave the index together."""
    documents = [document for each in searchable_pages(within=page) for document in page_documents(each)]
    tree = Page.objects.descendant_of(page, inclusive=True)
    prefixes = [page_prefix(locale, pk) for pk, locale in tree.values_list("pk", "locale__language_code")]
    searchable = [apps.get_model(label) for label in PREFETCH]
    for key in set(
        tree.filter(content_type__in=content_types(searchable)).values_list("translation_key", flat=True)
    ):
        stand_ins, stand_in_prefixes = translation_group(key)
        documents += stand_ins
        prefixes += stand_in_prefixes
    stale = indexed_ids_under(prefixes) - {document.id for document in documents}
    if documents or stale:
        apply(documents, sorted(stale))


def content_types(models) -> list:
    from django.contrib.contenttypes.models import ContentType

    return list(ContentType.objects.get_for_models(*models).values())


def indexed_ids_under(prefixes: list[str], batch: int = 200) -> set[str]:
    found = set()
    for start in range(0, len(prefixes), batch):
        wanted = Q()
        for prefix in prefixes[start : start + batch]:
            wanted |= Q(document_id__startswith=prefix)
        found.update(IndexedDocument.objects.filter(wanted).values_list("document_id", flat=True))
    return found


def remove_page(page_id: int, locale: str, translation_key=None) -> None:
    """Drop a deleted page's documents and its stand-ins elsewhere; with its translation key, the
    locales it stood in for get their stand-in from another language where one is left."""
    stale = indexed_ids(page_prefix(locale, page_id))
    documents = []
    if translation_key is not None:
        stale |= indexed_ids_under([page_prefix(other, page_id) for other in locales()])
        documents, prefixes = translation_group(translation_key)
        stale = (stale | indexed_ids_under(prefixes)) - {document.id for document in documents}
    if documents or stale:
        apply(documents, sorted(stale))


def update_legal_basis(slug: str) -> None:
    """The law's own document in every locale, and the pages that show its name."""
    documents, stale = [], []
    for locale in locales():
        found = legal_basis_documents(locale, slug)
        documents += found
        if not found:
            stale.append(legal_basis_id(locale, slug))
    apply(documents, [document_id for document_id in stale if indexed_ids(document_id)])
    update_pages_tagged("legal_bases__slug", slug)


def update_pages_tagged(lookup: str, slug: str) -> None:
    model_labels = {
        "legal_bases__slug": ("cases.InitiativePage", "guide.PhasePage"),
        "municipalities__slug": ("cases.InitiativePage", "resources.StudyTripPage"),
        "themes__slug": ("cases.InitiativePage", "guide.PhasePage", "resources.ToolPage"),
    }[lookup]
    for model_label in model_labels:
        for page in apps.get_model(model_label).objects.filter(**{lookup: slug}).distinct():
            update_page(page)


def update_term(slug: str) -> None:
    """The glossary term's document in every locale: indexed where published, dropped elsewhere."""
    documents, stale = [], []
    for locale in locales():
        found = term_documents(locale, slug)
        documents += found
        if not found:
            stale.append(term_id(locale, slug))
    apply(documents, [document_id for document_id in stale if indexed_ids(document_id)])


def update_document(document_id: int) -> None:
    update_documents([document_id])


def update_documents(document_ids) -> None:
    """The pages the documents are attached to, and those whose index entries hold them, indexed
    anew, each page once: a text was extracted, a document renamed, moved to another collection or
    deleted. The pages are found in their own fields (as the documents are built), not in Wagtail's
    reference index, which the worker may not have updated yet."""
    wanted = set(document_ids)
    if not wanted:
        return
    page_ids = {int(entry.split(":")[1]) for entry in entries_holding(wanted)}
    for model_label in PREFETCH:
        for page in apps.get_model(model_label).objects.live():
            if wanted.intersection(attached_document_ids(page)):
                page_ids.add(page.pk)
    for page in Page.objects.filter(pk__in=page_ids).specific():
        update_page(page)


def withdraw_documents(document_ids) -> None:
    """Drop every index entry of the documents, whatever page holds them: at once, without looking
    for their pages, when they may no longer be shown (deleted, or in a restricted collection)."""
    stale = entries_holding(set(document_ids))
    if stale:
        apply([], sorted(stale))


def entries_holding(document_ids: set[int], batch: int = 200) -> set[str]:
    """The ids of the index entries of `document_ids` ("<locale>:<page id>:document:<id>")."""
    ordered, found = sorted(document_ids), set()
    for start in range(0, len(ordered), batch):
        wanted = Q()
        for document_id in ordered[start : start + batch]:
            wanted |= Q(document_id__endswith=f":document:{document_id}")
        found.update(IndexedDocument.objects.filter(wanted).values_list("document_id", flat=True))
    return found
