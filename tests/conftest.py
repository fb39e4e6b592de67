import os

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a test that skips because a real service is missing fails instead."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"Skipped in CI, where every service must be present: {report.longrepr}"


@pytest.fixture(autouse=True)
def no_language_left_active():
    """A request through the locale middleware leaves its language active in the thread; the next
    test must start from the default language, as a fresh request would."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches, as after a restart: the database is rolled back
    between tests and row ids come again, so cached menus, language links and pages must not."""
    from django.core.cache import caches

    from core import publisher
    from core.pagecache import LOCAL
    from glossary import inline
    from search import response_cache

    for alias in ("default", "pages"):
        caches[alias].clear()
    LOCAL.clear()
    response_cache.LOCAL.clear()
    inline._matchers.clear()  # built from another test's (rolled back) terms
    publisher._held.clear()  # read from another test's (rolled back) setting


@pytest.fixture
def site(db):
    """The three locales with a live home page each, as `make run` leaves them."""
    from django.core.management import call_command
    from wagtail.models import Site

    call_command("setup_site", "--no-admin")
    return Site.objects.get(is_default_site=True)


@pytest.fixture(scope="session")
def elasticsearch_url():
    """The real Elasticsearch 8 node `make test` started; tests that need it skip without it."""
    url = os.environ.get("ELASTICSEARCH_TEST_URL", "")
    if not url:
        pytest.skip("ELASTICSEARCH_TEST_URL is not set (no Elasticsearch running)")
    return url


@pytest.fixture(scope="session")
def redis_url():
    """The real Redis `make test` started (scripts/services/redis.sh); tests that need it skip
    without it."""
    url = os.environ.get("REDIS_TEST_URL", "")
    if not url:
        pytest.skip("REDIS_TEST_URL is not set (no Redis running)")
    return url


@pytest.fixture(scope="session")
def elasticsearch_index_prefix(elasticsearch_url):
    """An index prefix of this test session's own, so parallel runs never share indexes."""
    import uuid

    from elasticsearch import Elasticsearch

    prefix = f"test-{uuid.uuid4().hex[:10]}"
    yield prefix
    try:
        client = Elasticsearch(elasticsearch_url, request_timeout=30)
        # "all": the closed indexes some tests leave behind too.
        names = list(
            client.indices.get(index=f"{prefix}-*", allow_no_indices=True, expand_wildcards="all").body
        )
        if names:
            client.indices.delete(index=",".join(names), ignore_unavailable=True)
    except Exception:  # noqa: BLE001 - cleanup is best effort; a stopped node keeps no test data anyway
        pass
