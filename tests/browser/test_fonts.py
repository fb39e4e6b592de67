"""The self-hosted Inter loads, and text does not move when it arrives: the fallback font is
stretched to Inter's metrics."""

import pytest

pytestmark = pytest.mark.browser

LAYOUT = """() => ['h1', '.lead', 'main h2', '.site-footer'].map(selector => {
  const box = document.querySelector(selector).getBoundingClientRect();
  return {selector, top: Math.round(box.top + window.scrollY), height: Math.round(box.height)};
})"""


def test_inter_is_served_from_the_site_itself(page):
    fonts = []
    page.on("response", lambda response: fonts.append(response) if ".woff2" in response.url else None)
    page.goto("/nb/")
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('16px Inter')")
    assert fonts and all(response.url.startswith(page.url.split("/nb/")[0]) for response in fonts)
    assert all(response.status == 200 for response in fonts)


def test_text_stays_in_place_when_the_web_font_arrives(new_page):
    without_font = new_page()
    without_font.route("**/*.woff2", lambda route: route.abort())
    without_font.goto("/nb/")
    fallback = without_font.evaluate(LAYOUT)

    with_font = new_page()
    with_font.goto("/nb/")
    with_font.evaluate("document.fonts.ready")
    assert with_font.evaluate("document.fonts.check('16px Inter')")
    final = with_font.evaluate(LAYOUT)

    for before, after in zip(fallback, final, strict=True):
        allowed = max(6, 0.03 * after["top"])
        assert abs(before["top"] - after["top"]) <= allowed, (before, after)
        assert abs(before["height"] - after["height"]) <= max(6, 0.1 * after["height"]), (before, after)
