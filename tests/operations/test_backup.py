"""`manage.py backup` and `manage.py restore`: a round trip through one archive gives back the same site.

The commands run as an operator runs them: in processes of their own, against a database and media
folder of this module's own (a SQLite file, or fresh PostgreSQL databases when the suite runs on
PostgreSQL), never the test database or the shared `portal` one. The content is made and read by
tests/operations/backup_content.py in the same way.
"""

import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.db import connection

# The database tests run on tells which vendor to test (SQLite, or PostgreSQL with DATABASE_URL).
pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]
# Settings that would send the processes to shared services (Elasticsearch, Redis, Sentry) are dropped.
DROPPED = {
    "ELASTICSEARCH_URL",
    "REDIS_URL",
    "SENTRY_DSN",
    "CACHE_DIR",
    "BACKUP_DIR",
    "DATABASE_URL",
    "MEDIA_ROOT",
}


def run(env, *args, check=True):
    """`python <args>` in the project folder with `env`; returns the finished process."""
    result = subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env={**{k: v for k, v in os.environ.items() if k not in DROPPED}, **env},
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result


def snapshot(env, path, what="snapshot"):
    run(env, "-m", "tests.operations.backup_content", what, str(path))
    return json.loads(path.read_text(encoding="utf-8"))


class Databases:
    """Databases of this module's own, on the vendor the suite runs on: a migrated copy of the
    (empty) test database, or an empty one."""

    def __init__(self, folder):
        self.folder = folder
        self.vendor = connection.vendor
        self.settings = dict(connection.settings_dict)
        self.prefix = f"backup_test_{uuid.uuid4().hex[:8]}"
        self.created = []

    def env(self, name, media):
        if self.vendor == "sqlite":
            url = f"sqlite:///{self.folder / f'{name}.sqlite3'}"
        else:
            s = self.settings
            url = f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST']}:{s['PORT']}/{self.prefix}_{name}"
        media.mkdir(parents=True, exist_ok=True)
        return {
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": url,
            "MEDIA_ROOT": str(media),
            "BACKUP_DIR": str(self.folder / "backups"),
            "PYTHONUNBUFFERED": "1",
        }

    def _pg_env(self):
        s = self.settings
        return {**os.environ, "PGHOST": s["HOST"], "PGPORT": str(s["PORT"]), "PGUSER": s["USER"],
                "PGPASSWORD": s["PASSWORD"]}  # fmt: skip

    def empty(self, name):
        if self.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{self.prefix}_{name}"')
            self.created.append(f"{self.prefix}_{name}")
        return self.env(name, self.folder / f"{name}-media")

    def migrated(self, name):
        """A copy of the migrated test database: migrating anew takes half a minute or more."""
        env = self.empty(name)
        if self.vendor == "sqlite":
            import sqlite3

            connection.ensure_connection()
            copy = sqlite3.connect(self.folder / f"{name}.sqlite3")
            try:
                connection.connection.backup(copy)
            finally:
                copy.close()
        else:
            dump = subprocess.run(
                ["pg_dump", "--format=custom", self.settings["NAME"]],
                env=self._pg_env(), capture_output=True, check=True, timeout=300,
            )  # fmt: skip
            subprocess.run(
                ["pg_restore", "--no-owner", f"--dbname={self.prefix}_{name}"],
                input=dump.stdout, env=self._pg_env(), capture_output=True, check=True, timeout=300,
            )  # fmt: skip
        return env

    def table_count(self, name):
        if self.vendor == "sqlite":
            import sqlite3

            with sqlite3.connect(self.folder / f"{name}.sqlite3") as database:
                return database.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[
                    0
                ]
        import psycopg

        s = self.settings
        with psycopg.connect(
            host=s["HOST"],
            port=s["PORT"],
            user=s["USER"],
            password=s["PASSWORD"],
            dbname=f"{self.prefix}_{name}",
        ) as database:
            return database.execute("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[
                0
            ]

    def drop_all(self):
        with connection.cursor() as cursor:
            for name in self.created:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def databases(django_db_setup, django_db_blocker, tmp_path_factory):
    folder = tmp_path_factory.mktemp("backup")
    with django_db_blocker.unblock():
        databases = Databases(folder)
        yield databases
        databases.drop_all()


