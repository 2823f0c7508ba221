"""An agent's credential bindings: where an MCP tool's secret parameter comes from.

A binding names a tool parameter; its value is set separately and never answered again
(``configured`` says whether one is set).
"""

from __future__ import annotations

import uuid

from ._exchange import Request, Response, json_response, no_content
from ._ids import now
from ._problems import invalid, not_found
from ._store import Org
from ._validation import JsonObject, check_fields

_CREATE_SHAPE = {
    "mcp_server_name": "string!",
    "tool_name": "string!",
    "parameter_name": "string!",
    "label": "string!",
    "description": "string?",
    "agent_id": "string",
}


def _bindings(org: Org, agent_id: str) -> dict[str, JsonObject]:
    """The agent's bindings by id (404 for an unknown agent)."""
    org.find("agent", agent_id)
    with org.lock:
        return org.credentials.setdefault(agent_id, {})


def _binding(request: Request) -> JsonObject:
    found = _bindings(request.org, request.params["agent_id"]).get(request.params["binding_id"])
    if found is None:
        raise not_found("credential_binding", request.params["binding_id"])
    return found


def _view(record: JsonObject) -> JsonObject:
    """The binding as answered: whether a value is set, never the value."""
    return {key: value for key, value in record.items() if key != "_value"} | {"configured": "_value" in record}


def create_credential_binding(request: Request) -> Response:
    """``POST /v1/agents/{agent_id}/credentials``: a binding without a value yet."""
    body = request.json()
    check_fields(body, _CREATE_SHAPE)
    agent_id = request.params["agent_id"]
    for name in ("mcp_server_name", "tool_name", "parameter_name", "label"):
        if not body[name].strip():
            raise invalid(f"{name} must not be empty")
    bindings = _bindings(request.org, agent_id)
    agent = request.org.find("agent", agent_id)
    server = (agent.get("mcpServers") or {}).get(body["mcp_server_name"]) or {}
    stamp = now()
    binding_id = str(uuid.uuid4())
    record: JsonObject = {
        "id": binding_id,
        "agent_id": agent_id,
        "mcp_server_name": body["mcp_server_name"],
        "mcp_server_url": server.get("url", ""),
        "tool_name": body["tool_name"],
        "parameter_name": body["parameter_name"],
        "label": body["label"],
        "description": body.get("description"),
        "created_at": stamp,
        "updated_at": stamp,
        "setup_url": request.ui_url(f"/agents/{agent_id}/credentials/{binding_id}"),
    }
    with request.org.lock:
        bindings[binding_id] = record
    return json_response(_view(record))


def set_credential_value(request: Request) -> Response:
    """``PUT /v1/agents/{agent_id}/credentials/{binding_id}``: the value is kept, never answered."""
    body = request.json()
    check_fields(body, {"value": "string!"})
    if not body["value"]:
        raise invalid("value must not be empty")
    with request.org.lock:
        record = _binding(request)
        record.update(_value=body["value"], updated_at=now())
    return json_response(_view(record))


def list_credentials(request: Request) -> Response:
    """``GET /v1/agents/{agent_id}/credentials``: ``{data}``, oldest first."""
    with request.org.lock:
        records = list(_bindings(request.org, request.params["agent_id"]).values())
    return json_response({"data": [_view(record) for record in records]})


def delete_credential_binding(request: Request) -> Response:
    """``DELETE /v1/agents/{agent_id}/credentials/{binding_id}``: the binding and its value are gone."""
    with request.org.lock:
        _binding(request)
        del _bindings(request.org, request.params["agent_id"])[request.params["binding_id"]]
    return no_content()
