"""`make loadtest`: the production stack under a bounded mixed load, with faults injected in turn,
written to docs/operations.md.

    .venv/bin/python -m benchmarks.loadtest.runner [--users 50] [--phase-seconds 30] [--out FILE]

One Locust process loads the site for the whole run while this process walks through the phases
(steady, Elasticsearch stopped, steady, Elasticsearch frozen, PostgreSQL stopped 10 s, Redis
stopped, the worker killed, a web worker killed, steady) and notes when each began and ended; the
report cuts Locust's record stream by those times. Everything runs on 127.0.0.1, on instances of
its own (stack.py), and stops by itself: Locust has a run-time cap and every phase a fixed length.
"""

import argparse
import contextlib
import json
import os
import platform
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from benchmarks.loadtest import accesslog, markdown, report
from benchmarks.loadtest.discover import discover, known_paths
from benchmarks.loadtest.stack import REPO, Config, Stack, log

LOCUST = Path(os.environ.get("LOADTEST_LOCUST", REPO / ".cache" / "loadtest-venv" / "bin" / "locust"))
DB_OUTAGE_S = 10


class Timeline:
    """The phases as they happen, each with a /healthz probe in its middle."""

    def __init__(self, stack, notes):
        self.stack = stack
        self.notes = notes
        self.phases = []

    def probe(self, phase_name):
        started = time.monotonic()
        request = urllib.request.Request(
            self.stack.config.base_url + "/healthz", headers={"X-Forwarded-Proto": "https"}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                status, body = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read().decode(errors="replace")
        except (urllib.error.URLError, OSError) as error:
            status, body = 0, str(error)
        ms = (time.monotonic() - started) * 1000
        search = ""
        with contextlib.suppress(ValueError, AttributeError):  # a 503 page or a failed connection
            search = json.dumps(json.loads(body).get("search"), separators=(",", ":"))[:160]
        self.notes.append(
            f"`{phase_name}`: /healthz answered {status} in {ms:.0f} ms; search: {search or '–'}"
        )

    def phase(self, name, seconds, description, targets=(), steady=False, **extra):
        start = time.time()
        time.sleep(seconds / 2)
        self.probe(name)
        time.sleep(max(0.0, start + seconds - time.time()))
        return self.add(name, start, description, targets, steady, **extra)

    def add(self, name, start, description, targets=(), steady=False, **extra):
        phase = report.Phase(name, start, time.time(), description, tuple(targets), steady, **extra)
        self.phases.append(phase)
        log(f"phase {name}: {phase.seconds:.1f} s")
        return phase


def restart(stack, notes, name):
    """Start a stopped service again; a failure is noted and the run goes on, so the report shows
    what the rest of the phases did without it."""
    try:
        stack.service(name, "start")
    except (RuntimeError, subprocess.SubprocessError) as error:
        notes.append(f"**{name} did not start again**: {error}")
        log(f"{name} did not start again: {error}")


def run_phases(stack, timeline, seconds, settle):
    fault = ("no_5xx", "latency")
    timeline.phase("warmup", min(10, seconds), "load starts; not measured against targets")
    timeline.phase("steady-1", seconds, "everything up", ["no_5xx", "page_views"], steady=True)
    timeline.notes.append(f"Redis keys after the first steady phase: {stack.redis_keys() or 'unknown'}")

    stack.service("elasticsearch", "stop")
    timeline.phase("es-stopped", seconds, "Elasticsearch stopped (SIGTERM, exited)", fault)
    start = time.time()
    restart(stack, timeline.notes, "elasticsearch")
    timeline.notes.append(f"Elasticsearch took {time.time() - start:.0f} s to start again under load")
    time.sleep(settle)
    timeline.add("es-restart", start, "Elasticsearch starting again, then settling", ["no_5xx"])

    timeline.phase("steady-2", seconds, "everything up", ["no_5xx", "page_views"], steady=True)

    stack.freeze_es()
    timeline.phase("es-frozen", seconds, "Elasticsearch frozen (SIGSTOP)", fault)
    stack.thaw_es()
    timeline.phase("es-thawed", settle, "Elasticsearch thawed (SIGCONT)", ["no_5xx"])

    down = time.time()
    stack.service("postgres", "stop")
    time.sleep(max(0.0, down + DB_OUTAGE_S - time.time()))
    restart(stack, timeline.notes, "postgres")
    back = time.time()
    timeline.notes.append(f"PostgreSQL was away {back - down:.1f} s (10 s stopped, then its start-up)")
    timeline.add("db-down", down, "PostgreSQL stopped for 10 s", ["only_503"])
    timeline.phase(
        "db-back", max(settle, 15), "PostgreSQL back", ["only_503", "recovery"], down=down, back=back
    )

    stack.service("redis", "stop")
    timeline.phase("redis-stopped", seconds, "Redis stopped", fault)
    restart(stack, timeline.notes, "redis")
    timeline.phase("redis-back", settle, "Redis started again (empty)", ["no_5xx"])

    killed = stack.kill("worker")
    timeline.notes.append(f"worker (pid {killed}) killed with SIGKILL; started again after its phase")
    timeline.phase("worker-killed", seconds, "the Procfile's worker killed (SIGKILL)", fault)
    stack.start("worker")

    workers = stack.web_workers()
    if workers:
        os.kill(workers[0], signal.SIGKILL)
    timeline.notes.append(
        f"web: SIGKILL to gunicorn worker {workers[0] if workers else '–'} of {len(workers)}; "
        "its requests in flight are lost (failed connections), the master forks a new one"
    )
    timeline.phase(
        "web-worker-killed",
        seconds,
        "one gunicorn worker killed (SIGKILL)",
        ("no_5xx", "latency", "connection_errors_allowed"),
    )
    timeline.phase("steady-3", seconds, "everything up again", ["no_5xx", "page_views"], steady=True)


def start_locust(stack, plan_path, records_path, users, cap_seconds):
    records_path.write_text("")
    command = [
        str(LOCUST),
        "-f",
        str(REPO / "benchmarks" / "loadtest" / "locustfile.py"),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--run-time",
        f"{cap_seconds}s",
        "--host",
        stack.config.base_url,
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    env = {**os.environ, "LOADTEST_PLAN": str(plan_path), "LOADTEST_RECORDS": str(records_path)}
    output = open(stack.folder / "locust.log", "ab")  # noqa: SIM115 - the child keeps it open
    process = subprocess.Popen(
        command, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
    )
    output.close()
    return process


def stop_locust(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def context_lines(args, plan, stack):
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True, text=True
    ).stdout.splitlines()
    tree = f" (plus uncommitted changes to {len(changed)} files)" if changed else ""
    counts = ", ".join(f"{kind} {len(paths)}" for kind, paths in plan["urls"].items())
    weights = ", ".join(f"{kind} {weight}" for kind, weight in plan["weights"].items())
    checked = ", ".join(f"{n} × {status}" for status, n in sorted(plan["checked"].items()))
    return [
        ("run", f"{time.strftime('%Y-%m-%d %H:%M %Z')} on commit {commit.stdout.strip() or '?'}{tree}"),
        ("host", f"{os.cpu_count()} cores, Python {platform.python_version()}, shared by the load generator"),
        (
            "stack",
            "gunicorn (Procfile `web`, gunicorn.conf.py, production settings), the Procfile's "
            "`worker`, PostgreSQL, Elasticsearch and Redis of its own, all on 127.0.0.1",
        ),
        (
            "load",
            f"Locust, {args.users} users each sending its next request as soon as the last is "
            f"answered; {args.phase_seconds} s per phase",
        ),
        ("mix (weights)", weights),
        ("URLs discovered", f"{counts} (each fetched once first, which warms the caches: {checked})"),
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=int(os.environ.get("LOADTEST_USERS", 50)))
    parser.add_argument(
        "--phase-seconds", type=int, default=int(os.environ.get("LOADTEST_PHASE_SECONDS", 30))
    )
    parser.add_argument(
        "--settle-seconds", type=int, default=int(os.environ.get("LOADTEST_SETTLE_SECONDS", 10))
    )
    parser.add_argument("--out", default=os.environ.get("LOADTEST_OUT", str(REPO / "docs" / "operations.md")))
    args = parser.parse_args(argv)
    # A stop from outside (make interrupted, a CI timeout) still stops everything this run started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    stack = Stack(Config())
    folder = stack.folder
    for name in ("web.log", "worker.log", "locust.log"):
        (folder / name).write_text("")
    notes, locust, timeline = [], None, None
    try:
        stack.start_services()
        stack.prepare()
        log("starting web and worker")
        stack.start("web")
        stack.start("worker")
        stack.wait_until_up()
        notes.append(f"gunicorn ran {len(stack.web_workers())} workers (WEB_CONCURRENCY, gunicorn.conf.py)")
        log("discovering URLs")
        plan = discover(stack.config.base_url)
        plan_path = folder / "plan.json"
        plan_path.write_text(json.dumps(plan, indent=1))
        log(f"checked {plan['checked']}; starting {args.users} users")
        cap = 14 * args.phase_seconds + 4 * args.settle_seconds + 240  # the phases, ES start-up, slack
        locust = start_locust(stack, plan_path, folder / "records.csv", args.users, cap)
        time.sleep(2)
        timeline = Timeline(stack, notes)
        run_phases(stack, timeline, args.phase_seconds, args.settle_seconds)
    finally:
        if locust is not None:
            stop_locust(locust)
        stack.stop_all()

    for name in ("web", "worker"):
        text = (folder / f"{name}.log").read_text(errors="replace")
        notes.append(
            f"{name}.log: {len(text.encode()) / 1e6:.1f} MB, {text.count('Traceback')} tracebacks, "
            f"{sum(1 for line in text.splitlines() if ' ERROR ' in line or '[ERROR]' in line)} ERROR lines"
        )
    records = report.read_records(folder / "records.csv")
    analysis = report.analyse(records, timeline.phases)
    entries = accesslog.parse(
        (folder / "web.log").read_text(errors="replace").splitlines(), known_paths(plan)
    )
    if not entries:
        notes.append("the access log had no lines with a server time (`us=`): no server time per kind")
    section = markdown.render(
        analysis,
        accesslog.server_time(entries, timeline.phases),
        accesslog.server_p50_by_phase(entries, timeline.phases),
        context_lines(args, plan, stack),
        notes,
    )
    out = Path(args.out)
    out.write_text(markdown.splice(out.read_text() if out.exists() else None, section))
    log(f"{len(records)} requests recorded; report written to {out}")
    failed = [
        (r["phase"].name, target) for r in analysis["phases"] for target, held, _ in r["checks"] if not held
    ]
    for name, target in failed:
        log(f"target missed: {name}: {target}")


if __name__ == "__main__":
    main()
