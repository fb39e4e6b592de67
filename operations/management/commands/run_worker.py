"""The Procfile's `worker`: Wagtail's background tasks and the scheduled jobs, in one process."""

import logging

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.utils.crypto import get_random_string
from django_tasks_db.compat import TASKS_LOGGER
from django_tasks_db.management.commands.db_worker import valid_backend_name, valid_interval

from operations.worker import SCHEDULED_COMMANDS, PortalWorker, logger, schedule_seconds


class Command(BaseCommand):
    help = (
        "Run Wagtail's background tasks from the database queue and, every WORKER_SCHEDULE_SECONDS "
        f"(default 60), the scheduled jobs: {', '.join(SCHEDULED_COMMANDS)}. Stops on SIGTERM or SIGINT."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=valid_interval,
            default=1.0,
            help="Seconds between looks at an empty task queue (default: 1).",
        )
        parser.add_argument(
            "--backend",
            type=valid_backend_name,
            default="default",
            dest="backend_name",
            help="The TASKS backend to run (default: 'default'); it must be a database backend.",
        )

    def handle(self, *args, interval, backend_name, verbosity, **options):
        try:
            schedule = schedule_seconds()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            # The worker's own lines and each task's start and end, as db_worker shows them; with
            # -v 2 also each scheduled job's duration.
            for name in (logger.name, TASKS_LOGGER):
                logging.getLogger(name).setLevel(logging.DEBUG if verbosity >= 2 else logging.INFO)
        worker = PortalWorker(
            backend_name=backend_name,
            poll_interval=interval,
            schedule=schedule,
            worker_id=get_random_string(32),
            stdout=self.stdout,
        )
        worker.install_signal_handlers()
        worker.run()
