"""The uploaded archive is untrusted: anything but a sane zip of PO files is a clear 400."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation

from guide.models import PhaseGuidePage
from tests.translations.conftest import home, publish
from tests.translations.exchange_helpers import EXCHANGE_URL, export, fill, pos, upload_archive, zipped

pytestmark = pytest.mark.django_db

PO = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n'


def new_page():
    page = PhaseGuidePage(title="Faser", slug="faser", intro="<p>Fem</p>")
    return publish(home("nb").add_child(instance=page))


def rejected(response, message):
    html = response.content.decode()
    return response.status_code == 400 and message in html and 'role="alert"' in html


def test_a_file_that_is_not_a_zip_is_a_clear_400(translator, site):
    assert rejected(upload_archive(translator, b"PK\x03\x04 not really"), "This is not a zip archive.")
    assert rejected(upload_archive(translator, PO.encode(), name="a.po"), "This is not a zip archive.")


def test_no_file_is_a_clear_400(translator, site):
    assert rejected(translator.post(EXCHANGE_URL, {}), "Choose a zip archive to upload.")


@override_settings(TRANSLATION_ARCHIVE_MAX_BYTES=1000)
def test_an_archive_over_the_size_setting_is_refused(translator, site):
    big = zipped({f"{number}.po": PO + f"# {'x' * 200} {number}\n" for number in range(40)})
    assert rejected(upload_archive(translator, big), "The archive is too large (more than 1000")


@override_settings(TRANSLATION_ARCHIVE_MAX_UNCOMPRESSED_BYTES=100_000)
def test_a_zip_bomb_is_refused_before_it_fills_memory(translator, site):
    bomb = zipped({"a.po": PO + "#" + " " * 1_000_000 + "\n"})
    assert len(bomb) < 5_000
    assert rejected(upload_archive(translator, bomb), "The archive unpacks to more than")


@override_settings(TRANSLATION_ARCHIVE_MAX_FILES=3)
def test_an_archive_with_too_many_files_is_refused(translator, site):
    many = zipped({f"{number}.po": PO for number in range(4)})
    assert rejected(upload_archive(translator, many), "The archive holds too many files (more than 3)")


@pytest.mark.parametrize("name", ["../escape.po", "pages/../../escape.po", "/etc/escape.po", "C:\\escape.po"])
def test_paths_that_leave_the_folder_are_refused(translator, site, name):
    assert rejected(
        upload_archive(translator, zipped({name: PO})), "The archive holds a file outside its folder"
    )


def test_files_that_are_not_po_files_are_refused_by_name(translator, site):
    response = upload_archive(translator, zipped({"a.po": PO, "notes.docx": b"\x00\x01"}))
    assert rejected(response, "not a PO file (“notes.docx”)")


def test_an_archive_without_po_files_is_refused(translator, site):
    assert rejected(
        upload_archive(translator, zipped({"README.txt": "hi"})), "The archive holds no PO files."
    )


def test_readme_and_archiver_litter_are_ignored(translator, site):
    page = publish(
        home("nb").add_child(instance=PhaseGuidePage(title="Faser", slug="faser", intro="<p>Fem</p>"))
    )
    files = {name: str(fill(po)) for name, po in pos(export(translator, "en")).items()}
    files.update({"README.txt": "notes", "__MACOSX/._faser.po": b"\x00", "phase-guides/.DS_Store": b"\x00"})
    assert upload_archive(translator, zipped(files)).status_code == 200
    assert StringTranslation.objects.filter(context__object_id=page.translation_key, data="Fem (en)").exists()


@pytest.fixture
def limited(client, django_user_model, site):
    """A user who may see the report (submit_translation) but edit no page."""
    user = django_user_model.objects.create_user("limited", "l@example.org", "pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="submit_translation")
    )
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    client.force_login(user)
    return client


def test_files_the_user_may_not_edit_are_refused_as_single_uploads_are(translator, limited, site):
    new_page()
    files = {name: str(fill(po)) for name, po in pos(export(translator, "en")).items()}
    response = upload_archive(limited, zipped(files))
    assert response.status_code == 400
    assert "You do not have permission to edit this translation." in response.content.decode()
    assert not StringTranslation.objects.filter(data="Fem (en)").exists()


def test_users_who_may_not_translate_get_403(client, django_user_model, site):
    """Admin access without wagtail-localize's submit_translation, as for the single upload."""
    user = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    page = publish(
        home("nb").add_child(instance=PhaseGuidePage(title="Faser", slug="faser", intro="<p>Fem</p>"))
    )
    # Wagtail answers a refused admin view by sending the user to the dashboard.
    assert client.get(EXCHANGE_URL).status_code in (302, 403)
    export = client.post(f"{EXCHANGE_URL}export/en/")
    assert export.status_code in (302, 403) and export.get("Content-Type") != "application/zip"
    upload = SimpleUploadedFile("a.zip", zipped({"a.po": PO}))
    assert client.post(EXCHANGE_URL, {"archive": upload}).status_code in (302, 403)
    assert not Translation.objects.filter(source__object_id=page.translation_key).exists()


def test_translators_group_may_exchange(client, django_user_model, site):
    user = django_user_model.objects.create_user("translator2", "t2@example.org", "pw")
    user.groups.add(Group.objects.get(name="Translators"))
    client.force_login(user)
    assert client.get(EXCHANGE_URL).status_code == 200
