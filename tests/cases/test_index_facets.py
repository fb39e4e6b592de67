"""The initiative index: counts beside every filter value (disjunctive), empty values hidden unless
chosen, a period that matches overlapping spans, two sort orders, and bad periods answered with
a message instead of an error."""

import re

import pytest
from wagtail.models import PageViewRestriction

from cases.filters import InitiativeFilterForm
from cases.models import InitiativePage
from tests.content import home_page, phase_guide_with_phases
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    MunicipalityFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(site):
    home = home_page("en")
    phase_guide_with_phases(home)
    index = InitiativeIndexPageFactory(parent=home)
    safety = ThemeFactory(name="Safety", slug="safety")
    health = ThemeFactory(name="Public health", slug="public-health")
    oslo = MunicipalityFactory(name="Oslo", slug="oslo", country="NO")
    malmo = MunicipalityFactory(name="Malmö", slug="malmo", country="SE")
    MunicipalityFactory(name="Bergen", slug="bergen", country="NO")  # no initiative there

    def initiative(title, country, municipality, themes, start, end):
        page = InitiativePageFactory(
            parent=index, title=title, country=country, start_year=start, end_year=end
        )
        page.municipalities.set([municipality])
        page.themes.set(themes)
        page.save_revision().publish()
        return page

    initiative("Groruddalen", "NO", oslo, [health], 2007, 2016)
    initiative("Seved", "SE", malmo, [safety], 2017, None)  # still running
    initiative("Lindängen", "SE", malmo, [health, safety], 2012, 2014)
    return index


def titles(response):
    return re.findall(
        r'<h2 class="ds-heading"[^>]*><a class="ds-link" href="[^"]+">([^<]+)</a></h2>',
        response.content.decode(),
    )


def counts(response, name):
    """{value: count} of the checkboxes of one filter."""
    html = response.content.decode()
    found = re.findall(
        rf'name="{name}" value="([^"]+)"[^>]*>\s*<label[^>]*>[^<]*<span class="facet-count">\((\d+)', html
    )
    return {value: int(count) for value, count in found}


def test_every_value_shows_how_many_initiatives_choosing_it_gives(client, catalogue):
    response = client.get(catalogue.url)
    assert counts(response, "country") == {"NO": 1, "SE": 2}
    assert counts(response, "municipality") == {"malmo": 2, "oslo": 1}
    assert counts(response, "theme") == {"public-health": 2, "safety": 2}


def test_counts_follow_the_other_filters_but_not_their_own(client, catalogue):
    response = client.get(f"{catalogue.url}?country=SE&theme=safety")
    assert sorted(titles(response)) == ["Lindängen", "Seved"]
    # Another country would widen the choice: counted with the theme only.
    assert counts(response, "country") == {"SE": 2}
    # Other themes are counted within Sweden.
    assert counts(response, "theme") == {"public-health": 1, "safety": 2}
    assert counts(response, "municipality") == {"malmo": 2}
    # Each count is what choosing the value would list.
    widened = client.get(f"{catalogue.url}?country=SE&theme=safety&theme=public-health")
    assert len(titles(widened)) == 3 - 1  # Groruddalen is in Norway


def test_values_without_initiatives_are_hidden_unless_chosen(client, catalogue):
    html = client.get(catalogue.url).content.decode()
    assert 'value="bergen"' not in html
    response = client.get(f"{catalogue.url}?municipality=bergen")
    assert response.status_code == 200
    assert counts(response, "municipality")["bergen"] == 0
    assert re.search(r'value="bergen"[^>]*checked', response.content.decode())
    assert titles(response) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("from=2015&to=2016", ["Groruddalen"]),  # ends in 2016
        ("from=2014", ["Seved", "Groruddalen", "Lindängen"]),  # Lindängen ends in 2014
        ("from=2015", ["Seved", "Groruddalen"]),
        ("from=2030", ["Seved"]),  # still running
        ("to=2011", ["Groruddalen"]),
        ("from=2013&to=2013", ["Groruddalen", "Lindängen"]),
        ("from=2017&to=2017&country=SE", ["Seved"]),
    ],
)
def test_the_period_finds_initiatives_whose_span_overlaps_it(client, catalogue, query, expected):
    response = client.get(f"{catalogue.url}?{query}")
    assert response.status_code == 200
    assert sorted(titles(response)) == sorted(expected)


def test_the_period_narrows_the_counts_too(client, catalogue):
    response = client.get(f"{catalogue.url}?from=2015")
    assert counts(response, "country") == {"NO": 1, "SE": 1}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=abc", "Enter the years as four digits between 1900 and 2100."),
        ("to=20x5", "Enter the years as four digits between 1900 and 2100."),
        ("from=99999", "Enter the years as four digits between 1900 and 2100."),
        ("from=%00", "Enter the years as four digits between 1900 and 2100."),
        ("from=2020&to=2010", "The period starts (2020) after it ends (2010)."),
    ],
)
def test_a_bad_period_is_explained_on_the_form_which_keeps_what_was_sent(client, catalogue, query, message):
    response = client.get(f"{catalogue.url}?{query}&country=SE")
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    assert sorted(titles(response)) == ["Lindängen", "Seved"]  # the other filters still apply
    if "2020" in query:
        assert 'name="from" id="id_from" value="2020"' in html


def test_newest_first_by_default_or_by_title(client, catalogue):
    assert titles(client.get(catalogue.url)) == ["Seved", "Lindängen", "Groruddalen"]
    assert titles(client.get(f"{catalogue.url}?sort=title")) == ["Groruddalen", "Lindängen", "Seved"]
    response = client.get(f"{catalogue.url}?sort=worst")
    assert response.status_code == 200 and "“worst”" in response.content.decode()


def test_titles_sort_as_the_language_does(client, site):
    index = InitiativeIndexPageFactory(parent=home_page("sv"))
    for title in ("Örebro", "Ängby", "Åby", "Zinkensdamm"):
        InitiativePageFactory(parent=index, title=title).save_revision().publish()
    assert titles(client.get(f"{index.url}?sort=title")) == ["Zinkensdamm", "Åby", "Ängby", "Örebro"]


def test_restricted_initiatives_are_neither_listed_nor_counted(client, catalogue):
    secret = InitiativePageFactory(parent=catalogue, title="Secret", country="NO")
    secret.municipalities.set([MunicipalityFactory(name="Tromsø", slug="tromso", country="NO")])
    secret.save_revision().publish()
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    response = client.get(catalogue.url)
    assert "Secret" not in titles(response)
    assert counts(response, "country") == {"NO": 1, "SE": 2}
    assert "tromso" not in counts(response, "municipality")


def test_the_form_filters_a_queryset_as_the_index_lists(client, catalogue):
    """Other pages (the map) give the form their own queryset: the same choices find the same pages."""
    for query in ("country=SE&theme=safety", "from=2015", "to=2011&theme=public-health", "municipality=oslo"):
        from django.http import QueryDict

        form = InitiativeFilterForm(QueryDict(query), locale_id=catalogue.locale_id)
        found = form.filter(InitiativePage.objects.child_of(catalogue).live())
        listed = titles(client.get(f"{catalogue.url}?{query}"))
        assert sorted(found.values_list("title", flat=True)) == sorted(listed), query


def test_the_form_works_without_javascript_and_keeps_one_live_region(client, catalogue):
    html = client.get(f"{catalogue.url}?country=SE").content.decode()
    assert re.search(r'<form class="listing-form" method="get" action="[^"]+" data-search-form>', html)
    assert html.count('aria-live="polite"') == 1
    assert 'type="submit"' in html
