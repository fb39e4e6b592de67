"""The admin report of documents to check: what could not be read, and PDFs with JavaScript or
embedded files, each with a link to edit it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from documents.extraction import extract_document_text
from tests.documents import files
from tests.documents.conftest import speaks

REPORT = "/admin/reports/documents-to-check/"


def document(title, name, content):
    made = get_document_model().objects.create(title=title, file=ContentFile(content, name=name))
    made._set_document_file_metadata()
    made.save()
    extract_document_text(made)
    return made


@pytest.fixture
def documents(db):
    return {
        "readable": document("Sluttrapport Seved", "rapport.pdf", files.pdf("Sluttrapport")),
        "encrypted": document("Låst evaluering", "evaluering.pdf", files.pdf("x", password="hemmelig")),
        "scripted": document("Skjema med skript", "skjema.pdf", files.pdf("Skjema", javascript=True)),
        "attached": document("Rapport med vedlegg", "vedlegg.pdf", files.pdf("Rapport", attachment=True)),
    }


def test_an_editor_sees_what_to_check_with_links_to_edit(client, editor, documents):
    client.force_login(editor)

    html = client.get(REPORT).content.decode()

    assert "Sluttrapport Seved" not in html
    for key, problem in [
        ("encrypted", "Text could not be read: The file is protected by a password."),
        ("scripted", "Contains JavaScript"),
        ("attached", "Contains embedded files"),
    ]:
        assert documents[key].title in html
        assert f'href="/admin/documents/edit/{documents[key].pk}/"' in html
        assert problem in html


def test_the_report_is_in_the_editors_language_and_exports(client, editor, documents):
    speaks(editor, "nb")
    client.force_login(editor)

    assert "Teksten kunne ikke leses: Filen er beskyttet med passord." in client.get(REPORT).content.decode()
    exported = client.get(REPORT, {"export": "csv"}).content.decode()
    assert "Låst evaluering" in exported
    assert "Filen er beskyttet med passord." in exported
    assert f"/admin/documents/edit/{documents['encrypted'].pk}/" in exported
    assert "Sluttrapport Seved" not in exported


def test_the_report_is_in_the_reports_menu_for_editors_only(client, editor, documents):
    client.force_login(editor)
    assert REPORT in client.get("/admin/").content.decode()

    translator = get_user_model().objects.create_user(username="translator", password="x")
    translator.groups.add(Group.objects.get(name="Translators"))
    client.force_login(translator)
    assert REPORT not in client.get("/admin/").content.decode()
    response = client.get(REPORT)
    assert response.status_code == 302  # Wagtail's "no permission" redirect
    assert "Låst evaluering" not in client.get(REPORT, follow=True).content.decode()
