"""Sessions: harness and agent rules, stored fields, lists, updates, deletion, pins, cancel, export."""

from __future__ import annotations

import json

import pytest


def test_a_new_session_runs_on_generic_and_starts_in_status_started(api):
    session = api.new_session(title="First")
    generic = api.get("/v1/harnesses").json()["data"][0]
    assert (session["harness_id"], session["status"], session["title"]) == (generic["id"], "started", "First")
    assert session["workspace_id"].startswith("wsp_")
    assert session["self_url"] == f"{api.server.url}/v1/sessions/{session['id']}"


def test_a_session_from_an_agent_runs_on_the_agents_harness(api):
    harness = api.post("/v1/harnesses", {"name": "special"}).json()
    agent = api.new_agent(harness_name="special")
    by_id = api.new_session(agent_id=agent["id"])
    by_name = api.new_session(agent_name=agent["name"])
    assert by_id["harness_id"] == by_name["harness_id"] == harness["id"]
    assert by_id["agent_id"] == by_name["agent_id"] == agent["id"]
    explicit = api.new_session(agent_id=agent["id"], harness_name="generic")
    assert explicit["harness_id"] != harness["id"]


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"harness_name": "generic", "harness_id": "harness_" + "0" * 32}, "give harness_name or harness_id, not both"),
        ({"agent_id": "agent_" + "0" * 32, "agent_name": "x"}, "give agent_name or agent_id, not both"),
    ],
)
def test_both_ways_of_naming_the_same_thing_is_a_400(api, body, detail):
    reply = api.post("/v1/sessions", body)
    assert (reply.status, reply.json()["detail"]) == (400, detail)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"harness_name": "nope"}, "harness_not_found"),
        ({"harness_id": "harness_" + "0" * 32}, "harness_not_found"),
        ({"agent_id": "agent_" + "0" * 32}, "agent_not_found"),
        ({"agent_name": "nobody"}, "agent_not_found"),
        ({"model_id": "gpt-imaginary"}, "model_not_found"),
    ],
)
def test_unknown_references_are_404s_with_the_kind_in_the_code(api, body, code):
    reply = api.post("/v1/sessions", body)
    assert (reply.status, reply.json()["code"]) == (404, code)


def test_what_a_session_is_created_with_is_stored(api):
    tool = {"type": "client_side", "name": "lookup", "description": "Looks up", "parameters": {"type": "object"}}
    fields = {
        "title": "Stored",
        "locale": "de-DE",
        "model_id": "llmsim-echo",
        "tags": ["a"],
        "capabilities": [{"ref": "current_time"}],
        "tools": [tool],
        "parallel_tool_calls": False,
        "initial_files": [{"path": "/notes.md", "content": "hi"}],
    }
    created = api.new_session(**fields)
    fetched = api.get(f"/v1/sessions/{created['id']}").json()
    for name, value in fields.items():
        assert fetched[name] == value, name


def test_list_is_newest_first_and_filters_by_agent_and_title(api):
    agent = api.new_agent()
    older = api.new_session(title="Budget review", agent_id=agent["id"])
    newer = api.new_session(title="Holiday plans")
    assert [s["id"] for s in api.get("/v1/sessions").json()["data"]] == [newer["id"], older["id"]]
    assert [s["id"] for s in api.get("/v1/sessions", query={"agent_id": agent["id"]}).json()["data"]] == [older["id"]]
    assert [s["id"] for s in api.get("/v1/sessions", query={"search": "holiday"}).json()["data"]] == [newer["id"]]
    page = api.get("/v1/sessions", query={"limit": 1}).json()
    assert (page["total"], len(page["data"]), page["next_url"] is not None) == (2, 1, True)


def test_update_sets_title_locale_and_tags(api):
    session = api.new_session(title="Before")
    updated = api.patch(f"/v1/sessions/{session['id']}", {"title": "After", "tags": ["x"], "locale": None}).json()
    assert (updated["title"], updated["tags"], updated["locale"]) == ("After", ["x"], None)
    assert api.patch(f"/v1/sessions/{session['id']}", {"title": 3}).status == 400


def test_a_deleted_session_is_gone(api):
    session = api.new_session()
    assert api.delete(f"/v1/sessions/{session['id']}").status == 204
    assert api.get(f"/v1/sessions/{session['id']}").json()["code"] == "session_not_found"
    assert api.delete(f"/v1/sessions/{session['id']}").status == 404


def test_pin_and_unpin(api):
    session = api.new_session()
    assert session["is_pinned"] is False
    assert api.put(f"/v1/sessions/{session['id']}/pin").status == 204
    assert api.get(f"/v1/sessions/{session['id']}").json()["is_pinned"] is True
    assert api.delete(f"/v1/sessions/{session['id']}/pin").status == 204
    assert api.get(f"/v1/sessions/{session['id']}").json()["is_pinned"] is False


def test_cancel_without_a_running_turn_is_a_no_op(api):
    session = api.new_session()
    assert api.post(f"/v1/sessions/{session['id']}/cancel").json()["status"] == "no_op"
    assert api.post("/v1/sessions/session_" + "0" * 32 + "/cancel").status == 404


def test_export_is_one_json_message_per_line(api):
    session = api.new_session()
    api.say(session["id"], "Export me")
    api.wait_for_turns(session["id"])
    reply = api.get(f"/v1/sessions/{session['id']}/export")
    assert reply.media_type == "application/x-ndjson"
    lines = [json.loads(line) for line in reply.body.decode().splitlines()]
    assert [(m["role"], m["content"][0]["text"]) for m in lines] == [
        ("user", "Export me"),
        ("agent", "You said: Export me"),
    ]
