"""One turn picked out of a session's events: which events are its own, what to do with
its tool calls, and how it ended.

:class:`TurnFeed` holds those decisions as flows (see ``_flow``); :class:`TurnStream`
iterates one with the blocking client, ``AsyncTurnStream`` with the asyncio client, and
``messages.send_and_wait`` and ``tools.run_turn`` run one to its end.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ._events import TURN_END_TYPES, Event, budget_paused_error, turn_failed_error
from ._flow import Call, Flow, adrive, drive
from ._streaming import DeadlineReached, Interruptible
from ._ticks import aticking
from .errors import StreamError, TurnTimeoutError, ValidationError

if TYPE_CHECKING:
    from ._async_client import AwaitingSteps
    from ._client import BlockingSteps
    from ._streaming import EventFeed


__all__ = [
    "DEFAULT_TURN_TIMEOUT",
    "AsyncTurnStream",
    "TurnFeed",
    "TurnResult",
    "TurnStart",
    "TurnStream",
    "TurnView",
    "check_turn_timeout",
]

DEFAULT_TURN_TIMEOUT = 300.0
"""Seconds ``send_and_wait`` and ``tools.run_turn`` wait for a turn by default."""


@dataclass(frozen=True)
class TurnResult:
    """A finished turn: ``text`` is the agent's final answer.

    ``message`` is the final agent message as the API sent it (``id``, ``role``,
    ``content``...; ``None`` when the turn ended without one, e.g. cancelled);
    ``status`` is how the turn ended (``completed``, ``cancelled`` or ``sealed``);
    ``events`` are all of the turn's events, in order.

    It travels as :meth:`to_dict` (JSON-ready: a task's result, a queue message) and is
    read back with :meth:`from_dict`; it also pickles.
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

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON values: the ids, ``status``, ``text``, ``message`` and
        ``events`` (each in the API's shape). ``text`` is there for readers of the JSON
        alone; :meth:`from_dict` works it out again from ``message``."""
        return {
            "turn_id": self.turn_id,
            "input_message_id": self.input_message_id,
            "status": self.status,
            "text": self.text,
            "message": None if self.message is None else dict(self.message),
            "events": [event.to_dict() for event in self.events],
        }

    @classmethod
    def from_dict(cls, payload: Mapping[str, Any]) -> TurnResult:
        """The result that :meth:`to_dict` gave ``payload`` for (after JSON too)."""
        return cls(
            turn_id=payload["turn_id"],
            input_message_id=payload["input_message_id"],
            status=payload["status"],
            message=payload["message"],
            events=[Event.from_dict(event) for event in payload["events"]],
        )


OnPause = Literal["raise", "wait"]
PAUSED = "budget.paused"


def check_on_pause(on_pause: str) -> None:
    """What to do when a budget pauses the turn: ``raise`` or ``wait``."""
    if on_pause not in ("raise", "wait"):
        raise ValidationError(f"on_pause must be 'raise' or 'wait', got {on_pause!r}", field="on_pause")


def check_turn_timeout(timeout: float | None) -> None:
    """A wait for a turn is a number of seconds above 0, or ``None`` for no limit."""
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0):
        raise ValidationError(f"timeout must be a number of seconds above 0 or None, got {timeout!r}", field="timeout")


@dataclass(frozen=True)
class TurnStart:
    """Where following a turn begins: the user message that started it (the posted
    ``message`` when this process posted it), the event to stream after, and, when
    resuming, the last event already seen."""

    input_message_id: str
    since_id: str | None
    message: Any = None
    after: Event | None = None


class TurnFeed:
    """One turn's events as flows: :meth:`start` posts the message (or finds where to
    resume), :meth:`next_event` gives the turn's next event (``None`` after the one that
    ended it), :meth:`wait` runs the turn to its end.

    ``begin`` is the flow that starts the turn; ``events(since_id)`` makes the session's
    event feed; ``answer(event)``, when given, handles each of the turn's
    ``tool.call_requested`` events before it is handed out. A ``budget.paused`` event
    raises :class:`~everruns.BudgetPausedError` unless ``on_pause`` is ``"wait"``. After ``timeout`` seconds
    (counted from the start) :class:`~everruns.TurnTimeoutError` is raised while the turn
    goes on running on the server.
    """

    def __init__(
        self,
        begin: Callable[[], Flow[TurnStart]],
        events: Callable[[str | None], EventFeed],
        *,
        timeout: float | None,
        answer: Callable[[Event], Flow[None]] | None = None,
        on_pause: OnPause,
    ) -> None:
        self._begin = begin
        self._on_pause = on_pause
        self._make_events = events
        self._timeout = timeout
        self._answer = answer
        self._events: EventFeed | None = None
        self._turn_id: str | None = None
        self.start_info: TurnStart | None = None
        self.end_event: Event | None = None
        self.seen: list[Event] = []

    @property
    def message(self) -> Any:
        """The user message that started the turn, as posted (``None`` when resumed or
        not started yet)."""
        return self.start_info.message if self.start_info is not None else None

    @property
    def input_message_id(self) -> str | None:
        """The id of the user message that started the turn (``None`` before the start)."""
        return self.start_info.input_message_id if self.start_info is not None else None

    def start(self) -> Flow[TurnStart]:
        """Post the message (or find the resume point) and open the session's events."""
        if self.start_info is not None:
            return self.start_info
        start = yield from self._begin()
        self._events = self._make_events(start.since_id)
        if start.after is not None:
            self._turn_id = start.after.turn_id
            if start.after.type in TURN_END_TYPES:
                self.end_event = start.after
        if self._timeout is not None:
            self._events.deadline = time.monotonic() + self._timeout
        self.start_info = start
        return start

    def next_event(self) -> Flow[Event | None]:
        """The turn's next event; ``None`` once the turn has ended (or the feed was stopped)."""
        start = yield from self.start()
        events = self._events
        assert events is not None
        while self.end_event is None:
            try:
                event = yield from events.next_event()
            except DeadlineReached:
                raise TurnTimeoutError(
                    f"the turn of message {start.input_message_id} did not end within {self._timeout}s; "
                    "it goes on running",
                    input_message_id=start.input_message_id,
                    timeout=self._timeout,
                ) from None
            if event is None:
                return None
            if not self._is_own(event, start.input_message_id):
                continue
            self.seen.append(event)
            if self._answer is not None and event.type == "tool.call_requested":
                yield from self._answer(event)
            if event.type == PAUSED and self._on_pause == "raise":
                raise budget_paused_error(event)
            if event.type in TURN_END_TYPES:
                self.end_event = event
            return event
        return None

    def wait(self, on_event: Callable[[Event], object] | None = None) -> Flow[TurnResult]:
        """Read the turn to its end and give how it ended; ``on_event`` is called with
        each event as it arrives (and awaited, by the asyncio client, when it is an
        ``async def`` function). A failed turn raises :class:`~everruns.TurnFailedError`."""
        while (event := (yield from self.next_event())) is not None:
            if on_event is not None:
                yield Call(on_event, (event,))
        if self.end_event is None:
            raise StreamError("the turn's stream was stopped before the turn ended")
        return self.result()

    def result(self) -> TurnResult:
        """How the turn ended, once its last event has been read (raises
        :class:`~everruns.TurnFailedError` for a failed turn)."""
        end = self.end_event
        if end is None or self.start_info is None:
            raise RuntimeError("the turn has not ended yet: read its events (or wait()) first")
        if end.type == "turn.failed":
            raise turn_failed_error(end)
        message: Mapping[str, Any] | None = None
        for event in self.seen:
            if event.type == "output.message.completed":
                message = event.data.get("message")
        status = end.type.removeprefix("turn.")
        return TurnResult(end.turn_id, self.start_info.input_message_id, status, message, self.seen)

    def stop(self) -> None:
        """End the iteration at the next step."""
        if self._events is not None:
            self._events.stop()

    def _is_own(self, event: Event, input_message_id: str) -> bool:
        """Whether ``event`` belongs to this turn: started by its message, or carrying its
        turn id (learnt from the first such event)."""
        if event.context.get("input_message_id") == input_message_id:
            if self._turn_id is None:
                self._turn_id = event.turn_id
            return True
        return self._turn_id is not None and event.turn_id == self._turn_id


