"""A circuit breaker for the Elasticsearch node, and the client with short timeouts it guards.

After `failures` node failures in a row (no connection, a timeout, a 5xx) the breaker opens: callers
skip the node for `reset_seconds` and answer from the embedded engine at its usual speed. Then one
caller is let through as a trial (half-open): its success closes the breaker, its failure opens it
for another spell. An answer that is an error of the request itself (a closed index, a bad query)
shows the node is alive, so it counts as a success here.

Not pybreaker: it holds its lock for the whole guarded call, which would queue every search of a
threaded worker behind one frozen request. This lock is held only to change the state.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

import urllib3
from elastic_transport import ApiError, ConnectionError, ConnectionTimeout, Urllib3HttpNode
from elasticsearch import Elasticsearch

logger = logging.getLogger(__name__)

T = TypeVar("T")
CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"


class CircuitOpen(Exception):
    """The node is being skipped for now; nothing was sent to it."""


def is_node_failure(error: BaseException) -> bool:
    """Whether `error` says the node is down, frozen or overloaded (not that the request was wrong)."""
    if isinstance(error, ConnectionError | ConnectionTimeout):
        return True
    return isinstance(error, ApiError) and (error.meta.status >= 500 or error.meta.status == 429)


class CircuitBreaker:
    """Shared by every thread of the process (one per Elasticsearch engine)."""

    def __init__(self, name: str, failures: int = 3, reset_seconds: float = 30.0):
        self.name = name
        self.failures = max(1, failures)
        self.reset_seconds = reset_seconds
        self._lock = threading.Lock()
        self._state = CLOSED
        self._failed = 0  # node failures in a row while closed
        self._opened_at = 0.0
        self._trial_running = False

    @property
    def state(self) -> str:
        return self._state

    def retry_in(self) -> float:
        """Seconds until a trial call may go to the node (0 unless open)."""
        if self._state != OPEN:
            return 0.0
        return max(0.0, self._opened_at + self.reset_seconds - time.monotonic())

    def allows(self) -> bool:
        """Whether a call now would reach the node (without claiming the half-open trial)."""
        with self._lock:
            if self._state == CLOSED:
                return True
            return not self._trial_running and time.monotonic() >= self._opened_at + self.reset_seconds

    def call(self, func: Callable[..., T], *args, **kwargs) -> T:
        """`func(*args, **kwargs)`, or CircuitOpen at once while the node is being skipped."""
        self._before()
        try:
            result = func(*args, **kwargs)
        except Exception as error:
            if is_node_failure(error):
                self._failure(error)
            else:
                self._success()
            raise
        except BaseException:
            self._release_trial()
            raise
        self._success()
        return result

    def _before(self) -> None:
        with self._lock:
            if self._state == CLOSED:
                return
            if self._trial_running or time.monotonic() < self._opened_at + self.reset_seconds:
                raise CircuitOpen(f"{self.name} is skipped for {self.retry_in():.0f} s after failures")
            self._trial_running = True
            self._move(HALF_OPEN, "trying the node again")

    def _failure(self, error: Exception) -> None:
        with self._lock:
            self._trial_running = False
            self._failed += 1
            if self._state == HALF_OPEN or (self._state == CLOSED and self._failed >= self.failures):
                self._opened_at = time.monotonic()
                reason = f"{type(error).__name__}: {error}"[:200]
                self._move(OPEN, f"skipping the node for {self.reset_seconds:g} s after {reason}")

    def _success(self) -> None:
        with self._lock:
            self._trial_running = False
            self._failed = 0
            if self._state != CLOSED:
                self._move(CLOSED, "the node answers again")

    def _release_trial(self) -> None:
        with self._lock:
            if self._state == HALF_OPEN:
                self._trial_running = False
                self._opened_at = time.monotonic()
                self._move(OPEN, "the trial call was interrupted")

    def _move(self, state: str, why: str) -> None:
        logger.warning("Circuit breaker for %s: %s -> %s (%s)", self.name, self._state, state, why)
        self._state = state


def timed_node_class(connect_seconds: float, read_seconds: float) -> type[Urllib3HttpNode]:
    """urllib3 nodes that give up connecting after `connect_seconds` and waiting after `read_seconds`
    (the client's own request_timeout is one figure for both)."""

    class TimedNode(Urllib3HttpNode):
        def __init__(self, config):
            super().__init__(config)
            self.pool.timeout = urllib3.Timeout(
                connect=connect_seconds, read=read_seconds, total=connect_seconds + read_seconds
            )

    return TimedNode


def elasticsearch_client(url: str, connect_seconds: float, read_seconds: float) -> Elasticsearch:
    # No request_timeout here: the client would send it with every request, overriding the pool's
    # split timeouts with one figure. Slow calls (a rebuild) still set their own through options().
    return Elasticsearch(url, node_class=timed_node_class(connect_seconds, read_seconds), max_retries=0)


def until(client: Elasticsearch, deadline: float) -> Elasticsearch:
    """`client` giving up at `deadline` (a time.monotonic() value), connecting and reading together."""
    return client.options(request_timeout=urllib3.Timeout(total=max(0.05, deadline - time.monotonic())))
