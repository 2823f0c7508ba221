"""scripts/full_payloads.py: payloads as large as the description allows, and valid for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
from full_payloads import TIMESTAMP, fill

SPEC: dict[str, Any] = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text(encoding="utf-8"))
SCHEMAS = SPEC["components"]["schemas"]
AGENT = {"$ref": "#/components/schemas/Agent"}


def test_a_full_size_agent_has_every_field_the_description_lists() -> None:
    agent = fill(SCHEMAS, AGENT)
    assert set(agent) == set(SCHEMAS["Agent"]["properties"])
    assert agent["created_at"] == TIMESTAMP
    assert TIMESTAMP.endswith("Z")
    assert agent["usage"] is not None, "nullable objects are filled, not null"
    (tool, _) = agent["tools"]
    assert set(tool) == set(SCHEMAS["ToolDefinitionBuiltin"]["properties"])


def test_it_is_valid_for_its_schema() -> None:
    for name in ("Agent", "Session", "Message", "PaginatedResponse_Agent", "Event"):
        schema = {"$ref": f"#/components/schemas/{name}", "components": {"schemas": SCHEMAS}}
        jsonschema.Draft202012Validator(schema).validate(fill(SCHEMAS, {"$ref": f"#/components/schemas/{name}"}))


def test_ids_follow_their_pattern() -> None:
    assert fill(SCHEMAS, {"type": "string", "pattern": "^agent_[0-9a-f]{32}$"}) == f"agent_{'0123456789abcdef' * 2}"
