"""The advice a phase page gathers: its disclosure opens by keyboard without JavaScript, and the
page opened up still has no WCAG 2.1 AA violation, in every language."""

import pytest

from tests.browser.helpers import LANGUAGES
from tests.browser.test_accessibility import AXE, OPTIONS

pytestmark = pytest.mark.browser


def phase_with_more(page, site_pages, language):
    """The URL of a demo phase page whose advice folds some items away."""
    for url in site_pages[language]["PhasePage"]:
        page.goto(url)
        if page.locator("details.phase-advice__more").count():
            return url
    raise AssertionError(f"no {language} phase page gathers more than a few items of one kind")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rest_of_the_advice_opens_by_keyboard_without_javascript(new_page, site_pages, language):
    page = new_page(javascript=False)
    url = phase_with_more(page, site_pages, language)
    details = page.locator("details.phase-advice__more").first
    hidden_item = details.locator(".phase-advice__item").first
    assert not hidden_item.is_visible()
    details.locator("summary").focus()
    page.keyboard.press("Enter")
    assert hidden_item.is_visible()
    assert page.locator(f'a[href^="/{language}/search/?phase="]').count() >= 2, url


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_phase_page_with_its_advice_opened_has_no_wcag_violations(page, site_pages, language):
    url = phase_with_more(page, site_pages, language)
    page.goto(url)
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    page.evaluate("document.fonts.ready")
    found = AXE.run(page, options=OPTIONS).response["violations"]
    assert not found, [f"{url}: {violation['id']} {violation['help']}" for violation in found]
