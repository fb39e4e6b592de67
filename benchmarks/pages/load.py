"""A small closed-loop HTTP load generator (standard library only): each connection sends its next
request as soon as the last one is answered, as wrk's connections do. gunicorn's sync workers close
the connection after every answer, so each request opens one. Bounded in time; 127.0.0.1 only."""

import asyncio
import statistics
import time
from dataclasses import dataclass, field


@dataclass
class Load:
    seconds: float = 0.0
    latencies: list = field(default_factory=list)  # ms, one per answered request
    statuses: dict = field(default_factory=dict)
    hits: int = 0
    errors: int = 0

    @property
    def count(self):
        return len(self.latencies)

    @property
    def per_second(self):
        return self.count / self.seconds if self.seconds else 0.0

    def percentile(self, fraction):
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]

    @property
    def p50(self):
        return statistics.median(self.latencies) if self.latencies else 0.0


async def _request(port, raw):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(raw)
        head = await reader.readuntil(b"\r\n\r\n")
        await reader.read()  # the body, until gunicorn closes the connection
    finally:
        writer.close()
    status = int(head.split(b" ", 2)[1])
    return status, b"\r\nx-page-cache: hit\r\n" in head.lower()


async def _connection(port, raw, deadline, load):
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        try:
            status, hit = await _request(port, raw)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            load.errors += 1
            await asyncio.sleep(0.01)
            continue
        load.latencies.append((time.perf_counter() - start) * 1000)
        load.statuses[status] = load.statuses.get(status, 0) + 1
        load.hits += hit


async def _run(port, path, connections, seconds, headers):
    lines = [f"GET {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close", *headers]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    load = Load()
    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(*(_connection(port, raw, deadline, load) for _ in range(connections)))
    load.seconds = time.perf_counter() - start
    return load


def run(port, path, connections=8, seconds=3.0, headers=()):
    """Load `path` on 127.0.0.1:`port` with `connections` for `seconds`; a Load."""
    return asyncio.run(_run(port, path, connections, seconds, headers))
