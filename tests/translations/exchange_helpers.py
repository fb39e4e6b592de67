"""Shared steps of the bulk PO exchange tests: download a language's zip, fill it, upload it."""

import io
import zipfile

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase

EXCHANGE_URL = "/admin/translation-status/exchange/"


def export(client, code):
    response = client.post(f"{EXCHANGE_URL}export/{code}/")
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def pos(files):
    return {name: polib.pofile(text) for name, text in files.items() if name.endswith(".po")}


def zipped(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content if isinstance(content, bytes) else str(content))
    return buffer.getvalue()


def fill(po, translate=lambda text: f"{text} (en)"):
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = translate(entry.msgid)
    return po


def upload_archive(client, content, name="translations.zip"):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(EXCHANGE_URL, {"archive": SimpleUploadedFile(name, content)})
