"""What an editor may upload: checked by content, not by name; PDFs with scripts or files of their
own are accepted but flagged."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.models import Collection

from documents.checks import CONTENT_CHECKS
from tests.documents import files
from tests.documents.conftest import speaks

REAL_FILES = [
    ("rapport.pdf", files.pdf("Sluttrapport")),
    ("rapport.docx", files.docx_file("Sluttrapport")),
    ("rapport.odt", files.odt("Sluttrapport")),
    ("tall.xlsx", files.xlsx()),
    ("tall.csv", files.CSV),
    ("notat.txt", "Notat om gårdsrom.\n".encode("utf-16")),
    ("notat.rtf", files.RTF),
    ("vedlegg.zip", files.plain_zip()),
]
PRETENDERS = [
    ("rapport.pdf", files.ELF, "is a program, not a document"),
    ("rapport.docx", files.WINDOWS_PROGRAM, "is a program, not a document"),
    ("notat.txt", files.MACH_O, "is a program, not a document"),
    ("rapport.pdf", files.HTML, "is a web page or a script"),
    ("notat.txt", files.SVG, "is a web page or a script"),
    ("tall.csv", files.SHELL_SCRIPT, "is a web page or a script"),
    ("rapport.docx", files.odt("Sluttrapport"), "its content is not a .docx file"),
    ("rapport.odt", files.plain_zip(), "its content is not a .odt file"),
    ("notat.txt", files.pdf("Sluttrapport"), "its content is not a .txt file"),
    ("notat.txt", b"Notat\x00\x01", "its content is not a .txt file"),
]


def upload(client, name, content, **fields):
    data = {
        "title": "Sluttrapport Seved",
        "file": SimpleUploadedFile(name, content),
        "collection": Collection.get_first_root_node().pk,
        "language": "sv",
        "year": "2021",
        "publisher": "Malmö stad",
        **fields,
    }
    return client.post("/admin/documents/add/", data, follow=True)


def test_every_allowed_extension_has_a_content_check(settings):
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(CONTENT_CHECKS)


@pytest.mark.parametrize(("name", "content"), REAL_FILES, ids=[name for name, _ in REAL_FILES])
def test_a_real_document_is_accepted(client, editor, name, content):
    client.force_login(editor)
    upload(client, name, content)
    document = get_document_model().objects.get()
    assert document.file.name.endswith(name.rsplit(".", 1)[-1])
    assert not (document.has_javascript or document.has_embedded_files)


@pytest.mark.parametrize(
    ("name", "content", "message"), PRETENDERS, ids=[f"{n}-{m[:12]}" for n, _, m in PRETENDERS]
)
def test_a_file_pretending_to_be_a_document_is_refused(client, editor, name, content, message):
    client.force_login(editor)
    response = upload(client, name, content)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert not get_document_model().objects.exists()
    # What the editor typed is still there to send again with the right file.
    assert 'value="Sluttrapport Seved"' in html
    assert 'value="Malmö stad"' in html
    assert 'value="2021"' in html


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nb", "er et program, ikke et dokument"),
        ("sv", "är ett program, inte ett dokument"),
        ("en", "is a program, not a document"),
    ],
)
def test_the_refusal_is_in_the_editors_language(client, editor, language, message):
    speaks(editor, language)
    client.force_login(editor)
    assert message in upload(client, "rapport.pdf", files.ELF).content.decode()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nb", "Maksimal filstørrelse er 1,0"),
        ("sv", "Maximal filstorlek 1,0"),
        ("en", "Maximum filesize 1.0"),
    ],
)
def test_a_document_over_the_size_limit_is_refused_with_the_limit(client, editor, language, message):
    speaks(editor, language)
    client.force_login(editor)
    with override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024 * 1024):
        response = upload(client, "stor.pdf", files.pdf("x") + b"%" * (1024 * 1024))
    assert message in response.content.decode()
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("options", "flag", "warning"),
    [
        ({"javascript": True}, "has_javascript", "contains JavaScript"),
        ({"attachment": True}, "has_embedded_files", "contains embedded files"),
    ],
)
def test_a_pdf_with_a_script_or_files_inside_is_accepted_and_flagged(client, editor, options, flag, warning):
    client.force_login(editor)
    response = upload(client, "rapport.pdf", files.pdf("Sluttrapport", **options))
    assert warning in response.content.decode()
    document = get_document_model().objects.get()
    assert getattr(document, flag)
    assert document.page_count == 1

    # Saving it again warns again, until the file is replaced by a clean one.
    edit = f"/admin/documents/edit/{document.pk}/"
    fields = {"title": document.title, "collection": document.collection_id, "language": "sv", "year": "2021"}
    assert warning in client.post(edit, fields, follow=True).content.decode()
    fields["file"] = SimpleUploadedFile("rapport.pdf", files.pdf("Ren", "versjon"))
    response = client.post(edit, fields, follow=True)
    assert warning not in response.content.decode()
    document.refresh_from_db()
    assert not getattr(document, flag)
    assert document.page_count == 2


def test_the_multiple_uploader_refuses_a_program_and_warns_of_a_script(client, editor):
    client.force_login(editor)
    refused = client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("rapport.pdf", files.ELF)}
    ).json()
    assert not refused["success"]
    assert "is a program, not a document" in refused["error_message"]

    accepted = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("rapport.pdf", files.pdf("x", javascript=True))},
    ).json()
    assert accepted["success"]
    assert get_document_model().objects.get().has_javascript
    assert "contains JavaScript" in client.get("/admin/documents/").content.decode()
