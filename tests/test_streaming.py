"""The event stream against a scripted server: reconnects, resumes, timeouts, failures
and stopping, each checked on the wire (real sockets, real httpx)."""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import random
import threading
import time
import zlib
from collections.abc import Callable, Generator, Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scripted_server import (
    CONNECTED,
    HEARTBEAT,
    SESSION_ID,
    SILENT,
    Pause,
    Reply,
    Request,
    ScriptedServer,
    disconnecting,
    event_frame,
    event_payload,
    json_reply,
    sequence_after,
    sse_reply,
    wait_until,
)

from everruns import (
    AuthenticationError,
    Backoff,
    BadRequestError,
    Event,
    EventStream,
    Everruns,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    StreamError,
    TurnFailedError,
    ValidationError,
)
from everruns._flow import Connect, Connected, Read, Sleep
from everruns._sse import DEFAULT_MAX_FRAME_SIZE
from everruns._streaming import DeadlineReached, EventFeed, _json_value

FAST = Backoff(initial=0.001, maximum=0.005, jitter=0.0)
SSE = "/sse"


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Request], Reply]], ScriptedServer]]:
    """Start a scripted server with a given ``respond``; stopped after the test."""
    with contextlib.ExitStack() as servers:
        yield lambda respond: servers.enter_context(ScriptedServer(respond))


@pytest.fixture
def open_stream(make_client: Callable[..., Everruns]) -> Callable[..., EventStream]:
    """Open a stream of the test session on a server (fast backoff unless told), with
    each client in turn; its client is closed after the test."""

    def open_on(server: ScriptedServer, **options: object) -> EventStream:
        options.setdefault("backoff", FAST)
        client = make_client(api_key="dev", base_url=server.url)
        return client.events.stream(SESSION_ID, **options)  # type: ignore[arg-type]

    return open_on


@pytest.fixture
def open_blocking_stream() -> Iterator[Callable[..., EventStream]]:
    """:func:`open_stream` with the blocking client only: for what threads do to a stream
    (the asyncio client's tasks are tested in tests/test_async_client.py)."""
    with contextlib.ExitStack() as clients:

        def open_on(server: ScriptedServer, **options: object) -> EventStream:
            options.setdefault("backoff", FAST)
            client = clients.enter_context(Everruns(api_key="dev", base_url=server.url))
            return client.events.stream(SESSION_ID, **options)  # type: ignore[arg-type]

        yield open_on


def take(stream: EventStream, count: int) -> list[Event]:
    return list(itertools.islice(stream, count))


def sequences(events: list[Event]) -> list[int | None]:
    return [event.sequence for event in events]


def frames_after(request: Request, count: int, *, per_connection: int) -> list[bytes]:
    """The next ``per_connection`` events after the request's ``since_id`` (up to ``count``)."""
    after = sequence_after(request)
    last = min(after + per_connection, count)
    return [event_frame(event_payload(sequence)) for sequence in range(after + 1, last + 1)]


# --- what the stream hands out ---------------------------------------------------------


def test_events_arrive_in_order_as_everruns_events_without_the_lifecycle_frames(serve, open_stream) -> None:
    odd = event_payload(2, "hologram.projected", {"angle": 42, "nested": {"a": [1]}})
    server = serve(lambda _: sse_reply(CONNECTED, event_frame(event_payload(1)), event_frame(odd), then="hang"))
    with open_stream(server) as stream:
        first, second = take(stream, 2)
    assert isinstance(first, Event)
    assert (first.type, first.sequence, first.data["delta"]) == ("output.message.delta", 1, "w1 ")
    assert second.to_dict() == odd, "an unknown type passes through untouched"
    assert stream.last_event_id == odd["id"]


def test_a_compressed_stream_is_read_decompressed_and_a_plain_one_as_it_came(serve, open_stream) -> None:
    frames = [CONNECTED, *(event_frame(event_payload(sequence)) for sequence in range(1, 4))]
    compressor = zlib.compressobj(wbits=31)  # gzip, each frame flushed as it is written
    gzipped = [compressor.compress(frame) + compressor.flush(zlib.Z_SYNC_FLUSH) for frame in frames]
    for encoding, pieces in (("gzip", gzipped), (None, frames)):
        headers = {"Content-Type": "text/event-stream", **({"Content-Encoding": encoding} if encoding else {})}
        server = serve(lambda _, headers=headers, pieces=pieces: Reply(200, headers, pieces, "close"))
        with open_stream(server, max_retries=0) as stream:
            assert sequences(take(stream, 3)) == [1, 2, 3], encoding


def test_the_first_connection_resumes_from_the_given_since_id(serve, open_stream) -> None:
    server = serve(lambda request: sse_reply(CONNECTED, *frames_after(request, 10, per_connection=10), then="hang"))
    with open_stream(server, since_id=event_payload(4)["id"]) as stream:
        assert sequences(take(stream, 2)) == [5, 6]
    assert server.requests_to(SSE)[0].query["since_id"] == [event_payload(4)["id"]]


def test_types_and_exclude_are_repeated_keys_with_each_value_encoded(serve, open_stream) -> None:
    server = serve(lambda _: sse_reply(CONNECTED, event_frame(event_payload(1)), then="hang"))
    with open_stream(server, types=["turn.completed", "odd type&x=y"], exclude=["a/b", "c"]) as stream:
        take(stream, 1)
    (request,) = server.requests_to(SSE)
    assert request.raw_query == "types=turn.completed&types=odd+type%26x%3Dy&exclude=a%2Fb&exclude=c"
    assert request.headers["accept"] == "text/event-stream"


