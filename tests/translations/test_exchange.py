"""Bulk PO exchange: a language's missing and out-of-step pages and snippets as one zip of PO
files, and the filled zip imported back, file by file."""

import pytest
from django.test import TestCase
from wagtail_localize.models import StringTranslation, Translation

from guide.models import PhaseGuidePage
from tests.translations.conftest import home, locale, publish, publish_translation, submit_translation, upload
from tests.translations.exchange_helpers import EXCHANGE_URL, export, fill, pos, upload_archive, zipped

pytestmark = pytest.mark.django_db


def guide_page(slug, title, intro):
    page = PhaseGuidePage(title=title, slug=slug, intro=f"<p>{intro}</p>")
    return publish(home("nb").add_child(instance=page))


def translated(client, page, code="en"):
    """Translated in full with one PO upload and published: up to date."""
    from tests.translations.conftest import download

    translation = submit_translation(client, page, code)
    assert upload(client, translation, str(fill(download(client, translation)))).status_code == 302
    publish_translation(client, translation)
    return translation


def edit_source(page, intro):
    page.refresh_from_db()
    page.intro = f"<p>{intro}</p>"
    return publish(page)


def english_strings():
    return set(StringTranslation.objects.filter(locale=locale("en")).values_list("data", flat=True))


@pytest.fixture
def three_pages(translator, site):
    """One page never translated, one translated and up to date, one whose source changed since."""
    missing = guide_page("faser", "Faser", "Fem faser")
    current = guide_page("verktoy", "Verktøy", "Gode verktøy")
    changed = guide_page("kilder", "Kilder", "Gamle kilder")
    translated(translator, current)
    translated(translator, changed)
    edit_source(changed, "Nye kilder")
    return missing, current, changed


def test_export_holds_exactly_the_missing_and_out_of_step_sources(translator, three_pages, housing):
    files = export(translator, "en")
    assert set(pos(files)) == {"phase-guides/faser.po", "phase-guides/kilder.po"}
    assert "README.txt" in files and "phase-guides/faser.po" in files["README.txt"]
    # The changed source is exported with today's text, not the one it was last synced with.
    assert "Nye kilder" in {entry.msgid for entry in pos(files)["phase-guides/kilder.po"]}
    # Swedish lacks all three pages and the theme (translated into English only).
    assert set(pos(export(translator, "sv"))) == {
        "phase-guides/faser.po",
        "phase-guides/verktoy.po",
        "phase-guides/kilder.po",
        "themes/bolig.po",
    }


def test_export_of_an_up_to_date_language_says_there_is_nothing_to_do(translator, site):
    page = guide_page("faser", "Faser", "Fem faser")
    translated(translator, page)
    response = translator.post(f"{EXCHANGE_URL}export/en/", follow=True)
    assert "Nothing to translate into English" in response.content.decode()


def test_round_trip_saves_new_pages_as_drafts_and_updates_the_changed_ones(translator, client, three_pages):
    missing, _current, changed = three_pages
    files = {name: str(fill(po)) for name, po in pos(export(translator, "en")).items()}
    response = upload_archive(translator, zipped(files))
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 files were imported" in html and "phase-guides/faser.po" in html

    new = PhaseGuidePage.objects.get(translation_key=missing.translation_key, locale=locale("en"))
    assert new.live is False  # a draft, as the Translate button makes it
    assert new.get_latest_revision_as_object().title == "Faser (en)"
    publish_translation(
        translator,
        Translation.objects.get(source__object_id=missing.translation_key, target_locale=locale("en")),
    )
    assert "Fem faser (en)" in client.get("/en/faser/").content.decode()

    updated = PhaseGuidePage.objects.get(translation_key=changed.translation_key, locale=locale("en"))
    assert "Nye kilder (en)" in updated.get_latest_revision_as_object().intro
    assert translator.post(f"{EXCHANGE_URL}export/en/").status_code == 302  # nothing left to translate


def test_snippets_travel_in_the_archive_and_are_saved(translator, housing):
    from taxonomy.models import Theme

    files = pos(export(translator, "sv"))
    po = fill(files["themes/bolig.po"], lambda text: "Boende")
    assert upload_archive(translator, zipped({"themes/bolig.po": str(po)})).status_code == 200
    assert Theme.objects.get(translation_key=housing.translation_key, locale=locale("sv")).name == "Boende"


def test_a_bad_file_is_rejected_by_name_and_reason_while_the_good_ones_are_applied(translator, three_pages):
    files = pos(export(translator, "en"))
    good = fill(files["phase-guides/faser.po"])
    bad = fill(files["phase-guides/kilder.po"])
    bad.find("Nye kilder").msgstr = 'Ny <a href="https://example.org">kilde</a>'  # markup not in the source
    archive = zipped(
        {
            "faser.po": str(good),
            "kilder.po": str(bad),
            "broken.po": 'msgid "Faser"\nmsgstr "Phases\nnot a PO file',
        }
    )
    response = upload_archive(translator, archive)
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 files were not imported" in html and "1 file was imported" in html
    assert "kilder.po</strong>: 1 translation has markup that does not match its source" in html
    assert "broken.po</strong>: This is not a valid PO file" in html
    assert "Fem faser (en)" in english_strings()
    assert "Nye kilder (en)" not in english_strings() and "Kilder (en)" in english_strings()


