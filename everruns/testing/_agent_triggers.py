"""An agent's triggers: schedules that post a message to the agent, and their runs.

The local server never runs a schedule by the clock: ``POST .../trigger`` runs one now
(a session of the agent, new or the trigger's own, and the schedule's message posted in
it), which is what a test wants to see.
"""

from __future__ import annotations

import re
import zoneinfo

from ._exchange import Request, Response, json_response, no_content
from ._ids import new_id, now
from ._messages import user_message
from ._problems import invalid, not_found
from ._sessions import find_session, open_session
from ._store import Org
from ._validation import JsonObject, check_fields, query_bool

SESSION_MODES = ("session_per_invocation", "shared_session")
_CRON_FIELD = re.compile(r"[0-9*/,\-A-Za-z?LW#]+")
_SCHEDULE = ("cron_expression", "message", "timezone", "session_mode")  # a schedule trigger's config
_CREATE_SHAPE = {
    "cron_expression": "string!",
    "message": "string!",
    "timezone": "string",
    "session_mode": "string",
    "enabled": "boolean",
}
_UPDATE_SHAPE = dict.fromkeys(_SCHEDULE, "string?") | {"enabled": "boolean?"}


def _check_schedule(body: JsonObject) -> None:
    """400 for a cron expression that is not five or six fields, an unknown time zone, an
    empty message or an unknown session mode."""
    cron = body.get("cron_expression")
    if cron is not None and not (5 <= len(cron.split()) <= 6 and all(map(_CRON_FIELD.fullmatch, cron.split()))):
        raise invalid(f"cron_expression must be five or six cron fields, got {cron!r}", "invalid_cron_expression")
    zone = body.get("timezone")
    if zone is not None:
        try:
            zoneinfo.ZoneInfo(zone)
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            raise invalid(f"timezone must be an IANA time zone, got {zone!r}", "invalid_timezone") from None
    if body.get("message") is not None and not body["message"].strip():
        raise invalid("message must not be empty")
    if body.get("session_mode") is not None and body["session_mode"] not in SESSION_MODES:
        raise invalid(f"session_mode must be one of {', '.join(SESSION_MODES)}")


def _triggers(org: Org, agent_id: str) -> dict[str, JsonObject]:
    """The agent's triggers by id (404 for an unknown agent)."""
    org.find("agent", agent_id)
    with org.lock:
        return org.triggers.setdefault(agent_id, {})


def _trigger(request: Request) -> JsonObject:
    found = _triggers(request.org, request.params["agent_id"]).get(request.params["trigger_id"])
    if found is None or found["deleted_at"] is not None:
        raise not_found("trigger", request.params["trigger_id"])
    return found


def _view(record: JsonObject) -> JsonObject:
    return {key: value for key, value in record.items() if not key.startswith("_")}


def create_agent_trigger(request: Request) -> Response:
    """``POST /v1/agents/{agent_id}/triggers``: a schedule, enabled unless it says not."""
    body = request.json()
    check_fields(body, _CREATE_SHAPE)
    _check_schedule(body)
    triggers = _triggers(request.org, request.params["agent_id"])
    stamp = now()
    config = {
        "cron_expression": body["cron_expression"],
        "message": body["message"],
        "timezone": body.get("timezone", "UTC"),
        "session_mode": body.get("session_mode", "session_per_invocation"),
    }
    record: JsonObject = {
        "id": new_id("trigger"),
        "agent_id": request.params["agent_id"],
        "trigger_type": "schedule",
        "config": config,
        "enabled": body.get("enabled", True),
        "created_at": stamp,
        "updated_at": stamp,
        "archived_at": None,
        "deleted_at": None,
        "_runs": [],
        "_session_id": None,
    }
    with request.org.lock:
        triggers[record["id"]] = record
    return json_response(_view(record), status=201)


def list_agent_triggers(request: Request) -> Response:
    """``GET /v1/agents/{agent_id}/triggers``: a bare array, oldest first."""
    include_archived = query_bool(request.query, "include_archived") or False
    with request.org.lock:
        records = list(_triggers(request.org, request.params["agent_id"]).values())
    shown = [r for r in records if r["deleted_at"] is None and (include_archived or r["archived_at"] is None)]
    return json_response([_view(record) for record in shown])


def get_agent_trigger(request: Request) -> Response:
    """``GET /v1/agents/{agent_id}/triggers/{trigger_id}``."""
    return json_response(_view(_trigger(request)))


def update_agent_trigger(request: Request) -> Response:
    """``PATCH /v1/agents/{agent_id}/triggers/{trigger_id}``: the schedule's fields given, and ``enabled``."""
    body = request.json()
    check_fields(body, _UPDATE_SHAPE)
    _check_schedule(body)
    with request.org.lock:
        record = _trigger(request)
        record["config"].update({name: body[name] for name in _SCHEDULE if body.get(name) is not None})
        if body.get("enabled") is not None:
            record["enabled"] = body["enabled"]
        record["updated_at"] = now()
    return json_response(_view(record))


def delete_agent_trigger(request: Request) -> Response:
    """``DELETE /v1/agents/{agent_id}/triggers/{trigger_id}``: gone afterwards."""
    with request.org.lock:
        record = _trigger(request)
        record["deleted_at"] = now()
    return no_content()


def trigger_agent_trigger(request: Request) -> Response:
    """``POST .../triggers/{trigger_id}/trigger``: one run now; its message goes to a new
    session of the agent, or to the trigger's own one when it shares a session."""
    record = _trigger(request)
    config = record["config"]
    shared = config["session_mode"] == "shared_session"
    session = find_session(request.org, record["_session_id"]) if shared and record["_session_id"] else None
    created = session is None
    if session is None:
        title = f"Scheduled: {config['message'][:40]}"
        session = open_session(request, {"agent_id": record["agent_id"], "title": title}, source="schedule")
    stamp = now()
    with request.org.lock:
        record["_session_id"] = session.id
        record["_runs"].append(
            {"id": new_id("trun"), "status": "completed", "scheduled_at": stamp, "completed_at": stamp, "error": None}
        )
    session.runner.submit(user_message([{"type": "text", "text": config["message"]}], {}))
    return json_response({"session_id": session.id, "created_session": created})


def list_agent_trigger_runs(request: Request) -> Response:
    """``GET .../triggers/{trigger_id}/runs``: a bare array, newest first."""
    with request.org.lock:
        runs = list(reversed(_trigger(request)["_runs"]))
    return json_response(runs)
