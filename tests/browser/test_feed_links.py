"""Following a list from the search page: when a filter is chosen in place (search.js), the feed
named in the head and the visible "Follow this list" link follow the new selection, and the feed
answers as Atom."""

import pytest

from tests.browser.test_search_live_region import SEARCH, updated_in_place

pytestmark = pytest.mark.browser


def feed_links(page):
    head = page.locator("link[data-list-feed]").get_attribute("href")
    visible = page.locator('main a.ds-link[type="application/atom+xml"]').get_attribute("href")
    return head, visible


def test_the_search_feed_follows_a_filter_chosen_in_place(new_page):
    page = new_page()
    page.goto(SEARCH)
    head, visible = feed_links(page)
    assert head == visible == "/nb/feed/search/?q=beboerne"
    title = page.locator("link[data-list-feed]").get_attribute("title")

    updated_in_place(page, page.locator('input[name="kind"][value="tip"]').click)
    head, visible = feed_links(page)
    assert head == visible == "/nb/feed/search/?q=beboerne&kind=tip"
    narrowed = page.locator("link[data-list-feed]").get_attribute("title")
    assert "“beboerne”" in narrowed and narrowed != title

    response = page.request.get(head)
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    assert "<entry" in response.text()
