"""The map of initiatives: a point per municipality with public initiatives, the same as a list,
the initiative index's filters, and coordinates an editor cannot get wrong by much."""

import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import PageViewRestriction

from maps.boundaries import base_map
from tests.content import home_page, phase_guide_with_phases
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db
MAP = "/en/map/"


@pytest.fixture
def places(site):
    """Oslo with one initiative, Malmö with two (one in phase 3), Bergen with none, Göteborg with
    only a restricted one and Uppsala with only a draft; Boden has no coordinates."""
    home = home_page("en")
    _guide, phases = phase_guide_with_phases(home)
    index = InitiativeIndexPageFactory(parent=home)
    at = {
        "oslo": ("Oslo", "NO", "59.9139", "10.7522"),
        "malmo": ("Malmö", "SE", "55.6050", "13.0038"),
        "bergen": ("Bergen", "NO", "60.3913", "5.3221"),
        "goteborg": ("Göteborg", "SE", "57.7089", "11.9746"),
        "uppsala": ("Uppsala", "SE", "59.8586", "17.6389"),
        "boden": ("Boden", "SE", None, None),
    }
    municipality = {
        slug: MunicipalityFactory(name=name, slug=slug, country=country, latitude=lat, longitude=lon)
        for slug, (name, country, lat, lon) in at.items()
    }

    def initiative(title, slug, phase=1, publish=True):
        page = InitiativePageFactory(parent=index, title=title, country=municipality[slug].country)
        page.municipalities.set([municipality[slug]])
        page.phases.set([phases[phase - 1]])
        revision = page.save_revision()
        if publish:
            revision.publish()
        else:
            page.unpublish()
        return page

    initiative("Groruddalen", "oslo")
    initiative("Malmö areas", "malmo", phase=3)
    initiative("Malmö health", "malmo")
    secret = initiative("Göteborg secret", "goteborg")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    initiative("Uppsala draft", "uppsala", publish=False)
    initiative("Boden plan", "boden")
    return index


def points(html):
    """{accessible name: href} of the links inside the map's SVG."""
    svg = re.search(r"<svg class=\"initiative-map__svg\".*?</svg>", html, re.S).group(0)
    return {
        name: href.replace("&amp;", "&")
        for href, name in re.findall(
            r'<a class="initiative-map__point" href="([^"]+)" aria-label="([^"]+)"', svg
        )
    }


def listed(html):
    """{municipality: [initiative titles]} from the list below the map."""
    section = re.search(r'<section class="place-list".*?</section>', html, re.S).group(0)
    found = {}
    for name, body in re.findall(
        r'<h3 class="ds-heading">([^<]+?) <span.*?<ul class="place-list__initiatives">(.*?)</ul>',
        section,
        re.S,
    ):
        found[name] = re.findall(r'<a class="ds-link" href="[^"]+">([^<]+)</a>', body)
    return found


def test_a_point_links_to_each_municipality_with_public_initiatives_and_none_other(client, places):
    response = client.get(MAP)
    assert response.status_code == 200
    html = response.content.decode()
    assert points(html) == {
        "Malmö: 2 initiatives": f"{places.url}?municipality=malmo",
        "Oslo: 1 initiative": f"{places.url}?municipality=oslo",
    }
    # Restricted and unpublished initiatives are neither counted nor named (the filter form still
    # offers every municipality, as the index does).
    assert "Göteborg secret" not in html and "Uppsala draft" not in html
    assert not {"Göteborg", "Uppsala", "Bergen"} & set(listed(html))


def test_the_list_holds_what_the_map_shows_and_names_what_it_cannot_place(client, places):
    html = client.get(MAP).content.decode()
    assert listed(html) == {
        "Boden": ["Boden plan"],
        "Malmö": ["Malmö areas", "Malmö health"],
        "Oslo": ["Groruddalen"],
    }
    on_map = {name.split(":")[0] for name in points(html)}
    assert on_map == set(listed(html)) - {"Boden"}
    assert "(not on the map: no coordinates yet)" in html
    assert "4 initiatives" in html


