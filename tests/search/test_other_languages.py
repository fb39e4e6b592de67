"""A search with no hits in the visitor's language says how many it finds in the other languages,
in the visitor's language, and links to that search there (the page and the API)."""

import re

import pytest

from search.engines.embedded import EmbeddedEngine
from tests.search.conftest import item_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(site):
    """Two Norwegian tips about Kvistmyra, one Swedish one about a trygghetsvandring; nothing in English."""
    EmbeddedEngine().rebuild(
        {
            "nb": [
                item_document(1, "nb", text="Snakk med folk på Kvistmyra.", phase=["3"]),
                item_document(2, "nb", text="Kvistmyra fikk en ny park.", phase=["1"]),
            ],
            "sv": [item_document(3, "sv", text="En trygghetsvandring i Kvistmyra.", phase=["3"])],
            "en": [item_document(4, "en", text="Residents met in the park.")],
        }
    )


def hint(client, language, **params):
    html = client.get(f"/{language}/search/", params).content.decode()
    found = re.search(r'<p class="ds-paragraph search-empty__elsewhere">(.*?)</p>', html, re.S)
    return found.group(1).strip() if found else None


def test_nothing_in_norwegian_links_to_the_swedish_search(client, indexed):
    assert hint(client, "nb", q="trygghetsvandring") == (
        'Ingen treff på norsk. <a class="ds-link" href="/sv/search/?q=trygghetsvandring" hreflang="sv">'
        "1 treff på svensk</a>"
    )


def test_nothing_in_swedish_counts_the_norwegian_hits(client, indexed):
    assert hint(client, "sv", q="park") == (
        'Inga träffar på svenska. <a class="ds-link" href="/nb/search/?q=park" hreflang="nb">'
        "1 träff på norska</a>, "
        '<a class="ds-link" href="/en/search/?q=park" hreflang="en">1 träff på engelska</a>'
    )


def test_nothing_in_english_lists_each_language_with_its_count_and_keeps_the_filters(client, indexed):
    assert hint(client, "en", q="kvistmyra", phase="3") == (
        'No results in English. <a class="ds-link" href="/nb/search/?q=kvistmyra&amp;phase=3" hreflang="nb">'
        '1 result in Norwegian</a>, <a class="ds-link" href="/sv/search/?q=kvistmyra&amp;phase=3" '
        'hreflang="sv">1 result in Swedish</a>'
    )
    assert "2 results in Norwegian" in hint(client, "en", q="kvistmyra")


def test_no_hint_when_there_are_hits_here_or_nowhere(client, indexed):
    assert hint(client, "nb", q="kvistmyra") is None
    assert hint(client, "nb", q="finnesikke") is None


def test_the_api_returns_the_other_languages_counts_only_when_nothing_is_found(client, indexed):
    empty = client.get("/api/search/", {"q": "kvistmyra", "locale": "en"}).json()
    found = client.get("/api/search/", {"q": "kvistmyra", "locale": "nb"}).json()

    assert empty["total"] == 0
    assert empty["other_locales"] == [{"locale": "nb", "total": 2}, {"locale": "sv", "total": 1}]
    assert found["other_locales"] == []
