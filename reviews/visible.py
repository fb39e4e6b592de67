"""What visitors see: the day a page was last reviewed. A page read by core's router carries the
date from that same query (the `construct_served_page_queryset` hook); any other page reads it
once and keeps it in the cache, so a page costs one query at most and none while cached."""

from datetime import date

from django.core.cache import cache
from django.db.models import DateField, OuterRef, Subquery

from reviews.models import ContentReview

CACHE_SECONDS = 24 * 60 * 60
NEVER = "-"  # cached too, so a page never reviewed does not ask again
CARRIED = "reviews_last_reviewed"  # the annotation a routed page carries


def with_last_reviewed(pages):
    reviewed = ContentReview.objects.filter(page_id=OuterRef("pk")).values("last_reviewed")[:1]
    return pages.annotate(**{CARRIED: Subquery(reviewed, output_field=DateField())})


def cache_key(page_id):
    return f"reviews:last-reviewed:{page_id}"


def last_reviewed_on(page):
    if CARRIED in page.__dict__:
        return page.__dict__[CARRIED]
    cached = cache.get(cache_key(page.pk))
    if cached is None:
        day = ContentReview.objects.filter(page_id=page.pk).values_list("last_reviewed", flat=True).first()
        cached = day.isoformat() if day else NEVER
        cache.set(cache_key(page.pk), cached, CACHE_SECONDS)
    return None if cached == NEVER else date.fromisoformat(cached)


def forget_last_reviewed(page_id):
    cache.delete(cache_key(page_id))
