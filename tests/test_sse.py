"""The frame parser gives the same frames however the bytes are split, and never a
frame that the connection cut short."""

from __future__ import annotations

import contextlib
import json
import tracemalloc
from itertools import accumulate, pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from everruns._sse import (
    DEFAULT_MAX_FRAME_SIZE,
    CutFrameError,
    FrameParser,
    FrameTooLargeError,
    _last_frame_end,
    frames,
)

Parsed = tuple[str, "str | None", str, "str | None"]
# The examples are cheap but many; on a machine whose cores are busy, generating them can
# take longer than hypothesis's health check and deadline allow. Neither says anything about the parser.
PATIENT = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=30)


@st.composite
def streams(draw: st.DrawFn) -> list[tuple[bytes, Parsed | None]]:
    """An event stream as the API writes it, frame by frame (events, heartbeats,
    lifecycle frames, retry hints, multi-byte text), each with what it parses to."""
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    pieces: list[tuple[bytes, Parsed | None]] = []
    for number in range(draw(st.integers(min_value=0, max_value=12))):
        kind = draw(st.sampled_from(["event", "heartbeat", "connected", "disconnecting"]))
        if kind == "heartbeat":
            pieces.append((f": heartbeat{newline}{newline}".encode(), None))
            continue
        if kind == "event":
            event_type, event_id = "output.message.delta", f"event_{number:032x}"
            data = json.dumps({"id": event_id, "data": {"delta": draw(TEXT)}}, ensure_ascii=False)
        else:
            event_type, event_id, data = kind, None, json.dumps({"status": kind})
        retry = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=5000).map(str)))
        lines = [f"event: {event_type}"]
        lines += [f"id: {event_id}"] if event_id else []
        lines += [f"retry: {retry}"] if retry is not None else []
        lines.append(f"data: {data}")
        pieces.append(((newline.join(lines) + newline + newline).encode(), (event_type, event_id, data, retry)))
    return pieces


