"""The simulated model: event order, deltas, scripted replies and failures, tools, cancel, status."""

from __future__ import annotations

from everruns.testing import LocalServer

REPLY_EVENTS = ["output.message.started", "output.message.delta", "output.message.completed", "turn.completed"]


def types(events):
    return [e["type"] for e in events]


def squeeze(event_types):
    """Collapse runs of deltas into one entry, so orders read plainly."""
    return [t for i, t in enumerate(event_types) if not (t == "output.message.delta" and event_types[i - 1] == t)]


def test_a_turn_emits_its_events_in_order_with_context_and_consecutive_sequences(api):
    session = api.new_session()
    message = api.say(session["id"], "Hi there")
    events = api.wait_for_turns(session["id"])
    assert squeeze(types(events)) == ["input.message", "turn.started", *REPLY_EVENTS]
    assert [e["sequence"] for e in events] == list(range(1, len(events) + 1))
    turn_id = events[1]["data"]["turn_id"]
    assert turn_id.startswith("turn_")
    for event in events:
        assert event["session_id"] == session["id"]
        assert event["context"] == {"turn_id": turn_id, "input_message_id": message["id"]}
    assert events[0]["data"]["message"]["id"] == message["id"]
    assert events[1]["data"] == {"turn_id": turn_id, "input_message_id": message["id"], "input_content": "Hi there"}


def test_the_default_reply_echoes_and_deltas_accumulate_to_it(api):
    session = api.new_session()
    api.say(session["id"], "Hi there")
    events = api.wait_for_turns(session["id"])
    deltas = [e["data"] for e in events if e["type"] == "output.message.delta"]
    assert [d["delta"] for d in deltas] == ["You ", "said: ", "Hi ", "there"]
    assert [d["accumulated"] for d in deltas] == ["You ", "You said: ", "You said: Hi ", "You said: Hi there"]
    completed = next(e for e in events if e["type"] == "output.message.completed")["data"]["message"]
    assert (completed["role"], completed["content"]) == ("agent", [{"type": "text", "text": "You said: Hi there"}])
    finished = events[-1]["data"]
    assert (finished["final_message_id"], finished["iterations"], finished["status"]) == (
        completed["id"],
        1,
        "completed",
    )


def test_a_scripted_reply_is_used_once_in_order(server, api):
    server.model.script_reply("First scripted.")
    server.model.script_reply("Second scripted.")
    session = api.new_session()
    for text in ("a", "b", "c"):
        api.say(session["id"], text)
    events = api.wait_for_turns(session["id"], 3)
    replies = [e["data"]["message"]["content"][0]["text"] for e in events if e["type"] == "output.message.completed"]
    assert replies == ["First scripted.", "Second scripted.", "You said: c"]
    assert server.model.pending == 0


def test_turns_of_one_session_run_one_after_another(api):
    session = api.new_session()
    for text in ("one", "two"):
        api.say(session["id"], text)
    events = api.wait_for_turns(session["id"], 2)
    turn_events = [e for e in events if e["type"] != "input.message"]
    first_turn = turn_events[0]["context"]["turn_id"]
    boundary = next(i for i, e in enumerate(turn_events) if e["context"]["turn_id"] != first_turn)
    assert turn_events[boundary - 1]["type"] == "turn.completed"
    assert all(e["context"]["turn_id"] != first_turn for e in turn_events[boundary:])


def test_a_scripted_failure_ends_the_turn_with_turn_failed(server, api):
    server.model.script_failure("provider exploded", "provider_error")
    session = api.new_session()
    api.say(session["id"], "Hi")
    events = api.wait_for_turns(session["id"])
    assert types(events) == ["input.message", "turn.started", "turn.failed"]
    assert events[-1]["data"] == {
        "turn_id": events[1]["data"]["turn_id"],
        "error": "provider exploded",
        "error_code": "provider_error",
    }
    assert api.get(f"/v1/sessions/{session['id']}").json()["status"] == "idle"


