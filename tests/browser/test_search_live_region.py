"""Screen readers hear the new result count when a filter or the sort order changes on the search
page: the count is the page's one polite live region, and search.js keeps that node in the
document and only updates its text (a live region that is replaced is never announced)."""

import re

import pytest

pytestmark = pytest.mark.browser

SEARCH = "/nb/search/?q=beboerne"
LIVE_REGIONS = "[role=status], [role=alert], [role=log], [aria-live]"

# Marks the live region and records whether it ever leaves the document (by itself or with an
# ancestor) from now on.
WATCH_LIVE_REGION = """() => {
  const region = document.querySelector("[role=status]");
  region.liveRegionMark = "kept";
  window.liveRegionDetached = false;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) {
        if (node === region || (node.contains && node.contains(region))) window.liveRegionDetached = true;
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}"""

LIVE_REGION_STATE = """(selector) => {
  const regions = document.querySelectorAll(selector);
  const region = document.querySelector("[role=status]");
  return {
    count: regions.length,
    kept: Boolean(region && region.liveRegionMark === "kept"),
    detached: window.liveRegionDetached,
    politeness: region && region.getAttribute("aria-live"),
    text: region && region.textContent.trim(),
  };
}"""


def live_region(page):
    return page.evaluate(LIVE_REGION_STATE, LIVE_REGIONS)


def server_count(new_page, url):
    """The count the server renders for `url`, read with JavaScript off."""
    page = new_page(javascript=False)
    page.goto(url)
    assert page.locator(LIVE_REGIONS).count() == 1, f"{url} must have exactly one live region"
    return page.locator("[role=status]").inner_text().strip()


def updated_in_place(page, change):
    """Do `change` and wait until search.js has put the fresh results in place (the filters around
    the count are new nodes then)."""
    page.evaluate("document.querySelector('.filters').stale = true")
    change()
    page.wait_for_function("() => !document.querySelector('.filters').stale")


def assert_one_kept_region(page, text):
    state = live_region(page)
    assert state["count"] == 1, f"exactly one live region on the page, found {state['count']}"
    assert state["kept"], "the live region must be the same node as before the change"
    assert not state["detached"], "the live region must never leave the document"
    assert state["politeness"] == "polite"
    assert state["text"] == text


def test_the_result_count_is_one_live_region_that_is_updated_not_replaced(new_page, screenshots_dir):
    page = new_page()
    page.goto(SEARCH)
    page.evaluate("document.fonts.ready")
    page.screenshot(path=str(screenshots_dir / "search-live-region-before.png"), full_page=True)
    before = live_region(page)["text"]
    assert before == server_count(new_page, SEARCH)
    assert re.match(r"\d+", before) and not before.startswith("0")
    page.evaluate(WATCH_LIVE_REGION)

    # Choose a facet as a user does: the results narrow in place and the count follows.
    updated_in_place(page, page.locator('input[name="kind"][value="tip"]').click)
    assert "kind=tip" in page.url
    narrowed = live_region(page)["text"]
    assert narrowed == server_count(new_page, page.url)
    assert int(re.match(r"\d+", narrowed).group()) < int(re.match(r"\d+", before).group())
    assert_one_kept_region(page, narrowed)
    kinds = {text.strip().lower() for text in page.locator(".search-hit__kind").all_inner_texts()}
    assert len(kinds) == 1, f"the results around the count are replaced too: only tips, got {kinds}"
    assert page.evaluate("document.activeElement.value") == "tip", "focus stays on the chosen facet"
    page.evaluate("document.fonts.ready")
    page.screenshot(path=str(screenshots_dir / "search-live-region-after.png"), full_page=True)

    # Another sort order: same count, still the same single live region.
    updated_in_place(page, lambda: page.locator("#search-sort").select_option("newest"))
    assert "sort=newest" in page.url
    assert_one_kept_region(page, narrowed)
    assert page.evaluate("document.activeElement.id") == "search-sort", "focus stays on the sort order"

    # Back in history twice: the count of the unfiltered search comes back in the same region.
    updated_in_place(page, page.go_back)
    assert "kind=tip" in page.url and "sort=" not in page.url
    assert_one_kept_region(page, narrowed)
    updated_in_place(page, page.go_back)
    assert page.url.endswith(SEARCH)
    assert_one_kept_region(page, before)
