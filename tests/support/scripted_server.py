"""A local HTTP/1.1 server that answers with exactly the bytes a test scripts.

Each request goes to the test's ``respond(request)`` function, which returns a
:class:`Reply`: a status, headers, and a body as a list of pieces, each piece one
chunk of a chunked body written in its own ``send`` (or a pause, or a cut). The
server records every request (its raw request line, headers and body) and counts
the TCP connections it accepted, so tests can check what went over the wire.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import select
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

HEX = "0123456789abcdef" * 2
SESSION_ID = f"session_{HEX}"


@dataclass(frozen=True)
class Pause:
    """Wait before writing the next piece."""

    seconds: float


@dataclass(frozen=True)
class Gate:
    """Wait until the test opens ``gate`` (at most ``timeout`` seconds) before writing
    the next piece: the test decides when the next bytes go out."""

    gate: threading.Event
    timeout: float = 30.0


@dataclass(frozen=True)
class Reply:
    """What to answer one request with.

    ``body`` pieces: bytes (one chunk, one write), :class:`Pause` or :class:`Gate`.
    ``then`` says how the response ends: ``"end"`` (last chunk, connection kept for the
    next request), ``"close"`` (last chunk, then the connection is closed), ``"cut"``
    (the connection is closed with no last chunk: a dropped stream), ``"hang"``
    (nothing more is sent and the connection stays open until the server stops) or
    ``"hold"`` (like hang, but the moment the client closes the connection is noted in
    ``ScriptedServer.hangups``). A ``silent`` reply sends nothing at all, not even the
    status line, and hangs.
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: Sequence[bytes | Pause | Gate] = ()
    then: str = "end"
    silent: bool = False


SILENT = Reply(silent=True)


@dataclass(frozen=True)
class Request:
    """One request as it arrived."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    connection: int
    at: float = field(default_factory=time.monotonic)

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query)

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    def json(self) -> Any:
        return json.loads(self.body)


def json_reply(status: int, payload: object, headers: dict[str, str] | None = None) -> Reply:
    """A JSON answer written in one piece."""
    return Reply(status, {"Content-Type": "application/json", **(headers or {})}, [json.dumps(payload).encode()])


def sse_reply(*pieces: bytes | Pause | Gate, then: str = "cut") -> Reply:
    """An event stream answer (by default cut after its last piece, as a drop)."""
    return Reply(200, {"Content-Type": "text/event-stream"}, pieces, then)


def event_payload(
    sequence: int, event_type: str = "output.message.delta", data: dict[str, Any] | None = None, **context: str
) -> dict[str, Any]:
    """An event of the test session, its id derived from its sequence."""
    return {
        "id": f"event_{sequence:032x}",
        "type": event_type,
        "ts": "2026-11-23T10:00:00.000000Z",
        "session_id": SESSION_ID,
        "sequence": sequence,
        "context": dict(context),
        "data": data if data is not None else {"delta": f"w{sequence} "},
    }


def event_frame(payload: dict[str, Any], *, retry: int | None = None) -> bytes:
    """One SSE frame carrying an event, as the API writes it."""
    retry_line = f"retry: {retry}\n" if retry is not None else ""
    return f"event: {payload['type']}\nid: {payload['id']}\n{retry_line}data: {json.dumps(payload)}\n\n".encode()


CONNECTED = b'event: connected\ndata: {"status":"connected"}\n\n'
HEARTBEAT = b": heartbeat\n\n"


def disconnecting(retry_ms: int = 0) -> bytes:
    """The frame the server sends before it cycles a connection."""
    data = json.dumps({"reason": "connection_cycle", "retry_ms": retry_ms})
    return f"event: disconnecting\ndata: {data}\n\n".encode()


def sequence_after(request: Request) -> int:
    """The sequence of the event named by the request's ``since_id`` (0 without one)."""
    since = request.query.get("since_id")
    return int(since[0].removeprefix("event_"), 16) if since else 0


