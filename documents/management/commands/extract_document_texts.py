from django.core.management.base import BaseCommand
from django.db.models import Exists, OuterRef, Q

from documents.extraction import READERS, extract_document_text
from documents.models import DocumentText, PortalDocument


def documents_without_text():
    """Documents whose current file (file_hash) has not been read, or not to the end."""
    read = DocumentText.objects.filter(document=OuterRef("pk"), file_hash=OuterRef("file_hash")).exclude(
        status=DocumentText.Status.PENDING
    )
    readable = Q()
    for extension in READERS:
        readable |= Q(file__iendswith=f".{extension}")
    return PortalDocument.objects.filter(readable).filter(~Exists(read)).order_by("pk")


class Command(BaseCommand):
    help = "Reads the text of every PDF, DOCX, ODT and text document whose current file has none yet."

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=None, help="Read at most this many documents (the worker's rounds)."
        )

    def handle(self, *args, limit=None, **options):
        read = unreadable = 0
        for document in documents_without_text().iterator():
            if limit is not None and read + unreadable >= limit:
                break
            text = extract_document_text(document)
            if text.status == DocumentText.Status.EXTRACTED:
                read += 1
            else:
                unreadable += 1
        if options["verbosity"]:
            self.stdout.write(f"{read} document texts read, {unreadable} documents unreadable.")
