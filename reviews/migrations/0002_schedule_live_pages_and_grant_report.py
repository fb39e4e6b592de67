"""Pages live before content review existed get a review date: their page type's interval after
their last publish (a page type's interval is a class attribute, so it is read from the current
model class; a type that no longer exists gets the default). Editors and Moderators (home/0004)
may read the report; the permission may not exist yet on a fresh database (post_migrate makes it
later), so it is made here by natural key."""

from datetime import timedelta

from django.apps import apps as current_apps
from django.db import migrations
from django.utils import timezone

DEFAULT_INTERVAL = timedelta(days=365)
REPORT_GROUPS = ["Editors", "Moderators"]


def interval_of(content_type):
    try:
        model = current_apps.get_model(content_type.app_label, content_type.model)
    except LookupError:
        return DEFAULT_INTERVAL
    return getattr(model, "review_interval", DEFAULT_INTERVAL)


def schedule_live_pages(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    ContentReview = apps.get_model("reviews", "ContentReview")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_types = {content_type.pk: content_type for content_type in ContentType.objects.all()}
    reviewed = ContentReview.objects.values("page_id")
    pages = Page.objects.filter(live=True, depth__gt=1, alias_of__isnull=True).exclude(pk__in=reviewed)
    reviews = []
    for page in pages.only("pk", "content_type_id", "last_published_at", "first_published_at"):
        published = page.last_published_at or page.first_published_at or timezone.now()
        due = timezone.localdate(published) + interval_of(content_types[page.content_type_id])
        reviews.append(ContentReview(page_id=page.pk, review_by=due))
    ContentReview.objects.bulk_create(reviews, batch_size=500)


def grant_report_permission(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="reviews", model="contentreview")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="view_contentreview", defaults={"name": "Can view content review"}
    )
    for group in Group.objects.filter(name__in=REPORT_GROUPS):
        group.permissions.add(permission)


def revoke_report_permission(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    chosen = Permission.objects.filter(content_type__app_label="reviews", codename="view_contentreview")
    for group in Group.objects.filter(name__in=REPORT_GROUPS):
        group.permissions.remove(*chosen)


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0001_content_review"),
        ("home", "0004_editorial_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(schedule_live_pages, migrations.RunPython.noop),
        migrations.RunPython(grant_report_permission, revoke_report_permission),
    ]
