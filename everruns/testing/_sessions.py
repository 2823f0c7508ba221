"""Sessions: create (on a harness, optionally from an agent), read, list, update, delete,
cancel the running turn, pin, and export the conversation."""

from __future__ import annotations

import json
from collections import Counter

from ._catalog import find_model
from ._config_fields import check_config_lists
from ._exchange import Request, Response, json_response, no_content
from ._harnesses import resolve_harness_id
from ._ids import new_id, now
from ._listing import matches_search, paginate, search_term, with_links
from ._problems import invalid, not_found
from ._releases import as_released
from ._session import Session
from ._store import Org
from ._validation import JsonObject, check_fields, query_str

_CREATE_SHAPE = {
    "agent_id": "string?",
    "agent_name": "string?",
    "agent_identity_id": "string?",
    "harness_id": "string?",
    "harness_name": "string?",
    "title": "string?",
    "locale": "string?",
    "model_id": "string?",
    "system_prompt": "string?",
    "workspace_id": "string?",
    "tags": "array",
    "capabilities": "array",
    "tools": "array",
    "initial_files": "array",
    "parallel_tool_calls": "boolean?",
    "max_iterations": "integer?",
    "hints": "object?",
    "mcpServers": "object",
    "network_access": "object?",
    "goal": "string?",
    "source": "string?",
}
_STORED = (
    "title",
    "locale",
    "system_prompt",
    "agent_identity_id",
    "parallel_tool_calls",
    "max_iterations",
    "hints",
    "goal",
)
CLIENT_SOURCES = ("api", "chat")  # what a client may say started a session; the rest are the server's
_LISTS = ("tags", "capabilities", "tools", "initial_files")
_UPDATE_SHAPE = {
    "title": "string?",
    "locale": "string?",
    "tags": "array?",
    "agent_identity_id": "string?",
    "goal": "string?",
}


def find_session(org: Org, session_id: str) -> Session:
    """The session with this id, or 404 ``session_not_found``."""
    with org.lock:
        session = org.sessions.get(session_id)
    if session is None:
        raise not_found("session", session_id)
    return session


def _links(request: Request, record: JsonObject) -> JsonObject:
    """The session as answered: with its links, as the server's release answers it."""
    view = with_links(request, record, f"/v1/sessions/{record['id']}", f"/sessions/{record['id']}")
    return as_released(request.app.settings.release, "session", view)


def _present(request: Request, session: Session) -> JsonObject:
    return _links(request, session.view())


def create_session(request: Request) -> Response:
    """``POST /v1/sessions``: status ``started``; harness from the body, else the agent's, else ``generic``."""
    body = request.json()
    check_fields(body, _CREATE_SHAPE)
    check_config_lists(body)
    source = body.get("source") or "api"
    if source not in CLIENT_SOURCES:
        raise invalid(f"source must be one of {', '.join(CLIENT_SOURCES)}, got {source!r}")
    session = open_session(request, body, source)
    return json_response(_present(request, session), status=201)


def open_session(request: Request, body: JsonObject, source: str) -> Session:
    """A new session as ``body`` (a create request, checked) describes it, started by ``source``."""
    org = request.org
    with org.lock:
        agent = org.referenced(body, "agent")
        harness_id = resolve_harness_id(org, body, fallback=agent["harness_id"] if agent else None)
        model_id = body.get("model_id") or (agent or {}).get("default_model_id")
        if body.get("model_id") is not None and find_model(body["model_id"]) is None:
            raise not_found("model", body["model_id"])
        stamp = now()
        record: JsonObject = {
            "id": new_id("session"),
            "organization_id": org.id,
            "owner_principal_id": org.principal_id,
            "workspace_id": body.get("workspace_id") or new_id("wsp"),
            "harness_id": harness_id,
            "agent_id": agent["id"] if agent else None,
            "agent_version_id": agent.get("default_version_id") if agent else None,
            "model_id": model_id,
            "status": "started",
            "activity": "idle",
            "source": source,
            "is_pinned": False,
            "mcpServers": body.get("mcpServers", {}),
            "network_access": body.get("network_access"),
            "output_preview": None,
            "usage": None,
            "features": [],
            "created_at": stamp,
            "updated_at": stamp,
            **{name: body.get(name) for name in _STORED},
            **{name: body.get(name, []) for name in _LISTS},
        }
        session = Session(record, request.app.model, request.app.settings.turn_delay, org.budgets)
        org.sessions[session.id] = session
    return session


def get_session(request: Request) -> Response:
    """``GET /v1/sessions/{session_id}``."""
    return json_response(_present(request, find_session(request.org, request.params["session_id"])))


def list_sessions(request: Request) -> Response:
    """``GET /v1/sessions``: newest first, by ``agent_id`` and ``search`` (title), paginated."""
    agent_id = query_str(request.query, "agent_id")
    term = search_term(request)
    with request.org.lock:
        sessions = list(request.org.sessions.values())
    records = [s.view() for s in reversed(sessions)]
    chosen = [
        r for r in records if (agent_id is None or r["agent_id"] == agent_id) and matches_search(r, term, ("title",))
    ]
    return json_response(paginate(request, chosen, lambda r: _links(request, r)))


