"""Which reviews a user is shown: those of live pages they can edit, due by a day or overdue,
ordered per owner (pages without an owner last), then by date."""

from datetime import timedelta

from django.db.models import F
from django.utils import timezone
from wagtail.permission_policies.pages import PagePermissionPolicy

from reviews.models import SOON_DAYS, ContentReview, ReviewState


def reviews_for(user):
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return ContentReview.objects.filter(page__live=True, page__in=editable.values("pk")).select_related(
        "page", "page__locale", "owner", "last_reviewed_by"
    )


def in_state(reviews, state):
    """`state`: a ReviewState, or "due" (overdue or due soon); anything else keeps every review."""
    today = timezone.localdate()
    soon = today + timedelta(days=SOON_DAYS)
    if state == ReviewState.OVERDUE:
        return reviews.filter(review_by__lt=today)
    if state == ReviewState.SOON:
        return reviews.filter(review_by__gte=today, review_by__lte=soon)
    if state == ReviewState.LATER:
        return reviews.filter(review_by__gt=soon)
    if state == "due":
        return reviews.filter(review_by__lte=soon)
    return reviews


def per_owner(reviews):
    return reviews.order_by(F("owner__name").asc(nulls_last=True), "review_by", "page__title", "pk")
