"""What a relay sends a browser, as bytes: the pure part, shared by every relay loop.

Which events a browser gets and with what payload (:class:`Forwarding`), each event's
frame, and the ``end`` frame that tells the page how the relay ended, with only what the
page may know. Nothing here does input or output, so a loop over another kind of stream
(an asyncio one, say) sends exactly the same frames and headers.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast

from everruns._events import Event
from everruns.errors import (
    ApiError,
    BudgetPausedError,
    EverrunsError,
    NetworkError,
    StreamError,
    TurnFailedError,
    TurnTimeoutError,
    ValidationError,
)

__all__ = [
    "BROWSER_TYPES",
    "DEFAULT_KEEPALIVE",
    "ECHO_LIMIT",
    "KEEPALIVE_FRAME",
    "OPENING_FRAME",
    "RECONNECT_MS",
    "SSE_HEADERS",
    "EventFilter",
    "Forwarding",
    "browser_payload",
    "end_frame",
    "error_code",
    "error_outcome",
    "event_frame",
    "resume_point",
    "shorten",
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

BROWSER_TYPES: tuple[str, ...] = (
    "output.message.*",
    "tool.started",
    "tool.completed",
    "turn.completed",
    "turn.failed",
    "turn.cancelled",
    "turn.sealed",
)
"""The event types a relay forwards unless told otherwise: what a chat page shows (the
reply as it is written, which tool runs, how the turn ended). ``llm.generation`` (the
system prompt, the messages and the tools), ``reason.*`` (the model's thinking), the
user's own ``input.message`` and types this SDK does not know stay on the server."""

ECHO_LIMIT = 64
"""Characters of a value taken from the request (``Last-Event-ID``, a resume point, a
session id) that the relay keeps: no valid id is longer, and an error or a log line that
quotes the value quotes no more."""

EventFilter = Callable[[Event], "Mapping[str, Any] | None"]
"""What a relay sends as an event's ``data`` (``None``: the event is not sent)."""

_REPLACEMENT = "everruns.web.replace"
# How many event types a Forwarding remembers its decision for (an upstream that makes up
# types cannot grow it without bound; past it, each decision is made again).
_REMEMBERED_TYPES = 256
_MACHINE_CODE = re.compile(r"[a-z][a-z0-9_.]{0,63}\Z")


def _replace_with_fffd(error: UnicodeError) -> tuple[bytes, int]:
    """A lone surrogate (which UTF-8 cannot carry) becomes U+FFFD, as a browser shows it
    (given as UTF-8 bytes: the encoder takes no other text from a handler). Only ever
    used for encoding, so the error is a ``UnicodeEncodeError``."""
    cut = cast("UnicodeEncodeError", error)
    return "\ufffd".encode() * (cut.end - cut.start), cut.end


codecs.register_error(_REPLACEMENT, _replace_with_fffd)


def _utf8(text: str) -> bytes:
    """UTF-8 that never fails: whatever an upstream sent, the frame can be written."""
    return text.encode("utf-8", _REPLACEMENT)


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _one_line(text: str) -> str:
    """A field value cannot hold a line break: it would start a field of its own."""
    return text.replace("\r", "").replace("\n", "")


def event_frame(event: Event, data: Mapping[str, Any] | None = None) -> bytes:
    """One event as a server-sent event: ``id:`` its Everruns id (the browser sends it back
    as ``Last-Event-ID`` when it reconnects), ``event:`` its type, ``data:`` ``data`` (by
    default the event's own) as JSON on one line."""
    payload = event.data if data is None else data
    return _utf8(f"id: {_one_line(event.id)}\nevent: {_one_line(event.type)}\ndata: {_json(payload)}\n\n")


def browser_payload(event: Event) -> Mapping[str, Any] | None:
    """The ``data`` a browser gets for ``event`` by default: a tool's events carry only its
    call id, name and status (no arguments, no result), the end of a turn only its id (and
    for a failed turn its own error and code); any other event its data as it came."""
    project = _PROJECTIONS.get(event.type)
    return event.data if project is None else project(event.data)


def _fields(data: object) -> Mapping[str, Any]:
    return data if isinstance(data, Mapping) else {}


def _tool_started(data: object) -> dict[str, Any]:
    call = _fields(_fields(data).get("tool_call"))
    return {"tool_call_id": call.get("id"), "name": call.get("name"), "status": "started"}


def _tool_completed(data: object) -> dict[str, Any]:
    fields = _fields(data)
    return {"tool_call_id": fields.get("tool_call_id"), "name": fields.get("tool_name"), "status": fields.get("status")}


def _turn_ended(data: object) -> dict[str, Any]:
    return {"turn_id": _fields(data).get("turn_id")}


def _turn_failed(data: object) -> dict[str, Any]:
    fields = _fields(data)
    return {"turn_id": fields.get("turn_id"), "error": fields.get("error"), "error_code": fields.get("error_code")}


_PROJECTIONS: dict[str, Callable[[object], dict[str, Any]]] = {
    "tool.started": _tool_started,
    "tool.completed": _tool_completed,
    "turn.completed": _turn_ended,
    "turn.cancelled": _turn_ended,
    "turn.sealed": _turn_ended,
    "turn.failed": _turn_failed,
}


class Forwarding:
    """Which events a relay sends the browser, and with what ``data``.

    ``types`` are event types (``"tool.started"``), prefixes (``"output.message.*"``) or
    ``"*"`` for every type; ``event_filter(event)`` gives the ``data`` to send for an event
    of those types, or ``None`` to keep it back. ``end`` is the relay's own frame: an
    upstream event of that type is never sent, whatever ``types`` says.
    """

    __slots__ = ("_event_filter", "_names", "_prefixes", "_types")

    def __init__(self, types: Iterable[str] = BROWSER_TYPES, event_filter: EventFilter = browser_payload) -> None:
        if isinstance(types, str) or not isinstance(types, Iterable):
            raise ValidationError("types must be a list of event types, not one string", field="types")
        wanted = list(types)
        for name in wanted:
            if not isinstance(name, str) or not name or _one_line(name) != name:
                raise ValidationError(f"types must hold event types on one line, got {name!r}", field="types")
            if name == "end":
                raise ValidationError("end is the relay's own frame, not an event type to forward", field="types")
        if not callable(event_filter):
            raise ValidationError(f"event_filter must be callable, got {event_filter!r}", field="event_filter")
        self._types = frozenset(name for name in wanted if not name.endswith("*"))
        self._prefixes = tuple(name[:-1] for name in wanted if name.endswith("*"))
        self._event_filter = event_filter
        self._names: dict[str, str | None] = {}

    def frame(self, event: Event) -> bytes | None:
        """The frame for ``event``, or ``None`` when the browser is not to get it."""
        try:
            name = self._names[event.type]
        except KeyError:
            name = self._decide(event.type)
        if name is None:
            return None
        data = self._event_filter(event)
        if data is None:
            return None
        return _utf8(f"id: {_one_line(event.id)}\nevent: {name}\ndata: {_json(data)}\n\n")

    def _decide(self, event_type: str) -> str | None:
        """The name to send an event of this type under, or ``None`` to keep it back."""
        name = _one_line(event_type)
        wanted = name in self._types or name.startswith(self._prefixes)
        decided = name if wanted and name != "end" else None
        if len(self._names) < _REMEMBERED_TYPES:
            self._names[event_type] = decided
        return decided


def end_frame(outcome: Mapping[str, Any]) -> bytes:
    """The last frame of a relayed turn, ``event: end``, with how it ended as its data.
    The page closes its ``EventSource`` on it (else the browser would reconnect)."""
    return _utf8(f"event: end\ndata: {_json(outcome)}\n\n")


def turn_outcome(end_event: Event) -> dict[str, Any]:
    """How a turn ended, from the event that ended it: ``{"status": "completed"}``,
    ``"cancelled"`` or ``"sealed"``, or ``{"status": "failed", "error": ..., "code": ...}``
    with the turn's own error."""
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
    """The end of a relay that could not follow its turn to the end, with nothing of the
    exception's text (that is for the server's log): ``{"status": "timed_out"}`` when the
    wait ran out (the turn goes on), ``{"status": "paused", "code": "budget_paused",
    "resume_from": <event id>}`` when a budget paused it (it goes on once topped up and
    resumed: the page asks for the turn again with ``resume_from``), a failed turn as
    :func:`turn_outcome` has it, else
    ``{"status": "error", "code": ...}`` with :func:`error_code`."""
    if isinstance(error, TurnTimeoutError):
        return {"status": "timed_out"}
    if isinstance(error, BudgetPausedError):
        return {"status": "paused", "code": "budget_paused", "resume_from": error.event_id}
    if isinstance(error, TurnFailedError):
        return {"status": "failed", "error": error.error, "code": error.error_code}
    return {"status": "error", "code": error_code(error)}


def error_code(error: BaseException) -> str:
    """A machine code for what went wrong, fit for a browser: the API's own code (e.g.
    ``session_not_found``), ``api_error`` for an error answer without a usable one,
    ``invalid_request`` (the SDK refused the request: a malformed id, no text),
    ``upstream_unreachable`` (no answer from the API), ``stream_failed`` (the event stream
    gave up), ``upstream_error`` (any other error of the SDK) or ``relay_failed``
    (an exception that is not the SDK's)."""
    if isinstance(error, ApiError):
        code = error.code
        return code if isinstance(code, str) and _MACHINE_CODE.match(code) else "api_error"
    if isinstance(error, ValidationError):
        return "invalid_request"
    if isinstance(error, NetworkError):
        return "upstream_unreachable"
    if isinstance(error, StreamError):
        return "stream_failed"
    if isinstance(error, EverrunsError):
        return "upstream_error"
    return "relay_failed"


def shorten(value: str) -> str:
    """``value`` cut to :data:`ECHO_LIMIT` characters (and marked as cut with ``…``)."""
    return value if len(value) <= ECHO_LIMIT else value[:ECHO_LIMIT] + "…"


def resume_point(last_event_id: str | None, from_url: str | None = None) -> str | None:
    """Where a reconnecting reader left off: the ``Last-Event-ID`` header the browser
    sends wins over a point the page put in the URL (which is older: it was written
    when the page opened the stream). Blank values count as none; a value longer than
    any event id is cut (see :func:`shorten`), so that no error or log line quotes a
    request's whole header."""
    for value in (last_event_id, from_url):
        if value is not None and value.strip():
            return shorten(value.strip())
    return None