def test_more_than_25_types_or_excludes_are_refused_before_sending(serve, open_stream) -> None:
    server = serve(lambda _: SILENT)
    many = [f"type.{n}" for n in range(26)]
    with pytest.raises(ValidationError, match="at most 25"):
        open_stream(server, types=many)
    with pytest.raises(ValidationError, match="at most 25"):
        open_stream(server, exclude=many)
    with Everruns(api_key="dev", base_url=server.url) as client, pytest.raises(ValidationError, match="session_id"):
        client.events.stream("session_nope")
    assert server.requests == []


# --- the server cycling connections ------------------------------------------------------


def test_a_graceful_disconnect_reconnects_without_spending_the_retry_budget(serve, open_stream) -> None:
    def respond(request: Request) -> Reply:
        return sse_reply(CONNECTED, *frames_after(request, 6, per_connection=2), disconnecting(0), then="close")

    server = serve(respond)
    with open_stream(server, max_retries=0) as stream:
        assert sequences(take(stream, 6)) == [1, 2, 3, 4, 5, 6]
        assert stream.retry_count == 0
    since = [request.query.get("since_id") for request in server.requests_to(SSE)]
    assert since[:3] == [None, [event_payload(2)["id"]], [event_payload(4)["id"]]]


def test_many_graceful_cycles_in_a_row_keep_the_budget_and_every_event(serve, open_stream) -> None:
    def respond(request: Request) -> Reply:
        return sse_reply(CONNECTED, *frames_after(request, 200, per_connection=1), disconnecting(0), then="close")

    server = serve(respond)
    with open_stream(server, max_retries=0) as stream:
        assert sequences(take(stream, 200)) == list(range(1, 201))
    assert len(server.requests_to(SSE)) >= 200


def test_the_wait_after_disconnecting_is_the_retry_ms_the_server_asked_for(serve, open_stream) -> None:
    server = serve(
        lambda request: sse_reply(
            CONNECTED, *frames_after(request, 2, per_connection=1), disconnecting(retry_ms=300), then="close"
        )
    )
    with open_stream(server, backoff=Backoff(initial=5.0, jitter=0.0)) as stream:
        take(stream, 2)
    (gap,) = server.gaps(SSE)[:1]
    assert 0.3 <= gap < 1.5, "the server's retry_ms, not the failure backoff"


@pytest.mark.parametrize(
    "data",
    [
        b'{"reason": "connection_cycle"}',
        b'{"retry_ms": null}',
        b'{"retry_ms": "5"}',
        b'{"retry_ms": true}',
        b'{"retry_ms": -5}',
        b"[5]",
        b"bye",
    ],
    ids=["no retry_ms", "null", "text", "bool", "negative", "not an object", "not json"],
)
def test_a_disconnecting_frame_without_a_usable_retry_ms_waits_the_last_retry_hint(
    serve, open_stream, data: bytes
) -> None:
    def respond(request: Request) -> Reply:
        after = sequence_after(request)
        event = event_frame(event_payload(after + 1), retry=200)
        return sse_reply(CONNECTED, event, b"event: disconnecting\ndata: " + data + b"\n\n", then="close")

    server = serve(respond)
    with open_stream(server, max_retries=0, backoff=Backoff(initial=5.0, jitter=0.0)) as stream:
        assert sequences(take(stream, 2)) == [1, 2]
        assert stream.retry_count == 0
    assert server.gaps(SSE)[0] >= 0.2


def test_the_retry_ms_of_a_disconnecting_frame_wins_over_a_longer_retry_hint(serve, open_stream) -> None:
    def respond(request: Request) -> Reply:
        after = sequence_after(request)
        event = event_frame(event_payload(after + 1), retry=5000)
        return sse_reply(CONNECTED, event, disconnecting(retry_ms=0), then="close")

    server = serve(respond)
    with open_stream(server, max_retries=0) as stream:
        assert sequences(take(stream, 2)) == [1, 2]
    assert server.gaps(SSE)[0] < 2.0, "the server asked to come back at once"


def test_the_connection_pool_is_reused_across_reconnects(serve, open_stream) -> None:
    def respond(request: Request) -> Reply:  # ends each body cleanly and keeps the connection open
        return sse_reply(CONNECTED, *frames_after(request, 20, per_connection=1), disconnecting(0), then="end")

    server = serve(respond)
    with open_stream(server) as stream:
        take(stream, 20)
    assert len(server.requests_to(SSE)) >= 20
    assert server.connections == 1, "every reconnect went over the one pooled TCP connection"


# --- unexpected drops ----------------------------------------------------------------------


def test_an_abrupt_drop_mid_frame_loses_nothing_and_repeats_nothing(serve, open_stream) -> None:
    def respond(request: Request) -> Reply:
        after = sequence_after(request)
        if after == 0:
            half = event_frame(event_payload(3))[:40]
            return sse_reply(CONNECTED, event_frame(event_payload(1)), event_frame(event_payload(2)), half)
        return sse_reply(CONNECTED, *frames_after(request, 5, per_connection=5), then="hang")

    server = serve(respond)
    with open_stream(server) as stream:
        assert sequences(take(stream, 5)) == [1, 2, 3, 4, 5]
        assert stream.retry_count == 0, "the next connection reset the count"
    assert server.requests_to(SSE)[1].query["since_id"] == [event_payload(2)["id"]]


