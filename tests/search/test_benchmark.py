"""The benchmark's timing: what is compared is timed side by side."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from benchmarks.search.timing import CLASSES, api_caller, time_mixes
from search.engines.base import SearchQuery


def test_compared_calls_take_turns_on_every_query_and_none_always_goes_first():
    queries = [(CLASSES[0], "a"), (CLASSES[1], "b"), (CLASSES[2], "c")]
    calls_made = []

    def recorder(name):
        return lambda query: calls_made.append((name, query))

    timed = time_mixes({name: recorder(name) for name in ("api", "engine", "raw")}, queries, repeat=4)

    warm_up, measured = calls_made[:9], calls_made[9:]
    assert {query for _name, query in warm_up} == {"a", "b", "c"}
    turns = [measured[start : start + 3] for start in range(0, len(measured), 3)]
    assert len(turns) == 4 * len(queries)
    assert all({name for name, _query in turn} == {"api", "engine", "raw"} for turn in turns)
    assert all(len({query for _name, query in turn}) == 1 for turn in turns)
    assert {turn[0][0] for turn in turns} == {"api", "engine", "raw"}
    for name in ("api", "engine", "raw"):
        assert timed[name]["all"]["n"] == 12
        assert all(timed[name][kind]["n"] == 4 for kind in CLASSES)


@pytest.mark.django_db
def test_the_api_is_timed_as_a_server_calls_it_with_the_request_signals(settings, forget_elasticsearch):
    """A server's request_finished applies the connection policy (its cost: docs/benchmarks.md);
    the test client mutes those signals, so the benchmark does not use it."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.ELASTICSEARCH_URL = ""
    fired = []

    def started(**kwargs):
        fired.append("started")

    def finished(**kwargs):
        fired.append("finished")

    # Heard, but kept from closing the connection in the middle of the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    request_started.connect(started)
    request_finished.connect(finished)
    try:
        content = api_caller("embedded")(SearchQuery(text="beboere", locale="nb"))
        assert b'"engine":"embedded"' in content
        assert b'"total":0' in content
        assert fired == ["started", "finished"]
        with pytest.raises(RuntimeError, match="expected elasticsearch"):
            api_caller("elasticsearch")(SearchQuery(text="beboere", locale="nb"))
    finally:
        request_started.disconnect(started)
        request_finished.disconnect(finished)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
