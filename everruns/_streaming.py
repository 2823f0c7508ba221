"""``client.events.stream()``: a session's events, riding out dropped connections, the
server's connection cycling and silent sockets.

:class:`EventFeed` holds every decision (when to reconnect, after how long, from which
event, what to raise) as a flow of steps, with no I/O of its own; :class:`EventStream`
iterates it with the blocking client, and the asyncio client's ``AsyncEventStream``
awaits the same flow. Every connection asks for the events after the last one handed
out (``since_id``), so none is missed across reconnects, and
:class:`~everruns._seen.SeenEvents` makes sure none is handed out twice.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from everruns_api.api.events import stream_sse
from everruns_api.types import UNSET

from ._events import TURN_END_TYPES, Event, turn_failed_error
from ._flow import Connect, Connected, Flow, Read, Sleep, Step, aemit, emit, next_emitted
from ._retry import Backoff
from ._seen import SeenEvents
from ._sse import CutFrameError, Frame, FrameParser, FrameTooLargeError
from ._ticks import aticking
from ._transport import EVENT_STREAM, describe_error
from .errors import ApiError, NetworkError, StreamError

if TYPE_CHECKING:
    from ._async_client import AwaitingSteps
    from ._client import BlockingSteps

__all__ = ["STREAM_BACKOFF", "EventFeed", "EventStream", "StreamView", "delta_of"]

logger = logging.getLogger("everruns")

STREAM_BACKOFF = Backoff(initial=1.0, maximum=30.0, jitter=0.1)
"""The waits before reconnecting after unexpected drops: 1 s, 2 s, 4 s ... 30 s, give or take 10 %."""

# Error statuses a later attempt may get past; any other one is raised at once.
_PASSING_STATUSES = frozenset({408, 429})
# Frames about the connection itself, handled here and never handed out.
_LIFECYCLE = frozenset({"connected", "disconnecting"})
_STREAM_HEADERS = {"Accept": EVENT_STREAM, "Cache-Control": "no-cache"}
# The per-event steps, bound once.
# json.loads's own settings, and their C scanner: (value, end) of the JSON value at an
# index. (typeshed leaves it out.)
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_event_from_dict = Event.from_dict
_clock = time.monotonic


class ConnectionLostError(Exception):
    """A connection ended without the server announcing it."""


class DeadlineReached(Exception):  # noqa: N818 (an outcome, not a fault)
    """The feed's :attr:`EventFeed.deadline` passed first."""