def test_client_side_tool_calls_round_trip(server, api):
    call_ids = server.model.script_tool_calls(
        [{"name": "get_weather", "arguments": {"city": "Paris"}}, {"name": "get_time", "id": "call-2"}]
    )
    assert call_ids[1] == "call-2"
    session = api.new_session()
    api.say(session["id"], "Weather?")
    events = api.wait_for_type(session["id"], "tool.call_requested")
    requested = events[-1]["data"]["tool_calls"]
    assert requested == [
        {"id": call_ids[0], "name": "get_weather", "arguments": {"city": "Paris"}},
        {"id": "call-2", "name": "get_time", "arguments": {}},
    ]
    assert api.get(f"/v1/sessions/{session['id']}").json()["status"] == "waiting_for_tool_results"

    path = f"/v1/sessions/{session['id']}/tool-results"
    unknown = api.post(path, {"tool_results": [{"tool_call_id": "call-9", "result": 1}]})
    assert unknown.status == 400
    partial = api.post(path, {"tool_results": [{"tool_call_id": call_ids[0], "result": {"temp_c": 21}}]})
    assert partial.json() == {"accepted": 1, "status": "waiting_for_more_results"}
    last = api.post(path, {"tool_results": [{"tool_call_id": "call-2", "error": "clock unavailable"}]})
    assert last.json() == {"accepted": 1, "status": "resumed"}

    events = api.wait_for_turns(session["id"])
    after_request = types(events)[types(events).index("tool.call_requested") + 1 :]
    assert squeeze(after_request) == ["tool.completed", "tool.completed", *REPLY_EVENTS]
    outcomes = [e["data"] for e in events if e["type"] == "tool.completed"]
    assert [(o["tool_name"], o["success"], o["status"]) for o in outcomes] == [
        ("get_weather", True, "success"),
        ("get_time", False, "error"),
    ]
    reply = events[-2]["data"]["message"]["content"][0]["text"]
    assert reply == 'get_weather returned {"temp_c": 21}. get_time failed: clock unavailable.'
    assert api.get(f"/v1/sessions/{session['id']}").json()["status"] == "idle"


def test_tool_results_before_the_turn_waits_are_a_409(server, api):
    session = api.new_session()
    reply = api.post(f"/v1/sessions/{session['id']}/tool-results", {"tool_results": [{"tool_call_id": "x"}]})
    assert (reply.status, reply.json()["code"]) == (409, "not_waiting_for_tool_results")
    assert "not waiting for tool results" in reply.json()["detail"]


def test_a_scripted_then_reply_follows_the_tools(server, api):
    (call_id,) = server.model.script_tool_calls([{"name": "noop"}], then_reply="All done.")
    session = api.new_session()
    api.say(session["id"], "Go")
    api.wait_for_type(session["id"], "tool.call_requested")
    api.post(
        f"/v1/sessions/{session['id']}/tool-results", {"tool_results": [{"tool_call_id": call_id, "result": None}]}
    )
    events = api.wait_for_turns(session["id"])
    assert events[-2]["data"]["message"]["content"][0]["text"] == "All done."


def test_cancel_ends_a_running_turn_with_turn_cancelled(connect):
    with LocalServer(turn_delay=0.05) as slow:
        api = connect(slow)
        slow.model.script_reply("word " * 200)
        session = api.new_session()
        api.say(session["id"], "Talk a lot")
        api.wait_for_type(session["id"], "output.message.delta")
        reply = api.post(f"/v1/sessions/{session['id']}/cancel")
        assert reply.json()["status"] == "cancelled"
        events = api.events(session["id"])
        assert events[-1]["type"] == "turn.cancelled"
        assert events[-1]["data"]["turn_id"] == events[1]["data"]["turn_id"]
        assert "output.message.completed" not in types(events)
        assert api.get(f"/v1/sessions/{session['id']}").json()["status"] == "idle"


def test_cancel_also_ends_a_turn_waiting_for_tool_results(server, api):
    server.model.script_tool_calls([{"name": "never"}])
    session = api.new_session()
    api.say(session["id"], "Go")
    api.wait_for_type(session["id"], "tool.call_requested")
    assert api.post(f"/v1/sessions/{session['id']}/cancel").json()["status"] == "cancelled"
    assert types(api.events(session["id"]))[-1] == "turn.cancelled"


def test_session_status_goes_started_active_idle(connect):
    with LocalServer(turn_delay=0.05) as slow:
        api = connect(slow)
        session = api.new_session()
        assert session["status"] == "started"
        api.say(session["id"], "Hello")
        api.wait_for_type(session["id"], "turn.started")
        assert api.get(f"/v1/sessions/{session['id']}").json()["status"] == "active"
        api.wait_for_turns(session["id"])
        assert api.get(f"/v1/sessions/{session['id']}").json()["status"] == "idle"