def test_events_sent_again_after_a_reconnect_are_not_handed_out_twice(serve, open_stream) -> None:
    def respond(request: Request) -> Reply:
        after = sequence_after(request)
        replay = [event_frame(event_payload(sequence)) for sequence in range(max(after - 3, 1), after + 1)]
        return sse_reply(CONNECTED, *replay, *frames_after(request, 12, per_connection=3))

    server = serve(respond)
    with open_stream(server) as stream:
        assert sequences(take(stream, 12)) == list(range(1, 13))


def test_a_hundred_random_drops_over_5000_events_hand_out_each_event_once_in_order(serve, open_stream) -> None:
    total = 5000
    rng = random.Random(20261123)
    drops = sorted(rng.sample(range(1, total), 100))
    frames = [event_frame(event_payload(sequence), retry=1) for sequence in range(1, total + 1)]
    connection_numbers = itertools.count()

    def respond(request: Request) -> Reply:
        number = next(connection_numbers)
        after = sequence_after(request)
        if number >= len(drops):
            return sse_reply(CONNECTED, b"".join(frames[after:]), then="hang")
        start = max(after - rng.randint(0, 3), 0)  # sometimes repeats events already handed out
        end = drops[number]
        cut = frames[end][: rng.randint(1, len(frames[end]) - 1)] if rng.random() < 0.5 else b""
        return sse_reply(CONNECTED, b"".join(frames[start:end]) + cut)

    server = serve(respond)
    with open_stream(server) as stream:
        events = take(stream, total)
    assert sequences(events) == list(range(1, total + 1))
    assert len(server.requests_to(SSE)) == len(drops) + 1


def test_frames_split_at_every_byte_boundary_across_writes_arrive_whole(serve, open_stream) -> None:
    payloads = [event_payload(sequence) for sequence in range(1, 400)]
    pieces: list[bytes] = [CONNECTED]
    for position, payload in enumerate(payloads):
        frame = event_frame(payload, retry=5)
        split = position % len(frame) or 1
        pieces += [frame[:split], frame[split:]]
    server = serve(lambda _: sse_reply(*pieces, then="hang"))
    with open_stream(server) as stream:
        events = take(stream, len(payloads))
    assert [event.to_dict() for event in events] == payloads
    assert len(server.requests_to(SSE)) == 1


def test_a_frame_that_is_not_an_event_is_skipped_with_a_warning(
    serve, open_stream, caplog: pytest.LogCaptureFixture
) -> None:
    broken = b"event: output.message.delta\ndata: {not json\n\n"
    server = serve(lambda _: sse_reply(CONNECTED, broken, event_frame(event_payload(1)), then="hang"))
    with caplog.at_level(logging.WARNING, logger="everruns"), open_stream(server) as stream:
        assert sequences(take(stream, 1)) == [1]
    assert any("not an event" in record.getMessage() for record in caplog.records)


def test_the_events_after_a_lifecycle_or_skipped_frame_in_the_same_read_still_arrive(serve, open_stream) -> None:
    broken = b"event: output.message.delta\ndata: {not json\n\n"
    one_write = CONNECTED + broken + event_frame(event_payload(1)) + event_frame(event_payload(2))
    server = serve(lambda _: sse_reply(one_write, then="close"))
    with open_stream(server, max_retries=0) as stream:
        assert sequences(take(stream, 2)) == [1, 2]


def test_a_stream_the_server_ends_without_disconnecting_counts_as_a_failure(serve, open_stream) -> None:
    server = serve(lambda _: sse_reply(then="close"))
    with open_stream(server, max_retries=2) as stream, pytest.raises(StreamError) as raised:
        next(stream)
    assert "without announcing" in str(raised.value.__cause__)


# --- bounded frames ---------------------------------------------------------------------------


def frame_of_size(size: int, sequence: int = 1) -> bytes:
    """An event frame of exactly ``size`` bytes, its blank line included (the delta padded)."""
    bare = event_frame(event_payload(sequence, data={"delta": ""}))
    return event_frame(event_payload(sequence, data={"delta": "x" * (size - len(bare))}))


def test_a_frame_that_never_ends_fails_the_stream_at_the_limit_and_is_not_read_again(serve, open_stream) -> None:
    server = serve(lambda _: sse_reply(CONNECTED, b"event: output.message.delta\ndata: ", *[b"x" * 65536] * 200))
    with open_stream(server) as stream, pytest.raises(StreamError) as raised:
        next(stream)
    assert str(raised.value) == (
        f"event stream of {SESSION_ID}: a frame is longer than the maximum frame size of 1048576 bytes (the"
        " client's max_frame_size); not reconnecting, since the server would send the same frame again"
    )
    assert len(server.requests_to(SSE)) == 1


