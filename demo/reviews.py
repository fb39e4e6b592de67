"""Content review for the demo (demo/content/<language>/reviews.yaml): owner groups for each part
of the site and review dates counted from the day of loading, some overdue, some due soon, some
reviewed, so the report and the dashboard are not empty on a new site. Each language's pages are
reviewed on their own, so each language has its own file. Loaded once: a site where any page has
an owner already is left alone."""

from datetime import timedelta

import yaml
from django.contrib.auth.models import Group
from django.utils import timezone

from demo.data import CONTENT, LANGUAGES
from reviews.models import ContentReview, review_interval


def read(lang):
    return yaml.safe_load((CONTENT / lang / "reviews.yaml").read_text(encoding="utf-8"))


def load_reviews(pages, sections, locales):
    """Reviews changed; `pages` are the nb pages by key, `sections` lists of them by name."""
    if ContentReview.objects.filter(owner__isnull=False).exists():
        return 0
    today = timezone.localdate()
    changed = 0
    for lang in LANGUAGES:
        document = read(lang)
        for group_name, keys in document["owners"].items():
            owner, _ = Group.objects.get_or_create(name=group_name)
            for key in keys:
                for page in sections.get(key) or [pages[key]]:
                    changed += update(page, locales[lang], owner=owner)
        for row in document["pages"]:
            fields = {}
            if "reviewed_days_ago" in row:
                fields["last_reviewed"] = today - timedelta(days=row["reviewed_days_ago"])
                fields["review_by"] = fields["last_reviewed"] + review_interval(pages[row["page"]])
            if "due_in_days" in row:
                fields["review_by"] = today + timedelta(days=row["due_in_days"])
            changed += update(pages[row["page"]], locales[lang], **fields)
    return changed


def update(source_page, locale, **fields):
    """Set `fields` on the review of `source_page` in `locale`, if that language has the page."""
    page = source_page.get_translation_or_none(locale)
    if page is None:
        return 0
    review = ContentReview.objects.filter(page_id=page.pk).first()
    if review is None:
        review = ContentReview(page_id=page.pk, review_by=timezone.localdate() + review_interval(page))
    for name, value in fields.items():
        setattr(review, name, value)
    review.save()
    return 1
