"""`python manage.py restore <archive>`: a backup into the configured, empty database and media folder."""

from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection

from operations.backup import BackupError, rendition_model, restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive made by `backup` into the configured database and MEDIA_ROOT, both of which "
        "must be empty; then migrate and rebuild the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Path of a .tar.gz archive made by `manage.py backup`.")

    def handle(self, *args, **options):
        try:
            manifest = restore_backup(options["archive"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            raise CommandError(
                f"The database {connection.settings_dict['NAME']} cannot be used: {error}"
            ) from error
        self.stdout.write(
            f"Restored the {manifest['database']['vendor']} database and {manifest['media']['files']} media "
            f"files of {manifest['created']} from {options['archive']}."
        )
        try:
            self.finish()
        except Exception as error:
            raise CommandError(
                f"The database and media are restored, but finishing failed: {error}. Fix the cause, then "
                "run `manage.py migrate` and `manage.py rebuild_search_index`."
            ) from error

    def finish(self):
        # The code may be newer than the archive.
        call_command("migrate", interactive=False, verbosity=0)
        # Rendition files are not in the archive; without their rows Wagtail makes them again on request.
        # Plain SQL: a model delete would queue a task per row to delete files that are not there.
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(rendition_model()._meta.db_table)}")
            deleted = cursor.rowcount
        self.stdout.write(f"Removed {deleted} rendition rows; images are resized again when first shown.")
        for alias in settings.CACHES:
            # Menus, pages and renditions cached from before the restore would be wrong now.
            caches[alias].clear()
        call_command("rebuild_search_index", stdout=self.stdout, stderr=self.stderr)
        if any(
            not backend["BACKEND"].endswith(".database")
            for backend in settings.WAGTAILSEARCH_BACKENDS.values()
        ):
            # Wagtail's admin search lives in Elasticsearch then, outside the archive, too.
            call_command("update_index", verbosity=0)
        self.stdout.write("Done.")
