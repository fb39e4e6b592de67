"""What a PDF holds beyond its text: its page count, and whether it carries JavaScript or files
of its own (pypdf). Such a PDF is accepted but flagged for the editors (docs/documents.md)."""

import logging
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

logger = logging.getLogger(__name__)

JAVASCRIPT_KEYS = {"/JavaScript", "/JS", "/AA"}
EMBEDDED_FILE_KEYS = {"/EmbeddedFiles", "/EF"}
# The same names in the bytes, followed by a delimiter (a font may be called /AAAAAB+Sans).
# Compressed object streams hide them from this scan; walking the objects finds them there.
JAVASCRIPT_BYTES = re.compile(rb"/(?:JavaScript|JS|AA)(?=[\s()<>\[\]{}/%])")
EMBEDDED_FILE_BYTES = re.compile(rb"/(?:EmbeddedFiles?|FileAttachment)(?=[\s()<>\[\]{}/%])")
# A hostile PDF may hold millions of objects: the walk stops there (the byte scan still ran).
MAX_OBJECTS = 200_000


@dataclass
class PdfFacts:
    page_count: int | None = None
    has_javascript: bool = False
    has_embedded_files: bool = False


def open_pdf(fileobj):
    """A PdfReader of the file, decrypted if it opens with an empty password. Raises PyPdfError
    (or ValueError, OSError) for a broken file."""
    fileobj.seek(0)
    reader = PdfReader(fileobj, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PyPdfError("encrypted")
    return reader


def inspect_pdf(fileobj):
    """The page count and flags of a PDF; a PDF that cannot be opened still gets its flags from
    its bytes (and no page count)."""
    facts = scan_bytes(fileobj)
    try:
        reader = open_pdf(fileobj)
        facts.page_count = len(reader.pages)
        javascript, embedded = walk_objects(reader)
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on broken files
        logger.info("PDF not inspected: %s", error)
        return facts
    facts.has_javascript |= javascript
    facts.has_embedded_files |= embedded
    return facts


def scan_bytes(fileobj, chunk_size=1024 * 1024):
    facts = PdfFacts()
    fileobj.seek(0)
    tail = b""
    while chunk := fileobj.read(chunk_size):
        window = tail + chunk
        facts.has_javascript |= bool(JAVASCRIPT_BYTES.search(window))
        facts.has_embedded_files |= bool(EMBEDDED_FILE_BYTES.search(window))
        tail = chunk[-32:]
    fileobj.seek(0)
    return facts


def walk_objects(reader):
    """(JavaScript, embedded files) found among the objects reachable from the trailer."""
    javascript = embedded = False
    seen = set()
    stack = [reader.trailer]
    while stack and len(seen) < MAX_OBJECTS and not (javascript and embedded):
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            keys = set(item.keys())
            javascript |= bool(keys & JAVASCRIPT_KEYS) or item.get("/S") == NameObject("/JavaScript")
            embedded |= bool(keys & EMBEDDED_FILE_KEYS) or item.get("/Subtype") == NameObject(
                "/FileAttachment"
            )
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return javascript, embedded
