"""Connection pools: one per process for the blocking client, one per process and
event loop for the asyncio client, or the caller's own httpx client.

A child of ``fork()`` (gunicorn with preload, multiprocessing) inherits the parent's
open sockets; sharing them would interleave two processes' bytes on one connection.
So a pool notices a new process id and builds its own connections; the inherited ones
are left alone (closing them could disturb the parent's).
"""

from __future__ import annotations

import functools
import os
import ssl
import threading
import weakref
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Protocol

import httpx

from .errors import ClientClosedError

if TYPE_CHECKING:
    import asyncio

# Room for every stream a process may hold at once: a gevent worker relays hundreds of
# turns, each on a connection of its own, through one client (httpx's default cap is 100).
POOL_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=20, keepalive_expiry=30.0)
CLOSED = "the client is closed: make a new client to send more requests"


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The TLS settings every pool of this process shares (httpx's defaults: certifi's CA
    bundle, ``SSL_CERT_FILE``/``SSL_CERT_DIR`` honoured). Building them loads the CA
    bundle, about 20 ms, which each client and each event stream would otherwise pay."""
    return httpx.create_ssl_context()


def _uses_proxies() -> bool:
    import urllib.request  # costs more to import than all of httpx: only when a pool is built

    return bool(urllib.request.getproxies())


def new_transport() -> httpx.BaseTransport:
    """A blocking connection pool; one that honours ``HTTP(S)_PROXY``/``NO_PROXY`` when set."""
    if _uses_proxies():
        return SendThrough(httpx.Client(limits=POOL_LIMITS, verify=tls_context()), owned=True)
    return httpx.HTTPTransport(limits=POOL_LIMITS, verify=tls_context())


def new_async_transport() -> httpx.AsyncBaseTransport:
    """An asyncio connection pool; one that honours ``HTTP(S)_PROXY``/``NO_PROXY`` when set."""
    if _uses_proxies():
        return AsyncSendThrough(httpx.AsyncClient(limits=POOL_LIMITS, verify=tls_context()), owned=True)
    return httpx.AsyncHTTPTransport(limits=POOL_LIMITS, verify=tls_context())


class Pool(Protocol):
    """What the blocking transport needs of a pool."""

    def transport(self) -> httpx.BaseTransport: ...

    def close(self) -> None: ...


class ForkSafePool:
    """The blocking client's own connection pool, rebuilt in a forked child."""

    def __init__(self, factory: Callable[[], httpx.BaseTransport] = new_transport) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._transport = factory()
        self._closed = False

    def transport(self) -> httpx.BaseTransport:
        if self._closed:
            raise ClientClosedError(CLOSED)
        if self._pid != os.getpid():
            with self._lock:
                if self._pid != os.getpid():
                    self._transport = self._factory()
                    self._pid = os.getpid()
        return self._transport

    def close(self) -> None:
        self._closed = True
        if self._pid == os.getpid():
            self._transport.close()


class CallerClientPool:
    """Sends through a caller's own ``httpx.Client`` (its pool, proxies, TLS settings).

    The caller owns that client: closing ours leaves it open, and after a ``fork()``
    it is theirs to replace.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._transport = SendThrough(client, owned=False)

    def transport(self) -> httpx.BaseTransport:
        return self._transport

    def close(self) -> None:
        """Nothing to do: the caller's client stays theirs."""


class SendThrough(httpx.BaseTransport):
    """A transport that hands each request to an ``httpx.Client`` (closed with it if owned)."""

    def __init__(self, client: httpx.Client, *, owned: bool) -> None:
        self._client = client
        self._owned = owned

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True)

    def close(self) -> None:
        if self._owned:
            self._client.close()


class AsyncPool(Protocol):
    """What the asyncio transport needs of a pool."""

    async def transport(self) -> httpx.AsyncBaseTransport: ...

    async def aclose(self) -> None: ...


class LoopBoundPool:
    """The asyncio client's own connection pools: one per event loop (a connection
    belongs to the loop that opened it) and per process.

    A client used from a second loop (``asyncio.run`` twice, a test per loop) gets a pool
    for that loop. A loop's pool is closed, on that loop, when the loop shuts its async
    generators down (``asyncio.run`` does as it ends), so no connection outlives its
    loop; nothing here ever touches a loop from outside it.
    """

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport] = new_async_transport) -> None:
        self._factory = factory
        self._pid = os.getpid()
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopPool] = weakref.WeakKeyDictionary()
        self._closed = False

    async def transport(self) -> httpx.AsyncBaseTransport:
        import asyncio

        if self._closed:
            raise ClientClosedError(CLOSED)
        if self._pid != os.getpid():
            self._by_loop = weakref.WeakKeyDictionary()
            self._pid = os.getpid()
        loop = asyncio.get_running_loop()
        pool = self._by_loop.get(loop)
        if pool is None:
            pool = self._by_loop[loop] = _LoopPool(self._factory())
            await pool.watch_loop_end()
        return pool.transport

    async def aclose(self) -> None:
        """Close this loop's pool; the other loops' pools close as their loops end."""
        import asyncio

        self._closed = True
        if self._pid != os.getpid():
            return
        pool = self._by_loop.pop(asyncio.get_running_loop(), None)
        if pool is not None:
            await pool.aclose()


class _LoopPool:
    """One loop's connections, and the async generator that closes them when the loop
    shuts its async generators down."""

    _watch: AsyncIterator[None]  # held, so that the loop finalizes it as it shuts down

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self.transport = transport
        self._closed = False

    async def watch_loop_end(self) -> None:
        self._watch = self._until_loop_end()
        await self._watch.__anext__()

    async def _until_loop_end(self) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            await self.transport.aclose()


class AsyncCallerClientPool:
    """Sends through a caller's own ``httpx.AsyncClient``, which stays theirs."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._transport = AsyncSendThrough(client, owned=False)

    async def transport(self) -> httpx.AsyncBaseTransport:
        return self._transport

    async def aclose(self) -> None:
        """Nothing to do: the caller's client stays theirs."""


class AsyncSendThrough(httpx.AsyncBaseTransport):
    """A transport that hands each request to an ``httpx.AsyncClient`` (closed with it if owned)."""

    def __init__(self, client: httpx.AsyncClient, *, owned: bool) -> None:
        self._client = client
        self._owned = owned

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()
