"""What the facade serves, and what each operation it serves needs beside its method.

There is no list to keep: ``scripts/facade_map.py`` reads which facade methods send which
operation from the source (the sync uses it too). For every operation served, the tests
ask for what a new facade method needs, and say what to add when a piece is missing: the
operation in ``openapi.json``, a route of the local server, an exchange recorded in a
cassette. The local server's conformance test exercises every route, and the surface
test records every method. Every operation the official SDKs cover
(``shared/upstream/sdk-scope.tsv``) is served.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import facade_map
import pytest
import spec_changes
import yaml
from shared_files import require_shared

from everruns import Everruns
from everruns.testing import LocalServer
from everruns.testing._routes import ROUTES

ROOT = Path(__file__).resolve().parents[1]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
UPSTREAM_SCOPE = ROOT.parent / "shared" / "upstream" / "sdk-scope.tsv"
CASSETTES = ROOT / "tests" / "cassettes"
SERVED = facade_map.facade_methods_by_endpoint()
OPERATIONS = spec_changes.operations(SPEC)
# Operations a facade method sends without recording them in a cassette: the event stream
# is a long-lived response that vcrpy does not replay (tests on a live server cover it).
NOT_RECORDED = {("events", "stream_sse")}


def described(endpoint: facade_map.Endpoint) -> spec_changes.Operation:
    operation = OPERATIONS.get(endpoint)
    assert operation is not None, (
        f"{', '.join(SERVED[endpoint])} send {endpoint[0]}.{endpoint[1]}, which openapi.json does not list: "
        "regenerate, or change the methods"
    )
    return operation


@cache
def recorded_requests() -> set[tuple[str, str]]:
    """(method, path) of every request recorded in a cassette, the API prefix left out."""
    found = set()
    for path in CASSETTES.rglob("*.yaml"):
        for interaction in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
            request = interaction["request"]
            found.add((request["method"].upper(), re.sub(r"^https?://[^/]+/api", "", request["uri"].split("?")[0])))
    return found


def template_pattern(template: str) -> re.Pattern[str]:
    """A path template as a pattern: a trailing ``{path}`` spans segments, other parameters one."""
    pattern = re.sub(r"\{[^}]+\}", "[^/]+", re.sub(r"\{path\}$", ".+", template))
    return re.compile(f"^{pattern}$")


@pytest.mark.parametrize("endpoint", sorted(SERVED), ids=[f"{tag}.{name}" for tag, name in sorted(SERVED)])
def test_each_operation_served_is_described_and_the_local_server_answers_it(endpoint: facade_map.Endpoint) -> None:
    operation = described(endpoint)
    routes = {(method, template) for method, template, _ in ROUTES}
    assert (operation.method.upper(), operation.path) in routes, (
        f"{', '.join(SERVED[endpoint])} send {operation.key}: add a handler for it to ROUTES in "
        "everruns/testing/_routes.py (and a call to tests/testing/test_conformance.py)"
    )


@pytest.mark.parametrize(
    "endpoint",
    sorted(set(SERVED) - NOT_RECORDED),
    ids=[f"{tag}.{name}" for tag, name in sorted(set(SERVED) - NOT_RECORDED)],
)
def test_each_operation_served_is_recorded_in_a_cassette(endpoint: facade_map.Endpoint) -> None:
    operation = described(endpoint)
    pattern = template_pattern(operation.path)
    assert any(m == operation.method.upper() and pattern.match(p) for m, p in recorded_requests()), (
        f"{', '.join(SERVED[endpoint])} send {operation.key}, which no cassette records: add a test to the class "
        "TestRecorded of tests/resources/test_<resource>.py and record it (EVERRUNS_RECORD=1)"
    )


def test_every_operation_the_official_sdks_cover_is_served() -> None:
    lines = require_shared(UPSTREAM_SCOPE, "the upstream scope list").read_text(encoding="utf-8").splitlines()[1:]
    official = {tuple(line.split("\t")[:2]) for line in lines if line.strip()}
    served = {(described(endpoint).method.upper(), described(endpoint).path) for endpoint in SERVED}
    assert sorted(official - served) == []
    assert len(official) > 80


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


def test_no_public_facade_method_sends_more_than_one_operation_of_its_own() -> None:
    """A method that sends several operations builds on other methods (``send_and_wait``
    posts, then follows the stream) or is one of a few that need two; any other is a
    method doing two jobs."""
    several: dict[str, list[str]] = {}
    for endpoint, methods in SERVED.items():
        for method in methods:
            several.setdefault(method, []).append(endpoint[1])
    crowded = {method: sorted(ops) for method, ops in several.items() if len(ops) > 1}
    assert crowded == {
        "messages.create": ["create_message", "upload_image"],  # images first, then the message
        "messages.resume": ["list_events", "stream_sse"],
        "messages.send_and_wait": ["create_message", "list_events", "stream_sse", "upload_image"],
        "messages.stream": ["create_message", "list_events", "stream_sse", "upload_image"],
        "tools.run_turn": [
            "create_message",
            "list_events",
            "list_messages",
            "stream_sse",
            "submit_tool_results",
            "upload_image",
        ],
    }


def test_the_map_sees_a_method_as_the_client_sends_it() -> None:
    """What the map reads from the source is what goes over the wire: one method of each
    resource, called on a live server."""
    with LocalServer(turn_delay=0.001) as server, Everruns(api_key="dev", base_url=server.url) as client:
        agent = client.agents.create("mapped", "Prompt.")
        session = client.sessions.create(harness_name="generic")
        workspace = client.workspaces.create("mapped")
        calls = {
            "agents.get": lambda: client.agents.get(agent.id),
            "agents.versions.list": lambda: client.agents.versions.list(agent.id),
            "sessions.pin": lambda: client.sessions.pin(session.id),
            "workspaces.files.list": lambda: client.workspaces.files.list(workspace.id),
            "budgets.list": client.budgets.list,
            "events.list": lambda: client.events.list(session.id),
        }
        for name, call in calls.items():
            before = len(server.requests)
            call()
            (request,) = server.requests[before:]
            endpoint = next(e for e, methods in SERVED.items() if name in methods)
            operation = described(endpoint)
            assert request.method == operation.method.upper(), name
            assert template_pattern("/api" + operation.path).match(request.path), (name, request.path)


# --- flows that call other facade methods ------------------------------------------------------


def resource_modules() -> list[Path]:
    return sorted((ROOT / "everruns" / "resources").glob("*.py"))


def facade_method_names(tree: ast.Module) -> set[str]:
    """The methods of the module's resource classes that the clients turn into their own
    (decorated with ``operation``, ``pager``, ``event_stream`` or ``turn_stream``)."""
    kinds = {"operation", "pager", "event_stream", "turn_stream"}
    return {
        node.name
        for cls in tree.body
        if isinstance(cls, ast.ClassDef)
        for node in cls.body
        if isinstance(node, ast.FunctionDef) and {ast.unparse(d) for d in node.decorator_list} & kinds
    }


def wrong_spellings(tree: ast.Module) -> list[int]:
    """The lines of ``yield from self.<facade method>(...)`` in a resource module."""
    decorated = facade_method_names(tree)
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.YieldFrom)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and isinstance(node.value.func.value, ast.Name)
        and node.value.func.value.id == "self"
        and node.value.func.attr in decorated
    ]


@pytest.mark.parametrize("module", resource_modules(), ids=lambda path: path.stem)
def test_a_flow_runs_another_facade_method_through_its_class(module: Path) -> None:
    """``yield from self.read(...)`` fails at run time, once the blocking client has sent
    the request: through ``self`` a method is the client's own. A flow that builds on
    another method writes ``yield from WorkspaceFiles.read(self, ...)``."""
    lines = wrong_spellings(ast.parse(module.read_text(encoding="utf-8")))
    assert lines == [], f"{module.name}, lines {lines}: write `yield from <Class>.<method>(self, ...)` instead"


def test_the_check_finds_the_wrong_spelling_and_only_it() -> None:
    source = inspect.cleandoc(
        """
        class Files(Resource[M]):
            @operation
            def read(self, path): ...

            @operation
            def read_twice(self, path):
                yield from self.read(path)
                yield from self._get(path)
                return (yield from Files.read(self, path))
        """
    )
    assert wrong_spellings(ast.parse(source)) == [7]
