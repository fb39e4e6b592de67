"""gunicorn for the portal: `gunicorn portal.wsgi -c gunicorn.conf.py` (the Procfile's `web`).

Every value can be changed from the environment; GUNICORN_CMD_ARGS overrides any of them.
"""

import os

_cores = os.cpu_count() or 1

bind = (
    os.environ.get("GUNICORN_BIND")
    or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
)
# Sync workers: a page is CPU and database work; two per core keep both busy while one waits.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * _cores + 1))
threads = int(os.environ.get("WEB_THREADS", 1))
# A worker silent this long is killed and replaced; a stop waits this long for requests in flight.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 20))
keepalive = 5
# Workers are replaced now and then (at different times, thanks to the jitter) so that a slow leak
# in any library costs nothing. Not too often: a worker answers a thousand cached pages a second,
# and one being replaced is missing for a second or two.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 50_000))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", 5_000))
# Django is imported once before the fork: workers share its memory and start at once.
preload_app = True
# Heartbeat files on a RAM disk: a container's overlay file system can stall them.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"

# One access line per request on stdout; the time the server spent (%(D)s, microseconds) is its
# last number, so the server time per kind of URL can be summed from the log.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(B)s "%(f)s" "%(a)s" rid=%({x-request-id}o)s us=%(D)s'
