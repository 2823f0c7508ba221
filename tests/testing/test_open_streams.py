"""The server reports the event streams it serves, and notices at once when a client leaves."""

from __future__ import annotations

import json
import time

from everruns.testing import LocalServer


def eventually(condition, within=3.0):
    """Poll ``condition`` until it holds; fail after ``within`` seconds."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "the condition did not hold in time"
        time.sleep(0.01)


def test_open_streams_counts_the_streams_being_served(server, api, control_call):
    assert server.open_streams == 0
    session = api.new_session()
    first, second = api.stream(session["id"]), api.stream(session["id"])
    assert first.next_frame().event == second.next_frame().event == "connected"
    assert server.open_streams == 2
    status, body = control_call("GET", "streams")
    assert (status, json.loads(body)) == (200, {"open": 2})


def test_a_quiet_stream_is_let_go_soon_after_its_client_leaves(connect):
    with LocalServer(turn_delay=0.001, heartbeat_interval=30.0) as server:
        api = connect(server)
        stream = api.stream(api.new_session()["id"])
        assert stream.next_frame().event == "connected"
        eventually(lambda: server.open_streams == 1)
        stream.close()
        began = time.monotonic()
        eventually(lambda: server.open_streams == 0)
        assert time.monotonic() - began < 2.0, "noticed long before the next heartbeat (30 s) is written"


def test_when_one_of_two_streams_of_a_session_leaves_the_other_still_gets_every_event_at_once(server, api, monkeypatch):
    session_id = api.new_session()["id"]
    leaving, staying = api.stream(session_id), api.stream(session_id, timeout=2.0)
    assert leaving.next_frame().event == staying.next_frame().event == "connected"
    leaving.close()
    eventually(lambda: server.open_streams == 1)
    # The stream's own thread looks at the log only every 30 s now: what arrives within the
    # reader's 2 s was written by the thread that recorded it.
    monkeypatch.setattr("everruns.testing._sse.GONE_CHECK_SECONDS", 30.0)
    time.sleep(0.3)  # the thread is in its long wait
    api.say(session_id, "Still here")
    frames = staying.until_event("turn.completed")
    assert "".join(f.json()["data"]["delta"] for f in frames if f.event == "output.message.delta") == (
        "You said: Still here"
    )


def test_a_stalled_stream_is_let_go_soon_after_its_client_leaves(server, api):
    server.faults.stall_next_sse()
    stalled = api.stream(api.new_session()["id"], timeout=0.3)
    assert stalled.status == 200
    eventually(lambda: server.open_streams == 1)
    time.sleep(0.5)  # past the first look at whether the client left
    stalled.close()
    eventually(lambda: server.open_streams == 0, within=2.0)
