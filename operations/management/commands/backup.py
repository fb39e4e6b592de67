"""`python manage.py backup`: one archive of the database and the media folder; prints its path."""

import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection

from operations.backup import BackupError, create_backup


def megabytes(size):
    return f"{size / 1_000_000:.1f} MB"


class Command(BaseCommand):
    help = (
        "Write one archive (database dump, media files, manifest) into BACKUP_DIR (default: backups/) "
        "and print its path."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=os.environ.get("BACKUP_DIR") or settings.BASE_DIR / "backups",
            help="Folder for the archive (default: $BACKUP_DIR, else backups/ in the project).",
        )

    def handle(self, *args, **options):
        try:
            path, manifest = create_backup(Path(options["output_dir"]))
        except BackupError as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            raise CommandError(
                f"The database {connection.settings_dict['NAME']} cannot be used: {error}"
            ) from error
        database, media = manifest["database"], manifest["media"]
        # The summary goes to stderr, so `$(manage.py backup)` is the path alone.
        self.stderr.write(
            f"database: {database['vendor']} {database['name']} ({database['tool']}); "
            f"media: {media['files']} files, {megabytes(media['bytes'])} "
            f"({media['renditions_left_out']} renditions left out, made again on request); "
            f"archive: {megabytes(path.stat().st_size)}"
        )
        self.stdout.write(str(path))
