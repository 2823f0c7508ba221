"""Read-only looks at agents: usage statistics, prompt analysis and health checks."""

from __future__ import annotations

import hashlib
import json

from ._agents import CONFIG_SHAPE
from ._exchange import Request, Response, json_response
from ._ids import new_id, now
from ._model import default_reply
from ._problems import not_found
from ._validation import JsonObject, check_fields

SHORT_PROMPT = 40
_SESSION_STATES = ("active", "idle", "started", "waiting_for_tool_results")


def get_agent_stats(request: Request) -> Response:
    """``GET /v1/agents/{agent_id}/stats``: session counts by status and turns run (no token costs)."""
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        sessions = [s for s in org.sessions.values() if s.view().get("agent_id") == agent["id"]]
    records = [s.view() for s in sessions]
    by_status = {state: sum(1 for r in records if r["status"] == state) for state in _SESSION_STATES}
    created = sorted(r["created_at"] for r in records)
    return json_response(
        {
            "session_count": len(records),
            "active_session_count": by_status["active"],
            "idle_session_count": by_status["idle"],
            "started_session_count": by_status["started"],
            "waiting_for_tool_results_session_count": by_status["waiting_for_tool_results"],
            "execution_count": sum(s.runner.turns_started for s in sessions),
            "first_session_at": created[0] if created else None,
            "last_session_at": created[-1] if created else None,
            "last_execution_at": None,
            "total_session_duration_ms": 0,
            "total_input_tokens": 0,
            "total_output_tokens": 0,
            "total_cache_read_tokens": 0,
            "total_cache_creation_tokens": 0,
            "total_actual_cost_usd": 0.0,
            "total_estimated_cost_usd": 0.0,
            "total_cost_usd": 0.0,
        }
    )


def analyze_agent(request: Request) -> Response:
    """``POST /v1/agents/analyze``: a few simple, deterministic findings about a draft agent."""
    body = request.json()
    check_fields(body, {"system_prompt": "string!", "capabilities": "array", "tools": "array", "mcpServers": "object"})
    prompt = body["system_prompt"]
    findings: list[JsonObject] = []
    if len(prompt.strip()) < SHORT_PROMPT:
        findings.append(
            _finding(
                "prompt-too-short", "warning", "completeness", "The system prompt says too little to steer the agent."
            )
        )
    if not body.get("capabilities") and not body.get("tools"):
        findings.append(
            _finding("no-tools", "suggestion", "effectiveness", "The agent has neither capabilities nor tools.")
        )
    marker = prompt.find("TODO")
    if marker >= 0:
        finding = _finding("unfinished-prompt", "warning", "structure", "The system prompt still contains a TODO.")
        finding["location"] = {"field": "system_prompt", "start": marker, "end": marker + 4}
        findings.append(finding)
    return json_response({"findings": findings})


def trigger_health_check(request: Request) -> Response:
    """``POST /v1/agents/{agent_id}/health-checks``: runs one canned case at once; always passes."""
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        config = {name: agent.get(name) for name in CONFIG_SHAPE}
        stamp = now()
        case = {
            "name": "greets-back",
            "user_message": "Hello",
            "rubric": "The agent answers the greeting.",
            "passed": True,
            "score": 1.0,
            "judge_reason": "The reply acknowledges the greeting.",
            "deterministic_reason": f"reply was {default_reply('Hello')!r}",
            "turns": 1,
            "latency_ms": 0,
            "input_tokens": 1,
            "output_tokens": len(default_reply("Hello").split()),
            "session_id": None,
            "error": None,
        }
        run: JsonObject = {
            "id": new_id("hcrun"),
            "agent_id": agent["id"],
            "config_hash": hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest(),
            "status": "completed",
            "model_id": agent.get("default_model_id"),
            "results": [case],
            "summary": {
                "total": 1,
                "passed": 1,
                "failed": 0,
                "errored": 0,
                "pass_rate": 1.0,
                "avg_score": 1.0,
                "avg_turns": 1.0,
                "total_input_tokens": case["input_tokens"],
                "total_output_tokens": case["output_tokens"],
            },
            "error_message": None,
            "created_at": stamp,
            "completed_at": stamp,
        }
        org.health_checks.setdefault(agent["id"], []).append(run)
    return json_response(run)


def list_health_checks(request: Request) -> Response:
    """``GET /v1/agents/{agent_id}/health-checks``: a bare array, newest first."""
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        return json_response(list(reversed(org.health_checks.get(agent["id"], []))))


def get_health_check(request: Request) -> Response:
    """``GET /v1/agents/{agent_id}/health-checks/{run_id}``."""
    org = request.org
    with org.lock:
        agent = org.find("agent", request.params["agent_id"])
        runs = org.health_checks.get(agent["id"], [])
        run = next((r for r in runs if r["id"] == request.params["run_id"]), None)
    if run is None:
        raise not_found("health_check", request.params["run_id"])
    return json_response(run)


def _finding(rule_id: str, severity: str, category: str, message: str) -> JsonObject:
    return {
        "rule_id": rule_id,
        "severity": severity,
        "category": category,
        "message": message,
        "source": "builtin",
        "fix": None,
        "location": {"field": "system_prompt", "start": None, "end": None} if category != "effectiveness" else None,
    }
