import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage

from core.images import PortalImage
from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory, PortalImageFactory

pytestmark = pytest.mark.django_db

MESSAGE = "Write an alt text that describes the image, or mark the image as decorative."


def png():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile("courtyard.png", buffer.getvalue(), content_type="image/png")


def upload(client, **fields):
    return client.post("/admin/images/add/", {"title": "Courtyard", "file": png(), **fields})


def test_the_admin_refuses_an_image_without_alt_text(admin_client):
    response = upload(admin_client, alt_text="   ")
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not PortalImage.objects.exists()


def test_the_admin_accepts_an_image_with_alt_text(admin_client):
    response = upload(admin_client, alt_text="Children playing in a courtyard")
    assert response.status_code == 302
    assert PortalImage.objects.get().alt_text == "Children playing in a courtyard"


def test_the_admin_accepts_a_decorative_image_without_alt_text(admin_client):
    response = upload(admin_client, alt_text="", is_decorative="on")
    assert response.status_code == 302
    assert PortalImage.objects.get().is_decorative


def test_the_multiple_uploader_asks_for_alt_text_before_keeping_the_image(admin_client):
    response = admin_client.post("/admin/images/multiple/add/", {"files[]": png(), "title": "Courtyard"})
    assert response.status_code == 200
    assert not PortalImage.objects.exists()
    assert "alt_text" in response.json()["form"]


def test_a_public_page_shows_the_alt_text_and_an_empty_alt_for_decorative_images(client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    described = InitiativePageFactory(
        parent=index, image=PortalImageFactory(alt_text="A new square in Seved")
    )
    decorative = InitiativePageFactory(
        parent=index, image=PortalImageFactory(alt_text="", is_decorative=True)
    )
    assert 'alt="A new square in Seved"' in client.get(described.url).content.decode()
    assert 'alt=""' in client.get(decorative.url).content.decode()
