"""One turn picked out of a session's events: which events are its own, and how it ended."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._events import TURN_END_TYPES, Event
from .errors import TurnFailedError, TurnTimeoutError, ValidationError

if TYPE_CHECKING:
    from ._streaming import EventStream

DEFAULT_TURN_TIMEOUT = 300.0
"""Seconds ``send_and_wait`` and ``tools.run_turn`` wait for a turn by default."""

__all__ = ["DEFAULT_TURN_TIMEOUT", "TurnResult", "TurnStream", "check_turn_timeout", "own_events", "turn_failed_error"]


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


def own_events(events: Iterable[Event], input_message_id: str, turn_id: str | None = None) -> Iterator[Event]:
    """The events of the turn started by the user message ``input_message_id`` (whose id
    is ``turn_id``, when known), up to and including the one that ends it; events of
    other turns are passed over."""
    for event in events:
        if event.context.get("input_message_id") != input_message_id and (turn_id is None or event.turn_id != turn_id):
            continue
        turn_id = turn_id or event.turn_id
        yield event
        if event.type in TURN_END_TYPES:
            return


class TurnStream:
    """The events of one turn as they happen: iterate it for each of the turn's events;
    the iteration ends after the one that ends the turn (``turn.completed``,
    ``turn.failed``, ``turn.cancelled`` or ``turn.sealed``, which is yielded too, not
    raised). Made by ``client.messages.stream()``; ``message`` is the user message that
    started the turn.

    After ``timeout`` seconds the iteration raises :class:`~everruns.TurnTimeoutError`
    (the turn goes on running on the server). :meth:`wait` reads the rest and returns
    the :class:`TurnResult`; :meth:`ticking` also says when nothing came for a while.
    """

    def __init__(
        self,
        stream: EventStream,
        input_message_id: str,
        *,
        message: Any = None,
        timeout: float | None,
        through: Callable[[Iterable[Event], str], Iterable[Event]] | None = None,
        after: Event | None = None,
    ) -> None:
        self.message = message
        self.input_message_id = input_message_id
        self.end_event: Event | None = after if after is not None and after.type in TURN_END_TYPES else None
        """The event that ended the turn, once it has been read."""
        self._turn_id = after.turn_id if after is not None else None
        self._stream = stream
        self._timeout = timeout
        self._timed_out = False
        self._timer: threading.Timer | None = None
        self._seen: list[Event] = []
        source = through(stream, input_message_id) if through is not None else stream
        self._events = self._follow(source)

    def __iter__(self) -> Iterator[Event]:
        return self._events

    def __next__(self) -> Event:
        return next(self._events)

    def ticking(self, every: float) -> Iterator[Event | None]:
        """The turn's events as they come, and ``None`` whenever ``every`` seconds pass
        without one (the stream is read in a thread of its own meanwhile), so that a
        relay can write keepalives and notice a client that left."""
        from ._ticks import ticking

        return ticking(self._events, every, self._stream.stop)

    def wait(self, on_event: Callable[[Event], object] | None = None) -> TurnResult:
        """Read the turn to its end and return how it ended; ``on_event`` sees each event
        as it arrives. A failed turn raises :class:`~everruns.TurnFailedError`."""
        for event in self._events:
            if on_event is not None:
                on_event(event)
        return self.result()

    def result(self) -> TurnResult:
        """How the turn ended, once its last event has been read (raises
        :class:`~everruns.TurnFailedError` for a failed turn)."""
        end = self.end_event
        if end is None:
            raise RuntimeError("the turn has not ended yet: iterate the stream (or call wait()) first")
        if end.type == "turn.failed":
            raise turn_failed_error(end)
        message: Mapping[str, Any] | None = None
        for event in self._seen:
            if event.type == "output.message.completed":
                message = event.data.get("message")
        return TurnResult(end.turn_id, self.input_message_id, end.type.removeprefix("turn."), message, self._seen)

    def stop(self) -> None:
        """End the iteration (safe from any thread)."""
        self._stream.stop()

    def close(self) -> None:
        """Stop and release the connection."""
        if self._timer is not None:
            self._timer.cancel()
        self._stream.close()

    def __enter__(self) -> TurnStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"TurnStream(input_message_id={self.input_message_id!r}, ended={self.end_event is not None})"

    def _follow(self, source: Iterable[Event]) -> Iterator[Event]:
        if self._timeout is not None:
            self._timer = threading.Timer(self._timeout, self._time_out)
            self._timer.daemon = True
            self._timer.start()
        if self.end_event is not None:  # resumed after the turn's last event
            return
        try:
            for event in own_events(source, self.input_message_id, self._turn_id):
                self._seen.append(event)
                if event.type in TURN_END_TYPES:
                    self.end_event = event
                yield event
        finally:
            if self._timer is not None:
                self._timer.cancel()
        if self.end_event is None and self._timed_out:
            raise TurnTimeoutError(
                f"the turn of message {self.input_message_id} did not end within {self._timeout}s; it goes on running",
                input_message_id=self.input_message_id,
                timeout=self._timeout,
            )

    def _time_out(self) -> None:
        self._timed_out = True
        self._stream.stop()


def check_turn_timeout(timeout: float | None) -> None:
    """A wait for a turn is a number of seconds above 0, or ``None`` for no limit."""
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0):
        raise ValidationError(f"timeout must be a number of seconds above 0 or None, got {timeout!r}", field="timeout")
