"""cases/migrations/0007: figures saved before they had a year and a source ({"figure", "label"})
become {"value", "measure"} in the live pages, their revisions and wagtail-localize's copy of the
source, and the translations made before keep applying to what the figure measures."""

import importlib
import json

import pytest
from django.apps import apps
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationContext, TranslationSource

from cases.models import InitiativePage
from tests.content import home_page, translate
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("cases.migrations.0007_figures_with_sources")
OLD_FIGURE = {"figure": "9 / 10", "label": "nyankomne som fikk arbeid"}
BLOCK_ID = "5f1c0b6e-1d5e-4a4e-9a55-3b1d1c8f0a01"


def old_stream():
    return [{"type": "figure", "value": dict(OLD_FIGURE), "id": BLOCK_ID}]


def swedish_old_stream():
    return [
        {
            "type": "figure",
            "value": {"figure": "9 / 10", "label": "nyanlända som fick arbete"},
            "id": BLOCK_ID,
        }
    ]


@pytest.fixture
def old_initiative(site):
    """An nb initiative and its sv translation as the code before the migration left them."""
    new_shape = {
        "value": "9 / 10",
        "measure": OLD_FIGURE["label"],
        "year": 2019,
        "source_url": "https://a.example/",
    }
    page = InitiativePageFactory(
        parent=InitiativeIndexPageFactory(parent=home_page("nb")),
        title="Innovasjonslaboratoriene",
        results_in_figures=[("figure", {**new_shape, "source_title": "Rapport"})],
    )
    page.results_in_figures[0].id = BLOCK_ID
    page.save_revision().publish()
    translate(page.get_parent(), "sv")
    swedish = translate(page, "sv")
    context = TranslationContext.objects.get(path=f"results_in_figures.{BLOCK_ID}.measure")
    segment = StringSegment.objects.get(context=context)
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=Locale.objects.get(language_code="sv"),
        context=context,
        defaults={"data": "nyanlända som fick arbete"},
    )
    # Back to the old shape, everywhere the old code had written it.
    InitiativePage.objects.filter(pk=page.pk).update(results_in_figures=old_stream())
    InitiativePage.objects.filter(pk=swedish.pk).update(results_in_figures=swedish_old_stream())
    for revision in page.revisions.all():
        revision.content["results_in_figures"] = json.dumps(old_stream())
        revision.save(update_fields=["content"])
    source = TranslationSource.objects.get(object_id=page.translation_key)
    content = json.loads(source.content_json)
    content["results_in_figures"] = json.dumps(old_stream())
    source.content_json = json.dumps(content)
    source.save(update_fields=["content_json"])
    context.path, context.field_path = (
        f"results_in_figures.{BLOCK_ID}.label",
        "results_in_figures.figure.label",
    )
    context.path_id = TranslationContext._get_path_id(context.path)
    context.save()
    return page, swedish


def test_old_figures_become_values_and_measures_in_pages_revisions_and_translation_sources(old_initiative):
    page, swedish = old_initiative
    MIGRATION.forwards(apps, None)

    live = InitiativePage.objects.get(pk=page.pk).results_in_figures[0].value
    assert (live["value"], live["measure"], live["year"], live["source_url"]) == (
        "9 / 10",
        OLD_FIGURE["label"],
        None,
        "",
    )
    assert (
        InitiativePage.objects.get(pk=swedish.pk).results_in_figures[0].value["measure"]
        == "nyanlända som fick arbete"
    )
    revision = page.revisions.order_by("-pk").first().as_object()
    assert revision.results_in_figures[0].value["measure"] == OLD_FIGURE["label"]
    source = TranslationSource.objects.get(object_id=page.translation_key)
    assert source.as_instance().results_in_figures[0].value["value"] == "9 / 10"


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_a_migrated_page_still_renders_its_figures(client, old_initiative, language):
    page, swedish = old_initiative
    MIGRATION.forwards(apps, None)
    if language == "en":
        translate(page.get_parent(), "en")
    shown = {"nb": page, "sv": swedish}.get(language) or translate(page, "en")
    with translation.override(language):
        html = client.get(shown.url).content.decode()
    assert "9 / 10" in html and "<table" in html


def test_a_translation_made_before_the_migration_still_applies_after_a_sync(old_initiative):
    page, _swedish = old_initiative
    MIGRATION.forwards(apps, None)
    source, _created = TranslationSource.update_or_create_from_instance(
        InitiativePage.objects.get(pk=page.pk)
    )
    synced, _created = source.create_or_update_translation(
        Locale.objects.get(language_code="sv"), fallback=True
    )
    assert synced.results_in_figures[0].value["measure"] == "nyanlända som fick arbete"


def test_running_the_migration_twice_changes_nothing_more(old_initiative):
    page, _swedish = old_initiative
    MIGRATION.forwards(apps, None)
    once = InitiativePage.objects.get(pk=page.pk).results_in_figures.raw_data[0]
    MIGRATION.forwards(apps, None)
    assert InitiativePage.objects.get(pk=page.pk).results_in_figures.raw_data[0] == once
