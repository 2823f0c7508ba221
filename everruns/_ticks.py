"""Waiting for the next item with a deadline: ``ticking()`` of event and turn streams.

A blocking read cannot give control back before its data arrives, so the items are read
by a thread of their own and handed over through a small queue; the caller wakes when an
item arrives or when ``every`` seconds pass without one (a tick: ``None``). A relay
writes a keepalive on each tick, and so learns that its client left, without a thread
of its own.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TypeVar

T = TypeVar("T")

# Items read ahead of the caller at the most: a slow caller holds the reader back.
READ_AHEAD = 64
_ITEM, _END, _ERROR = 0, 1, 2
# Seconds to wait for the reader after stop(); it is a daemon thread, so never a hang.
READER_EXIT = 10.0


def check_tick(every: float) -> None:
    """A tick interval is a number of seconds above 0."""
    from .errors import ValidationError

    if isinstance(every, bool) or not isinstance(every, (int, float)) or not every > 0:
        raise ValidationError(f"every must be a number of seconds above 0, got {every!r}", field="every")


def ticking(source: Iterator[T], every: float, stop: Callable[[], None]) -> Iterator[T | None]:
    """The items of ``source`` as they come, and ``None`` whenever ``every`` seconds pass
    without one. ``source`` is read in another thread; ``stop()`` must make it end
    (it is called when the caller stops iterating, and the reader is then waited for)."""
    check_tick(every)
    return _ticking(source, every, stop)


def _ticking(source: Iterator[T], every: float, stop: Callable[[], None]) -> Iterator[T | None]:
    handed: queue.Queue[tuple[int, object]] = queue.Queue(maxsize=READ_AHEAD)
    leaving = threading.Event()

    def put(kind: int, value: object) -> None:
        while not leaving.is_set():
            try:
                handed.put((kind, value), timeout=0.1)
                return
            except queue.Full:
                continue

    def read() -> None:
        try:
            for item in source:
                put(_ITEM, item)
                if leaving.is_set():
                    return
            put(_END, None)
        except BaseException as error:  # handed to the caller, raised there
            put(_ERROR, error)

    reader = threading.Thread(target=read, name="everruns-ticking", daemon=True)
    reader.start()
    try:
        while True:
            try:
                kind, value = handed.get(timeout=every)
            except queue.Empty:
                yield None
                continue
            if kind == _ITEM:
                yield value  # type: ignore[misc]
            elif kind == _END:
                return
            else:
                raise value  # type: ignore[misc]
    finally:
        leaving.set()
        stop()
        reader.join(READER_EXIT)


def aticking(source: AsyncIterator[T], every: float, stop: Callable[[], None]) -> AsyncIterator[T | None]:
    """:func:`ticking` for asyncio: the items of ``source`` as they come, and ``None``
    whenever ``every`` seconds pass without one. No thread: the pending read is a task
    that is waited for, not cancelled, when a tick comes first."""
    check_tick(every)
    return _aticking(source, every, stop)


async def _aticking(source: AsyncIterator[T], every: float, stop: Callable[[], None]) -> AsyncIterator[T | None]:
    import asyncio

    pending: asyncio.Future[T] | None = None
    try:
        while True:
            if pending is None:
                pending = asyncio.ensure_future(anext(source))
            done, _ = await asyncio.wait({pending}, timeout=every)
            if not done:
                yield None
                continue
            finished, pending = pending, None
            try:
                item = finished.result()
            except StopAsyncIteration:
                return
            yield item
    finally:
        stop()
        if pending is not None:
            pending.cancel()
            with contextlib.suppress(BaseException):
                await pending
