"""The relay loop for WSGI: read a turn's (or a session's) events with a deadline, write
each as a frame and a keepalive comment on each quiet interval, end with ``event: end``.

A WSGI server iterates :class:`Relay` for the bytes to send and calls its ``close()`` when
the response is over, also when a write failed because the browser left: the upstream
stream is let go there. A keepalive written every ``keepalive`` seconds is what makes a
write, and so that notice, happen while the turn is quiet. :func:`shutdown` stops every
relay of the process at once.
"""

from __future__ import annotations

import functools
import logging
import os
import signal
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping
from http import HTTPStatus
from types import FrameType
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, TypeVar, overload

from everruns._flow import Step, aemit, emit
from everruns._turns import DEFAULT_TURN_TIMEOUT
from everruns.errors import BudgetPausedError, EverrunsError, TurnTimeoutError, ValidationError

from ._frames import (
    BROWSER_TYPES,
    DEFAULT_KEEPALIVE,
    KEEPALIVE_FRAME,
    OPENING_FRAME,
    EventFilter,
    Forwarding,
    browser_payload,
    end_frame,
    error_outcome,
    resume_point,
    shorten,
    turn_outcome,
)
from ._guards import RelayLimits, RelaySlot
from ._wsgi import departure_check
from ._wsgi import last_event_id as wsgi_last_event_id

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._async_client import AsyncEverruns
    from everruns._client import Everruns
    from everruns.resources.messages import MessageOptions

    class SessionRelayOptions(TypedDict, total=False):
        """The settings of a session's relay, as keyword arguments."""

        resume_from: str | None
        keepalive: float
        types: Iterable[str]
        event_filter: EventFilter
        limits: RelayLimits | None
        browser: str | None

    class TurnRelayOptions(MessageOptions, total=False):
        """The settings of a turn's relay and the optional parts of its message."""

        resume_from: str | None
        keepalive: float
        timeout: float | None
        types: Iterable[str]
        event_filter: EventFilter
        max_text: int | None
        limits: RelayLimits | None
        browser: str | None


__all__ = [
    "DEFAULT_MAX_TEXT",
    "AsyncRelay",
    "Relay",
    "relay_session",
    "relay_turn",
    "shutdown",
    "shutdown_on_signals",
]

logger = logging.getLogger("everruns.web")

DEFAULT_MAX_TEXT = 32_000
"""Characters a relayed user message may have, unless ``max_text`` says otherwise."""

_BROWSER_FORWARDING = Forwarding()  # shared: its decisions per event type are made once per process


class _Source(Protocol):
    """A turn stream or an event stream: what a relay reads."""

    def stop(self) -> None: ...


