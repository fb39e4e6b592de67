"""A stand-in for an Elasticsearch node on 127.0.0.1 that can freeze: it accepts connections and
never answers (as a node stopped with SIGSTOP does), or, thawed, forwards them to a real node."""

from __future__ import annotations

import socket
import threading
import time


def closed_port() -> int:
    """A port where nothing listens (a stopped node)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for end in (source, target):
            end.close()


class FreezableNode:
    def __init__(self, upstream: tuple[str, int] | None = None):
        self.upstream = upstream
        self.frozen = True
        self.connections = 0  # every connection ever accepted
        self._held: list[socket.socket] = []
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _address = self._server.accept()
            except OSError:
                return  # closed
            with self._lock:
                self.connections += 1
                self._held.append(connection)
                if self.frozen or self.upstream is None:
                    continue
                upstream = socket.create_connection(self.upstream)
                self._held.append(upstream)
            threading.Thread(target=pipe, args=(connection, upstream), daemon=True).start()
            threading.Thread(target=pipe, args=(upstream, connection), daemon=True).start()

    def settled_connections(self, wait: float = 0.2) -> int:
        """Connections accepted so far, once any connection already on its way has been accepted."""
        time.sleep(wait)
        with self._lock:
            return self.connections

    def close(self) -> None:
        self._server.close()
        with self._lock:
            for held in self._held:
                held.close()
