"""Recording public searches for the search insights report.

Each search adds one to the counter of its (day, language, words, filters) row: one UPDATE, or an
INSERT the first time that day, in its own savepoint. Nothing about the visitor is read but the
user agent, and only to leave robots out; it is never stored. A failure is logged and the search
answers as if nothing happened.
"""

import logging
import re
import unicodedata

from crawleruseragents import is_crawler
from django.db import IntegrityError, transaction
from django.db.models import F
from django.dispatch import receiver
from django.utils import timezone

from insights.models import FILTERS_LENGTH, QUERY_LENGTH, SearchRecord
from search.signals import search_done

logger = logging.getLogger(__name__)
SPACES = re.compile(r"\s+")


def normalise(text: str, length: int = QUERY_LENGTH) -> str:
    """Lowercased, control characters dropped, runs of whitespace folded into one space, bounded."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in text)
    return SPACES.sub(" ", text).strip().lower()[:length].strip()


def filters_key(filters: dict) -> str:
    """The chosen filters as sorted "facet=value" pairs joined by "&", bounded."""
    pairs = sorted(
        f"{facet}={normalise(value, 100)}" for facet, values in filters.items() for value in values
    )
    key = ""
    for pair in pairs:  # whole pairs only, so a bounded key never ends in half a value
        if len(key) + len(pair) + 1 > FILTERS_LENGTH:
            break
        key = f"{key}&{pair}" if key else pair
    return key


def is_robot(request) -> bool:
    """crawler-user-agents' maintained list of robots; every browser names itself, so a request
    with no user agent at all is a script too."""
    agent = request.META.get("HTTP_USER_AGENT", "").strip()
    return not agent or is_crawler(agent)


def counted(query) -> bool:
    """A visitor's search: words or filters, on its first page (turning pages is the same search)."""
    return bool(query.text.strip() or query.filters) and query.page == 1


def record(*, locale: str, text: str, filters: dict, total: int, day=None) -> None:
    key = {
        "day": day or timezone.localdate(),
        "locale": locale,
        "query": normalise(text),
        "filters": filters_key(filters),
    }
    with transaction.atomic():
        if SearchRecord.objects.filter(**key).update(searches=F("searches") + 1, results=total):
            return
        try:
            with transaction.atomic():
                SearchRecord.objects.create(**key, searches=1, results=total)
        except IntegrityError:  # another request made the row in between
            SearchRecord.objects.filter(**key).update(searches=F("searches") + 1, results=total)


@receiver(search_done, dispatch_uid="insights.record_search")
def record_search(sender, request, query, total, **kwargs):
    if not counted(query) or is_robot(request):
        return
    try:
        record(locale=query.locale, text=query.text, filters=query.filters, total=total)
    except Exception as error:  # noqa: BLE001 - a search never fails for its statistics
        logger.warning("Search not recorded for insights: %s: %s", type(error).__name__, error)
