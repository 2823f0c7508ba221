"""scripts/spec_overlay.py: the operations the server serves beyond its description are
added, entry by entry, only where upstream does not list them itself."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import spec_overlay
import sync_spec
from shared_files import require_shared

ROOT = Path(__file__).resolve().parents[2]
Json = dict[str, Any]


def overlay(*actions: Json) -> Json:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


BUDGETS = {
    "target": "$.paths",
    "update": {
        "/v1/budgets": {
            "get": {"operationId": "list_budgets", "responses": {}},
            "post": {"operationId": "create_budget", "responses": {}},
        }
    },
}
LIST = {"target": "$.components.schemas", "update": {"ListResponse_Budget": {"type": "object"}}}


def test_adds_the_operations_and_schemas_upstream_leaves_out() -> None:
    upstream: Json = {"paths": {"/v1/agents": {"get": {"operationId": "list_agents"}}}, "components": {"schemas": {}}}
    result, applied = spec_overlay.apply_overlay(upstream, overlay(BUDGETS, LIST))
    assert set(result["paths"]["/v1/budgets"]) == {"get", "post"}
    assert result["components"]["schemas"]["ListResponse_Budget"] == {"type": "object"}
    assert applied.added == [
        "GET /v1/budgets (list_budgets)",
        "POST /v1/budgets (create_budget)",
        "schema ListResponse_Budget",
    ]
    assert "/v1/budgets" not in upstream["paths"], "upstream itself is left as it was"


def test_an_entry_upstream_lists_itself_is_upstreams_and_is_reported() -> None:
    upstream_post = {"operationId": "create_budget", "responses": {"201": {}}}
    upstream: Json = {
        "paths": {"/v1/budgets": {"post": upstream_post}},
        "components": {"schemas": {"ListResponse_Budget": {"type": "object", "required": ["data"]}}},
    }
    result, applied = spec_overlay.apply_overlay(upstream, overlay(BUDGETS, LIST))
    assert result["paths"]["/v1/budgets"]["post"] == upstream_post
    assert result["components"]["schemas"]["ListResponse_Budget"] == {"type": "object", "required": ["data"]}
    assert applied.added == ["GET /v1/budgets (list_budgets)"]
    assert applied.listed_upstream == ["POST /v1/budgets (create_budget)", "schema ListResponse_Budget"]
    assert "overlay entries upstream now lists itself (remove them): 2" in applied.lines()


@pytest.mark.parametrize(
    "action",
    [
        {"target": "$.info", "update": {"title": "x"}},
        {"target": "$.paths", "remove": True},
        {"target": "$.paths", "update": ["not", "a", "map"]},
    ],
)
def test_an_action_that_does_more_than_add_is_refused(action: Json) -> None:
    with pytest.raises(spec_overlay.OverlayError, match="action 0"):
        spec_overlay.apply_overlay({"paths": {}}, overlay(action))


def test_a_document_that_is_not_an_overlay_is_refused() -> None:
    with pytest.raises(spec_overlay.OverlayError, match="Overlay 1"):
        spec_overlay.apply_overlay({"paths": {}}, {"openapi": "3.1.0"})


def test_the_projects_overlay_carries_structure_only_and_refers_to_the_descriptions_components() -> None:
    document = json.loads(spec_overlay.DEFAULT_OVERLAY.read_text(encoding="utf-8"))
    text = json.dumps(document)
    assert '"summary"' not in text
    described = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))["components"]["schemas"]
    refs = {ref.rsplit("/", 1)[-1] for ref in _refs(document)}
    assert refs <= set(described)


def test_the_sync_reports_the_overlay_and_drops_an_entry_upstream_starts_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source_path = require_shared(sync_spec.DEFAULT_SOURCE, "the upstream API description")
    upstream = json.loads(source_path.read_text(encoding="utf-8"))
    listing = copy.deepcopy(_operation(spec_overlay.load_overlay(), "/v1/user/connections", "get"))
    upstream["paths"]["/v1/user/connections"] = {"get": listing}
    source, output = tmp_path / "upstream.json", tmp_path / "openapi.json"
    source.write_text(json.dumps(upstream), encoding="utf-8")
    output.write_text((ROOT / "openapi.json").read_text(encoding="utf-8"), encoding="utf-8")
    assert sync_spec.main([str(source), "--output", str(output)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "overlay entries upstream now lists itself (remove them): 1" in printed
    assert "  GET /v1/user/connections (list_connections)" in printed
    assert "  POST /v1/budgets (create_budget)" in printed


def _operation(document: Json | None, path: str, method: str) -> Json:
    assert document is not None
    for action in document["actions"]:
        if path in action["update"]:
            found: Json = action["update"][path][method]
            return found
    raise AssertionError(path)


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [node["$ref"]] if "$ref" in node else [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in _refs(item)]
    return []
