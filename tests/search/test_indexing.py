"""The index follows the content: publishing, unpublishing, moving, deleting, translating, snippets."""

import io

import pytest
from django.core.management import call_command

from cases.models import Challenge, InitiativePage, Tip
from search.engines.base import SearchQuery
from search.engines.embedded import EmbeddedEngine
from tests.content import home_page, translate
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    LegalBasisFactory,
    MunicipalityFactory,
    ThemeFactory,
    item,
)

pytestmark = pytest.mark.django_db


def search(text="", locale="nb", **filters):
    query = SearchQuery(text=text, locale=locale, filters={k: tuple(v) for k, v in filters.items()})
    return EmbeddedEngine().search(query)


def titles(result):
    return sorted(hit.title for hit in result.hits)


@pytest.fixture
def index_page(site):
    return InitiativeIndexPageFactory(parent=home_page())


@pytest.fixture
def initiative(index_page):
    law = LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven")
    malmo = MunicipalityFactory(name="Malmø", slug="malmo", country="SE")
    theme = ThemeFactory(name="Folkehelse", slug="folkehelse")
    page = InitiativePageFactory(
        parent=index_page, title="Seved i Malmö", slug="seved", country="SE", live=False
    )
    page.municipalities.set([malmo])
    page.legal_bases.set([law])
    page.themes.set([theme])
    page.tips = [item(Tip, title="Snakk med beboerne", text="Gå rundt og snakk med beboerne.", phase=3)]
    page.challenges = [item(Challenge, title="Lav tillit", text="Mange stolte ikke på kommunen.", phase=1)]
    page.save_revision().publish()
    return InitiativePage.objects.get(pk=page.pk)


def test_publishing_an_initiative_indexes_it_and_each_of_its_items(initiative):
    result = search(locale="nb")
    assert {(hit.kind, hit.title) for hit in result.hits} >= {
        ("initiative", "Seved i Malmö"),
        ("tip", "Snakk med beboerne"),
        ("challenge", "Lav tillit"),
    }
    tip = search("beboerne", kind=["tip"]).hits[0]
    assert tip.url == f"{initiative.url}#tip-1"
    assert (tip.initiative_title, tip.initiative_url) == ("Seved i Malmö", initiative.url)


def test_items_carry_their_initiatives_tags_and_their_own_phase(initiative):
    result = search(kind=["tip"], law=["folkehelseloven"], municipality=["malmo"], country=["SE"])
    assert titles(result) == ["Snakk med beboerne"]
    assert {v.value: v.count for v in search(kind=["tip", "challenge"]).facets["phase"]} == {"3": 1, "1": 1}


def test_the_municipality_name_makes_the_initiative_findable_with_any_spelling(initiative):
    for spelling in ("Malmø", "Malmö", "Malmo"):
        assert "Seved i Malmö" in titles(search(spelling))


def test_unpublishing_removes_the_page_and_its_items(initiative):
    initiative.unpublish()
    assert search().total == 0 or all(hit.kind == "legal_basis" for hit in search().hits)
    assert search("beboerne").total == 0


def test_editing_and_republishing_replaces_the_old_text(initiative):
    initiative.tips = [item(Tip, title="Bruk skolen", text="Skolen er et godt møtested.")]
    initiative.save_revision().publish()
    assert search("beboerne", kind=["tip"]).total == 0
    assert titles(search("skolen")) == ["Bruk skolen"]


def test_deleting_a_page_removes_it_from_the_index(initiative):
    initiative.delete()
    assert search("Seved").total == 0
    assert search("beboerne").total == 0


def test_moving_a_page_updates_the_urls_of_its_items(initiative, index_page):
    other = InitiativeIndexPageFactory(parent=home_page(), title="Andre", slug="andre")
    InitiativePage.objects.get(pk=initiative.pk).move(other, pos="last-child")
    tip = search("beboerne").hits[0]
    assert tip.url.startswith("/nb/andre/seved/")
    assert tip.initiative_url == "/nb/andre/seved/"


def test_publishing_a_translation_indexes_it_in_its_own_language(initiative, index_page):
    translate(index_page, "sv")
    # Untranslated, it is found in sv in Norwegian (search.untranslated); translated, in Swedish.
    assert {hit.language for hit in search("Seved", locale="sv").hits} == {"nb"}
    translate(initiative, "sv")
    result = search("Seved", locale="sv")
    assert sorted(hit.kind for hit in result.hits) == ["challenge", "initiative", "tip"]
    assert all(hit.url.startswith("/sv/") and hit.locale == "sv" for hit in result.hits)
    assert {hit.language for hit in result.hits} == {""}


def test_legal_bases_are_documents_in_every_language(initiative):
    law = search("FHL", kind=["legal_basis"])
    assert titles(law) == ["Folkehelseloven"]
    assert law.hits[0].url == "/nb/legal-bases/folkehelseloven/"


def test_renaming_a_legal_basis_reindexes_it_and_the_pages_that_use_it(initiative):
    from taxonomy.models import LegalBasis

    law = LegalBasis.objects.get(slug="folkehelseloven")
    law.short_name = "FOLK"
    law.save()
    assert titles(search("FOLK", kind=["legal_basis"])) == ["Folkehelseloven"]
    assert "Seved i Malmö" in titles(search("FOLK", kind=["initiative"]))


def test_rebuild_command_fills_the_index_from_the_content(initiative):
    from search.models import IndexedDocument

    IndexedDocument.objects.all().delete()
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert "Seved i Malmö" in titles(search("Malmo"))


def test_changes_while_indexing_is_paused_wait_for_the_rebuild(index_page):
    from search import indexing

    with indexing.paused():
        page = InitiativePageFactory(parent=index_page, title="Stille side", slug="stille", live=False)
        page.save_revision().publish()
    assert search("Stille").total == 0
    indexing.rebuild_all()
    assert titles(search("Stille")) == ["Stille side"]
