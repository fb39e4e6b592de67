"""The load test's bookkeeping (benchmarks/loadtest/): percentiles, phases, targets, the access log
and the report, on synthetic records. No server, no database: `make loadtest` itself is not run here."""

import pytest

from benchmarks.loadtest import accesslog, markdown, report
from benchmarks.loadtest.report import Phase, Record

T0 = 1_800_000_000.0


def records(start, seconds, ms, status=200, kind="home", per_second=10):
    return [Record(start + i / per_second, ms, status, kind) for i in range(int(seconds * per_second))]


def test_percentile_interpolates_between_ranks():
    values = list(range(1, 101))
    assert report.percentile(values, 50) == pytest.approx(50.5)
    assert report.percentile(values, 95) == pytest.approx(95.05)
    assert report.percentile(values, 100) == 100
    assert report.percentile([7], 99) == 7
    assert report.percentile([], 50) is None
    assert report.percentile([3, 1, 2], 50) == 2  # unsorted input


def test_requests_belong_to_the_phase_they_were_sent_in():
    phases = [Phase("a", T0, T0 + 10), Phase("b", T0 + 12, T0 + 20)]
    sent = [Record(T0 - 1, 5, 200, "home"), Record(T0 + 9.99, 5000, 200, "home")]
    sent += [
        Record(T0 + 11, 5, 200, "home"),
        Record(T0 + 12, 5, 503, "api"),
        Record(T0 + 9, 3500, 503, "api"),
    ]
    groups = report.assign(sent, phases)
    # The slow request started in "a" and counts there although it ended in "b"; an error counts
    # where it was answered; the ones before the first phase and in the gap count nowhere.
    assert [r.ms for r in groups["a"]] == [5000]
    assert [(r.status, r.ms) for r in groups["b"]] == [(503, 3500), (503, 5)]


def test_summary_counts_statuses_and_failed_connections():
    stats = report.summarise(
        [Record(T0, 10, 200, "api"), Record(T0, 20, 500, "api"), Record(T0, 30, 0, "api")], 2
    )
    assert stats["rps"] == 1.5
    assert stats["server_errors"] == 1 and stats["failed"] == 1
    assert stats["errors"] == {0: 1, 500: 1}
    assert stats["p50"] == 20


def run_scenario(fault_ms, fault_status=200, db_statuses=(503,), first_200_after=1.2):
    steady = Phase("steady", T0, T0 + 10, targets=("no_5xx",), steady=True)
    fault = Phase("es-frozen", T0 + 10, T0 + 20, targets=("no_5xx", "latency"))
    down = Phase("db-down", T0 + 20, T0 + 30, targets=("only_503",))
    back = Phase("db-back", T0 + 30, T0 + 40, targets=("only_503", "recovery"), down=T0 + 20, back=T0 + 30)
    sent = records(T0, 10, 100) + records(T0 + 10, 10, fault_ms, fault_status)
    for i, status in enumerate(db_statuses):
        sent.append(Record(T0 + 20 + i, 5, status, "api"))
    sent.append(Record(T0 + 22, 1, 200, "static"))  # served without the database: proves nothing
    sent.append(Record(T0 + 30.1, 5, 503, "api"))
    for kind in ("api", "home"):
        sent.append(Record(T0 + 30 + first_200_after - 0.005, 5, 200, kind))
    return report.analyse(sent, [steady, fault, down, back])


def checks(analysis, name):
    result = next(r for r in analysis["phases"] if r["phase"].name == name)
    return {target: held for target, held, _detail in result["checks"]}


def test_targets_hold_when_faults_cost_nothing():
    analysis = run_scenario(fault_ms=140)
    assert all(checks(analysis, "steady").values())
    assert checks(analysis, "es-frozen") == {
        "0 × 5xx": True,
        "0 failed connections": True,
        "p50 ≤ 1.5× steady": True,
        "p95 ≤ 1.5× steady": True,
    }
    assert checks(analysis, "db-down") == {"errors only 503": True}
    assert checks(analysis, "db-back") == {"errors only 503": True, "recovery ≤ 5 s": True}
    recovered = next(r for r in analysis["phases"] if r["phase"].name == "db-back")["recovery"]
    assert recovered == {"api": pytest.approx(1.2), "home": pytest.approx(1.2)}


