"""Agents: create (plain, apply by id, apply by name), read, list, update, archive, copy."""

from __future__ import annotations

from . import _named_resources as named_resources
from ._config_fields import check_config_lists
from ._exchange import Request, Response, json_response, no_content
from ._harnesses import resolve_harness_id
from ._ids import is_id, new_id, now
from ._listing import paginate
from ._named_resources import check_status, listed, set_status
from ._problems import conflict, invalid
from ._store import Org
from ._validation import JsonObject, check_fields, check_slug, query_str

CONFIG_SHAPE = {
    "name": "string!",
    "system_prompt": "string!",
    "display_name": "string?",
    "description": "string?",
    "capabilities": "array",
    "default_model_id": "string?",
    "initial_files": "array",
    "max_iterations": "integer?",
    "mcpServers": "object",
    "network_access": "object?",
    "parallel_tool_calls": "boolean?",
    "tags": "array",
    "tools": "array",
}
_CREATE_SHAPE = {**CONFIG_SHAPE, "id": "string?", "harness_id": "string?", "harness_name": "string?"}
_UPDATE_SHAPE = {name: kind.rstrip("!?") + "?" for name, kind in _CREATE_SHAPE.items() if name != "id"} | {
    "status": "string?"
}
_EMPTY: JsonObject = {"capabilities": [], "initial_files": [], "mcpServers": {}, "tags": [], "tools": []}


def save_agent(org: Org, config: JsonObject, harness_id: str, existing: JsonObject | None = None) -> JsonObject:
    """Store ``config`` as a new agent, or as the whole configuration of ``existing``.

    Fields ``config`` leaves out read as empty. A saved agent is active again even if it had
    been archived. The caller holds ``org.lock`` and has checked the name is free.
    """
    stamp = now()
    fields = {name: config.get(name, _EMPTY.get(name)) for name in CONFIG_SHAPE}
    if existing is not None:
        existing.update(fields, harness_id=harness_id, status="active", archived_at=None, updated_at=stamp)
        return existing
    record: JsonObject = {
        "id": config.get("id") or new_id("agent"),
        **fields,
        "harness_id": harness_id,
        "status": "active",
        "default_version_id": None,
        "forked_from_agent_id": config.get("forked_from_agent_id"),
        "forked_from_version_id": config.get("forked_from_version_id"),
        "root_agent_id": config.get("root_agent_id"),
        "usage": None,
        "archived_at": None,
        "deleted_at": None,
        "created_at": stamp,
        "updated_at": stamp,
    }
    org.agents[record["id"]] = record
    return record


def ensure_name_free(org: Org, name: str, owner_id: str | None = None) -> None:
    """409 ``agent_name_conflict`` when another live agent has ``name``."""
    other = org.live_named("agent", name)
    if other is not None and other["id"] != owner_id:
        raise conflict("agent_name_conflict", f"an agent named {name!r} already exists")


def check_agent_config(body: JsonObject, shape: dict[str, str] = CONFIG_SHAPE) -> None:
    """Types, nested lists and the slug rule for an agent configuration."""
    check_fields(body, shape)
    check_config_lists(body)
    if body.get("name") is not None:
        check_slug(body["name"])


def present(request: Request, record: JsonObject, *, counts: bool) -> JsonObject:
    """The agent as answered: links, and for reads the session and app counts."""
    return named_resources.present(request, "agent", record, counts=counts)


def create_agent(request: Request) -> Response:
    """``POST /v1/agents``: plain create, or an apply when ``id`` is given or ``name`` exists."""
    body = request.json()
    check_agent_config(body, _CREATE_SHAPE)
    agent_id = body.get("id")
    if agent_id is not None and not is_id(agent_id, "agent"):
        raise invalid(f"id must look like agent_<32 lowercase hex>, got {agent_id!r}")
    org = request.org
    with org.lock:
        target = org.agents.get(agent_id) if agent_id else org.live_named("agent", body["name"])
        ensure_name_free(org, body["name"], target["id"] if target else agent_id)
        harness_id = resolve_harness_id(org, body, fallback=target["harness_id"] if target else None)
        record = save_agent(org, body, harness_id, target)
    return json_response(present(request, record, counts=False), status=201)


def check_agent_name(request: Request) -> Response:
    """``GET /v1/agents/check-name``: whether ``name`` is free, ``exclude_id``'s own name
    aside (a rename keeps its name free for itself)."""
    name = query_str(request.query, "name")
    if not name:
        raise invalid("name is required")
    with request.org.lock:
        other = request.org.live_named("agent", name)
    available = other is None or other["id"] == query_str(request.query, "exclude_id")
    return json_response({"available": available})


def get_agent(request: Request) -> Response:
    """``GET /v1/agents/{agent_id}``."""
    record = request.org.find("agent", request.params["agent_id"])
    return json_response(present(request, record, counts=True))


def list_agents(request: Request) -> Response:
    """``GET /v1/agents``: by name, ``search``, ``include_archived``, offset pagination."""
    with request.org.lock:
        records = list(request.org.agents.values())
    return json_response(paginate(request, listed(request, records), lambda r: present(request, r, counts=True)))


def update_agent(request: Request) -> Response:
    """``PATCH /v1/agents/{agent_id}``: set the fields given (``null`` leaves one as is)."""
    body = request.json()
    check_agent_config(body, _UPDATE_SHAPE)
    check_status(body.get("status"))
    org = request.org
    with org.lock:
        record = org.find("agent", request.params["agent_id"])
        changes = {name: value for name, value in body.items() if name in CONFIG_SHAPE and value is not None}
        if "name" in changes:
            ensure_name_free(org, changes["name"], record["id"])
        harness_id = resolve_harness_id(org, body, fallback=record["harness_id"])
        record.update(changes, harness_id=harness_id, updated_at=now())
        if body.get("status") is not None:
            set_status(record, body["status"])
    return json_response(present(request, record, counts=False))


def delete_agent(request: Request) -> Response:
    """``DELETE /v1/agents/{agent_id}``: archives it; archived agents leave lists by default."""
    with request.org.lock:
        set_status(request.org.find("agent", request.params["agent_id"]), "archived")
    return no_content()


def copy_agent(request: Request) -> Response:
    """``POST /v1/agents/{agent_id}/copy``: the same configuration under a free ``<name>-copy`` name."""
    org = request.org
    with org.lock:
        source = org.find("agent", request.params["agent_id"])
        name = _free_copy_name(org, source["name"])
        display = f"{source['display_name']} (copy)" if source.get("display_name") else None
        config = {**source, "id": None, "name": name, "display_name": display, "forked_from_agent_id": None}
        config.update(forked_from_version_id=None, root_agent_id=None)
        record = save_agent(org, config, source["harness_id"])
    return json_response(present(request, record, counts=False), status=201)


def _free_copy_name(org: Org, name: str) -> str:
    for attempt in range(1, 1000):
        suffix = "-copy" if attempt == 1 else f"-copy-{attempt}"
        candidate = name[: 64 - len(suffix)].rstrip("-") + suffix
        if org.live_named("agent", candidate) is None:
            return candidate
    raise conflict("agent_name_conflict", f"no free copy name left for {name!r}")
