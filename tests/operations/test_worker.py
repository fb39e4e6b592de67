"""The real `run_worker` process, with production settings, on a database of its own.

The worker starts while its database does not exist yet (an outage), then the database appears with
a page scheduled to go live and a page due to expire a few seconds later, and Wagtail's background
tasks queued by saving them. Only the worker runs `publish_scheduled` and those tasks; a live server
shows what visitors see.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.db import connection

from tests.demo_site import REPO, copy_test_database

SCHEDULE_SECONDS = 1
# Seconds from the end of the setup to the go-live and expiry times: room to see both pages as
# they were before the worker changes them.
LEAD_SECONDS = 6
SCHEDULED_WORD, EXPIRING_WORD = "zebrafjord", "kvasirvik"
PUBLISH_FAILED = "Scheduled job publish_scheduled failed: OperationalError"

SETUP = f"""
import datetime, json
from django.core.management import call_command
from django.utils import timezone
from home.models import HomePage
from tests.factories import ToolIndexPageFactory, ToolPageFactory

call_command("setup_site", "--no-admin")
index = ToolIndexPageFactory(parent=HomePage.objects.get(locale__language_code="nb"))
scheduled = ToolPageFactory.build(title="{SCHEDULED_WORD.title()} toolkit", slug="scheduled", live=False)
index.add_child(instance=scheduled)
expiring = ToolPageFactory(parent=index, title="{EXPIRING_WORD.title()} toolkit", slug="expiring")
moment = timezone.now() + datetime.timedelta(seconds={LEAD_SECONDS})
# As the admin saves a go-live or expiry time: on the draft, then publish the revision.
scheduled.go_live_at = moment
scheduled.save_revision().publish()
expiring.expire_at = moment
expiring.save_revision().publish()
scheduled.refresh_from_db()
assert not scheduled.live
print(json.dumps({{"moment": moment.timestamp(), "scheduled": "/nb/tools/scheduled/",
                  "expiring": "/nb/tools/expiring/"}}))
"""

# Waits (bounded) for the worker to empty the queue, then reports it and Wagtail's admin search,
# which only the queued tasks fill.
REPORT = f"""
import json, time
from collections import Counter
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

for _ in range(40):
    if not DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).exists():
        break
    time.sleep(0.25)