@pytest.mark.parametrize("pieces", [1, 7], ids=["in one write", "in seven writes"])
def test_a_frame_of_the_clients_max_frame_size_arrives_and_one_byte_more_fails(serve, make_client, pieces: int) -> None:
    def split(frame: bytes) -> list[bytes]:
        size = -(-len(frame) // pieces)
        return [frame[start : start + size] for start in range(0, len(frame), size)]

    fits, too_long = frame_of_size(4000, sequence=1), frame_of_size(4001, sequence=2)
    server = serve(lambda _: sse_reply(CONNECTED, *split(fits), *split(too_long), then="hang"))
    client = make_client(api_key="dev", base_url=server.url, max_frame_size=4000)
    with client.events.stream(SESSION_ID) as stream:
        assert sequences(take(stream, 1)) == [1]
        with pytest.raises(StreamError, match="maximum frame size of 4000 bytes"):
            next(stream)


def test_derived_clients_read_frames_to_the_same_limit(serve, make_client) -> None:
    server = serve(lambda _: sse_reply(CONNECTED, frame_of_size(4001), then="hang"))
    client = make_client(api_key="dev", base_url=server.url, max_frame_size=4000)
    derived = [client.with_options(timeout=5.0), client.with_reason("audit"), client.with_options(max_retries=0)]
    assert [each.max_frame_size for each in derived] == [4000, 4000, 4000]
    for each in derived:
        with each.events.stream(SESSION_ID) as stream, pytest.raises(StreamError, match="of 4000 bytes"):
            next(stream)
    assert client.with_options(max_frame_size=5000).max_frame_size == 5000
    assert client.max_frame_size == 4000


@pytest.mark.parametrize("size", [0, -1, 1.5, True, "1024", None])
def test_a_max_frame_size_that_is_not_a_positive_whole_number_of_bytes_is_refused(make_client, size: object) -> None:
    with pytest.raises(ValidationError, match="max_frame_size must be a number of bytes, at least 1"):
        make_client(api_key="dev", base_url="http://127.0.0.1:9", max_frame_size=size)
    client = make_client(api_key="dev", base_url="http://127.0.0.1:9")
    with pytest.raises(ValidationError, match="max_frame_size"):
        client.with_options(max_frame_size=size if size is not None else 0)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
AROUND = st.sampled_from(["", " ", "\t", " \n ", "x", "}", ",1", "\ufeff"])


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(JSON_VALUES, AROUND, AROUND)
def test_event_data_reads_as_json_loads_reads_it_whitespace_and_errors_alike(
    value: object, before: str, after: str
) -> None:
    text = before + json.dumps(value) + after

    def outcome(read: Callable[[str], object]) -> object:
        try:
            return read(text)
        except ValueError as error:
            return type(error), str(error)

    assert outcome(_json_value) == outcome(json.loads)


# --- timeouts ---------------------------------------------------------------------------


def test_a_half_open_connection_is_replaced_within_the_idle_timeout(serve, open_stream) -> None:
    replies = iter([SILENT, sse_reply(CONNECTED, event_frame(event_payload(1)), then="hang")])
    server = serve(lambda _: next(replies))
    started = time.monotonic()
    with open_stream(server, idle_timeout=0.3, read_timeout=30.0) as stream:
        assert sequences(take(stream, 1)) == [1]
    assert time.monotonic() - started < 1.5
    assert 0.25 <= server.gaps(SSE)[0] < 1.0


def test_a_connection_bringing_only_heartbeats_is_replaced_after_the_idle_timeout(serve, open_stream) -> None:
    heartbeats = [piece for _ in range(100) for piece in (HEARTBEAT, Pause(0.02))]
    replies = iter(
        [sse_reply(CONNECTED, *heartbeats), sse_reply(CONNECTED, event_frame(event_payload(1)), then="hang")]
    )
    server = serve(lambda _: next(replies))
    with open_stream(server, idle_timeout=0.3, read_timeout=30.0) as stream:
        assert sequences(take(stream, 1)) == [1]
    assert 0.3 <= server.gaps(SSE)[0] < 1.0, "heartbeats kept the socket alive, but no event came"


def test_the_idle_timeout_counts_waiting_for_the_server_not_the_callers_own_time(serve, open_stream) -> None:
    # Each event is its own chunk, so every next() reads from the connection again; the
    # caller spends longer than the idle timeout on each event before asking for the next.
    pieces = [piece for sequence in range(1, 5) for piece in (event_frame(event_payload(sequence)), Pause(0.05))]
    server = serve(lambda _: sse_reply(CONNECTED, *pieces, then="hang"))
    handed_out = []
    with open_stream(server, idle_timeout=0.3, read_timeout=30.0) as stream:
        for event in stream:
            handed_out.append(event.sequence)
            if len(handed_out) == 4:
                break
            time.sleep(0.6)  # a slow consumer: twice the idle timeout per event
    assert handed_out == [1, 2, 3, 4]
    assert len(server.requests_to(SSE)) == 1, "the caller's own time was taken for a quiet connection"


@pytest.mark.parametrize("option", ["idle_timeout", "read_timeout"])
@pytest.mark.parametrize("seconds", [0, 0.0, -1, -0.5, float("nan"), True, "5"])
def test_a_timeout_of_zero_or_below_or_not_a_number_is_refused_before_sending(
    serve, open_stream, option: str, seconds: object
) -> None:
    server = serve(lambda _: SILENT)
    with pytest.raises(ValidationError, match=option):
        open_stream(server, **{option: seconds})
    assert server.requests == []


# --- failures -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, BadRequestError), (401, AuthenticationError), (403, PermissionDeniedError), (404, NotFoundError)],
)
def test_errors_no_retry_can_cure_fail_at_once(serve, open_stream, status: int, error: type[Exception]) -> None:
    server = serve(lambda _: json_reply(status, {"title": "no", "status": status, "code": "session_not_found"}))
    with open_stream(server) as stream, pytest.raises(error):
        next(stream)
    assert len(server.requests_to(SSE)) == 1


@pytest.mark.parametrize("status", [408, 504])
def test_a_timeout_status_on_connect_is_retried_like_a_drop(serve, open_stream, status: int) -> None:
    replies = iter(
        [
            json_reply(status, {"title": "timed out", "status": status}),
            sse_reply(CONNECTED, event_frame(event_payload(1)), then="hang"),
        ]
    )
    server = serve(lambda _: next(replies))
    with open_stream(server, max_retries=1) as stream:
        assert sequences(take(stream, 1)) == [1]
        assert stream.retry_count == 0
    assert len(server.requests_to(SSE)) == 2


