"""A SQLite file with the demo content, built once per test run and shared by the tests that need
a whole site (browser, translation and operations tests). Built from a copy of the already migrated test
database, then `setup_site` and `load_demo_content`, in a subprocess, so none of it leaks into the
database the other tests use."""

import atexit
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORKDIR = REPO / ".cache" / "demo-site"
# One file per test run: several runs may share a working tree.
DATABASE = WORKDIR / f"site-{os.getpid()}.sqlite3"
ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    "DATABASE_URL": f"sqlite:///{DATABASE}",
    "PYTHONUNBUFFERED": "1",
}
_built = {}


def manage(*args, env=None):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**os.environ, **ENV, **(env or {})},
        capture_output=True,
        text=True,
        timeout=900,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def copy_test_database(target):
    """The test run already migrated an in-memory SQLite database: copy it instead of migrating
    again (a minute on a small machine)."""
    from django.db import connection

    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
        return True
    return False


def demo_database(django_db_blocker):
    """Environment variables that point manage.py (or a server) at the demo site database."""
    if not _built:
        WORKDIR.mkdir(parents=True, exist_ok=True)
        DATABASE.unlink(missing_ok=True)
        with django_db_blocker.unblock():
            copied = copy_test_database(DATABASE)
        if not copied:
            manage("migrate", "--no-input", "-v0")
        manage("setup_site", "--no-admin")
        if "load_demo_content" in manage("help", "--commands").split():
            manage("load_demo_content")
        _built["env"] = dict(ENV)
        atexit.register(remove_database)
    return dict(_built["env"])


def remove_database():
    for path in WORKDIR.glob(f"{DATABASE.name}*"):
        path.unlink(missing_ok=True)
