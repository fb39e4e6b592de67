"""Every public search (the page and the API) is counted per day, language, words and filters;
nothing about the visitor is kept, robots are not counted, and a failure never breaks a search."""

import logging

import pytest
from django.db import connection
from django.utils import timezone

from insights.models import PageFeedback, SearchRecord
from insights.recording import filters_key, normalise
from tests.insights.conftest import BROWSER, GOOGLEBOT
from tests.search.conftest import indexed  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db

PERSONAL = {"ip", "address", "user", "cookie", "agent", "session", "referer", "referrer"}


def rows():
    return list(SearchRecord.objects.values("locale", "query", "filters", "searches", "results"))


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_a_search_on_the_page_is_counted_in_its_language(client, site, language):
    client.get(f"/{language}/search/", {"q": "  Folke   HELSE "}, HTTP_USER_AGENT=BROWSER)
    client.get(f"/{language}/search/", {"q": "folke helse"}, HTTP_USER_AGENT=BROWSER)
    assert rows() == [
        {"locale": language, "query": "folke helse", "filters": "", "searches": 2, "results": 0}
    ]
    assert SearchRecord.objects.get().day == timezone.localdate()


def test_the_api_counts_its_searches_with_their_filters_and_result_count(client, indexed):  # noqa: F811
    client.get("/api/search/", {"q": "beboere", "locale": "nb", "kind": "tip"}, HTTP_USER_AGENT=BROWSER)
    [row] = rows()
    assert row["query"] == "beboere" and row["filters"] == "kind=tip" and row["locale"] == "nb"
    assert row["results"] > 0


def test_filters_are_kept_sorted_so_the_same_choice_is_one_row(client, indexed):  # noqa: F811
    client.get("/en/search/", {"kind": "tip", "municipality": "malmo"}, HTTP_USER_AGENT=BROWSER)
    client.get("/en/search/", {"municipality": "malmo", "kind": "tip"}, HTTP_USER_AGENT=BROWSER)
    assert rows() == [
        {"locale": "en", "query": "", "filters": "kind=tip&municipality=malmo", "searches": 2, "results": 2}
    ]


def test_turning_pages_and_an_empty_search_are_not_new_searches(client, indexed):  # noqa: F811
    client.get("/en/search/", HTTP_USER_AGENT=BROWSER)
    client.get("/en/search/", {"q": "parken", "page": 2}, HTTP_USER_AGENT=BROWSER)
    assert rows() == []


@pytest.mark.parametrize("agent", [GOOGLEBOT, "Mozilla/5.0 (compatible; bingbot/2.0)", "curl/8.5.0"])
def test_robots_are_not_counted(client, site, agent):
    response = client.get("/nb/search/", {"q": "folkehelse"}, HTTP_USER_AGENT=agent)
    assert response.status_code == 200
    assert rows() == []


def test_a_bad_search_is_not_counted(client, site):
    client.get("/sv/search/", {"q": "x", "page": "nope"}, HTTP_USER_AGENT=BROWSER)
    assert rows() == []


def test_no_field_could_hold_who_searched_or_answered():
    for model in (SearchRecord, PageFeedback):
        names = {field.name.lower() for field in model._meta.get_fields()}
        assert not {name for name in names if any(word in name for word in PERSONAL)}, model


def test_the_visitors_address_and_agent_are_stored_nowhere(client, site):
    client.get(
        "/nb/search/",
        {"q": "uteområder"},
        HTTP_USER_AGENT=BROWSER + " marker-agent",
        REMOTE_ADDR="203.0.113.77",
    )
    stored = " ".join(str(value) for row in SearchRecord.objects.values_list() for value in row)
    assert "uteområder" in stored
    assert "203.0.113.77" not in stored and "marker-agent" not in stored and "Firefox" not in stored


def test_queries_are_normalised_and_bounded():
    assert normalise("  Bo\tOg\n\nLEVE\x00 ") == "bo og leve"
    assert len(normalise("å" * 5000)) == 200
    assert filters_key({"theme": ("Folkehelse",), "kind": ("tip", "challenge")}) == (
        "kind=challenge&kind=tip&theme=folkehelse"
    )
    assert len(filters_key({"municipality": tuple(f"m{n:03}" for n in range(400))})) <= 500


def test_search_answers_when_the_records_table_is_gone(client, site, caplog):
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE insights_searchrecord")
    with caplog.at_level(logging.WARNING, logger="insights.recording"):
        response = client.get("/en/search/", {"q": "folkehelse"}, HTTP_USER_AGENT=BROWSER)
        api = client.get("/api/search/", {"q": "folkehelse", "locale": "sv"}, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200 and api.status_code == 200
    assert "results for" in response.content.decode() or "No results" in response.content.decode()
    assert "Search not recorded for insights" in caplog.text


def test_a_request_without_a_user_agent_is_a_script_not_a_visitor(client, site):
    client.get("/nb/search/", {"q": "folkehelse"})
    assert rows() == []
