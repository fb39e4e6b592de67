"""The documents app's signal and the handlers that start reading a document's text."""

from django.db import transaction
from django.dispatch import Signal

# Sent after a document's text (or the reason it could not be read) was stored, with `document`
# and `text` (the DocumentText). The search app indexes the text when it hears it.
document_text_extracted = Signal()


def queue_text_extraction(sender, instance, raw=False, update_fields=None, **kwargs):
    """A saved document whose current file has no text yet is read in the worker once the
    transaction commits; the editor's request does not wait for it."""
    if raw or (update_fields and "file_hash" not in update_fields and "file" not in update_fields):
        return
    from documents.extraction import is_extractable
    from documents.tasks import extract_document_text_task

    if not is_extractable(instance) or instance.texts.filter(file_hash=instance.file_hash).exists():
        return
    document_id = instance.pk
    transaction.on_commit(lambda: extract_document_text_task.enqueue(document_id))
