"""The benchmark's timing: what is compared is timed side by side."""

from search.benchmark import CLASSES, time_mixes


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
