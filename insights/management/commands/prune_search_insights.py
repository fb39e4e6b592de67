"""Delete search records older than SEARCH_INSIGHTS_MONTHS (default 13) months; the worker runs it
with its other scheduled jobs (operations/worker.py)."""

from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from insights.models import SearchRecord


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier, or that month's last day when it has none."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")


class Command(BaseCommand):
    help = "Delete search insight records older than SEARCH_INSIGHTS_MONTHS months (default 13)."

    def handle(self, *args, verbosity=1, **options):
        cutoff = months_before(timezone.localdate(), settings.SEARCH_INSIGHTS_MONTHS)
        deleted, _ = SearchRecord.objects.filter(day__lt=cutoff).delete()
        if verbosity >= 1:
            self.stdout.write(f"Search insights: {deleted} records from before {cutoff} deleted.")
