"""What a load run measured, per phase: pure functions over plain records, so they are tested
without a server (tests/benchmarks/test_loadtest_harness.py).

A record is one request as the load generator saw it; a phase is a named stretch of wall-clock time
with the targets that hold in it. A request belongs to the phase in which it was sent (one sent
while Elasticsearch was frozen counts against the freeze even if it came back after the thaw); an
error belongs to the phase in which it was answered, since the conditions then made it (a page
being rendered when PostgreSQL stops gets its 503 from the outage, not from the phase before).
"""

import csv
import math
from collections import Counter
from dataclasses import dataclass, field

# Kinds whose answer does not need the database: static files come from WhiteNoise's memory and
# prove nothing about recovery after a database outage.
NO_DATABASE_KINDS = frozenset({"static"})
FAULT_LATENCY_FACTOR = 1.5
RECOVERY_LIMIT_S = 5.0
# Anonymous page views with the page cache on (searches, the API and static files are not page views).
PAGE_VIEW_KINDS = frozenset({"home", "initiative", "phase", "tool", "page"})
PAGE_VIEW_P95_MS = 100.0


@dataclass(frozen=True, slots=True)
class Record:
    start: float  # epoch seconds when the request was sent
    ms: float  # milliseconds until the whole answer was read
    status: int  # HTTP status; 0 when the connection failed or timed out
    kind: str

    @property
    def end(self):
        return self.start + self.ms / 1000


@dataclass
class Phase:
    name: str
    start: float
    end: float
    description: str = ""
    # Which targets hold: "no_5xx" (and no failed connections unless "connection_errors_allowed"),
    # "latency" (p50/p95 within FAULT_LATENCY_FACTOR of steady state), "only_503" (a database outage:
    # the only errors are 503s), "recovery" (a 200 for every kind within RECOVERY_LIMIT_S of `back`).
    targets: tuple = ()
    steady: bool = False
    back: float | None = None  # when the faulty service answered again (database outage)
    down: float | None = None  # when it stopped answering
    notes: list = field(default_factory=list)

    @property
    def seconds(self):
        return max(self.end - self.start, 1e-9)