def test_a_file_for_a_source_changed_since_the_export_is_refused_the_rest_applied(translator, three_pages):
    missing, _current, changed = three_pages
    files = {name: str(fill(po)) for name, po in pos(export(translator, "en")).items()}
    edit_source(changed, "Enda nyere kilder")
    # The translator's archive has the old text; the next export syncs the source.
    export(translator, "en")
    response = upload_archive(translator, zipped(files))
    html = response.content.decode()
    assert "phase-guides/kilder.po</strong>: 1 entry does not match the current source text" in html
    assert "Fem faser (en)" in english_strings()


def test_an_empty_translation_never_overwrites_one_already_made(translator, site):
    page = guide_page("faser", "Faser", "Fem faser")
    translated(translator, page)
    edit_source(page, "Seks faser")
    po = pos(export(translator, "en"))["phase-guides/faser.po"]
    assert po.find("Faser").msgstr == "Faser (en)"  # the existing translation travels with the file
    for entry in po:
        entry.msgstr = "Six phases" if entry.msgid == "Seks faser" else ""
    assert upload_archive(translator, zipped({"faser.po": str(po)})).status_code == 200
    assert {"Faser (en)", "Six phases"} <= english_strings()


def test_a_translation_changed_on_the_site_after_the_export_is_kept(translator, site):
    from tests.translations.conftest import download

    page = guide_page("faser", "Faser", "Fem faser")
    po = pos(export(translator, "en"))["phase-guides/faser.po"]
    fill(po, lambda text: {"Faser": "Phases (from the file)"}.get(text, f"{text} (en)"))
    translation = submit_translation(translator, page, "en")
    on_site = download(translator, translation)
    on_site.find("Faser").msgstr = "Phases (edited on the site)"
    upload(translator, translation, str(on_site))
    response = upload_archive(translator, zipped({"faser.po": str(po)}))
    assert "1 entry was translated on the site after the export and was kept" in response.content.decode()
    assert "Phases (edited on the site)" in english_strings()
    assert "Phases (from the file)" not in english_strings()
    assert "Fem faser (en)" in english_strings()


def test_a_file_from_another_site_is_refused(translator, site):
    guide_page("faser", "Faser", "Fem faser")
    po = pos(export(translator, "en"))["phase-guides/faser.po"]
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    response = upload_archive(translator, zipped({"faser.po": str(fill(po))}))
    assert response.status_code == 400  # nothing applied
    assert "not downloaded from a translation on this site" in response.content.decode()


def test_report_links_to_the_exchange_with_an_export_per_language(translator, site):
    html = translator.get("/admin/translation-status/").content.decode()
    assert f'href="{EXCHANGE_URL}"' in html
    assert f'action="{EXCHANGE_URL}export/en/"' in html and f'action="{EXCHANGE_URL}export/sv/"' in html
    assert f'action="{EXCHANGE_URL}export/nb/"' not in html  # Bokmål is the source


def test_export_is_a_post_and_only_for_translation_languages(translator, site):
    assert translator.get(f"{EXCHANGE_URL}export/en/").status_code == 405
    assert translator.post(f"{EXCHANGE_URL}export/nb/", follow=True).status_code == 404
    assert translator.post(f"{EXCHANGE_URL}export/xx/", follow=True).status_code == 404


def test_exchange_page_lists_each_translation_language(translator, site):
    with TestCase.captureOnCommitCallbacks(execute=True):
        html = translator.get(EXCHANGE_URL).content.decode()
    assert "Download PO files for English" in html and "Download PO files for Swedish" in html
    assert 'type="file" name="archive"' in html


@pytest.mark.parametrize(
    ("language", "heading", "button", "upload_label"),
    [
        ("nb", "Utveksle PO-filer", "Last ned PO-filer for engelsk", "Zip-arkiv med PO-filer"),
        ("sv", "Utbyt PO-filer", "Ladda ner PO-filer för engelska", "Zip-arkiv med PO-filer"),
        ("en", "Exchange PO files", "Download PO files for English", "Zip archive of PO files"),
    ],
)
def test_exchange_speaks_the_admin_users_language(
    client, django_user_model, site, language, heading, button, upload_label
):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("polyglot", "p@example.org", "pw")
    UserProfile.objects.filter(pk=UserProfile.get_for_user(user).pk).update(preferred_language=language)
    client.force_login(user)
    html = client.get(EXCHANGE_URL).content.decode()
    assert heading in html and button in html and upload_label in html
    rejected = client.post(EXCHANGE_URL, {}).content.decode()
    assert {"nb": "Velg et zip-arkiv", "sv": "Välj ett zip-arkiv", "en": "Choose a zip archive"}[
        language
    ] in rejected


def test_a_file_sent_back_untouched_creates_no_page(translator, site):
    page = guide_page("faser", "Faser", "Fem faser")
    files = {name: str(po) for name, po in pos(export(translator, "en")).items()}
    response = upload_archive(translator, zipped(files))
    assert "Imported 0 translations" in response.content.decode()
    assert not PhaseGuidePage.objects.filter(
        translation_key=page.translation_key, locale=locale("en")
    ).exists()