print(json.dumps({{
    "tasks": Counter(DBTaskResult.objects.values_list("status", flat=True)),
    "admin_search": [page.title for page in Page.objects.search("{SCHEDULED_WORD}")],
}}))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def fetch(base_url, path):
    try:
        with urllib.request.urlopen(base_url + path, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def found(base_url, word):
    status, body = fetch(base_url, "/api/search/?" + urllib.parse.urlencode({"q": word, "locale": "nb"}))
    assert status == 200
    return [result["title"] for result in json.loads(body)["results"]]


def seen(base_url, pages):
    """What a visitor sees: the status of each page and whether search finds it."""
    return {
        name: (fetch(base_url, path)[0], bool(found(base_url, word))) for name, (path, word) in pages.items()
    }


def wait_for(condition, timeout, interval=0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False


class Database:
    """A copy of the migrated test database that the subprocesses share. It is prepared under
    another name and appears under `url` only at `open()`, so the worker first meets an outage."""

    def __init__(self, workdir):
        self.vendor = connection.vendor
        if self.vendor == "sqlite":
            self.staging = workdir / "staging"
            self.staging.mkdir()
            assert copy_test_database(self.staging / "portal.sqlite3")
            self.live = workdir / "live"
            self.staging_url = f"sqlite:///{self.staging / 'portal.sqlite3'}"
            self.url = f"sqlite:///{self.live / 'portal.sqlite3'}"
        else:
            settings = connection.settings_dict
            self.source = settings["NAME"]
            self.name = f"{self.source}_worker_{os.getpid()}"
            self.staging_name = f"{self.name}_staging"
            base = (
                f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST']}:{settings['PORT']}"
            )
            self.staging_url, self.url = f"{base}/{self.staging_name}", f"{base}/{self.name}"
            self.server = {key.lower(): settings[key] for key in ("USER", "PASSWORD", "HOST", "PORT")}
            # A template must have no other connection: this process's own goes first, and a
            # subprocess of an earlier test may take a moment to let go of its own.
            connection.close()
            create = f'CREATE DATABASE "{self.staging_name}" TEMPLATE "{self.source}"'
            assert wait_for(lambda: self.execute(create, quiet=True), timeout=15), self.execute(create)

    def execute(self, sql, quiet=False):
        import psycopg

        try:
            with psycopg.connect(dbname="postgres", autocommit=True, **self.server) as server:
                server.execute(sql)
        except psycopg.errors.ObjectInUse:
            if not quiet:
                raise
            return False
        return True

    def open(self):
        if self.vendor == "sqlite":
            self.staging.rename(self.live)
        else:
            self.execute(f'ALTER DATABASE "{self.staging_name}" RENAME TO "{self.name}"')

    def drop(self):
        if self.vendor == "sqlite":
            shutil.rmtree(self.live, ignore_errors=True)
            shutil.rmtree(self.staging, ignore_errors=True)
        else:
            for name in (self.name, self.staging_name):
                self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def database(django_db_setup, django_db_blocker, tmp_path_factory):
    """Module scope: made before any test's transaction holds this process's connection."""
    with django_db_blocker.unblock():
        database = Database(tmp_path_factory.mktemp("worker-database"))
        try:
            yield database
        finally:
            database.drop()


def start(command, env, log_path):
    with open(log_path, "w") as log:
        return subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)


def stop(process):
    if process.poll() is None:
        process.kill()
        process.wait()


# django_db: so that the run sets up the test database this one is copied from.
@pytest.mark.django_db
def test_the_worker_publishes_and_expires_on_time_runs_queued_tasks_and_stops_cleanly(database, tmp_path):
    base_env = {
        key: value for key, value in os.environ.items() if not key.startswith(("ELASTICSEARCH", "REDIS"))
    }
    production = {
        **base_env,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "worker-test-only-" + "x" * 50,
        "CACHE_DIR": str(tmp_path / "cache"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PYTHONUNBUFFERED": "1",
    }
    worker_log = tmp_path / "worker.log"
    worker = start(
        [sys.executable, "manage.py", "run_worker"],
        {**production, "DATABASE_URL": database.url, "WORKER_SCHEDULE_SECONDS": str(SCHEDULE_SECONDS)},
        worker_log,
    )
    port = free_port()
    server = start(
        [sys.executable, "tests/browser/serve.py", str(port)],
        {**base_env, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "DATABASE_URL": database.url},
        tmp_path / "server.log",
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        # Saving the pages, as the admin would, queues Wagtail's tasks in the database.
        pages = manage({**production, "DATABASE_URL": database.staging_url}, "shell", "-c", SETUP)
        # The worker meets the outage at least twice before the database appears.
        assert wait_for(lambda: worker_log.read_text().count(PUBLISH_FAILED) >= 2, timeout=30), (
            worker_log.read_text()
        )
        database.open()
        assert wait_for(lambda: fetch_quietly(base_url), timeout=30), (tmp_path / "server.log").read_text()
        watched = {
            "scheduled": (pages["scheduled"], SCHEDULED_WORD),
            "expiring": (pages["expiring"], EXPIRING_WORD),
        }
        assert time.time() < pages["moment"], "the setup took longer than LEAD_SECONDS; raise it"
        assert seen(base_url, watched) == {"scheduled": (404, False), "expiring": (200, True)}

        after = {"scheduled": (200, True), "expiring": (404, False)}
        assert wait_for(lambda: seen(base_url, watched) == after, timeout=LEAD_SECONDS + 20), seen(
            base_url, watched
        )
        late = time.time() - pages["moment"]
        print(f"both pages changed {late:.1f} s after their time (schedule: every {SCHEDULE_SECONDS} s)")
        # Generous: a shared, loaded machine; a worker that never publishes fails long before.
        assert late < SCHEDULE_SECONDS + 10
        assert worker.poll() is None, "the database outage stopped the worker"

        report = manage({**production, "DATABASE_URL": database.url}, "shell", "-c", REPORT)
        assert set(report["tasks"]) == {"SUCCESSFUL"}, report["tasks"]
        assert report["tasks"]["SUCCESSFUL"] >= 4
        assert report["admin_search"] == [f"{SCHEDULED_WORD.title()} toolkit"]

        started = time.monotonic()
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=20) == 0
        print(f"stopped {time.monotonic() - started:.2f} s after SIGTERM")
    finally:
        stop(worker)
        stop(server)
    log = worker_log.read_text()
    # The outage: one line per failed job, one for the task queue (not one per poll), no traceback.
    assert log.count("Background tasks: OperationalError") == 1, log
    # A failed job does not keep the next one from running.
    assert log.count("Scheduled job prune_db_task_results failed: OperationalError") >= 2, log
    assert log.count("Background tasks: running again") == 1, log
    assert "Traceback" not in log
    assert "stopping after the current task" in log


def fetch_quietly(base_url):
    try:
        return fetch(base_url, "/healthz")[0] == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def test_a_bad_schedule_is_refused_at_start(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "worker-test-only-" + "x" * 50,
        "CACHE_DIR": str(tmp_path),
        "WORKER_SCHEDULE_SECONDS": "every minute",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "run_worker"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "WORKER_SCHEDULE_SECONDS must be a positive number" in result.stderr