def test_a_connected_frame_ends_the_failures_in_a_row(serve, open_stream) -> None:
    replies = iter(
        [
            json_reply(503, {"title": "busy", "status": 503}),
            sse_reply(CONNECTED, then="close"),  # got through, then ended unannounced: a failure again
            sse_reply(CONNECTED, event_frame(event_payload(1)), then="hang"),
        ]
    )
    server = serve(lambda _: next(replies))
    with open_stream(server, max_retries=1) as stream:
        assert stream.retry_count == 0
        assert sequences(take(stream, 1)) == [1], "each failure came right after a connection got through"
    assert len(server.requests_to(SSE)) == 3


def test_max_retries_counts_failures_in_a_row_and_an_event_starts_the_count_again(serve, open_stream) -> None:
    # No connection ever sends ``connected``: only the events can show the stream got through.
    busy = json_reply(503, {"title": "busy", "status": 503})

    def respond(request: Request) -> Reply:
        after = sequence_after(request)
        attempts = len(server.requests_to(SSE))
        if attempts % 2:  # odd attempts fail before any event...
            return busy
        return sse_reply(event_frame(event_payload(after + 1)))  # ...even ones bring one event, then drop

    server = serve(respond)
    with open_stream(server, max_retries=2) as stream:
        assert sequences(take(stream, 5)) == [1, 2, 3, 4, 5]
    with open_stream(server, max_retries=1, since_id=event_payload(5)["id"]) as stream:
        assert next(stream).sequence == 6
        with pytest.raises(StreamError, match="gave up after 1 retries"):
            next(stream)  # the drop after event 6, then a 503: two failures in a row


def test_rate_limits_and_server_errors_back_off_then_succeed(serve, open_stream) -> None:
    replies = iter(
        [
            json_reply(429, {"title": "slow down", "status": 429}, {"Retry-After": "0.3"}),
            json_reply(503, {"title": "busy", "status": 503}),
            json_reply(500, {"title": "oops", "status": 500}),
            sse_reply(CONNECTED, event_frame(event_payload(1)), then="hang"),
        ]
    )
    server = serve(lambda _: next(replies))
    with open_stream(server, max_retries=3) as stream:
        assert sequences(take(stream, 1)) == [1]
        assert stream.retry_count == 0
    gaps = server.gaps(SSE)
    assert len(gaps) == 3
    assert gaps[0] >= 0.3, "Retry-After is honoured"


def test_backoff_doubles_between_failed_attempts(serve, open_stream) -> None:
    server = serve(lambda _: json_reply(503, {"title": "busy", "status": 503}))
    backoff = Backoff(initial=0.05, maximum=1.0, jitter=0.0)
    with open_stream(server, max_retries=3, backoff=backoff) as stream, pytest.raises(StreamError):
        next(stream)
    gaps = server.gaps(SSE)
    assert len(gaps) == 3
    for gap, planned in zip(gaps, (0.05, 0.1, 0.2), strict=True):
        assert planned <= gap < planned + 0.08


def test_exhausted_retries_raise_stream_error_caused_by_the_last_failure(serve, open_stream) -> None:
    server = serve(lambda _: json_reply(502, {"title": "bad gateway", "status": 502}))
    with open_stream(server, max_retries=2) as stream, pytest.raises(StreamError) as raised:
        next(stream)
    assert isinstance(raised.value.__cause__, ServerError)
    assert raised.value.__cause__.status_code == 502
    assert len(server.requests_to(SSE)) == 3, "the first attempt and two retries"


def test_exhausted_retries_after_drops_name_the_network_failure(serve, open_stream) -> None:
    server = serve(lambda _: sse_reply(b"event: x"))  # cut before the first frame ends
    with open_stream(server, max_retries=1) as stream, pytest.raises(StreamError) as raised:
        next(stream)
    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)


@pytest.mark.parametrize(
    ("reply", "cause"),
    [
        (sse_reply(then="close"), "ConnectionLostError: the server ended the stream without announcing it"),
        (sse_reply(b"event: x\ndata: {", then="close"), "CutFrameError: the connection ended in the middle of a frame"),
    ],
    ids=["unannounced end", "end inside a frame"],
)
def test_giving_up_says_how_many_retries_and_the_last_failure(serve, open_stream, reply: Reply, cause: str) -> None:
    server = serve(lambda _: reply)
    with open_stream(server, max_retries=1) as stream, pytest.raises(StreamError) as raised:
        next(stream)
    assert str(raised.value) == f"event stream of {SESSION_ID}: gave up after 1 retries: {cause}"
    assert f"{type(raised.value.__cause__).__name__}: {raised.value.__cause__}" == cause


def test_a_retry_hint_is_the_least_wait_before_reconnecting(serve, open_stream) -> None:
    def respond(request: Request) -> Reply:
        after = sequence_after(request)
        return sse_reply(CONNECTED, event_frame(event_payload(after + 1), retry=300))

    server = serve(respond)
    with open_stream(server) as stream:
        take(stream, 2)
    assert server.gaps(SSE)[0] >= 0.3


