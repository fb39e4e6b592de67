"""Search insight records and page feedback for the demo (demo/content/<language>/insights.yaml),
so the reports are not empty on a new site. Each language's file is its own: visitors search in
their own words, not in translations. Loaded once: a site that has records already is left alone."""

from datetime import timedelta

import yaml
from django.utils import timezone

from demo.data import CONTENT, LANGUAGES
from insights.models import PageFeedback, SearchRecord


def read(lang):
    return yaml.safe_load((CONTENT / lang / "insights.yaml").read_text(encoding="utf-8"))


def load_insights(pages, locales):
    """Records made; `pages` are the nb pages by key, `locales` the Locale per language."""
    today = timezone.localdate()
    made = 0
    load_searches = not SearchRecord.objects.exists()
    load_feedback = not PageFeedback.objects.exists()
    for lang in LANGUAGES:
        document = read(lang)
        if load_searches:
            for row in document["searches"]:
                SearchRecord.objects.create(
                    day=today - timedelta(days=row["days_ago"]),
                    locale=lang,
                    query=row["query"],
                    filters=row.get("filters", ""),
                    searches=row["searches"],
                    results=row["results"],
                )
                made += 1
        if load_feedback:
            for row in document["feedback"]:
                page = pages[row["page"]].get_translation_or_none(locales[lang]) or pages[row["page"]]
                for _ in range(row.get("count", 1)):
                    PageFeedback.objects.create(
                        page=page,
                        locale=lang,
                        useful=row["useful"],
                        comment=row.get("comment", ""),
                        day=today - timedelta(days=row["days_ago"]),
                    )
                    made += 1
    return made
