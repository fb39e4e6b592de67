"""axe-core finds no WCAG 2.2 A/AA violation on any page type in any language, on a desktop and
on a phone, in the search states and on the 404 page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.helpers import DESKTOP_WIDTH, LANGUAGES, PHONE_WIDTH, WCAG_21_AA, WCAG_22_AA, page_urls
from tests.demo_site import REPO

pytestmark = pytest.mark.browser

# axe-core from the npm registry (package.json), newer than the copy axe-playwright-python bundles.
AXE = Axe(axe_script=(REPO / "node_modules" / "axe-core" / "axe.min.js").read_text())
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
PUBLIC = {"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]}
# Wagtail's own report header button (its export button's aria-label is not its visible text, which
# axe-core 4.14 flags) is Wagtail's to fix; everything of ours on the admin views is checked.
WAGTAILS_OWN = {"exclude": [[".w-slim-header-action-button"]]}
WIDTHS = pytest.mark.parametrize("width", [DESKTOP_WIDTH, PHONE_WIDTH], ids=["desktop", "phone"])


def violations(page, url, options=OPTIONS):
    response = page.goto(url)
    assert response.status < 500, f"{url} answered {response.status}"
    page.evaluate("document.fonts.ready")
    results = AXE.run(page, context=WAGTAILS_OWN, options=options).response["violations"]
    return [
        f"{url}: {violation['id']} ({violation['impact']}) {violation['help']} – "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:3])
        for violation in results
    ]


def assert_no_violations(page, urls, options=OPTIONS):
    found = [problem for url in urls for problem in violations(page, url, options)]
    assert not found, "\n".join(found)


@WIDTHS
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_wcag_violations(new_page, site_pages, language, width):
    assert_no_violations(new_page(width=width), page_urls(site_pages, language).values(), PUBLIC)


@WIDTHS
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_with_filters_chosen_and_with_no_results_has_no_wcag_violations(new_page, language, width):
    assert_no_violations(
        new_page(width=width),
        [
            f"/{language}/search/?q=plan",
            f"/{language}/search/?q=plan&kind=tip&kind=challenge&country=NO",
            f"/{language}/search/?evidence=documented&evidence=evaluated",
            f"/{language}/search/?q=xyzzyqwerty",
            f"/{language}/search/?q=plan&page=999",
        ],
        PUBLIC,
    )


@WIDTHS
@pytest.mark.parametrize("language", LANGUAGES)
def test_filtered_initiative_list_has_no_wcag_violations(new_page, site_pages, language, width):
    page = new_page(width=width)
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
        PUBLIC,
    )


@WIDTHS
@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_has_no_wcag_violations_and_speaks_the_language(new_page, language, width):
    page = new_page(width=width)
    response = page.goto(f"/{language}/no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == language
    assert_no_violations(page, [f"/{language}/no-such-page/"], PUBLIC)


@WIDTHS
@pytest.mark.parametrize("language", LANGUAGES)
def test_initiatives_with_figures_and_contacts_and_the_email_page_have_no_wcag_violations(
    new_page, site_pages, language, width
):
    page = new_page(width=width)
    initiatives = site_pages[language]["InitiativePage"]
    assert_no_violations(page, initiatives, PUBLIC)
    with_table = [
        url for url in initiatives if page.goto(url) and page.locator("table.figures-table").count()
    ]
    assert with_table, f"no {language} initiative shows results in figures"
    page.goto(with_table[0])
    # The page never scrolls sideways: the table scrolls inside its own region on a phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    reveal = page.locator('a[rel="nofollow"][href*="/contact/email/"]').first.get_attribute("href")
    assert_no_violations(page, [reveal], PUBLIC)