class EventFeed:
    """The events of one session across as many connections as it takes, as a flow of
    steps: :meth:`events` connects, reads and waits as needed and hands out each event
    not handed out before.

    Connections the server cycles (``disconnecting``) are replaced after the wait it
    asks for; dropped, failed or idle ones after a growing backoff, up to
    ``max_retries`` in a row (``None``: no limit), then :class:`~everruns.StreamError`.
    Errors no retry can cure (400, 401, 403, 404) are raised at once. A connection that
    brings heartbeats but no event for ``idle_timeout`` seconds of waiting is replaced
    without counting as a failure.
    """

    # Made anew by each connection (see _connect), read only while one is open:
    _parser: FrameParser
    _waited: float  # seconds spent waiting for bytes since the last event handed out
    _cycle_wait: float | None  # set when the server announced the end of the connection

    def __init__(
        self,
        session_id: str,
        *,
        since_id: str | None = None,
        types: Sequence[str] = (),
        exclude: Sequence[str] = (),
        max_retries: int | None = None,
        idle_timeout: float,
        read_timeout: float,
        backoff: Backoff = STREAM_BACKOFF,
    ) -> None:
        self.session_id = session_id
        self.last_event_id = since_id
        self.retry_count = 0
        self.stop_requested = False
        self.read_timeout = min(read_timeout, idle_timeout)
        self._types = list(types)
        self._exclude = list(exclude)
        self._max_retries = max_retries
        self._idle_timeout = idle_timeout
        self._backoff = backoff
        self._retry_hint = 0.0
        self._retry_hint_text: str | None = None
        self._seen = SeenEvents()
        self._response: Any = None  # the open connection, as the client that runs the flow made it
        self._read_step = Read(None)  # one step object for every read of the stream
        self._flow: Generator[Step | Event, Any, None] | None = None
        self.deadline: float | None = None
        """When set (a ``time.monotonic()`` value), the stream gives up waiting then."""

    def events(self) -> Generator[Step | Event, Any, None]:
        """Every new event, handed out as it comes (a flow that yields the events
        themselves between its steps; see ``_flow.emit``), across as many connections as
        it takes, until stopped. When :attr:`deadline` (a ``time.monotonic()`` value)
        passes, a wait still going on is cut short and :class:`DeadlineReached` raised.

        Reading a chunk and handing out its events is the path every event takes, so it
        is written out here, in one generator, rather than in helpers of its own: each
        generator an event passes through costs a resumption per event."""
        read = self._read_step
        while not self.stop_requested:
            if self.deadline is not None and _clock() >= self.deadline:
                raise DeadlineReached
            if self._response is None:
                wait = yield from self._connect()
            elif self._waited >= self._idle_timeout:
                # The server is there (its heartbeats arrive): replace the connection at
                # once, without spending the retry budget on a quiet session.
                self._response = None
                wait = self._retry_hint, f"no event for {self._waited:.1f}s, replacing the connection"
            else:
                started = _clock()
                try:
                    chunk = yield read
                except Exception as error:
                    wait = self._ended(error)
                else:
                    self._waited += _clock() - started
                    for frame in self._frames_in(chunk):
                        event = self._new_event(frame)
                        if event is not None:
                            yield event
                            if self.stop_requested:
                                return
                    if chunk:
                        continue
                    wait = self._ended(None)  # b"": the connection is over
            if wait is not None and (yield from self._pause(wait)):
                return

    def next_event(self) -> Flow[Event | None]:
        """The next new event (``None`` once stopped), as a flow: for flows that read the
        stream, such as a turn's."""
        if self._flow is None:
            self._flow = self.events()
        event: Event | None = yield from next_emitted(self._flow)
        return event

    def stop(self) -> None:
        """Ask the flow to end at its next step (the client also wakes a blocked read)."""
        self.stop_requested = True

    # --- one connection ---------------------------------------------------------------

    def _connect(self) -> Flow[tuple[float, str] | None]:
        arguments = stream_sse._get_kwargs(
            self.session_id,
            since_id=self.last_event_id,  # None: not sent (the generated client drops None parameters)
            types=self._types or UNSET,
            exclude=self._exclude or UNSET,
        )
        arguments["headers"] = _STREAM_HEADERS
        try:
            connected: Connected = yield Connect(arguments, self.read_timeout, self.deadline)
        except Exception as error:
            return self._after_failure(error)
        self._response = self._read_step.response = connected.response
        self._parser = FrameParser(connected.max_frame_size)
        self._waited = 0.0
        self._cycle_wait = None
        return None

    def _frames_in(self, chunk: bytes) -> Iterator[Frame]:
        """The frames a chunk completes; a frame over the size limit ends the stream."""
        try:
            return self._parser.feed(chunk)
        except FrameTooLargeError as error:
            raise StreamError(
                f"event stream of {self.session_id}: {error} (the client's max_frame_size); not reconnecting,"
                " since the server would send the same frame again"
            ) from error

    def _new_event(self, frame: Frame) -> Event | None:
        """The event a frame carries, when it is one not handed out before (``None`` for
        the lifecycle frames, handled here, and for frames that are not events)."""
        if frame.event in _LIFECYCLE:
            self._on_lifecycle(frame)
            return None
        if frame.retry is not None and frame.retry != self._retry_hint_text:
            self._note_retry_hint(frame.retry)
        try:
            event = _event_from_dict(_json_value(frame.data))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            logger.warning(
                "event stream: skipping a frame that is not an event (%s): %.200s", describe_error(error), frame.data
            )
            return None
        if not self._seen.is_new(event):
            return None
        self.last_event_id = event.id
        self._waited = 0.0
        if self.retry_count:
            self.retry_count = 0
        return event

    def _ended(self, error: Exception | None) -> tuple[float, str] | None:
        """The connection is over: the wait before the next one, or ``None`` to go on at once."""
        self._response = None
        if self._cycle_wait is not None:
            return self._cycle_wait, "the server is cycling the connection"
        if error is None:
            error = (
                CutFrameError("the connection ended in the middle of a frame")
                if self._parser.cut
                else ConnectionLostError("the server ended the stream without announcing it")
            )
        return self._after_failure(error)

    # --- waits ------------------------------------------------------------------------

    def _pause(self, wait: tuple[float, str]) -> Flow[bool]:
        """Wait before reconnecting (no longer than to the deadline); whether the stream
        was stopped meanwhile."""
        seconds, reason = wait
        logger.info("event stream of %s: reconnecting in %.2fs: %s", self.session_id, seconds, reason)
        if self.deadline is not None:
            seconds = max(0.0, min(seconds, self.deadline - _clock()))
        stopped: bool = yield Sleep(seconds, stoppable=True)
        return stopped

    def _after_failure(self, error: Exception) -> tuple[float, str] | None:
        """The wait before reconnecting after ``error``; raises it (or :class:`StreamError`)
        when no retry may follow."""
        if self.stop_requested:
            return None
        if not _worth_retrying(error):
            raise error
        if self._max_retries is not None and self.retry_count >= self._max_retries:
            raise StreamError(
                f"event stream of {self.session_id}: gave up after {self.retry_count} retries: {describe_error(error)}"
            ) from error
        retry_after = error.retry_after if isinstance(error, ApiError) else None
        wait = max(self._backoff.delay(self.retry_count, retry_after), self._retry_hint)
        self.retry_count += 1
        limit = "" if self._max_retries is None else f" of {self._max_retries}"
        return wait, f"{describe_error(error)} (retry {self.retry_count}{limit})"

    def _on_lifecycle(self, frame: Frame) -> None:
        """``connected``: the failures in a row are over. ``disconnecting``: the server
        will close this connection; note the wait it asks for."""
        if frame.event == "connected":
            logger.debug("event stream of %s: connected", self.session_id)
            self.retry_count = 0
            return
        if self._cycle_wait is None:
            self._cycle_wait = self._asked_wait(frame.data)
            logger.debug("event stream of %s: the server is closing, back in %.2fs", self.session_id, self._cycle_wait)

    def _asked_wait(self, data: str) -> float:
        """The wait a ``disconnecting`` frame asks for (``retry_ms``), else the last hint."""
        try:
            retry_ms = json.loads(data).get("retry_ms")
        except (ValueError, AttributeError):
            return self._retry_hint
        if isinstance(retry_ms, (int, float)) and not isinstance(retry_ms, bool) and retry_ms >= 0:
            return retry_ms / 1000.0
        return self._retry_hint

    def _note_retry_hint(self, text: str) -> None:
        """A ``retry:`` line: the least wait before any reconnect, from now on."""
        self._retry_hint_text = text
        try:
            self._retry_hint = max(0, int(text)) / 1000.0
        except ValueError:
            logger.debug("event stream of %s: ignoring retry hint %r", self.session_id, text)


