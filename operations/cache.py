"""A Redis outage costs the cache, not the site.

- `CircuitBreakerConnection`: after a Redis server fails to connect or answer, this process skips
  it for a few seconds, so a hung Redis costs one short timeout per interval instead of one per
  cache call (a page makes over a dozen).
- `CacheOutageFilter`: django-redis logs every ignored error with its traceback, which under load
  is thousands of identical tracebacks a second; one short line per interval says it.
"""

import logging
import time

import redis
from redis.connection import Connection

SKIP_SECONDS = 5.0
OUTAGE_LOG_INTERVAL = 10.0
_skip_until = {}  # (host, port) -> time.monotonic() until which that server is skipped


class CircuitBreakerConnection(Connection):
    def _address(self):
        return (self.host, self.port)

    def _trip(self):
        _skip_until[self._address()] = time.monotonic() + SKIP_SECONDS

    def _connect(self):
        if time.monotonic() < _skip_until.get(self._address(), 0.0):
            raise redis.ConnectionError(
                f"Redis at {self.host}:{self.port} failed just now; skipped for a while"
            )
        try:
            return super()._connect()
        except OSError:  # refused, unreachable, or the connect timed out
            self._trip()
            raise

    def read_response(self, *args, **kwargs):
        try:
            return super().read_response(*args, **kwargs)
        except (redis.TimeoutError, redis.ConnectionError):
            self._trip()
            raise


class CacheOutageFilter(logging.Filter):
    """Lets one line per `interval` seconds through, with the error's name and message in place of
    its traceback, and counts the lines it held back."""

    def __init__(self, interval=OUTAGE_LOG_INTERVAL):
        super().__init__()
        self.interval = interval
        self.last = float("-inf")
        self.held_back = 0

    def filter(self, record):
        now = time.monotonic()
        if now - self.last < self.interval:
            self.held_back += 1
            return False
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            error = error.__cause__ or error  # django-redis wraps the client's error
            record.msg = f"Cache unavailable, serving uncached: {type(error).__name__}: {error}"
            record.args = ()
            record.exc_info = record.exc_text = None
        if self.held_back:
            record.msg = f"{record.msg} ({self.held_back} more since the last line)"
            self.held_back = 0
        self.last = now
        return True