@pytest.fixture(scope="module")
def round_trip(databases, django_db_blocker):
    """Content built in a source database, backed up, and restored into a new empty database."""
    # Every database is made here, outside the tests' transactions (PostgreSQL's CREATE DATABASE).
    with django_db_blocker.unblock():
        source = databases.migrated("source")
        target = databases.empty("restored")
        spare = {name: databases.empty(name) for name in ("media_in_the_way", "damaged")}
    run(source, "-m", "tests.operations.backup_content", "build")
    before = snapshot(source, databases.folder / "before.json")
    backup = run(source, "manage.py", "backup")
    archive = Path(backup.stdout.strip().splitlines()[-1])
    restore = run(target, "manage.py", "restore", str(archive))
    after = snapshot(target, databases.folder / "after.json")
    return {
        "source": source,
        "target": target,
        "spare": spare,
        "archive": archive,
        "backup": backup,
        "restore": restore,
        "before": before,
        "after": after,
    }


def test_backup_writes_one_archive_and_prints_its_path(round_trip, databases):
    archive = round_trip["archive"]
    assert archive.parent == databases.folder / "backups"
    assert [path.name for path in archive.parent.iterdir()] == [archive.name]  # no leftovers
    assert archive.stat().st_mode & 0o077 == 0  # only its owner may read password hashes and drafts
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    dump = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}[databases.vendor]
    assert names[0] == dump and names[-1] == "manifest.json"
    assert manifest["database"]["vendor"] == databases.vendor
    assert "0001_initial" in manifest["migrations"]["wagtailcore"]
    assert manifest["versions"]["wagtail"]
    assert [file["name"] for file in manifest["files"]] == names[:-1]
    assert all(len(file["sha256"]) == 64 for file in manifest["files"])
    # Originals and documents go in; renditions are left out and made again on request.
    media = {name for name in names if name.startswith("media/")}
    assert {"media/documents/sluttrapport.txt"} <= media
    assert any(name.startswith("media/original_images/") for name in media)
    assert not any(name.startswith("media/images/") for name in media)
    # The thumbnail made above and the AVIF and WebP sizes the pages' <picture> asked for.
    assert manifest["media"]["renditions_left_out"] > 3
    if databases.vendor == "postgresql":
        with tarfile.open(archive) as tar:
            assert tar.extractfile(dump).read(5) == b"PGDMP"  # pg_restore's custom format


def differences(before, after, section):
    return {"before": before[section], "after": after[section]} if before[section] != after[section] else None


@pytest.mark.parametrize(
    "section",
    [
        "pages",
        "drafts",
        "revisions",
        "translations",
        "localize",
        "snippets",
        "images",
        "documents",
        "workflow",
        "log_entries",
    ],
)
def test_restore_gives_back_the_same_content(round_trip, section):
    assert round_trip["before"][section], f"the content has no {section}: the test would prove nothing"
    assert differences(round_trip["before"], round_trip["after"], section) is None


def test_every_table_has_as_many_rows_except_renditions(round_trip):
    before, after = dict(round_trip["before"]["counts"]), dict(round_trip["after"]["counts"])
    rendition = next(label for label in before if label.endswith("Rendition"))
    assert before.pop(rendition) > 0
    assert after.pop(rendition) == 0
    assert {label: (count, after[label]) for label, count in before.items() if after[label] != count} == {}


