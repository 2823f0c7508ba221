"""Connection pools: the client's own, and a caller's httpx client that stays the caller's."""

from __future__ import annotations

import asyncio

import httpx

from everruns._pools import AsyncCallerClientPool, CallerClientPool


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
