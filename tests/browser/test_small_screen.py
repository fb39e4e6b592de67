"""On a 360×740 phone nothing scrolls sideways, and the menu and the filters work."""

import re

import pytest

from tests.browser.helpers import horizontal_overflow, page_urls

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}


@pytest.mark.parametrize("language", ["nb", "sv"])
def test_no_page_type_scrolls_sideways_on_a_phone(new_page, site_pages, language):
    page = new_page(**PHONE)
    urls = list(page_urls(site_pages, language).values()) + [f"/{language}/search/?q=plan&kind=tip"]
    overflowing = {}
    for url in urls:
        page.goto(url)
        page.evaluate("document.fonts.ready")
        if horizontal_overflow(page) > 0:
            overflowing[url] = horizontal_overflow(page)
    assert not overflowing, f"pages wider than the screen (px too wide): {overflowing}"


def test_menu_folds_behind_a_button_and_opens_on_a_phone(new_page):
    page = new_page(**PHONE)
    page.goto("/nb/")
    menu = page.locator("#site-menu")
    toggle = page.locator(".menu-toggle")
    assert toggle.is_visible()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    guide = menu.locator('a[href="/nb/faser/"]')
    assert guide.is_visible()
    box = guide.bounding_box()
    assert box["height"] >= 44, "menu links are big enough to tap"
    guide.click()
    page.wait_for_url("**/nb/faser/")


def test_menu_closes_with_escape_and_gives_focus_back_to_its_button(new_page):
    page = new_page(**PHONE)
    page.goto("/nb/")
    page.locator(".menu-toggle").click()
    page.locator("#site-menu a").first.focus()
    page.keyboard.press("Escape")
    assert not page.locator("#site-menu").is_visible()
    assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")


def test_search_filters_open_from_a_button_and_narrow_the_results_on_a_phone(new_page):
    page = new_page(**PHONE)
    page.goto("/nb/search/?q=beboerne")
    results = page.locator(".search-hits")
    assert results.is_visible() and results.bounding_box()["y"] < 740, "results come first on a phone"
    tip = page.locator('input[name="kind"][value="tip"]')
    assert not tip.is_visible()
    page.locator(".filters-toggle").click()
    assert tip.is_visible()
    tip.check()
    page.wait_for_url(re.compile(r"kind=tip"))
    kinds = {text.strip() for text in page.locator(".search-hit__kind").all_inner_texts()}
    assert len(kinds) == 1, f"only tips are left, got {kinds}"
    assert horizontal_overflow(page) == 0


def test_initiative_filters_work_on_a_phone(new_page, site_pages):
    page = new_page(**PHONE)
    index = page_urls(site_pages, "nb")["InitiativeIndexPage"]
    page.goto(index)
    page.locator(".filters-toggle").click()
    page.locator('input[name="country"][value="SE"]').check()
    with page.expect_navigation():
        page.locator(".filters button[type=submit]").click()
    assert "country=SE" in page.url
    # search.js may still be swapping in the results it fetched on the change: wait for them
    page.locator(".initiative-card").first.wait_for(state="visible")
    assert page.locator(".initiative-card").count() >= 1
    assert horizontal_overflow(page) == 0