FACETS = ("activity", "source", "agent_id")  # what the facet counts group sessions by


def get_session_facets(request: Request) -> Response:
    """``GET /v1/sessions/facets``: the sessions that ``agent_id``, ``source`` and ``search``
    keep, counted by activity, source and agent (no durations or tokens here: zeros)."""
    agent_id, source = query_str(request.query, "agent_id"), query_str(request.query, "source")
    term = search_term(request)
    with request.org.lock:
        records = [session.view() for session in request.org.sessions.values()]
    kept = [
        r
        for r in records
        if agent_id in (None, r["agent_id"]) and source in (None, r["source"]) and matches_search(r, term, ("title",))
    ]
    counts = {facet: Counter(str(r.get(facet)) for r in kept if r.get(facet) is not None) for facet in FACETS}
    today = now()[:10]
    return json_response(
        {
            "total": len(kept),
            "by_activity": _facet(counts["activity"]),
            "by_source": _facet(counts["source"]),
            "by_agent": _facet(counts["agent_id"]),
            "active_now": counts["activity"]["running"],
            "failed_today": sum(1 for r in kept if r.get("activity") == "failed" and r["updated_at"][:10] == today),
            "p95_duration_ms": 0,
            "tokens_today": 0,
        }
    )


def _facet(counts: Counter[str]) -> list[JsonObject]:
    return [{"value": value, "count": count} for value, count in sorted(counts.items())]


def get_session_resolved_model(request: Request) -> Response:
    """``GET /v1/sessions/{session_id}/resolved-model``: the session's model, else its
    agent's default, else its harness's (``null`` when none names one)."""
    record = find_session(request.org, request.params["session_id"]).view()
    model_id = record.get("model_id")
    if model_id is None:
        with request.org.lock:
            harness = request.org.harnesses.get(record["harness_id"]) or {}
        model_id = harness.get("default_model_id")
    return json_response({"model_id": model_id})


def list_session_budgets(request: Request) -> Response:
    """``GET /v1/sessions/{session_id}/budgets``: a bare array of the budgets that cover it."""
    session = find_session(request.org, request.params["session_id"])
    return json_response(request.org.budgets.covering(session.view()))


def check_session_budgets(request: Request) -> Response:
    """``GET /v1/sessions/{session_id}/budget-check``: the most restrictive of its budgets."""
    session = find_session(request.org, request.params["session_id"])
    book = request.org.budgets
    return json_response(book.check(book.covering(session.view())))


def resume_session(request: Request) -> Response:
    """``POST /v1/sessions/{session_id}/resume``: its paused budgets that can pay for a
    reply again go on, and so does a turn paused on them."""
    session = find_session(request.org, request.params["session_id"])
    resumed = request.org.budgets.resume(session.view(), request.app.model.reply_price)
    return json_response({"resumed_budgets": resumed, "session_id": session.id})


def update_session(request: Request) -> Response:
    """``PATCH /v1/sessions/{session_id}``: title, locale, tags, agent identity."""
    body = request.json()
    check_fields(body, _UPDATE_SHAPE)
    session = find_session(request.org, request.params["session_id"])
    session.update(**{name: value for name, value in body.items() if name in _UPDATE_SHAPE and value is not None})
    return json_response(_present(request, session))


def delete_session(request: Request) -> Response:
    """``DELETE /v1/sessions/{session_id}``: gone afterwards; a running turn stops."""
    session = find_session(request.org, request.params["session_id"])
    with request.org.lock:
        request.org.sessions.pop(session.id, None)
    session.close()
    return no_content()


def cancel_turn(request: Request) -> Response:
    """``POST /v1/sessions/{session_id}/cancel``: ``cancelled`` when a turn was running, else ``no_op``."""
    session = find_session(request.org, request.params["session_id"])
    if session.runner.cancel():
        return json_response({"status": "cancelled", "message": "the running turn was cancelled"})
    return json_response({"status": "no_op", "message": "no turn was running"})


def pin_session(request: Request) -> Response:
    """``PUT /v1/sessions/{session_id}/pin``."""
    find_session(request.org, request.params["session_id"]).update(is_pinned=True)
    return no_content()


def unpin_session(request: Request) -> Response:
    """``DELETE /v1/sessions/{session_id}/pin``."""
    find_session(request.org, request.params["session_id"]).update(is_pinned=False)
    return no_content()


def export_session(request: Request) -> Response:
    """``GET /v1/sessions/{session_id}/export``: one JSON message per line (``application/x-ndjson``)."""
    session = find_session(request.org, request.params["session_id"])
    lines = "".join(json.dumps(message) + "\n" for message in session.messages())
    return Response(200, lines.encode(), "application/x-ndjson")
