"""The operations the official SDKs cover: each has a facade method, and each facade
method calls exactly its operation.

``SCOPE`` is the table (method, path, operationId, facade method). Which operation a
method calls is read from its source: ``self._call(<operation>, ...)`` and
``self._send(<operation>, ...)`` (or a generated ``<operation>._get_kwargs``) in its
body, in the methods of its own class it calls and in its module's functions; the
generated module says the HTTP method and path it requests. The event stream is served by
the SDK's own SSE client rather than a generated call, so it is checked on a live server.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from shared_files import require_shared

from everruns import Everruns
from everruns._resource import Resource
from everruns.testing import LocalServer

ROOT = Path(__file__).resolve().parents[1]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
UPSTREAM_SCOPE = ROOT.parent / "shared" / "upstream" / "sdk-scope.tsv"
SCOPE_SIZE = 85
GENERATED_PACKAGE = "everruns_api.api."
CALLS = ("sync_detailed", "sync", "_get_kwargs")  # the last builds the request for the caller to send
ENDPOINT_CALLERS = ("_call", "_send")  # Resource's shared call path: the endpoint module comes first
SERVED_WITHOUT_A_GENERATED_CALL = {"stream_sse": "events.stream"}

SCOPE: list[tuple[str, str, str, str]] = [
    ("POST", "/v1/agents/analyze", "analyze_agent", "agents.analyze"),
    ("POST", "/v1/agents/{agent_id}/copy", "copy_agent", "agents.copy"),
    ("POST", "/v1/agents", "create_agent", "agents.create"),
    ("DELETE", "/v1/agents/{agent_id}", "delete_agent", "agents.delete"),
    ("GET", "/v1/agents/{agent_id}/export", "export_agent", "agents.export"),
    ("GET", "/v1/agents/{agent_id}", "get_agent", "agents.get"),
    ("GET", "/v1/agents/{agent_id}/health-checks/{run_id}", "get_health_check", "agents.health_checks.get"),
    ("GET", "/v1/agents/{agent_id}/health-checks", "list_health_checks", "agents.health_checks.list"),
    ("POST", "/v1/agents/{agent_id}/health-checks", "trigger_health_check", "agents.health_checks.trigger"),
    ("POST", "/v1/agents/import", "import_agent", "agents.import_agent"),
    ("GET", "/v1/agents", "list_agents", "agents.list"),
    ("GET", "/v1/agents/{agent_id}/stats", "get_agent_stats", "agents.stats"),
    ("PATCH", "/v1/agents/{agent_id}", "update_agent", "agents.update"),
    ("POST", "/v1/agents/{agent_id}/versions", "create_agent_version", "agents.versions.create"),
    (
        "GET",
        "/v1/agents/{agent_id}/versions/{from_version_id}/diff/{to_version_id}",
        "diff_agent_versions",
        "agents.versions.diff",
    ),
    ("POST", "/v1/agents/{agent_id}/versions/{version_id}/fork", "fork_agent_version", "agents.versions.fork"),
    ("GET", "/v1/agents/{agent_id}/versions", "list_agent_versions", "agents.versions.list"),
    (
        "POST",
        "/v1/agents/{agent_id}/versions/{version_id}/rollback",
        "rollback_agent_version",
        "agents.versions.rollback",
    ),
    ("POST", "/v1/agents/{agent_id}/versions/default", "set_default_agent_version", "agents.versions.set_default"),
    ("POST", "/v1/capabilities/guardrails/dry-run", "dry_run_guardrails", "capabilities.dry_run_guardrails"),
    ("GET", "/v1/capabilities/{capability_id}", "get_capability", "capabilities.get"),
    ("GET", "/v1/capabilities", "list_capabilities", "capabilities.list"),
    ("GET", "/v1/capabilities/guardrails/examples", "list_guardrail_examples", "capabilities.list_guardrail_examples"),
    ("GET", "/v1/sessions/{session_id}/events", "list_events", "events.list"),
    ("GET", "/v1/sessions/{session_id}/sse", "stream_sse", "events.stream"),
    ("POST", "/v1/harnesses", "create_harness", "harnesses.create"),
    ("DELETE", "/v1/harnesses/{harness_id}", "delete_harness", "harnesses.delete"),
    ("GET", "/v1/harnesses/{harness_id}", "get_harness", "harnesses.get"),
    ("GET", "/v1/harnesses", "list_harnesses", "harnesses.list"),
    ("GET", "/v1/harness-examples", "list_examples", "harnesses.list_examples"),
    ("PATCH", "/v1/harnesses/{harness_id}", "update_harness", "harnesses.update"),
    ("DELETE", "/v1/images/{image_id}", "delete_image", "images.delete"),
    ("GET", "/v1/images/{image_id}", "get_image", "images.get"),
    ("GET", "/v1/images", "list_images", "images.list"),
    ("GET", "/v1/images/{image_id}/thumbnail", "get_thumbnail", "images.thumbnail"),
    ("POST", "/v1/images", "upload_image", "images.upload"),
    ("POST", "/v1/memories", "create_memory", "memories.create"),
    ("DELETE", "/v1/memories/{memory_id}", "delete_memory", "memories.delete"),
    ("POST", "/v1/memories/{memory_id}/fs/{path}", "create_file", "memories.files.create_file"),
    ("DELETE", "/v1/memories/{memory_id}/fs/{path}", "delete_file", "memories.files.delete"),
    ("GET", "/v1/memories/{memory_id}/fs/_/download/{path}", "download_action", "memories.files.read_bytes"),
    ("POST", "/v1/memories/{memory_id}/fs/_/grep", "grep_action", "memories.files.grep"),
    ("GET", "/v1/memories/{memory_id}/fs", "list_root", "memories.files.list"),
    ("GET", "/v1/memories/{memory_id}/fs/{path}", "get_file", "memories.files.read"),
    ("POST", "/v1/memories/{memory_id}/fs/_/stat", "stat_action", "memories.files.stat"),
    ("PUT", "/v1/memories/{memory_id}/fs/{path}", "update_file", "memories.files.update"),
    ("GET", "/v1/memories/{memory_id}", "get_memory", "memories.get"),
    ("GET", "/v1/memories", "list_memories", "memories.list"),
    ("POST", "/v1/memories/{memory_id}/sync", "sync_memory_now", "memories.sync"),
    ("PATCH", "/v1/memories/{memory_id}", "update_memory", "memories.update"),
    ("POST", "/v1/sessions/{session_id}/messages", "create_message", "messages.create"),
    ("GET", "/v1/sessions/{session_id}/messages", "list_messages", "messages.list"),
    ("GET", "/v1/models/{id}", "get_model", "models.get"),
    ("GET", "/v1/models", "list_all_models", "models.list"),
    ("POST", "/v1/sessions/{session_id}/databases", "create_database", "session_databases.create"),
    ("DELETE", "/v1/sessions/{session_id}/databases/{name}", "delete_database", "session_databases.delete"),
    ("GET", "/v1/sessions/{session_id}/databases/{name}", "get_database", "session_databases.get"),
    ("GET", "/v1/sessions/{session_id}/databases", "list_databases", "session_databases.list"),
    ("GET", "/v1/sessions/{session_id}/databases/{name}/schema", "get_schema", "session_databases.schema"),
    ("GET", "/v1/sessions/{session_id}/storage/keys", "list_keys", "session_storage.list_keys"),
    ("GET", "/v1/sessions/{session_id}/storage/secrets", "list_secrets", "session_storage.list_secrets"),
    ("POST", "/v1/sessions/{session_id}/cancel", "cancel_turn", "sessions.cancel"),
    ("POST", "/v1/sessions", "create_session", "sessions.create"),
    ("DELETE", "/v1/sessions/{session_id}", "delete_session", "sessions.delete"),
    ("GET", "/v1/sessions/{session_id}/export", "export_session_jsonl", "sessions.export"),
    ("GET", "/v1/sessions/{session_id}", "get_session", "sessions.get"),
    ("GET", "/v1/sessions", "list_sessions", "sessions.list"),
    ("PUT", "/v1/sessions/{session_id}/pin", "pin_session", "sessions.pin"),
    ("DELETE", "/v1/sessions/{session_id}/pin", "unpin_session", "sessions.unpin"),
    ("PATCH", "/v1/sessions/{session_id}", "update_session", "sessions.update"),
    ("POST", "/v1/sessions/{session_id}/tool-results", "submit_tool_results", "tools.submit"),
    ("POST", "/v1/workspaces/{workspace_id}/fs/_/copy", "copy_file", "workspace_files.copy"),
    ("POST", "/v1/workspaces/{workspace_id}/fs/{path}", "create_path", "workspace_files.create_file"),
    ("DELETE", "/v1/workspaces/{workspace_id}/fs/{path}", "delete_path", "workspace_files.delete"),
    ("POST", "/v1/workspaces/{workspace_id}/fs/_/grep", "grep_files", "workspace_files.grep"),
    ("GET", "/v1/workspaces/{workspace_id}/fs", "get_root", "workspace_files.list"),
    ("POST", "/v1/workspaces/{workspace_id}/fs/_/move", "move_file", "workspace_files.move"),
    ("GET", "/v1/workspaces/{workspace_id}/fs/{path}", "get_path", "workspace_files.read"),
    ("POST", "/v1/workspaces/{workspace_id}/fs/_/stat", "stat_file", "workspace_files.stat"),
    ("PUT", "/v1/workspaces/{workspace_id}/fs/{path}", "update_path", "workspace_files.update"),
    ("POST", "/v1/workspaces", "create_workspace", "workspaces.create"),
    ("DELETE", "/v1/workspaces/{workspace_id}", "delete_workspace", "workspaces.delete"),
    ("GET", "/v1/workspaces/{workspace_id}", "get_workspace", "workspaces.get"),
    ("GET", "/v1/workspaces", "list_workspaces", "workspaces.list"),
    ("PATCH", "/v1/workspaces/{workspace_id}", "update_workspace", "workspaces.update"),
]


def test_the_table_holds_every_scope_operation_once_and_each_is_in_the_description() -> None:
    operation_ids = [operation_id for _, _, operation_id, _ in SCOPE]
    assert len(operation_ids) == SCOPE_SIZE
    assert len(set(operation_ids)) == SCOPE_SIZE
    for method, path, operation_id, _ in SCOPE:
        described = SPEC["paths"].get(path, {}).get(method.lower(), {})
        assert described.get("operationId") == operation_id, f"{method} {path} is not {operation_id} in openapi.json"


def test_the_table_is_the_list_the_official_sdks_cover() -> None:
    lines = require_shared(UPSTREAM_SCOPE, "the upstream scope list").read_text(encoding="utf-8").splitlines()[1:]
    upstream = {tuple(line.split("\t")) for line in lines if line.strip()}
    assert {row[:3] for row in SCOPE} == upstream


def test_a_missing_shared_file_fails_in_ci_and_is_skipped_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "upstream" / "sdk-scope.tsv"
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"the scope list is missing: expected at .*sdk-scope\.tsv"):
        require_shared(missing, "the scope list")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match=r"sdk-scope\.tsv"):
        require_shared(missing, "the scope list")
    missing.parent.mkdir()
    missing.write_text("method\tpath\toperation\n", encoding="utf-8")
    assert require_shared(missing, "the scope list") == missing


@pytest.mark.parametrize(("method", "path", "operation_id", "served_by"), SCOPE, ids=[row[2] for row in SCOPE])
def test_the_facade_method_calls_exactly_its_operation(
    method: str, path: str, operation_id: str, served_by: str
) -> None:
    resource, name = facade_method(served_by)
    called = operations_called(type(resource), name)
    if operation_id in SERVED_WITHOUT_A_GENERATED_CALL:
        assert called == set(), f"{served_by} calls {called}"
    else:
        assert called == {(method, path)}, f"{served_by} calls {called}, not {method} {path}"


def test_no_public_facade_method_calls_more_than_one_operation() -> None:
    crowded = {}
    for resource_class in set(facade_classes()):
        for name, member in vars(resource_class).items():
            if inspect.isfunction(member) and not name.startswith("_"):
                called = operations_called(resource_class, name)
                if len(called) > 1:
                    crowded[f"{resource_class.__name__}.{name}"] = called
    assert crowded == {}


def test_the_stream_requests_its_operations_path_on_a_live_server() -> None:
    ((method, template, _, served_by),) = [row for row in SCOPE if row[2] in SERVED_WITHOUT_A_GENERATED_CALL]
    with LocalServer(turn_delay=0.001) as server, Everruns(api_key="dev", base_url=server.url) as client:
        session_id = client.sessions.create(harness_name="generic").id
        client.messages.create(session_id, "Hello")
        with client.events.stream(session_id) as stream:
            assert next(iter(stream)).type == "input.message"
        pattern = re.escape(template).replace(re.escape("{session_id}"), re.escape(session_id))
        assert any(r.method == method and re.fullmatch("/api" + pattern, r.path) for r in server.requests), served_by


# --- reading the facade ---------------------------------------------------------------


def facade_method(served_by: str) -> tuple[Resource, str]:
    """The resource object and method name a dotted ``served_by`` (``agents.versions.list``) names."""
    *path, name = served_by.split(".")
    target: Any = offline_client()
    for attribute in path:
        target = getattr(target, attribute)
    assert isinstance(target, Resource), f"{served_by}: {type(target).__name__} is not a resource"
    assert callable(getattr(target, name, None)), f"{served_by} is not a method"
    return target, name


@functools.cache
def offline_client() -> Everruns:
    return Everruns(api_key="dev", base_url="http://127.0.0.1:9/api")


def facade_classes() -> Iterator[type[Resource]]:
    """Every resource class reachable from the client's properties, and theirs."""
    pending: list[Any] = [offline_client()]
    while pending:
        owner = pending.pop()
        for name, member in inspect.getmembers(type(owner)):
            if isinstance(member, functools.cached_property) and not name.startswith("_"):
                value = getattr(owner, name)
                if isinstance(value, Resource):
                    yield type(value)
                    pending.append(value)


