"""The bulk PO exchange admin view (translations/exchange_views.py) has no WCAG 2.1 AA violation,
in each admin language, before and after an upload."""

import io
import zipfile

import pytest

from tests.browser.conftest import LIVE_ENV
from tests.browser.helpers import LANGUAGES
from tests.browser.test_accessibility import AXE, OPTIONS, assert_no_violations
from tests.demo_site import manage

pytestmark = pytest.mark.browser

PASSWORD = "axe-exchange-pw"
CREATE_USERS = f"""
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile
for code in {list(LANGUAGES)!r}:
    user, _ = get_user_model().objects.get_or_create(username="axe-" + code)
    user.is_superuser = user.is_staff = True
    user.set_password({PASSWORD!r})
    user.save()
    UserProfile.objects.filter(pk=UserProfile.get_for_user(user).pk).update(preferred_language=code)
"""


@pytest.fixture(scope="module")
def admin_users(live_site):
    manage("shell", "-c", CREATE_USERS, env=LIVE_ENV)


def log_in(page, code):
    """The admin's own login form, as a translator signs in."""
    page.goto("/admin/login/")
    page.fill("input[name=username]", f"axe-{code}")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def archive_with_a_bad_file():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("broken.po", 'msgid "x"\nmsgstr "unterminated\n')
    return buffer.getvalue()


@pytest.mark.parametrize("language", LANGUAGES)
def test_exchange_view_has_no_wcag_violations(page, admin_users, language):
    log_in(page, language)
    url = "/admin/translation-status/exchange/"
    assert_no_violations(page, [url, "/admin/translation-status/"])
    assert page.locator("html").get_attribute("lang") == language

    # After an upload: the file's outcome listed with its name and reason.
    page.goto(url)
    page.set_input_files(
        "#id_archive",
        {"name": "filled.zip", "mimeType": "application/zip", "buffer": archive_with_a_bad_file()},
    )
    with page.expect_navigation():
        page.click("form[enctype] button[type=submit]")
    assert "broken.po" in page.locator(".exchange-rejected").inner_text()
    found = AXE.run(page, options=OPTIONS).response["violations"]
    assert not found, [f"{item['id']}: {item['help']}" for item in found]
