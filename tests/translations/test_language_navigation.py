"""A visitor switches language and stays on the same page, or learns it is not translated yet."""

import re

import pytest

from tests.translations.conftest import home, publish, translate_by_copy

pytestmark = pytest.mark.django_db


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav)[i][::-1] for i in range(3))


def main_lang(html):
    return re.search(r'<main\b[^>]*\blang="([\w-]+)"', html).group(1)


def test_switcher_links_to_the_same_page_in_each_translated_language(client, guide):
    links = switcher_links(client.get("/sv/faser/").content.decode())
    assert links["nb"] == "/nb/faser/"
    assert links["sv"] == "/sv/faser/"


def test_switcher_sends_to_the_fallback_url_where_the_translation_is_missing(client, guide):
    links = switcher_links(client.get("/nb/faser/").content.decode())
    assert links["en"] == "/en/faser/"


def test_untranslated_page_is_shown_with_a_notice_in_the_visitors_language(client, guide):
    response = client.get("/en/faser/")
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<html lang="en"[ >]', html)
    assert "This page is not yet available in English." in html
    assert main_lang(html) == "nb"
    assert "Fem faser" in html


def test_untranslated_notice_is_itself_translated(client, site):
    from guide.models import PhaseGuidePage

    page = publish(home("nb").add_child(instance=PhaseGuidePage(title="Faser", slug="faser")))
    translate_by_copy(page, "en", title="Phases")
    html = client.get("/sv/faser/").content.decode()
    assert "Den här sidan finns inte på svenska ännu." in html
    assert main_lang(html) == "nb"


def test_translated_page_has_no_notice_and_its_own_lang(client, guide):
    html = client.get("/sv/faser/").content.decode()
    assert "not yet available" not in html
    assert "finns inte på svenska" not in html
    assert main_lang(html) == "sv"


def test_fallback_url_redirects_once_a_translation_with_its_own_slug_is_published(client, guide):
    translate_by_copy(guide, "en", title="Phases", slug="phases")
    response = client.get("/en/faser/")
    assert response.status_code == 302
    assert response["Location"] == "/en/phases/"
    assert switcher_links(client.get("/nb/faser/").content.decode())["en"] == "/en/phases/"


def test_draft_translation_is_not_shown_to_visitors(client, guide):
    draft = guide.copy_for_translation(home("en").locale)
    draft.title = "Phases (draft)"
    draft.save_revision()
    html = client.get("/en/faser/").content.decode()
    assert "Phases (draft)" not in html
    assert "This page is not yet available in English." in html


def test_unknown_path_is_still_a_404_in_the_visitors_language(client, guide):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_head_links_every_live_translation_and_x_default(client, guide):
    html = client.get("/sv/faser/").content.decode()
    assert '<link rel="canonical" href="http://testserver/sv/faser/">' in html
    assert '<link rel="alternate" hreflang="nb" href="http://testserver/nb/faser/">' in html
    assert '<link rel="alternate" hreflang="sv" href="http://testserver/sv/faser/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/nb/faser/">' in html
    assert 'hreflang="en"' not in html.split("</head>")[0]


def test_fallback_page_is_canonical_to_its_source(client, guide):
    html = client.get("/en/faser/").content.decode()
    assert '<link rel="canonical" href="http://testserver/nb/faser/">' in html


def test_home_page_lists_all_three_languages_as_alternates(client, site):
    head = client.get("/en/").content.decode().split("</head>")[0]
    for code in ("nb", "sv", "en", "x-default"):
        assert f'hreflang="{code}"' in head


def test_switcher_on_the_search_page_keeps_the_query(client, site):
    links = switcher_links(client.get("/sv/search/?q=trygghet").content.decode())
    assert links["nb"] == "/nb/search/?q=trygghet"
    assert links["en"] == "/en/search/?q=trygghet"


def test_switcher_on_a_404_page_offers_the_same_address_in_the_other_languages(client, site):
    links = switcher_links(client.get("/en/no-such-page/").content.decode())
    assert links["sv"] == "/sv/no-such-page/"


def test_a_page_that_answers_404_itself_is_not_replaced_by_its_source(client, site, monkeypatch):
    from django.http import Http404

    from guide.models import PhaseGuidePage

    page = publish(home("nb").add_child(instance=PhaseGuidePage(title="Faser", slug="faser")))
    translate_by_copy(page, "en", title="Phases")

    def not_found(self, request, *args, **kwargs):
        raise Http404

    monkeypatch.setattr(PhaseGuidePage, "serve", not_found)
    assert client.get("/en/faser/").status_code == 404


def test_a_translation_behind_a_view_restriction_is_not_named_to_the_public(client, guide):
    """The switcher and hreflang links are the same for every visitor: a restricted translation's
    address stays out; its language gets the public source at the fallback URL instead."""
    from wagtail.models import PageViewRestriction

    english = translate_by_copy(guide, "en", title="Internal guide", slug="internal-guide")
    PageViewRestriction.objects.create(page=english, restriction_type="password", password="secret")
    html = client.get("/nb/faser/").content.decode()
    assert switcher_links(html)["en"] == "/en/faser/"
    assert "internal-guide" not in html
    assert 'hreflang="en"' not in html.split("</head>")[0]
    fallback = client.get("/en/faser/")
    assert fallback.status_code == 200
    assert "internal-guide" not in fallback.content.decode()
