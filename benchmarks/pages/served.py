"""Pages as visitors get them from the production stack: gunicorn with gunicorn.conf.py and production
settings (DEBUG off, the file cache, SQLite), 2 workers, under 8 closed-loop connections; once with
the page cache (cached) and once without it (uncached: every request renders, the menus and lists
cached as on a running site). The uncached p50 is also measured with one connection, which is the
render time a visitor waits for when nobody else is being served."""

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from benchmarks.pages import load

REPO = Path(__file__).resolve().parents[2]
# Measured on wagtail/bakerydemo under the same conditions (2 gunicorn workers, SQLite, production
# settings, 8 connections): requests per second by kind of page, the highest of each range.
BAKERYDEMO = {"home": (56, "56"), "index": (82, "69–82"), "detail": (140, "116–140")}
KIND = {
    "HomePage": "home",
    "PhaseGuidePage": "index",
    "InitiativeIndexPage": "index",
    "ToolIndexPage": "index",
    "StudyTripIndexPage": "index",
    "InitiativeIndexPage (filtered)": "index",
    "PhasePage": "detail",
    "InitiativePage": "detail",
    "ToolPage": "detail",
    "StudyTripPage": "detail",
    "LegalBasisPage": "detail",
}


def production_env(database_url, folder, port, page_cache_seconds):
    return {
        **{key: value for key, value in os.environ.items() if not key.startswith(("REDIS", "ELASTICSEARCH"))},
        "PATH": f"{REPO / '.venv' / 'bin'}:{os.environ.get('PATH', '')}",
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-" + "k3y-n0t-f0r-pr0duct10n-" * 3,
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(folder / "static"),
        "CACHE_DIR": str(folder / f"cache-{page_cache_seconds}"),
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "WEB_CONCURRENCY": "2",
        "HOST": "127.0.0.1",
        "PORT": str(port),
    }


class Server:
    """gunicorn as the Procfile's `web` starts it, its access log in `folder`."""

    def __init__(self, env, folder):
        self.env = env
        self.port = int(env["PORT"])
        shutil.rmtree(env["CACHE_DIR"], ignore_errors=True)
        self.log = open(folder / f"gunicorn-{env['PAGE_CACHE_SECONDS']}.log", "ab")  # noqa: SIM115
        command = [sys.executable, "-m", "gunicorn", "portal.wsgi", "-c", "gunicorn.conf.py"]
        self.process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def __enter__(self):
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped; see {self.log.name}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/nb/", timeout=5):
                    return self
            except (urllib.error.URLError, OSError):
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer within 90 s")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.log.close()


def ceiling(folder, port, seconds, connections, size):
    """A Load of the fixed-bytes app (fixed_app.py) under gunicorn with the same workers and log."""
    env = {**os.environ, "FIXED_APP_BYTES": str(size)}
    command = [sys.executable, "-m", "gunicorn", "benchmarks.pages.fixed_app:app", "-c", "gunicorn.conf.py"]
    env.update({"WEB_CONCURRENCY": "2", "HOST": "127.0.0.1", "PORT": str(port)})
    with open(folder / "gunicorn-fixed.log", "ab") as log:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    warm(port, "/", times=1)
                    break
                except (urllib.error.URLError, OSError):
                    time.sleep(0.2)
            return load.run(port, "/", connections, seconds)
        finally:
            process.terminate()
            process.wait(timeout=30)


def warm(port, path, times=3):
    for _ in range(times):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
                response.read()
        except urllib.error.HTTPError:
            pass


def measure(database_url, folder, urls, port, seconds, connections):
    """{name: {cached, uncached, single}} Loads of each URL, the cached ones against a server with
    the page cache, the others against one without."""
    folder.mkdir(parents=True, exist_ok=True)
    results = {name: {} for name in urls}
    env = production_env(database_url, folder, port, 600)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=REPO, env=env, check=True
    )
    for mode, cache_seconds in (("cached", 600), ("uncached", 0)):
        with Server(production_env(database_url, folder, port, cache_seconds), folder):
            for name, path in urls.items():
                warm(port, path)
                results[name][mode] = load.run(port, path, connections, seconds)
                if mode == "uncached":
                    results[name]["single"] = load.run(port, path, 1, seconds)
    return results


def ratio_cell(name, cached):
    kind = KIND.get(name)
    if kind is None:
        return "–", "–"
    best, shown = BAKERYDEMO[kind]
    return shown, f"{cached.per_second / best:.0f}×"


def table(results, language, seconds, connections):
    lines = [
        f"## Served by gunicorn ({language}; 2 workers, production settings, SQLite, "
        f"{connections} connections, {seconds:g} s per line)",
        "",
        "| page type | status | cached req/s | cached p50 ms | cached p95 ms | hits | uncached req/s "
        "| uncached p50 ms | uncached p50 ms, 1 connection | bakerydemo req/s | cached ÷ bakerydemo |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, loads in results.items():
        cached, uncached, single = loads["cached"], loads["uncached"], loads["single"]
        statuses = "/".join(str(status) for status in sorted(cached.statuses)) or "–"
        hits = f"{100 * cached.hits / cached.count:.0f} %" if cached.count else "–"
        bakery, ratio = ratio_cell(name, cached)
        cells = [
            name,
            statuses,
            f"{cached.per_second:.0f}",
            f"{cached.p50:.1f}",
            f"{cached.percentile(0.95):.1f}",
            hits,
            f"{uncached.per_second:.0f}",
            f"{uncached.p50:.1f}",
            f"{single.p50:.1f}",
            bakery,
            ratio,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
