"""What a relay sends a browser, as bytes: the pure part, shared by every relay loop.

Nothing here does input or output, so a loop over another kind of stream (an asyncio
one, say) sends exactly the same frames and headers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from everruns._events import Event
from everruns.errors import ApiError, TurnFailedError, TurnTimeoutError

__all__ = [
    "DEFAULT_KEEPALIVE",
    "KEEPALIVE_FRAME",
    "OPENING_FRAME",
    "RECONNECT_MS",
    "SSE_HEADERS",
    "end_frame",
    "error_outcome",
    "event_frame",
    "resume_point",
    "turn_outcome",
]

DEFAULT_KEEPALIVE = 15.0
"""Seconds of silence after which a relay writes a keepalive comment."""

RECONNECT_MS = 1000
"""How long a browser waits before reconnecting when a response ends without ``end``."""

SSE_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Type", "text/event-stream; charset=utf-8"),
    ("Cache-Control", "no-cache"),
    # nginx would otherwise buffer the response (and send the events in one burst).
    ("X-Accel-Buffering", "no"),
    # An encoding already set keeps compressors away (Django's GZipMiddleware, nginx's
    # gzip), which would otherwise hold the events back until the response ends.
    ("Content-Encoding", "identity"),
)
"""The response headers of a relayed stream. Set no ``Content-Length``: it never has one."""

OPENING_FRAME = f"retry: {RECONNECT_MS}\n\n".encode()
"""Sent first, so that the status and headers leave at once, with the reconnect delay."""

KEEPALIVE_FRAME = b": keepalive\n\n"
"""A comment: the browser ignores it, a proxy sees traffic, the server learns whether the
browser is still there."""


def event_frame(event: Event) -> bytes:
    """One event as a server-sent event: ``id:`` its Everruns id (the browser sends it back
    as ``Last-Event-ID`` when it reconnects), ``event:`` its type, ``data:`` its ``data``
    as JSON on one line."""
    data = json.dumps(event.data, ensure_ascii=False, separators=(",", ":"))
    return f"id: {_one_line(event.id)}\nevent: {_one_line(event.type)}\ndata: {data}\n\n".encode()


def end_frame(outcome: Mapping[str, Any]) -> bytes:
    """The last frame of a relayed turn, ``event: end``, with how it ended as its data.
    The page closes its ``EventSource`` on it (else the browser would reconnect)."""
    return f"event: end\ndata: {json.dumps(outcome, ensure_ascii=False, separators=(',', ':'))}\n\n".encode()


def turn_outcome(end_event: Event) -> dict[str, Any]:
    """How a turn ended, from the event that ended it: ``{"status": "completed"}``,
    ``"cancelled"`` or ``"sealed"``, or ``{"status": "failed", "error": ..., "code": ...}``."""
    status = end_event.type.removeprefix("turn.")
    if status != "failed":
        return {"status": status}
    error = end_event.data.get("error")
    return {
        "status": "failed",
        "error": error if isinstance(error, str) and error else "the turn failed",
        "code": end_event.data.get("error_code"),
    }


def error_outcome(error: BaseException) -> dict[str, Any]:
    """The end of a relay that could not follow its turn to the end:
    ``{"status": "timed_out"}`` when the wait ran out (the turn goes on), a failed turn as
    :func:`turn_outcome` has it, else ``{"status": "error", "error": ..., "code": ...}``
    (``code`` is the API's, e.g. ``session_not_found``, or ``null``)."""
    if isinstance(error, TurnTimeoutError):
        return {"status": "timed_out"}
    if isinstance(error, TurnFailedError):
        return {"status": "failed", "error": error.error, "code": error.error_code}
    code = error.code if isinstance(error, ApiError) else None
    return {"status": "error", "error": str(error) or type(error).__name__, "code": code}


def resume_point(last_event_id: str | None, from_url: str | None = None) -> str | None:
    """Where a reconnecting reader left off: the ``Last-Event-ID`` header the browser
    sends wins over a point the page put in the URL (which is older: it was written
    when the page opened the stream). Blank values count as none."""
    for value in (last_event_id, from_url):
        if value is not None and value.strip():
            return value.strip()
    return None


def _one_line(text: str) -> str:
    """A field value cannot hold a line break: it would start a field of its own."""
    return text.replace("\r", "").replace("\n", "")
