"""Injected failures: what a flaky network, an overloaded API or a proxy would do.

Each ``*_next``-style fault is used up by the next API requests (control requests under
``/_testing/`` never count). :meth:`Faults.cycle_every` stays until :meth:`Faults.reset`.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import TypeVar

_Item = TypeVar("_Item")


@dataclass(frozen=True)
class Failure:
    """An error answer that replaces the real one."""

    status: int
    retry_after: str | None = None
    retry_after_seconds: int | None = None
    code: str | None = None
    html: bool = False
    quote_credentials: bool = False


@dataclass(frozen=True)
class SseFault:
    """How the next event stream misbehaves."""

    drop_after: int | None = None
    mid_frame: bool = False
    stall: bool = False
    stall_after_headers: bool = True


@dataclass(frozen=True)
class RequestFaults:
    """What applies to one request: a delay first, then possibly a replacement answer."""

    delay: float = 0.0
    failure: Failure | None = None


class Faults:
    """Fault injection for a :class:`~everruns.testing.LocalServer`; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: deque[Failure] = deque()
        self._delays: deque[float] = deque()
        self._sse: deque[SseFault] = deque()
        self._cycle_every: int | None = None

    def fail_next(
        self,
        n: int = 1,
        status: int = 503,
        retry_after: str | int | None = None,
        retry_after_seconds: int | None = None,
        code: str | None = None,
    ) -> None:
        """The next ``n`` requests answer ``status`` as problem details.

        ``retry_after`` becomes a ``Retry-After`` header, ``retry_after_seconds`` a body field;
        ``code`` overrides the default code (``rate_limited`` for 429, else the status phrase).
        """
        header = None if retry_after is None else str(retry_after)
        self._queue(self._failures, n, Failure(status, header, retry_after_seconds, code))

    def proxy_html_502(self, n: int = 1) -> None:
        """The next ``n`` requests get a 502 HTML page, as from a proxy in front of the API."""
        self.html_page(n, status=502)

    def html_page(self, n: int = 1, status: int = 200) -> None:
        """The next ``n`` requests get an HTML page with ``status`` instead of the API's
        answer: a proxy's error page, or (with 200) a captive portal's login page."""
        self._queue(self._failures, n, Failure(status, html=True))

    def quote_credentials_next(self, n: int = 1, status: int = 401) -> None:
        """The next ``n`` requests answer ``status`` with problem details that quote the
        request's ``Authorization`` value back (in ``title``, ``detail`` and a nested
        ``errors`` list), as a careless server or proxy would."""
        self._queue(self._failures, n, Failure(status, quote_credentials=True))

    def slow(self, seconds: float, n: int = 1) -> None:
        """The next ``n`` requests wait ``seconds`` before the server starts answering."""
        self._queue(self._delays, n, float(seconds))

    def drop_sse_after(self, k_events: int, mid_frame: bool = False) -> None:
        """The next event stream is cut (no clean end) after ``k_events`` event frames.

        With ``mid_frame=True`` the first half of the following event frame is written
        before the cut, so the client holds an incomplete frame.
        """
        self._queue(self._sse, 1, SseFault(drop_after=max(k_events, 0), mid_frame=mid_frame))

    def stall_next_sse(self, *, send_headers: bool = True) -> None:
        """The next event stream goes silent and stays open until the client leaves.

        With ``send_headers=True`` (the default) the 200 status line and headers are sent
        and then nothing at all, not even the ``connected`` frame or a heartbeat; with
        ``send_headers=False`` not even the headers are sent.
        """
        self._queue(self._sse, 1, SseFault(stall=True, stall_after_headers=send_headers))

    def cycle_every(self, k_events: int | None) -> None:
        """Every event stream sends ``disconnecting`` and ends after each ``k_events`` events.

        ``None`` or ``0`` switches it off again.
        """
        with self._lock:
            self._cycle_every = k_events or None

    def reset(self) -> None:
        """Remove every pending fault."""
        with self._lock:
            self._failures.clear()
            self._delays.clear()
            self._sse.clear()
            self._cycle_every = None

    def take_for_request(self) -> RequestFaults:
        """The faults the request being handled now uses up."""
        with self._lock:
            delay = self._delays.popleft() if self._delays else 0.0
            failure = self._failures.popleft() if self._failures else None
        return RequestFaults(delay, failure)

    def take_for_stream(self) -> tuple[SseFault | None, int | None]:
        """The fault the stream being opened now uses up, and the standing cycle setting."""
        with self._lock:
            return (self._sse.popleft() if self._sse else None), self._cycle_every

    def _queue(self, queue: deque[_Item], n: int, item: _Item) -> None:
        if n < 0:
            raise ValueError("n must not be negative")
        with self._lock:
            queue.extend([item] * n)
