"""`python manage.py heal_search_index`: write to Elasticsearch what it missed while unreachable.

The worker runs it every minute. Nothing pending costs one query; an open circuit breaker (the node
failed moments ago) ends it at once; a node that fails during healing leaves the rest for the next run.
"""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Retry the Elasticsearch writes that failed, with each document's current content."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500, help="documents per bulk request")

    def handle(self, *args, **options):
        from search.engines import elasticsearch_engine
        from search.outbox import heal

        # The worker runs this every minute: a run with nothing to do says so only when asked (-v 2).
        quiet = options["verbosity"] < 2
        engine = elasticsearch_engine()
        if engine is None:
            if not quiet:
                self.stdout.write("Elasticsearch is not configured: nothing to heal.")
            return
        healing = heal(engine, batch=max(1, options["batch"]))
        if not healing.pending:
            if not quiet:
                self.stdout.write("elasticsearch: nothing pending.")
        elif healing.skipped:
            self.stdout.write(
                f"elasticsearch: {healing.pending} pending; the node is being skipped after failures, "
                f"next try in {engine.breaker.retry_in():.0f} s."
            )
        else:
            self.stdout.write(
                f"elasticsearch: {healing.pending} pending, {healing.written} written, "
                f"{healing.deleted} deleted."
            )
            if healing.error:
                self.stderr.write(f"elasticsearch: healing stopped, the rest waits: {healing.error}")
