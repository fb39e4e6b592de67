"""The text of a document's file, read once per version (file_hash) and stored as a DocumentText:
one string per PDF page, per DOCX section, or an ODT's or plain text file's whole text. A file that
cannot be read gets a DocumentText marked unreadable with the reason, for the report; the caller
never sees an exception."""

import logging

import docx
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from odf import teletype
from odf.namespaces import TEXTNS
from odf.opendocument import load as load_odf

from documents.models import DocumentText, PortalDocument
from documents.pdf import inspect_pdf, open_pdf
from documents.signals import document_text_extracted

logger = logging.getLogger(__name__)


class Unreadable(Exception):
    """A file that holds no text we can read; `code` names why (ERRORS)."""

    def __init__(self, code, detail=""):
        super().__init__(code)
        self.code, self.detail = code, detail


# Stored as the code (and a technical detail); shown to editors in their language.
ERRORS = {
    "encrypted": _("The file is protected by a password."),
    "broken": _("The file is damaged or not what its extension says."),
    "no_text": _("The file holds no text (a scanned document without text recognition?)."),
    "missing": _("The file is missing from storage."),
}


def pdf_pages(file):
    try:
        reader = open_pdf(file)
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on broken files
        code = "encrypted" if str(error) == "encrypted" else "broken"
        raise Unreadable(code, str(error)) from error
    try:
        return [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # noqa: BLE001
        raise Unreadable("broken", str(error)) from error


def docx_sections(file):
    """One string per section of the document (section breaks end at a paragraph's sectPr)."""
    try:
        document = docx.Document(file)
    except Exception as error:  # noqa: BLE001 - python-docx, zipfile and lxml errors alike
        raise Unreadable("broken", str(error)) from error
    sections, lines = [], []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):  # a table
            lines.extend(cell.text for row in block.rows for cell in row.cells if cell.text)
            continue
        if block.text:
            lines.append(block.text)
        properties = block._p.pPr
        if properties is not None and properties.sectPr is not None:
            sections.append("\n".join(lines))
            lines = []
    sections.append("\n".join(lines))
    return [section for section in sections if section.strip()] or [""]


def odt_text(file):
    try:
        document = load_odf(file)
    except Exception as error:  # noqa: BLE001 - odfpy, zipfile and xml errors alike
        raise Unreadable("broken", str(error)) from error
    lines = []
    stack = list(reversed(document.text.childNodes))
    while stack:
        node = stack.pop()
        if getattr(node, "qname", None) in {(TEXTNS, "p"), (TEXTNS, "h")}:
            lines.append(teletype.extractText(node))
        else:
            stack.extend(reversed(getattr(node, "childNodes", [])))
    return ["\n".join(line for line in lines if line)]


def plain_text(file):
    data = file.read()
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            return [data.decode(encoding)]
        except UnicodeError:
            continue
    raise Unreadable("broken", "not text")


READERS = {"pdf": pdf_pages, "docx": docx_sections, "odt": odt_text, "txt": plain_text}


def is_extractable(document):
    return document.file_extension.lower() in READERS


def read_pages(document):
    reader = READERS[document.file_extension.lower()]
    try:
        with document.open_file() as file:
            pages = reader(file)
    except OSError as error:
        raise Unreadable("missing", str(error)) from error
    if not any(page.strip() for page in pages):
        raise Unreadable("no_text")
    return pages


def extract_document_text(document):
    """Reads the document's current file and stores its text (or why it could not); returns the
    DocumentText, or None for a format without text (a spreadsheet, an archive)."""
    if not is_extractable(document):
        return None
    if not document.file_hash:  # made without Wagtail's upload; stored quietly (no new task)
        document._set_file_hash()
        PortalDocument.objects.filter(pk=document.pk).update(file_hash=document.file_hash)
    try:
        pages, status, error = read_pages(document), DocumentText.Status.EXTRACTED, ""
    except Unreadable as unreadable:
        pages, status = [], DocumentText.Status.UNREADABLE
        error = f"{unreadable.code}: {unreadable.detail}".rstrip(": ")[:500]
        logger.info("Document %s unreadable: %s", document.pk, error)
    except Exception as failure:  # noqa: BLE001 - a reader's bug must not stop the worker's round
        pages, status, error = [], DocumentText.Status.UNREADABLE, f"broken: {failure}"[:500]
        logger.warning("Document %s: reading failed: %s", document.pk, failure)
    with transaction.atomic():
        text, _created = DocumentText.objects.update_or_create(
            document=document,
            file_hash=document.file_hash,
            defaults={"status": status, "pages": pages, "error": error, "extracted_at": timezone.now()},
        )
        # Earlier versions' texts are of files no longer served.
        document.texts.exclude(pk=text.pk).delete()
        update_file_facts(document)
    document_text_extracted.send(sender=PortalDocument, document=document, text=text)
    return text


def update_file_facts(document):
    """Page count and flags for documents that did not come through the admin's upload (the demo
    loader, a script); saved only when they change, so the pages showing the document are
    cached anew."""
    before = (document.page_count, document.has_javascript, document.has_embedded_files)
    if document.is_pdf:
        try:
            with document.open_file() as file:
                facts = inspect_pdf(file)
        except OSError:
            return
        after = (facts.page_count, facts.has_javascript, facts.has_embedded_files)
    else:
        after = (None, False, False)
    if after != before:
        document.page_count, document.has_javascript, document.has_embedded_files = after
        document.save(update_fields=["page_count", "has_javascript", "has_embedded_files"])


def error_message(text):
    """The reason a text could not be read, in the active language."""
    return str(ERRORS.get(text.error.partition(": ")[0], ERRORS["broken"]))
