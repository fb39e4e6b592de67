"""Backups: one archive holding the database in its own dump format, the uploaded media and a manifest.

Layout of the archive (a gzip'd tar), in this order:

- ``database.dump`` (``pg_dump --format=custom``) or ``database.sqlite3`` (SQLite's online backup API);
- ``media/…``: every file under MEDIA_ROOT except image renditions, which Wagtail makes again on request;
- ``manifest.json``: when, from which database and code (applied migrations, package versions), and the
  size and SHA-256 of every other member. It comes last because the checksums are taken while writing.

A restore goes into an empty database and an empty media folder only, and checks every checksum
before it changes anything.
"""

import datetime
import gzip
import hashlib
import io
import json
import os
import platform
import shutil
import tarfile
import tempfile
import zlib
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from operations.dumps import BackupError, dump_database, load_database, server_version

FORMAT = "portal-backup/1"
DUMP_NAMES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
VENDOR_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
MANIFEST = "manifest.json"
MEDIA = "media"
PACKAGES = ("Django", "wagtail", "wagtail-localize", "psycopg")
CHUNK = 1024 * 1024


def database_vendor():
    if connection.vendor not in DUMP_NAMES:
        raise BackupError(f"Backups support PostgreSQL and SQLite; this database is {connection.vendor}.")
    return connection.vendor


def media_root():
    if not isinstance(storages["default"], FileSystemStorage):
        raise BackupError(
            "Uploads are not in a local folder (STORAGES['default'] is not FileSystemStorage): "
            "back them up with that storage's own tools."
        )
    return Path(settings.MEDIA_ROOT)


def rendition_model():
    from wagtail.images import get_image_model

    return get_image_model().get_rendition_model()


# Writing an archive


class _HashingReader:
    """Hands tarfile a file's bytes and hashes exactly those, so the manifest matches the archive."""

    def __init__(self, file):
        self.file = file
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def _add_file(archive, path, name):
    with open(path, "rb") as file:
        info = archive.gettarinfo(arcname=name, fileobj=file)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        reader = _HashingReader(file)
        archive.addfile(info, reader)
    return {"name": name, "size": info.size, "sha256": reader.sha256.hexdigest()}


def _media_files(root, left_out):
    if not root.is_dir():
        return
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder, name)
            relative = path.relative_to(root).as_posix()
            if relative not in left_out and path.is_file():
                yield path, relative


def applied_migrations():
    applied = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def _versions():
    return {
        "python": platform.python_version(),
        **{package: metadata.version(package) for package in PACKAGES},
    }


def _archive_path(directory, created):
    stem = f"portal-{created:%Y%m%d-%H%M%S}"
    path = directory / f"{stem}.tar.gz"
    number = 1
    while path.exists():
        number += 1
        path = directory / f"{stem}-{number}.tar.gz"
    return path


def create_backup(directory):
    """Writes one archive into `directory` and returns its path and manifest."""
    vendor = database_vendor()
    media = media_root()
    if not connection.introspection.table_names():
        raise BackupError(
            f"The database {connection.settings_dict['NAME']} has no tables: nothing to back up."
        )
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    created = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory(dir=directory, prefix=".backup-") as work:
        dump = Path(work, DUMP_NAMES[vendor])
        # The database first, then media: every file a dumped row names was uploaded before the dump.
        tool = dump_database(vendor, dump)
        left_out = set(rendition_model().objects.values_list("file", flat=True))
        partial = Path(work, "archive.tar.gz")
        with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
            files = [_add_file(archive, dump, dump.name)]
            for path, relative in _media_files(media, left_out):
                files.append(_add_file(archive, path, f"{MEDIA}/{relative}"))
            media_files = files[1:]
            manifest = {
                "format": FORMAT,
                "created": created.isoformat(),
                "database": {
                    "vendor": vendor,
                    "name": str(connection.settings_dict["NAME"]),
                    "server_version": server_version(vendor),
                    "dump": dump.name,
                    "tool": tool,
                },
                "media": {
                    "files": len(media_files),
                    "bytes": sum(file["size"] for file in media_files),
                    "renditions_left_out": len(left_out),
                },
                "migrations": applied_migrations(),
                "versions": _versions(),
                "files": files,
            }
            data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(data), int(created.timestamp()), 0o644
            archive.addfile(info, io.BytesIO(data))
        # The archive holds password hashes and unpublished drafts: only its owner may read it.
        partial.chmod(0o600)
        final = _archive_path(directory, created)
        os.replace(partial, final)  # never a half-written archive under an archive's name
    return final, manifest


# Restoring an archive


def check_empty(media):
    """Refuses a database with any table in it, or a media folder with any file in it."""
    tables = connection.introspection.table_names()
    if tables:
        raise BackupError(
            f"The database {connection.settings_dict['NAME']} is not empty ({len(tables)} tables). "
            "A restore goes into an empty database only, so that nothing is overwritten by mistake: "
            "create a new database (or delete this one's tables) and run the restore again. "
            "Nothing was changed."
        )
    if media.exists() and any(path.is_file() for path in media.rglob("*")):
        raise BackupError(
            f"The media folder {media} is not empty. A restore goes into an empty media folder only: "
            "move its files away (or set MEDIA_ROOT to an empty folder) and run the restore again. "
            "Nothing was changed."
        )


