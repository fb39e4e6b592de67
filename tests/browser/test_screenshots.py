"""Screenshots of the main page types at phone and desktop widths, for people to look at.
Written to .cache/screenshots/ (git-ignored)."""

import pytest

pytestmark = pytest.mark.browser

WIDTHS = {"mobile": (360, 740), "desktop": (1280, 900)}


def first(site_pages, language, model):
    urls = site_pages.get(language, {}).get(model) or []
    return urls[0] if urls else None


@pytest.mark.parametrize("width_name", WIDTHS)
def test_screenshots_of_the_main_page_types(new_page, site_pages, screenshots_dir, width_name):
    width, height = WIDTHS[width_name]
    targets = {
        "home": "/nb/",
        "phase": first(site_pages, "nb", "PhasePage"),
        "initiative": first(site_pages, "nb", "InitiativePage"),
        "search": "/nb/search/?q=beboerne&kind=tip",
    }
    page = new_page(width=width, height=height)
    taken = []
    for name, url in targets.items():
        if url is None:
            continue
        response = page.goto(url)
        assert response.status < 400, f"{url} answered {response.status}"
        page.evaluate("document.fonts.ready")
        path = screenshots_dir / f"{name}-{width_name}.png"
        page.screenshot(path=str(path), full_page=True)
        taken.append(path)
    assert taken and all(path.stat().st_size > 5_000 for path in taken)
