"""Inline definitions by keyboard and without JavaScript, and axe on pages that show them."""

import pytest

from tests.browser.helpers import FOCUSED, tab_until
from tests.browser.test_accessibility import AXE, OPTIONS, assert_no_violations

pytestmark = pytest.mark.browser

GRORUD = "/nb/eksempler/groruddalssatsingen/"  # its texts use several demo terms


def test_a_definition_opens_and_closes_by_keyboard_and_is_read_in_place(page):
    page.goto(GRORUD)
    focused = tab_until(
        page,
        lambda f: f["tag"] == "button" and f["text"].casefold().startswith("område"),
        limit=200,
        what="the first glossary term",
    )
    button = page.locator("button.glossary-term__toggle:focus")
    definition = page.locator(f"#{button.get_attribute('aria-controls')}")
    assert button.get_attribute("aria-expanded") == "false"
    assert not definition.is_visible()

    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert definition.is_visible()
    assert "samordnet innsats i et bestemt boområde" in definition.inner_text()
    assert page.evaluate(FOCUSED)["text"] == focused["text"]  # focus stays on the term

    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not definition.is_visible()
    page.keyboard.press("Space")
    assert definition.is_visible()


def test_without_javascript_a_term_links_to_its_glossary_entry(new_page):
    page = new_page(javascript=False)
    page.goto(GRORUD)
    link = page.locator("dfn a.glossary-term__toggle").first
    href = link.get_attribute("href")
    assert href.startswith("/nb/glossary/#")
    with page.expect_navigation():
        link.click()
    entry = page.locator(f"#{href.split('#')[1]}")
    assert entry.is_visible()
    assert entry.locator("dfn").inner_text()


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_the_glossary_has_no_wcag_violations(page, language):
    assert_no_violations(page, [f"/{language}/glossary/"])


def test_an_initiative_with_an_open_definition_has_no_wcag_violations(page):
    page.goto(GRORUD)
    buttons = page.locator("button.glossary-term__toggle")
    assert buttons.count() >= 2
    for index in range(buttons.count()):
        buttons.nth(index).click()
    found = AXE.run(page, options=OPTIONS).response["violations"]  # the page as it is, definitions open
    assert not found, [(violation["id"], violation["nodes"][0]["target"]) for violation in found]