def test_reconnects_are_logged_at_info_with_the_reason(serve, open_stream, caplog: pytest.LogCaptureFixture) -> None:
    replies = iter(
        [
            sse_reply(CONNECTED, event_frame(event_payload(1)), disconnecting(0), then="close"),
            json_reply(503, {"title": "busy", "status": 503}),
            sse_reply(CONNECTED, event_frame(event_payload(2)), then="hang"),
        ]
    )
    server = serve(lambda _: next(replies))
    with caplog.at_level(logging.DEBUG, logger="everruns"), open_stream(server) as stream:
        take(stream, 2)
    info = [record.getMessage() for record in caplog.records if record.levelno == logging.INFO]
    debug = [record.getMessage() for record in caplog.records if record.levelno == logging.DEBUG]
    assert any("reconnecting" in line and "cycling" in line for line in info)
    assert any("reconnecting" in line and "503" in line for line in info)
    assert sum("connected" in line and "reconnecting" not in line for line in debug) == 2
    assert sum("the server is closing" in line for line in debug) == 1


def hinted(payload: dict[str, object], retry: str) -> bytes:
    """An event frame with a ``retry:`` line of any text."""
    return f"event: {payload['type']}\nid: {payload['id']}\nretry: {retry}\ndata: {json.dumps(payload)}\n\n".encode()


def test_reconnects_lifecycle_frames_and_odd_frames_are_logged_word_for_word(
    serve, open_stream, caplog: pytest.LogCaptureFixture
) -> None:
    replies = iter(
        [
            sse_reply(CONNECTED, event_frame(event_payload(1)), disconnecting(0), then="close"),
            json_reply(503, {"title": "busy", "status": 503}),
            sse_reply(
                CONNECTED,
                hinted(event_payload(2), ""),
                hinted(event_payload(3), "soon"),
                hinted(event_payload(4), "soon"),
                b"event: output.message.delta\ndata: {not json\n\n",
                event_frame(event_payload(5)),
                then="hang",
            ),
        ]
    )
    server = serve(lambda _: next(replies))
    with caplog.at_level(logging.DEBUG, logger="everruns"), open_stream(server, max_retries=3) as stream:
        assert sequences(take(stream, 5)) == [1, 2, 3, 4, 5]
    lines = [record.getMessage() for record in caplog.records if record.name == "everruns"]
    reconnects = [line for line in lines if "reconnecting" in line]
    assert len(reconnects) == 2
    assert reconnects[0] == f"event stream of {SESSION_ID}: reconnecting in 0.00s: the server is cycling the connection"
    assert reconnects[1].startswith(f"event stream of {SESSION_ID}: reconnecting in 0.00s: ServerError: ")
    assert reconnects[1].endswith(" (retry 1 of 3)")
    assert lines.count(f"event stream of {SESSION_ID}: connected") == 2
    assert lines.count(f"event stream of {SESSION_ID}: the server is closing, back in 0.00s") == 1
    assert lines.count(f"event stream of {SESSION_ID}: ignoring retry hint ''") == 1
    assert lines.count(f"event stream of {SESSION_ID}: ignoring retry hint 'soon'") == 1, "each new hint once"
    (skipped,) = [line for line in lines if "not an event" in line]
    assert skipped.startswith("event stream: skipping a frame that is not an event (JSONDecodeError: ")
    assert skipped.endswith("): {not json")


def test_a_reconnect_without_a_retry_limit_is_logged_with_its_number_alone(
    serve, open_stream, caplog: pytest.LogCaptureFixture
) -> None:
    replies = iter(
        [json_reply(503, {"title": "busy", "status": 503}), sse_reply(CONNECTED, event_frame(event_payload(1)))]
    )
    server = serve(lambda _: next(replies))
    with caplog.at_level(logging.INFO, logger="everruns"), open_stream(server) as stream:
        assert sequences(take(stream, 1)) == [1]
    (line,) = [record.getMessage() for record in caplog.records if "reconnecting" in record.getMessage()]
    assert line.startswith(f"event stream of {SESSION_ID}: reconnecting in 0.00s: ServerError: ")
    assert line.endswith(" (retry 1)")


# --- the feed's decisions, step by step (no I/O: the steps a client would carry out) --------


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The feed's clock, set by the test: ``clock[0]`` is now."""
    now = [100.0]
    monkeypatch.setattr("everruns._streaming._clock", lambda: now[0])
    return now


def feed_of(**options: object) -> EventFeed:
    options.setdefault("idle_timeout", 30.0)
    return EventFeed(SESSION_ID, read_timeout=30.0, **options)  # type: ignore[arg-type]


def connected(feed: EventFeed) -> Generator[object, object, None]:
    """The feed's flow, past its first connection, at its first read."""
    flow = feed.events()
    assert isinstance(next(flow), Connect)
    assert isinstance(flow.send(Connected(object(), DEFAULT_MAX_FRAME_SIZE)), Read)
    return flow


def test_the_pause_after_disconnecting_is_retry_ms_in_seconds_exactly() -> None:
    flow = connected(feed_of())
    assert isinstance(flow.send(disconnecting(retry_ms=250)), Read)
    pause = flow.send(b"")
    assert isinstance(pause, Sleep)
    assert pause.stoppable
    assert pause.seconds == 0.25


@pytest.mark.parametrize(("retry", "seconds"), [(300, 0.3), (0, 0.0), (-5, 0.0)])
def test_without_retry_ms_the_pause_after_disconnecting_is_the_retry_hint_in_seconds(
    retry: int, seconds: float
) -> None:
    flow = connected(feed_of())
    assert isinstance(flow.send(event_frame(event_payload(1), retry=retry)), Event)
    assert isinstance(flow.send(None), Read)
    assert isinstance(flow.send(b'event: disconnecting\ndata: {"reason": "connection_cycle"}\n\n'), Read)
    pause = flow.send(b"")
    assert isinstance(pause, Sleep)
    assert pause.stoppable
    assert pause.seconds == seconds


