"""Locust's side of `make loadtest`: closed-loop users (each sends its next request as soon as the
last one is answered, like wrk's connections) over the mix the runner discovered.

Run by benchmarks/loadtest/runner.py in its own virtualenv (Locust brings gevent, which must not
enter the portal's); it reads the plan from LOADTEST_PLAN and appends one CSV line per request,
`start,ms,status,kind`, to LOADTEST_RECORDS. Phases are the runner's business: it knows when it
injected each fault, and cuts this one record stream by time.
"""

import json
import os
import random

from locust import FastHttpUser, constant, events, task

PLAN = json.loads(open(os.environ["LOADTEST_PLAN"]).read())  # noqa: SIM115 - read once at import
WEIGHTS = PLAN["weights"]
URLS = {kind: paths for kind, paths in PLAN["urls"].items() if paths and WEIGHTS.get(kind)}
KINDS = list(URLS)
KIND_WEIGHTS = [WEIGHTS[kind] for kind in KINDS]
# As a TLS-terminating proxy in front of gunicorn would say: production settings redirect plain HTTP.
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Language": "nb"}

_records = []
_out = open(os.environ["LOADTEST_RECORDS"], "a", buffering=1 << 16)  # noqa: SIM115 - closed at quit


def _flush():
    if _records:
        _out.write("".join(_records))
        _records.clear()
    _out.flush()


@events.request.add_listener
def record(name, response_time, response, start_time, **_kwargs):
    # Locust reports a 5xx as an exception too; the status is what counts here (0: no answer).
    status = getattr(response, "status_code", 0) or 0
    _records.append(f"{start_time:.4f},{response_time:.2f},{status},{name}\n")
    if len(_records) >= 500:
        _flush()


@events.quitting.add_listener
def close(**_kwargs):
    _flush()
    _out.close()


class Visitor(FastHttpUser):
    wait_time = constant(0)
    # A frozen dependency must show as slow answers, not as a load generator that gave up early.
    network_timeout = 30.0
    connection_timeout = 10.0

    @task
    def visit(self):
        kind = random.choices(KINDS, KIND_WEIGHTS)[0]
        path = random.choice(URLS[kind])
        self.client.get(path, name=kind, headers=HEADERS)