def _safe_name(name):
    path = PurePosixPath(name)
    allowed = name in (*DUMP_NAMES.values(), MANIFEST) or (
        len(path.parts) > 1 and path.parts[0] == MEDIA and ".." not in path.parts and not path.is_absolute()
    )
    return allowed


def _unpack(archive_path, work):
    """Extracts into `work`, hashing every member; returns {name: (size, sha256)}."""
    found = {}
    with tarfile.open(archive_path, "r:*") as archive:
        for number, member in enumerate(archive):
            if number == 0 and member.name not in DUMP_NAMES.values():
                raise BackupError(f"{archive_path} is not a portal backup (it does not start with a dump).")
            if not member.isfile() or not _safe_name(member.name) or member.name in found:
                raise BackupError(f"{archive_path} holds an unexpected entry: {member.name!r}.")
            target = work / member.name
            target.parent.mkdir(parents=True, exist_ok=True)
            sha256 = hashlib.sha256()
            with archive.extractfile(member) as source, open(target, "wb") as copy:
                while chunk := source.read(CHUNK):
                    sha256.update(chunk)
                    copy.write(chunk)
            found[member.name] = (member.size, sha256.hexdigest())
    return found


def _check_members(archive_path, manifest, found):
    expected = {file["name"]: (file["size"], file["sha256"]) for file in manifest["files"]}
    problems = [f"missing: {name}" for name in sorted(expected.keys() - found.keys())]
    problems += [f"not in the manifest: {name}" for name in sorted(found.keys() - expected.keys())]
    problems += [
        f"checksum differs: {name}"
        for name in sorted(expected.keys() & found.keys())
        if expected[name] != found[name]
    ]
    if problems:
        shown = "; ".join(problems[:5]) + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else "")
        raise BackupError(f"{archive_path} is damaged: {shown}. Nothing was changed.")


def _check_compatible(manifest, vendor):
    archived = manifest["database"]["vendor"]
    if archived != vendor:
        raise BackupError(
            f"This archive holds a {VENDOR_NAMES.get(archived, archived)} database, but the configured "
            f"database is {VENDOR_NAMES[vendor]}: restore it into a {VENDOR_NAMES.get(archived, archived)} "
            "database (DATABASE_URL). Nothing was changed."
        )
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    for migration in loader.disk_migrations.values():
        known.update(migration.replaces)
    unknown = [
        f"{app_label}.{name}"
        for app_label, names in manifest["migrations"].items()
        for name in names
        if (app_label, name) not in known and app_label in loader.migrated_apps
    ]
    if unknown:
        raise BackupError(
            "This archive was made by newer code: its database has migrations this code does not have "
            f"({', '.join(unknown[:5])}). Deploy the code the backup came from, then restore. "
            "Nothing was changed."
        )


@contextmanager
def _staging_folder(media):
    """A work folder beside MEDIA_ROOT, so the media move into place without a second copy."""
    try:
        media.parent.mkdir(parents=True, exist_ok=True)
        work = tempfile.TemporaryDirectory(dir=media.parent, prefix=".restore-")
    except OSError:
        work = tempfile.TemporaryDirectory(prefix="portal-restore-")
    with work as path:
        yield Path(path)


def read_archive(archive_path, work):
    """Unpacks and verifies the archive in `work`; returns its manifest."""
    if not archive_path.is_file():
        raise BackupError(f"{archive_path}: no such archive.")
    try:
        found = _unpack(archive_path, work)
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise BackupError(
            f"{archive_path} is damaged or not a backup archive ({error or type(error).__name__}). "
            "Nothing was changed."
        ) from error
    if MANIFEST not in found:
        raise BackupError(
            f"{archive_path} has no {MANIFEST}: the backup was cut short. Use another archive. "
            "Nothing was changed."
        )
    try:
        manifest = json.loads(Path(work, MANIFEST).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(f"{archive_path}: its {MANIFEST} cannot be read ({error}).") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{archive_path} is not a portal backup in the format {FORMAT}.")
    if not {"created", "database", "migrations", "files"} <= manifest.keys():
        raise BackupError(f"{archive_path}: its {MANIFEST} is incomplete. Nothing was changed.")
    found.pop(MANIFEST)
    _check_members(archive_path, manifest, found)
    return manifest


def _move_media(staged, media):
    media.mkdir(parents=True, exist_ok=True)
    if staged.is_dir():
        for child in staged.iterdir():
            shutil.move(child, media / child.name)


def restore_backup(archive_path):
    """Puts the archive's database and media in place; returns its manifest. The caller migrates,
    clears caches and rebuilds the search index."""
    vendor = database_vendor()
    media = media_root()
    check_empty(media)
    with _staging_folder(media) as work:
        manifest = read_archive(Path(archive_path), work)
        _check_compatible(manifest, vendor)
        load_database(vendor, work / manifest["database"]["dump"])
        _move_media(work / MEDIA, media)
    return manifest