def test_the_feed_ends_when_its_deadline_is_reached_to_the_instant(clock: list[float]) -> None:
    feed = feed_of()
    feed.deadline = clock[0] + 0.001
    assert isinstance(next(feed.events()), Connect)
    feed.deadline = clock[0]
    with pytest.raises(DeadlineReached):
        next(feed.events())


def test_a_connection_without_events_for_the_idle_timeout_is_replaced_after_the_retry_hint(
    clock: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    flow = connected(feed_of(idle_timeout=0.5))
    assert isinstance(flow.send(event_frame(event_payload(1), retry=200)), Event)
    assert isinstance(flow.send(None), Read)
    clock[0] += 0.5  # exactly the idle timeout, waiting for the next bytes
    with caplog.at_level(logging.INFO, logger="everruns"):
        pause = flow.send(HEARTBEAT)
    assert isinstance(pause, Sleep)
    assert pause.stoppable
    assert pause.seconds == 0.2
    assert isinstance(flow.send(False), Connect)
    assert [record.getMessage() for record in caplog.records] == [
        f"event stream of {SESSION_ID}: reconnecting in 0.20s: no event for 0.5s, replacing the connection"
    ]


def test_a_pause_never_outlasts_the_deadline(clock: list[float]) -> None:
    feed = feed_of(backoff=Backoff(initial=1.0, jitter=0.0))
    feed.deadline = clock[0] + 0.25
    flow = feed.events()
    assert isinstance(next(flow), Connect)
    pause = flow.throw(httpx.ConnectError("refused"))
    assert isinstance(pause, Sleep)
    assert pause.stoppable
    assert pause.seconds == 0.25, "the backoff asks for 1 s"
    assert isinstance(flow.send(False), Connect)
    clock[0] += 1.0
    pause = flow.throw(httpx.ConnectError("refused"))
    assert isinstance(pause, Sleep)
    assert pause.stoppable
    assert pause.seconds == 0.0, "the deadline has passed"
    with pytest.raises(DeadlineReached):
        flow.send(False)


# --- stopping ------------------------------------------------------------------------------


def stop_soon(stream: EventStream, after: float = 0.2) -> threading.Timer:
    timer = threading.Timer(after, stream.stop)
    timer.start()
    return timer


def test_stop_from_another_thread_wakes_a_blocked_read_at_once(serve, open_stream) -> None:
    server = serve(lambda _: sse_reply(CONNECTED, event_frame(event_payload(1)), then="hang"))
    with open_stream(server, idle_timeout=30.0) as stream:
        assert sequences(take(stream, 1)) == [1]
        stop_soon(stream)
        started = time.monotonic()
        assert list(stream) == []
        assert time.monotonic() - started < 1.0
    assert len(server.requests_to(SSE)) == 1, "no reconnect after stop"


def test_stop_wakes_a_read_on_a_connection_the_stream_reused(serve, open_stream) -> None:
    replies = iter(
        [
            json_reply(503, {"title": "busy", "status": 503}),  # the connection is kept, and reused
            sse_reply(CONNECTED, event_frame(event_payload(1)), then="hang"),
        ]
    )
    server = serve(lambda _: next(replies))
    with open_stream(server, idle_timeout=30.0) as stream:
        assert sequences(take(stream, 1)) == [1]
        stop_soon(stream)
        started = time.monotonic()
        assert list(stream) == []
        assert time.monotonic() - started < 3.0, "stop() woke the read at once, not after the read timeout"
    assert server.connections == 1, "the second request went over the first one's connection"


def test_stop_wakes_a_wait_for_the_response_headers(serve, open_stream) -> None:
    server = serve(lambda _: SILENT)
    with open_stream(server, idle_timeout=30.0) as stream:
        stop_soon(stream)
        started = time.monotonic()
        assert list(stream) == []
        assert time.monotonic() - started < 1.0
    assert len(server.requests_to(SSE)) == 1


def test_stop_cuts_a_backoff_wait_short(serve, open_stream) -> None:
    server = serve(lambda _: json_reply(503, {"title": "busy", "status": 503}))
    with open_stream(server, backoff=Backoff(initial=30.0)) as stream:
        stop_soon(stream)
        started = time.monotonic()
        assert list(stream) == []
        assert time.monotonic() - started < 1.0


def test_stop_inside_the_loop_ends_it_before_the_next_event(serve, open_stream) -> None:
    frames = b"".join(event_frame(event_payload(sequence)) for sequence in range(1, 6))
    server = serve(lambda _: sse_reply(CONNECTED, frames, then="hang"))
    seen = []
    with open_stream(server) as stream:
        for event in stream:
            seen.append(event.sequence)
            stream.stop()
    assert seen == [1]


def test_close_releases_the_connection_and_ends_iteration(serve, open_stream) -> None:
    server = serve(lambda _: sse_reply(CONNECTED, event_frame(event_payload(1)), then="hold"))
    stream = open_stream(server)
    take(stream, 1)
    assert server.hangups == []
    stream.close()
    assert wait_until(lambda: len(server.hangups) == 1, timeout=5.0), "the server still holds the connection"
    assert list(stream) == []
    assert len(server.requests_to(SSE)) == 1


def test_close_from_a_thread_that_is_not_iterating_ends_the_iteration_and_releases_the_connection(
    serve, open_blocking_stream
) -> None:
    server = serve(lambda _: sse_reply(CONNECTED, event_frame(event_payload(1)), then="hold"))
    stream = open_blocking_stream(server, idle_timeout=30.0)
    assert sequences(take(stream, 1)) == [1]
    outcome: list[object] = []

    def iterate() -> None:
        try:
            outcome.append(list(stream))
        except BaseException as error:
            outcome.append(error)

    reader = threading.Thread(target=iterate)
    reader.start()
    assert wait_until(reader.is_alive, timeout=5.0)
    time.sleep(0.1)  # let the reader block on the socket (closing earlier is fine too)
    stream.close()
    reader.join(timeout=5.0)
    assert not reader.is_alive(), "the iterating thread is still blocked"
    assert outcome == [[]]
    assert wait_until(lambda: len(server.hangups) == 1, timeout=5.0), "the server still holds the connection"
    assert len(server.requests_to(SSE)) == 1, "no reconnect after close"


def test_a_stream_ended_by_an_error_lets_go_of_its_connections_before_close(serve, open_blocking_stream) -> None:
    replies = iter(
        [
            sse_reply(CONNECTED, event_frame(event_payload(1)), disconnecting(0), then="end"),  # kept for reuse
            json_reply(404, {"title": "gone", "status": 404, "code": "session_not_found"}),
        ]
    )
    server = serve(lambda _: next(replies))
    stream = open_blocking_stream(server)
    assert sequences(take(stream, 1)) == [1]
    with pytest.raises(NotFoundError):
        next(stream)
    assert server.connections == 1
    assert wait_until(lambda: server.closed_by_client == [1], timeout=5.0), "the pooled connection is still open"
    stream.close()


# --- following turns -------------------------------------------------------------------------


def turn_frames(turn: str, words: list[str], *, start: int, end: str = "turn.completed") -> list[bytes]:
    context = {"turn_id": turn}
    payloads = [event_payload(start, "turn.started", {"turn_id": turn}, **context)]
    payloads += [
        event_payload(start + 1 + n, "output.message.delta", {"turn_id": turn, "delta": word}, **context)
        for n, word in enumerate(words)
    ]
    end_data = {"turn_id": turn, "error": "model unavailable", "error_code": "llm_error"}
    payloads.append(event_payload(start + 1 + len(words), end, end_data, **context))
    return [event_frame(payload) for payload in payloads]


def test_text_yields_the_deltas_of_the_current_turn_and_ends_with_it(serve, open_stream) -> None:
    first = turn_frames("turn_a", ["Hello", ", ", "world"], start=1)
    second = turn_frames("turn_b", ["Again"], start=6)
    server = serve(lambda _: sse_reply(CONNECTED, *first, *second, then="hang"))
    with open_stream(server) as stream:
        assert "".join(stream.text()) == "Hello, world"
        assert "".join(stream.text()) == "Again", "the stream stays open for the next turn"


def test_text_raises_turn_failed_error_when_the_turn_fails(serve, open_stream) -> None:
    server = serve(lambda _: sse_reply(CONNECTED, *turn_frames("turn_a", ["Hel"], start=1, end="turn.failed")))
    with open_stream(server) as stream, pytest.raises(TurnFailedError) as raised:
        "".join(stream.text())
    assert (raised.value.error, raised.value.error_code, raised.value.turn_id) == (
        "model unavailable",
        "llm_error",
        "turn_a",
    )


@pytest.mark.parametrize("end", ["turn.completed", "turn.failed", "turn.cancelled", "turn.sealed"])
def test_until_turn_end_stops_after_any_turn_end(serve, open_stream, end: str) -> None:
    frames = turn_frames("turn_a", ["a", "b"], start=1, end=end) + turn_frames("turn_b", ["c"], start=5)
    server = serve(lambda _: sse_reply(CONNECTED, *frames, then="hang"))
    with open_stream(server) as stream:
        events = list(stream.until_turn_end())
    assert [event.type for event in events] == ["turn.started", "output.message.delta", "output.message.delta", end]


def test_a_turn_texts_deltas_that_are_missing_or_not_text_add_nothing(serve, open_stream) -> None:
    datas = [{"delta": "Hel"}, {}, {"delta": None}, {"delta": 42}, {"delta": "lo"}]
    payloads = [event_payload(1, "turn.started", {"turn_id": "turn_a"}, turn_id="turn_a")]
    payloads += [
        event_payload(2 + n, "output.message.delta", {"turn_id": "turn_a", **data}, turn_id="turn_a")
        for n, data in enumerate(datas)
    ]
    payloads.append(event_payload(7, "turn.completed", {"turn_id": "turn_a"}, turn_id="turn_a"))
    server = serve(lambda _: sse_reply(CONNECTED, *map(event_frame, payloads), then="hang"))
    with open_stream(server) as stream:
        assert list(stream.text()) == ["Hel", "", "", "", "lo"]


# --- what a stream shows ------------------------------------------------------------------------


def test_a_streams_repr_names_its_class_session_and_last_event(serve, open_blocking_stream) -> None:
    server = serve(lambda _: sse_reply(CONNECTED, event_frame(event_payload(1)), then="hang"))
    with open_blocking_stream(server) as stream:
        assert repr(stream) == f"EventStream(session_id={SESSION_ID!r}, last_event_id=None)"
        take(stream, 1)
        assert repr(stream) == f"EventStream(session_id={SESSION_ID!r}, last_event_id={event_payload(1)['id']!r})"
