"""Terms are a search kind: published terms are indexed when published, leave when unpublished or
deleted, and a draft is never found. (Both engines' matching is in tests/search/contract_cases.py.)"""

import pytest
from django.utils import translation

from search.engines.base import SearchQuery
from search.engines.embedded import EmbeddedEngine
from search.labels import KIND_LABELS
from tests.glossary.helpers import make_term

pytestmark = pytest.mark.django_db


def found(text, locale="nb"):
    result = EmbeddedEngine().search(SearchQuery(text=text, locale=locale, filters={"kind": ("term",)}))
    return [(hit.title, hit.url) for hit in result.hits]


def test_publishing_a_term_makes_it_findable_by_its_synonym(site):
    make_term("Områdesatsing", "En samlet innsats i ett boområde.", "omradesatsing", synonyms="områdeløft")
    assert found("områdeløft") == [("Områdesatsing", "/nb/glossary/#omradesatsing")]
    assert found("områdeløft", "sv") == []  # a glossary is searched in its own language


def test_a_draft_is_not_found_until_published(site):
    draft = make_term(
        "Områdesatsing", "En samlet innsats.", "omradesatsing", synonyms="områdeløft", publish=False
    )
    assert found("områdeløft") == []
    draft.latest_revision.publish()
    assert found("områdeløft") == [("Områdesatsing", "/nb/glossary/#omradesatsing")]


def test_unpublishing_or_deleting_a_term_removes_it(site):
    term = make_term("Medvirkning", "Å få være med.", "medvirkning", synonyms="beboermedvirkning")
    sv = make_term("Delaktighet", "Att få vara med.", "medvirkning", "sv", "medborgardialog", source=term)
    term.unpublish()
    assert found("beboermedvirkning") == []
    assert found("medborgardialog", "sv") == [("Delaktighet", "/sv/glossary/#medvirkning")]
    sv.delete()
    assert found("medborgardialog", "sv") == []


def test_the_kind_has_a_label_in_every_language():
    with translation.override("nb"):
        assert str(KIND_LABELS["term"]) == "Begrep"
    with translation.override("sv"):
        assert str(KIND_LABELS["term"]) == "Begrepp"