def operations_called(resource_class: type, method_name: str) -> set[tuple[str, str]]:
    """(HTTP method, path) of every generated operation the method calls, itself or
    through its class's other methods and its module's functions."""
    tree = module_tree(resource_class.__module__)
    imported = generated_imports(tree)
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    (class_node,) = [
        node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == resource_class.__name__
    ]
    methods = {node.name: node for node in class_node.body if isinstance(node, ast.FunctionDef)}
    found: set[tuple[str, str]] = set()
    pending, seen = [methods[method_name]], set()
    while pending:
        function = pending.pop()
        if function.name in seen:
            continue
        seen.add(function.name)
        for call in (node for node in ast.walk(function) if isinstance(node, ast.Call)):
            callee = call.func
            first = call.args[0] if call.args else None
            if _names_endpoint(callee) and isinstance(first, ast.Name) and first.id in imported:
                found.add(generated_operation(imported[first.id]))
            elif isinstance(callee, ast.Attribute) and isinstance(callee.value, ast.Name):
                if callee.attr in CALLS and callee.value.id in imported:
                    found.add(generated_operation(imported[callee.value.id]))
                elif callee.value.id == "self" and callee.attr in methods:
                    pending.append(methods[callee.attr])
            elif isinstance(callee, ast.Name) and callee.id in functions:
                pending.append(functions[callee.id])
    return found


