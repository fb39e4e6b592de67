"""The translators' report: what is missing, unpublished or out of step, per language."""

import pytest
from django.contrib.auth.models import Group
from django.test import TestCase

from tests.translations.conftest import (
    download,
    filled,
    locale,
    publish,
    publish_translation,
    submit_translation,
    translate_by_copy,
    upload,
)
from translations.report import DRAFT, MISSING, OUTDATED, TranslationReport

pytestmark = pytest.mark.django_db


def statuses(instance, code):
    return [row.status for row in TranslationReport().rows(locale(code)) if row.source.pk == instance.pk]


def translated_and_published(client, page, code="en"):
    translation = submit_translation(client, page, code)
    upload(client, translation, filled(download(client, translation)))
    publish_translation(client, translation)
    return translation


def edit_source(page, intro):
    page.refresh_from_db()
    page.intro = intro
    return publish(page)


def sync(client, translation):
    """wagtail-localize's "Sync translated pages" button, without publishing."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/localize/update/{translation.source_id}/", {})
    assert response.status_code == 302


def test_untranslated_page_is_missing_in_the_other_languages(source_page):
    assert statuses(source_page, "sv") == [MISSING]
    assert statuses(source_page, "en") == [MISSING]
    assert statuses(source_page, "nb") == []


def test_missing_row_links_to_wagtail_localizes_translate_form(source_page):
    row = TranslationReport().rows(locale("en"), MISSING)[0]
    assert row.action_url == f"/admin/localize/submit/page/{source_page.id}/?select_locale=en"


def test_translation_not_yet_published_is_listed_as_such(translator, source_page):
    submit_translation(translator, source_page, "en")
    assert statuses(source_page, "en") == [DRAFT]


def test_complete_published_translation_is_not_listed(translator, source_page):
    translated_and_published(translator, source_page)
    assert statuses(source_page, "en") == []


def test_page_is_listed_after_its_source_is_edited_and_dropped_after_the_translation_is_updated(
    translator, source_page
):
    translation = translated_and_published(translator, source_page)
    edit_source(source_page, "<p>Fem faser</p><p>Les dem i riktig rekkefølge</p>")

    [row] = TranslationReport().rows(locale("en"))
    assert (row.status, row.action_url) == (OUTDATED, f"/admin/localize/update/{translation.source_id}/")

    sync(translator, translation)
    [row] = TranslationReport().rows(locale("en"))
    assert row.status == OUTDATED
    assert row.action_url == f"/admin/pages/{translation.get_target_instance().id}/edit/"

    upload(
        translator,
        translation,
        filled(
            download(translator, translation), {"Les dem i riktig rekkefølge": "Read them in the right order"}
        ),
    )
    publish_translation(translator, translation)
    assert statuses(source_page, "en") == []


def test_half_translated_strings_keep_a_translation_listed(translator, source_page):
    translation = submit_translation(translator, source_page, "en")
    upload(translator, translation, filled(download(translator, translation), {"Faser": "Phases"}))
    publish_translation(translator, translation)
    [row] = TranslationReport().rows(locale("en"))
    assert row.status == OUTDATED
    assert "2 tekster er ikke oversatt" in row.reason  # the admin's default language is Bokmål


def test_translation_made_by_copying_is_outdated_when_the_source_is_published_later(site, source_page):
    translate_by_copy(source_page, "sv", title="Faser (sv)")
    assert statuses(source_page, "sv") == []
    edit_source(source_page, "<p>Ny tekst</p>")
    assert statuses(source_page, "sv") == [OUTDATED]


def test_snippets_without_translation_are_listed_with_the_snippet_translate_link(site):
    from taxonomy.models import Theme

    theme = Theme.objects.create(name="Bolig", slug="bolig", locale=locale("nb"))
    [row] = [row for row in TranslationReport().rows(locale("sv")) if row.source == theme]
    assert row.status == MISSING
    assert row.action_url == f"/admin/localize/submit/snippet/taxonomy/theme/{theme.pk}/?select_locale=sv"


def test_snippet_source_edited_after_translation_is_listed(translator, site):
    from taxonomy.models import Theme

    theme = Theme.objects.create(name="Bolig", slug="bolig", locale=locale("nb"))
    translation = submit_translation(translator, theme, "sv")
    upload(translator, translation, filled(download(translator, translation), {"Bolig": "Boende"}))
    publish_translation(translator, translation)
    assert statuses(theme, "sv") == []
    theme.description = "Gode boforhold"
    theme.save()
    assert statuses(theme, "sv") == [OUTDATED]


def test_report_page_shows_rows_with_links(translator, source_page):
    html = translator.get("/admin/translation-status/?locale=en").content.decode()
    assert "Faser" in html
    assert f"/admin/localize/submit/page/{source_page.id}/?select_locale=en" in html


@pytest.mark.parametrize("group", ["Translators", "Editors", "Moderators"])
def test_report_is_in_the_menu_of_translators_editors_and_moderators(client, django_user_model, site, group):
    user = django_user_model.objects.create_user("someone", password="pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    assert client.get("/admin/translation-status/").status_code == 200
    assert '"name": "translation-status"' in client.get("/admin/").content.decode()


def test_admin_users_outside_those_groups_cannot_open_the_report(client, django_user_model, site):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/translation-status/").status_code in (302, 403)
    assert "/admin/translation-status/" not in client.get("/admin/").content.decode()
