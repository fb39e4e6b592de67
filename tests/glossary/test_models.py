"""The Term snippet: one slug for all its translations, revisions kept, drafts kept from visitors."""

import pytest
from django.core.exceptions import ValidationError

from glossary.models import Term
from tests.content import translate
from tests.factories import LegalBasisFactory
from tests.glossary.helpers import make_term

pytestmark = pytest.mark.django_db


def test_a_translation_keeps_the_slug_of_its_source(site):
    source = make_term("Medvirkning", "Å få være med og påvirke.", "medvirkning")
    swedish = translate(source, "sv")
    assert swedish.slug == "medvirkning"
    assert swedish.translation_key == source.translation_key
    assert swedish.locale.language_code == "sv"


def test_two_terms_of_one_language_cannot_share_a_slug(site):
    make_term("Medvirkning", "Å få være med.", "medvirkning")
    twin = Term(
        term="Deltakelse", slug="medvirkning", definition="Noe annet.", locale_id=Term.objects.get().locale_id
    )
    with pytest.raises(ValidationError):
        twin.full_clean()


def test_every_published_version_is_kept_and_an_old_one_can_be_restored(site):
    law = LegalBasisFactory(slug="plan-og-bygningsloven")
    term = make_term("Medvirkning", "Første tekst.", "medvirkning", legal_bases=[law])
    term.definition = "Andre tekst."
    term.legal_bases.set([])
    term.save_revision().publish()

    assert term.revisions.count() == 2
    first = term.revisions.order_by("created_at", "id").first().as_object()
    assert first.definition == "Første tekst."
    assert [obj.slug for obj in first.legal_bases.all()] == ["plan-og-bygningsloven"]
    first.save_revision().publish()  # what "revert" does
    term.refresh_from_db()
    assert term.definition == "Første tekst."
    assert term.revisions.count() == 3


def test_a_new_draft_is_not_live_and_editing_a_live_term_keeps_the_live_text(site):
    draft = make_term("Utkast", "Ikke ferdig.", "utkast", publish=False)
    assert draft.live is False
    live = make_term("Levekår", "Publisert tekst.", "levekar")
    live.definition = "Endret, men ikke publisert."
    live.save_revision()
    assert Term.objects.get(pk=live.pk).definition == "Publisert tekst."
    assert live.has_unpublished_changes is True


def test_synonyms_are_read_as_a_list():
    assert Term(synonyms=" områdeløft, ,områdesatsing ").synonym_list() == ["områdeløft", "områdesatsing"]