def _names_endpoint(callee: ast.expr) -> bool:
    """``self._call(<operation>, ...)``, ``self._send(<operation>, ...)`` and
    ``read(<operation>, response, ...)``: the shared call path of every resource, with
    the generated endpoint module first (a ``read`` with another module than the send
    before it shows up as a second operation)."""
    if isinstance(callee, ast.Name):
        return callee.id == "read"
    return (
        isinstance(callee, ast.Attribute)
        and isinstance(callee.value, ast.Name)
        and callee.value.id == "self"
        and callee.attr in ENDPOINT_CALLERS
    )


@functools.cache
def module_tree(module_name: str) -> ast.Module:
    return ast.parse(inspect.getsource(sys.modules[module_name]))


def generated_imports(tree: ast.Module) -> dict[str, str]:
    """Local name -> generated module, for ``from everruns_api.api.<tag> import <operation>``."""
    return {
        alias.asname or alias.name: f"{node.module}.{alias.name}"
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(GENERATED_PACKAGE)
        for alias in node.names
    }


@functools.cache
def generated_operation(module_name: str) -> tuple[str, str]:
    """The HTTP method and path template a generated operation module requests."""
    source = inspect.getsource(importlib.import_module(module_name))
    method = re.search(r'"method": "(\w+)"', source)
    url = re.search(r'"url": "([^"]+)"', source)
    assert method is not None, f"{module_name}: no HTTP method found"
    assert url is not None, f"{module_name}: no path found"
    return method.group(1).upper(), url.group(1)
