"""The worker process: Wagtail's background tasks from the database queue, and scheduled jobs.

One thread does both in turn: a round of queued tasks (django-tasks-db's own worker, bounded so
a long queue cannot starve the schedule), then, when due, each scheduled management command.
Nothing that fails (a task, a job, the database itself) stops the loop; it is logged in one line
and tried again on the next round.
"""

import logging
import os
import signal
import threading
import time

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command, get_commands
from django.db import close_old_connections, connections
from django_tasks_db.management.commands.db_worker import Worker

logger = logging.getLogger("operations.worker")

# Management commands and their options, run in this order every WORKER_SCHEDULE_SECONDS; one
# not installed is skipped. Finished task results are kept 14 days (django-tasks-db's default).
SCHEDULED_COMMANDS = {
    "publish_scheduled": {},
    # Generations Redis missed while it did not answer: what it kept before must not come back.
    "settle_cache_generations": {"verbosity": 0},
    "heal_search_index": {},
    "prune_search_insights": {"verbosity": 0},
    # Documents whose text was not read by their own task (a lost task, a file added by a script).
    "extract_document_texts": {"limit": 50, "verbosity": 0},
    "prune_db_task_results": {"queue_name": "*", "verbosity": 0},
}
DEFAULT_SCHEDULE_SECONDS = 60
# Tasks run per round before the schedule gets its turn.
TASKS_PER_ROUND = 100


def schedule_seconds():
    value = os.environ.get("WORKER_SCHEDULE_SECONDS", str(DEFAULT_SCHEDULE_SECONDS))
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0
    if not seconds > 0:
        raise ImproperlyConfigured(f"WORKER_SCHEDULE_SECONDS must be a positive number, not {value!r}")
    return seconds


def one_line(error):
    """An exception as one log line: database drivers' messages span several."""
    return f"{type(error).__name__}: {' '.join(str(error).split())}"


class Round(Worker):
    """django-tasks-db's worker, counting the tasks it runs."""

    ran = 0

    def run_task(self, db_task_result):
        self.ran += 1
        super().run_task(db_task_result)


class PortalWorker:
    def __init__(self, *, backend_name, poll_interval, schedule, worker_id, stdout=None):
        self.backend_name = backend_name
        self.poll_interval = poll_interval
        self.schedule = schedule
        self.worker_id = worker_id
        self.stdout = stdout
        self.stopping = threading.Event()
        self.tasks = None
        self.failing = False

    def install_signal_handlers(self):
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self.stop)

    def stop(self, signum=signal.SIGTERM, frame=None):
        """Finish the task or job at hand, then leave; a second signal ends the process at once."""
        logger.warning("%s: stopping after the current task", signal.strsignal(signum))
        self.stopping.set()
        if self.tasks is not None:
            self.tasks.running = False
        for other in (signal.SIGTERM, signal.SIGINT):
            signal.signal(other, signal.SIG_DFL)

    def run(self):
        logger.info(
            "Worker %s: tasks every %ss, scheduled jobs every %ss",
            self.worker_id,
            self.poll_interval,
            self.schedule,
        )
        jobs_due = time.monotonic()
        while not self.stopping.is_set():
            if time.monotonic() >= jobs_due:
                jobs_due = time.monotonic() + self.schedule
                self.run_scheduled_jobs()
            if self.run_tasks() < TASKS_PER_ROUND:
                self.stopping.wait(min(self.poll_interval, max(0, jobs_due - time.monotonic())))
        logger.info("Worker %s stopped", self.worker_id)

    def run_tasks(self):
        """The tasks waiting now, at most TASKS_PER_ROUND of them; how many ran."""
        self.tasks = tasks = Round(
            queue_names=["*"],
            excluded_queue_names=[],
            interval=0,
            batch=True,
            backend_name=self.backend_name,
            startup_delay=False,
            max_tasks=TASKS_PER_ROUND,
            worker_id=self.worker_id,
        )
        try:
            if not self.stopping.is_set():
                self.tasks.run()
        except Exception as error:  # noqa: BLE001 - a database outage above all; the worker outlives it
            # Once per outage, not once per poll.
            if not self.failing:
                logger.error(
                    "Background tasks: %s; trying again every %ss", one_line(error), self.poll_interval
                )
            self.failing = True
            connections.close_all()
        else:
            if self.failing:
                logger.warning("Background tasks: running again")
            self.failing = False
        finally:
            self.tasks = None
        return tasks.ran

    def run_scheduled_jobs(self):
        available = get_commands()
        for name, options in SCHEDULED_COMMANDS.items():
            if self.stopping.is_set() or name not in available:
                continue
            close_old_connections()
            started = time.monotonic()
            try:
                call_command(name, stdout=self.stdout, **options)
            except Exception as error:  # noqa: BLE001 - one failing job must not stop the others
                logger.error("Scheduled job %s failed: %s", name, one_line(error))
                connections.close_all()
            else:
                logger.debug("Scheduled job %s done in %.2fs", name, time.monotonic() - started)