def test_the_filters_of_the_initiative_index_narrow_the_points_and_stay_in_their_links(client, places):
    html = client.get(f"{MAP}?phase=3&country=se").content.decode()
    assert points(html) == {"Malmö: 1 initiative": f"{places.url}?country=SE&phase=3&municipality=malmo"}
    assert listed(html) == {"Malmö": ["Malmö areas"]}
    # Back to the list with the same filters.
    assert f'href="{places.url}?country=SE&amp;phase=3"' in html


def test_unknown_filter_values_are_reported_not_an_error(client, places):
    response = client.get(f"{MAP}?municipality=atlantis&phase=99")
    assert response.status_code == 200
    html = response.content.decode()
    assert "were not recognised" in html and "atlantis" in html
    assert len(points(html)) == 2


def test_the_index_links_to_the_map_with_its_filters(client, places):
    html = client.get(f"{places.url}?country=SE").content.decode()
    assert 'href="/en/map/?country=SE"' in html


def test_the_map_is_a_labelled_group_not_an_image(client, places):
    html = client.get(MAP).content.decode()
    svg = re.search(r'<svg class="initiative-map__svg"[^>]+>', html).group(0)
    assert 'role="group"' in svg and 'aria-labelledby="initiative-map-title"' in svg
    assert 'role="img"' not in svg
    assert '<title id="initiative-map-title">Map of Norway, Sweden and Denmark' in html


def test_the_map_speaks_each_language(client, places):
    for language in ("nb", "sv"):
        # No initiative index in these languages in this fixture: the map says so with a 404.
        assert client.get(f"/{language}/map/").status_code == 404
    home = home_page("nb")
    InitiativeIndexPageFactory(parent=home, slug="eksempler", title="Eksempler")
    html = client.get("/nb/map/").content.decode()
    assert '<h1 class="ds-heading">Kart over eksempler</h1>' in html


def test_points_fall_where_the_places_are():
    drawn = base_map()
    oslo, bergen = drawn.point(10.7522, 59.9139), drawn.point(5.3221, 60.3913)
    malmo, boden = drawn.point(13.0038, 55.6050), drawn.point(21.6886, 65.8252)
    assert bergen[0] < oslo[0] < malmo[0] < boden[0]  # west to east
    assert boden[1] < oslo[1] < malmo[1]  # north to south (y grows downwards)
    assert drawn.point(-20.0, 64.0) is None  # Iceland is off the map
    assert set(drawn.countries) == {"NO", "SE", "DK"} and all(drawn.countries.values())


@pytest.mark.parametrize(
    ("latitude", "longitude", "field", "message"),
    [
        ("10.7522", "59.9139", "latitude", "The latitude must be between 54 and 72 degrees north"),
        ("59.9139", "-10.7522", "longitude", "The longitude must be between 4 and 32 degrees east"),
        ("59.9139", None, "longitude", "Give both the latitude and the longitude, or neither."),
    ],
)
def test_coordinates_outside_the_map_or_half_given_are_refused_with_a_clear_message(
    site, latitude, longitude, field, message
):
    municipality = MunicipalityFactory.build(latitude=latitude, longitude=longitude, locale_id=1)
    with pytest.raises(ValidationError) as error:
        municipality.full_clean(exclude=["translation_key", "locale"])
    assert any(message in text for text in error.value.message_dict[field])


def test_coordinates_in_range_are_accepted(site):
    municipality = MunicipalityFactory.build(latitude=Decimal("69.6492"), longitude=Decimal("18.9553"))
    municipality.full_clean(exclude=["translation_key", "locale"])


def test_the_map_is_in_the_sitemap_with_its_languages(client, places):
    xml = client.get("/sitemap.xml").content.decode()
    for language in ("nb", "sv", "en"):
        assert f"<loc>http://testserver/{language}/map/</loc>" in xml
        assert f'hreflang="{language}" href="http://testserver/{language}/map/"' in xml
    assert 'hreflang="x-default" href="http://testserver/nb/map/"' in xml


def test_the_coordinate_message_is_in_the_editors_language(site):
    municipality = MunicipalityFactory.build(latitude="80", longitude="10")
    with translation.override("nb"):
        with pytest.raises(ValidationError) as error:
            municipality.full_clean(exclude=["translation_key", "locale"])
        message = str(error.value.message_dict["latitude"][0])
    assert "Breddegraden må være mellom 54 og 72 grader nord" in message
