"""Marking a page reviewed: no new revision and no publish, a date visitors see, a next review
date and an owner the editor may change, a clear 400 for bad input and a 403 for users who
cannot edit the page."""

from datetime import timedelta

import pytest
from django.utils import formats, timezone, translation
from wagtail.models import PageLogEntry

from reviews.models import ContentReview
from tests.reviews.conftest import admin_user, logged_in

pytestmark = pytest.mark.django_db


def url(page, **query):
    from urllib.parse import urlencode

    return f"/admin/reviews/{page.pk}/" + (f"?{urlencode(query)}" if query else "")


def review_of(page):
    return ContentReview.objects.get(page_id=page.pk)


@pytest.fixture
def editor(client, editor_in_guide_team):
    return logged_in(client, editor_in_guide_team)


def test_marking_reviewed_makes_no_revision_and_needs_no_publish(editor, editor_in_guide_team, pages):
    page = pages["overdue"]
    revisions, published_at = page.revisions.count(), page.last_published_at
    latest_revision = page.latest_revision_id

    response = editor.post(url(page), {"owner": page.content_review.owner_id, "next_review": ""})

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.revisions.count() == revisions
    assert (page.last_published_at, page.latest_revision_id) == (published_at, latest_revision)
    assert not page.has_unpublished_changes
    review = review_of(page)
    today = timezone.localdate()
    assert (review.last_reviewed, review.last_reviewed_by) == (today, editor_in_guide_team)
    assert review.review_by == today + timedelta(days=182)  # a phase page's interval


def test_visitors_see_the_day_it_was_reviewed(editor, client, pages):
    page = pages["overdue"]
    assert "Last reviewed" not in client.get(page.url).content.decode()
    editor.post(url(page), {"next_review": ""})
    editor.logout()
    html = client.get(page.url).content.decode()
    today = timezone.localdate()
    with translation.override("en"):
        shown = formats.date_format(today)
    assert f'Last reviewed: <time datetime="{today.isoformat()}">{shown}</time>' in html


def test_the_editor_may_choose_the_owner_and_the_next_review_date(editor, pages, teams):
    page = pages["overdue"]
    next_review = timezone.localdate() + timedelta(days=60)
    editor.post(url(page), {"owner": teams["examples"].pk, "next_review": next_review.isoformat()})
    review = review_of(page)
    assert (review.owner, review.review_by) == (teams["examples"], next_review)


def test_a_post_without_an_owner_field_keeps_the_owner(editor, pages, teams):
    editor.post(url(pages["soon"]))
    assert review_of(pages["soon"]).owner == teams["guide"]


def test_the_page_history_tells_who_marked_it_reviewed(editor, editor_in_guide_team, pages):
    editor.post(url(pages["overdue"]), {"next_review": ""})
    entry = PageLogEntry.objects.get(page=pages["overdue"], action="reviews.mark_reviewed")
    assert entry.user == editor_in_guide_team
    history = editor.get(f"/admin/pages/{pages['overdue'].pk}/history/").content.decode()
    assert "Marked as reviewed; next review by" in history


def test_the_editor_goes_back_where_they_came_from_but_never_off_the_site(editor, pages):
    report = "/admin/reports/review-due/?state=overdue"
    assert editor.post(url(pages["overdue"], next=report)).url == report
    elsewhere = editor.post(url(pages["soon"], next="https://evil.example/"))
    assert elsewhere.url == f"/admin/pages/{pages['soon'].pk}/edit/"


def test_a_page_without_a_review_gets_one_when_marked(editor, pages):
    page = pages["later"]
    ContentReview.objects.filter(page_id=page.pk).delete()
    page = type(page).objects.get(pk=page.pk)
    assert editor.get(url(page)).status_code == 200
    editor.post(url(page), {"next_review": ""})
    assert review_of(page).last_reviewed == timezone.localdate()


@pytest.mark.parametrize(
    ("next_review", "message"),
    [
        ("31.02.2027", "Enter a date as YYYY-MM-DD"),
        ("tomorrow", "Enter a date as YYYY-MM-DD"),
        ((timezone.localdate() - timedelta(days=1)).isoformat(), "The next review must be after today."),
        ((timezone.localdate() + timedelta(days=3000)).isoformat(), "must be within 5 years"),
    ],
)
def test_a_bad_next_review_date_is_refused_with_a_message(editor, pages, next_review, message):
    before = review_of(pages["overdue"])
    response = editor.post(url(pages["overdue"]), {"next_review": next_review})
    assert response.status_code == 400
    assert message in response.content.decode()
    after = review_of(pages["overdue"])
    assert (after.review_by, after.last_reviewed) == (before.review_by, before.last_reviewed)


def test_an_unknown_owner_is_refused_with_a_message(editor, pages):
    response = editor.post(url(pages["overdue"]), {"owner": "999999", "next_review": ""})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_an_unknown_page_is_not_found(editor, pages):
    # (the locale middleware first tries the address under /nb/, as for any unknown address)
    assert editor.get("/admin/reviews/999999/", follow=True).status_code == 404
    assert editor.post("/admin/reviews/999999/", follow=True).status_code == 404


def test_a_user_who_cannot_edit_the_page_cannot_mark_it(client, outsider, tools_only_editor, pages):
    page = pages["overdue"]
    for user in (outsider, tools_only_editor):
        logged_in(client, user)
        assert client.get(url(page)).status_code == 403
        assert client.post(url(page), {"next_review": ""}).status_code == 403
    assert review_of(page).last_reviewed is None
    # the tool editor may mark the tools they edit
    assert client.post(url(pages["examples_soon"]), {"next_review": ""}).status_code == 302


def test_the_page_header_and_listing_offer_mark_as_reviewed_to_editors_only(client, editor, outsider, pages):
    page = pages["overdue"]
    assert f'href="/admin/reviews/{page.pk}/' in editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    listing = editor.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert f'href="/admin/reviews/{page.pk}/' in listing
    logged_in(client, outsider)
    assert (
        f"/admin/reviews/{page.pk}/"
        not in client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    )


@pytest.mark.parametrize(
    ("language", "button", "owner_label"),
    [
        ("nb", "Merk som gjennomgått", "Eier"),
        ("sv", "Markera som granskad", "Ägare"),
        ("en", "Mark as reviewed", "Owner"),
    ],
)
def test_the_form_speaks_the_admins_language(client, pages, teams, language, button, owner_label):
    user = admin_user(f"editor-{language}", ["Editors", teams["guide"]], language=language)
    response = logged_in(client, user).get(url(pages["overdue"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert button in html and owner_label in html
    assert pages["overdue"].title in html
