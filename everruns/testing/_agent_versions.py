"""Agent versions: snapshots of an agent's configuration, with default, diff, fork and rollback."""

from __future__ import annotations

import hashlib
import json

from ._agents import CONFIG_SHAPE, ensure_name_free, present, save_agent
from ._exchange import Request, Response, json_response
from ._ids import new_id, now
from ._problems import invalid, not_found
from ._store import Org
from ._validation import JsonObject, check_fields, check_slug

CHANGE_KINDS = ("auto", "manual", "patch", "minor", "major", "import", "rollback", "fork")


def _versions(org: Org, agent_id: str) -> list[JsonObject]:
    return org.agent_versions.setdefault(agent_id, [])


def _find_version(org: Org, agent_id: str, version_id: str) -> JsonObject:
    version = next((v for v in _versions(org, agent_id) if v["id"] == version_id), None)
    if version is None:
        raise not_found("agent_version", version_id)
    return version


def _next_semver(previous: JsonObject | None, kind: str) -> tuple[int, int, int]:
    if previous is None:
        return 1, 0, 0
    major, minor, patch = previous["semver_major"], previous["semver_minor"], previous["semver_patch"]
    if kind == "major":
        return major + 1, 0, 0
    if kind == "minor":
        return major, minor + 1, 0
    return major, minor, patch + 1


def record_version(
    org: Org, agent: JsonObject, kind: str, summary: str | None, source: str | None = None
) -> JsonObject:
    """Snapshot ``agent`` as its next version; the first one becomes the default."""
    versions = _versions(org, agent["id"])
    previous = versions[-1] if versions else None
    major, minor, patch = _next_semver(previous, kind)
    authored = {name: agent.get(name) for name in CONFIG_SHAPE}
    version: JsonObject = {
        "id": new_id("agentver"),
        "agent_id": agent["id"],
        "version_number": len(versions) + 1,
        "semver_major": major,
        "semver_minor": minor,
        "semver_patch": patch,
        "version": f"{major}.{minor}.{patch}",
        "is_published": False,
        "change_kind": kind,
        "config_hash": hashlib.sha256(json.dumps(authored, sort_keys=True).encode()).hexdigest(),
        "authored_config": authored,
        "resolved_config": {**authored, "harness_id": agent["harness_id"]},
        "parent_version_id": previous["id"] if previous else None,
        "source_version_id": source,
        "summary": summary,
        "created_by_principal_id": org.principal_id,
        "created_at": now(),
    }
    versions.append(version)
    if agent.get("default_version_id") is None:
        agent["default_version_id"] = version["id"]
    return version


def list_agent_versions(request: Request) -> Response:
    """``GET /v1/agents/{agent_id}/versions``: a bare array, newest first."""
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        return json_response(list(reversed(_versions(org, agent["id"]))))


def create_agent_version(request: Request) -> Response:
    """``POST /v1/agents/{agent_id}/versions``: snapshot the current configuration."""
    body = request.json()
    check_fields(body, {"change_kind": "string?", "summary": "string?"})
    kind = body.get("change_kind") or "manual"
    if kind not in CHANGE_KINDS:
        raise invalid(f"change_kind must be one of {', '.join(CHANGE_KINDS)}, got {kind!r}")
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        return json_response(record_version(org, agent, kind, body.get("summary")))


def set_default_agent_version(request: Request) -> Response:
    """``POST /v1/agents/{agent_id}/versions/default``: which version new sessions pin."""
    body = request.json()
    check_fields(body, {"version_id": "string!"})
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        agent["default_version_id"] = _find_version(org, agent["id"], body["version_id"])["id"]
        agent["updated_at"] = now()
        return json_response(present(request, agent, counts=False))


def diff_agent_versions(request: Request) -> Response:
    """``GET .../versions/{from_version_id}/diff/{to_version_id}``: changed fields, ``{from, to}`` each."""
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        older = _find_version(org, agent["id"], request.params["from_version_id"])
        newer = _find_version(org, agent["id"], request.params["to_version_id"])
    return json_response(
        {
            "from_version_id": older["id"],
            "to_version_id": newer["id"],
            "authored_diff": _diff(older["authored_config"], newer["authored_config"]),
            "resolved_diff": _diff(older["resolved_config"], newer["resolved_config"]),
        }
    )


def fork_agent_version(request: Request) -> Response:
    """``POST .../versions/{version_id}/fork``: a new agent from that version, under a new name."""
    body = request.json()
    check_fields(body, {"name": "string!", "display_name": "string?", "description": "string?"})
    check_slug(body["name"])
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        version = _find_version(org, agent["id"], request.params["version_id"])
        ensure_name_free(org, body["name"])
        overrides = {name: body[name] for name in ("display_name", "description") if body.get(name) is not None}
        config = {
            **version["authored_config"],
            "name": body["name"],
            **overrides,
            "forked_from_agent_id": agent["id"],
            "forked_from_version_id": version["id"],
            "root_agent_id": agent.get("root_agent_id") or agent["id"],
        }
        fork = save_agent(org, config, version["resolved_config"]["harness_id"])
        record_version(org, fork, "fork", f"forked from {agent['name']} {version['version']}", source=version["id"])
        return json_response(present(request, fork, counts=False))


def rollback_agent_version(request: Request) -> Response:
    """``POST .../versions/{version_id}/rollback``: the agent takes that version's configuration.

    ``save_version`` (default true) records the result as a new ``rollback`` version.
    """
    body = request.json()
    check_fields(body, {"save_version": "boolean", "summary": "string?"})
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        version = _find_version(org, agent["id"], request.params["version_id"])
        ensure_name_free(org, version["authored_config"]["name"], agent["id"])
        save_agent(org, version["authored_config"], version["resolved_config"]["harness_id"], agent)
        if body.get("save_version", True):
            summary = body.get("summary") or f"rolled back to {version['version']}"
            record_version(org, agent, "rollback", summary, source=version["id"])
        return json_response(present(request, agent, counts=False))


def _diff(before: JsonObject, after: JsonObject) -> JsonObject:
    names = sorted(set(before) | set(after))
    return {n: {"from": before.get(n), "to": after.get(n)} for n in names if before.get(n) != after.get(n)}
