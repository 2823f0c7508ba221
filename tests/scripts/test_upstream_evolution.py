"""The sync bends to how upstream descriptions evolve: today's description, changed the
ways releases change it (one kind at a time and all together), still syncs without a
warning and generates without one, and its models read what the change brought; a change
that would break a facade method's calls stops the sync, naming the method."""

from __future__ import annotations

import copy
import importlib
import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import generate
import pytest
import sync_spec
from shared_files import require_shared

ROOT = Path(__file__).resolve().parents[2]
Json = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
NEW_FIELD_NOTE = "a field the change brings"


@pytest.fixture(scope="module")
def upstream() -> Json:
    path = require_shared(sync_spec.DEFAULT_SOURCE, "the upstream API description")
    loaded: Json = json.loads(path.read_text(encoding="utf-8"))
    return loaded


# --- the kinds of change -------------------------------------------------------------------


def schema_nodes(node: Any, in_names: bool = False) -> Iterator[Json]:
    """Every schema or operation object below ``node`` (never the maps of names, nor the
    security requirements, which are maps of scheme names too)."""
    if isinstance(node, list):
        for item in node:
            yield from schema_nodes(item)
    elif isinstance(node, dict):
        if not in_names:
            yield node
        for key, value in node.items():
            if in_names:
                yield from schema_nodes(value)
            elif key not in sync_spec.DATA_KEYWORDS and key != "security" and not key.startswith("x-"):
                yield from schema_nodes(value, in_names=key in sync_spec.NAME_MAPS)


def with_extensions(spec: Json) -> Json:
    """An extension key on every object of the paths and components, ``$ref`` ones too."""
    for node in list(schema_nodes({"paths": spec["paths"], "components": spec["components"]})):
        node["x-evolution"] = {"release": "next", "nested": {"description": "not prose"}}
    return spec


def with_nested_allof(spec: Json) -> Json:
    """One more level of ``allOf`` around every ``allOf`` and each of its members."""
    for node in list(schema_nodes(spec["components"])):
        members = node.get("allOf")
        if isinstance(members, list):
            node["allOf"] = [{"allOf": [{"allOf": [member]} for member in members]}]
    return spec