def test_missed_targets_are_reported():
    analysis = run_scenario(fault_ms=160, fault_status=500, db_statuses=(503, 500, 0), first_200_after=6)
    frozen = checks(analysis, "es-frozen")
    assert not frozen["0 × 5xx"] and not frozen["p50 ≤ 1.5× steady"]
    assert checks(analysis, "db-down") == {"errors only 503": False}
    assert not checks(analysis, "db-back")["recovery ≤ 5 s"]


def test_page_views_are_held_to_100_ms_at_p95_whatever_searches_cost():
    phase = Phase("steady", T0, T0 + 10, targets=("page_views",), steady=True)
    slow_searches = records(T0, 10, 400, kind="search") + records(T0, 10, 300, kind="api")
    fast_pages = records(T0, 10, 60, kind="initiative") + records(T0, 10, 80, kind="page")
    assert checks(report.analyse(slow_searches + fast_pages, [phase]), "steady") == {
        "page views p95 ≤ 100 ms": True
    }
    slow_tools = records(T0, 2, 250, kind="tool")
    assert checks(report.analyse(fast_pages + slow_tools, [phase]), "steady") == {
        "page views p95 ≤ 100 ms": False
    }


def test_recovery_needs_every_kind_back():
    phase = Phase("db-back", T0 + 10, T0 + 20, targets=("recovery",), down=T0, back=T0 + 10)
    sent = [
        Record(T0 + 10.5, 10, 200, "api"),
        Record(T0 + 11, 10, 503, "home"),
        Record(T0 + 1, 1, 200, "static"),
    ]
    assert report.recovery(sent, phase) == {"api": pytest.approx(0.51), "home": None}


def test_access_log_gives_server_time_per_kind():
    lines = [
        '127.0.0.1 [[05/Dec/2026:08:39:40 +0000]] "GET /nb/eksempler/groruddalen/ HTTP/1.1" 200 5120 "-" '
        '"locust" rid=abc us=31250',
        '127.0.0.1 [[05/Dec/2026:08:39:41 +0000]] "GET /api/search/?locale=sv&q=boende HTTP/1.1" 200 900 "-" '
        '"locust" rid=def us=8000',
        '127.0.0.1 [[05/Dec/2026:08:39:41 +0000]] "GET /static/css/site.css HTTP/1.1" 200 90 "-" "-" '
        "rid=- us=500",
        "[2026-12-05 08:39:42 +0000] [12] [INFO] Booting worker with pid: 12",
    ]
    entries = accesslog.parse(lines, {"/nb/eksempler/groruddalen/": "initiative"})
    assert [(kind, status, ms) for _when, kind, status, ms in entries] == [
        ("initiative", 200, 31.25),
        ("api", 200, 8.0),
        ("static", 200, 0.5),
    ]
    start = entries[0][0]
    rows = accesslog.server_time(entries, [Phase("steady", start, start + 5, steady=True)])
    assert list(rows) == ["initiative", "api", "static"]  # largest share of server time first
    assert rows["initiative"]["share"] == pytest.approx(31.25 / 39.75)
    assert accesslog.classify("/sv/search/?q=x", {}) == "search"
    assert accesslog.classify("/en/", {}) == "home"


def test_report_replaces_only_its_own_section():
    analysis = run_scenario(fault_ms=140)
    section = markdown.render(analysis, {}, {}, [("run", "today")], ["a note"])
    assert "| es-frozen |" in section and "- a note" in section
    assert "**Targets held: 9 of 9.**" in section and "None missed." in section
    existing = (
        "# Operations\n\nBackups: nightly.\n\n" + section.replace("a note", "old note") + "\nMore text.\n"
    )
    updated = markdown.splice(existing, section)
    assert "Backups: nightly." in updated and "More text." in updated
    assert "old note" not in updated and updated.count(markdown.BEGIN) == 1
    assert markdown.splice(None, section).startswith("# Operations")
