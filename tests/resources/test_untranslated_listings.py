"""A page with no translation into the visitor's language is listed anyway (initiatives, tools,
study trips) and found by search: in its own language (`lang`), marked with it, linked at its
fallback URL; it leaves once the translation is published."""

import re

import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from core.untranslated import IN_LANGUAGE
from tests.content import home_page, translate
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db


def published(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def label(code, visitor):
    with translation.override(visitor):
        return str(IN_LANGUAGE[code])


def cards(html):
    """(lang, href, title) of each card's heading."""
    return re.findall(
        r'<h2 class="ds-heading"(?: lang="(\w+)")?><a class="ds-link" href="([^"]+)">([^<]+)</a>', html
    )


INDEXES = [
    (InitiativeIndexPageFactory, InitiativePageFactory, "eksempler"),
    (ToolIndexPageFactory, ToolPageFactory, "verktoy"),
    (StudyTripIndexPageFactory, StudyTripPageFactory, "studieturer"),
]


@pytest.mark.parametrize(("index_factory", "page_factory", "slug"), INDEXES)
@pytest.mark.parametrize("visitor", ["sv", "en"])
def test_an_untranslated_page_is_listed_in_its_language_until_translated(
    client, site, index_factory, page_factory, slug, visitor
):
    index = index_factory(parent=home_page("nb"), slug=slug)
    translated_index = translate(index, visitor)
    both = published(page_factory(parent=index, title="Oversatt", slug="oversatt"))
    translate(both, visitor)
    only_nb = published(page_factory(parent=index, title="Bare på norsk", slug="bare-norsk"))

    html = client.get(translated_index.url).content.decode()
    fallback = f"/{visitor}/{slug}/bare-norsk/"
    assert ("nb", fallback, "Bare på norsk") in cards(html)
    assert ("", f"{translated_index.url}oversatt/", "Oversatt") in cards(html)  # its own, once
    assert len(cards(html)) == 2
    assert label("nb", visitor) in html
    assert client.get(fallback).status_code == 200  # the URL the site serves it at

    translation_of_it = translate(only_nb, visitor)
    html = client.get(translated_index.url).content.decode()
    assert ("", translation_of_it.url, "Bare på norsk") in cards(html)
    assert 'lang="nb"' not in html.split("<main", 1)[1]


def test_the_norwegian_index_lists_a_page_only_written_in_swedish(client, site):
    swedish = InitiativeIndexPageFactory(parent=home_page("sv"), slug="exempel")
    norwegian = translate(swedish, "nb")
    published(InitiativePageFactory(parent=swedish, title="Seved", slug="seved"))
    html = client.get(norwegian.url).content.decode()
    assert cards(html) == [("sv", "/nb/exempel/seved/", "Seved")]
    assert label("sv", "nb") in html


def test_untranslated_pages_are_counted_and_filtered_like_the_others(client, site):
    index = InitiativeIndexPageFactory(parent=home_page("nb"), slug="eksempler")
    english = translate(index, "en")
    published(InitiativePageFactory(parent=index, title="Norsk", country="NO"))
    published(InitiativePageFactory(parent=english, title="English", country="SE"))
    html = client.get(f"{english.url}?country=NO").content.decode()
    assert [title for _lang, _href, title in cards(html)] == ["Norsk"]
    assert re.search(r'value="SE"[^>]*>\s*<label[^>]*>[^<]*<span class="facet-count">\(1', html)


def test_a_restricted_untranslated_page_is_not_listed(client, site):
    index = ToolIndexPageFactory(parent=home_page("nb"), slug="verktoy")
    english = translate(index, "en")
    secret = published(ToolPageFactory(parent=index, title="Hemmelig"))
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert cards(client.get(english.url).content.decode()) == []


def test_a_search_hit_in_another_language_is_marked(client, site):
    index = ToolIndexPageFactory(parent=home_page("nb"), slug="verktoy")
    translate(index, "en")
    published(
        ToolPageFactory(
            parent=index, title="Kartlegging", slug="kartlegging", summary="Møteplassene i bydelen."
        )
    )
    html = client.get("/en/search/?q=møteplassene").content.decode()
    assert re.search(
        r'<h3 class="ds-heading search-hit__title" lang="nb">'
        r'<a class="ds-link" href="/en/verktoy/kartlegging/">',
        html,
    )
    assert "In Norwegian" in html
    assert re.search(r'search-hit__snippet" lang="nb"', html)
