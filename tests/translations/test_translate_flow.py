"""Translating an initiative with wagtail-localize: its tips, challenges and success factors travel
with it, synchronised fields follow the source, and a sync keeps the work already done."""

import pytest
from django.test import TestCase

from tests.translations.conftest import (
    INITIATIVE_ENGLISH,
    download,
    publish,
    publish_translation,
    translate_by_copy,
    translate_to_english,
)

pytestmark = pytest.mark.django_db


def test_child_items_are_translated_with_their_initiative(translator, client, initiative):
    english = translate_to_english(translator, initiative).get_target_instance()
    assert [tip.title for tip in english.tips.all()] == ["Start small", "Listen first"]
    assert [item.text for item in english.challenges.all()] == ["The project period was short."]
    assert [item.title for item in english.success_factors.all()] == ["Local roots"]
    assert {item.locale.language_code for item in english.tips.all()} == {"en"}

    html = client.get(english.url).content.decode()
    assert "Begin with what residents ask for." in html
    assert "Begynn med" not in html


def test_item_anchors_are_the_same_in_every_language(translator, initiative):
    english = translate_to_english(translator, initiative).get_target_instance()
    assert [tip.anchor for tip in english.tips.all()] == [tip.anchor for tip in initiative.tips.all()]


def test_synchronised_fields_follow_the_source(translator, client, initiative, housing):
    translation = translate_to_english(translator, initiative)
    english = translation.get_target_instance()
    assert (english.country, english.start_year, english.end_year) == ("NO", 2007, 2016)
    assert [theme.translation_key for theme in english.themes.all()] == [housing.translation_key]
    assert "Housing" in client.get(english.url).content.decode()

    initiative.refresh_from_db()
    initiative.end_year = 2018
    publish(initiative)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translator.post(f"/admin/localize/update/{translation.source_id}/", {"publish_translations": "on"})
    english.refresh_from_db()
    assert english.end_year == 2018
    assert [tip.title for tip in english.tips.all()] == ["Start small", "Listen first"]


def test_sync_keeps_unchanged_translations_and_marks_the_changed_text(translator, client, initiative):
    translation = translate_to_english(translator, initiative)
    initiative.refresh_from_db()
    tip = initiative.tips.all()[1]
    tip.text = "Bruk god tid på å høre beboerne."
    initiative.tips = [initiative.tips.all()[0], tip]
    initiative.summary = initiative.summary  # unchanged
    publish(initiative)

    with TestCase.captureOnCommitCallbacks(execute=True):
        translator.post(f"/admin/localize/update/{translation.source_id}/", {})

    po = download(translator, translation)
    current = {entry.msgid: entry.msgstr for entry in po if not entry.obsolete}
    assert current["Bruk god tid på å høre beboerne."] == ""  # waiting for the translator
    unchanged = {msgid: text for msgid, text in INITIATIVE_ENGLISH.items() if msgid in current}
    assert {msgid: current[msgid] for msgid in unchanged} == unchanged
    assert translation.get_progress() == (len(current), len(current) - 1)

    publish_translation(translator, translation)
    html = client.get(translation.get_target_instance().url).content.decode()
    assert "Take time to hear the residents." not in html  # the old translation is not shown for new text
    assert "Bruk god tid på å høre beboerne." in html  # the source text stands in until translated
    assert "Begin with what residents ask for." in html
    assert "A lift for four districts." in html


def test_translation_by_copy_keeps_the_items_with_the_page(site, initiative):
    english_index = translate_by_copy(initiative.get_parent().specific, "en", title="Examples")
    english = translate_by_copy(initiative, "en", title="Groruddalen")
    assert english.get_parent().id == english_index.id
    assert english.tips.count() == 2
