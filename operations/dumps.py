"""The database in its own format: pg_dump's custom format and pg_restore for PostgreSQL, SQLite's
online backup API for SQLite. Used by operations.backup."""

import os
import shutil
import sqlite3
import subprocess

from django.db import connection
from django.db.backends.postgresql.client import DatabaseClient


class BackupError(Exception):
    """Something an operator can act on: the commands print it as it is, without a traceback."""


def _postgres_env():
    """libpq's environment for the configured database, as Django's own `dbshell` builds it."""
    settings_dict = connection.settings_dict
    _, extra = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(extra or {})}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("NAME", "PGDATABASE")):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    return env


def _run_postgres_tool(tool, *arguments):
    executable = shutil.which(tool)
    if not executable:
        raise BackupError(f"{tool} is not installed (Debian: apt-get install postgresql-client).")
    result = subprocess.run(
        [executable, *arguments], env=_postgres_env(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{tool} failed: {result.stderr.strip() or result.stdout.strip()}")
    return subprocess.run([executable, "--version"], capture_output=True, text=True).stdout.strip()


def dump_database(vendor, target):
    """Writes the dump to `target`; returns the tool that made it, for the manifest."""
    if vendor == "postgresql":
        return _run_postgres_tool(
            "pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"
        )
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        # A consistent copy even while the site writes to the database.
        connection.connection.backup(copy)
    finally:
        copy.close()
    return f"sqlite3 {sqlite3.sqlite_version} online backup"


def server_version(vendor):
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return cursor.fetchone()[0]
    return sqlite3.sqlite_version


def load_database(vendor, dump):
    if vendor == "postgresql":
        # One transaction: a failure leaves the database as empty as it was.
        _run_postgres_tool(
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(dump),
        )
        return
    source = sqlite3.connect(f"file:{dump}?mode=ro", uri=True)
    try:
        connection.ensure_connection()
        source.backup(connection.connection)
    finally:
        source.close()
