"""The socket side of an event stream: a chunked HTTP/1.1 body, ended cleanly or cut."""

from __future__ import annotations

import contextlib
import io
import select
import socket
import threading
from http import HTTPStatus
from typing import Protocol

HOLD_POLL_SECONDS = 0.2


class _Connection(Protocol):
    close_connection: bool


class ChunkedStreamWriter:
    """Implements :class:`~everruns.testing._sse.StreamWriter` for one client connection.

    ``owner`` is the request handler: a cut sets its ``close_connection`` so it stops
    reading further requests from the broken connection.
    """

    def __init__(
        self, output: io.BufferedIOBase, connection: socket.socket, owner: _Connection, request_id: str
    ) -> None:
        self._output = output
        self._connection = connection
        self._owner = owner
        self._request_id = request_id
        self._pending = b""  # what send_now could not send without waiting, sent first next

    def start(self) -> None:
        """The status line and the event-stream headers."""
        headers = [
            ("X-Request-Id", self._request_id),
            ("Content-Type", "text/event-stream"),
            ("Cache-Control", "no-cache"),
            ("X-Accel-Buffering", "no"),
            ("Transfer-Encoding", "chunked"),
        ]
        lines = [f"HTTP/1.1 200 {HTTPStatus.OK.phrase}", *(f"{name}: {value}" for name, value in headers)]
        self._output.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def write(self, data: bytes) -> None:
        """``data`` as one chunk, in one write (after what :meth:`send_now` left)."""
        if data:
            self._output.write(self._pending + b"%x\r\n%b\r\n" % (len(data), data))
        elif self._pending:
            self._output.write(self._pending)
        self._pending = b""

    def send_now(self, data: bytes) -> bool:
        """``data`` as one chunk, as far as the socket takes it without waiting: ``False``
        when some is left for the next :meth:`write` (a slow or gone client), which waits."""
        chunk = b"%x\r\n%b\r\n" % (len(data), data)
        # A full socket (BlockingIOError) or a broken one: write() finds out which.
        with contextlib.suppress(OSError):
            if not self._pending:
                chunk = chunk[self._connection.send(chunk, socket.MSG_DONTWAIT) :]
        self._pending += chunk
        return not self._pending

    def finish(self) -> None:
        """The last chunk: a clean end, after which the connection can serve another request."""
        self._output.write(self._pending + b"0\r\n\r\n")  # the writer is done with: nothing to reset

    def cut(self) -> None:
        """Shut the connection down with no last chunk, as a network failure would."""
        self._owner.close_connection = True
        with contextlib.suppress(OSError):
            self._connection.shutdown(socket.SHUT_RDWR)

    def hold_open(self, stopping: threading.Event) -> None:
        """Send nothing until the client disconnects or ``stopping`` is set."""
        while not stopping.is_set():
            if self.client_gone(HOLD_POLL_SECONDS):
                return
            stopping.wait(HOLD_POLL_SECONDS)  # not gone; if it sent bytes, they stay unread

    def client_gone(self, wait: float = 0.0) -> bool:
        """Whether the client has closed its side (waiting up to ``wait`` seconds to see):
        a stream's client sends nothing after its request, so an end of its bytes means
        it left. Bytes it did send are left unread."""
        try:
            readable, _, _ = select.select([self._connection], [], [], wait)
            return bool(readable) and not self._connection.recv(1, socket.MSG_PEEK)
        except (OSError, ValueError):  # reset, or already shut down
            return True
