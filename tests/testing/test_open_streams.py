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
