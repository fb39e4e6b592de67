"""Content review in a real browser: axe WCAG 2.1 AA on the report (its filters, a bad filter),
the dashboard panel and the "Mark as reviewed" form (with an error too), in nb, sv and en; and
marking a page reviewed from the report shows the date to visitors."""

import pytest

from tests.browser.conftest import LIVE_ENV
from tests.browser.helpers import LANGUAGES
from tests.browser.test_accessibility import assert_no_violations
from tests.browser.test_insights import assert_no_violations_here
from tests.demo_site import manage

pytestmark = pytest.mark.browser

MAKE_OWNER = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
user, _ = get_user_model().objects.get_or_create(username="reviews-{lang}")
user.set_password("reviews-pw")
user.save()
user.groups.add(Group.objects.get(name="Editors"), Group.objects.get(name="Guide team"))
profile = UserProfile.get_for_user(user)
profile.preferred_language = "{lang}"
profile.save()
"""
DUE_PAGE = """
from reviews.models import ContentReview
from django.utils import timezone
review = ContentReview.objects.filter(
    page__locale__language_code="{lang}", owner__name="Guide team", review_by__lt=timezone.localdate()
).order_by("review_by").first()
print(review.page_id, review.page.url)
"""
REPORT = "/admin/reports/review-due/"
REVIEWED = {"nb": "Sist gjennomgått", "sv": "Granskad", "en": "Last reviewed"}
MARK = {"nb": "Merk som gjennomgått", "sv": "Markera som granskad", "en": "Mark as reviewed"}


def log_in(page, language):
    manage("shell", "-c", MAKE_OWNER.format(lang=language), env=LIVE_ENV)
    page.goto("/admin/login/")
    page.fill("input[name=username]", f"reviews-{language}")
    page.fill("input[name=password]", "reviews-pw")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def due_page(language):
    page_id, url = manage("shell", "-c", DUE_PAGE.format(lang=language), env=LIVE_ENV).split()[-2:]
    return int(page_id), url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_the_dashboard_and_the_form_have_no_wcag_violations(page, language):
    log_in(page, language)
    page_id, _url = due_page(language)
    assert page.locator("#reviews-due-section").is_visible()  # the dashboard shows the panel
    assert_no_violations(
        page,
        [
            "/admin/",
            REPORT,
            f"{REPORT}?state=overdue",
            f"{REPORT}?state=all&locale={language}",
            f"{REPORT}?owner=null",
            f"{REPORT}?owner=not-a-group",
            f"/admin/reviews/{page_id}/",
        ],
    )
    # the form with an error in it
    page.goto(f"/admin/reviews/{page_id}/")
    page.fill("input[name=next_review]", "31.02.2027")
    page.locator("#w-editor-form button[type=submit]").click()
    error = page.locator(".w-field--error .w-field__errors")
    error.wait_for()
    assert "2026-01-31" in error.inner_text()
    assert_no_violations_here(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_marking_a_page_reviewed_from_the_report_shows_the_date_to_visitors(new_page, page, language):
    log_in(page, language)
    page_id, url = due_page(language)
    page.goto(f"{REPORT}?state=overdue&locale={language}")
    page.locator(f'a[href^="/admin/reviews/{page_id}/"]').click()
    page.locator("#w-editor-form button[type=submit]").click()
    page.wait_for_url(lambda address: REPORT in address and "state=overdue" in address)
    assert page.locator(f'a[href^="/admin/reviews/{page_id}/"]').count() == 0  # no longer overdue
    visitor = new_page()
    visitor.goto(url)
    assert REVIEWED[language] in visitor.locator(".last-reviewed").inner_text()
