"""The insights in a real browser: "Was this page useful?" inline with JavaScript and as plain
forms without it (on pages from the page cache, which carry no CSRF token), and axe WCAG 2.1 AA on
the feedback form, its step page and both admin reports."""

import pytest

from tests.browser.conftest import LIVE_ENV
from tests.browser.helpers import LANGUAGES
from tests.browser.test_accessibility import AXE, OPTIONS, WAGTAILS_OWN, assert_no_violations
from tests.demo_site import manage

pytestmark = pytest.mark.browser

MAKE_EDITOR = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
user, _ = get_user_model().objects.get_or_create(username="insights-{lang}")
user.set_password("insights-pw")
user.save()
user.groups.add(Group.objects.get(name="Editors"))
profile = UserProfile.get_for_user(user)
profile.preferred_language = "{lang}"
profile.save()
"""
REPORTS = [
    "/admin/reports/search-insights/",
    "/admin/reports/search-insights/?show=no-results",
    "/admin/reports/search-insights/?show=languages",
    "/admin/reports/search-insights/?show=filters",
    "/admin/reports/search-insights/?date_from=not-a-date",
    "/admin/reports/page-feedback/",
    "/admin/reports/page-feedback/?show=comments",
]
THANKS = {"nb": "Takk for svaret!", "sv": "Tack för ditt svar!", "en": "Thank you for your answer!"}
NO = {"nb": "Nei", "sv": "Nej", "en": "No"}
SEND = {"nb": "Send", "sv": "Skicka", "en": "Send"}


def log_in(page, language):
    manage("shell", "-c", MAKE_EDITOR.format(lang=language), env=LIVE_ENV)
    page.goto("/admin/login/")
    page.fill("input[name=username]", f"insights-{language}")
    page.fill("input[name=password]", "insights-pw")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_reports_have_no_wcag_violations(page, language):
    log_in(page, language)
    assert_no_violations(page, REPORTS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_and_a_comment_inline_with_javascript(page, language):
    page.goto(f"/{language}/")
    page.goto(f"/{language}/")  # the page cache's copy: the script fetches a CSRF token first
    box = page.locator("#page-feedback")
    box.get_by_role("button", name=NO[language], exact=True).click()
    comment = box.locator("textarea")
    comment.wait_for(state="visible")
    assert page.url.endswith(f"/{language}/")  # no reload: the form opened in place
    assert_no_violations_here(page)
    comment.fill("https://example.org")
    box.get_by_role("button", name=SEND[language]).click()
    box.locator("#page-feedback-error").wait_for(state="visible")
    assert comment.input_value() == "https://example.org"  # kept for the visitor to correct
    comment.fill("Mangler et eksempel" if language == "nb" else "Example missing")
    box.get_by_role("button", name=SEND[language]).click()
    box.get_by_text(THANKS[language]).wait_for()
    assert not comment.is_visible()


def assert_no_violations_here(page):
    found = AXE.run(page, context=WAGTAILS_OWN, options=OPTIONS).response["violations"]
    assert not found, [violation["id"] for violation in found]


def test_yes_without_javascript_comes_back_with_thanks(new_page, page):
    plain = new_page(javascript=False, locale="sv-SE")
    plain.goto("/sv/")
    plain.goto("/sv/")  # the page cache's copy, without a CSRF token
    plain.locator("#page-feedback").get_by_role("button", name="Ja", exact=True).click()
    # The answer's own step, with a token: one more press sends it.
    plain.wait_for_url("**/sv/feedback/answer/?page=*&useful=yes")
    step = plain.url.split("/sv/", 1)[1]
    plain.locator("#page-feedback").get_by_role("button", name=SEND["sv"]).click()
    plain.wait_for_url("**/sv/?feedback=thanks#page-feedback")
    assert THANKS["sv"] in plain.locator("#page-feedback").inner_text()
    # axe runs as a script: it checks the thanks in a page with JavaScript (the server renders it)
    assert_no_violations(page, ["/sv/?feedback=thanks", f"/sv/{step}", f"/sv/{step.replace('yes', 'no')}"])
