"""The admin dashboard shows owners the pages of their groups that are due for review."""

import pytest

from tests.reviews.conftest import admin_user, logged_in

pytestmark = pytest.mark.django_db

HEADING = "Your pages due for review"


def test_owners_see_their_groups_due_pages_only(client, editor_in_guide_team, pages):
    html = logged_in(client, editor_in_guide_team).get("/admin/").content.decode()
    assert HEADING in html
    panel = html[html.index('id="reviews-due-section"') :]
    assert pages["overdue"].title in panel and pages["soon"].title in panel
    for other in ("examples_soon", "orphan", "later"):
        assert pages[other].title not in panel
    assert f'href="/admin/reviews/{pages["overdue"].pk}/?next=/admin/"' in panel
    assert "/admin/reports/review-due/?owner=" in panel


def test_superusers_see_every_due_page(client, pages):
    html = logged_in(client, admin_user("boss", superuser=True)).get("/admin/").content.decode()
    for key in ("overdue", "soon", "examples_soon", "orphan"):
        assert pages[key].title in html
    assert pages["later"].title not in html


def test_no_panel_for_a_user_whose_groups_own_nothing_due(client, pages):
    html = logged_in(client, admin_user("plain-editor", ["Editors"])).get("/admin/").content.decode()
    assert HEADING not in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("nb", "Dine sider som skal gjennomgås"),
        ("sv", "Dina sidor att granska"),
        ("en", HEADING),
    ],
)
def test_the_panel_speaks_the_admins_language(client, pages, teams, language, heading):
    user = admin_user(f"owner-{language}", ["Editors", teams["guide"]], language=language)
    response = logged_in(client, user).get("/admin/")
    assert response.status_code == 200
    assert heading in response.content.decode()
