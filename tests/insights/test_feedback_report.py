"""The page feedback report: yes and no per page and language, the comments, a period, CSV."""

from datetime import timedelta

import pytest
from django.utils import timezone

from insights.models import PageFeedback
from tests.content import home_page
from tests.insights.conftest import admin_in

pytestmark = pytest.mark.django_db

URL = "/admin/reports/page-feedback/"


@pytest.fixture
def answers(site):
    today = timezone.localdate()
    for language, useful, comment, days_ago in [
        ("nb", True, "", 0),
        ("nb", True, "", 1),
        ("nb", False, "Savner eksempler", 2),
        ("sv", False, "Svår att hitta", 0),
        ("en", True, "", 60),
    ]:
        PageFeedback.objects.create(
            page=home_page(language),
            locale=language,
            useful=useful,
            comment=comment,
            day=today - timedelta(days=days_ago),
        )
    return today


def csv_rows(response):
    return [line.split(",") for line in response.content.decode().strip().splitlines()]


def test_yes_and_no_are_counted_per_page_and_language(editor, answers):
    rows = csv_rows(editor.get(URL, {"export": "csv", "date_from": answers - timedelta(days=30)}))
    assert rows[0] == ["Page", "Language", "Useful", "Not useful"]
    titles = {language: home_page(language).title for language in ("nb", "sv")}
    assert [titles["sv"], "Svenska", "0", "1"] in rows
    assert [titles["nb"], "Norsk bokmål", "2", "1"] in rows
    assert len(rows) == 3  # the English answer is older than the period


def test_the_comments_are_listed_newest_first(editor, answers):
    html = editor.get(URL, {"show": "comments"}).content.decode()
    assert html.index("Svår att hitta") < html.index("Savner eksempler")
    rows = csv_rows(editor.get(URL, {"show": "comments", "export": "csv"}))
    assert rows[0] == ["Day", "Page", "Language", "Comment"]
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("language", "heading"), [("nb", "Ikke nyttig"), ("sv", "Inte till hjälp"), ("en", "Not useful")]
)
def test_the_report_speaks_the_admins_language(client, answers, language, heading):
    response = admin_in(client, "Moderators", language).get(URL)
    assert response.status_code == 200
    assert heading in response.content.decode()


def test_a_bad_period_is_refused_with_a_message(editor, answers):
    response = editor.get(URL, {"date_to": "yesterday"})
    assert response.status_code == 400
    assert "Enter a date as YYYY-MM-DD" in response.content.decode()


def test_only_editors_and_moderators_see_it(client, answers):
    assert admin_in(client, "Translators").get(URL).status_code == 403
    assert admin_in(client, "Editors", "sv").get(URL).status_code == 200
