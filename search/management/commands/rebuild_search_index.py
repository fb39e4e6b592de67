"""`python manage.py rebuild_search_index`: rebuild every configured search engine from the content."""

import time

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Rebuild the search index in every configured engine (embedded, and Elasticsearch if set)."

    def handle(self, *args, **options):
        from search.documents import documents_by_locale
        from search.engines import index_writers

        documents = documents_by_locale()
        total = sum(len(items) for items in documents.values())
        failures = []
        for engine in index_writers():
            started = time.monotonic()
            try:
                engine.rebuild(documents)
            except Exception as error:  # noqa: BLE001 - report each engine, then fail at the end
                failures.append(f"{engine.name}: {type(error).__name__}: {error}")
                self.stderr.write(f"{engine.name}: rebuild failed: {error}")
                continue
            seconds = time.monotonic() - started
            self.stdout.write(f"{engine.name}: indexed {total} documents in {seconds:.1f} s")
        if failures:
            raise CommandError("; ".join(failures))
