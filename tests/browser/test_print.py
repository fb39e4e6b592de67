"""Phase pages and initiatives print cleanly: no navigation, link targets written out, items numbered."""

import pytest

from tests.browser.helpers import page_urls

pytestmark = pytest.mark.browser


def printed(page, url):
    page.goto(url)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")


@pytest.mark.parametrize("page_type", ["PhasePage", "InitiativePage"])
def test_printout_has_no_navigation(page, site_pages, page_type):
    printed(page, page_urls(site_pages, "nb")[page_type])
    for chrome in [".site-header", ".site-footer", ".site-breadcrumbs", ".ds-skip-link", ".phase-pager"]:
        assert page.locator(chrome).count() == 0 or not page.locator(chrome).first.is_visible(), chrome
    assert page.locator("h1").is_visible()


def test_printout_writes_out_where_links_go(page, site_pages):
    printed(page, page_urls(site_pages, "nb")["PhasePage"])
    link = page.locator(".resources a[href^='/nb/']").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert "http://127.0.0.1" in after and link.get_attribute("href") in after


def test_printout_numbers_the_items(page, site_pages):
    printed(page, page_urls(site_pages, "nb")["PhasePage"])
    styles = page.evaluate(
        "[...document.querySelectorAll('main ul:not(.tag-list):not(.meta-list):not(.tags)')]"
        ".map(list => getComputedStyle(list).listStyleType)"
    )
    assert styles and all(style in {"decimal", "lower-alpha"} for style in styles), styles
    step = page.locator(".process-steps__step").first
    assert "counter(step)" in step.evaluate("li => getComputedStyle(li, '::before').content")


def test_phase_page_prints_to_a_pdf(page, site_pages, screenshots_dir):
    page.goto(page_urls(site_pages, "nb")["PhasePage"])
    pdf = page.pdf(path=str(screenshots_dir / "phase-print.pdf"), format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
