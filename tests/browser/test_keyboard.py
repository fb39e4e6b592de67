"""A person with only a keyboard can do everything: the journey from the home page through the
phase guide to an initiative, into Swedish, through a filtered search to a tip and back."""

import re

import pytest

from tests.browser.helpers import FOCUS_IS_VISIBLE, FOCUSED, tab_until

pytestmark = pytest.mark.browser


def press_enter_and_wait(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content(page):
    page.goto("/nb/")
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert focused["href"] == "#main"
    assert page.evaluate(FOCUS_IS_VISIBLE)
    skip_link = page.locator(".ds-skip-link")
    box = skip_link.bounding_box()
    assert box and box["width"] > 20 and box["y"] >= 0, "the skip link must be seen when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues inside the main content, not in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)")


def test_focus_is_never_trapped_tab_reaches_the_footer_and_leaves_the_page(page, site_pages):
    page.goto(site_pages["nb"]["InitiativePage"][0])
    tab_until(page, lambda focused: "/feed/" in focused["href"], limit=250, what="the footer's feed link")
    # One more Tab leaves the document (focus returns to the browser): nothing holds it back.
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    assert "/feed/" in page.evaluate(FOCUSED)["href"]


def test_keyboard_journey_from_home_through_the_guide_to_a_tip_in_swedish(page):
    page.goto("/nb/")

    # Home → the phase guide, through the main menu.
    tab_until(page, lambda f: f["href"].rstrip("/").endswith("/nb/faser"), what="the phase guide link")
    press_enter_and_wait(page)
    assert page.url.endswith("/nb/faser/")

    # Phase guide → phase 1.
    tab_until(page, lambda f: f["href"].startswith("/nb/faser/") and f["text"].startswith("1"), what="phase")
    press_enter_and_wait(page)
    assert page.locator("h1").inner_text() == "Kunnskapsgrunnlag"

    # Phase 1 → "next" → phase 2.
    tab_until(page, lambda f: f["rel"] == "next", what="the link to the next phase")
    press_enter_and_wait(page)
    assert page.locator('.phase-stepper [aria-current="step"]').inner_text().startswith("2")

    # Phase 2 → an initiative it illustrates.
    tab_until(
        page, lambda f: re.fullmatch(r"/nb/eksempler/[^/]+/", f["href"]) is not None, what="an initiative"
    )
    press_enter_and_wait(page)
    norwegian_initiative = page.url

    # Switch to Swedish: the same initiative, translated.
    tab_until(page, lambda f: f["hreflang"] == "sv", what="the Swedish language link")
    press_enter_and_wait(page)
    assert re.search(r"/sv/exempel/[^/]+/$", page.url), page.url
    assert page.locator("html").get_attribute("lang") == "sv"
    back_to_norwegian = page.locator('.language-switcher a[hreflang="nb"]').get_attribute("href")
    assert norwegian_initiative.endswith(back_to_norwegian), "the Swedish page is the same initiative"

    # Search in Swedish.
    tab_until(page, lambda f: f["href"] == "/sv/search/", what="the search link")
    press_enter_and_wait(page)
    tab_until(page, lambda f: f["id"] == "search-q", what="the search field")
    page.keyboard.type("boende")
    press_enter_and_wait(page)
    assert "q=boende" in page.url

    # Choose a facet (tips) with the space bar; the results follow.
    tab_until(page, lambda f: f["name"] == "kind" and f["value"] == "tip", what="the facet 'tip'")
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"kind=tip"))
    assert page.evaluate("document.activeElement.value") == "tip", "focus stays on the chosen facet"
    count = page.locator(".result-count").inner_text()
    assert re.match(r"\d+", count) and not count.startswith("0")
    results_url = page.url

    # Open a tip; it is shown at its anchor on its initiative.
    tab_until(page, lambda f: "#tip-" in f["href"], what="a tip in the results")
    press_enter_and_wait(page)
    anchor = page.url.split("#")[1]
    assert page.locator(f"#{anchor}").is_visible()

    # Come back: the filtered results are as they were.
    page.go_back()
    page.wait_for_url(results_url)
    assert page.locator('input[name="kind"][value="tip"]').is_checked()
