"""Nothing moves once it is painted (cumulative layout shift 0): the phone's folded filters are in
their folded state from the first frame, and images reserve their box before their file arrives."""

import pytest

from tests.browser.helpers import page_urls

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# The shifts the page has made since it started loading, except those right after an input
# (the Layout Instability API leaves those out of CLS too).
LAYOUT_SHIFT = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  document.fonts.ready.then(() => setTimeout(() => resolve(total), 300));
})"""


def layout_shift(page, url):
    response = page.goto(url, wait_until="load")
    assert response.status == 200, f"{url} answered {response.status}"
    return page.evaluate(LAYOUT_SHIFT)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_no_page_type_shifts_after_it_is_painted(new_page, site_pages, viewport):
    page = new_page(**viewport)
    urls = [*page_urls(site_pages, "nb").values(), "/nb/search/?q=beboerne", "/nb/search/?kind=tip"]
    shifts = {url: layout_shift(page, url) for url in urls}
    assert {url: shift for url, shift in shifts.items() if shift > 0} == {}


def test_the_phone_filters_are_folded_from_the_first_frame(new_page):
    page = new_page(**PHONE)
    page.goto("/nb/search/?q=beboerne", wait_until="commit")
    page.wait_for_selector(".filters-toggle", state="visible")
    assert not page.locator("#filters").is_visible()
    assert page.locator(".filters-toggle").get_attribute("aria-expanded") == "false"
