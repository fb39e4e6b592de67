"""No public page type needs more than 20 SQL queries in any language, neither with a cold cache
(the first request after a publish or a restart) nor a warm one, measured on the demo site by the
same command `make bench` runs (frontend/management/commands/bench_pages.py)."""

import pytest

from tests.demo_site import demo_database, manage

QUERY_BUDGET = 20


def test_no_page_type_needs_more_than_20_queries(django_db_setup, django_db_blocker):
    env = demo_database(django_db_blocker)
    try:
        manage("bench_pages", "--requests", "1", "--max-queries", str(QUERY_BUDGET), env=env)
    except RuntimeError as error:
        pytest.fail(str(error))
