"""The event stream against the project's local server and its injected faults: the
same guarantees end to end, with real turns."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest

from everruns import AsyncEverruns, Backoff, Everruns, StreamError
from everruns.testing import LocalServer

FAST = Backoff(initial=0.001, maximum=0.005, jitter=0.0)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(turn_delay=0.001, retry_ms=1, idle_retry_ms=1, heartbeat_interval=0.05) as running:
        yield running


@pytest.fixture
def client(server: LocalServer) -> Iterator[Everruns]:
    with Everruns(api_key="dev", base_url=server.url) as made:
        yield made


def stream_requests(server: LocalServer) -> int:
    return sum(request.path.endswith("/sse") for request in server.requests)


def test_every_event_arrives_once_across_cycles_and_a_mid_frame_drop(client: Everruns, server: LocalServer) -> None:
    session_id = client.sessions.create(harness_name="generic", title="faults").id
    server.faults.cycle_every(3)
    server.faults.drop_sse_after(2, mid_frame=True)
    client.messages.create(session_id, "one two three four five")
    client.messages.create(session_id, "six seven")
    with client.events.stream(session_id, backoff=FAST, max_retries=1) as stream:
        streamed = [*stream.until_turn_end(), *stream.until_turn_end()]
        assert stream.retry_count == 0
    assert streamed == list(client.events.list(session_id))
    assert stream_requests(server) > len(streamed) // 3, "the server cycled the stream again and again"


def test_a_stream_that_stalls_before_its_headers_is_replaced_within_the_idle_timeout(
    client: Everruns, server: LocalServer
) -> None:
    session_id = client.sessions.create(harness_name="generic", title="stall").id
    server.faults.stall_next_sse(send_headers=False)
    client.messages.create(session_id, "hello")
    started = time.monotonic()
    with client.events.stream(session_id, backoff=FAST, idle_timeout=0.3) as stream:
        assert [event.type for event in stream.until_turn_end()][-1] == "turn.completed"
    assert time.monotonic() - started < 2.0
    assert stream_requests(server) == 2


def test_an_idle_session_with_heartbeats_only_gets_a_new_connection_after_the_idle_timeout(
    client: Everruns, server: LocalServer
) -> None:
    session_id = client.sessions.create(harness_name="generic", title="idle").id
    with client.events.stream(session_id, backoff=FAST, idle_timeout=0.3) as stream:
        threading.Timer(1.0, stream.stop).start()
        assert list(stream) == []
    assert 2 <= stream_requests(server) <= 5, "about one new connection per idle timeout"


def test_a_server_error_on_connect_is_retried_then_the_stream_goes_on(client: Everruns, server: LocalServer) -> None:
    session_id = client.sessions.create(harness_name="generic", title="retry").id
    client.messages.send_and_wait(session_id, "first", timeout=10)
    server.faults.fail_next(2, status=503)
    with client.events.stream(session_id, backoff=FAST, max_retries=2) as stream:
        assert [event.type for event in stream.until_turn_end()][-1] == "turn.completed"
        assert stream.retry_count == 0


def test_a_quiet_session_is_not_a_failure_even_with_no_retries_allowed(client: Everruns, server: LocalServer) -> None:
    session_id = client.sessions.create(harness_name="generic", title="quiet").id
    with client.events.stream(session_id, backoff=FAST, idle_timeout=0.2, max_retries=0) as stream:
        stopper = threading.Timer(1.0, stream.stop)
        stopper.start()
        assert list(stream) == [], "heartbeats only: nothing to hand out, and no StreamError"
        assert stream.retry_count == 0
    assert stream_requests(server) >= 3, "each quiet connection was replaced"


def test_stop_wakes_a_wait_for_headers_even_after_calls_warmed_the_pool(client: Everruns, server: LocalServer) -> None:
    session_id = client.sessions.create(harness_name="generic", title="warm").id
    client.agents.list()  # the client's pool now holds an idle keep-alive connection
    server.faults.stall_next_sse(send_headers=False)
    with client.events.stream(session_id, idle_timeout=30.0, read_timeout=30.0) as stream:
        threading.Timer(0.3, stream.stop).start()
        started = time.monotonic()
        assert list(stream) == []
        assert time.monotonic() - started < 1.5


def test_send_and_wait_keeps_its_deadline_when_the_stream_stalls(client: Everruns, server: LocalServer) -> None:
    from everruns import TurnTimeoutError

    session_id = client.sessions.create(harness_name="generic", title="deadline").id
    server.faults.stall_next_sse(send_headers=False)
    started = time.monotonic()
    with pytest.raises(TurnTimeoutError):
        client.messages.send_and_wait(session_id, "hello", timeout=1.0)
    assert time.monotonic() - started < 3.0


def test_a_turn_reads_its_events_to_the_clients_max_frame_size(server: LocalServer) -> None:
    with Everruns(api_key="dev", base_url=server.url, max_frame_size=4000) as limited:
        session_id = limited.sessions.create(harness_name="generic", title="limits").id
        assert limited.messages.send_and_wait(session_id, "short").text
        with pytest.raises(StreamError, match="maximum frame size of 4000 bytes"):
            limited.messages.send_and_wait(session_id, "long " * 1000)  # its input.message frame is longer


def test_an_asyncio_turn_reads_its_events_to_the_clients_max_frame_size(server: LocalServer) -> None:
    async def turns() -> None:
        async with AsyncEverruns(api_key="dev", base_url=server.url, max_frame_size=4000) as limited:
            session_id = (await limited.sessions.create(harness_name="generic", title="limits")).id
            assert (await limited.messages.send_and_wait(session_id, "short")).text
            with pytest.raises(StreamError, match="maximum frame size of 4000 bytes"):
                await limited.messages.send_and_wait(session_id, "long " * 1000)

    asyncio.run(turns())
