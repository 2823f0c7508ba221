"""everruns._turns, through client.messages.stream() and resume(): one turn's events as an
iterator, and waiting for them with a deadline (ticking), on a real local server."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import scripted_server as scripted

from everruns import Everruns, StreamError, TurnFailedError, TurnTimeoutError, ValidationError
from everruns.testing import LocalServer

KEY = "dev"


def reprs(input_message_id: str | None, *, ended: bool) -> set[str]:
    """How a turn stream of either client describes itself."""
    names = ("TurnStream", "AsyncTurnStream")
    return {f"{name}(input_message_id={input_message_id!r}, ended={ended})" for name in names}


def new_session(client: Everruns) -> str:
    return client.sessions.create(harness_name="generic", title="turn streams").id


@contextlib.contextmanager
def turn_waiting_for_a_tool(client: Everruns, server: LocalServer) -> Iterator[tuple[str, Any]]:
    """(session id, turn stream) of a turn read up to a tool call that nobody answers, so
    the turn waits there."""
    session_id = new_session(client)
    server.model.script_tool_calls([{"name": "add", "arguments": {"a": 1, "b": 2}}])
    with client.messages.stream(session_id, "add", timeout=10) as turn:
        next(event for event in turn if event.type == "tool.call_requested")
        yield session_id, turn


@pytest.fixture
def paced_server() -> Iterator[LocalServer]:
    """A server whose turns take about a second (20 events at 50 ms)."""
    with LocalServer(turn_delay=0.05) as running:
        yield running


def test_stream_yields_only_the_new_turns_events_and_ends_after_its_last(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    server.model.script_reply("an earlier turn, still queued")
    server.model.script_reply("Hello there, streamed.")
    earlier = client.messages.create(session_id, "first")
    with client.messages.stream(session_id, "second", timeout=10) as turn:
        assert turn.message.id == turn.input_message_id != earlier.id, "posted before stream() returns"
        events = list(turn)
    assert events[-1].type == "turn.completed"
    assert {event.context["input_message_id"] for event in events} == {turn.input_message_id}
    deltas = "".join(event.data["delta"] for event in events if event.type == "output.message.delta")
    assert deltas == "Hello there, streamed."
    assert turn.result().text == "Hello there, streamed."


def test_a_failed_turn_is_yielded_as_its_last_event_and_raised_by_result(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    server.model.script_failure("provider down", code="llm_unavailable")
    with client.messages.stream(session_id, "hi", timeout=10) as turn:
        types = [event.type for event in turn]
    assert types[-1] == "turn.failed"
    with pytest.raises(TurnFailedError) as raised:
        turn.result()
    assert raised.value.error_code == "llm_unavailable"


def test_result_before_the_end_is_an_error(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    with (
        client.messages.stream(session_id, "hi", timeout=10) as turn,
        pytest.raises(RuntimeError, match=r"^the turn has not ended yet: read its events \(or wait\(\)\) first$"),
    ):
        turn.result()


def test_a_turn_cancelled_part_way_ends_without_a_message_and_wait_reads_the_rest(
    client: Everruns, server: LocalServer
) -> None:
    with turn_waiting_for_a_tool(client, server) as (session_id, turn):
        assert repr(turn) in reprs(turn.input_message_id, ended=False)
        assert client.sessions.cancel(session_id).status == "cancelled"
        rest: list[str] = []
        result = turn.wait(on_event=lambda event: rest.append(event.type))
        assert repr(turn) in reprs(turn.input_message_id, ended=True)
    assert rest == ["turn.cancelled"], "wait() hands each event it reads to on_event"
    assert (result.status, result.message, result.text) == ("cancelled", None, "")
    assert result.input_message_id == turn.input_message_id
    assert [event.type for event in result.events][-2:] == ["tool.call_requested", "turn.cancelled"]


def test_waiting_on_a_stopped_turn_stream_says_it_was_stopped_before_the_end(
    client: Everruns, server: LocalServer
) -> None:
    with turn_waiting_for_a_tool(client, server) as (_, turn):
        turn.stop()
        with pytest.raises(StreamError, match=r"^the turn's stream was stopped before the turn ended$"):
            turn.wait()
    assert turn.end_event is None


def test_the_iteration_times_out_while_the_turn_goes_on(paced_server: LocalServer, make_client) -> None:
    client = make_client(api_key=KEY, base_url=paced_server.url)
    session_id = new_session(client)
    began = time.monotonic()
    with client.messages.stream(session_id, "take your time", timeout=0.3) as turn:
        seen = []
        with pytest.raises(TurnTimeoutError) as raised:
            seen.extend(turn)
    assert time.monotonic() - began < 5.0
    assert raised.value.input_message_id == turn.input_message_id
    assert seen[-1].type != "turn.completed", "the turn had not ended when the wait did"


def test_stream_refuses_bad_input_before_sending(client: Everruns, server: LocalServer) -> None:
    with pytest.raises(ValidationError):
        client.messages.stream(new_session(client), "", timeout=10)
    with pytest.raises(ValidationError):
        client.messages.stream("session_x", "hi")
    assert not [request for request in server.requests if request.path.endswith("/messages")]


def test_ticking_yields_none_while_the_turn_is_quiet_and_every_event_once(
    paced_server: LocalServer, make_client
) -> None:
    paced_server.model.script_reply("one two three four five six seven eight")
    client = make_client(api_key=KEY, base_url=paced_server.url)
    session_id = new_session(client)
    with client.messages.stream(session_id, "slowly", timeout=30) as turn:
        items = list(turn.ticking(0.01))
    events = [item for item in items if item is not None]
    assert None in items, "50 ms between events leaves 10 ms ticks with nothing to hand over"
    assert events[-1].type == "turn.completed"
    assert len({event.id for event in events}) == len(events)
    assert "".join(e.data["delta"] for e in events if e.type == "output.message.delta") == (
        "one two three four five six seven eight"
    )


def test_leaving_a_ticking_loop_ends_its_reader_thread(paced_server: LocalServer) -> None:
    with Everruns(api_key=KEY, base_url=paced_server.url) as client:
        session_id = new_session(client)
        turn = client.messages.stream(session_id, "long", timeout=30)
        ticks = turn.ticking(0.05)
        first = next(item for item in ticks if item is not None)
        assert first.context["input_message_id"] == turn.input_message_id
        before = threading.active_count()
        ticks.close()  # what a WSGI server does when the browser has gone
        assert threading.active_count() < before, "the reader thread has ended"
        turn.close()


def test_leaving_a_ticking_loop_lets_go_of_the_upstream_stream(paced_server: LocalServer, make_client) -> None:
    paced_server.model.pace(tokens_per_second=5, first_token_delay=0.1)
    client = make_client(api_key=KEY, base_url=paced_server.url)
    turn = client.messages.stream(new_session(client), "long", timeout=30)
    ticks = turn.ticking(0.05)
    next(item for item in ticks if item is not None)
    assert paced_server.open_streams == 1
    ticks.close()
    began = time.monotonic()
    while paced_server.open_streams:
        assert time.monotonic() - began < 3.0, "the stream is still open"
        time.sleep(0.01)
    turn.close()


def test_resume_continues_the_turn_after_the_last_event_seen(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    server.model.script_reply("resumed without a gap or a repeat")
    with client.messages.stream(session_id, "hi", timeout=10) as turn:
        everything = list(turn)
    cut = len(everything) // 2
    with client.messages.resume(session_id, everything[cut - 1].id, timeout=10) as rest:
        assert [event.id for event in rest] == [event.id for event in everything[cut:]]
    assert rest.result().text == "resumed without a gap or a repeat"


def test_resume_follows_the_turn_by_the_id_of_the_event_it_resumes_after() -> None:
    message_id, own_turn, other_turn = "message_" + "0b" * 16, "turn_" + "0d" * 16, "turn_" + "0e" * 16
    last_seen = scripted.event_payload(3, data={"delta": "Hel"}, input_message_id=message_id, turn_id=own_turn)
    later = [  # these carry only a turn id: the one of the event resumed after tells which are the turn's
        scripted.event_payload(4, data={"delta": "lo"}, turn_id=own_turn),
        scripted.event_payload(5, data={"delta": "other"}, turn_id=other_turn),
        scripted.event_payload(6, "turn.completed", {}, turn_id=own_turn),
    ]

    def respond(request: scripted.Request) -> scripted.Reply:
        if request.path.endswith("/events"):
            return scripted.json_reply(200, {"data": [last_seen]})
        return scripted.sse_reply(scripted.CONNECTED, *map(scripted.event_frame, later), then="hang")

    with (
        scripted.ScriptedServer(respond) as server,
        Everruns(api_key=KEY, base_url=server.url) as client,
        client.messages.resume(scripted.SESSION_ID, last_seen["id"], timeout=5) as rest,
    ):
        assert [event.id for event in rest] == [later[0]["id"], later[2]["id"]]
    assert rest.result().turn_id == own_turn


def test_resume_after_the_turns_last_event_yields_nothing_and_knows_the_end(
    client: Everruns, server: LocalServer
) -> None:
    session_id = new_session(client)
    with client.messages.stream(session_id, "hi", timeout=10) as turn:
        last = list(turn)[-1]
    with client.messages.resume(session_id, last.id, timeout=10) as rest:
        assert list(rest) == []
        assert rest.end_event is not None
        assert rest.end_event.type == "turn.completed"


def test_an_event_stream_ticks_while_the_session_is_quiet_then_hands_over_the_events(
    client: Everruns, server: LocalServer
) -> None:
    session_id = new_session(client)
    with client.events.stream(session_id) as stream:
        ticks = stream.ticking(0.02)
        assert next(ticks) is None, "nothing happens in the session yet"
        client.messages.create(session_id, "now")
        first = next(item for item in ticks if item is not None)
        assert first.type == "input.message"
        ticks.close()


def test_ticking_refuses_an_interval_that_is_not_above_zero(client: Everruns, server: LocalServer) -> None:
    with client.events.stream(new_session(client)) as stream:
        for every in (0, -1.0, True):
            with pytest.raises(ValidationError):
                stream.ticking(every)
