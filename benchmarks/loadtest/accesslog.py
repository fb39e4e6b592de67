"""Server time per kind of URL, from gunicorn's access log (gunicorn.conf.py's format: the request
line in quotes, then the status, and the time the server spent as `us=<microseconds>`).

The load generator's latency includes queueing in gunicorn's backlog; the access log's time is the
work a worker did, so its share per kind shows where the next bottleneck is.
"""

import re
from datetime import datetime

from benchmarks.loadtest.report import percentile

LINE = re.compile(
    r"\[+(?P<time>\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\]+\s+"
    r'"(?P<method>[A-Z]+) (?P<target>\S+)[^"]*"\s+(?P<status>\d{3})\b.*?\bus=(?P<us>\d+)'
)
LANGUAGE_PREFIX = re.compile(r"^/(nb|sv|en)/")


def classify(path, known):
    """The kind of a URL path: the load plan's own label when the path is one of its pages,
    otherwise by its shape."""
    path = path.split("?", 1)[0]
    if path in known:
        return known[path]
    if path.startswith("/api/search/"):
        return "api"
    if path.startswith("/static/"):
        return "static"
    if path.startswith("/media/"):
        return "media"
    if path == "/healthz":
        return "health"
    if LANGUAGE_PREFIX.match(path) and path[3:].startswith("/search/"):
        return "search"
    if path in {"/nb/", "/sv/", "/en/"}:
        return "home"
    return "other"


def parse(lines, known):
    """(epoch second, kind, status, server ms) for each access line; other lines are skipped."""
    entries = []
    for line in lines:
        match = LINE.search(line)
        if not match:
            continue
        when = datetime.strptime(match["time"], "%d/%b/%Y:%H:%M:%S %z").timestamp()
        entries.append(
            (when, classify(match["target"], known), int(match["status"]), int(match["us"]) / 1000)
        )
    return entries


def server_time(entries, phases):
    """Per kind, over the steady phases: requests, p50/p95/p99 and mean server ms, and the kind's
    share of all server time. The log's clock has whole seconds, so a request is placed in the phase
    holding its second."""
    windows = [(int(p.start), int(p.end)) for p in phases if p.steady]
    kinds = {}
    for when, kind, _status, ms in entries:
        if any(start <= when < end for start, end in windows):
            kinds.setdefault(kind, []).append(ms)
    total = sum(sum(times) for times in kinds.values()) or 1.0
    rows = {
        kind: {
            "requests": len(times),
            "p50": percentile(times, 50),
            "p95": percentile(times, 95),
            "p99": percentile(times, 99),
            "mean": sum(times) / len(times),
            "share": sum(times) / total,
        }
        for kind, times in kinds.items()
    }
    return dict(sorted(rows.items(), key=lambda item: -item[1]["share"]))


def server_p50_by_phase(entries, phases):
    """Per phase, the server's p50 per kind (ms): a fault that slows one kind shows here."""
    table = {}
    for phase in phases:
        start, end = int(phase.start), int(phase.end)
        kinds = {}
        for when, kind, _status, ms in entries:
            if start <= when < end:
                kinds.setdefault(kind, []).append(ms)
        table[phase.name] = {kind: percentile(times, 50) for kind, times in kinds.items()}
    return table
