"""Small real files for the document tests: PDFs written with pypdf, a DOCX with python-docx, an
ODT with odfpy, and files that only pretend to be documents."""

import io
import zipfile

import docx
from odf.opendocument import OpenDocumentText
from odf.text import P
from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject


def pdf(*pages, javascript=False, attachment=False, password=None):
    """A PDF with one page per text (Helvetica, so readers can extract it)."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for text in pages or ("",):
        page = writer.add_blank_page(300, 300)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 20 250 Td ({escaped}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if javascript:
        writer.add_open_action(JavaScript("app.alert('Hello');"))
    if attachment:
        writer.add_attachment("data.csv", b"a,b\n1,2\n")
    if password:
        writer.encrypt(password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_file(*paragraphs, sections=1):
    document = docx.Document()
    for number in range(sections):
        if number:
            document.add_section()
        for paragraph in paragraphs:
            document.add_paragraph(f"{paragraph}" if sections == 1 else f"{paragraph} {number + 1}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt(*paragraphs):
    document = OpenDocumentText()
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def xlsx():
    """The parts a spreadsheet's zip must have to count as one here."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def plain_zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "Notater")
    return buffer.getvalue()


ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(120)
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(120)
MACH_O = b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(120)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
SHELL_SCRIPT = b"#!/bin/sh\nrm -rf ~\n"
RTF = rb"{\rtf1\ansi Sluttrapport}"
CSV = "kommune;år\nMalmö;2024\n".encode()
