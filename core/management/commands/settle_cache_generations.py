"""Starts the cache generations that could not be started while the shared cache did not answer
(core.cache.start_generation); run by the worker's schedule."""

from django.core.management.base import BaseCommand

from core.cache import settle_missed_generations


class Command(BaseCommand):
    help = "Start the cache generations missed while the shared cache (Redis) did not answer."

    def handle(self, *args, **options):
        started = settle_missed_generations()
        if started and options["verbosity"]:
            self.stdout.write(f"Started {started} missed cache generation(s).")
