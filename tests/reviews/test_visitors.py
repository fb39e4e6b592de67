"""Visitors see "Last reviewed <date>" at the end of a reviewed page, in their language, at the
cost of one query at most (none while the cache holds the date)."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reviews.models import ContentReview
from reviews.visible import forget_last_reviewed
from tests.content import home_page
from tests.factories import PhaseGuidePageFactory, PhasePageFactory
from tests.reviews.conftest import published

pytestmark = pytest.mark.django_db

REVIEWED = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("nb", 'Sist gjennomgått: <time datetime="2026-03-05">5. mars 2026</time>'),
        ("sv", 'Granskad: <time datetime="2026-03-05">5 mars 2026</time>'),
        ("en", 'Last reviewed: <time datetime="2026-03-05">March 5, 2026</time>'),
    ],
)
def test_a_reviewed_page_shows_the_day_in_the_visitors_language(client, site, language, shown):
    ContentReview.objects.filter(page=home_page(language)).update(last_reviewed=REVIEWED)
    assert shown in client.get(f"/{language}/").content.decode()


def test_a_page_never_reviewed_shows_no_date(client, site):
    assert "<time datetime" not in client.get("/en/").content.decode()


def test_marking_reviewed_shows_at_once_though_the_date_is_cached(client, site):
    client.get("/en/")  # the cache now holds "never reviewed"
    review = ContentReview.objects.get(page=home_page("en"))
    review.last_reviewed = REVIEWED
    review.save()
    assert 'datetime="2026-03-05"' in client.get("/en/").content.decode()


def test_the_date_costs_one_query_at_most_and_none_from_the_cache(client, site):
    client.get("/en/")
    ContentReview.objects.filter(page=home_page("en")).update(last_reviewed=REVIEWED)
    forget_last_reviewed(home_page("en").pk)
    with CaptureQueriesContext(connection) as cold:
        client.get("/en/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/en/")
    asked = [query["sql"] for query in cold if "reviews_contentreview" in query["sql"]]
    assert len(asked) == 1
    assert not [query["sql"] for query in warm if "reviews_contentreview" in query["sql"]]


def test_a_page_read_through_its_index_brings_the_date_in_the_same_query(client, site):
    guide = published(PhaseGuidePageFactory, parent=home_page("en"))
    phase = published(PhasePageFactory, parent=guide, number=1)
    ContentReview.objects.filter(page=phase).update(last_reviewed=REVIEWED)
    client.get(phase.url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(phase.url).content.decode()
    assert 'datetime="2026-03-05"' in html
    alone = [query["sql"] for query in queries if query["sql"].startswith('SELECT "reviews_contentreview"')]
    assert not alone