def test_the_site_answers_the_same_searches_and_shows_its_pages_and_images(round_trip):
    before, after = round_trip["before"], round_trip["after"]
    assert all(answer["total"] > 0 for answer in before["search"])
    assert after["search"] == before["search"]
    assert after["pages_shown"] == before["pages_shown"]
    assert {page["status"] for page in after["pages_shown"].values()} == {200}
    assert sum(page["media"] for page in after["pages_shown"].values()) == 3
    assert "embedded: indexed" in round_trip["restore"].stdout


def test_renditions_are_made_again_when_first_requested(round_trip):
    after = round_trip["after"]
    assert after["renditions_before_any_request"] == []
    assert after["renditions"] == [[80, 60, True]]


def test_restore_into_a_database_with_content_refuses_and_changes_nothing(round_trip, databases):
    source = round_trip["source"]
    result = run(source, "manage.py", "restore", str(round_trip["archive"]), check=False)
    assert result.returncode == 1
    assert "is not empty" in result.stderr and "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    after = snapshot(source, databases.folder / "refused.json", "counts")
    before = dict(round_trip["before"]["counts"])
    # Only the snapshot's own page views made renditions since; everything else is as it was.
    rendition = next(label for label in before if label.endswith("Rendition"))
    assert after.pop(rendition) >= before.pop(rendition)
    assert after == before


def test_restore_into_a_media_folder_with_files_refuses(round_trip):
    env = round_trip["spare"]["media_in_the_way"]
    Path(env["MEDIA_ROOT"], "somebody-elses.jpg").write_bytes(b"not ours")
    result = run(env, "manage.py", "restore", str(round_trip["archive"]), check=False)
    assert result.returncode == 1
    assert f"The media folder {env['MEDIA_ROOT']} is not empty" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(os.listdir(env["MEDIA_ROOT"])) == ["somebody-elses.jpg"]


def damaged_archives(archive, folder):
    """Each way an archive can be unusable, and what the operator is told."""
    data = archive.read_bytes()
    truncated = folder / "truncated.tar.gz"
    truncated.write_bytes(data[: len(data) // 2])
    not_gzip = folder / "notes.tar.gz"
    not_gzip.write_bytes(b"these are not the backups you are looking for\n" * 100)
    # A tampered member: one media file's bytes differ from the manifest's checksum.
    tampered = folder / "tampered.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(tampered, "w:gz") as copy:
        for member in source:
            content = source.extractfile(member).read()
            if member.name == "media/documents/sluttrapport.txt":
                content = content.replace(b"Seved", b"Xeved")
            copy.addfile(member, io.BytesIO(content))
    # Cut short before the manifest, as an interrupted copy would be.
    no_manifest = folder / "no-manifest.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(no_manifest, "w:gz") as copy:
        for member in source:
            if member.name != "manifest.json":
                copy.addfile(member, source.extractfile(member))
    return [
        (truncated, "is damaged or not a backup archive"),
        (folder / "missing.tar.gz", "no such archive"),
        (not_gzip, "is damaged or not a backup archive"),
        (tampered, "is damaged: checksum differs: media/documents/sluttrapport.txt"),
        (no_manifest, "has no manifest.json"),
    ]


def test_a_damaged_archive_gives_a_clear_error_and_changes_nothing(round_trip, databases, tmp_path):
    env = round_trip["spare"]["damaged"]
    (path, message), *_ = damaged_archives(round_trip["archive"], tmp_path)
    result = run(env, "manage.py", "restore", str(path), check=False)
    assert (result.returncode, "Traceback" in result.stderr) == (1, False), result.stderr
    assert message in result.stderr and "Nothing was changed" in result.stderr
    assert not any(Path(env["MEDIA_ROOT"]).iterdir())
    assert databases.table_count("damaged") == 0


def test_every_kind_of_damage_is_named_before_anything_is_changed(round_trip, tmp_path):
    from operations.backup import BackupError, read_archive

    for path, message in damaged_archives(round_trip["archive"], tmp_path):
        work = tmp_path / f"work-{path.stem}"
        work.mkdir()
        with pytest.raises(BackupError) as error:
            read_archive(path, work)
        assert message in str(error.value)
