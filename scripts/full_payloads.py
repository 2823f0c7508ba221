"""Full-size JSON payloads for a schema of the API description: every property it lists
filled, optional ones included, timestamps in the API's ``...Z`` form.

The benchmarks read answers of this size (what a real server sends for a configured
agent, not the handful of fields a test sets), and the tests check that the schemas
the project rewrites still accept what the upstream ones did.

    payload = fill(spec["components"]["schemas"], {"$ref": "#/components/schemas/Agent"})
"""

from __future__ import annotations

import re
from typing import Any

Json = dict[str, Any]

TIMESTAMP = "2026-11-23T10:15:30.123456Z"
_ID_PATTERN = re.compile(r"\^(\w+?)_\[0-9a-f\]\{32\}\$")
_DEEP = 6  # below this depth only required properties are filled (schemas may be recursive)


def fill(schemas: Json, schema: Json, *, name: str = "value", depth: int = 0) -> Any:
    """A value for ``schema`` (references resolved in ``schemas``) with every property set."""
    if "$ref" in schema:
        return fill(schemas, schemas[schema["$ref"].rsplit("/", 1)[-1]], name=name, depth=depth)
    if "allOf" in schema:
        merged: Json = {}
        for member in schema["allOf"]:
            value = fill(schemas, member, name=name, depth=depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for union in ("oneOf", "anyOf"):
        if union in schema:
            branches = [branch for branch in schema[union] if branch.get("type") != "null"]
            return fill(schemas, branches[0], name=name, depth=depth) if branches else None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = _main_type(schema)
    if kind == "object":
        return _object(schemas, schema, name, depth)
    if kind == "array":
        items = schema.get("items", {})
        count = 2 if depth < _DEEP else schema.get("minItems", 0)
        return [fill(schemas, items, name=name, depth=depth + 1) for _ in range(count)]
    if kind == "string":
        return _string(schema, name)
    if kind == "integer":
        return _number(schema, 7)
    if kind == "number":
        return _number(schema, 0.5)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return {"any": name}  # a schema that allows anything


def _main_type(schema: Json) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if kinds else "null"
    if kind is None and "properties" in schema:
        return "object"
    return kind


def _object(schemas: Json, schema: Json, name: str, depth: int) -> Json:
    properties = schema.get("properties", {})
    wanted = properties if depth < _DEEP else {key: properties[key] for key in schema.get("required", [])}
    result = {key: fill(schemas, prop, name=key, depth=depth + 1) for key, prop in wanted.items()}
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and not properties and depth < _DEEP:
        result[f"{name}-key"] = fill(schemas, extra, name=name, depth=depth + 1)
    return result


def _string(schema: Json, name: str) -> str:
    found = _ID_PATTERN.fullmatch(schema.get("pattern", ""))
    if found:
        return f"{found.group(1)}_{'0123456789abcdef' * 2}"
    return {
        "date-time": TIMESTAMP,
        "date": TIMESTAMP[:10],
        "uuid": "0b5e7b8c-2f6c-4d8e-9f1a-3c4d5e6f7a8b",
    }.get(schema.get("format", ""), f"{name} text")


def _number(schema: Json, preferred: float) -> Any:
    value = max(preferred, schema.get("minimum", preferred))
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    return type(preferred)(value)
