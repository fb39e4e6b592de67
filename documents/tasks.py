from django_tasks import task

from documents.extraction import extract_document_text
from documents.models import DocumentText, PortalDocument


@task()
def extract_document_text_task(document_id):
    """Reads a document's text in the worker (documents/extraction.py)."""
    document = PortalDocument.objects.filter(pk=document_id).first()
    if document is None:  # deleted while it waited
        return
    done = document.texts.filter(file_hash=document.file_hash).exclude(status=DocumentText.Status.PENDING)
    if not (document.file_hash and done.exists()):
        extract_document_text(document)
