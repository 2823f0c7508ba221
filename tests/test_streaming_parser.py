"""The frame parser gives the same frames however the bytes are split, and never a
frame that the connection cut short."""

from __future__ import annotations

import contextlib
import json
from itertools import accumulate, pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from everruns._sse import CutFrameError, frames

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
