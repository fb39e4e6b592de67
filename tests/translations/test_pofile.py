"""Exchanging PO files with outside translators: nothing imported unless all of it can be."""

import polib
import pytest
from wagtail_localize.models import StringTranslation

from tests.translations.conftest import (
    ENGLISH,
    download,
    filled,
    home,
    publish,
    publish_translation,
    submit_translation,
    upload,
)

pytestmark = pytest.mark.django_db


def saved_strings(translation):
    return set(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list("data", flat=True)
    )


def test_downloaded_po_filled_and_uploaded_is_published_on_the_public_page(translator, client, source_page):
    translation = submit_translation(translator, source_page, "en")
    po = download(translator, translation)
    assert {entry.msgid for entry in po} == set(ENGLISH)

    response = upload(translator, translation, filled(po))
    assert response.status_code == 302
    publish_translation(translator, translation)

    html = client.get("/en/faser/").content.decode()
    assert "Five phases" in html and "Read them in order" in html
    assert "Fem faser" not in html


def test_new_translation_is_a_draft_until_someone_publishes_it(translator, client, source_page):
    translation = submit_translation(translator, source_page, "en")
    upload(translator, translation, filled(download(translator, translation)))
    assert translation.get_target_instance().live is False
    assert "Five phases" not in client.get("/en/faser/").content.decode()


def test_po_for_another_translation_is_rejected_and_changes_nothing(translator, source_page):
    english = submit_translation(translator, source_page, "en")
    swedish = submit_translation(translator, source_page, "sv")
    response = upload(translator, swedish, filled(download(translator, english)))
    assert response.status_code == 400
    assert "belongs to a different translation" in response.content.decode()
    assert saved_strings(swedish) == set()


def test_malformed_po_is_rejected_with_a_clear_message(translator, source_page):
    translation = submit_translation(translator, source_page, "en")
    response = upload(translator, translation, 'msgid "Faser"\nmsgstr "Phases\nthis is not a PO file')
    assert response.status_code == 400
    assert "not a valid PO file" in response.content.decode()
    assert saved_strings(translation) == set()


def test_po_without_translation_header_is_rejected_not_a_server_error(translator, source_page):
    translation = submit_translation(translator, source_page, "en")
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Fem faser", msgstr="Five phases"))
    response = upload(translator, translation, str(po))
    assert response.status_code == 400
    assert "not downloaded from a translation on this site" in response.content.decode()


def test_po_with_unknown_entries_is_rejected_whole(translator, source_page):
    translation = submit_translation(translator, source_page, "en")
    po = download(translator, translation)
    filled(po)
    po.append(polib.POEntry(msgid="En tekst som ikke finnes", msgctxt="intro.x", msgstr="Made up"))
    response = upload(translator, translation, str(po))
    assert response.status_code == 400
    assert "1 entry does not match the current source text" in response.content.decode()
    assert saved_strings(translation) == set()


def test_uploading_without_a_file_is_a_clear_400(translator, source_page):
    translation = submit_translation(translator, source_page, "en")
    response = translator.post(
        f"/admin/localize/translate/{translation.id}/pofile/upload/", {"next": "/admin/"}
    )
    assert response.status_code == 400
    assert "Choose a PO file to upload." in response.content.decode()


def test_fuzzy_entries_are_left_out(translator, source_page):
    translation = submit_translation(translator, source_page, "en")
    po = download(translator, translation)
    filled(po)
    po.find("Fem faser").flags.append("fuzzy")
    assert upload(translator, translation, str(po)).status_code == 302
    assert saved_strings(translation) == {"Phases", "Read them in order"}


def test_translation_with_broken_link_markup_is_rejected_whole(translator, site):
    from guide.models import PhaseGuidePage

    page = PhaseGuidePage(
        title="Lenker", slug="lenker", intro='<p>Les <a href="https://example.org">veilederen</a></p>'
    )
    publish(home("nb").add_child(instance=page))
    translation = submit_translation(translator, page, "en")
    po = download(translator, translation)
    for entry in po:
        entry.msgstr = (
            "Links"
            if entry.msgid == "Lenker"
            else entry.msgid.replace("Les", "Read").replace('id="a1"', 'id="a9"')
        )
    response = upload(translator, translation, str(po))
    assert response.status_code == 400
    assert "markup that does not match its source" in response.content.decode()
    assert saved_strings(translation) == set()
