"""One event of a session, as the stream and the events list both deliver it.

``data`` stays the plain mapping the server sent, so ``event.data.get("delta", "")``
works as users write it and new event types need no SDK release. ``typed_data()``
builds the generated ``*Data`` model for the event's type, only when asked.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from importlib import import_module
from typing import Any

from everruns_api._datetimes import parse_datetime
from everruns_api.event_payloads import payload_model_name

from .errors import BudgetPausedError, EventShapeError, TurnFailedError

__all__ = ["TURN_END_TYPES", "Event", "budget_paused_error", "turn_failed_error"]

TURN_END_TYPES = frozenset({"turn.completed", "turn.failed", "turn.cancelled", "turn.sealed"})


class Event:
    """A session event: ``id``, ``type``, ``ts``, ``session_id``, ``sequence``,
    ``context``, ``data``, ``metadata`` and ``tags``, as the API sent them."""

    __slots__ = ("_ts", "context", "data", "id", "metadata", "sequence", "session_id", "tags", "ts_text", "type")

    def __init__(
        self,
        *,
        id: str,
        type: str,
        ts: str,
        session_id: str,
        sequence: int | None = None,
        context: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        metadata: Any = None,
        tags: list[str] | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.ts_text = ts
        self._ts: datetime.datetime | None = None
        self.session_id = session_id
        self.sequence = sequence
        self.context: Mapping[str, Any] = context if context is not None else {}
        self.data: Mapping[str, Any] = data if data is not None else {}
        self.metadata = metadata
        self.tags = tags

    @classmethod
    def from_dict(cls, payload: Mapping[str, Any]) -> Event:
        """Build an event from its JSON object (keys the SDK does not know are ignored).

        The event stream calls this once per event, so it fills the slots directly:
        going through ``__init__``'s keyword arguments takes twice as long.
        """
        event = cls.__new__(cls)
        event.id = payload["id"]
        event.type = payload["type"]
        event.ts_text = payload["ts"]
        event._ts = None
        event.session_id = payload["session_id"]
        get = payload.get
        event.sequence = get("sequence")
        context = get("context")
        event.context = context if context is not None else {}
        data = get("data")
        event.data = data if data is not None else {}
        event.metadata = get("metadata")
        event.tags = get("tags")
        return event

    @property
    def ts(self) -> datetime.datetime:
        """When the event happened, as an aware datetime (parsed on first use)."""
        if self._ts is None:
            try:
                self._ts = parse_datetime(self.ts_text)
            except (TypeError, ValueError) as error:
                raise EventShapeError(f"event {self.id} has an unreadable ts {self.ts_text!r}") from error
        return self._ts

    @property
    def turn_id(self) -> str | None:
        """The turn this event belongs to, from its context."""
        value = self.context.get("turn_id")
        return value if isinstance(value, str) else None

    def typed_data(self) -> Any:
        """The payload as the generated model for this event's type (e.g.
        ``OutputMessageDeltaData``; the map comes from the API description), read as
        every model reads an answer: lazily and tolerantly, so an older server's payload
        short of a field reads that field as ``None`` with one warning. A type the
        description does not know gives the plain mapping."""
        name = payload_model_name(self.type)
        if name is None:
            return self.data
        model = getattr(import_module("everruns_api.models"), name)
        try:
            return model.from_dict(self.data)
        except (TypeError, ValueError) as error:  # not a mapping, or tagged as another kind
            raise EventShapeError(f"the data of {self.type} event {self.id} is not a {name}: {error!r}") from error

    def to_dict(self) -> dict[str, Any]:
        """The event as a JSON-ready dict, in the API's shape."""
        payload: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "ts": self.ts_text,
            "session_id": self.session_id,
            "context": dict(self.context),
            "data": dict(self.data),
        }
        if self.sequence is not None:
            payload["sequence"] = self.sequence
        if self.metadata is not None:
            payload["metadata"] = self.metadata
        if self.tags is not None:
            payload["tags"] = self.tags
        return payload

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Event) and other.to_dict() == self.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable mappings inside

    def __repr__(self) -> str:
        return f"Event(type={self.type!r}, id={self.id!r}, sequence={self.sequence!r})"


def turn_failed_error(event: Event) -> TurnFailedError:
    """The exception for a ``turn.failed`` event, with the server's error and code."""
    data = event.data
    error = data.get("error")
    return TurnFailedError(
        error if isinstance(error, str) and error else "the turn failed",
        error_code=data.get("error_code"),
        turn_id=event.turn_id or data.get("turn_id"),
    )


def budget_paused_error(event: Event) -> BudgetPausedError:
    """The exception for a ``budget.paused`` event of a turn."""
    data = event.data
    balance = data.get("balance")
    return BudgetPausedError(
        data.get("budget_id"),
        balance if isinstance(balance, (int, float)) and not isinstance(balance, bool) else None,
        data.get("currency"),
        event.session_id,
        event.turn_id,
        event.context.get("input_message_id"),
        event.id,
    )
