"""``ticking()``: the items of a source as they come, a ``None`` whenever ``every`` seconds
pass without one, and a reader (a thread, or a task with asyncio) that never outlives
the loop. Plain sources here; tests/test_turns.py ticks real streams."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import AsyncIterator, Iterator

import pytest
from scripted_server import wait_until

from everruns import ValidationError
from everruns._ticks import READ_AHEAD, aticking, ticking


class Counted:
    """A source of 0, 1, 2 ... (up to ``count``) that tells how many items it gave."""

    def __init__(self, count: int | None = None) -> None:
        self.given = 0
        self._numbers = itertools.count() if count is None else iter(range(count))

    def __iter__(self) -> Iterator[int]:
        for number in self._numbers:
            self.given += 1
            yield number

    def reader_blocked(self) -> bool:
        """Whether the reader waits on a full hand-over: the caller took item 0, the
        next ``READ_AHEAD`` wait for it, and one more is read."""
        return self.given >= READ_AHEAD + 2


def new_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread not in before]


def test_a_slow_caller_gets_every_item_in_order_however_far_the_reader_got_ahead() -> None:
    source = Counted(200)
    ticks = ticking(iter(source), 30.0, lambda: None)
    assert next(ticks) == 0
    assert wait_until(source.reader_blocked)
    time.sleep(0.3)  # the caller is busy: the reader waits on the full hand-over meanwhile
    assert source.given == READ_AHEAD + 2, "the reader waits for the caller"
    assert list(ticks) == list(range(1, 200))


def test_leaving_while_the_reader_waits_on_a_full_hand_over_ends_the_reader_at_once() -> None:
    source = Counted()
    before = set(threading.enumerate())
    ticks = ticking(iter(source), 30.0, lambda: None)
    assert next(ticks) == 0
    (reader,) = new_threads(before)
    assert wait_until(source.reader_blocked)
    began = time.monotonic()
    ticks.close()
    assert time.monotonic() - began < 0.6
    assert not reader.is_alive()


def test_the_reader_is_a_daemon_thread_named_for_ticking() -> None:
    release = threading.Event()

    def source() -> Iterator[int]:
        release.wait(10.0)
        yield from ()

    before = set(threading.enumerate())
    ticks = ticking(source(), 0.01, release.set)
    assert next(ticks) is None
    assert [(thread.name, thread.daemon) for thread in new_threads(before)] == [("everruns-ticking", True)]
    ticks.close()
    assert new_threads(before) == []


def test_leaving_waits_for_a_reader_that_ignores_stop_no_longer_than_reader_exit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("everruns._ticks.READER_EXIT", 0.2)
    release = threading.Event()

    def stubborn() -> Iterator[int]:
        release.wait(5.0)  # does not end on stop()
        yield from ()

    stops: list[bool] = []
    ticks = ticking(stubborn(), 0.01, lambda: stops.append(True))
    assert next(ticks) is None
    began = time.monotonic()
    ticks.close()
    took = time.monotonic() - began
    release.set()
    assert stops == [True]
    assert took < 3.0, "the caller left even though the reader was still blocked"


def test_an_error_of_the_source_is_raised_to_the_caller_after_the_items_before_it() -> None:
    def failing() -> Iterator[int]:
        yield 1
        raise ValueError("boom")

    ticks = ticking(failing(), 30.0, lambda: None)
    assert next(ticks) == 1
    with pytest.raises(ValueError, match=r"^boom$"):
        next(ticks)


def test_leaving_an_asyncio_ticking_loop_while_a_read_is_pending_cancels_it_quietly() -> None:
    async def scenario() -> tuple[list[bool], bool]:
        never = asyncio.Event()
        cancelled = []

        async def quiet() -> AsyncIterator[int]:
            try:
                await never.wait()
            except asyncio.CancelledError:
                cancelled.append(True)
                raise
            yield 1

        stops: list[bool] = []
        ticks = aticking(quiet(), 0.01, lambda: stops.append(True))
        assert await anext(ticks) is None
        await ticks.aclose()  # raises nothing
        return stops, cancelled == [True]

    stops, cancelled = asyncio.run(scenario())
    assert stops == [True]
    assert cancelled, "the pending read was cancelled"


@pytest.mark.parametrize("every", [0, 0.0, -1, float("nan"), True, "1", None])
def test_an_interval_that_is_not_a_number_of_seconds_above_zero_is_refused(every: object) -> None:
    async def nothing() -> AsyncIterator[int]:
        yield 1

    for start in (lambda: ticking(iter(()), every, lambda: None), lambda: aticking(nothing(), every, lambda: None)):  # type: ignore[arg-type]
        with pytest.raises(ValidationError) as raised:
            start()
        assert raised.value.field == "every"
        assert str(raised.value) == f"every must be a number of seconds above 0, got {every!r}"


def test_an_interval_below_one_second_is_fine() -> None:
    assert list(ticking(iter([1, 2]), 0.5, lambda: None)) == [1, 2]