def percentile(values, q):
    """The q-th percentile (0-100) by linear interpolation between closest ranks, as numpy's
    default does; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def read_records(path):
    with open(path, newline="") as handle:
        return [
            Record(float(row[0]), float(row[1]), int(row[2]), row[3]) for row in csv.reader(handle) if row
        ]


def is_error(record):
    return record.status == 0 or record.status >= 500


def assign(records, phases):
    """Records grouped by phase (phases not overlapping): a success by when it was sent, an error
    by when it was answered. Records outside every phase (before the first, in a gap between two)
    are left out."""
    ordered = sorted(phases, key=lambda phase: phase.start)
    groups = {phase.name: [] for phase in ordered}
    for record in sorted(records, key=lambda r: r.start):
        when = record.end if is_error(record) else record.start
        for phase in ordered:
            if phase.start <= when < phase.end:
                groups[phase.name].append(record)
                break
    return groups


def status_label(status):
    return "failed connection" if status == 0 else str(status)


def summarise(records, seconds):
    """Requests per second, latency percentiles (ms) and the count of each status."""
    times = [r.ms for r in records]
    statuses = Counter(r.status for r in records)
    return {
        "requests": len(records),
        "rps": len(records) / seconds if seconds > 0 else 0.0,
        "p50": percentile(times, 50),
        "p95": percentile(times, 95),
        "p99": percentile(times, 99),
        "page_view_p95": percentile([r.ms for r in records if r.kind in PAGE_VIEW_KINDS], 95),
        "statuses": dict(sorted(statuses.items())),
        "server_errors": sum(n for s, n in statuses.items() if s >= 500),
        "failed": statuses.get(0, 0),
        "errors": {s: n for s, n in sorted(statuses.items()) if s == 0 or s >= 400},
    }


def by_kind(records):
    kinds = {}
    for record in records:
        kinds.setdefault(record.kind, []).append(record.ms)
    return {
        kind: {"requests": len(times), "p50": percentile(times, 50), "p95": percentile(times, 95)}
        for kind, times in sorted(kinds.items())
    }


def recovery(records, phase):
    """Seconds from the database's return to the first 200 of each kind that needs it: requests
    sent during the outage or after it, answered after the return. None for a kind with no 200."""
    if phase.back is None:
        return {}
    since = phase.down if phase.down is not None else phase.start
    firsts = {}
    for record in records:
        if record.kind in NO_DATABASE_KINDS or record.status != 200:
            continue
        if record.start < since or record.end < phase.back:
            continue
        delay = record.end - phase.back
        if record.kind not in firsts or delay < firsts[record.kind]:
            firsts[record.kind] = delay
    kinds = sorted({r.kind for r in records if r.kind not in NO_DATABASE_KINDS})
    return {kind: firsts.get(kind) for kind in kinds}


def _fmt(value):
    return "–" if value is None else f"{value:.0f}"


def evaluate(phase, stats, steady, phase_recovery=None):
    """A list of (target, held, detail) for the phase's targets, against the steady-state stats."""
    checks = []
    if "no_5xx" in phase.targets:
        checks.append(("0 × 5xx", stats["server_errors"] == 0, f"{stats['server_errors']} × 5xx"))
        if "connection_errors_allowed" not in phase.targets:
            checks.append(("0 failed connections", stats["failed"] == 0, f"{stats['failed']} failed"))
    if "latency" in phase.targets and steady and steady["requests"]:
        for q in ("p50", "p95"):
            limit = steady[q] * FAULT_LATENCY_FACTOR
            value = stats[q]
            held = value is not None and value <= limit
            checks.append(
                (f"{q} ≤ {FAULT_LATENCY_FACTOR}× steady", held, f"{_fmt(value)} ms (limit {limit:.0f} ms)")
            )
    if "page_views" in phase.targets:
        value = stats["page_view_p95"]
        held = value is not None and value <= PAGE_VIEW_P95_MS
        checks.append((f"page views p95 ≤ {PAGE_VIEW_P95_MS:.0f} ms", held, f"{_fmt(value)} ms"))
    if "only_503" in phase.targets:
        others = {s: n for s, n in stats["errors"].items() if s != 503 and not 400 <= s < 500}
        detail = ", ".join(f"{n} × {status_label(s)}" for s, n in others.items()) or "none"
        checks.append(("errors only 503", not others, f"other errors: {detail}"))
    if "recovery" in phase.targets:
        delays = list((phase_recovery or {}).values())
        worst = None if not delays or None in delays else max(delays)
        held = worst is not None and worst <= RECOVERY_LIMIT_S
        detail = "no 200 for some kind" if worst is None else f"every kind answered 200 within {worst:.2f} s"
        checks.append((f"recovery ≤ {RECOVERY_LIMIT_S:.0f} s", held, detail))
    return checks


def analyse(records, phases):
    """Everything the report shows: per phase its stats, per-kind latencies, checks and recovery."""
    groups = assign(records, phases)
    steady_records = [r for phase in phases if phase.steady for r in groups[phase.name]]
    steady_seconds = sum(phase.seconds for phase in phases if phase.steady)
    steady = summarise(steady_records, steady_seconds) if steady_records else None
    results = []
    for phase in phases:
        group = groups[phase.name]
        stats = summarise(group, phase.seconds)
        phase_recovery = recovery(records, phase) if "recovery" in phase.targets else None
        results.append(
            {
                "phase": phase,
                "stats": stats,
                "kinds": by_kind(group),
                "recovery": phase_recovery,
                "checks": evaluate(phase, stats, steady, phase_recovery),
            }
        )
    return {"steady": steady, "phases": results}
