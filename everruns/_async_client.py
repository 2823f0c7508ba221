"""``AsyncEverruns``: the asyncio client, and how it awaits a method's steps.

Every method, helper and stream decision is the one the blocking client runs (see
``_flow``); here is only what awaiting adds: an ``httpx.AsyncClient`` whose connection
pools belong to the event loop that uses them, awaited steps, and the async forms of the
streams and pages.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._api import Api
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BaseClient, TimeoutTypes
from ._flow import Awaiting, Call, Connect, Connected, Flow, Read, Send, Sleep, Step, adrive
from ._interrupt import Interrupter
from ._pagination import AsyncPager, Listing
from ._pools import AsyncCallerClientPool, LoopBoundPool
from ._retry import Backoff
from ._sse import DEFAULT_MAX_FRAME_SIZE
from ._streaming import AsyncEventStream, EventFeed
from ._transport import AsyncEverrunsTransport, arrives_as_sent
from ._turns import AsyncTurnStream, TurnFeed
from .errors import ClientClosedError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncEventStream", "AsyncEverruns", "AsyncTurnStream", "AwaitingSteps"]

T = TypeVar("T")
CLOSED = "the client is closed: make a new AsyncEverruns() to send more requests"


class AsyncEverruns(BaseClient[Awaiting]):
    """An asyncio client for the Everruns API: the same resources, methods, checks,
    errors and retries as :class:`~everruns.Everruns`, each method a coroutine.

    ``AsyncEverruns()`` reads ``EVERRUNS_API_KEY``, ``EVERRUNS_API_URL`` and
    ``EVERRUNS_ORG_ID``; explicit arguments win. Use it with ``async with`` or
    ``await client.close()``. Its connections belong to the event loop that opened
    them: a client used from a second loop opens that loop's own, and a loop's are
    closed as ``asyncio.run`` ends it. ``http_client`` is an ``httpx.AsyncClient`` to
    send through; it stays yours to close. Lists return an :class:`~everruns.AsyncPager`
    (``await`` it for a page, ``async for`` over it for every item); streams are async
    iterators.
    """

    _awaits = True

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        org_id: str | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: dict[str, str] | None = None,
        backoff: Backoff | None = None,
        max_frame_size: int = DEFAULT_MAX_FRAME_SIZE,
    ) -> None:
        pool = AsyncCallerClientPool(http_client) if http_client is not None else LoopBoundPool()
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
        auth, retries and error mapping: ``await everruns_api.api.<tag>.<operation>.asyncio(client=client.api)``."""

    def _new_http(self, pool: Any, *, max_retries: int, owns_pool: bool, **settings: Any) -> httpx.AsyncClient:
        transport = AsyncEverrunsTransport(pool, self._policy(max_retries), owns_pool=owns_pool)
        return httpx.AsyncClient(**{**self._http_settings(), **settings}, transport=transport)

    async def _send(self, arguments: dict[str, Any], timeout: TimeoutTypes | None, idempotent: bool) -> httpx.Response:
        """Send one request through this client's headers, pools and transport."""
        if self._http.is_closed:
            raise ClientClosedError(CLOSED)
        return await self._http.send(self._request(self._http, arguments, timeout=timeout, idempotent=idempotent))

    def _stream_http(self, read_timeout: float) -> httpx.AsyncClient:
        """An httpx client for one event stream, with pools of the stream's own (see
        ``Everruns._stream_http``)."""
        if self._http.is_closed:
            raise ClientClosedError(CLOSED)
        own = isinstance(self._pool, LoopBoundPool)
        pool = LoopBoundPool() if own else self._pool
        return self._new_http(pool, max_retries=0, owns_pool=own, timeout=self._stream_timeout(read_timeout))

    # --- what the resources' methods become ---------------------------------------------

    async def _run(self, flow: Flow[T], first: Step | None = None) -> T:
        """Carry ``flow`` out, awaiting each step, and return its result."""
        steps = AwaitingSteps(self)
        try:
            return await adrive(flow, steps.do, first)
        finally:
            await steps.aclose()

    def _operation(self, flow: Callable[..., Flow[T]], resource: object) -> Callable[..., Any]:
        async def method(*args: Any, **kwargs: Any) -> T:
            return await self._run(flow(resource, *args, **kwargs))

        return method

    def _pager(self, flow: Callable[..., Flow[Listing[T]]], resource: object) -> Callable[..., AsyncPager[T]]:
        def method(*args: Any, **kwargs: Any) -> AsyncPager[T]:
            return AsyncPager(flow(resource, *args, **kwargs), self._run)

        return method

    def _event_stream(self, feed: Callable[..., EventFeed], resource: object) -> Callable[..., AsyncEventStream]:
        def method(*args: Any, **kwargs: Any) -> AsyncEventStream:
            return AsyncEventStream(feed(resource, *args, **kwargs), AwaitingSteps(self))

        return method

    def _turn_stream(self, feed: Callable[..., TurnFeed], resource: object) -> Callable[..., AsyncTurnStream]:
        def method(*args: Any, **kwargs: Any) -> AsyncTurnStream:
            return AsyncTurnStream(feed(resource, *args, **kwargs), AwaitingSteps(self))

        return method

    # --- lifecycle ---------------------------------------------------------------------

    async def close(self) -> None:
        """Close this event loop's connections (all derived clients share them, unless
        this is one); other loops' close as those loops end."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class AwaitingSteps:
    """Carries a flow's steps out for :class:`AsyncEverruns`, awaiting each.

    A stream the flow opens gets connection pools of its own, released by
    :meth:`aclose`; :meth:`interrupt`, safe from any thread or task, wakes a read or a
    pause of that stream at once.
    """

    def __init__(self, client: AsyncEverruns) -> None:
        self._client = client
        self._http: httpx.AsyncClient | None = None
        self._response: httpx.Response | None = None
        self._chunks: AsyncIterator[bytes] | None = None
        self._interrupter = Interrupter()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._deadline: asyncio.TimerHandle | None = None
        self._reading = False
        self._closing = False

    async def do(self, step: Step) -> Any:
        if step.__class__ is Read:  # the most frequent step of all, first
            return await self._read(step)
        if isinstance(step, Send):
            return await self._client._send(step.arguments, step.timeout, step.idempotent)
        if isinstance(step, Call):
            result = step.function(*step.args, **step.kwargs)
            return (await result) if hasattr(result, "__await__") else result
        if isinstance(step, Sleep) and step.stoppable:
            await self._let_go_of_response()
            return await self._pause(step.seconds)
        if isinstance(step, Sleep):
            await asyncio.sleep(step.seconds)
            return None
        if isinstance(step, Connect):
            return await self._connect(step)
        raise TypeError(f"not a step: {step!r}")

    async def _connect(self, step: Connect) -> Connected:
        await self._let_go_of_response()
        self._loop = loop = asyncio.get_running_loop()
        if self._http is None:
            self._http = self._client._stream_http(step.read_timeout)
        if step.deadline is not None:
            self._arm_deadline(step.deadline, loop)
        trace = self._interrupter.on_async_trace
        request = self._http.build_request(**step.arguments, extensions={"trace": trace})
        try:
            response = await self._http.send(request, stream=True)
        except BaseException:
            self._interrupter.forget()
            raise
        network_stream = response.extensions.get("network_stream")
        if network_stream is not None:
            self._interrupter.remember(network_stream.get_extra_info("socket"))
        self._response = response
        self._chunks = response.aiter_raw() if arrives_as_sent(response) else response.aiter_bytes()
        return Connected(response, self._client._max_frame_size)

    async def _read(self, step: Read) -> bytes:
        chunks = self._chunks
        if chunks is None or self._response is not step.response:
            return b""
        self._reading = True
        try:
            return await anext(chunks, b"")
        finally:
            self._reading = False
            if self._closing:
                await self._release()

    async def _pause(self, seconds: float) -> bool:
        self._loop = asyncio.get_running_loop()
        self._wake = wake = self._wake or asyncio.Event()
        if self._interrupter.interrupted:  # stopped before, or while the event was being made
            return True
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(wake.wait(), seconds)
        return wake.is_set()

    def _arm_deadline(self, deadline: float, loop: asyncio.AbstractEventLoop) -> None:
        if self._deadline is None:
            at = loop.time() + max(0.0, deadline - time.monotonic())
            self._deadline = loop.call_at(at, self._interrupter.cut)

    def interrupt(self) -> None:
        """Wake the stream's read or pause at once, and keep later ones from waiting
        (from any thread or task)."""
        self._interrupter.interrupt()
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closed: nothing waits
                loop.call_soon_threadsafe(wake.set)

    async def aclose(self) -> None:
        """Release the stream's connections (once the task reading, if any, has let go)."""
        if self._http is None:  # nothing connected (a deadline is armed only once it has)
            return
        self._closing = True
        if not self._reading:
            await self._release()
        else:
            self._interrupter.interrupt()

    async def _release(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        await self._let_go_of_response()
        http, self._http = self._http, None
        if http is not None:
            await http.aclose()

    async def _let_go_of_response(self) -> None:
        response, self._response, self._chunks = self._response, None, None
        self._interrupter.forget()
        if response is not None:
            await response.aclose()