def rename(spec: Json, old: str, new: str) -> None:
    schemas = spec["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    sync_spec.replace_refs(spec, old, new)


def with_wrappers_named_and_nested_otherwise(spec: Json) -> Json:
    """Every ``WithUrls_X`` is ``XLinked``; the counted agent is ``AgentTally``, and its
    linked form refers to it instead of repeating it."""
    schemas = spec["components"]["schemas"]
    for name in sorted(schemas):
        if name.startswith("WithUrls_"):
            rename(spec, name, name.removeprefix("WithUrls_") + "Linked")
    rename(spec, "AgentWithCounts", "AgentTally")
    linked = schemas["AgentWithCountsLinked"]
    linked["allOf"][0] = {"$ref": "#/components/schemas/AgentTally"}
    linked.pop("x-sdk-response-wrapper", None)
    return spec


def reversed_dicts(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: reversed_dicts(node[key]) for key in reversed(list(node))}
    if isinstance(node, list):
        return [reversed_dicts(item) for item in node]
    return node


def reordered(spec: Json) -> Json:
    """Every map in reverse order, and the members of every ``allOf`` and ``required``."""
    spec = reversed_dicts(spec)
    for node in schema_nodes(spec["components"]):
        for key in ("allOf", "required"):
            if isinstance(node.get(key), list):
                node[key] = list(reversed(node[key]))
    return spec


def with_other_descriptions(spec: Json) -> Json:
    """Every other description gone, the rest ten times as long."""
    for index, node in enumerate(schema_nodes({"paths": spec["paths"], "components": spec["components"]})):
        if isinstance(node.get("description"), str):
            if index % 2:
                del node["description"]
            else:
                node["description"] = " ".join([node["description"]] * 10)
    return spec


def with_additions(spec: Json) -> Json:
    """What releases add: a schema, fields (one required that older servers lack), an
    enum value, an operation, an event payload, and an optional request field."""
    schemas = spec["components"]["schemas"]
    schemas["Mood"] = {"type": "string", "enum": ["calm", "busy"]}
    agent = schemas["Agent"]
    agent["properties"]["mood"] = {"$ref": "#/components/schemas/Mood"}
    agent["properties"]["loyalty"] = {"type": "integer", "format": "int64"}
    agent["required"] = [*agent["required"], "loyalty"]
    schemas["AgentStatus"]["enum"].append("hibernating")
    schemas["CreateAgentRequest"]["properties"]["mood"] = {"type": ["string", "null"]}
    schemas["HologramProjectedData"] = {
        "type": "object",
        "required": ["angle"],
        "properties": {"angle": {"type": "number"}},
    }
    schemas["EventData"]["oneOf"].append({"$ref": "#/components/schemas/HologramProjectedData"})
    mood = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Mood"}}}, "description": "ok"}
    spec["paths"]["/v1/agents/{agent_id}/mood"] = {
        "get": {
            "operationId": "get_agent_mood",
            "tags": ["agents"],
            "parameters": [{"name": "agent_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": mood},
        }
    }
    return spec


KINDS: dict[str, Callable[[Json], Json]] = {
    "extensions": with_extensions,
    "nested allOf": with_nested_allof,
    "wrappers named and nested otherwise": with_wrappers_named_and_nested_otherwise,
    "reordered": reordered,
    "descriptions": with_other_descriptions,
    "additions": with_additions,
}


def evolved(upstream: Json, kinds: list[str]) -> Json:
    spec = copy.deepcopy(upstream)
    for kind in kinds:
        spec = KINDS[kind](spec)
    return spec


class SyncWarnings(logging.Handler):
    """The sync's warning lines, kept while it runs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def sync_and_generate(spec: Json, where: Path) -> tuple[Json, Path]:
    """The evolved description synced (no warning) and generated (no generator warning:
    ``generate`` raises on one) into ``where/evolved/everruns_api``."""
    warnings = SyncWarnings()
    sync_spec.logger.addHandler(warnings)
    try:
        synced = sync_spec.build(spec)
    finally:
        sync_spec.logger.removeHandler(warnings)
    assert warnings.lines == []
    spec_path = where / "openapi.json"
    spec_path.write_text(sync_spec.dumps(synced), encoding="utf-8")
    package = where / "evolved" / "everruns_api"
    generate.generate(package, spec_path)
    return synced, package


@pytest.fixture(scope="module")
def every_change(upstream: Json, tmp_path_factory: pytest.TempPathFactory) -> tuple[Json, Path]:
    """Today's description with every kind of change at once, synced and generated."""
    return sync_and_generate(evolved(upstream, list(KINDS)), tmp_path_factory.mktemp("every-change"))


def import_generated(package: Path, name: str) -> Any:
    """The generated package at ``package``, imported as ``<name>.everruns_api`` beside the
    installed one (its imports are all relative), with the modules these tests read."""
    (package.parent / "__init__.py").write_text("", encoding="utf-8")
    package.parent.rename(package.parent.with_name(name))
    sys.path.insert(0, str(package.parent.parent))
    try:
        for module in ("models", "event_payloads", "options"):
            importlib.import_module(f"{name}.everruns_api.{module}")
        return importlib.import_module(f"{name}.everruns_api")
    finally:
        sys.path.remove(str(package.parent.parent))


# --- each kind of change, and all together -------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("kinds", [[kind] for kind in KINDS] + [list(KINDS)], ids=[*KINDS, "all together"])
def test_the_sync_and_generation_go_through_without_a_warning(
    upstream: Json, tmp_path: Path, every_change: tuple[Json, Path], kinds: list[str]
) -> None:
    synced, package = every_change if len(kinds) > 1 else sync_and_generate(evolved(upstream, kinds), tmp_path)
    schemas = synced["components"]["schemas"]
    today = sync_spec.normalize(copy.deepcopy(upstream))["components"]["schemas"]
    assert set(today["Agent"]["properties"]) <= set(schemas["Agent"]["properties"])
    for path in ("/v1/agents/{agent_id}", "/v1/agents"):
        answer = synced["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        if path == "/v1/agents":
            answer = schemas[sync_spec.ref_name(answer["$ref"])]["properties"]["data"]["items"]
        assert answer == {"$ref": "#/components/schemas/Agent"}, f"{kinds}: {path} does not answer an Agent"
    assert (package / "models" / "agent.py").exists()


@pytest.mark.slow
def test_the_models_read_what_the_additions_bring(every_change: tuple[Json, Path], tmp_path: Path) -> None:
    copied = tmp_path / "evolved" / "everruns_api"
    shutil.copytree(every_change[1], copied)
    api = import_generated(copied, "evolved_all")
    older = {"id": "agent_" + "1" * 32, "name": "a", "system_prompt": "p", "status": "hibernating", "mood": "calm"}
    agent = api.models.Agent.from_dict(older)
    assert agent.mood == api.models.Mood.CALM, "a new optional field arrives"
    assert agent.loyalty is None, "a new required field the server lacks reads as None"
    assert agent.status == "hibernating", "a new enum value is kept"
    assert api.event_payloads.payload_model_name("hologram.projected") == "HologramProjectedData"
    assert "mood" in api.options.AgentOptions.__optional_keys__
    assert (Path(api.__file__).parent / "api" / "agents" / "get_agent_mood.py").exists()


FACADE_WITH_A_NEW_FIELD = """
import json, sys
import everruns_api
from everruns import Everruns
from everruns.testing import LocalServer

assert everruns_api.__file__.startswith(sys.argv[1]), everruns_api.__file__
with LocalServer() as server, Everruns(api_key="dev", base_url=server.url) as client:
    agent = client.agents.create("moody", "You answer briefly.", mood="calm")
    session = client.sessions.create(harness_name="generic", agent_id=agent.id)
    reply = client.messages.send_and_wait(session.id, "Hello!", timeout=30)
    print(json.dumps({"sent": server.requests[0].json(), "reply": reply.text}))
"""


@pytest.mark.slow
def test_a_new_optional_request_field_reaches_the_wire_through_the_facade_with_no_hand_edit(
    every_change: tuple[Json, Path],
) -> None:
    _, package = every_change
    environment = {**os.environ, "PYTHONPATH": str(package.parent)}
    done = subprocess.run(
        [sys.executable, "-c", FACADE_WITH_A_NEW_FIELD, str(package)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["sent"]["mood"] == "calm"
    assert result["reply"]


TYPED_USE = """
from everruns import Everruns

client = Everruns(api_key="dev")
client.agents.create("moody", "Prompt.", mood="calm")
client.agents.create("moody", "Prompt.", moood="calm")  # the misspelt one is refused
"""


@pytest.mark.slow
def test_the_new_option_is_typed_for_mypy(every_change: tuple[Json, Path], tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy comes with the test extra")
    _, package = every_change
    use = tmp_path / "use.py"
    use.write_text(TYPED_USE, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(use),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(package.parent)},
        timeout=600,
        check=False,
    )
    errors = [line for line in done.stdout.splitlines() if line.startswith(str(use)) and ": error:" in line]
    assert len(errors) == 1, done.stdout  # (the generated package's own findings are not the subject)
    assert 'use.py:6: error: Unexpected keyword argument "moood"' in errors[0]


# --- the changes that stop the sync ----------------------------------------------------------


def operation_of(spec: Json, operation_id: str) -> tuple[str, str]:
    for path, path_item in spec["paths"].items():
        for method in HTTP_METHODS:
            if path_item.get(method, {}).get("operationId") == operation_id:
                return path, method
    raise AssertionError(operation_id)


def drop_get_agent(spec: Json) -> None:
    path, method = operation_of(spec, "get_agent")
    del spec["paths"][path][method]


def require_a_region_to_list_agents(spec: Json) -> None:
    path, method = operation_of(spec, "list_agents")
    parameter = {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    spec["paths"][path][method].setdefault("parameters", []).append(parameter)


def move_copy_agent(spec: Json) -> None:
    path, method = operation_of(spec, "copy_agent")
    spec["paths"][path.replace("/copy", "/duplicate")] = {method: spec["paths"][path].pop(method)}


def pin_by_post(spec: Json) -> None:
    path, method = operation_of(spec, "pin_session")
    spec["paths"][path]["post"] = spec["paths"][path].pop(method)


def require_a_purpose_for_sessions(spec: Json) -> None:
    request = spec["components"]["schemas"]["CreateSessionRequest"]
    request["properties"]["purpose"] = {"type": "string"}
    request["required"] = [*request.get("required", []), "purpose"]


STOPS: dict[str, tuple[Callable[[Json], None], str]] = {
    "an operation gone": (
        drop_get_agent,
        "agents.get: GET /v1/agents/{agent_id} (get_agent) is gone from the description",
    ),
    "a new required parameter": (
        require_a_region_to_list_agents,
        "agents.list: GET /v1/agents (list_agents) now requires the parameter(s) query:region",
    ),
    "a path changed": (
        move_copy_agent,
        "agents.copy: POST /v1/agents/{agent_id}/copy (copy_agent) moved to POST /v1/agents/{agent_id}/duplicate",
    ),
    "a method changed": (
        pin_by_post,
        "sessions.pin: PUT /v1/sessions/{session_id}/pin (pin_session) moved to POST /v1/sessions/{session_id}/pin",
    ),
    "a new required body field": (
        require_a_purpose_for_sessions,
        "sessions.create, tools.create_session: POST /v1/sessions (create_session) now requires the body field(s)"
        " purpose",
    ),
}


@pytest.mark.parametrize("change", list(STOPS))
def test_a_change_that_breaks_calls_stops_the_sync_naming_the_methods(
    upstream: Json, tmp_path: Path, capsys: pytest.CaptureFixture[str], change: str
) -> None:
    breaking, named = STOPS[change]
    spec = copy.deepcopy(upstream)
    breaking(spec)
    source, output = tmp_path / "upstream.json", tmp_path / "openapi.json"
    source.write_text(json.dumps(spec), encoding="utf-8")
    today = (ROOT / "openapi.json").read_text(encoding="utf-8")
    output.write_text(today, encoding="utf-8")
    assert sync_spec.main([str(source), "--output", str(output)]) == 1
    stopped = capsys.readouterr().err
    assert "sync stopped: the new description breaks calls of these facade methods:" in stopped
    assert f"  {named}" in stopped.splitlines()
    assert output.read_text(encoding="utf-8") == today, "nothing is written"
    assert sync_spec.main([str(source), "--output", str(output), "--force"]) == 0
    assert f"  {named}" in capsys.readouterr().out.splitlines(), "--force writes, and still lists them"
    assert output.read_text(encoding="utf-8") != today


def test_today_s_description_breaks_nothing_and_the_report_says_so(tmp_path: Path, upstream: Json) -> None:
    source, output, written = tmp_path / "upstream.json", tmp_path / "openapi.json", tmp_path / "report.txt"
    source.write_text(json.dumps(upstream), encoding="utf-8")
    output.write_text((ROOT / "openapi.json").read_text(encoding="utf-8"), encoding="utf-8")
    assert sync_spec.main([str(source), "--output", str(output), "--report", str(written)]) == 0
    report = written.read_text(encoding="utf-8")
    project = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    assert report.startswith(f"{len(sync_spec.operations_by_key(project))} operations")
    assert "operations added: 0\noperations removed: 0\noperations changed: 0\n" in report
