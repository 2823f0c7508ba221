"""Connection pools: the client's own (one per process, and per event loop for the asyncio
client), and a caller's httpx client that stays the caller's.

A ``fork()`` is played here by changing the process id the pools read; the real thing is
in test_client.py and test_async_client.py."""

from __future__ import annotations

import asyncio
import os
import types

import httpx
import pytest

from everruns import ClientClosedError, _pools
from everruns._pools import AsyncCallerClientPool, CallerClientPool, ForkSafePool, LoopBoundPool

CLOSED = "the client is closed: make a new client to send more requests"


class Connections(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Stands in for a pool's connections: counts how often it was closed."""

    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


class Factory:
    """Makes :class:`Connections`, and remembers each it made."""

    def __init__(self) -> None:
        self.made: list[Connections] = []

    def __call__(self) -> Connections:
        self.made.append(Connections())
        return self.made[-1]


def fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on the pools find themselves in a new process."""
    monkeypatch.setattr(_pools, "os", types.SimpleNamespace(getpid=lambda: os.getpid() + 1))


# --- the blocking client's pool -----------------------------------------------------------------


def test_the_pool_hands_out_the_same_connections_until_closed_then_closes_them() -> None:
    factory = Factory()
    pool = ForkSafePool(factory)
    assert pool.transport() is pool.transport() is factory.made[0]
    pool.close()
    assert [made.closed for made in factory.made] == [1]
    with pytest.raises(ClientClosedError) as caught:
        pool.transport()
    assert str(caught.value) == CLOSED


def test_a_forked_child_gets_connections_of_its_own_and_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    factory = Factory()
    pool = ForkSafePool(factory)
    inherited = pool.transport()
    fork(monkeypatch)
    own = pool.transport()
    assert own is not inherited
    assert pool.transport() is own, "the child made its connections once"
    assert len(factory.made) == 2
    pool.close()
    assert (inherited.closed, factory.made[1].closed) == (0, 1), "the parent's are left alone"


def test_a_forked_child_closing_the_pool_leaves_the_parents_connections_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    factory = Factory()
    pool = ForkSafePool(factory)
    fork(monkeypatch)
    pool.close()
    assert [made.closed for made in factory.made] == [0]


# --- the asyncio client's pools --------------------------------------------------------------------


def test_each_event_loop_gets_connections_of_its_own_closed_once_as_the_loop_ends() -> None:
    factory = Factory()
    pool = LoopBoundPool(factory)

    async def use() -> tuple[httpx.AsyncBaseTransport, httpx.AsyncBaseTransport]:
        return await pool.transport(), await pool.transport()

    first, again = asyncio.run(use())
    assert first is again is factory.made[0]
    assert factory.made[0].closed == 1, "the loop that ended closed its connections"
    second, _ = asyncio.run(use())
    assert second is factory.made[1]
    assert [made.closed for made in factory.made] == [1, 1]


def test_closing_the_async_pool_closes_this_loops_connections_at_once_and_only_once() -> None:
    factory = Factory()
    pool = LoopBoundPool(factory)

    async def use_then_close() -> int:
        await pool.transport()
        await pool.aclose()
        closed_before_the_loop_ended = factory.made[0].closed
        with pytest.raises(ClientClosedError) as caught:
            await pool.transport()
        assert str(caught.value) == CLOSED
        return closed_before_the_loop_ended

    assert asyncio.run(use_then_close()) == 1
    assert factory.made[0].closed == 1, "the loop's end did not close them again"


def test_closing_an_async_pool_that_never_connected_is_fine() -> None:
    pool = LoopBoundPool(Factory())
    asyncio.run(pool.aclose())
    with pytest.raises(ClientClosedError):
        asyncio.run(pool.transport())


def test_a_forked_child_gets_async_connections_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    factory = Factory()
    pool = LoopBoundPool(factory)

    async def in_one_loop() -> None:
        inherited = await pool.transport()
        fork(monkeypatch)
        own = await pool.transport()
        assert own is not inherited
        assert await pool.transport() is own, "the child made its connections once"
        await pool.aclose()
        assert (factory.made[0].closed, factory.made[1].closed) == (0, 1), "the parent's are left alone"

    asyncio.run(in_one_loop())
    assert len(factory.made) == 2


def test_a_forked_child_closing_the_async_pool_leaves_the_parents_connections_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    factory = Factory()
    pool = LoopBoundPool(factory)

    async def in_one_loop() -> int:
        await pool.transport()
        fork(monkeypatch)
        await pool.aclose()
        return factory.made[0].closed

    assert asyncio.run(in_one_loop()) == 0


# --- a caller's own client ------------------------------------------------------------------------


def test_nothing_the_pool_of_a_callers_client_hands_out_closes_that_client() -> None:
    theirs = httpx.Client()
    pool = CallerClientPool(theirs)
    pool.transport().close()
    pool.close()
    assert not theirs.is_closed, "the caller's client stays open: it is theirs to close"
    theirs.close()


def test_nothing_the_pool_of_a_callers_async_client_hands_out_closes_that_client() -> None:
    async def run() -> bool:
        async with httpx.AsyncClient() as theirs:
            pool = AsyncCallerClientPool(theirs)
            await (await pool.transport()).aclose()
            await pool.aclose()
            return not theirs.is_closed

    assert asyncio.run(run()), "the caller's client stays open: it is theirs to close"


# --- connections through a proxy from the environment ---------------------------------------------


@pytest.fixture
def proxy_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")


REQUEST = httpx.Request("GET", "http://example.invalid/v1/agents")


@pytest.mark.usefixtures("proxy_from_the_environment")
def test_connections_through_a_proxy_are_closed_with_the_pool() -> None:
    transport = _pools.new_transport()
    transport.close()
    with pytest.raises(RuntimeError, match="closed"):
        transport.handle_request(REQUEST)


@pytest.mark.usefixtures("proxy_from_the_environment")
def test_async_connections_through_a_proxy_are_closed_with_the_pool() -> None:
    async def run() -> None:
        transport = _pools.new_async_transport()
        await transport.aclose()
        with pytest.raises(RuntimeError, match="closed"):
            await transport.handle_async_request(REQUEST)

    asyncio.run(run())
