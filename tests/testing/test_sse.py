"""The event stream: framing, heartbeats, graceful cycles, resume, filters and errors."""

from __future__ import annotations

import http.client
import re
import socket
import time

import pytest

from everruns.testing import LocalServer


@pytest.fixture
def quick(connect):
    """A server whose stream heartbeats every 50 ms, and a client for it."""
    with LocalServer(turn_delay=0.001, heartbeat_interval=0.05) as running:
        yield running, connect(running)


def test_the_first_frame_is_connected_then_events_with_event_id_retry_and_data(api, schema):
    session = api.new_session()
    api.say(session["id"], "Hello")
    listed = api.wait_for_turns(session["id"])
    stream = api.stream(session["id"])
    assert (stream.status, stream.headers["Content-Type"]) == (200, "text/event-stream")
    connected = stream.next_frame()
    assert (connected.event, connected.id, connected.json()) == ("connected", None, {"status": "connected"})
    frames = stream.events(len(listed))
    for frame, event in zip(frames, listed, strict=True):
        assert (frame.event, frame.id) == (event["type"], event["id"])
        assert frame.json() == event
        schema.check_event(frame.json())


def test_retry_hints_are_fast_while_a_turn_runs_and_slow_on_its_last_frame(api):
    session = api.new_session()
    api.say(session["id"], "Hello")
    count = len(api.wait_for_turns(session["id"]))
    frames = api.stream(session["id"]).events(count)
    assert {f.retry for f in frames[:-1]} == {100}
    assert (frames[-1].event, frames[-1].retry) == ("turn.completed", 500)


def test_retry_hints_follow_the_server_options(connect):
    with LocalServer(turn_delay=0.001, retry_ms=250, idle_retry_ms=900) as tuned:
        api = connect(tuned)
        session = api.new_session()
        api.say(session["id"], "Hello")
        frames = api.stream(session["id"]).until_event("turn.completed")
        assert (frames[1].retry, frames[-1].retry) == (250, 900)


def test_events_arrive_live_on_an_open_stream(api):
    session = api.new_session()
    stream = api.stream(session["id"])
    assert stream.next_frame().event == "connected"
    api.say(session["id"], "Live")
    frames = stream.until_event("turn.completed")
    assert frames[0].event == "input.message"
    text = "".join(f.json()["data"]["delta"] for f in frames if f.event == "output.message.delta")
    assert text == "You said: Live"


def test_an_idle_stream_sends_heartbeat_comments_and_never_ends_by_itself(quick):
    _, api = quick
    session = api.new_session()
    api.say(session["id"], "Hi")
    stream = api.stream(session["id"])
    stream.until_event("turn.completed")
    for _ in range(3):
        frame = stream.next_frame()
        assert frame is not None
        assert (frame.comments, frame.event, frame.data) == (["heartbeat"], None, None)
        assert frame.raw == ": heartbeat"


def test_a_graceful_cycle_sends_disconnecting_and_ends_cleanly(connect):
    with LocalServer(cycle_interval=0.1) as cycling:
        api = connect(cycling)
        stream = api.stream(api.new_session()["id"])
        assert stream.next_frame().event == "connected"
        farewell = stream.next_frame()
        assert farewell.event == "disconnecting"
        assert farewell.json() == {"reason": "connection_cycle", "retry_ms": 100}
        assert stream.next_frame() is None


def test_since_id_resumes_strictly_after_that_event(api):
    session = api.new_session()
    api.say(session["id"], "One")
    events = api.wait_for_turns(session["id"])
    stream = api.stream(session["id"], {"since_id": events[3]["id"]})
    assert stream.next_frame().event == "connected"
    assert [f.id for f in stream.events(len(events) - 4)] == [e["id"] for e in events[4:]]


def test_types_narrow_then_exclude_removes(api):
    session = api.new_session()
    api.say(session["id"], "Filter")
    api.wait_for_turns(session["id"])
    query = {"types": ["turn.started", "turn.completed", "output.message.delta"], "exclude": ["output.message.delta"]}
    stream = api.stream(session["id"], query)
    stream.next_frame()
    assert [f.event for f in stream.events(2)] == ["turn.started", "turn.completed"]


@pytest.mark.parametrize(
    "query",
    [{"types": ["no.such.type"]}, {"exclude": ["turn.started", "nope"]}, {"types": ["turn.started"] * 26}],
)
def test_bad_filters_are_400_problems(api, query):
    stream = api.stream(api.new_session()["id"], query)
    assert stream.status == 400
    assert stream.headers["Content-Type"] == "application/problem+json"


def test_an_unknown_since_id_is_a_400(api):
    assert api.stream(api.new_session()["id"], {"since_id": "event_" + "0" * 32}).status == 400


def test_an_unknown_session_is_a_404_and_no_key_a_401(server, api, connect):
    assert api.stream("session_" + "0" * 32).status == 404
    assert connect(server, key=None).stream(api.new_session()["id"]).status == 401


def open_raw_stream(server, api, session_id, receive_buffer=None):
    """The session's stream on a plain socket, to read its bytes (chunk sizes included) as
    they came, or to leave them unread; ``receive_buffer`` shrinks what the socket holds."""
    raw = socket.socket()
    if receive_buffer is not None:
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    raw.settimeout(10)
    raw.connect((server.host, server.port))
    path = f"{api.prefix}/v1/sessions/{session_id}/sse"
    raw.sendall(f"GET {path} HTTP/1.1\r\nHost: local\r\nAuthorization: dev\r\n\r\n".encode())
    return raw