def _json_value(text: str) -> Any:
    """``json.loads(text)``, read by the C scanner directly when ``text`` is one JSON value
    and nothing else, as the server sends it (``json.loads`` would also look for
    whitespace around it, which costs about as much as the event object the stream builds)."""
    try:
        value, end = _scan_json(text, 0)
    except StopIteration:  # no value where the text starts: json.loads says what it is
        return json.loads(text)
    return value if end == len(text) else json.loads(text)


def _worth_retrying(error: Exception) -> bool:
    if isinstance(error, ApiError):
        return error.status_code in _PASSING_STATUSES or error.status_code >= 500
    return isinstance(error, (httpx.TransportError, NetworkError, CutFrameError, ConnectionLostError))


def delta_of(event: Event) -> str | None:
    """The text an event adds to the agent's reply (``None`` for other events); raises
    :class:`~everruns.TurnFailedError` for ``turn.failed``."""
    if event.type == "output.message.delta":
        delta = event.data.get("delta")
        return delta if isinstance(delta, str) else ""
    if event.type == "turn.failed":
        raise turn_failed_error(event)
    return None


class Interruptible(Protocol):
    """What carries a stream's steps out, as far as stopping it goes."""

    def interrupt(self) -> None: ...


class StreamView:
    """What an event stream of either client tells, and ``stop()``."""

    _feed: EventFeed
    _steps: Interruptible

    @property
    def session_id(self) -> str:
        return self._feed.session_id

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event handed out (the resume point of the next connection)."""
        return self._feed.last_event_id

    @property
    def retry_count(self) -> int:
        """Reconnects after failures since the stream last heard from the server (a
        ``connected`` frame or an event resets it); ``max_retries`` bounds it."""
        return self._feed.retry_count

    def stop(self) -> None:
        """End the iteration without reconnecting. Safe from any thread or task: a read
        blocked on the network is woken at once (the connection is shut down)."""
        self._feed.stop()
        self._steps.interrupt()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(session_id={self.session_id!r}, last_event_id={self.last_event_id!r})"


class EventStream(StreamView):
    """The live events of one session: iterate it (it blocks until the next event), and
    ``stop()`` or ``close()`` it when done. Made by ``client.events.stream()``; see
    :class:`EventFeed` for how it reconnects. The ``connected`` and ``disconnecting``
    frames are handled here and not handed out."""

    _steps: BlockingSteps

    def __init__(self, feed: EventFeed, steps: BlockingSteps) -> None:
        self._feed = feed
        self._steps = steps
        self._events: Generator[Event, None, None] = emit(feed.events(), steps.do, steps.close)

    def __iter__(self) -> Iterator[Event]:
        return self._events

    def __next__(self) -> Event:
        return next(self._events)

    def until_turn_end(self) -> Iterator[Event]:
        """The events up to and including the next end of a turn (``turn.completed``,
        ``turn.failed``, ``turn.cancelled`` or ``turn.sealed``). The stream stays open:
        call it again to follow the next turn."""
        for event in self:
            yield event
            if event.type in TURN_END_TYPES:
                return

    def text(self) -> Iterator[str]:
        """The agent's reply as it is written: the ``delta`` of each
        ``output.message.delta`` until the turn ends. A failed turn raises
        :class:`~everruns.TurnFailedError`."""
        for event in self.until_turn_end():
            delta = delta_of(event)
            if delta is not None:
                yield delta

    def ticking(self, every: float) -> Iterator[Event | None]:
        """The events as they come, and ``None`` whenever ``every`` seconds pass without
        one (also while the stream reconnects), so that a relay can write keepalives and
        notice a client that left. The stream is read in a thread of its own meanwhile;
        leaving the loop stops the stream."""
        from ._ticks import ticking

        return ticking(self, every, self.stop)

    def close(self) -> None:
        """Stop, and release the connection (once the thread iterating, if any, has let go)."""
        self.stop()
        self._steps.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncEventStream(StreamView):
    """The live events of one session, for asyncio: ``async for`` over it, and
    ``stop()`` or ``await close()`` it when done (or use ``async with``). Made by
    ``client.events.stream()`` of :class:`AsyncEverruns`; it reconnects exactly as
    :class:`~everruns.EventStream` does. A read cancelled mid-way ends the stream and
    releases its connection."""

    _steps: AwaitingSteps

    def __init__(self, feed: EventFeed, steps: AwaitingSteps) -> None:
        self._feed = feed
        self._steps = steps
        self._events: AsyncGenerator[Event, None] = aemit(feed.events(), steps.do, steps.aclose)

    def __aiter__(self) -> AsyncIterator[Event]:
        return self._events

    async def __anext__(self) -> Event:
        return await anext(self._events)

    async def until_turn_end(self) -> AsyncIterator[Event]:
        """The events up to and including the next end of a turn. The stream stays open:
        call it again to follow the next turn."""
        async for event in self:
            yield event
            if event.type in TURN_END_TYPES:
                return

    async def text(self) -> AsyncIterator[str]:
        """The agent's reply as it is written, until the turn ends. A failed turn raises
        :class:`~everruns.TurnFailedError`."""
        async for event in self.until_turn_end():
            delta = delta_of(event)
            if delta is not None:
                yield delta

    def ticking(self, every: float) -> AsyncIterator[Event | None]:
        """The events as they come, and ``None`` whenever ``every`` seconds pass without
        one (also while the stream reconnects), so that a relay can write keepalives and
        notice a client that left. Leaving the loop stops the stream."""
        return aticking(self, every, self.stop)

    async def close(self) -> None:
        """Stop, and release the connection (``aclose()`` is the same, under the name
        ``contextlib.aclosing`` and asynchronous cleanup use)."""
        self.stop()
        with contextlib.suppress(RuntimeError):  # another task is iterating: stopped, it lets go itself
            await self._events.aclose()
        await self._steps.aclose()

    aclose = close

    async def __aenter__(self) -> AsyncEventStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
