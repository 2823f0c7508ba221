"""One turn picked out of a session's events: which events are its own, and how it ended."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._events import TURN_END_TYPES, Event
from .errors import TurnFailedError, ValidationError

if TYPE_CHECKING:
    from ._streaming import EventStream

DEFAULT_TURN_TIMEOUT = 300.0
"""Seconds ``send_and_wait`` and ``tools.run_turn`` wait for a turn by default."""

__all__ = ["DEFAULT_TURN_TIMEOUT", "TurnResult", "check_turn_timeout", "follow_turn", "stop_after", "turn_failed_error"]


@dataclass(frozen=True)
class TurnResult:
    """A finished turn: ``text`` is the agent's final answer.

    ``message`` is the final agent message as the API sent it (``id``, ``role``,
    ``content``...; ``None`` when the turn ended without one, e.g. cancelled);
    ``status`` is how the turn ended (``completed``, ``cancelled`` or ``sealed``);
    ``events`` are all of the turn's events, in order.
    """

    turn_id: str | None
    input_message_id: str
    status: str
    message: Mapping[str, Any] | None
    events: list[Event] = field(repr=False)

    @property
    def text(self) -> str:
        """The text parts of the final message, joined (empty without a message)."""
        if self.message is None:
            return ""
        parts = self.message.get("content") or []
        return "".join(part.get("text", "") for part in parts if part.get("type") == "text")


def turn_failed_error(event: Event) -> TurnFailedError:
    """The exception for a ``turn.failed`` event, with the server's error and code."""
    data = event.data
    error = data.get("error")
    return TurnFailedError(
        error if isinstance(error, str) and error else "the turn failed",
        error_code=data.get("error_code"),
        turn_id=event.turn_id or data.get("turn_id"),
    )


def follow_turn(
    events: Iterable[Event], input_message_id: str, on_event: Callable[[Event], object] | None = None
) -> TurnResult | None:
    """Read ``events`` until the turn started by the user message ``input_message_id``
    ends; events of other turns are passed over. ``on_event`` sees each of the turn's
    events as it arrives.

    Returns ``None`` when ``events`` run out first; raises
    :class:`~everruns.TurnFailedError` when the turn fails.
    """
    turn_id: str | None = None
    own: list[Event] = []
    message: Mapping[str, Any] | None = None
    for event in events:
        if event.context.get("input_message_id") != input_message_id and (turn_id is None or event.turn_id != turn_id):
            continue
        turn_id = turn_id or event.turn_id
        own.append(event)
        if on_event is not None:
            on_event(event)
        if event.type == "output.message.completed":
            message = event.data.get("message")
        elif event.type == "turn.failed":
            raise turn_failed_error(event)
        elif event.type in TURN_END_TYPES:
            return TurnResult(turn_id, input_message_id, event.type.removeprefix("turn."), message, own)
    return None


def check_turn_timeout(timeout: float | None) -> None:
    """A wait for a turn is a number of seconds above 0, or ``None`` for no limit."""
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0):
        raise ValidationError(f"timeout must be a number of seconds above 0 or None, got {timeout!r}", field="timeout")


@contextlib.contextmanager
def stop_after(stream: EventStream, timeout: float | None) -> Iterator[None]:
    """Stop ``stream`` after ``timeout`` seconds (``None``: never), unless the block ends first."""
    if timeout is None:
        yield
        return
    timer = threading.Timer(timeout, stream.stop)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
