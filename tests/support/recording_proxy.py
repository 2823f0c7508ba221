"""A forward HTTP proxy on 127.0.0.1 that records what passes through it.

A client configured with this proxy sends ``GET http://host:port/path HTTP/1.1`` to
it; the proxy records the method, the absolute target and the headers, opens a
connection to the origin, sends the request there in origin form with
``Connection: close``, and copies the answer back byte for byte until the origin
closes (streams included). One request per client connection keeps it simple; the
answer says ``Connection: close`` so clients do not try to reuse it. A ``CONNECT``
(the tunnel an https request asks for) is recorded and refused with a 502: the proxy
never opens a connection beyond this machine.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class ProxiedRequest:
    """A request as the proxy received it; header names lower-cased."""

    method: str
    target: str
    headers: dict[str, str]


class RecordingProxy:
    """Use as a context manager; ``url`` is what ``HTTP_PROXY`` or ``proxy=`` takes."""

    def __init__(self) -> None:
        self.requests: list[ProxiedRequest] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> RecordingProxy:
        self._spawn(self._accept_loop)
        return self

    def __exit__(self, *exc_info: object) -> None:
        _close(self._listener)
        with self._lock:
            sockets, threads = list(self._sockets), list(self._threads)
        for open_socket in sockets:
            _close(open_socket)
        for thread in threads:
            thread.join(timeout=5)

    def targets(self) -> list[str]:
        """``METHOD target`` of each request that went through, oldest first."""
        with self._lock:
            return [f"{request.method} {request.target}" for request in self.requests]

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _track(self, open_socket: socket.socket) -> None:
        with self._lock:
            self._sockets.append(open_socket)

    def _accept_loop(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._track(client)
            self._spawn(self._relay, client)

    def _relay(self, client: socket.socket) -> None:
        try:
            head, rest = _read_head(client)
            if head is None:
                return
            lines = head.decode("latin-1").split("\r\n")
            method, target, version = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            with self._lock:
                self.requests.append(ProxiedRequest(method, target, headers))
            if method == "CONNECT":
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            url = urlsplit(target)
            origin = socket.create_connection((url.hostname or "127.0.0.1", url.port or 80))
            self._track(origin)
            path = url.path + (f"?{url.query}" if url.query else "")
            kept = [line for line in lines[1:] if line.partition(":")[0].strip().lower() not in _HOP_BY_HOP]
            request = "\r\n".join([f"{method} {path} {version}", *kept, "Connection: close", "", ""])
            origin.sendall(request.encode("latin-1") + rest)
            self._spawn(_pump, client, origin)  # the rest of the request body, if any
            _pump(origin, client)
        except OSError:
            pass
        finally:
            _close(client)


_HOP_BY_HOP = {"connection", "proxy-connection", "keep-alive", "proxy-authorization"}


def _read_head(client: socket.socket) -> tuple[bytes | None, bytes]:
    """The request line and headers, and whatever body bytes came with them."""
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = client.recv(65536)
        if not chunk:
            return None, b""
        received += chunk
    head, _, rest = received.partition(b"\r\n\r\n")
    return head, rest


def _pump(source: socket.socket, sink: socket.socket) -> None:
    """Copy bytes from ``source`` to ``sink`` until ``source`` ends, then end ``sink``'s side."""
    with contextlib.suppress(OSError):
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    with contextlib.suppress(OSError):
        sink.shutdown(socket.SHUT_WR)


def _close(open_socket: socket.socket) -> None:
    with contextlib.suppress(OSError):
        open_socket.shutdown(socket.SHUT_RDWR)
    open_socket.close()
