"""Which handler answers which operation: the table of everything the server implements."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote

from . import (
    _agent_credentials,
    _agent_insights,
    _agent_markdown,
    _agent_triggers,
    _agent_versions,
    _agents,
    _budgets,
    _catalog,
    _connections,
    _events,
    _guardrails,
    _harnesses,
    _images,
    _memories,
    _memory_files,
    _messages,
    _session_databases,
    _session_storage,
    _sessions,
    _sse,
    _workspace_files,
    _workspaces,
)
from ._exchange import Request, Response
from ._problems import ProblemError

Handler = Callable[[Request], "Response | _sse.EventStream"]
WILDCARD = "path"

ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/v1/agents", _agents.list_agents),
    ("POST", "/v1/agents", _agents.create_agent),
    ("POST", "/v1/agents/analyze", _agent_insights.analyze_agent),
    ("GET", "/v1/agents/check-name", _agents.check_agent_name),  # before {agent_id}, which it would match
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
    ("GET", "/v1/agents/{agent_id}/triggers", _agent_triggers.list_agent_triggers),
    ("POST", "/v1/agents/{agent_id}/triggers", _agent_triggers.create_agent_trigger),
    ("GET", "/v1/agents/{agent_id}/triggers/{trigger_id}", _agent_triggers.get_agent_trigger),
    ("PATCH", "/v1/agents/{agent_id}/triggers/{trigger_id}", _agent_triggers.update_agent_trigger),
    ("DELETE", "/v1/agents/{agent_id}/triggers/{trigger_id}", _agent_triggers.delete_agent_trigger),
    ("POST", "/v1/agents/{agent_id}/triggers/{trigger_id}/trigger", _agent_triggers.trigger_agent_trigger),
    ("GET", "/v1/agents/{agent_id}/triggers/{trigger_id}/runs", _agent_triggers.list_agent_trigger_runs),
    ("GET", "/v1/agents/{agent_id}/credentials", _agent_credentials.list_credentials),
    ("POST", "/v1/agents/{agent_id}/credentials", _agent_credentials.create_credential_binding),
    ("PUT", "/v1/agents/{agent_id}/credentials/{binding_id}", _agent_credentials.set_credential_value),
    ("DELETE", "/v1/agents/{agent_id}/credentials/{binding_id}", _agent_credentials.delete_credential_binding),
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
    ("GET", "/v1/budgets", _budgets.list_budgets),
    ("POST", "/v1/budgets", _budgets.create_budget),
    ("GET", "/v1/budgets/{budget_id}", _budgets.get_budget),
    ("PATCH", "/v1/budgets/{budget_id}", _budgets.update_budget),
    ("DELETE", "/v1/budgets/{budget_id}", _budgets.delete_budget),
    ("POST", "/v1/budgets/{budget_id}/top-up", _budgets.top_up_budget),
    ("GET", "/v1/budgets/{budget_id}/ledger", _budgets.list_budget_ledger),
    ("GET", "/v1/budgets/{budget_id}/check", _budgets.check_budget),
    ("GET", "/v1/user/connections", _connections.list_connections),
    ("POST", "/v1/user/connections/{provider}", _connections.set_connection),
    ("DELETE", "/v1/user/connections/{provider}", _connections.remove_connection),
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
    ("GET", "/v1/sessions/facets", _sessions.get_session_facets),  # before {session_id}, which it would match
    ("GET", "/v1/sessions/{session_id}/resolved-model", _sessions.get_session_resolved_model),
    ("GET", "/v1/sessions/{session_id}/budgets", _sessions.list_session_budgets),
    ("GET", "/v1/sessions/{session_id}/budget-check", _sessions.check_session_budgets),
    ("POST", "/v1/sessions/{session_id}/resume", _sessions.resume_session),
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
    ("GET", "/v1/sessions/{session_id}/databases", _session_databases.list_databases),
    ("POST", "/v1/sessions/{session_id}/databases", _session_databases.create_database),
    ("GET", "/v1/sessions/{session_id}/databases/{name}", _session_databases.get_database),
    ("DELETE", "/v1/sessions/{session_id}/databases/{name}", _session_databases.delete_database),
    ("GET", "/v1/sessions/{session_id}/databases/{name}/schema", _session_databases.get_schema),
    ("GET", "/v1/sessions/{session_id}/storage/keys", _session_storage.list_keys),
    ("GET", "/v1/sessions/{session_id}/storage/secrets", _session_storage.list_secrets),
    ("PUT", "/v1/sessions/{session_id}/storage/secrets", _session_storage.batch_set_secrets),
    ("DELETE", "/v1/sessions/{session_id}/storage/secrets/{name}", _session_storage.delete_secret),
    ("GET", "/v1/images", _images.list_images),
    ("POST", "/v1/images", _images.upload_image),
    ("GET", "/v1/images/{image_id}", _images.get_image),
    ("DELETE", "/v1/images/{image_id}", _images.delete_image),
    ("GET", "/v1/images/{image_id}/thumbnail", _images.get_thumbnail),
    ("GET", "/v1/workspaces", _workspaces.list_workspaces),
    ("POST", "/v1/workspaces", _workspaces.create_workspace),
    ("GET", "/v1/workspaces/{workspace_id}", _workspaces.get_workspace),
    ("PATCH", "/v1/workspaces/{workspace_id}", _workspaces.update_workspace),
    ("DELETE", "/v1/workspaces/{workspace_id}", _workspaces.delete_workspace),
    # The actions under ``fs/_/`` come before ``fs/{path}``, which takes every path below ``fs/``.
    ("POST", "/v1/workspaces/{workspace_id}/fs/_/copy", _workspace_files.copy_file),
    ("POST", "/v1/workspaces/{workspace_id}/fs/_/move", _workspace_files.move_file),
    ("POST", "/v1/workspaces/{workspace_id}/fs/_/grep", _workspace_files.grep_files),
    ("POST", "/v1/workspaces/{workspace_id}/fs/_/stat", _workspace_files.stat_file),
    ("GET", "/v1/workspaces/{workspace_id}/fs", _workspace_files.get_root),
    ("GET", "/v1/workspaces/{workspace_id}/fs/{path}", _workspace_files.get_path),
    ("POST", "/v1/workspaces/{workspace_id}/fs/{path}", _workspace_files.create_path),
    ("PUT", "/v1/workspaces/{workspace_id}/fs/{path}", _workspace_files.update_path),
    ("DELETE", "/v1/workspaces/{workspace_id}/fs/{path}", _workspace_files.delete_path),
    ("GET", "/v1/memories", _memories.list_memories),
    ("POST", "/v1/memories", _memories.create_memory),
    ("GET", "/v1/memories/{memory_id}", _memories.get_memory),
    ("PATCH", "/v1/memories/{memory_id}", _memories.update_memory),
    ("DELETE", "/v1/memories/{memory_id}", _memories.delete_memory),
    ("POST", "/v1/memories/{memory_id}/sync", _memories.sync_memory_now),
    ("GET", "/v1/memories/{memory_id}/fs/_/download/{path}", _memory_files.download_action),
    ("POST", "/v1/memories/{memory_id}/fs/_/grep", _memory_files.grep_action),
    ("POST", "/v1/memories/{memory_id}/fs/_/stat", _memory_files.stat_action),
    ("GET", "/v1/memories/{memory_id}/fs", _memory_files.list_root),
    ("GET", "/v1/memories/{memory_id}/fs/{path}", _memory_files.get_file),
    ("POST", "/v1/memories/{memory_id}/fs/{path}", _memory_files.create_file),
    ("PUT", "/v1/memories/{memory_id}/fs/{path}", _memory_files.update_file),
    ("DELETE", "/v1/memories/{memory_id}/fs/{path}", _memory_files.delete_file),
]


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile("".join(_piece(part) for part in re.split(r"(\{\w+\})", template)))


def _piece(part: str) -> str:
    """A template piece as a pattern: ``{path}`` (file paths) spans segments, other parameters one."""
    if not part.startswith("{"):
        return re.escape(part)
    name = part[1:-1]
    return f"(?P<{name}>{'.+' if name == WILDCARD else '[^/]+'})"


class Router:
    """Finds the handler for a method and a path below the prefix."""

    def __init__(self, routes: list[tuple[str, str, Handler]]) -> None:
        # Each with the literal start of its path: most routes are ruled out by that alone,
        # far cheaper than their pattern (the server matches every request against them).
        self._routes = [
            (method, template.split("{", 1)[0], _pattern(template), handler) for method, template, handler in routes
        ]

    def match(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        """The handler and the path parameters; 404 for an unknown path, 405 for a wrong method."""
        allowed: list[str] = []
        for route_method, start, pattern, handler in self._routes:
            found = pattern.fullmatch(path) if path.startswith(start) else None
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