class TurnView:
    """What a turn stream of either client tells: the message that started the turn,
    the event that ended it, and its result; ``stop()`` ends the iteration."""

    _feed: TurnFeed
    _steps: Interruptible

    @property
    def message(self) -> Any:
        """The user message that started the turn, as posted (``None`` when resumed, or
        before the asyncio client has started the turn)."""
        return self._feed.message

    @property
    def input_message_id(self) -> str | None:
        """The id of the user message that started the turn."""
        return self._feed.input_message_id

    @property
    def end_event(self) -> Event | None:
        """The event that ended the turn, once it has been read."""
        return self._feed.end_event

    def result(self) -> TurnResult:
        """How the turn ended, once its last event has been read (raises
        :class:`~everruns.TurnFailedError` for a failed turn)."""
        return self._feed.result()

    def stop(self) -> None:
        """End the iteration; safe from any thread or task (a blocked read is woken)."""
        self._feed.stop()
        self._steps.interrupt()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(input_message_id={self.input_message_id!r}, ended={self.end_event is not None})"


class TurnStream(TurnView):
    """The events of one turn as they happen. Iterate it for each of the turn's events:
    the iteration ends after the one that ends the turn (``turn.completed``,
    ``turn.failed``, ``turn.cancelled`` or ``turn.sealed``; a failure is yielded, not
    raised). Made by ``client.messages.stream()`` (the message is posted before it
    returns: ``message`` is the posted message) or ``client.messages.resume()``.

    After the stream's ``timeout`` the iteration raises
    :class:`~everruns.TurnTimeoutError` (the turn goes on running on the server).
    :meth:`wait` reads the rest and returns the :class:`TurnResult`; :meth:`ticking`
    also says when nothing came for a while.
    """

    _steps: BlockingSteps

    def __init__(self, feed: TurnFeed, steps: BlockingSteps) -> None:
        self._feed = feed
        self._steps = steps
        try:
            drive(feed.start(), steps.do)
        except BaseException:
            steps.close()
            raise

    def __iter__(self) -> TurnStream:
        return self

    def __next__(self) -> Event:
        event = drive(self._feed.next_event(), self._steps.do)
        if event is None:
            raise StopIteration
        return event

    def ticking(self, every: float) -> Iterator[Event | None]:
        """The turn's events as they come, and ``None`` whenever ``every`` seconds pass
        without one (the stream is read in a thread of its own meanwhile), so that a
        relay can write keepalives and notice a client that left."""
        from ._ticks import ticking

        return ticking(self, every, self.stop)

    def wait(self, on_event: Callable[[Event], object] | None = None) -> TurnResult:
        """Read the turn to its end and return how it ended; ``on_event`` sees each event
        as it arrives. A failed turn raises :class:`~everruns.TurnFailedError`."""
        return drive(self._feed.wait(on_event), self._steps.do)

    def close(self) -> None:
        """Stop and release the connection."""
        self.stop()
        self._steps.close()

    def __enter__(self) -> TurnStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncTurnStream(TurnView):
    """The events of one turn, for asyncio: ``async for`` over it (the message is posted
    first), or ``await`` it to post the message before reading (``message`` is then the
    posted message). The iteration ends after the event that ends the turn; after the
    stream's ``timeout`` it raises :class:`~everruns.TurnTimeoutError`. ``async with``
    starts it and closes it."""

    _steps: AwaitingSteps

    def __init__(self, feed: TurnFeed, steps: AwaitingSteps) -> None:
        self._feed = feed
        self._steps = steps

    def __await__(self) -> Generator[Any, None, AsyncTurnStream]:
        return self._start().__await__()

    async def _start(self) -> AsyncTurnStream:
        await adrive(self._feed.start(), self._steps.do)
        return self

    def __aiter__(self) -> AsyncTurnStream:
        return self

    async def __anext__(self) -> Event:
        event = await adrive(self._feed.next_event(), self._steps.do)
        if event is None:
            raise StopAsyncIteration
        return event

    def ticking(self, every: float) -> AsyncIterator[Event | None]:
        """The turn's events as they come, and ``None`` whenever ``every`` seconds pass
        without one, so that a relay can write keepalives and notice a client that left."""
        return aticking(self, every, self.stop)

    async def wait(self, on_event: Callable[[Event], object] | None = None) -> TurnResult:
        """Read the turn to its end and return how it ended; ``on_event`` sees each event
        as it arrives (awaited when it is an ``async def`` function). A failed turn
        raises :class:`~everruns.TurnFailedError`."""
        return await adrive(self._feed.wait(on_event), self._steps.do)

    async def close(self) -> None:
        """Stop and release the connection (``aclose()`` is the same, under the name
        ``contextlib.aclosing`` and asynchronous cleanup use)."""
        self.stop()
        await self._steps.aclose()

    aclose = close

    async def __aenter__(self) -> AsyncTurnStream:
        return await self._start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
