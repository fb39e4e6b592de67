"""Publishing, unpublishing, moving, deleting or translating content, and adding, changing or
removing a view restriction, updates the search index."""

import logging
from functools import wraps

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.public_tree import public_documents
from search import indexing
from search.labels import labels_changed
from taxonomy.models import LegalBasis, Municipality, Theme

logger = logging.getLogger(__name__)


def never_breaks_editing(handler):
    """An indexing failure is logged; the editor's change is saved regardless."""

    @wraps(handler)
    def guarded(*args, **kwargs):
        if indexing.is_paused():
            return
        try:
            with transaction.atomic():
                handler(*args, **kwargs)
        except Exception:  # noqa: BLE001 - the content change matters more than the index
            logger.exception("Updating the search index failed in %s", handler.__name__)

    return guarded


@receiver(page_published)
@never_breaks_editing
def index_published_page(sender, instance, **kwargs):
    indexing.update_page(instance)


@receiver(page_unpublished)
@never_breaks_editing
def unindex_unpublished_page(sender, instance, **kwargs):
    indexing.update_page(instance)


@receiver(post_page_move)
@receiver(page_slug_changed)
@never_breaks_editing
def reindex_moved_page(sender, instance, **kwargs):
    indexing.update_page_and_descendants(instance)


@receiver(post_save, sender=PageViewRestriction)
def reindex_restricted_section(sender, instance, raw=False, **kwargs):
    if not raw:
        _restriction_changed(instance.page_id)
        _labels_changed()  # a restricted phase's title is no facet label


@receiver(post_delete, sender=PageViewRestriction)
def reindex_unrestricted_section(sender, instance, origin=None, **kwargs):
    # Deleting a page deletes its restrictions first; the pages' own post_delete unindexes them.
    if not issubclass(getattr(origin, "model", type(origin)), Page):
        _restriction_changed(instance.page_id)
        _labels_changed()


# A restriction's groups need no handler: any restriction, whatever its groups, keeps a page out.
@never_breaks_editing
def _restriction_changed(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        indexing.update_page_and_descendants(page)


@receiver(post_delete)
def unindex_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is not Page:
        _remove_page(instance)


@never_breaks_editing
def _remove_page(page):
    indexing.remove_page(page.pk, page.locale.language_code, page.translation_key)


# What saving a draft, locking or unlocking writes to a live snippet's row: its published content
# is untouched (the draft is in a revision), so search must not change. Publishing saves it all.
HISTORY_ONLY = frozenset({"latest_revision", "has_unpublished_changes", "locked", "locked_by", "locked_at"})
# What reading a document's text writes to its row (documents.extraction.update_file_facts): nothing
# a search hit shows, and the text itself comes with the DocumentText's own save.
FILE_FACTS = frozenset({"page_count", "has_javascript", "has_embedded_files"})


@receiver(post_save)
@receiver(post_delete)
def reindex_changed_snippet(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields and set(update_fields) <= HISTORY_ONLY):
        return
    if isinstance(instance, LegalBasis | Municipality | Theme | apps.get_model("guide", "PhasePage")):
        _labels_changed()
    if isinstance(instance, LegalBasis):
        _legal_basis_changed(instance.slug)
    elif isinstance(instance, Municipality):
        _municipality_changed(instance.slug)
    elif isinstance(instance, Theme):
        _theme_changed(instance.slug)  # published or unpublished: pages gain or lose its facet
    elif isinstance(instance, apps.get_model("glossary", "Term")):
        _term_changed(instance.slug)  # saved on publish and unpublish; a draft's text is in a revision
    elif isinstance(instance, get_document_model()):
        if not (update_fields and set(update_fields) <= FILE_FACTS):
            documents_changed([instance.pk])  # renamed, moved to another collection, replaced or deleted
    elif isinstance(instance, apps.get_model("documents", "DocumentText")):
        documents_changed([instance.document_id])  # its text was read


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def reindex_restricted_collection(sender, instance, raw=False, **kwargs):
    """A collection's documents leave search with its restriction, and come back without it."""
    if not raw:
        _collection_changed(instance.collection_id)


@never_breaks_editing
def _collection_changed(collection_id):
    collection = Collection.objects.filter(pk=collection_id).first()
    if collection is None:
        return
    tree = Collection.objects.descendant_of(collection, inclusive=True)
    documents_changed(
        list(get_document_model().objects.filter(collection__in=tree).values_list("pk", flat=True))
    )


def documents_changed(document_ids):
    """Documents that may no longer be shown leave the index at once, in this transaction; the
    pages holding the documents are indexed anew after the commit, once (PagesOfDocuments)."""
    if indexing.is_paused() or not document_ids:
        return
    _withdraw_hidden(document_ids)
    batch = _waiting_batch()
    if batch is None:
        batch = PagesOfDocuments()
        batch.document_ids.update(document_ids)
        transaction.on_commit(batch)  # outside a transaction it runs now: fill it first
    else:
        batch.document_ids.update(document_ids)


class PagesOfDocuments:
    """The documents one transaction changed, their pages indexed anew when it commits: each page
    once, however often its documents were saved (reading a text saves it, then the file's facts).
    Finding the pages reads every searchable page, too slow to repeat for each save."""

    def __init__(self):
        self.document_ids = set()
        self.done = False

    def __call__(self):
        self.done = True
        _update_documents(sorted(self.document_ids))


def _waiting_batch():
    """This transaction's PagesOfDocuments while it waits for the commit; None outside one."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return None
    # The transaction's callbacks; Django drops those of a savepoint rolled back. A test's capture
    # of them runs them without removing them: hence `done`.
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, PagesOfDocuments) and not callback.done:
            return callback
    return None


@never_breaks_editing
def _withdraw_hidden(document_ids):
    """Deleted documents, and those in a restricted collection, whatever their pages."""
    shown = public_documents(get_document_model().objects.filter(pk__in=document_ids)).values_list(
        "pk", flat=True
    )
    hidden = set(document_ids) - set(shown)
    if hidden:
        indexing.withdraw_documents(hidden)


@never_breaks_editing
def _update_documents(document_ids):
    indexing.update_documents(document_ids)


@never_breaks_editing
def _legal_basis_changed(slug):
    indexing.update_legal_basis(slug)


@never_breaks_editing
def _term_changed(slug):
    indexing.update_term(slug)


@never_breaks_editing
def _theme_changed(slug):
    indexing.update_pages_tagged("themes__slug", slug)


@never_breaks_editing
def _municipality_changed(slug):
    indexing.update_pages_tagged("municipalities__slug", slug)


def _labels_changed():
    """Not paused with indexing: labels are read from the content itself, never rebuilt."""
    try:
        with transaction.atomic():
            labels_changed()
    except Exception:  # noqa: BLE001 - the content change matters more than a cached label
        logger.exception("Marking the search labels as changed failed")


# Sent by the search page and the API after each search, with `request`, `query` (SearchQuery) and
# `total`; search insights listen to it without search knowing of them.
search_done = Signal()
