"""Which handler answers which operation: the table of everything the server implements."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote

from . import (
    _agent_insights,
    _agent_markdown,
    _agent_versions,
    _agents,
    _catalog,
    _events,
    _guardrails,
    _harnesses,
    _messages,
    _sessions,
    _sse,
)
from ._exchange import Request, Response
from ._problems import ProblemError

Handler = Callable[[Request], "Response | _sse.EventStream"]

ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/v1/agents", _agents.list_agents),
    ("POST", "/v1/agents", _agents.create_agent),
    ("POST", "/v1/agents/analyze", _agent_insights.analyze_agent),
    ("POST", "/v1/agents/import", _agent_markdown.import_agent),
    ("GET", "/v1/agents/{agent_id}", _agents.get_agent),
    ("PATCH", "/v1/agents/{agent_id}", _agents.update_agent),
    ("DELETE", "/v1/agents/{agent_id}", _agents.delete_agent),
    ("POST", "/v1/agents/{agent_id}/copy", _agents.copy_agent),
    ("GET", "/v1/agents/{agent_id}/export", _agent_markdown.export_agent),
    ("GET", "/v1/agents/{agent_id}/stats", _agent_insights.get_agent_stats),
    ("GET", "/v1/agents/{agent_id}/health-checks", _agent_insights.list_health_checks),
    ("POST", "/v1/agents/{agent_id}/health-checks", _agent_insights.trigger_health_check),
    ("GET", "/v1/agents/{agent_id}/health-checks/{run_id}", _agent_insights.get_health_check),
    ("GET", "/v1/agents/{agent_id}/versions", _agent_versions.list_agent_versions),
    ("POST", "/v1/agents/{agent_id}/versions", _agent_versions.create_agent_version),
    ("POST", "/v1/agents/{agent_id}/versions/default", _agent_versions.set_default_agent_version),
    (
        "GET",
        "/v1/agents/{agent_id}/versions/{from_version_id}/diff/{to_version_id}",
        _agent_versions.diff_agent_versions,
    ),
    ("POST", "/v1/agents/{agent_id}/versions/{version_id}/fork", _agent_versions.fork_agent_version),
    ("POST", "/v1/agents/{agent_id}/versions/{version_id}/rollback", _agent_versions.rollback_agent_version),
    ("GET", "/v1/harnesses", _harnesses.list_harnesses),
    ("POST", "/v1/harnesses", _harnesses.create_harness),
    ("GET", "/v1/harnesses/{harness_id}", _harnesses.get_harness),
    ("PATCH", "/v1/harnesses/{harness_id}", _harnesses.update_harness),
    ("DELETE", "/v1/harnesses/{harness_id}", _harnesses.delete_harness),
    ("GET", "/v1/harness-examples", _harnesses.list_examples),
    ("GET", "/v1/models", _catalog.list_all_models),
    ("GET", "/v1/models/{id}", _catalog.get_model),
    ("GET", "/v1/capabilities", _catalog.list_capabilities),
    ("GET", "/v1/capabilities/guardrails/examples", _guardrails.list_guardrail_examples),
    ("POST", "/v1/capabilities/guardrails/dry-run", _guardrails.dry_run_guardrails),
    ("GET", "/v1/capabilities/{capability_id}", _catalog.get_capability),
    ("GET", "/v1/sessions", _sessions.list_sessions),
    ("POST", "/v1/sessions", _sessions.create_session),
    ("GET", "/v1/sessions/{session_id}", _sessions.get_session),
    ("PATCH", "/v1/sessions/{session_id}", _sessions.update_session),
    ("DELETE", "/v1/sessions/{session_id}", _sessions.delete_session),
    ("POST", "/v1/sessions/{session_id}/cancel", _sessions.cancel_turn),
    ("PUT", "/v1/sessions/{session_id}/pin", _sessions.pin_session),
    ("DELETE", "/v1/sessions/{session_id}/pin", _sessions.unpin_session),
    ("GET", "/v1/sessions/{session_id}/export", _sessions.export_session),
    ("GET", "/v1/sessions/{session_id}/messages", _messages.list_messages),
    ("POST", "/v1/sessions/{session_id}/messages", _messages.create_message),
    ("POST", "/v1/sessions/{session_id}/tool-results", _messages.submit_tool_results),
    ("GET", "/v1/sessions/{session_id}/events", _events.list_events),
    ("GET", "/v1/sessions/{session_id}/sse", _sse.stream_sse),
]


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile("".join(_piece(part) for part in re.split(r"(\{\w+\})", template)))


def _piece(part: str) -> str:
    return f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part)


class Router:
    """Finds the handler for a method and a path below the prefix."""

    def __init__(self, routes: list[tuple[str, str, Handler]]) -> None:
        self._routes = [(method, _pattern(template), handler) for method, template, handler in routes]

    def match(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        """The handler and the path parameters; 404 for an unknown path, 405 for a wrong method."""
        allowed: list[str] = []
        for route_method, pattern, handler in self._routes:
            found = pattern.fullmatch(path)
            if found is None:
                continue
            if route_method == method:
                return handler, {name: unquote(value) for name, value in found.groupdict().items()}
            allowed.append(route_method)
        if allowed:
            raise ProblemError(
                405, "method_not_allowed", f"{method} is not allowed on {path}", headers={"Allow": ", ".join(allowed)}
            )
        raise ProblemError(404, "not_found", f"no operation at {path}")
