"""One session's events: append-only, numbered from 1, and waitable by stream readers."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

from ._ids import new_id, now

JsonObject = dict[str, Any]
_encode = json.JSONEncoder(separators=(",", ":")).encode  # built once: dumps() builds one per call


class EventLog:
    """The ordered events of a session, each serialised once when it is appended.

    Stream writers hold the JSON text rather than re-encoding per connection, which keeps
    the SSE path cheap. Each live stream subscribes (:meth:`subscribe`): whoever appends
    calls it right after the append, and it writes the new frames from that thread (read
    with :meth:`after`), so an event costs no thread a wake.
    """

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        self._events: list[JsonObject] = []
        self._encoded: list[str] = []
        self._sequence_by_id: dict[str, int] = {}
        self._lock = threading.Lock()
        self._subscribers: list[Callable[[], None]] = []
        self._closed = False

    def append(self, event_type: str, data: JsonObject, context: JsonObject | None = None) -> JsonObject:
        """Record a new event and tell every subscribed stream. Returns the stored event."""
        with self._lock:
            sequence = len(self._events) + 1
            event: JsonObject = {
                "id": new_id("event"),
                "type": event_type,
                "ts": now(),
                "session_id": self.session_id,
                "sequence": sequence,
                "context": dict(context or {}),
                "data": data,
            }
            self._events.append(event)
            self._encoded.append(_encode(event))
            self._sequence_by_id[event["id"]] = sequence
            subscribers = self._subscribers
        for notify in subscribers:
            notify()
        return event

    def subscribe(self, notify: Callable[[], None]) -> None:
        """Call ``notify()`` after each append (in the appending thread) and on :meth:`close`."""
        with self._lock:
            self._subscribers = [*self._subscribers, notify]

    def unsubscribe(self, notify: Callable[[], None]) -> None:
        """Stop calling ``notify``."""
        with self._lock:
            self._subscribers = [other for other in self._subscribers if other is not notify]

    def after(self, sequence: int, limit: int) -> list[tuple[JsonObject, str]]:
        """Up to ``limit`` (event, JSON text) pairs newer than ``sequence``, without waiting."""
        with self._lock:
            return self._after(sequence, limit)

    def sequence_of(self, event_id: str) -> int | None:
        """The sequence of the event with this id, or ``None`` when it is not in this session."""
        with self._lock:
            return self._sequence_by_id.get(event_id)

    def all(self) -> list[JsonObject]:
        """A copy of the list of events, oldest first."""
        with self._lock:
            return list(self._events)

    def _after(self, sequence: int, limit: int) -> list[tuple[JsonObject, str]]:
        end = min(len(self._events), sequence + limit)
        return list(zip(self._events[sequence:end], self._encoded[sequence:end], strict=True))

    def close(self) -> None:
        """Tell every stream for good: the server is stopping."""
        with self._lock:
            self._closed = True
            subscribers = self._subscribers
        for notify in subscribers:
            notify()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has been called."""
        return self._closed