def split(payload: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({cut % (len(payload) + 1) for cut in cuts})
    bounds = [0, *points, len(payload)]
    return [payload[start:end] for start, end in pairwise(bounds)]


def parsed(chunks: list[bytes]) -> list[Parsed]:
    return [(frame.event, frame.id, frame.data, frame.retry) for frame in frames(chunks)]


@PATIENT
@given(streams(), st.lists(st.integers(min_value=0), max_size=40))
def test_any_chunking_of_a_stream_gives_the_same_frames(
    pieces: list[tuple[bytes, Parsed | None]], cuts: list[int]
) -> None:
    payload = b"".join(frame for frame, _ in pieces)
    expected = [result for _, result in pieces if result is not None]
    assert parsed([payload]) == expected
    assert parsed(split(payload, cuts)) == expected


@PATIENT
@given(streams(), st.integers(min_value=0), st.lists(st.integers(min_value=0), max_size=10))
def test_a_stream_cut_anywhere_gives_the_whole_frames_before_the_cut_then_fails_if_one_was_cut(
    pieces: list[tuple[bytes, Parsed | None]], cut: int, cuts: list[int]
) -> None:
    payload = b"".join(frame for frame, _ in pieces)
    cut %= len(payload) + 1
    ends = list(accumulate(len(frame) for frame, _ in pieces))
    expected = [result for (_, result), end in zip(pieces, ends, strict=True) if end <= cut and result is not None]
    found: list[Parsed] = []
    with pytest.raises(CutFrameError) if cut not in (0, *ends) else contextlib.nullcontext():
        found.extend((frame.event, frame.id, frame.data, frame.retry) for frame in frames(split(payload[:cut], cuts)))
    assert found == expected


def test_a_byte_stream_ending_mid_frame_raises_after_the_whole_frames() -> None:
    produced = frames([b'event: a\ndata: {"n":1}\n\n', b'event: b\ndata: {"n":'])
    assert next(produced).data == '{"n":1}'
    with pytest.raises(CutFrameError, match=r"^the connection ended in the middle of a frame$"):
        next(produced)


@pytest.mark.parametrize(
    ("chunks", "data"),
    [
        ([b"event: a\ndata: 1\n", b"\n"], "1"),
        ([b"event: a\r\ndata: 1\r\n\r", b"\n"], "1"),
        ([b"event: a\ndata: 1\n", b"\n", b""], "1"),
        ([b"event: a\ndata: ", b"12\n\n"], "12"),
        ([b"event: a\ndata: ", b"123\n\n"], "123"),
    ],
    ids=["one byte", "one byte of crlf", "then nothing", "four bytes", "five bytes"],
)
def test_a_frame_whose_end_comes_in_a_short_last_chunk_is_whole(chunks: list[bytes], data: str) -> None:
    assert [frame.data for frame in frames(chunks)] == [data]


def test_comments_and_frames_without_data_are_not_frames() -> None:
    assert parsed([b": heartbeat\n\n", b"retry: 100\n\n", b"event: x\ndata: 1\n\n"]) == [("x", None, "1", None)]


# --- bounded frames ------------------------------------------------------------------------


def frame_of(size: int, name: str = "a") -> bytes:
    """A frame of exactly ``size`` bytes, its blank line included."""
    head = f"event: {name}\ndata: ".encode()
    return head + b"x" * (size - len(head) - 2) + b"\n\n"


@pytest.mark.parametrize("pieces", [1, 2, 64], ids=["in one chunk", "in two", "in 64"])
def test_a_frame_of_the_maximum_size_is_whole_and_one_byte_more_is_too_large(pieces: int) -> None:
    def chunks(frame: bytes) -> list[bytes]:
        size = -(-len(frame) // pieces)
        return [frame[start : start + size] for start in range(0, len(frame), size)]

    assert [frame.event for frame in frames(chunks(frame_of(1000)), max_frame_size=1000)] == ["a"]
    with pytest.raises(FrameTooLargeError, match=r"^a frame is longer than the maximum frame size of 1000 bytes$"):
        list(frames(chunks(frame_of(1001)), max_frame_size=1000))


def test_a_frame_too_large_among_short_ones_in_one_chunk_is_found_after_the_ones_before_it() -> None:
    chunk = frame_of(300, "a") + frame_of(300, "b") + frame_of(1001, "c") + frame_of(300, "d")
    with pytest.raises(FrameTooLargeError) as raised:
        list(frames([chunk], max_frame_size=1000))
    assert raised.value.max_frame_size == 1000
    assert [frame.event for frame in frames([chunk], max_frame_size=1001)] == ["a", "b", "c", "d"]


def test_a_frame_that_never_ends_is_refused_once_the_held_bytes_pass_the_limit() -> None:
    parser = FrameParser(max_frame_size=1000)
    assert list(parser.feed(b"event: a\ndata: " + b"x" * 985)) == []  # 1000 bytes held
    with pytest.raises(FrameTooLargeError):
        parser.feed(b"x")


def test_a_chunk_that_opens_with_a_frame_end_measures_each_frame_after_it_on_its_own() -> None:
    parser = FrameParser(max_frame_size=len(b"data: 1\n\n"))
    chunk = b"\n\n" + b"data: 1\n\n" + b"data: 2\n\n"  # longer than the limit, no frame over it
    assert [frame.data for frame in parser.feed(chunk)] == ["1", "2"]


def test_a_frame_end_at_a_chunks_first_byte_is_not_held_as_part_of_the_next_frame() -> None:
    parser = FrameParser(max_frame_size=len(b"data: 1\n\n"))
    assert list(parser.feed(b"\n\ndata: 1\n")) == [], "the frame is one byte short of its end"
    assert [frame.data for frame in parser.feed(b"\n")] == ["1"]


def test_the_last_frame_end_is_looked_for_from_the_given_start_on() -> None:
    assert _last_frame_end(b"data: a\n\ndata: b", 9) == 0, "the end before the start is not seen"
    assert _last_frame_end(b"data: a\n\ndata: b\n\n", 9) == 18
    assert _last_frame_end(b"\n\ndata: b", 0) == 2, "an end at the very first byte counts"
    assert _last_frame_end(b"data: a\r\n\r\n", 0) == 11


def test_the_default_maximum_frame_size_is_one_mebibyte() -> None:
    assert FrameParser().max_frame_size == DEFAULT_MAX_FRAME_SIZE == 1024 * 1024


def test_a_frame_in_many_chunks_has_each_new_byte_searched_for_its_end_once(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[int] = []

    def last_frame_end(data: bytes | bytearray, start: int) -> int:
        searched.append(len(data) - start)
        return _last_frame_end(data, start)

    monkeypatch.setattr("everruns._sse._last_frame_end", last_frame_end)
    parser = FrameParser(max_frame_size=1 << 30)
    chunk = b"x" * 65536
    for _ in range(200):
        assert list(parser.feed(chunk)) == []
    assert [frame.data for frame in parser.feed(b"\n\n")] == []  # no data line: not a frame, but its end
    assert sum(searched) <= 200 * len(chunk) + 201 * 3 + 2, "held bytes were searched again"


def test_a_frame_in_many_chunks_is_held_once_not_copied_whole_at_each_chunk() -> None:
    parser = FrameParser(max_frame_size=1 << 30)
    chunk = b"data: " + b"x" * 65530
    total = 100 * len(chunk)
    tracemalloc.start()
    try:
        for _ in range(100):
            parser.feed(chunk)
        held_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert held_peak < 1.5 * total, f"{held_peak} bytes at the peak for {total} held"
    assert [len(frame.data) for frame in parser.feed(b"\n\n")] == [total - 6]
