"""Documents are served by Wagtail's view (wagtaildocs_serve) with headers that keep a browser
from treating them as anything but what they are."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model

from tests.documents import files


def document(name, content):
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))


@pytest.mark.django_db
def test_a_pdf_opens_in_the_browser_with_its_file_name(client):
    report = document("sluttrapport.pdf", files.pdf("Sluttrapport"))

    response = client.get(report.url)

    assert report.url == reverse("wagtaildocs_serve", args=(report.pk, "sluttrapport.pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="sluttrapport.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "disposition"),
    [
        (
            "møtereferat.docx",
            files.docx_file("Referat"),
            "attachment; filename=\"motereferat.docx\"; filename*=UTF-8''m%C3%B8tereferat.docx",
        ),
        ("notat.txt", b"Notat\n", 'attachment; filename="notat.txt"'),
        ("tall.csv", files.CSV, 'attachment; filename="tall.csv"'),
    ],
)
def test_any_other_document_is_a_download_with_its_file_name(client, name, content, disposition):
    response = client.get(document(name, content).url)

    assert response.status_code == 200
    assert response["Content-Disposition"] == disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.django_db
def test_the_file_itself_is_not_served_from_the_media_folder(client):
    report = document("sluttrapport.pdf", files.pdf("Sluttrapport"))
    assert client.get(f"/media/{report.file.name}").status_code == 404
