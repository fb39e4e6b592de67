"""The map of initiatives by keyboard: from the initiative list to the map, Tab to a point (seen
focused, a target of at least 24 × 24 px) and follow it to that municipality's initiatives."""

import pytest

from tests.browser.helpers import tab_until

pytestmark = pytest.mark.browser

POINT_NAME = "document.activeElement.getAttribute('aria-label') || ''"


def test_tab_from_the_list_to_the_map_and_follow_a_point(page, site_pages):
    index = site_pages["nb"]["InitiativeIndexPage"][0]
    page.goto(f"{index}?country=NO")
    tab_until(page, lambda focused: focused["href"].startswith("/nb/map/"), what="the link to the map")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/nb/map/?country=NO")
    # The list's filters came along: only the Norwegian point is on the map.
    names = page.locator("a.initiative-map__point").evaluate_all(
        "(links) => links.map(l => l.getAttribute('aria-label'))"
    )
    assert names == ["Oslo: 1 eksempel"]

    focused = tab_until(page, lambda focused: "municipality=oslo" in focused["href"], what="the Oslo point")
    assert page.evaluate(POINT_NAME) == "Oslo: 1 eksempel"
    target = page.locator("a.initiative-map__point:focus .initiative-map__target").bounding_box()
    assert target["width"] >= 24 and target["height"] >= 24
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"{index}?country=NO&municipality=oslo" in page.url
    assert "Groruddalssatsingen" in page.locator(".initiative-list").inner_text()
    assert focused["tag"] == "a"


def test_every_point_on_the_map_is_in_the_list_below_it(page):
    page.goto("/sv/map/")
    points = page.locator("a.initiative-map__point").evaluate_all(
        "(links) => links.map(l => l.getAttribute('aria-label').split(':')[0]).sort()"
    )
    listed = sorted(
        page.locator(".place-list__place > h3").evaluate_all(
            "(headings) => headings.map(h => h.firstChild.textContent.trim())"
        )
    )
    assert points and points == listed
    page.screenshot(path=".cache/screenshots/map-sv.png", full_page=True)
