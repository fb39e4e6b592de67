"""axe-core finds no WCAG 2.1 A/AA violation on any page type in any language."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.helpers import LANGUAGES, WCAG_21_AA, page_urls

pytestmark = pytest.mark.browser

AXE = Axe()
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}


def violations(page, url):
    response = page.goto(url)
    assert response.status < 500, f"{url} answered {response.status}"
    page.evaluate("document.fonts.ready")
    results = AXE.run(page, options=OPTIONS).response["violations"]
    return [
        f"{url}: {violation['id']} ({violation['impact']}) {violation['help']} – "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:3])
        for violation in results
    ]


def assert_no_violations(page, urls):
    found = [problem for url in urls for problem in violations(page, url)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_wcag_violations(page, site_pages, language):
    assert_no_violations(page, page_urls(site_pages, language).values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_with_filters_chosen_and_with_no_results_has_no_wcag_violations(page, language):
    assert_no_violations(
        page,
        [
            f"/{language}/search/?q=plan",
            f"/{language}/search/?q=plan&kind=tip&kind=challenge&country=NO",
            f"/{language}/search/?evidence=documented&evidence=evaluated",
            f"/{language}/search/?q=xyzzyqwerty",
            f"/{language}/search/?q=plan&page=999",
        ],
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtered_initiative_list_has_no_wcag_violations(page, site_pages, language):
    index = page_urls(site_pages, language)["InitiativeIndexPage"]
    tools = page_urls(site_pages, language)["ToolIndexPage"]
    assert_no_violations(
        page,
        [
            f"{index}?country=SE",
            f"{index}?country=NO&theme=no-such-theme",
            f"{index}?evidence=documented",
            f"{tools}?evidence=practice&evidence=proven",
        ],
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_has_no_wcag_violations_and_speaks_the_language(page, language):
    response = page.goto(f"/{language}/no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == language
    assert_no_violations(page, [f"/{language}/no-such-page/"])


def test_pages_have_no_wcag_violations_on_a_phone(new_page, site_pages):
    page = new_page(width=360, height=740)
    urls = page_urls(site_pages, "nb")
    assert_no_violations(page, [urls["HomePage"], urls["PhasePage"], urls["InitiativePage"], urls["Search"]])