class _Step(Step):
    """What the relay's flow asks its driver for: open the source, the next item of its
    ticking (an event, ``None`` for a quiet interval, :data:`_DONE` at its end), close it."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<relay step {self.name}>"


_OPEN, _NEXT, _CLOSE = _Step("open"), _Step("next"), _Step("close")
_DONE = object()
_R = TypeVar("_R", bound="_RelayBase")


def _nothing_to_open() -> Any:
    raise RuntimeError("a refused relay opens nothing")


class _RelayBase:
    """What both relays share: the settings, stopping, and the flow of frames (each
    ``bytes`` it yields a frame to send).

    ``status_code`` is the response's status: 200, or the 4xx of a relay refused before
    anything was posted (its body is then only the ``end`` frame)."""

    status_code = 200

    def __init__(
        self,
        open_source: Callable[[], Any],
        *,
        keepalive: float = DEFAULT_KEEPALIVE,
        client_left: Callable[[], bool] | None = None,
        forwarding: Forwarding = _BROWSER_FORWARDING,
        name: str = "relay",
        slot: RelaySlot | None = None,
    ) -> None:
        check_keepalive(keepalive)
        self._open_source = open_source
        self._keepalive = float(keepalive)
        self._client_left = client_left
        self._forward = forwarding.frame
        self._name = name
        self._slot = slot
        if slot is not None:  # also when the response is dropped before it is ever sent
            weakref.finalize(self, slot.release)
        self._refusal: dict[str, Any] | None = None
        self._lock = threading.RLock()  # re-entrant: shutdown() may run in a signal handler
        self._source: Any = None
        self._ticks: Any = None
        self._stopped = False

    @classmethod
    def _refused(cls: type[_R], status_code: int, code: str) -> _R:
        """A relay that posts and opens nothing: a ``status_code`` response whose body is
        one ``end`` frame, ``{"status": "error", "code": code}``."""
        relay = cls(_nothing_to_open)
        relay.status_code = status_code
        relay._refusal = {"status": "error", "code": code}
        return relay

    @property
    def status(self) -> str:
        """The status line of the response, for a WSGI ``start_response``: ``"200 OK"``."""
        return f"{self.status_code} {HTTPStatus(self.status_code).phrase}"

    def stop(self) -> None:
        """End the relay as soon as possible, without an ``end`` frame: the browser comes
        back (with ``Last-Event-ID``) and is served elsewhere. Safe from any thread."""
        with self._lock:
            self._stopped = True
            source = self._source
        if source is not None:
            source.stop()

    def _opened(self, source: _Source) -> None:
        with self._lock:
            self._source = source
            if self._stopped:
                source.stop()
        self._ticks = source.ticking(self._keepalive)  # type: ignore[attr-defined]

    def _release_slot(self) -> None:
        if self._slot is not None:
            self._slot.release()

    def _flow(self) -> Generator[bytes | _Step, Any, None]:
        if self._refusal is not None:
            yield end_frame(self._refusal)
            return
        try:
            yield OPENING_FRAME
            with _live_lock:
                _live.add(self)
                if _shutting_down:
                    self.stop()
            yield from self._follow()
        finally:
            with _live_lock:
                _live.discard(self)
            self._release_slot()

    def _follow(self) -> Generator[bytes | _Step, Any, None]:
        """Open the source, send what the browser is to get of each event and a keepalive
        whenever it got nothing for ``keepalive`` seconds, then close the source and end
        with how the relay ended. Any exception (the SDK's or another) ends it with an
        ``end`` frame and one log line, so the browser does not come back to meet it again."""
        if self._stopped:
            return
        outcome: dict[str, Any] | None = None
        source: Any = None
        forward, keepalive, client_left = self._forward, self._keepalive, self._client_left
        try:
            source = yield _OPEN
            wrote = time.monotonic()
            while (item := (yield _NEXT)) is not _DONE:
                if item is not None:
                    frame = forward(item)
                    if frame is not None:
                        yield frame
                        wrote = time.monotonic()
                        continue
                    if time.monotonic() - wrote < keepalive:
                        continue  # kept back, and the browser heard from the relay lately
                if client_left is not None and client_left():
                    return
                yield KEEPALIVE_FRAME
                wrote = time.monotonic()
        except Exception as error:
            outcome = self._ended_by(error)
        try:
            yield _CLOSE  # before the end frame: the upstream is let go at once
        except Exception as error:
            closing = self._ended_by(error)
            outcome = outcome or closing
        end_event = getattr(source, "end_event", None)
        if outcome is None and end_event is not None:
            outcome = turn_outcome(end_event)
        if outcome is None and not self._stopped:
            logger.warning("%s: the event stream ended before the turn did", self._name)
            outcome = {"status": "error", "code": "stream_ended"}
        if outcome is not None:
            yield end_frame(outcome)

    def _ended_by(self, error: Exception) -> dict[str, Any]:
        """How the relay ends after ``error``, for the browser; the details go to the log."""
        outcome = error_outcome(error)
        if isinstance(error, (TurnTimeoutError, BudgetPausedError)):
            logger.info("%s: %s", self._name, error)
        elif isinstance(error, EverrunsError):
            request_id = getattr(error, "request_id", None)
            logger.warning(
                "%s ended with code %s: %s: %s (request id %s)",
                self._name,
                outcome.get("code"),
                type(error).__name__,
                error,
                request_id,
            )
        else:
            logger.error("%s failed: the browser gets an end frame of status error", self._name, exc_info=error)
        return outcome


class Relay(_RelayBase):
    """The body of a server-sent events response that relays Everruns events to a browser,
    for WSGI (the blocking client).

    Iterate it for the bytes to send (a WSGI server does), and ``close()`` it when the
    response is over (a WSGI server does that too, from the thread that iterated it). The
    upstream stream is opened on the first iteration, so a response that is never sent
    opens nothing; an error there (an unknown session, say) becomes the ``end`` frame.
    Give it to ``flask.Response``, Django's ``StreamingHttpResponse`` or return it from a
    WSGI application, with its :attr:`status` and the headers of
    :data:`~everruns.web.SSE_HEADERS`.
    """

    @functools.cached_property
    def _frames(self) -> Generator[bytes, None, None]:
        """The frames, made on first use (closing a relay never iterated starts nothing)."""
        return self._send()

    def __iter__(self) -> Iterator[bytes]:
        return self._frames

    def __next__(self) -> bytes:
        return next(self._frames)

    def close(self) -> None:
        """Let go of the upstream stream; call it from the thread that iterates (WSGI
        servers do), other threads use :meth:`stop`."""
        self._frames.close()
        self._release_slot()  # also when it was never iterated

    def _send(self) -> Generator[bytes, None, None]:
        try:
            yield from emit(self._flow(), self._do)
        finally:
            self._release()

    def _do(self, step: _Step) -> Any:
        if step is _OPEN:
            source = self._open_source()
            self._opened(source)
            return source
        if step is _NEXT:
            return next(self._ticks, _DONE)
        self._release()
        return None

    def _release(self) -> None:
        ticks, source, self._ticks, self._source = self._ticks, self._source, None, None
        if ticks is not None:
            ticks.close()  # stops the source and waits for its reader thread
        if source is not None:
            source.close()


class AsyncRelay(_RelayBase):
    """The relay for ASGI (the asyncio client): ``async for`` over it for the bytes to
    send, as Starlette's and FastAPI's ``StreamingResponse`` do, closing it when the
    browser leaves. The same frames, keepalives, resumption and ``end`` as :class:`Relay`."""

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._send()

    async def _send(self) -> AsyncIterator[bytes]:
        try:
            async for frame in aemit(self._flow(), self._do):
                yield frame
        finally:
            await self._release()

    async def _do(self, step: _Step) -> Any:
        if step is _OPEN:
            # An AsyncTurnStream posts its message when first iterated: within the
            # ticking, so that keepalives go out while the post takes its time.
            source = self._open_source()
            self._opened(source)
            return source
        if step is _NEXT:
            return await anext(self._ticks, _DONE)
        await self._release()
        return None

    async def _release(self) -> None:
        ticks, source, self._ticks, self._source = self._ticks, self._source, None, None
        if ticks is not None:
            await ticks.aclose()
        if source is not None:
            await source.close()


@overload
def relay_turn(
    client: Everruns,
    session_id: str,
    text: str | None = None,
    *,
    environ: Mapping[str, Any] | None = None,
    last_event_id: str | None = None,
    **options: Unpack[TurnRelayOptions],
) -> Relay: ...
@overload
def relay_turn(
    client: AsyncEverruns,
    session_id: str,
    text: str | None = None,
    *,
    environ: Mapping[str, Any] | None = None,
    last_event_id: str | None = None,
    **options: Unpack[TurnRelayOptions],
) -> AsyncRelay: ...
def relay_turn(
    client: Everruns | AsyncEverruns,
    session_id: str,
    text: str | None = None,
    *,
    environ: Mapping[str, Any] | None = None,
    last_event_id: str | None = None,
    resume_from: str | None = None,
    keepalive: float = DEFAULT_KEEPALIVE,
    timeout: float | None = DEFAULT_TURN_TIMEOUT,
    types: Iterable[str] = BROWSER_TYPES,
    event_filter: EventFilter = browser_payload,
    max_text: int | None = DEFAULT_MAX_TEXT,
    limits: RelayLimits | None = None,
    browser: str | None = None,
    **options: Unpack[MessageOptions],
) -> Relay | AsyncRelay:
    """Post ``text`` (and ``options``, as for ``client.messages.create``) to the session
    and relay the turn it starts, ending with ``event: end``; or, when the browser
    reconnects, relay the rest of the turn it was reading instead of posting again.

    With ``Everruns`` it gives a :class:`Relay` for WSGI: ``environ`` is the request's,
    for its ``Last-Event-ID`` header and the client's socket when the server shares it
    (to let go of the upstream as soon as the browser left). With ``AsyncEverruns`` it
    gives an :class:`AsyncRelay` for ASGI: pass the request's ``Last-Event-ID`` header as
    ``last_event_id``. ``resume_from`` is an event id the page put in the URL; the header
    wins over it. ``timeout`` bounds the wait for the turn (then ``{"status": "timed_out"}``).

    The browser gets the events of ``types`` (default :data:`~everruns.web.BROWSER_TYPES`)
    with the ``data`` that ``event_filter`` gives (default
    :func:`~everruns.web.browser_payload`). A ``text`` longer than ``max_text`` characters
    (``None``: no limit) gets a 413 relay, and one over ``limits`` (for the key
    ``browser``, see :class:`~everruns.web.RelayLimits`) a 429 relay: both post nothing and
    send only an ``end`` frame; answer with the relay's ``status_code``.
    """
    check_keepalive(keepalive)
    forwarding = _forwarding(types, event_filter)
    if max_text is not None and (isinstance(max_text, bool) or not isinstance(max_text, int) or max_text < 1):
        raise ValidationError(f"max_text must be a whole number above 0 or None, got {max_text!r}", field="max_text")
    request = environ if environ is not None else {}
    resume = resume_point(last_event_id or wsgi_last_event_id(request), resume_from)
    session_id = _from_request(session_id)
    if max_text is not None and isinstance(text, str) and len(text) > max_text:
        return _kind(client)._refused(413, "text_too_long")

    def open_turn() -> Any:
        if resume is not None:
            return client.messages.resume(session_id, resume, timeout=timeout)
        return client.messages.stream(session_id, text, timeout=timeout, **options)

    name = f"relay of a turn in {session_id!r}"
    return _relay_for(client, open_turn, request, name, forwarding, keepalive=keepalive, limits=limits, browser=browser)


@overload
def relay_session(
    client: Everruns,
    session_id: str,
    *,
    environ: Mapping[str, Any] | None = None,
    last_event_id: str | None = None,
    **options: Unpack[SessionRelayOptions],
) -> Relay: ...
@overload
def relay_session(
    client: AsyncEverruns,
    session_id: str,
    *,
    environ: Mapping[str, Any] | None = None,
    last_event_id: str | None = None,
    **options: Unpack[SessionRelayOptions],
) -> AsyncRelay: ...
def relay_session(
    client: Everruns | AsyncEverruns,
    session_id: str,
    *,
    environ: Mapping[str, Any] | None = None,
    last_event_id: str | None = None,
    resume_from: str | None = None,
    keepalive: float = DEFAULT_KEEPALIVE,
    types: Iterable[str] = BROWSER_TYPES,
    event_filter: EventFilter = browser_payload,
    limits: RelayLimits | None = None,
    browser: str | None = None,
) -> Relay | AsyncRelay:
    """Relay a session's events as they happen, turn after turn, until the browser leaves
    (no ``end`` frame unless the stream fails). It starts after the ``Last-Event-ID``
    header's event (``environ``'s, or ``last_event_id``), else after ``resume_from``, else
    where the server starts a stream. A :class:`Relay` or an :class:`AsyncRelay`, with
    ``types``, ``event_filter`` and ``limits`` as for :func:`relay_turn`."""
    check_keepalive(keepalive)
    forwarding = _forwarding(types, event_filter)
    request = environ if environ is not None else {}
    since_id = resume_point(last_event_id or wsgi_last_event_id(request), resume_from)
    session_id = _from_request(session_id)

    def open_session() -> Any:
        return client.events.stream(session_id, since_id=since_id)

    name = f"relay of {session_id!r}"
    return _relay_for(
        client, open_session, request, name, forwarding, keepalive=keepalive, limits=limits, browser=browser
    )


def check_keepalive(keepalive: float) -> None:
    """A keepalive interval is a number of seconds above 0."""
    if isinstance(keepalive, bool) or not isinstance(keepalive, (int, float)) or not keepalive > 0:
        raise ValidationError(f"keepalive must be a number of seconds above 0, got {keepalive!r}", field="keepalive")


def _forwarding(types: Iterable[str], event_filter: EventFilter) -> Forwarding:
    """The default one (shared, its decisions already made) unless told otherwise."""
    if types is BROWSER_TYPES and event_filter is browser_payload:
        return _BROWSER_FORWARDING
    return Forwarding(types, event_filter)


def _from_request(value: str) -> str:
    """An id the app took from the request, cut as :func:`~everruns.web.shorten` cuts
    (no valid id is that long), so that an error or a log line quotes no more of it."""
    return shorten(value) if isinstance(value, str) else value


def _kind(client: Everruns | AsyncEverruns) -> type[Relay] | type[AsyncRelay]:
    return AsyncRelay if client._awaits else Relay


def _relay_for(
    client: Everruns | AsyncEverruns,
    open_source: Callable[[], Any],
    request: Mapping[str, Any],
    name: str,
    forwarding: Forwarding,
    *,
    keepalive: float,
    limits: RelayLimits | None,
    browser: str | None,
) -> Relay | AsyncRelay:
    kind = _kind(client)
    slot = None
    if limits is not None:
        slot = limits.take(browser)
        if slot is None:
            return kind._refused(429, "too_many_relays")
    if kind is AsyncRelay:
        return AsyncRelay(open_source, keepalive=keepalive, forwarding=forwarding, name=name, slot=slot)
    left = departure_check(request)
    return Relay(open_source, keepalive=keepalive, client_left=left, forwarding=forwarding, name=name, slot=slot)


_live: set[_RelayBase] = set()
_live_lock = threading.RLock()
_shutting_down = False


def shutdown() -> None:
    """Stop every relay of this process at once, and the ones that start later, without
    an ``end`` frame: browsers reconnect (with ``Last-Event-ID``) to a process that is not
    going away. For a worker that is shutting down; safe in a signal handler."""
    global _shutting_down  # noqa: PLW0603  # one process-wide switch, by design
    with _live_lock:
        _shutting_down = True
        relays = list(_live)
    for relay in relays:
        relay.stop()


def shutdown_on_signals(signals: Iterable[int] | None = None) -> None:
    """Call :func:`shutdown` on each of ``signals`` (default: ``SIGTERM``, ``SIGINT`` and
    ``SIGQUIT``) before the handler that was there, so that a server's stop does not wait
    for open relays (gunicorn: call it in the ``post_worker_init`` hook). From the main
    thread only, as Python requires."""
    if signals is None:
        names = ("SIGTERM", "SIGINT", "SIGQUIT")
        signals = [getattr(signal, name) for name in names if hasattr(signal, name)]
    for number in signals:
        previous = signal.getsignal(number)
        if previous == signal.SIG_IGN:
            continue
        signal.signal(number, _chained(previous))


def _chained(previous: Any) -> Callable[[int, FrameType | None], None]:
    def handle(number: int, frame: FrameType | None) -> None:
        shutdown()
        if callable(previous):
            previous(number, frame)
        elif previous == signal.SIG_DFL:  # what the signal would have done: end the process
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)

    return handle
