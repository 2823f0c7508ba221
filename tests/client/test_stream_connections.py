"""A stream's own connection: its deadline, its timer, its timeouts, and its release."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest
from client_setup import FAST, KEY
from scripted_server import (
    SESSION_ID,
    ScriptedServer,
    json_reply,
    wait_until,
)

import everruns
from everruns import AsyncEverruns, Everruns, errors
from everruns.testing import LocalServer


def test_a_turn_wait_on_a_stalled_stream_ends_at_its_deadline_however_short(
    server: LocalServer, client: Everruns
) -> None:
    session_id = client.sessions.create(harness_name="generic").id
    server.faults.stall_next_sse(send_headers=False)
    started = time.monotonic()
    with pytest.raises(everruns.TurnTimeoutError):
        client.messages.send_and_wait(session_id, "hello", timeout=0.3)
    assert time.monotonic() - started < 0.9


def test_the_timer_of_a_streams_deadline_never_keeps_the_program_alive(server: LocalServer) -> None:
    with Everruns(api_key=KEY, base_url=server.url) as client:
        session_id = client.sessions.create(harness_name="generic").id
        server.faults.stall_next_sse(send_headers=False)
        outcome: list[BaseException] = []

        def wait_for_the_turn() -> None:
            try:
                client.messages.send_and_wait(session_id, "hello", timeout=1.0)
            except BaseException as error:
                outcome.append(error)

        def timers() -> list[threading.Thread]:
            return [thread for thread in threading.enumerate() if isinstance(thread, threading.Timer)]

        worker = threading.Thread(target=wait_for_the_turn)
        worker.start()
        try:
            assert wait_until(lambda: bool(timers()) or not worker.is_alive()), "the deadline's timer never started"
            assert timers(), "the wait ended before its deadline's timer was seen"
            assert all(timer.daemon for timer in timers())
        finally:
            worker.join(10)
        assert [type(error) for error in outcome] == [everruns.TurnTimeoutError]


def test_a_stream_ended_by_an_error_closes_its_own_connection() -> None:
    gone = json_reply(404, {"title": "gone", "status": 404, "code": "session_not_found"})  # the connection is kept
    with ScriptedServer(lambda _: gone) as server, Everruns(api_key=KEY, base_url=server.url) as client:
        stream = client.events.stream(SESSION_ID)
        with pytest.raises(errors.NotFoundError):
            next(stream)
        assert wait_until(lambda: server.closed_by_client == [1]), "the stream's connection is still open"
        stream.close()
    assert server.connections == 1


def test_a_stream_connects_once_per_attempt_its_own_retries_counting_them_all() -> None:
    busy = json_reply(503, {"title": "busy", "status": 503})
    with (
        ScriptedServer(lambda _: busy) as server,
        Everruns(api_key=KEY, base_url=server.url, backoff=FAST) as client,
        client.events.stream(SESSION_ID, max_retries=0, backoff=FAST) as stream,
        pytest.raises(errors.StreamError),
    ):
        next(stream)
    assert len(server.requests) == 1, "the client's retries do not add attempts of their own"


def deadline_timers() -> set[threading.Thread]:
    """The timers waiting to cut a stream at its deadline."""
    return {
        thread
        for thread in threading.enumerate()
        if isinstance(thread, threading.Timer) and getattr(thread.function, "__name__", "") == "cut"
    }


def test_a_turn_stream_whose_client_closed_before_it_connected_leaves_no_deadline_timer(server: LocalServer) -> None:
    client = Everruns(api_key=KEY, base_url=server.url)
    session_id = client.sessions.create(harness_name="generic").id
    earlier = deadline_timers()  # of streams other tests left open
    stream = client.messages.stream(session_id, "Hi", timeout=30.0)
    client.close()
    with pytest.raises(errors.ClientClosedError):
        next(stream)
    assert deadline_timers() <= earlier, "a timer waits to cut a connection that was never made"


def test_closing_a_turn_stream_another_thread_reads_releases_its_connection(server: LocalServer) -> None:
    with Everruns(api_key=KEY, base_url=server.url) as client:
        session_id = client.sessions.create(harness_name="generic").id
        server.faults.stall_next_sse()

        earlier = deadline_timers()  # of streams other tests left open
        stream = client.messages.stream(session_id, "Hi", timeout=30.0)
        outcome: list[object] = []

        def read() -> None:
            try:
                outcome.append(list(stream))
            except BaseException as error:
                outcome.append(error)

        reader = threading.Thread(target=read)
        reader.start()
        assert wait_until(lambda: server.open_streams == 1), "the turn's stream never opened"
        time.sleep(0.1)  # let the reader block on the socket (closing earlier is fine too)
        stream.close()
        reader.join(timeout=5.0)
        assert not reader.is_alive(), "the reading thread is still blocked"
        assert wait_until(lambda: server.open_streams == 0), "the server still holds the stream's connection"
        assert wait_until(lambda: deadline_timers() <= earlier), "the timer of the turn's deadline is still waiting"


def test_a_stream_keeps_the_clients_connect_write_and_pool_timeouts_and_reads_with_its_own() -> None:
    timeouts = httpx.Timeout(9.0, connect=1.5, write=2.5, pool=3.5)
    blocking, awaiting = Everruns(api_key=KEY, timeout=timeouts), AsyncEverruns(api_key=KEY, timeout=timeouts)
    try:
        for client in (blocking, awaiting):
            assert client._stream_timeout(0.25) == httpx.Timeout(connect=1.5, read=0.25, write=2.5, pool=3.5)
    finally:
        blocking.close()
        asyncio.run(awaiting.close())
