"""Posting user messages (each starts a turn) and listing a session's messages."""

from __future__ import annotations

import pytest


def test_a_posted_message_answers_201_with_the_stored_message(api):
    session = api.new_session()
    body = {
        "message": {"role": "user", "content": [{"type": "text", "text": "Hello!"}]},
        "controls": {"locale": "en"},
        "external_actor": {"actor_id": "u-1", "source": "slack"},
        "metadata": {"k": "v"},
        "tags": ["t"],
    }
    reply = api.post(f"/v1/sessions/{session['id']}/messages", body)
    assert reply.status == 201
    message = reply.json()
    assert message["id"].startswith("message_")
    assert (message["role"], message["content"]) == ("user", body["message"]["content"])
    assert (message["controls"], message["external_actor"], message["metadata"]) == (
        body["controls"],
        body["external_actor"],
        body["metadata"],
    )


def test_the_role_may_be_left_out(api):
    session = api.new_session()
    reply = api.post(
        f"/v1/sessions/{session['id']}/messages", {"message": {"content": [{"type": "text", "text": "x"}]}}
    )
    assert reply.json()["role"] == "user"


@pytest.mark.parametrize(
    ("message", "detail"),
    [
        ({"role": "user", "content": []}, "at least one part"),
        ({"role": "user"}, "message.content is required"),
        ({"role": "user", "content": [{"type": "text", "text": "  "}]}, "must not be empty"),
        ({"role": "user", "content": [{"type": "text"}]}, "message.content[0].text is required"),
        ({"role": "agent", "content": [{"type": "text", "text": "x"}]}, "message.role must be 'user'"),
        ({"role": "user", "content": [{"type": "video"}]}, "type must be one of"),
        ({"role": "user", "content": [{"type": "image"}]}, "needs a url or base64"),
        ({"role": "user", "content": [{"type": "image_file"}]}, "image_id is required"),
    ],
)
def test_empty_or_malformed_content_is_a_400_naming_it(api, message, detail):
    session = api.new_session()
    reply = api.post(f"/v1/sessions/{session['id']}/messages", {"message": message})
    assert reply.status == 400
    assert detail in reply.json()["detail"]


def test_a_message_without_the_message_field_is_a_400(api):
    session = api.new_session()
    assert api.post(f"/v1/sessions/{session['id']}/messages", {"text": "hi"}).json()["detail"] == "message is required"


def test_image_parts_are_accepted(api):
    session = api.new_session()
    parts = [
        {"type": "image", "url": "https://example.com/cat.png"},
        {"type": "image_file", "image_id": "img_" + "1" * 32},
    ]
    reply = api.post(f"/v1/sessions/{session['id']}/messages", {"message": {"role": "user", "content": parts}})
    assert reply.status == 201


def test_messages_to_an_unknown_session_are_404(api):
    reply = api.post(
        "/v1/sessions/session_" + "0" * 32 + "/messages", {"message": {"content": [{"type": "text", "text": "x"}]}}
    )
    assert reply.json()["code"] == "session_not_found"


def test_the_list_holds_user_and_agent_messages_with_their_event_sequences(api):
    session = api.new_session()
    sent = api.say(session["id"], "One")
    events = api.wait_for_turns(session["id"])
    listed = api.get(f"/v1/sessions/{session['id']}/messages").json()
    assert set(listed) == {"data"}
    user, agent = listed["data"]
    assert (user["id"], user["session_id"], user["role"]) == (sent["id"], session["id"], "user")
    completed = next(e for e in events if e["type"] == "output.message.completed")
    assert (agent["id"], agent["role"], agent["sequence"]) == (
        completed["data"]["message"]["id"],
        "agent",
        completed["sequence"],
    )
    assert user["sequence"] == events[0]["sequence"] == 1
