"""``GET /v1/sessions/{id}/sse``: a session's events as server-sent events.

Frames: ``event: connected`` first; then per event ``event``/``id``/``retry``/``data`` lines
and a blank line; ``: heartbeat`` comments while idle; every ``cycle_interval`` an
``event: disconnecting`` frame and a clean end. A quiet stream notices within
``GONE_CHECK_SECONDS`` that its client left, so ``open_streams`` falls at once. Frames that are ready together go out in
one write, so a backlog of thousands of events costs a handful of system calls.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from ._app import Settings
from ._event_log import EventLog
from ._event_types import TURN_ENDING_TYPES
from ._events import TypeFilter, sequence_after, type_filter
from ._exchange import Request
from ._faults import SseFault
from ._sessions import find_session
from ._validation import JsonObject

BATCH_SIZE = 1000
# How often a quiet stream looks whether its client left, as a real server notices at once.
GONE_CHECK_SECONDS = 0.25
CONNECTED_FRAME = b'event: connected\ndata: {"status":"connected"}\n\n'
HEARTBEAT_FRAME = b": heartbeat\n\n"


class StreamWriter(Protocol):
    """The socket side of a stream, provided by the HTTP layer."""

    def start(self) -> None:
        """Send the 200 status line and the event-stream headers."""

    def write(self, data: bytes) -> None:
        """Send bytes of the body at once."""

    def send_now(self, data: bytes) -> bool:
        """Send bytes of the body as far as the socket takes them without waiting;
        ``False`` when the rest waits for the next :meth:`write`."""

    def finish(self) -> None:
        """End the body cleanly (the connection may be reused)."""

    def cut(self) -> None:
        """Drop the connection without ending the body, as a network failure would."""

    def hold_open(self, stopping: threading.Event) -> None:
        """Send nothing until the client disconnects or ``stopping`` is set."""

    def client_gone(self, wait: float = 0.0) -> bool:
        """Whether the client has closed the connection."""


def disconnecting_frame(retry_ms: int) -> bytes:
    """The frame announcing a graceful connection cycle."""
    data = json.dumps({"reason": "connection_cycle", "retry_ms": retry_ms}, separators=(",", ":"))
    return f"event: disconnecting\ndata: {data}\n\n".encode()


def event_frame(event: JsonObject, encoded: str, retry_ms: int) -> bytes:
    """One event as an SSE frame; ``encoded`` is its JSON text."""
    return f"event: {event['type']}\nid: {event['id']}\nretry: {retry_ms}\ndata: {encoded}\n\n".encode()


@dataclass
class EventStream:
    """A validated stream request, ready to run on a connection. ``sent`` counts event frames.

    Its thread writes the opening frame, heartbeats and the end; the events themselves are
    written by whoever appends them to the log (see :meth:`_pushed`), as far as the socket
    takes them without waiting, and by the thread otherwise (a slow client, a stream with
    an injected fault, one that a busy writer could not take at once).
    """

    log: EventLog
    cursor: int
    kinds: TypeFilter
    settings: Settings
    fault: SseFault | None
    cycle_every: int | None
    stopping: threading.Event
    sent: int = 0
    _writing: threading.Lock = field(default_factory=threading.Lock)
    _nudge: threading.Event = field(default_factory=threading.Event)  # the thread has writing to do
    _writer: StreamWriter | None = None
    _last_write: float = 0.0

    def run(self, writer: StreamWriter) -> None:
        """Serve the stream until a cycle, an injected fault, or the server stopping ends it."""
        if self.fault is not None and self.fault.stall:
            if self.fault.stall_after_headers:
                writer.start()
            writer.hold_open(self.stopping)
            writer.cut()
            return
        writer.start()
        writer.write(CONNECTED_FRAME)
        opened = self._last_write = time.monotonic()
        with self._writing:
            self._writer = writer
        self.log.subscribe(self._pushed)
        try:
            if self._serve(writer, opened):
                writer.cut()
        finally:
            self.log.unsubscribe(self._pushed)
            with self._writing:
                self._writer = None

    def _serve(self, writer: StreamWriter, opened: float) -> bool:
        """The thread's part; ``True`` when the connection is to be cut (the client left,
        the server stops), ``False`` when the stream ended on its own."""
        while not (self.stopping.is_set() or self.log.closed):
            moment = time.monotonic()
            cycle_at = opened + self.settings.cycle_interval
            with self._writing:
                heartbeat_at = self._last_write + self.settings.heartbeat_interval
                if moment >= cycle_at:
                    writer.write(disconnecting_frame(self.settings.retry_ms))
                    writer.finish()
                    self._writer = None  # the body has ended: a push now must not write after it
                    return False
                if moment >= heartbeat_at:
                    writer.write(HEARTBEAT_FRAME)
                    self._last_write = moment
                    continue
                batch = self.log.after(self.cursor, BATCH_SIZE)
                if batch or self._nudge.is_set():  # a backlog, or what a push left
                    self._nudge.clear()
                    if self._deliver(batch, writer.write) is None:
                        return False
                    continue
            nudged = self._nudge.wait(min(cycle_at, heartbeat_at, moment + GONE_CHECK_SECONDS) - moment)
            if not nudged and writer.client_gone():
                return True
        return True

    def _pushed(self) -> None:
        """Called by whoever appended to the log, in its thread: write the new frames now,
        without waiting; anything else (a fault to play, a full socket, the thread busy
        writing) is left to the stream's thread."""
        if self.fault is not None or self.cycle_every or not self._writing.acquire(blocking=False):
            self._nudge.set()
            return
        try:
            if self._writer is not None and not self.log.closed:
                self._deliver(self.log.after(self.cursor, BATCH_SIZE), self._send_now)
            else:
                self._nudge.set()
        finally:
            self._writing.release()

    def _send_now(self, data: bytes) -> None:
        assert self._writer is not None  # _pushed checked, under the lock
        if data and not self._writer.send_now(data):
            self._nudge.set()

    def _deliver(self, batch: list[tuple[JsonObject, str]], send: Callable[[bytes], None]) -> int | None:
        """Send the frames of ``batch`` that pass the filter, in one write (also when there
        are none: what an earlier send left goes out). Call with ``_writing`` held.

        Returns how many were written, or ``None`` when an injected drop or cycle ended the stream.
        """
        writer = self._writer
        assert writer is not None  # set while the stream runs
        frames: list[bytes] = []
        if batch:
            self.cursor = batch[-1][0]["sequence"]
        for event, encoded in batch:
            if not self.kinds.admits(event["type"]):
                continue
            frame = event_frame(event, encoded, self._retry_hint(event))
            if self.fault is not None and self.fault.drop_after == self.sent:
                writer.write(b"".join(frames) + (frame[: len(frame) // 2] if self.fault.mid_frame else b""))
                writer.cut()
                return None
            frames.append(frame)
            self.sent += 1
            if self.cycle_every and self.sent % self.cycle_every == 0:
                writer.write(b"".join(frames) + disconnecting_frame(self.settings.retry_ms))
                writer.finish()
                return None
        send(b"".join(frames))
        if frames:
            self._last_write = time.monotonic()
        return len(frames)

    def _retry_hint(self, event: JsonObject) -> int:
        """Fast reconnects while a turn runs; the slower idle hint on the frame that ends a turn."""
        return self.settings.idle_retry_ms if event["type"] in TURN_ENDING_TYPES else self.settings.retry_ms


def stream_sse(request: Request) -> EventStream:
    """Validate a stream request (400 for bad filters or cursor, 404 for the session)."""
    kinds = type_filter(request.query)
    session = find_session(request.org, request.params["session_id"])
    cursor = sequence_after(session.log, request.query)
    fault, cycle_every = request.app.faults.take_for_stream()
    return EventStream(session.log, cursor, kinds, request.app.settings, fault, cycle_every, request.app.stopping)
