"""The model's pace: replies written word by word as a model streams them, instant by default."""

from __future__ import annotations

import json
import time
from datetime import datetime

import pytest


def stamp_of(frame):
    """When the server recorded the frame's event."""
    return datetime.fromisoformat(frame.json()["ts"])


def delta_arrivals(api, session_id, text):
    """Say ``text`` and read the turn live: the seconds from ``turn.started`` to each delta,
    by the server's own stamps on the events (a busy reader may read several at once)."""
    stream = api.stream(session_id)
    api.say(session_id, text)
    started = None
    arrivals = []
    while True:
        frame = stream.next_frame()
        assert frame is not None
        if frame.event == "turn.started":
            started = stamp_of(frame)
        elif frame.event == "output.message.delta":
            arrivals.append((stamp_of(frame) - started).total_seconds())
        elif frame.event == "turn.completed":
            return arrivals


def test_a_paced_reply_waits_for_its_first_token_then_comes_a_word_at_a_time(server, api):
    server.model.pace(tokens_per_second=20, first_token_delay=0.3)
    server.model.script_reply("one two three four five six")
    arrivals = delta_arrivals(api, api.new_session()["id"], "go")
    assert len(arrivals) == 6
    assert arrivals[0] >= 0.3 - 0.002, "the first token waits first_token_delay (stamps are in whole ms)"
    assert arrivals[-1] - arrivals[0] >= 5 / 20 * 0.9, "five more words at 20 per second"
    assert arrivals[-1] < 5.0


def test_without_a_pace_replies_are_instant(server, api):
    server.model.script_reply(" ".join(["word"] * 50))
    began = time.monotonic()
    arrivals = delta_arrivals(api, api.new_session()["id"], "go")
    assert len(arrivals) == 50
    assert time.monotonic() - began < 2.0, "50 words at the test turn delay of 1 ms"


def test_pace_without_arguments_and_reset_go_back_to_instant(server):
    server.model.pace(tokens_per_second=5, first_token_delay=1)
    assert server.model.pacing.tokens_per_second == 5
    server.model.pace()
    assert (server.model.pacing.tokens_per_second, server.model.pacing.first_token_delay) == (None, 0.0)
    server.model.pace(tokens_per_second=5)
    server.model.reset()
    assert server.model.pacing.tokens_per_second is None


@pytest.mark.parametrize(
    "arguments", [{"tokens_per_second": 0}, {"tokens_per_second": -1}, {"first_token_delay": -0.1}, {"x": 1}]
)
def test_a_bad_pace_over_http_is_a_400_and_changes_nothing(server, control_call, arguments):
    status, _ = control_call("POST", "model/pace", arguments)
    assert status == 400
    assert server.model.pacing.tokens_per_second is None


def test_the_pace_can_be_set_over_http(server, control_call):
    status, body = control_call("POST", "model/pace", {"tokens_per_second": 12.5, "first_token_delay": 0.2})
    assert (status, json.loads(body)["ok"]) == (200, True)
    assert (server.model.pacing.tokens_per_second, server.model.pacing.first_token_delay) == (12.5, 0.2)
