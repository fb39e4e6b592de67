"""The report of content due for review: overdue and soon-due pages per owner, not the pages due
later, filters, CSV export, bad input and who may see it."""

import re

import pytest

from tests.reviews.conftest import admin_user, logged_in

pytestmark = pytest.mark.django_db

URL = "/admin/reports/review-due/"


@pytest.fixture
def editor(client, editor_in_guide_team):
    return logged_in(client, editor_in_guide_team)


def csv_rows(response):
    return [line.split(",") for line in response.content.decode().strip().splitlines()]


def test_the_report_lists_overdue_and_soon_due_pages_per_owner(editor, pages):
    html = editor.get(URL).content.decode()
    for key in ("overdue", "soon", "examples_soon", "orphan"):
        edit_link = rf'<a href="/admin/pages/{pages[key].pk}/edit/">\s*{pages[key].title}\s*</a>'
        assert re.search(edit_link, html)
        assert f'href="/admin/reviews/{pages[key].pk}/?next=' in html
    assert pages["later"].title not in html
    # per owner (no owner last), soonest first within an owner
    order = [html.index(pages[key].title) for key in ("examples_soon", "overdue", "soon", "orphan")]
    assert order == sorted(order)
    assert "Overdue" in html and "Due soon" in html


def test_the_csv_names_owner_date_and_state(editor, pages):
    rows = csv_rows(editor.get(URL, {"export": "csv"}))
    assert rows[0] == [
        "Page",
        "Language",
        "Owner",
        "Review by",
        "Status",
        "Last reviewed",
        "Last reviewed by",
        "Edit in the admin",
    ]
    by_page = {row[0]: row for row in rows[1:]}
    assert set(by_page) == {pages[key].title for key in ("overdue", "soon", "examples_soon", "orphan")}
    overdue = by_page[pages["overdue"].title]
    assert overdue[1:3] == ["English", "Guide team"]  # each language named in its own language
    assert overdue[4] == "Overdue"
    assert overdue[7].endswith(f"/admin/pages/{pages['overdue'].pk}/edit/")
    assert by_page[pages["orphan"].title][2] == "No owner"


def test_one_owner_or_no_owner_can_be_chosen(editor, pages, teams):
    html = editor.get(URL, {"owner": teams["guide"].pk}).content.decode()
    assert pages["overdue"].title in html and pages["soon"].title in html
    assert pages["examples_soon"].title not in html and pages["orphan"].title not in html
    html = editor.get(URL, {"owner": "null"}).content.decode()
    assert pages["orphan"].title in html and pages["overdue"].title not in html


def test_overdue_only_soon_only_or_every_page(editor, pages):
    overdue = editor.get(URL, {"state": "overdue"}).content.decode()
    assert pages["overdue"].title in overdue and pages["soon"].title not in overdue
    soon = editor.get(URL, {"state": "soon"}).content.decode()
    assert pages["soon"].title in soon and pages["overdue"].title not in soon
    every = editor.get(URL, {"state": "all"}).content.decode()
    assert pages["later"].title in every


def test_a_language_can_be_chosen(editor, pages):
    assert pages["overdue"].title not in editor.get(URL, {"locale": "nb"}).content.decode()
    assert pages["overdue"].title in editor.get(URL, {"locale": "en"}).content.decode()


@pytest.mark.parametrize(
    "query", [{"owner": "abc"}, {"owner": "999999"}, {"state": "someday"}, {"locale": "de"}]
)
def test_a_bad_filter_is_refused_with_a_message(editor, pages, query):
    response = editor.get(URL, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert '<span role="alert">' in html and "Select a valid choice" in html
    assert "Correct the filters to see the pages." in html
    assert pages["overdue"].title not in html  # never every page instead


def test_only_pages_the_user_may_edit_are_listed(client, tools_only_editor, pages):
    html = logged_in(client, tools_only_editor).get(URL).content.decode()
    assert pages["examples_soon"].title in html
    assert pages["overdue"].title not in html


def test_unpublished_pages_are_left_out(editor, pages):
    pages["overdue"].unpublish()
    assert pages["overdue"].title not in editor.get(URL).content.decode()


def test_the_report_is_for_editors_and_moderators(client, pages):
    assert logged_in(client, admin_user("translator", ["Translators"])).get(URL).status_code == 403
    assert logged_in(client, admin_user("moderator", ["Moderators"])).get(URL).status_code == 200


def test_the_reports_menu_offers_it_to_editors(editor, pages):
    assert URL in editor.get("/admin/").content.decode()


@pytest.mark.parametrize(
    ("language", "heading", "overdue"),
    [
        ("nb", "Innhold som skal gjennomgås", "Forfalt"),
        ("sv", "Innehåll att granska", "Försenad"),
        ("en", "Content due for review", "Overdue"),
    ],
)
def test_the_report_speaks_the_admins_language(client, pages, language, heading, overdue):
    user = admin_user(f"editor-{language}", ["Editors"], language=language)
    response = logged_in(client, user).get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert heading in html and overdue in html
    csv = logged_in(client, user).get(URL, {"export": "csv"}).content.decode()
    assert overdue in csv
