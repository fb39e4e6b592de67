"""Every page type and snippet goes through wagtail-localize, with every field accounted for."""

import pytest
from django.apps import apps
from modelcluster.fields import ParentalKey
from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import get_translatable_fields

PROJECT_APPS = {"home", "taxonomy", "guide", "cases", "resources", "search", "translations"}
BOOKKEEPING = {"id", "translation_key", "locale", "sort_order", "page_ptr"}
PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}
PAGE_TEXT_FIELDS = {"title", "seo_title", "search_description", "slug"}
# Publishing dates of snippets with drafts: each translation is scheduled on its own, as pages are.
DRAFT_STATE_FIELDS = {field.name for field in DraftStateMixin._meta.get_fields()}


def project_models(condition):
    return [
        model for model in apps.get_models() if model._meta.app_label in PROJECT_APPS and condition(model)
    ]


PAGE_TYPES = project_models(lambda model: issubclass(model, Page))
SNIPPETS = project_models(lambda model: model in get_snippet_models())
TRANSLATABLE = project_models(lambda model: issubclass(model, TranslatableMixin))


def editor_fields(model):
    """The names of the fields and child relations an editor fills in."""
    names = set()
    for field in model._meta.get_fields():
        if isinstance(field, ParentalKey) or field.name in BOOKKEEPING:
            continue
        if issubclass(model, Page) and field.name in PAGE_FIELDS:
            continue
        if issubclass(model, DraftStateMixin) and field.name in DRAFT_STATE_FIELDS:
            continue
        if field.auto_created and not field.concrete:
            if isinstance(field.remote_field, ParentalKey):
                names.add(field.get_accessor_name())
            continue
        if field.editable:
            names.add(field.name)
    return names


def test_the_project_has_page_types_and_snippets_to_check():
    assert {model.__name__ for model in PAGE_TYPES} >= {"HomePage"}
    assert len(SNIPPETS) >= 1


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda model: model.__name__)
def test_every_snippet_is_translatable(model):
    assert issubclass(model, TranslatableMixin)


@pytest.mark.parametrize("model", TRANSLATABLE, ids=lambda model: model.__name__)
def test_every_field_is_either_translated_or_synchronised(model):
    assert "translatable_fields" in dir(model), "declare translatable_fields explicitly"
    declared = {field.field_name for field in get_translatable_fields(model)}
    assert editor_fields(model) - declared == set()


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_translates_its_title_and_search_texts(model):
    declared = {field.field_name for field in get_translatable_fields(model)}
    assert declared >= PAGE_TEXT_FIELDS
