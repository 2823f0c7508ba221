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
from dataclasses import dataclass
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
    """A validated stream request, ready to run on a connection. ``sent`` counts event frames."""

    log: EventLog
    cursor: int
    kinds: TypeFilter
    settings: Settings
    fault: SseFault | None
    cycle_every: int | None
    stopping: threading.Event
    sent: int = 0

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
        opened = last_write = time.monotonic()
        while not (self.stopping.is_set() or self.log.closed):
            moment = time.monotonic()
            cycle_at = opened + self.settings.cycle_interval
            heartbeat_at = last_write + self.settings.heartbeat_interval
            if moment >= cycle_at:
                writer.write(disconnecting_frame(self.settings.retry_ms))
                writer.finish()
                return
            if moment >= heartbeat_at:
                writer.write(HEARTBEAT_FRAME)
                last_write = moment
                continue
            wait = min(cycle_at, heartbeat_at, moment + GONE_CHECK_SECONDS) - moment
            batch = self.log.wait_after(self.cursor, wait, BATCH_SIZE)
            if not batch and writer.client_gone():
                break
            written = self._deliver(writer, batch) if batch else 0
            if written is None:
                return
            if written:
                last_write = time.monotonic()
        writer.cut()

    def _deliver(self, writer: StreamWriter, batch: list[tuple[JsonObject, str]]) -> int | None:
        """Write the frames of ``batch`` that pass the filter, in one write.

        Returns how many were written, or ``None`` when an injected drop or cycle ended the stream.
        """
        self.cursor = batch[-1][0]["sequence"]
        frames: list[bytes] = []
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
        writer.write(b"".join(frames))
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
