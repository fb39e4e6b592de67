"""Log lines of a cache outage: django-redis logs every ignored error with its traceback, which
under load is thousands of identical tracebacks a second. One short line per interval says it."""

import logging
import time

OUTAGE_LOG_INTERVAL = 10.0


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
