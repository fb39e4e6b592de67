""" "Show e-mail address": a small page, reached through a signed link, that shows a contact's
address to a person who asks; never to robots, never from a draft or restricted page, never cached,
and not many times in a row from one client."""

import re

import pytest
from django.core import signing
from wagtail.models import PageViewRestriction

from core.contacts import TOKEN_SALT, reveal_url
from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory

pytestmark = pytest.mark.django_db

EMAIL = "omradesprogram@malmo.example"
CONTACT = {"name": "", "role": "Koordinator", "organisation": "Malmö stad", "email": EMAIL, "phone": ""}
FORGED = {
    "nb": "Denne lenken til en e-postadresse er ikke gyldig.",
    "sv": "Den här länken till en e-postadress är inte giltig.",
    "en": "This link to an e-mail address is not valid.",
}
TOO_MANY = {
    "nb": "Du har bedt om mange e-postadresser på kort tid.",
    "sv": "Du har bett om många e-postadresser på kort tid.",
    "en": "You have asked for many e-mail addresses in a short time.",
}


def initiative(language="en", **fields):
    index = InitiativeIndexPageFactory(parent=home_page(language))
    return InitiativePageFactory(parent=index, contacts=[("contact", CONTACT)], **fields)


def show_link(client, page):
    html = client.get(page.url).content.decode()
    return re.search(r'href="(/\w\w/contact/email/[^"]+/)" rel="nofollow"', html)[1]


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_following_the_link_shows_the_address_as_a_mailto_link_not_for_robots(client, site, language):
    page = initiative(language)
    response = client.get(show_link(client, page))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<a class="ds-link" href="mailto:{EMAIL}" rel="nofollow">{EMAIL}</a>' in html
    assert "Koordinator, Malmö stad" in html and f'href="{page.url}"' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_public_page_cache_never_keeps_the_address(client, site, settings):
    settings.PAGE_CACHE_SECONDS = 600  # on, as in production
    link = show_link(client, initiative())
    first, second = client.get(link), client.get(link)
    assert second.status_code == 200 and second.get("X-Page-Cache", "") != "hit"
    assert "public" not in first["Cache-Control"] and "s-maxage" not in first["Cache-Control"]


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_a_forged_or_broken_token_is_refused_with_a_message(client, site, language):
    page = initiative(language)
    genuine = show_link(client, page).split("/")[-2]
    forged = signing.dumps({"page": page.pk, "contact": "x"}, salt=TOKEN_SALT, key="not the site's key")
    for token in (forged, genuine[:-3] + "abc", "nonsense"):
        response = client.get(f"/{language}/contact/email/{token}/")
        assert response.status_code == 400
        assert FORGED[language] in response.content.decode() and EMAIL not in response.content.decode()


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_too_many_requests_from_one_client_get_429(client, site, settings, language):
    settings.CONTACT_REVEAL_RATE_LIMIT = "3/m"
    link = show_link(client, initiative(language))
    assert [client.get(link).status_code for _ in range(3)] == [200, 200, 200]
    response = client.get(link)
    assert response.status_code == 429 and TOO_MANY[language] in response.content.decode()
    assert EMAIL not in response.content.decode()


def test_nothing_is_revealed_from_a_draft_page(client, site):
    page = initiative(live=False)
    response = client.get(reveal_url(page.pk, page.contacts[0].id))
    assert response.status_code == 404 and EMAIL not in response.content.decode()


def test_nothing_is_revealed_from_a_page_behind_a_view_restriction(client, site):
    page = initiative()
    link = reveal_url(page.pk, page.contacts[0].id)
    PageViewRestriction.objects.create(page=page.get_parent(), restriction_type="password", password="x")
    response = client.get(link)
    assert response.status_code == 404 and EMAIL not in response.content.decode()


def test_a_contact_only_in_a_draft_of_a_live_page_is_not_revealed(client, site):
    page = initiative()
    draft = page.get_latest_revision_as_object()
    draft.contacts = [("contact", {**CONTACT, "email": "draft@malmo.example"})]
    revision = draft.save_revision()
    draft_id = revision.as_object().contacts[0].id
    response = client.get(reveal_url(page.pk, draft_id))
    assert response.status_code == 404 and "draft@malmo.example" not in response.content.decode()


def test_robots_txt_keeps_crawlers_away_from_the_addresses(client, site):
    text = client.get("/robots.txt").content.decode()
    for language in ("nb", "sv", "en"):
        assert f"Disallow: /{language}/contact/" in text
