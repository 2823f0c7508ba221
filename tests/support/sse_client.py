"""Reading a relayed event stream as a browser would, over a real socket: each frame with
the moment it arrived, and whether the body ended cleanly."""

from __future__ import annotations

import http.client
import json
import socket
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


@dataclass
class SseFrame:
    """One frame: its fields (``comment`` for a comment line) and when it arrived."""

    fields: dict[str, str]
    arrived: float

    @property
    def event(self) -> str | None:
        return self.fields.get("event")

    @property
    def id(self) -> str | None:
        return self.fields.get("id")

    @property
    def is_keepalive(self) -> bool:
        return set(self.fields) == {"comment"}

    def json(self) -> Any:
        return json.loads(self.fields["data"])


@dataclass
class SseResponse:
    """An open response; :meth:`frames` reads it frame by frame."""

    connection: http.client.HTTPConnection
    response: http.client.HTTPResponse
    sock: socket.socket
    buffer: bytes = b""
    ended: bool = False
    seen: list[SseFrame] = field(default_factory=list)

    @property
    def headers(self) -> http.client.HTTPMessage:
        return self.response.headers

    def next_frame(self) -> SseFrame | None:
        """The next frame, or ``None`` once the body has ended (the connection is then closed)."""
        while b"\n\n" not in self.buffer:
            data = self.response.read1(65536)
            if not data:
                self.ended = True
                self.close()
                return None
            self.buffer += data
        raw, _, self.buffer = self.buffer.partition(b"\n\n")
        fields: dict[str, str] = {}
        for line in raw.decode().split("\n"):
            name, _, value = line.partition(":")
            fields[name or "comment"] = value[1:] if value.startswith(" ") else value
        self.seen.append(SseFrame(fields, time.monotonic()))
        return self.seen[-1]

    def frames(self) -> list[SseFrame]:
        """Every frame up to the end of the body."""
        while self.next_frame() is not None:
            pass
        return self.seen

    def until(self, predicate: Any) -> SseFrame:
        """Read frames until one satisfies ``predicate``; returns it."""
        while True:
            frame = self.next_frame()
            assert frame is not None, f"the body ended first: {[f.fields for f in self.seen]}"
            if predicate(frame):
                return frame

    def leave(self) -> None:
        """Close as a browser closing the page does: everything received is read first,
        so the connection ends with a FIN (unread bytes would make it a reset, which the
        server's next write would notice at once)."""
        sock = self.sock
        sock.setblocking(False)
        try:
            while sock.recv(65536):
                pass
        except BlockingIOError:
            pass
        self.close()

    def stop_sending(self) -> None:
        """Close only this side's sending half (a FIN), keep reading: a write to it still
        succeeds, so only a server that looks at the socket sees the client is done."""
        self.sock.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        """Close the connection, as a browser leaving does (the response holds the
        socket too: both must let go before it really closes)."""
        self.response.close()
        self.connection.close()


def open_sse(url: str, headers: dict[str, str] | None = None, timeout: float = 10.0) -> SseResponse:
    """GET ``url`` as an ``EventSource`` does."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    connection.request("GET", target, headers={"Accept": "text/event-stream", **(headers or {})})
    sock = connection.sock
    assert sock is not None
    return SseResponse(connection, connection.getresponse(), sock)
