"""A stream tells new events from repeats in memory that does not grow with the stream."""

from __future__ import annotations

import tracemalloc

from everruns import Event
from everruns._seen import RECENT_IDS, SeenEvents


def event(number: int, *, sequence: bool = True) -> Event:
    return Event(
        id=f"event_{number:032x}",
        type="output.message.delta",
        ts="2026-11-23T10:00:00Z",
        session_id="session_" + "0" * 32,
        sequence=number if sequence else None,
    )


def test_an_event_at_or_below_the_highest_sequence_handed_out_is_a_repeat() -> None:
    seen = SeenEvents()
    assert [seen.is_new(event(n)) for n in (1, 2, 2, 1, 3, 5, 4, 6)] == [
        True,
        True,
        False,
        False,
        True,
        True,
        False,
        True,
    ]


def test_events_without_a_sequence_are_told_apart_by_id() -> None:
    seen = SeenEvents()
    assert [seen.is_new(event(n, sequence=False)) for n in (1, 2, 1, 3, 2)] == [True, True, False, True, False]


def test_the_first_event_of_a_session_is_new_whatever_its_sequence() -> None:
    assert SeenEvents().is_new(event(0))


def test_the_oldest_id_leaves_the_window_first_and_the_others_are_still_known() -> None:
    seen = SeenEvents()
    assert all(seen.is_new(event(number, sequence=False)) for number in range(RECENT_IDS + 1))
    assert not seen.is_new(event(1, sequence=False)), "the second oldest is still in the window"
    assert not seen.is_new(event(RECENT_IDS, sequence=False))
    assert seen.is_new(event(0, sequence=False)), "the oldest left the window when it was full"


def test_memory_does_not_grow_with_the_number_of_events() -> None:
    for sequence in (True, False):
        seen = SeenEvents()
        tracemalloc.start()
        try:
            for number in range(1, 5_001):  # fill whatever window there is
                seen.is_new(event(number, sequence=sequence))
            filled = tracemalloc.get_traced_memory()[0]
            for number in range(5_001, 205_001):
                seen.is_new(event(number, sequence=sequence))
            grown = tracemalloc.get_traced_memory()[0] - filled
        finally:
            tracemalloc.stop()
        assert grown < 16 * 1024, f"{grown} bytes more after 200,000 more events (sequence={sequence})"
