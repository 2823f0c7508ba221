"""Harnesses: the base configuration sessions and agents run on. Every org has ``generic``."""

from __future__ import annotations

from typing import Any

from ._config_fields import check_config_lists
from ._exchange import Request, Response, json_response, no_content
from ._ids import new_id, now
from ._named_resources import check_status, listed, present, set_status
from ._problems import ProblemError, conflict
from ._store import GENERIC_HARNESS_NAME, Org
from ._validation import JsonObject, check_fields, check_slug

_CREATE_SHAPE = {
    "name": "string!",
    "display_name": "string?",
    "description": "string?",
    "system_prompt": "string?",
    "capabilities": "array",
    "default_model_id": "string?",
    "embedder_metadata": "object",
    "initial_files": "array",
    "mcpServers": "object",
    "network_access": "object?",
    "parent_harness_id": "string?",
    "tags": "array",
}
_UPDATE_SHAPE = {name: kind.rstrip("!?") + "?" for name, kind in _CREATE_SHAPE.items()} | {"status": "string?"}

_EXAMPLES: list[JsonObject] = [
    {
        "name": "coding",
        "display_name": "Coding",
        "description": "A workspace-minded harness for agents that read and change files.",
        "tags": ["engineering"],
        "capabilities": [{"ref": "session_file_system"}],
        "dev_only": False,
        "parent_name": "generic",
    },
    {
        "name": "research",
        "display_name": "Research",
        "description": "A harness for agents that look things up and cite what they found.",
        "tags": ["knowledge"],
        "capabilities": [{"ref": "web_fetch"}],
        "dev_only": False,
        "parent_name": "generic",
    },
]


def resolve_harness_id(org: Org, document: JsonObject, fallback: str | None = None) -> str:
    """The harness a body names by ``harness_name`` or ``harness_id`` (never both).

    Without either: ``fallback`` if given, else the org's ``generic`` harness.
    """
    harness = org.referenced(document, "harness")
    if harness is not None:
        return str(harness["id"])
    if fallback is not None:
        return fallback
    generic = org.live_named("harness", GENERIC_HARNESS_NAME)
    assert generic is not None, "the built-in harness can be neither archived nor renamed"
    return str(generic["id"])


def list_harnesses(request: Request) -> Response:
    """``GET /v1/harnesses``: ``{data}`` sorted by name, with ``search`` and ``include_archived``."""
    with request.org.lock:
        records = list(request.org.harnesses.values())
    return json_response({"data": [present(request, "harness", r, counts=True) for r in listed(request, records)]})


def get_harness(request: Request) -> Response:
    """``GET /v1/harnesses/{harness_id}``."""
    record = request.org.find("harness", request.params["harness_id"])
    return json_response(present(request, "harness", record, counts=True))


def create_harness(request: Request) -> Response:
    """``POST /v1/harnesses``: a new harness with a unique slug name."""
    body = request.json()
    check_fields(body, _CREATE_SHAPE)
    check_config_lists(body)
    check_slug(body["name"])
    org = request.org
    with org.lock:
        if org.live_named("harness", body["name"]) is not None:
            raise conflict("harness_name_conflict", f"a harness named {body['name']!r} already exists")
        if body.get("parent_harness_id") is not None:
            org.find("harness", body["parent_harness_id"])
        stamp = now()
        record: JsonObject = {
            "id": new_id("harness"),
            "status": "active",
            "is_built_in": False,
            "parallel_tool_calls": None,
            "archived_at": None,
            "deleted_at": None,
            "created_at": stamp,
            "updated_at": stamp,
            **{name: body.get(name, _empty(kind)) for name, kind in _CREATE_SHAPE.items()},
        }
        org.harnesses[record["id"]] = record
    return json_response(present(request, "harness", record, counts=False), status=201)


def update_harness(request: Request) -> Response:
    """``PATCH /v1/harnesses/{harness_id}``: set the fields given (``null`` leaves one as is)."""
    body = request.json()
    check_fields(body, _UPDATE_SHAPE)
    check_config_lists(body)
    org = request.org
    check_status(body.get("status"))
    with org.lock:
        record = _editable(org, request.params["harness_id"])
        changes = {name: value for name, value in body.items() if name in _UPDATE_SHAPE and value is not None}
        status = changes.pop("status", None)
        if "name" in changes:
            check_slug(changes["name"])
            other = org.live_named("harness", changes["name"])
            if other is not None and other["id"] != record["id"]:
                raise conflict("harness_name_conflict", f"a harness named {changes['name']!r} already exists")
        record.update(changes, updated_at=now())
        if status is not None:
            set_status(record, status)
    return json_response(present(request, "harness", record, counts=False))


def delete_harness(request: Request) -> Response:
    """``DELETE /v1/harnesses/{harness_id}``: archives it; it leaves lists unless asked for."""
    with request.org.lock:
        set_status(_editable(request.org, request.params["harness_id"]), "archived")
    return no_content()


def list_examples(request: Request) -> Response:
    """``GET /v1/harness-examples``: a bare array of starting points."""
    return json_response(_EXAMPLES)


def _editable(org: Org, harness_id: str) -> JsonObject:
    record = org.find("harness", harness_id)
    if record["is_built_in"]:
        raise ProblemError(403, "forbidden", f"the built-in harness {record['name']!r} cannot be changed or deleted")
    return record


def _empty(kind: str) -> Any:
    """What an omitted field reads as: an empty list or object, or ``null``."""
    return {"array": [], "object": {}}.get(kind)
