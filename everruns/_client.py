"""``Everruns``: the blocking client, and how it carries a method's steps out."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._api import Api
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BaseClient, TimeoutTypes
from ._flow import Blocking, Call, Connect, Connected, Flow, Read, Send, Sleep, Step, drive
from ._interrupt import Interrupter
from ._pools import CallerClientPool, ForkSafePool
from ._retry import Backoff
from ._sse import DEFAULT_MAX_FRAME_SIZE
from ._transport import EverrunsTransport, arrives_as_sent
from .errors import ClientClosedError

if TYPE_CHECKING:
    from ._pagination import Listing, Page
    from ._streaming import EventFeed, EventStream
    from ._turns import TurnFeed, TurnStream

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "BlockingSteps", "Everruns", "TimeoutTypes"]

T = TypeVar("T")


class Everruns(BaseClient[Blocking]):
    """A synchronous client for the Everruns API.

    ``Everruns()`` reads ``EVERRUNS_API_KEY``, ``EVERRUNS_API_URL`` and
    ``EVERRUNS_ORG_ID``; explicit arguments win. One client is safe to share between
    threads and survives ``fork()``; use it as a context manager or call ``close()``.

    ``timeout`` is in seconds (or an ``httpx.Timeout``). ``max_retries`` retries are
    made for rate limits, server errors and connection failures, when repeating the
    request cannot repeat its effect; ``backoff`` sets the waits. ``http_client`` is
    an ``httpx.Client`` to send through (its proxies and TLS settings); it stays yours
    to close. ``max_frame_size`` bounds what an event stream holds of one frame (bytes;
    default 1 MiB): a longer frame ends the stream with :class:`~everruns.StreamError`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        org_id: str | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: dict[str, str] | None = None,
        backoff: Backoff | None = None,
        max_frame_size: int = DEFAULT_MAX_FRAME_SIZE,
    ) -> None:
        pool = CallerClientPool(http_client) if http_client is not None else ForkSafePool()
        self._start(
            api_key,
            base_url,
            org_id,
            pool,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            backoff=backoff,
            max_frame_size=max_frame_size,
        )

    def _open_http(self, *, owns_pool: bool) -> None:
        self._http = self._new_http(self._pool, max_retries=self._max_retries, owns_pool=owns_pool)
        self.api: Api = Api.bound_to(self, self._http)
        """The generated client for every operation of the API, sharing this client's
        auth, retries and error mapping: ``everruns_api.api.<tag>.<operation>.sync(client=client.api)``."""

    def _new_http(self, pool: Any, *, max_retries: int, owns_pool: bool, **settings: Any) -> httpx.Client:
        transport = EverrunsTransport(pool, self._policy(max_retries), owns_pool=owns_pool)
        return httpx.Client(**{**self._http_settings(), **settings}, transport=transport)

    def _send(self, arguments: dict[str, Any], timeout: TimeoutTypes | None, idempotent: bool) -> httpx.Response:
        """Send one request through this client's headers, pool and transport."""
        if self._http.is_closed:
            raise ClientClosedError("the client is closed: make a new Everruns() to send more requests")
        return self._http.send(self._request(self._http, arguments, timeout=timeout, idempotent=idempotent))

    def _stream_http(self, read_timeout: float) -> httpx.Client:
        """An httpx client for one event stream: this client's settings, no retries of
        its own (the stream reconnects by itself), and a connection pool of the stream's
        own, kept across its reconnects and closed with it. A stream holds its
        connection for as long as it runs, so it does not take one from the pool that
        calls share, and ``stop()`` can always reach the socket it waits on. (With a
        caller's ``http_client``, the stream sends through that client.)"""
        if self._http.is_closed:
            raise ClientClosedError("the client is closed: make a new Everruns() to send more requests")
        own = isinstance(self._pool, ForkSafePool)
        pool = ForkSafePool() if own else self._pool
        return self._new_http(pool, max_retries=0, owns_pool=own, timeout=self._stream_timeout(read_timeout))

    # --- what the resources' methods become ---------------------------------------------

    def _run(self, flow: Flow[T]) -> T:
        """Carry ``flow`` out, blocking, and return its result."""
        steps = BlockingSteps(self)
        try:
            return drive(flow, steps.do)
        finally:
            steps.close()

    def _operation(self, flow: Callable[..., Flow[T]], resource: object) -> Callable[..., T]:
        def method(*args: Any, **kwargs: Any) -> T:
            return self._run(flow(resource, *args, **kwargs))

        return method

    def _pager(self, flow: Callable[..., Flow[Listing[T]]], resource: object) -> Callable[..., Page[T]]:
        from ._pagination import Page

        def method(*args: Any, **kwargs: Any) -> Page[T]:
            return Page(self._run(flow(resource, *args, **kwargs)), self._run)

        return method

    def _event_stream(self, feed: Callable[..., EventFeed], resource: object) -> Callable[..., EventStream]:
        from ._streaming import EventStream

        def method(*args: Any, **kwargs: Any) -> EventStream:
            return EventStream(feed(resource, *args, **kwargs), BlockingSteps(self))

        return method

    def _turn_stream(self, feed: Callable[..., TurnFeed], resource: object) -> Callable[..., TurnStream]:
        from ._turns import TurnStream

        def method(*args: Any, **kwargs: Any) -> TurnStream:
            return TurnStream(feed(resource, *args, **kwargs), BlockingSteps(self))

        return method

    # --- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the connections (all derived clients share them, unless this is one)."""
        self._http.close()

    def __enter__(self) -> Everruns:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class BlockingSteps:
    """Carries a flow's steps out for :class:`Everruns`, blocking the calling thread.

    A stream the flow opens gets a connection pool of its own (see
    ``Everruns._stream_http``), released by :meth:`close`; :meth:`interrupt`, safe from
    any thread, wakes a read or a pause of that stream at once.
    """

    def __init__(self, client: Everruns) -> None:
        self._client = client
        self._http: httpx.Client | None = None
        self._response: httpx.Response | None = None
        self._chunks: Iterator[bytes] | None = None
        self._interrupter = Interrupter()
        self._deadline_timer: threading.Timer | None = None
        self._reading = False
        self._closing = False

    def do(self, step: Step) -> Any:
        if step.__class__ is Read:  # the most frequent step of all, first
            return self._read(step)
        if isinstance(step, Send):
            return self._client._send(step.arguments, step.timeout, step.idempotent)
        if isinstance(step, Call):
            return step.blocking()
        if isinstance(step, Sleep) and step.stoppable:
            self._let_go_of_response()
            return self._interrupter.wait(step.seconds)
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            return None
        if isinstance(step, Connect):
            return self._connect(step)
        raise TypeError(f"not a step: {step!r}")

    def _connect(self, step: Connect) -> Connected:
        self._let_go_of_response()
        if self._http is None:
            self._http = self._client._stream_http(step.read_timeout)
        if step.deadline is not None and self._deadline_timer is None:
            self._arm_deadline(step.deadline)
        request = self._http.build_request(**step.arguments, extensions={"trace": self._interrupter.on_trace})
        try:
            response = self._http.send(request, stream=True)
        except BaseException:
            self._interrupter.forget()
            raise
        network_stream = response.extensions.get("network_stream")
        if network_stream is not None:
            self._interrupter.remember(network_stream.get_extra_info("socket"))
        self._response = response
        self._chunks = response.iter_raw() if arrives_as_sent(response) else response.iter_bytes()
        return Connected(response, self._client._max_frame_size)

    def _read(self, step: Read) -> bytes:
        chunks = self._chunks
        if chunks is None or self._response is not step.response:
            return b""
        self._reading = True
        try:
            return next(chunks, b"")
        finally:
            self._reading = False
            if self._closing:
                self._release()

    def _arm_deadline(self, deadline: float) -> None:
        self._deadline_timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._interrupter.cut)
        self._deadline_timer.daemon = True
        self._deadline_timer.start()

    def interrupt(self) -> None:
        """Wake the stream's read or pause at once, and keep later ones from waiting."""
        self._interrupter.interrupt()

    def close(self) -> None:
        """Release the stream's connections (once the thread reading, if any, has let go)."""
        if self._http is None:  # nothing connected (a deadline is armed only once it has)
            return
        self._closing = True
        if not self._reading:
            self._release()
        else:
            self._interrupter.interrupt()

    def _release(self) -> None:
        if self._deadline_timer is not None:
            self._deadline_timer.cancel()
        self._let_go_of_response()
        http, self._http = self._http, None
        if http is not None:
            http.close()

    def _let_go_of_response(self) -> None:
        response, self._response, self._chunks = self._response, None, None
        self._interrupter.forget()
        if response is not None:
            response.close()
