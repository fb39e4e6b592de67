"""cases/migrations/0008: the free-text contact of an initiative ("Malmö stad") becomes the
organisation of one structured contact, in the live pages, their revisions and wagtail-localize's
copy of the source; the old text's translation moves with it."""

import importlib
import json

import pytest
from django.apps import apps
from wagtail.models import Locale
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from cases.models import InitiativePage
from tests.content import home_page, translate
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("cases.migrations.0008_structured_contacts")


def with_old_contact(content, text):
    content = dict(content)
    content["contact"] = text
    content["contacts"] = "[]"
    return content


@pytest.fixture
def old_initiative(site):
    """An nb initiative with an sv translation whose contact was still one line of text."""
    page = InitiativePageFactory(parent=InitiativeIndexPageFactory(parent=home_page("nb")), title="Seved")
    page.save_revision().publish()
    translate(page.get_parent(), "sv")
    swedish = translate(page, "sv")
    source = TranslationSource.objects.get(object_id=page.translation_key)
    source.content_json = json.dumps(with_old_contact(json.loads(source.content_json), "Malmø by"))
    source.save(update_fields=["content_json"])
    for revision in page.revisions.all():
        revision.content = with_old_contact(revision.content, "Malmø by")
        revision.save(update_fields=["content"])
    # The old text as wagtail-localize extracted it, with its Swedish translation.
    context = TranslationContext.objects.create(
        object_id=page.translation_key, path="contact", field_path="contact"
    )
    string = String.from_value(Locale.objects.get(language_code="nb"), StringValue.from_plaintext("Malmø by"))
    StringSegment.objects.create(source=source, context=context, string=string, order=99, attrs="{}")
    StringTranslation.objects.create(
        translation_of=string,
        locale=Locale.objects.get(language_code="sv"),
        context=context,
        data="Malmö stad",
    )
    return page, swedish


def run_on_rows(page, swedish):
    """The migration's rewrite of the rows, given the old texts (the column is gone from the models)."""
    for row, text in ((page, "Malmø by"), (swedish, "Malmö stad")):
        content = {"contact": text, "contacts": [], "translation_key": row.translation_key}
        assert MIGRATION.contact_as_organisation(content) == ["contacts"]
        InitiativePage.objects.filter(pk=row.pk).update(contacts=content["contacts"])


def test_the_old_text_becomes_the_organisation_of_one_contact_in_every_copy(old_initiative):
    page, swedish = old_initiative
    run_on_rows(page, swedish)
    MIGRATION.forwards(apps, None)

    for row, text in ((page, "Malmø by"), (swedish, "Malmö stad")):
        contacts = InitiativePage.objects.get(pk=row.pk).contacts
        assert [dict(block.value) for block in contacts] == [
            {"name": "", "role": "", "organisation": text, "email": "", "phone": ""}
        ]
    assert page.revisions.order_by("-pk").first().as_object().contacts[0].value["organisation"] == "Malmø by"
    source = TranslationSource.objects.get(object_id=page.translation_key)
    assert source.as_instance().contacts[0].value["organisation"] == "Malmø by"


def test_each_language_shares_the_block_and_the_translation_still_applies(old_initiative, client):
    page, swedish = old_initiative
    run_on_rows(page, swedish)
    MIGRATION.forwards(apps, None)
    nb_block = InitiativePage.objects.get(pk=page.pk).contacts[0].id
    assert InitiativePage.objects.get(pk=swedish.pk).contacts[0].id == nb_block
    source = TranslationSource.objects.get(object_id=page.translation_key)
    synced, _created = source.create_or_update_translation(
        Locale.objects.get(language_code="sv"), fallback=True
    )
    assert synced.contacts[0].value["organisation"] == "Malmö stad"
    html = client.get(synced.url).content.decode()
    assert '<span class="p-org" itemprop="name">Malmö stad</span>' in html


def test_an_initiative_without_a_contact_gets_none():
    content = {"contact": "  ", "contacts": [], "translation_key": "0b2c7f4e-9f43-4f0e-8f52-6f1e0c8f1a11"}
    assert MIGRATION.contact_as_organisation(content) == [] and content["contacts"] == []
