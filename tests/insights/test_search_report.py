"""The search insights report: top queries, queries with no results, searches per language and
filters used, for a chosen period, as a page and as CSV; for Editors and Moderators only."""

from datetime import date, timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from insights.management.commands.prune_search_insights import months_before
from insights.models import SearchRecord
from operations import worker
from operations.worker import PortalWorker
from tests.insights.conftest import admin_in

pytestmark = pytest.mark.django_db

URL = "/admin/reports/search-insights/"


def searches(day, locale, query, count, results, filters=""):
    SearchRecord.objects.create(
        day=day, locale=locale, query=query, filters=filters, searches=count, results=results
    )


@pytest.fixture
def records(site):
    today = timezone.localdate()
    searches(today, "nb", "medvirkning", 7, 12)
    searches(today - timedelta(days=1), "nb", "medvirkning", 3, 12)
    searches(today, "sv", "trygghet", 5, 4, "kind=tip&theme=trygghet")
    searches(today, "en", "parking norms", 4, 0)
    searches(today - timedelta(days=40), "en", "old question", 9, 0, "kind=tip")
    return today


def csv_rows(response):
    text = response.content.decode()
    return [line.split(",") for line in text.strip().splitlines()]


def test_top_queries_sum_the_days_of_the_period(editor, records):
    response = editor.get(URL, {"date_from": records - timedelta(days=7)})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("medvirkning") < html.index("trygghet") < html.index("parking norms")
    assert "old question" not in html
    assert ">10<" in html.replace(" ", "").replace("\n", "")  # 7 + 3 searches for "medvirkning"


def test_queries_with_no_results_list_only_those(editor, records):
    html = editor.get(URL, {"show": "no-results"}).content.decode()
    assert "parking norms" in html and "old question" in html
    assert "medvirkning" not in html


def test_searches_per_language_and_filters_used_as_csv(editor, records):
    rows = csv_rows(editor.get(URL, {"show": "languages", "export": "csv"}))
    assert rows[0] == ["Language", "Searches", "Different queries", "Searches with no results"]
    assert ["English", "13", "2", "13"] in rows
    assert ["Norsk bokmål", "10", "1", "0"] in rows or ["Norwegian Bokmål", "10", "1", "0"] in rows
    rows = csv_rows(editor.get(URL, {"show": "filters", "export": "csv", "date_from": records}))
    assert rows[0] == ["Filter", "Value", "Language", "Searches"]
    assert sorted(rows[1:]) == [["kind", "tip", "sv", "5"], ["theme", "trygghet", "sv", "5"]]


def test_top_queries_export_as_csv(editor, records):
    response = editor.get(URL, {"export": "csv", "date_from": records - timedelta(days=7)})
    assert response["Content-Disposition"] == 'attachment; filename="search-insights.csv"'
    assert csv_rows(response)[:2] == [
        ["Query", "Language", "Searches", "Results"],
        ["medvirkning", "nb", "10", "12"],
    ]


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Enter a date as YYYY-MM-DD"),
        ("nb", "Skriv datoen som ÅÅÅÅ-MM-DD"),
        ("sv", "Skriv datumet som ÅÅÅÅ-MM-DD"),
    ],
)
def test_a_bad_date_says_so_in_the_admins_language(client, records, language, message):
    response = admin_in(client, "Moderators", language).get(URL, {"date_from": "2026-13-45"})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "medvirkning" not in html


def test_a_period_that_ends_before_it_starts_is_refused(editor, records):
    response = editor.get(URL, {"date_from": "2026-06-01", "date_to": "2026-05-01"})
    assert response.status_code == 400
    html = response.content.decode()
    assert '<span role="alert">The period ends before it starts' in html
    assert "Correct the period to see the figures." in html


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_find_it_in_the_reports_menu(client, site, group):
    viewer = admin_in(client, group)
    assert viewer.get(URL).status_code == 200
    assert URL in viewer.get("/admin/").content.decode()


def test_others_are_refused(client, site):
    translator = admin_in(client, "Translators")
    assert translator.get(URL).status_code == 403
    assert translator.get(URL, {"export": "csv"}).status_code == 403
    assert URL not in translator.get("/admin/").content.decode()


@override_settings(SEARCH_INSIGHTS_MONTHS=2)
def test_the_worker_deletes_records_older_than_the_configured_months(records, monkeypatch):
    cutoff = months_before(records, 2)
    searches(cutoff, "nb", "just kept", 1, 1)
    searches(cutoff - timedelta(days=1), "nb", "too old", 1, 1)
    # The worker's pruning job alone: another job failing here closes the test's connection.
    only_pruning = {"prune_search_insights": worker.SCHEDULED_COMMANDS["prune_search_insights"]}
    monkeypatch.setattr(worker, "SCHEDULED_COMMANDS", only_pruning)
    # On PostgreSQL, closing "old" connections ends the transaction this test runs in.
    monkeypatch.setattr(worker, "close_old_connections", lambda: None)
    PortalWorker(backend_name="default", poll_interval=1, schedule=60, worker_id="test").run_scheduled_jobs()
    kept = set(SearchRecord.objects.values_list("query", flat=True))
    assert "just kept" in kept and "medvirkning" in kept and "old question" in kept
    assert "too old" not in kept


def test_months_before_keeps_to_the_end_of_short_months():
    assert months_before(date(2026, 12, 5), 13) == date(2025, 11, 5)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
