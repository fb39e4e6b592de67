"""With JavaScript off, search with facets and the language switcher still work."""

import re

import pytest

from tests.browser.helpers import page_urls

pytestmark = pytest.mark.browser


def test_search_with_facets_works_without_javascript(new_page):
    page = new_page(javascript=False)
    page.goto("/nb/search/")
    page.locator("#search-q").fill("beboerne")
    with page.expect_navigation():
        page.locator(".search-box button[type=submit]").click()
    everything = int(re.match(r"\d+", page.locator(".result-count").inner_text()).group())
    assert everything > 0

    page.locator('input[name="kind"][value="tip"]').check()
    with page.expect_navigation():
        page.locator(".filters button[type=submit]").click()
    assert "kind=tip" in page.url and "q=beboerne" in page.url
    narrowed = int(re.match(r"\d+", page.locator(".result-count").inner_text()).group())
    assert 0 < narrowed < everything
    assert page.locator('input[name="kind"][value="tip"]').is_checked()
    kinds = {text.strip().lower() for text in page.locator(".search-hit__kind").all_inner_texts()}
    assert len(kinds) == 1, f"only tips are left, got {kinds}"


def test_filters_and_menu_are_all_there_on_a_phone_without_javascript(new_page):
    page = new_page(width=360, height=740, javascript=False)
    page.goto("/nb/search/?q=beboerne")
    assert page.locator("#site-menu").is_visible()
    assert page.locator('input[name="kind"][value="tip"]').is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_language_switcher_lands_on_the_translated_page_without_javascript(new_page, site_pages):
    page = new_page(javascript=False)
    page.goto(page_urls(site_pages, "nb")["PhasePage"])
    with page.expect_navigation():
        page.locator('.language-switcher a[hreflang="sv"]').click()
    assert page.url.endswith(page_urls(site_pages, "sv")["PhasePage"])
    assert page.locator("html").get_attribute("lang") == "sv"
    with page.expect_navigation():
        page.locator('.language-switcher a[hreflang="en"]').click()
    assert page.url.endswith(page_urls(site_pages, "en")["PhasePage"])
