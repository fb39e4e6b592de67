"""A frozen or stopped Elasticsearch node must not stall the site: after a few failures the circuit
breaker skips it and the embedded engine answers; /healthz answers at once and says so; once the
node answers again, one search tries it and the breaker closes."""

import logging
import threading
import time
from urllib.parse import urlsplit

import pytest

from search.engines import elasticsearch_engine, get_engine
from search.engines.base import SearchQuery
from search.engines.breaker import CircuitOpen
from search.engines.embedded import EmbeddedEngine
from tests.search.conftest import malmo_trip, new_elasticsearch
from tests.search.nodes import FreezableNode, closed_port

DOCUMENTS = malmo_trip()
QUERY = SearchQuery(text="malmo", locale="nb")


@pytest.fixture
def fast_faults(settings, db, forget_elasticsearch):
    """Short timeouts, two failures open the breaker for a minute; a fresh engine per test."""
    settings.ELASTICSEARCH_CONNECT_TIMEOUT = 0.2
    settings.ELASTICSEARCH_TIMEOUT = 0.3
    settings.ELASTICSEARCH_BREAKER_FAILURES = 2
    settings.ELASTICSEARCH_BREAKER_SECONDS = 60
    EmbeddedEngine().rebuild(DOCUMENTS)
    return settings


@pytest.fixture
def frozen(fast_faults):
    node = FreezableNode()
    fast_faults.ELASTICSEARCH_URL = node.url
    yield node
    node.close()


def breaker_warnings(caplog):
    return [record for record in caplog.records if record.name == "search.engines.breaker"]


def test_a_frozen_node_is_skipped_after_two_failures_and_searches_answer_from_the_embedded_engine(
    frozen, caplog
):
    with caplog.at_level(logging.WARNING):
        failed = [get_engine().search(QUERY) for _ in range(2)]
        reached = frozen.settled_connections()
        skipped = [get_engine().search(QUERY) for _ in range(5)]

    assert reached == 2  # each failed search waited for the node once
    assert frozen.settled_connections() == reached  # the five after the breaker opened never asked it
    assert [result.engine for result in failed + skipped] == ["embedded"] * 7
    assert all([hit.document_id for hit in result.hits] == ["nb:tip:1"] for result in failed + skipped)
    assert elasticsearch_engine().breaker.state == "open"
    transitions = breaker_warnings(caplog)
    assert [record.levelno for record in transitions] == [logging.WARNING]  # one line: closed -> open
    assert "closed -> open" in transitions[0].getMessage() and transitions[0].exc_info is None
    assert not [record for record in caplog.records if record.exc_info]  # no tracebacks at all


def test_healthz_answers_at_once_with_the_node_frozen_and_says_search_is_degraded(frozen, client):
    for _ in range(2):
        get_engine().search(QUERY)

    started = time.monotonic()
    response = client.get("/healthz")
    seconds = time.monotonic() - started

    assert response.status_code == 200 and seconds < 1.0
    body = response.json()
    assert body["database"]["reachable"] is True
    search_health = body["search"]
    assert (search_health["engine"], search_health["reachable"]) == ("elasticsearch", False)
    assert (search_health["status"], search_health["fallback"]) == ("degraded", "embedded")
    assert search_health["breaker"] == "open" and 0 < search_health["breaker_retry_in"] <= 60


def test_a_stopped_node_opens_the_breaker_too(fast_faults, client, caplog):
    fast_faults.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"

    with caplog.at_level(logging.WARNING):
        results = [get_engine().search(QUERY) for _ in range(4)]
    search_health = client.get("/healthz").json()["search"]

    assert [result.engine for result in results] == ["embedded"] * 4
    assert len(breaker_warnings(caplog)) == 1
    assert (search_health["reachable"], search_health["breaker"], search_health["status"]) == (
        False,
        "open",
        "degraded",
    )


def test_once_the_wait_is_over_one_caller_tries_the_node_and_the_others_still_skip_it(frozen):
    breaker = elasticsearch_engine().breaker
    breaker.reset_seconds = 0.3
    for _ in range(2):
        get_engine().search(QUERY)
    assert breaker.state == "open"
    time.sleep(0.35)
    before = frozen.settled_connections(0)
    outcomes = []
    start = threading.Barrier(6)

    def search_through_breaker():
        start.wait()
        try:
            breaker.call(elasticsearch_engine().search, QUERY)
        except Exception as error:  # noqa: BLE001 - the outcome is what the test looks at
            outcomes.append(type(error))

    threads = [threading.Thread(target=search_through_breaker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert frozen.settled_connections() - before == 1  # only the trial reached the node
    assert sorted(outcome.__name__ for outcome in outcomes) == ["CircuitOpen"] * 5 + ["ConnectionTimeout"]
    assert breaker.state == "open"  # the trial failed: skipped for another spell


@pytest.mark.elasticsearch
def test_the_breaker_closes_again_once_the_real_node_answers(
    fast_faults, elasticsearch_url, elasticsearch_index_prefix, client, caplog
):
    address = urlsplit(elasticsearch_url)
    node = FreezableNode(upstream=(address.hostname, address.port))
    direct = new_elasticsearch(elasticsearch_url, elasticsearch_index_prefix, "breaker")
    prefix = direct.prefix
    direct.rebuild(DOCUMENTS)
    direct.search(QUERY)  # a warm index: the trial after the wait must not time out on a busy machine
    fast_faults.ELASTICSEARCH_URL = node.url
    fast_faults.PORTAL_SEARCH_INDEX_PREFIX = prefix
    fast_faults.ELASTICSEARCH_BREAKER_SECONDS = 0.5
    fast_faults.ELASTICSEARCH_TIMEOUT = 2
    try:
        with caplog.at_level(logging.WARNING):
            while_frozen = [get_engine().search(QUERY).engine for _ in range(3)]
            assert elasticsearch_engine().breaker.state == "open"
            node.frozen = False
            with pytest.raises(CircuitOpen):  # still within its wait: not even a thawed node is asked
                elasticsearch_engine().breaker.call(lambda: None)
            time.sleep(0.55)
            after = get_engine().search(QUERY)
        search_health = client.get("/healthz").json()["search"]
    finally:
        node.close()
        direct.drop()

    assert while_frozen == ["embedded"] * 3
    assert after.engine == "elasticsearch" and [hit.document_id for hit in after.hits] == ["nb:tip:1"]
    assert [record.getMessage().split(" (")[0].rsplit(": ", 1)[1] for record in breaker_warnings(caplog)] == [
        "closed -> open",
        "open -> half-open",
        "half-open -> closed",
    ]
    assert (search_health["reachable"], search_health["breaker"], search_health["status"]) == (
        True,
        "closed",
        "ok",
    )