class ScriptedServer:
    """Serves ``respond(request)`` on 127.0.0.1; use as a context manager."""

    def __init__(self, respond: Callable[[Request], Reply]) -> None:
        self.respond = respond
        self.requests: list[Request] = []
        self.connections = 0
        self.hangups: list[float] = []
        self.closed_by_client: list[int] = []  # connections the client closed between requests
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> ScriptedServer:
        self._spawn(self._accept_loop)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        _close(self._listener)  # shutting it down wakes the accept() in progress
        with self._lock:
            sockets = list(self._sockets)
        for client in sockets:
            _close(client)
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=5)

    def requests_to(self, suffix: str) -> list[Request]:
        """The requests whose path ends with ``suffix``, in arrival order."""
        with self._lock:
            return [request for request in self.requests if request.path.endswith(suffix)]

    def gaps(self, suffix: str) -> list[float]:
        """Seconds between consecutive requests whose path ends with ``suffix``."""
        times = [request.at for request in self.requests_to(suffix)]
        return [later - earlier for earlier, later in itertools.pairwise(times)]

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections += 1
                number = self.connections
                self._sockets.append(client)
            self._spawn(self._serve, client, number)

    def _serve(self, client: socket.socket, number: int) -> None:
        reader = client.makefile("rb")
        try:
            while not self._stopping.is_set():
                request = _read_request(reader, number)
                if request is None:
                    with self._lock:
                        self.closed_by_client.append(number)
                    return
                with self._lock:
                    self.requests.append(request)
                if not self._answer(client, self.respond(request)):
                    return
        except OSError:
            return  # the client went away
        finally:
            reader.close()
            _close(client)

    def _answer(self, client: socket.socket, reply: Reply) -> bool:
        """Write the reply; whether the connection stays open for another request."""
        if reply.silent:
            self._stopping.wait()
            return False
        streamed = reply.headers.get("Content-Type") == "text/event-stream"
        head = [f"HTTP/1.1 {reply.status} Scripted"]
        head += [f"{name}: {value}" for name, value in reply.headers.items()]
        if streamed:
            head.append("Transfer-Encoding: chunked")
            if reply.then != "end":
                head.append("Connection: close")
        else:
            body = b"".join(piece for piece in reply.body if isinstance(piece, bytes))
            head.append(f"Content-Length: {len(body)}")
        client.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        if not streamed:
            client.sendall(body)
            return True
        for piece in reply.body:
            if isinstance(piece, Pause):
                if self._stopping.wait(piece.seconds):
                    return False
            elif isinstance(piece, Gate):
                if not piece.gate.wait(piece.timeout) or self._stopping.is_set():
                    return False
            elif piece:
                client.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
        if reply.then == "hang":
            self._stopping.wait()
            return False
        if reply.then == "hold":
            self._wait_for_hangup(client)
            return False
        if reply.then in ("end", "close"):
            client.sendall(b"0\r\n\r\n")
        return reply.then == "end"

    def _wait_for_hangup(self, client: socket.socket) -> None:
        """Send nothing more; note the time the client closes its end."""
        while not self._stopping.is_set():
            readable, _, _ = select.select([client], [], [], 0.05)
            try:
                gone = bool(readable) and not client.recv(1, socket.MSG_PEEK)
            except OSError:  # reset by the peer
                gone = True
            if gone:
                with self._lock:
                    self.hangups.append(time.monotonic())
                return
            if readable:
                self._stopping.wait(0.05)  # it sent bytes anyway; leave them unread


def _read_request(reader: Any, number: int) -> Request | None:
    line = reader.readline()
    if not line:
        return None
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        header = reader.readline().decode("latin-1").rstrip("\r\n")
        if not header:
            break
        name, _, value = header.partition(":")
        headers[name.strip().lower()] = value.strip()
    body = reader.read(int(headers.get("content-length", "0")))
    return Request(method, target, headers, body, number)


def _close(client: socket.socket) -> None:
    with contextlib.suppress(OSError):
        client.shutdown(socket.SHUT_RDWR)
    client.close()


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` passes; whether it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return condition()
