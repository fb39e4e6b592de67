"""A page's first publish gives it a review date (its type's interval after publishing) and an
owner: the owner of the same page in another language, else of its nearest ancestor. Publishing
again is not a review: an existing date stays where it is. A saved or deleted review empties the
cached date visitors see (reviews.visible)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from core.cache import start_new_generation
from reviews.models import ContentReview, review_interval
from reviews.visible import forget_last_reviewed


def inherited_owner_id(page):
    owned = ContentReview.objects.filter(owner__isnull=False)
    same_page = (
        owned.filter(page__translation_key=page.translation_key)
        .exclude(page_id=page.pk)
        .values_list("owner_id", flat=True)
        .first()
    )
    if same_page:
        return same_page
    return (
        owned.filter(page__in=page.get_ancestors())
        .order_by("-page__depth")
        .values_list("owner_id", flat=True)
        .first()
    )


@receiver(page_published)
def schedule_first_review(sender, instance, **kwargs):
    if instance.alias_of_id or ContentReview.objects.filter(page_id=instance.pk).exists():
        return  # an alias shows another page's content; that page is the one reviewed
    published = timezone.localdate(instance.last_published_at or timezone.now())
    ContentReview.objects.get_or_create(
        page_id=instance.pk,
        defaults={
            "review_by": published + review_interval(instance),
            "owner_id": inherited_owner_id(instance),
        },
    )


@receiver(post_save, sender=ContentReview)
@receiver(post_delete, sender=ContentReview)
def forget_cached_date(sender, instance, **kwargs):
    forget_last_reviewed(instance.page_id)
    # Cached pages show the date too: a review is rare, so all of them start anew (core/pagecache.py).
    start_new_generation()
