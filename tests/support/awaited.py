"""The asyncio client driven from blocking test code, so that one specification runs
against both clients.

``Awaited(AsyncEverruns(...), loop)`` looks like an ``Everruns``: each coroutine a method
returns is run to its end on ``loop``, an ``AsyncPager`` is awaited for its first page,
an ``AsyncTurnStream`` is started (as the blocking client's ``messages.stream`` starts
its turn), and async iterators (streams, pages, ``ticking``...) are iterated one
``anext`` at a time. Nothing else changes: the same objects, errors and results come back.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable
from typing import Any

from everruns import AsyncEventStream, AsyncEverruns, AsyncPage, AsyncPager, AsyncTurnStream
from everruns._resource import Resource


class Awaited:
    """A blocking view of an object of the asyncio client (the client, a resource, a
    page, a stream)."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_loop", loop)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value) and not isinstance(value, type):
            return lambda *args, **kwargs: self._adapt(value(*args, **kwargs))
        return self._adapt(value)

    def _run(self, awaitable: Awaitable[Any]) -> Any:
        async def wait() -> Any:
            return await awaitable

        return self._loop.run_until_complete(wait())

    def _adapt(self, value: Any) -> Any:
        if inspect.isawaitable(value) and not isinstance(value, (AsyncPager, AsyncTurnStream)):
            return self._adapt(self._run(value))
        if isinstance(value, (AsyncPager, AsyncTurnStream)):
            return Awaited(self._run(value), self._loop)
        if _is_ours(value):
            return Awaited(value, self._loop)
        return value

    # --- the protocols the blocking client's objects have -------------------------------

    def __iter__(self) -> Awaited:
        return Awaited(self._target.__aiter__(), self._loop)

    def __next__(self) -> Any:
        try:
            return self._adapt(self._run(self._target.__anext__()))
        except StopAsyncIteration:
            raise StopIteration from None

    def __enter__(self) -> Awaited:
        self._run(self._target.__aenter__())
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._run(self._target.__aexit__(*exc_info))

    def close(self) -> None:
        closing = self._target.aclose if hasattr(self._target, "aclose") else self._target.close
        self._run(closing())

    def __repr__(self) -> str:
        return repr(self._target)


def _is_ours(value: Any) -> bool:
    """Objects of the asyncio client that need a blocking view: the client (a derived
    one), its resources, pages, streams and async generators."""
    return inspect.isasyncgen(value) or isinstance(
        value, (AsyncEverruns, AsyncPage, AsyncEventStream, AsyncTurnStream, Resource)
    )


def close_loop(loop: asyncio.AbstractEventLoop) -> None:
    """End ``loop`` as ``asyncio.run`` would: async generators shut down (which closes
    the client's connections of this loop), then closed."""
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
