"""Uploads under /media/ as production serves them (DEBUG off, no web server in front): images
inline and cached, anything that could run in a browser only as a download, nothing outside
MEDIA_ROOT and no document that /documents/ would check the privacy of."""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from tests.factories import PortalImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def upload():
    """Saves files into MEDIA_ROOT as an editor's upload would, and removes them afterwards."""
    names = []

    def save(name, content):
        names.append(default_storage.save(name, ContentFile(content)))
        return names[-1]

    yield save
    for name in names:
        default_storage.delete(name)


def test_debug_is_off_so_nothing_but_the_portal_serves_media():
    assert settings.DEBUG is False
    assert settings.SERVE_MEDIA is True


def test_an_image_rendition_is_served_inline_with_cache_headers(client):
    image = PortalImageFactory()
    rendition = image.get_rendition("fill-120x80|format-webp")
    assert rendition.url.startswith("/media/images/")

    response = client.get(rendition.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "max-age=" in response["Cache-Control"]
    assert not response.get("Content-Disposition", "").startswith("attachment")
    body = b"".join(response.streaming_content)
    assert body[:4] == b"RIFF" and body[8:12] == b"WEBP"

    original = client.get(image.file.url)
    assert original.status_code == 200
    assert original["Content-Type"].startswith("image/")
    original.close()


def test_an_unchanged_image_answers_not_modified(client):
    rendition = PortalImageFactory().get_rendition("width-60")
    first = client.get(rendition.url)
    first.close()

    again = client.get(rendition.url, headers={"If-Modified-Since": first["Last-Modified"]})

    assert again.status_code == 304


@pytest.mark.parametrize(
    "name, content",
    [
        ("original_images/page.html", b"<script>alert(document.cookie)</script>"),
        ("original_images/drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("original_images/feed.xml", b"<x:script xmlns:x='http://www.w3.org/1999/xhtml'>alert(1)</x:script>"),
        ("original_images/code.js", b"alert(1)"),
        ("original_images/drawing.svg.gz", b"\x1f\x8b not really gzip"),
    ],
)
def test_an_upload_that_could_run_in_a_browser_is_only_a_download(client, upload, name, content):
    saved = upload(name, content)

    response = client.get(f"/media/{saved}")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content) == content


@pytest.mark.parametrize(
    "url",
    [
        "/media/../portal/settings/base.py",
        "/media/images/../../portal/settings/base.py",
        "/media/%2e%2e/portal/settings/base.py",
        "/media/..%2fportal%2fsettings%2fbase.py",
        "/media//etc/passwd",
        "/media/images/",
        "/media/no-such-file.png",
    ],
)
def test_nothing_outside_media_root_or_missing_is_served(client, url):
    PortalImageFactory().get_rendition("width-60")  # MEDIA_ROOT/images exists

    # follow: a 404 ending in "/" is first sent to /nb/... by the language middleware, as any URL is.
    response = client.get(url, follow=True)

    assert response.status_code == 404
    assert b"SECRET_KEY" not in response.content and b"root:" not in response.content


def test_documents_are_left_to_the_view_that_checks_their_privacy(client, upload):
    saved = upload("documents/minutes.pdf", b"%PDF-1.4 private minutes")

    assert client.get(f"/media/{saved}").status_code == 404


def test_media_is_read_only(client):
    rendition = PortalImageFactory().get_rendition("width-60")

    assert client.post(rendition.url).status_code == 405
    assert client.head(rendition.url).status_code == 200
