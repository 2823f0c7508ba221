"""What a client feeds a session: user messages (each starts a turn) and client-side tool results."""

from __future__ import annotations

from ._exchange import Request, Response, json_response
from ._ids import new_id, now
from ._problems import invalid
from ._sessions import find_session
from ._validation import JsonObject, check_fields, check_items

_CREATE_SHAPE = {
    "message": "object!",
    "controls": "object?",
    "external_actor": "object?",
    "metadata": "object?",
    "tags": "array?",
    "addressed_participant_id": "string?",
}
_PART_SHAPES = {
    "text": {"text": "string!"},
    "image": {"url": "string?", "base64": "string?", "media_type": "string?"},
    "image_file": {"image_id": "string!", "filename": "string?"},
}


def _check_content(message: JsonObject) -> None:
    check_fields(message, {"role": "string", "content": "array!"}, "message.")
    if message.get("role", "user") != "user":
        raise invalid(f"message.role must be 'user', got {message['role']!r}")
    if not message["content"]:
        raise invalid("message.content must hold at least one part")
    for index, part in enumerate(message["content"]):
        where = f"message.content[{index}]"
        if not isinstance(part, dict) or part.get("type") not in _PART_SHAPES:
            raise invalid(f"{where}.type must be one of {', '.join(_PART_SHAPES)}")
        check_fields(part, _PART_SHAPES[part["type"]], where + ".")
        if part["type"] == "text" and not part["text"].strip():
            raise invalid(f"{where}.text must not be empty")
        if part["type"] == "image" and not (part.get("url") or part.get("base64")):
            raise invalid(f"{where} needs a url or base64 data")


def create_message(request: Request) -> Response:
    """``POST /v1/sessions/{session_id}/messages``: 201 with the message; its turn runs in the background."""
    body = request.json()
    check_fields(body, _CREATE_SHAPE)
    _check_content(body["message"])
    if body.get("external_actor") is not None:
        check_fields(body["external_actor"], {"actor_id": "string!", "source": "string!"}, "external_actor.")
    session = find_session(request.org, request.params["session_id"])
    message = user_message(body["message"]["content"], body)
    session.runner.submit(message)
    return json_response(message, status=201)


def user_message(content: list[JsonObject], fields: JsonObject) -> JsonObject:
    """A user message of ``content`` (its ``controls``, ``external_actor`` and ``metadata``
    from ``fields``), as the session keeps it."""
    return {
        "id": new_id("message"),
        "role": "user",
        "content": content,
        "created_at": now(),
        "controls": fields.get("controls"),
        "external_actor": fields.get("external_actor"),
        "metadata": fields.get("metadata"),
    }


def list_messages(request: Request) -> Response:
    """``GET /v1/sessions/{session_id}/messages``: ``{data}``, user and agent messages, oldest first."""
    session = find_session(request.org, request.params["session_id"])
    return json_response({"data": session.messages()})


def submit_tool_results(request: Request) -> Response:
    """``POST /v1/sessions/{session_id}/tool-results``: 409 unless a turn is waiting for them."""
    body = request.json()
    check_fields(body, {"tool_results": "array!"})
    check_items(body, "tool_results", {"tool_call_id": "string!", "result": "any", "error": "string?"})
    if not body["tool_results"]:
        raise invalid("tool_results must hold at least one result")
    session = find_session(request.org, request.params["session_id"])
    accepted, resumed = session.runner.submit_tool_results(body["tool_results"])
    return json_response({"accepted": accepted, "status": "resumed" if resumed else "waiting_for_more_results"})
