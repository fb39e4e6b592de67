"""Translating an initiative with wagtail-localize: its tips, challenges and success factors travel
with it, synchronised fields follow the source, and a sync keeps the work already done."""

import pytest
from django.test import TestCase
from wagtail_localize.models import Translation

from tests.translations.conftest import (
    download,
    filled,
    home,
    locale,
    publish,
    publish_translation,
    submit_translation,
    translate_by_copy,
    upload,
)

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Eksempler": "Examples",
    "Områdeløft Groruddalen": "Groruddalen area initiative",
    "Et løft for fire bydeler.": "A lift for four districts.",
    "Start smått": "Start small",
    "Begynn med det beboerne ber om.": "Begin with what residents ask for.",
    "Lytt først": "Listen first",
    "Bruk tid på å høre beboerne.": "Take time to hear the residents.",
    "Lite tid": "Little time",
    "Prosjektperioden var kort.": "The project period was short.",
    "Lokal forankring": "Local roots",
    "Bydelen eide arbeidet.": "The district owned the work.",
}


@pytest.fixture
def housing(site):
    from taxonomy.models import Theme

    theme = Theme.objects.create(name="Bolig", slug="bolig", locale=locale("nb"))
    english = theme.copy_for_translation(locale("en"))
    english.name = "Housing"
    english.save()
    return theme


@pytest.fixture
def initiative(site, housing):
    from cases.models import Challenge, InitiativeIndexPage, InitiativePage, SuccessFactor, Tip

    index = publish(home("nb").add_child(instance=InitiativeIndexPage(title="Eksempler", slug="eksempler")))
    page = InitiativePage(
        title="Områdeløft Groruddalen",
        slug="groruddalen",
        summary="Et løft for fire bydeler.",
        country="NO",
        start_year=2007,
        end_year=2016,
    )
    page.tips = [
        Tip(title="Start smått", text="Begynn med det beboerne ber om."),
        Tip(title="Lytt først", text="Bruk tid på å høre beboerne."),
    ]
    page.challenges = [Challenge(title="Lite tid", text="Prosjektperioden var kort.")]
    page.success_factors = [SuccessFactor(title="Lokal forankring", text="Bydelen eide arbeidet.")]
    page.themes = [housing]
    index.add_child(instance=page)
    return publish(page)


def translate_to_english(client, page):
    """Translate the index page (the parent) and the initiative, publish both."""
    index = page.get_parent().specific
    for instance in (index, page):
        translation = submit_translation(client, instance, "en")
        upload(client, translation, filled(download(client, translation), ENGLISH))
        publish_translation(client, translation)
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale("en"))


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
    unchanged = {msgid: text for msgid, text in ENGLISH.items() if msgid in current}
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
