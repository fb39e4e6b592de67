import re

import pytest

from tests.content import home_page, phase_guide_with_phases, translate
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    LegalBasisFactory,
    MunicipalityFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(site):
    """Three initiatives with different places, themes, phases and laws."""
    home = home_page("en")  # the tests read interface text: English
    _guide, phases = phase_guide_with_phases(home)
    index = InitiativeIndexPageFactory(parent=home)
    safety = ThemeFactory(name="Safety", slug="safety")
    health = ThemeFactory(name="Public health", slug="public-health")
    pbl_se = LegalBasisFactory(
        name="Plan- och bygglagen", short_name="PBL", slug="plan-och-bygglagen", country="SE"
    )
    fhl = LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven", country="NO")
    oslo = MunicipalityFactory(name="Oslo", slug="oslo", country="NO")
    malmo = MunicipalityFactory(name="Malmö", slug="malmo", country="SE")

    def initiative(title, country, municipality, themes, phase_numbers, laws):
        page = InitiativePageFactory(parent=index, title=title, country=country)
        page.municipalities.set([municipality])
        page.themes.set(themes)
        page.phases.set([phases[number - 1] for number in phase_numbers])
        page.legal_bases.set(laws)
        page.save_revision().publish()
        return page

    initiative("Groruddalen", "NO", oslo, [health], [1, 3], [fhl])
    initiative("Malmö areas", "SE", malmo, [safety], [2], [pbl_se])
    initiative("Malmö health", "SE", malmo, [health, safety], [3], [])
    return index


def titles(response):
    html = response.content.decode()
    return sorted(
        re.findall(r'<h2 class="ds-heading"><a class="ds-link" href="[^"]+">([^<]+)</a></h2>', html)
    )


def test_without_filters_every_initiative_is_listed(client, catalogue):
    response = client.get(catalogue.url)
    assert response.status_code == 200
    assert titles(response) == ["Groruddalen", "Malmö areas", "Malmö health"]
    html = response.content.decode()
    assert "3 initiatives" in html
    assert "<dd>Oslo (Norway)</dd>" in html and "<dd>Malmö (Sweden)</dd>" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=SE", ["Malmö areas", "Malmö health"]),
        ("country=se", ["Malmö areas", "Malmö health"]),
        ("municipality=oslo", ["Groruddalen"]),
        ("theme=safety", ["Malmö areas", "Malmö health"]),
        ("phase=3", ["Groruddalen", "Malmö health"]),
        ("law=folkehelseloven", ["Groruddalen"]),
        ("theme=safety&theme=public-health", ["Groruddalen", "Malmö areas", "Malmö health"]),
        ("country=SE&phase=3", ["Malmö health"]),
        ("theme=public-health&law=folkehelseloven&phase=1", ["Groruddalen"]),
        ("country=NO&theme=safety", []),
    ],
)
def test_filters_narrow_across_and_widen_within(client, catalogue, query, expected):
    response = client.get(f"{catalogue.url}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_the_page_shows_which_filters_are_selected_with_links_to_remove_them(client, catalogue):
    html = client.get(f"{catalogue.url}?theme=safety&phase=2").content.decode()
    assert "Selected filters" in html
    assert "Theme: Safety" in html
    assert "Phase: 2. Planning and organisation" in html
    assert f'href="{catalogue.url}?phase=2"' in html  # removes the theme, keeps the phase
    assert 'value="safety" id="id_theme_' in html and "checked" in html


def test_unknown_filter_values_are_ignored_and_the_rest_still_apply(client, catalogue):
    response = client.get(f"{catalogue.url}?theme=nonsense&country=XX&phase=9&phase=abc&law=&country=SE")
    assert response.status_code == 200
    assert titles(response) == ["Malmö areas", "Malmö health"]
    html = response.content.decode()
    assert "Some filter values were not recognised and have been ignored" in html
    assert "“nonsense”" in html and "“XX”" in html and "“9”" in html


def test_a_bad_page_number_shows_the_last_good_page_instead_of_an_error(client, catalogue):
    response = client.get(f"{catalogue.url}?page=999&theme=safety")
    assert response.status_code == 200
    assert titles(response) == ["Malmö areas", "Malmö health"]
    assert client.get(f"{catalogue.url}?page=abc").status_code == 200


def test_the_swedish_index_filters_by_the_same_slugs_and_shows_swedish_names(client, catalogue):
    theme = ThemeFactory._meta.model.objects.get(slug="safety")
    swedish_theme = translate(theme, "sv")
    swedish_theme.name = "Trygghet"
    swedish_theme.save()
    swedish_index = translate(catalogue, "sv")
    for page in catalogue.get_children():
        translate(page.specific, "sv")
    response = client.get(f"{swedish_index.url}?theme=safety")
    assert titles(response) == ["Malmö areas", "Malmö health"]
    assert "Trygghet" in response.content.decode()


def test_odd_filter_values_are_echoed_without_control_characters(client, catalogue):
    response = client.get(f"{catalogue.url}?country=%00SE%01&theme=" + "x" * 500)
    html = response.content.decode()
    assert response.status_code == 200
    assert "\x00" not in html and "\x01" not in html
    assert "x" * 41 not in html
