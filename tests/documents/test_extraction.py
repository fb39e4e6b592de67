"""A document's text is read in the worker, once per version of its file, and what cannot be read
is stored as such, never raised."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from django_tasks import default_task_backend
from wagtail.documents import get_document_model
from wagtail.models import Collection

from documents.extraction import error_message, extract_document_text
from documents.models import DocumentText
from documents.signals import document_text_extracted
from documents.tasks import extract_document_text_task
from operations.worker import SCHEDULED_COMMANDS
from tests.documents import files

pytestmark = pytest.mark.django_db
QUEUE_TASKS = override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})


def document(name, content, **fields):
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name), **fields)


def readings_queued():
    """The documents whose reading is queued (Wagtail queues its own tasks beside)."""
    return [
        result.args[0]
        for result in default_task_backend.results
        if result.task.func == extract_document_text_task.func
    ]


@pytest.fixture
def heard():
    """The documents the search app would hear of."""
    received = []

    def listener(sender, document, text, **kwargs):
        received.append((document.pk, text.status))

    document_text_extracted.connect(listener)
    yield received
    document_text_extracted.disconnect(listener)


def test_a_pdf_is_read_page_by_page(heard):
    report = document("rapport.pdf", files.pdf("Gardsrom for alle", "Resultater fra Seved"))

    text = extract_document_text(report)

    assert text.status == DocumentText.Status.EXTRACTED
    assert [page.strip() for page in text.pages] == ["Gardsrom for alle", "Resultater fra Seved"]
    assert text.file_hash == report.file_hash != ""
    report.refresh_from_db()
    assert report.page_count == 2
    assert heard == [(report.pk, "extracted")]


def test_a_docx_is_read_section_by_section():
    text = extract_document_text(document("referat.docx", files.docx_file("Innbyggermøte", sections=2)))
    assert text.pages == ["Innbyggermøte 1", "Innbyggermøte 2"]


def test_an_odt_is_read_as_one_text():
    text = extract_document_text(document("plan.odt", files.odt("Områdeplan", "Tiltak i Groruddalen")))
    assert text.pages == ["Områdeplan\nTiltak i Groruddalen"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (files.pdf("Hemmelig", password="passord"), "protected by a password"),
        (b"%PDF-1.7\nnot really a pdf", "damaged"),
        (files.pdf(""), "holds no text"),
    ],
    ids=["encrypted", "broken", "scanned"],
)
def test_a_pdf_that_cannot_be_read_is_marked_unreadable_with_the_reason(heard, content, reason):
    report = document("rapport.pdf", content)

    text = extract_document_text(report)

    assert text.status == DocumentText.Status.UNREADABLE
    assert text.pages == []
    with translation.override("en"):
        assert reason in error_message(text)
    assert heard == [(report.pk, "unreadable")]


def test_a_new_file_gets_a_new_text_and_the_old_one_goes():
    report = document("rapport.pdf", files.pdf("Første utkast"))
    first = extract_document_text(report)
    report.file = ContentFile(files.pdf("Endelig versjon"), name="rapport.pdf")
    report._set_document_file_metadata()
    report.save()

    second = extract_document_text(report)

    assert second.file_hash != first.file_hash
    assert [text.pk for text in report.texts.all()] == [second.pk]
    assert second.pages[0].strip() == "Endelig versjon"


def test_a_spreadsheet_has_no_text_to_read():
    assert extract_document_text(document("tall.xlsx", files.xlsx())) is None


def test_an_upload_queues_the_reading_and_does_not_wait_for_it(
    client, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with QUEUE_TASKS:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/admin/documents/add/",
                {
                    "title": "Sluttrapport",
                    "file": SimpleUploadedFile("rapport.pdf", files.pdf("Sluttrapport")),
                    "collection": Collection.get_first_root_node().pk,
                },
            )
        queued = readings_queued()

    assert response.status_code == 302
    report = get_document_model().objects.get()
    assert queued == [report.pk]
    assert not report.texts.exists()  # the request did not read it

    extract_document_text_task.call(report.pk)  # as the worker runs it
    assert report.texts.get().status == DocumentText.Status.EXTRACTED


def test_saving_a_document_again_reads_it_again_only_with_a_new_file(django_capture_on_commit_callbacks):
    report = document("rapport.pdf", files.pdf("Sluttrapport"))
    extract_document_text(report)
    with QUEUE_TASKS:
        with django_capture_on_commit_callbacks(execute=True):
            report.title = "Sluttrapport 2024"
            report.save()
        assert readings_queued() == []
        with django_capture_on_commit_callbacks(execute=True):
            report.file = ContentFile(files.pdf("Ny versjon"), name="rapport.pdf")
            report._set_document_file_metadata()
            report.save()
        assert readings_queued() == [report.pk]  # a new file is read again


def test_the_worker_reads_every_document_without_text():
    readable = document("rapport.pdf", files.pdf("Sluttrapport"))
    broken = document("referat.docx", b"PK\x03\x04 not a zip")
    document("tall.xlsx", files.xlsx())
    output = io.StringIO()

    call_command("extract_document_texts", stdout=output)
    call_command("extract_document_texts", stdout=output)

    assert readable.texts.get().status == DocumentText.Status.EXTRACTED
    assert broken.texts.get().status == DocumentText.Status.UNREADABLE
    assert output.getvalue().splitlines() == [
        "1 document texts read, 1 documents unreadable.",
        "0 document texts read, 0 documents unreadable.",
    ]
    assert "extract_document_texts" in SCHEDULED_COMMANDS
