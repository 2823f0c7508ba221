"""Listing a session's events: cursors, filters, the newest-N limit and X-Total-Count."""

from __future__ import annotations

import pytest


@pytest.fixture
def finished(server, api):
    """A session with two completed turns (one scripted to call a tool) and its events."""
    (call_id,) = server.model.script_tool_calls([{"name": "lookup", "arguments": {"q": "kiwi"}}])
    session = api.new_session()
    api.say(session["id"], "first banana")
    api.wait_for_type(session["id"], "tool.call_requested")
    api.post(f"/v1/sessions/{session['id']}/tool-results", {"tool_results": [{"tool_call_id": call_id, "result": 1}]})
    api.wait_for_turns(session["id"])
    api.say(session["id"], "second cherry")
    return session["id"], api.wait_for_turns(session["id"], 2)


def sequences(events):
    return [e["sequence"] for e in events]


def test_without_parameters_every_event_oldest_first_and_no_total_header(api, finished):
    session_id, events = finished
    reply = api.get(f"/v1/sessions/{session_id}/events")
    assert sequences(reply.json()["data"]) == list(range(1, len(events) + 1))
    assert "X-Total-Count" not in reply.headers


def test_limit_returns_the_newest_n_oldest_first_with_the_total(api, finished):
    session_id, events = finished
    reply = api.get(f"/v1/sessions/{session_id}/events", query={"limit": 3})
    assert sequences(reply.json()["data"]) == sequences(events[-3:])
    assert reply.headers["X-Total-Count"] == str(len(events))
    assert api.get(f"/v1/sessions/{session_id}/events", query={"limit": 1001}).status == 400
    assert api.get(f"/v1/sessions/{session_id}/events", query={"limit": 0}).status == 400


def test_since_id_is_strictly_after_that_event(api, finished):
    session_id, events = finished
    after = api.events(session_id, since_id=events[4]["id"])
    assert sequences(after) == sequences(events[5:])
    missing = api.get(f"/v1/sessions/{session_id}/events", query={"since_id": "event_" + "0" * 32})
    assert missing.status == 400


def test_sequence_cursors_bound_the_list(api, finished):
    session_id, _ = finished
    assert sequences(api.events(session_id, after_sequence=3, before_sequence=7)) == [4, 5, 6]
    assert sequences(api.events(session_id, before_sequence=4, limit=2)) == [2, 3]


def test_types_narrow_then_exclude_removes(api, finished):
    session_id, events = finished
    wanted = {"types": ["turn.started", "turn.completed", "input.message"], "exclude": ["input.message"]}
    assert [e["type"] for e in api.events(session_id, **wanted)] == ["turn.started", "turn.completed"] * 2
    without_deltas = api.events(session_id, exclude=["output.message.delta"])
    assert len(without_deltas) == sum(e["type"] != "output.message.delta" for e in events)


@pytest.mark.parametrize(
    "query",
    [
        {"types": ["turn.started,turn.completed"]},
        {"exclude": ["not.a.type"]},
        {"types": ["turn.started"] * 26},
        {"types": [""]},
    ],
)
def test_unknown_types_and_too_many_values_are_400s(api, finished, query):
    session_id, _ = finished
    assert api.get(f"/v1/sessions/{session_id}/events", query=query).status == 400


def test_twenty_five_type_values_are_allowed(api, finished):
    session_id, _ = finished
    assert api.get(f"/v1/sessions/{session_id}/events", query={"types": ["turn.started"] * 25}).status == 200


def test_turn_id_tool_name_and_text_filters(api, finished):
    session_id, events = finished
    second_turn = events[-1]["data"]["turn_id"]
    in_second = api.events(session_id, turn_id=second_turn)
    assert in_second
    assert all(e["context"]["turn_id"] == second_turn for e in in_second)
    assert [e["type"] for e in api.events(session_id, tool_name="lookup")] == ["tool.call_requested", "tool.completed"]
    assert [e["type"] for e in api.events(session_id, q="CHERRY", types="input.message")] == ["input.message"]


def test_around_keeps_a_window_on_each_side(api, finished):
    session_id, events = finished
    assert sequences(api.events(session_id, around=events[5]["id"], window=2)) == [4, 5, 6, 7, 8]


def test_time_bounds_and_descending_order(api, finished):
    session_id, events = finished
    assert api.events(session_id, from_ts=events[-1]["ts"], to_ts=events[-1]["ts"])[-1]["id"] == events[-1]["id"]
    assert api.events(session_id, to_ts="2000-01-01T00:00:00Z") == []
    assert sequences(api.events(session_id, order_desc="true", limit=2)) == sequences(events[-2:])[::-1]
    assert api.get(f"/v1/sessions/{session_id}/events", query={"from_ts": "yesterday"}).status == 400


def test_an_unknown_session_is_a_404(api):
    assert api.get("/v1/sessions/session_" + "0" * 32 + "/events").json()["code"] == "session_not_found"
