"""``client.events.stream()``: a session's events as a blocking iterator that rides out
dropped connections, the server's connection cycling and silent sockets.

Every connection asks for the events after the last one handed out (``since_id``), so
none is missed across reconnects, and :class:`~everruns._seen.SeenEvents` makes sure
none is handed out twice.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
from collections.abc import Generator, Iterator, Mapping, Sequence
from typing import Any

import httpx

from everruns_api.api.events import stream_sse
from everruns_api.types import UNSET

from ._events import TURN_END_TYPES, Event
from ._retry import Backoff
from ._seen import SeenEvents
from ._sse import CutFrameError, Frame, frames
from ._transport import EVENT_STREAM
from ._transport import _describe as describe_error
from ._turns import turn_failed_error
from .errors import ApiError, NetworkError, StreamError

__all__ = ["STREAM_BACKOFF", "EventStream"]

logger = logging.getLogger("everruns")

STREAM_BACKOFF = Backoff(initial=1.0, maximum=30.0, jitter=0.1)
"""The waits before reconnecting after unexpected drops: 1 s, 2 s, 4 s ... 30 s, give or take 10 %."""

# Error statuses a later attempt may get past; any other one is raised at once.
_PASSING_STATUSES = frozenset({408, 429})
# Frames about the connection itself, handled here and never handed out.
_LIFECYCLE = frozenset({"connected", "disconnecting"})
# The per-event steps, bound once: json.loads without its checks of the argument's type.
_decode_json = json.JSONDecoder().decode
_event_from_dict = Event.from_dict


class _ConnectionLostError(Exception):
    """A connection ended without the server announcing it."""


class _QuietConnectionError(Exception):
    """A live connection (heartbeats arrive) brought no event for ``idle_timeout``."""


class EventStream:
    """The live events of one session: iterate it (it blocks until the next event), and
    ``stop()`` or ``close()`` it when done. Made by ``client.events.stream()``.

    Connections the server cycles (``disconnecting``) are replaced after the wait it
    asks for; dropped, failed or idle ones after a growing backoff, up to
    ``max_retries`` in a row (``None``: no limit), then :class:`~everruns.StreamError`.
    Errors no retry can cure (400, 401, 403, 404) are raised at once. The ``connected``
    and ``disconnecting`` frames are handled here and not handed out.
    """

    def __init__(
        self,
        http: httpx.Client,
        session_id: str,
        *,
        since_id: str | None = None,
        types: Sequence[str] = (),
        exclude: Sequence[str] = (),
        max_retries: int | None = None,
        idle_timeout: float = 45.0,
        backoff: Backoff = STREAM_BACKOFF,
    ) -> None:
        self._http = http
        self._session_id = session_id
        self._types = list(types)
        self._exclude = list(exclude)
        self._max_retries = max_retries
        self._idle_timeout = idle_timeout
        self._backoff = backoff
        self._last_event_id = since_id
        self._retry_count = 0
        self._retry_hint = 0.0
        self._retry_hint_text: str | None = None
        self._seen = SeenEvents()
        self._stop_requested = False
        self._stopped = threading.Event()
        self._socket_lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._events = self._follow()

    # --- what callers use ----------------------------------------------------------

    @property
    def session_id(self) -> str:
        return self._session_id

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event handed out (the resume point of the next connection)."""
        return self._last_event_id

    @property
    def retry_count(self) -> int:
        """Reconnects after failures since the stream last heard from the server (a
        ``connected`` frame or an event resets it); ``max_retries`` bounds it."""
        return self._retry_count

    def __iter__(self) -> Iterator[Event]:
        return self._events

    def __next__(self) -> Event:
        return next(self._events)

    def until_turn_end(self) -> Iterator[Event]:
        """The events up to and including the next end of a turn (``turn.completed``,
        ``turn.failed``, ``turn.cancelled`` or ``turn.sealed``). The stream stays open:
        call it again to follow the next turn."""
        for event in self._events:
            yield event
            if event.type in TURN_END_TYPES:
                return

    def text(self) -> Iterator[str]:
        """The agent's reply as it is written: the ``delta`` of each
        ``output.message.delta`` until the turn ends. A failed turn raises
        :class:`~everruns.TurnFailedError`."""
        for event in self.until_turn_end():
            if event.type == "output.message.delta":
                yield event.data.get("delta", "")
            elif event.type == "turn.failed":
                raise turn_failed_error(event)

    def ticking(self, every: float) -> Iterator[Event | None]:
        """The events as they come, and ``None`` whenever ``every`` seconds pass without
        one (also while the stream reconnects), so that a relay can write keepalives and
        notice a client that left. The stream is read in a thread of its own meanwhile;
        leaving the loop stops the stream."""
        from ._ticks import ticking

        return ticking(self._events, every, self.stop)

    def stop(self) -> None:
        """End the iteration without reconnecting. Safe from any thread: a read blocked
        on the network is woken at once (the connection is shut down)."""
        self._stop_requested = True
        self._stopped.set()
        with self._socket_lock:
            live = self._socket
        if live is not None:
            _shut_down(live)

    def close(self) -> None:
        """Stop, and release the connection. Call it from the thread that iterates (or
        once iteration has ended); other threads use :meth:`stop`."""
        self.stop()
        with contextlib.suppress(ValueError):  # iterating in another thread, which lets go by itself
            self._events.close()
        self._http.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"EventStream(session_id={self._session_id!r}, last_event_id={self._last_event_id!r})"

    # --- the connection loop --------------------------------------------------------

    def _follow(self) -> Generator[Event, None, None]:
        while not self._stop_requested:
            try:
                wait = yield from self._follow_connection()
                reason = "the server is cycling the connection"
            except _QuietConnectionError as quiet:
                # The server is there (its heartbeats arrive): replace the connection at
                # once, without spending the retry budget on a quiet session.
                wait, reason = self._retry_hint, f"{quiet}, replacing the connection"
            except Exception as error:
                if self._stop_requested:
                    return
                if not _worth_retrying(error):
                    raise
                wait = self._wait_after_failure(error)
                reason = f"{describe_error(error)} (retry {self._retry_count}{self._retry_limit_text()})"
            if self._stop_requested:
                return
            logger.info("event stream of %s: reconnecting in %.2fs: %s", self._session_id, wait, reason)
            if self._stopped.wait(wait):
                return

    def _follow_connection(self) -> Generator[Event, None, float]:
        """The events of one connection. Returns the wait the server asked for when it
        announced the end (``disconnecting``); raises when the connection fails."""
        response = self._connect()
        cycle_wait: float | None = None
        is_new = self._seen.is_new
        try:
            for frame in frames(self._body(response)):
                if frame.event in _LIFECYCLE:
                    announced = self._on_lifecycle(frame)
                    cycle_wait = cycle_wait if announced is None else announced
                    continue
                if frame.retry is not None and frame.retry != self._retry_hint_text:
                    self._note_retry_hint(frame.retry)
                try:
                    event = _event_from_dict(_decode_json(frame.data))
                except (ValueError, KeyError, TypeError, AttributeError) as error:
                    _skip(frame.data, error)
                    continue
                if not is_new(event):
                    continue
                self._last_event_id = event.id
                if self._retry_count:
                    self._retry_count = 0
                yield event
                if self._stop_requested:
                    return 0.0
        except Exception:
            if cycle_wait is None:
                raise
        finally:
            self._forget_socket()
            response.close()
        if cycle_wait is None:
            raise _ConnectionLostError("the server ended the stream without announcing it")
        return cycle_wait

    def _connect(self) -> httpx.Response:
        arguments = stream_sse._get_kwargs(
            self._session_id,
            since_id=self._last_event_id if self._last_event_id is not None else UNSET,
            types=self._types or UNSET,
            exclude=self._exclude or UNSET,
        )
        request = self._http.build_request(
            **arguments,
            headers={"Accept": EVENT_STREAM, "Cache-Control": "no-cache"},
            extensions={"trace": self._on_trace},
        )
        try:
            response = self._http.send(request, stream=True)
        except BaseException:
            self._forget_socket()
            raise
        network_stream = response.extensions.get("network_stream")
        if network_stream is not None:
            self._remember_socket(network_stream.get_extra_info("socket"))
        return response

    def _body(self, response: httpx.Response) -> Iterator[bytes]:
        """The response's bytes as they arrive, until ``idle_timeout`` seconds have been
        spent waiting for them with no event among them (heartbeats do not count)."""
        chunks = response.iter_bytes()
        clock = time.monotonic
        waited = 0.0
        last_id = self._last_event_id
        while True:
            if self._last_event_id != last_id:  # an event came: the idle time starts again
                last_id = self._last_event_id
                waited = 0.0
            elif waited >= self._idle_timeout:
                raise _QuietConnectionError(f"no event for {waited:.1f}s")
            started = clock()
            chunk = next(chunks, None)
            if chunk is None:
                return
            waited += clock() - started
            yield chunk

    # --- waits ----------------------------------------------------------------------

    def _wait_after_failure(self, error: Exception) -> float:
        if self._max_retries is not None and self._retry_count >= self._max_retries:
            raise StreamError(
                f"event stream of {self._session_id}: gave up after {self._retry_count} retries: "
                f"{describe_error(error)}"
            ) from error
        retry_after = error.retry_after if isinstance(error, ApiError) else None
        wait = max(self._backoff.delay(self._retry_count, retry_after), self._retry_hint)
        self._retry_count += 1
        return wait

    def _retry_limit_text(self) -> str:
        return "" if self._max_retries is None else f" of {self._max_retries}"

    def _on_lifecycle(self, frame: Frame) -> float | None:
        """Handle ``connected`` (the failures in a row are over) or ``disconnecting``
        (returns the wait before the next connection)."""
        if frame.event == "connected":
            logger.debug("event stream of %s: connected", self._session_id)
            self._retry_count = 0
            return None
        wait = self._cycle_wait(frame.data)
        logger.debug("event stream of %s: the server is closing, back in %.2fs", self._session_id, wait)
        return wait

    def _cycle_wait(self, data: str) -> float:
        """The wait a ``disconnecting`` frame asks for (``retry_ms``), else the last hint."""
        try:
            retry_ms = json.loads(data).get("retry_ms")
        except (ValueError, AttributeError):
            retry_ms = None
        if isinstance(retry_ms, (int, float)) and not isinstance(retry_ms, bool) and retry_ms >= 0:
            return retry_ms / 1000.0
        return self._retry_hint

    def _note_retry_hint(self, text: str) -> None:
        """A ``retry:`` line: the least wait before any reconnect, from now on."""
        self._retry_hint_text = text
        try:
            self._retry_hint = max(0, int(text)) / 1000.0
        except ValueError:
            logger.debug("event stream of %s: ignoring retry hint %r", self._session_id, text)

    # --- the live socket, for stop() ------------------------------------------------

    def _on_trace(self, name: str, info: Mapping[str, Any]) -> None:
        """httpcore's trace hook: catch a new connection's socket before any answer, so
        that ``stop()`` can wake a wait for the response headers too."""
        if name == "connection.connect_tcp.complete":
            stream = info.get("return_value")
            if stream is not None:
                self._remember_socket(stream.get_extra_info("socket"))

    def _remember_socket(self, live: socket.socket | None) -> None:
        with self._socket_lock:
            self._socket = live
        if live is not None and self._stop_requested:
            _shut_down(live)

    def _forget_socket(self) -> None:
        with self._socket_lock:
            self._socket = None


def _skip(data: str, error: Exception) -> None:
    logger.warning("event stream: skipping a frame that is not an event (%s): %.200s", describe_error(error), data)


def _worth_retrying(error: Exception) -> bool:
    if isinstance(error, ApiError):
        return error.status_code in _PASSING_STATUSES or error.status_code >= 500
    return isinstance(error, (httpx.TransportError, NetworkError, CutFrameError, _ConnectionLostError))


def _shut_down(live: socket.socket) -> None:
    """Wake any read blocked on ``live`` (closing alone would not, on every system)."""
    with contextlib.suppress(OSError):  # already closed
        live.shutdown(socket.SHUT_RDWR)
