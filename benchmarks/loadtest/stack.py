"""The production stack of a load run, on instances of its own: PostgreSQL, Elasticsearch and
Redis from scripts/services/ on other ports and folders than the shared ones (the faults stop and
freeze them), and the Procfile's `web` and `worker` with production settings.

Every fault touches only a process this module started or a service in its own folder, found by
that folder's pidfile, never by name.
"""

import os
import re
import shlex
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SERVICES = REPO / "scripts" / "services"
# The Procfile's processes as agreed, for a tree that has no Procfile yet.
DEFAULT_PROCESSES = {
    "web": "gunicorn portal.wsgi -c gunicorn.conf.py",
    "worker": "python manage.py run_worker",
    "release": "python manage.py migrate --no-input && python manage.py collectstatic --no-input -v0",
}


def log(message):
    print(f"[loadtest {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def procfile(path=REPO / "Procfile"):
    """Process name -> command, from the Procfile (the agreed defaults where it has none)."""
    processes = dict(DEFAULT_PROCESSES)
    if path.exists():
        for line in path.read_text().splitlines():
            match = re.match(r"^([A-Za-z0-9_-]+):\s*(.+)$", line.strip())
            if match and not line.lstrip().startswith("#"):
                processes[match.group(1)] = match.group(2)
    return processes


def children(pid):
    """Pids whose parent is `pid` (gunicorn's workers under its master)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and parentheses; the parent pid follows the last ')'.
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return sorted(found)


@dataclass
class Config:
    port: int = 8100
    postgres_port: int = 54339
    es_port: int = 9211
    es_transport_port: int = 9311
    redis_port: int = 63809
    folder: Path = REPO / ".cache" / "loadtest"

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"


class Stack:
    def __init__(self, config):
        self.config = config
        self.folder = config.folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.processes = {}
        self.urls = {}
        self.frozen = False
        self._es_start = None

    # -- services -------------------------------------------------------------------------------------

    def _service_env(self):
        folder = self.folder
        return {
            **os.environ,
            "POSTGRES_PORT": str(self.config.postgres_port),
            "POSTGRES_DIR": str(folder / "postgres"),
            "ES_PORT": str(self.config.es_port),
            "ES_TRANSPORT_PORT": str(self.config.es_transport_port),
            "ES_DIR": str(folder / "elasticsearch"),
            "REDIS_PORT": str(self.config.redis_port),
            "REDIS_DIR": str(folder / "redis"),
        }

    def service(self, name, action):
        """Run scripts/services/<name>.sh <action> for this run's instance; its last line (the URL)."""
        result = subprocess.run(
            ["bash", str(SERVICES / f"{name}.sh"), action],
            env=self._service_env(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{name}.sh {action} failed: {result.stderr.strip()[-500:]}")
        return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""

    def start_services(self):
        """PostgreSQL and Redis; Elasticsearch (most of a minute) starts meanwhile in a thread,
        joined by prepare() before the index is rebuilt."""
        log("starting postgres, redis and (in the background) elasticsearch")
        self._es_start = ThreadPoolExecutor(max_workers=1).submit(self.service, "elasticsearch", "start")
        self.urls["DATABASE_URL"] = self.service("postgres", "start")
        self.urls["REDIS_URL"] = self.service("redis", "start")

    def es_pid(self):
        return int((self.folder / "elasticsearch" / "run" / "elasticsearch.pid").read_text().strip())

    def freeze_es(self):
        os.kill(self.es_pid(), signal.SIGSTOP)
        self.frozen = True

    def thaw_es(self):
        os.kill(self.es_pid(), signal.SIGCONT)
        self.frozen = False

    def redis_keys(self):
        result = subprocess.run(
            ["redis-cli", "-h", "127.0.0.1", "-p", str(self.config.redis_port), "dbsize"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        return result.stdout.strip()

    # -- the portal's processes ---------------------------------------------------------------------

    def app_env(self):
        folder = self.folder
        return {
            **os.environ,
            **self.urls,
            "PATH": f"{REPO / '.venv' / 'bin'}:{os.environ.get('PATH', '')}",
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "loadtest-only-" + "k3y-n0t-f0r-pr0duct10n-" * 3,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "PORTAL_SEARCH_INDEX_PREFIX": "loadtest",
            "STATIC_ROOT": str(folder / "static"),
            "MEDIA_ROOT": str(folder / "media"),
            "CACHE_DIR": str(folder / "cache"),
            "HOST": "127.0.0.1",
            "PORT": str(self.config.port),
        }

    def manage(self, *args, timeout=600, **env):
        command = " ".join(shlex.quote(a) for a in ("python", "manage.py", *args))
        self.shell(command, timeout=timeout, **env)

    def shell(self, command, timeout=600, **env):
        result = subprocess.run(
            command,
            shell=True,
            cwd=REPO,
            env={**self.app_env(), **env},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(f"`{command}` failed: {(result.stderr or result.stdout).strip()[-800:]}")
        return result.stdout

    def prepare(self):
        """The Procfile's release step, then the demo content and a rebuilt index (both idempotent,
        so a second run reuses the database its first one filled)."""
        # Without Elasticsearch while it starts: the rebuild below fills it from the database.
        log("release: migrate and collectstatic")
        self.shell(procfile()["release"], ELASTICSEARCH_URL="")
        log("demo content")
        self.manage("setup_site", "--no-admin", ELASTICSEARCH_URL="")
        self.manage("load_demo_content", ELASTICSEARCH_URL="")
        self.urls["ELASTICSEARCH_URL"] = self._es_start.result(timeout=300)
        log("rebuilding the search index")
        self.manage("rebuild_search_index")

    def start(self, name, extra=""):
        """Start a Procfile process in a session of its own (so a kill reaches its children too),
        its output appended to .cache/loadtest/<name>.log."""
        command = f"exec {procfile()[name]} {extra}".strip()
        output = open(self.folder / f"{name}.log", "ab")  # noqa: SIM115 - the child keeps it open
        process = subprocess.Popen(
            command,
            shell=True,
            cwd=REPO,
            env=self.app_env(),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        output.close()
        self.processes[name] = process
        return process

    def wait_until_up(self, path="/healthz", timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.processes["web"].poll() is not None:
                raise RuntimeError("gunicorn exited; see .cache/loadtest/web.log")
            try:
                request = urllib.request.Request(
                    self.config.base_url + path, headers={"X-Forwarded-Proto": "https"}
                )
                with urllib.request.urlopen(request, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise RuntimeError(f"{path} did not answer 200 within {timeout} s")

    def kill(self, name):
        """SIGKILL a Procfile process and everything in its session."""
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return None
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        return process.pid

    def web_workers(self):
        return children(self.processes["web"].pid)

    def stop(self, name, grace=25):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def stop_all(self):
        """Everything this run started goes, frozen Elasticsearch first thawed so it can stop."""
        if self._es_start is not None:
            try:  # a node still starting has no pidfile yet: let it finish, then stop it
                self._es_start.result(timeout=300)
            except Exception as error:  # noqa: BLE001 - any failure: it is stopped below anyway
                log(f"elasticsearch start: {error}")
        for name in list(self.processes):
            try:
                self.stop(name)
            except (OSError, subprocess.SubprocessError) as error:
                log(f"stopping {name}: {error}")
        if self.frozen:
            try:
                self.thaw_es()
            except OSError as error:
                log(f"thawing elasticsearch: {error}")
        for name in ("redis", "elasticsearch", "postgres"):
            try:
                self.service(name, "stop")
            except (RuntimeError, subprocess.SubprocessError) as error:
                log(f"stopping {name}: {error}")