def read_until_turn_ends(raw):
    """Every byte of the stream up to its ``turn.completed`` frame; closes the socket."""
    received = bytearray()
    while b"event: turn.completed" not in received[-20_000:]:
        chunk = raw.recv(1 << 20)
        assert chunk, "the stream ended early"
        received += chunk
    raw.close()
    return bytes(received)


def test_a_client_that_stops_reading_holds_up_no_other_stream_and_later_gets_every_event_in_order(server, api):
    """Events are written by whoever appends them, without waiting on a socket: a full one
    is left to its stream's thread, so the pace of other sessions never depends on it."""
    server.model.pace(tokens_per_second=10_000)
    words = 3000  # each delta carries the text so far: some 27 MB, far past any socket buffer
    server.model.script_reply("word " * words)
    stalled_id, other_id = api.new_session()["id"], api.new_session()["id"]
    stalled = open_raw_stream(server, api, stalled_id, receive_buffer=4096)
    api.say(stalled_id, "Talk a lot")
    api.wait_for_turns(stalled_id)  # written in full while nobody reads the stream
    other = api.stream(other_id)
    api.say(other_id, "Still there?")
    text = "".join(
        f.json()["data"]["delta"] for f in other.until_event("turn.completed") if f.id and "delta" in f.event
    )
    assert text == "You said: Still there?"

    received = read_until_turn_ends(stalled)
    assert len(received) > 20_000_000, "the test filled the socket, as it means to"
    sequences = [int(s) for s in re.findall(rb'"sequence":(\d+)', received)]
    assert sequences == list(range(1, len(sequences) + 1)), "every event once, in order"
    assert received.count(b"event: output.message.delta") == words


def test_a_backlog_goes_out_batch_after_batch_without_waiting_between_them(connect, monkeypatch):
    monkeypatch.setattr("everruns.testing._sse.BATCH_SIZE", 50)  # 1,000 deltas: 20 batches
    with LocalServer(turn_delay=0) as instant:
        api = connect(instant)
        instant.model.script_reply("word " * 1000)
        session_id = api.new_session()["id"]
        api.say(session_id, "Talk a lot")
        api.wait_for_turns(session_id)
        began = time.monotonic()
        frames = api.stream(session_id).until_event("turn.completed")
        assert sum(frame.event == "output.message.delta" for frame in frames) == 1000
        assert time.monotonic() - began < 2.0, "a quarter of a second per batch would be 5 s"


def test_an_event_larger_than_the_sockets_buffers_reaches_a_client_that_reads_late(server, api):
    """What a push could not send at once is sent by the stream's own thread, right away,
    not at the next heartbeat (30 s away here)."""
    word = "x" * 8_000_000  # one delta, then the whole message: some 24 MB past the buffers
    server.model.script_reply(word)
    session_id = api.new_session()["id"]
    late = open_raw_stream(server, api, session_id, receive_buffer=4096)
    api.say(session_id, "One long word")
    api.wait_for_turns(session_id)
    received = read_until_turn_ends(late)
    assert received.count(word.encode()) == 3, "the delta, its text so far, and the completed message"


def test_bytes_a_client_sends_during_its_stream_are_left_for_the_next_request_on_the_connection(connect):
    """A stream looks whether its client left without reading what the client sent: a
    request pipelined behind the stream is answered once the stream ends cleanly."""
    with LocalServer(turn_delay=0.001, cycle_interval=0.8) as cycling:
        api = connect(cycling)
        agent_id = api.new_agent()["id"]
        session_id = api.new_session()["id"]
        client = socket.create_connection((cycling.host, cycling.port), timeout=5)
        head = "Host: local\r\nAuthorization: dev\r\n\r\n"
        client.sendall(f"GET {api.prefix}/v1/sessions/{session_id}/sse HTTP/1.1\r\n{head}".encode())
        time.sleep(0.3)  # the stream is open and quiet: it looks whether its client left
        client.sendall(f"GET {api.prefix}/v1/agents/{agent_id} HTTP/1.1\r\n{head}".encode())
        received = bytearray()
        while agent_id.encode() not in received:
            chunk = client.recv(65536)
            assert chunk, f"the connection closed: {bytes(received[-300:])!r}"
            received += chunk
        client.close()
        assert b"event: disconnecting" in received
        assert received.count(b"HTTP/1.1 200") == 2


def test_deleting_a_session_ends_its_open_streams(api):
    session_id = api.new_session()["id"]
    stream = api.stream(session_id)
    assert stream.next_frame().event == "connected"
    assert api.delete(f"/v1/sessions/{session_id}").status == 204
    with pytest.raises(http.client.IncompleteRead):  # cut at once, not left open (the reader waits 5 s)
        stream.next_frame()


def test_a_backlog_goes_out_in_writes_of_at_most_a_batch_of_events(connect, monkeypatch):
    monkeypatch.setattr("everruns.testing._sse.BATCH_SIZE", 50)
    with LocalServer(turn_delay=0) as instant:
        api = connect(instant)
        instant.model.script_reply("word " * 300)
        session_id = api.new_session()["id"]
        api.say(session_id, "Talk a lot")
        api.wait_for_turns(session_id)
        received = read_until_turn_ends(open_raw_stream(instant, api, session_id))
        body = received.split(b"\r\n\r\n", 1)[1]
        events_per_write = []
        while body.count(b"\r\n") >= 2:
            size_line, rest = body.split(b"\r\n", 1)
            size = int(size_line, 16)
            if len(rest) < size + 2:
                break
            events_per_write.append(rest[:size].count(b"\nid: "))
            body = rest[size + 2 :]
        assert sum(events_per_write) >= 300
        assert max(events_per_write) == 50, "each write holds a batch at the most"
