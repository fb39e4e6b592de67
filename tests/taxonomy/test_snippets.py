import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from taxonomy.models import LegalBasis, Municipality, Theme
from tests.content import home_page, phase_guide_with_phases, translate
from tests.factories import LegalBasisFactory, MunicipalityFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_a_slug_is_unique_within_a_language(site):
    ThemeFactory(slug="safety")
    duplicate = Theme(name="Safety again", slug="safety", locale=Locale.get_default())
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "__all__" in error.value.message_dict


@pytest.mark.parametrize("model", [Theme, LegalBasis, Municipality])
def test_slugs_stay_the_same_in_every_language(model):
    synchronized = {
        field.field_name for field in get_translatable_fields(model) if isinstance(field, SynchronizedField)
    }
    assert "slug" in synchronized


def test_a_translated_legal_basis_keeps_slug_country_and_reference(site):
    law = LegalBasisFactory(slug="folkehelseloven", country="NO", official_reference="LOV-2011-06-24-29")
    swedish = translate(law, "sv")
    assert (swedish.slug, swedish.country, swedish.official_reference) == (
        "folkehelseloven",
        "NO",
        "LOV-2011-06-24-29",
    )
    assert swedish.locale.language_code == "sv"


def test_legal_basis_page_shows_every_field_and_where_it_is_used(client, site):
    law = LegalBasisFactory(
        name="Folkehelseloven",
        short_name="FHL",
        slug="folkehelseloven",
        official_reference="LOV-2011-06-24-29",
        purpose="Public health is the whole municipality's job.",
        key_sections=[("section", {"label": "§ 5", "title": "Overview", "text": "Know the health status."})],
        url="https://lovdata.no/dokument/NL/lov/2011-06-24-29",
    )
    _guide, phases = phase_guide_with_phases(home_page("en"))
    phases[0].legal_bases.set([law])
    phases[0].save_revision().publish()

    response = client.get("/en/legal-bases/folkehelseloven/")
    html = response.content.decode()
    assert response.status_code == 200
    for expected in [
        '<h1 class="ds-heading">Folkehelseloven</h1>',
        "FHL",
        "Norway",
        "LOV-2011-06-24-29",
        "Public health is the whole municipality&#x27;s job.",
        "§ 5 Overview",
        "Know the health status.",
        'href="https://lovdata.no/dokument/NL/lov/2011-06-24-29"',
        f'href="{phases[0].url}"',
    ]:
        assert expected in html, expected


def test_legal_basis_page_is_shown_in_the_visitors_language(client, site):
    law = LegalBasisFactory(name="Folkehelseloven", slug="folkehelseloven")
    swedish = translate(law, "sv")
    swedish.name = "Folkhälsolagen (Norge)"
    swedish.save()
    assert "Folkhälsolagen (Norge)" in client.get("/sv/legal-bases/folkehelseloven/").content.decode()
    assert "Folkehelseloven" in client.get("/en/legal-bases/folkehelseloven/").content.decode()
    assert "Folkhälsolagen (Norge)" in client.get("/sv/legal-bases/").content.decode()


def test_an_unknown_legal_basis_is_a_404(client, site):
    assert client.get("/nb/legal-bases/no-such-law/").status_code == 404


def test_the_snippet_admin_filters_legal_bases_by_country(admin_client, site):
    LegalBasisFactory(name="Plan- och bygglagen", country="SE")
    LegalBasisFactory(name="Folkehelseloven", country="NO")
    html = admin_client.get("/admin/snippets/taxonomy/legalbasis/?country=SE").content.decode()
    assert "Plan- och bygglagen" in html
    assert "Folkehelseloven" not in html


def test_the_snippet_admin_searches_municipalities(admin_client, site):
    MunicipalityFactory(name="Norrköping", country="SE")
    MunicipalityFactory(name="Bergen", country="NO")
    html = admin_client.get("/admin/snippets/taxonomy/municipality/?q=Norrk").content.decode()
    assert "Norrköping" in html
    assert "Bergen" not in html


def test_home_page_still_renders_with_taxonomy_present(client, site):
    ThemeFactory()
    assert client.get(home_page().url).status_code == 200
