"""What an uploaded document is, judged by its content, not its name: an extension allowed in
WAGTAILDOCS_EXTENSIONS must match what the file holds, and programs, web pages and scripts are
refused whatever they are called (docs/documents.md)."""

import codecs
import zipfile

import filetype
from django.utils.translation import gettext as _

HEAD_BYTES = 8192
PROGRAM_TYPES = {
    "application/x-msdownload",  # Windows (MZ)
    "application/x-executable",  # Linux (ELF)
    "application/wasm",
    "application/x-shockwave-flash",
    "application/x-google-chrome-extension",
}
# Mach-O (macOS) and its fat binaries; filetype knows neither.
MACH_O_MAGIC = (
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
)
# What a browser would run as a page or a script if it ever rendered the file.
MARKUP_STARTS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<script",
    b"<svg",
    b"<?xml",
    b"<iframe",
    b"#!",
)
MARKUP_ANYWHERE = (b"<script", b"<html", b"<svg", b"<!doctype html", b"<iframe")
ODF_TEXT = b"application/vnd.oasis.opendocument.text"
# Control characters a text file never holds (tab, line feed, form feed and carriage return aside).
CONTROL_CHARACTERS = {chr(code) for code in range(32)} - {"\t", "\n", "\x0c", "\r"}


def head_of(upload):
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    return head


def is_program(head):
    kind = filetype.guess(head)
    return (kind is not None and kind.mime in PROGRAM_TYPES) or head.startswith(MACH_O_MAGIC)


def is_markup(head):
    text = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n\x0c").lower()
    return text.startswith(MARKUP_STARTS) or any(marker in text for marker in MARKUP_ANYWHERE)


def zip_names(upload):
    """The member names of a zip archive, or None if the file is not one."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)


def office_open_xml(main_part):
    """docx, xlsx and pptx: a zip with [Content_Types].xml and the format's main folder."""

    def check(upload, head):
        names = zip_names(upload)
        return bool(names) and "[Content_Types].xml" in names and any(n.startswith(main_part) for n in names)

    return check


def is_odt(upload, head):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return archive.read("mimetype").strip() == ODF_TEXT
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False
    finally:
        upload.seek(0)


def is_zip(upload, head):
    return zip_names(upload) is not None


def is_pdf(upload, head):
    # Readers accept the header anywhere in the first kilobyte.
    return b"%PDF-" in head[:1024]


def is_rtf(upload, head):
    return head.startswith(b"{\\rtf")


def is_text(upload, head, chunk_size=1024 * 1024):
    """UTF-8, UTF-16 with its byte order mark or Windows-1252 (older spreadsheets' CSV), without
    NUL bytes or other control characters, and no web page inside."""
    if filetype.guess(head) is not None:  # a PDF, an image, an archive… named .txt
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        if b"\x00" in head:
            return False
        encodings = ["utf-8-sig", "cp1252"]
    return any(decodes_as_text(upload, encoding, chunk_size) for encoding in encodings)


def decodes_as_text(upload, encoding, chunk_size):
    decoder = codecs.getincrementaldecoder(encoding)()
    upload.seek(0)
    first = True
    try:
        while True:
            chunk = upload.read(chunk_size)
            text = decoder.decode(chunk, final=not chunk)
            if CONTROL_CHARACTERS.intersection(text):
                return False
            if first and is_markup(text[:1024].encode("utf-8")):
                return False
            first = False
            if not chunk:
                return True
    except UnicodeDecodeError:
        return False
    finally:
        upload.seek(0)


CONTENT_CHECKS = {
    "pdf": is_pdf,
    "docx": office_open_xml("word/"),
    "xlsx": office_open_xml("xl/"),
    "pptx": office_open_xml("ppt/"),
    "odt": is_odt,
    "csv": is_text,
    "txt": is_text,
    "rtf": is_rtf,
    # Keynote presentations are zip archives too.
    "key": is_zip,
    "zip": is_zip,
}


def content_problem(upload, name):
    """A message saying why the upload is refused, or None when its content fits its extension."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    head = head_of(upload)
    if is_program(head):
        return _("“%(name)s” is a program, not a document. Programs cannot be uploaded.") % {"name": name}
    if is_markup(head):
        return _("“%(name)s” is a web page or a script, not a document. Save it as PDF and upload that.") % {
            "name": name
        }
    check = CONTENT_CHECKS.get(extension)
    if check is not None and not check(upload, head):
        return _(
            "“%(name)s” is named .%(extension)s, but its content is not a .%(extension)s file. "
            "Save it again in that format, or rename it to what it is."
        ) % {"name": name, "extension": extension}
    return None
