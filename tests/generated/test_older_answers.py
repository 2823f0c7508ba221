"""Every answer the facade reads, from a server older than the description: a property
checked over openapi.json for each model of everruns.types and each required field it
(or an object nested in it) has. Leaving out any one of them still reads, the field
reads as None, and one warning names the model and the field."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from full_payloads import fill

import everruns.types
import everruns_api.models
from everruns_api import _reading

SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MODELS = sorted(name for name in everruns.types.__all__ if name in everruns_api.models.__all__)

Path_ = tuple[str | int, ...]


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    _reading._warned.clear()
    yield
    _reading._warned.clear()


def component(schema: dict[str, Any]) -> str | None:
    """The component a property's schema is, directly, as a list's items, or as the one
    object of a nullable union (the shapes whose reading picks one model for certain)."""
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[-1])
    if schema.get("type") == "array":
        return component(schema.get("items", {}))
    branches = [b for b in schema.get("oneOf", schema.get("anyOf", [])) if b.get("type") != "null"]
    return component(branches[0]) if len(branches) == 1 else None


def required_paths(name: str, value: Any, path: Path_ = ()) -> Iterator[Path_]:
    """Every path, in a payload of schema ``name``, to a field some model there requires."""
    schema = SCHEMAS[name]
    if not isinstance(value, dict) or "properties" not in schema:
        return
    for field in schema.get("required", []):
        if field in value:
            yield (*path, field)
    for field, prop in schema["properties"].items():
        nested = component(prop)
        if nested is None or field not in value:
            continue
        inner = value[field]
        if isinstance(inner, list):
            if inner:
                yield from required_paths(nested, inner[0], (*path, field, 0))
        else:
            yield from required_paths(nested, inner, (*path, field))


def without(value: Any, path: Path_) -> Any:
    """A copy of ``value`` with the field at ``path`` left out."""
    if len(path) == 1:
        return {key: item for key, item in value.items() if key != path[0]}
    head, rest = path[0], path[1:]
    if isinstance(value, list):
        return [without(item, rest) if index == head else item for index, item in enumerate(value)]
    return {**value, head: without(value[head], rest)}


def attribute(model: Any, key: str) -> str:
    """The attribute of ``model`` that holds the wire field ``key``."""
    return next(name for name, field in type(model)._shape.fields.items() if field.key == key)


def read_along(model: Any, path: Path_) -> tuple[Any, Any]:
    """The object holding the last field of ``path``, and that field's value, read."""
    holder = model
    for step in path[:-1]:
        holder = holder[step] if isinstance(step, int) else getattr(holder, attribute(holder, step))
    return holder, getattr(holder, attribute(holder, str(path[-1])))


def read_everything(value: Any) -> None:
    """Touch every field, as code that uses the whole answer would (nested models included)."""
    shape = getattr(type(value), "_shape", None)
    if shape is not None:
        for name in shape.fields:
            read_everything(getattr(value, name))
        read_everything(value.additional_properties)
    elif isinstance(value, list | dict):
        for item in value if isinstance(value, list) else value.values():
            read_everything(item)


def test_the_models_are_those_the_facade_returns() -> None:
    assert {"Agent", "Session", "Message", "Harness", "Workspace", "Memory", "Image", "Model"} <= set(MODELS)
    assert all(name in SCHEMAS for name in MODELS)


@pytest.mark.parametrize("name", MODELS)
def test_any_one_required_field_left_out_still_reads(name: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="everruns")
    model_class = getattr(everruns_api.models, name)
    full = fill(SCHEMAS, {"$ref": f"#/components/schemas/{name}"})
    paths = list(required_paths(name, full))
    assert any(len(path) == 1 for path in paths) or not SCHEMAS[name].get("required"), "every top-level one"
    for path in paths:
        _reading._warned.clear()
        caplog.clear()
        older = without(full, path)
        model = model_class.from_dict(older)
        read_everything(model)
        holder, value = read_along(model, path)
        assert value is None, path
        expected = f"{type(holder)._shape.name}.{path[-1]}: required but missing from the answer"
        warnings = [r.getMessage() for r in caplog.records if r.name == "everruns"]
        assert [line[: len(expected)] for line in warnings] == [expected], path
        read_everything(model_class.from_dict(older))  # another answer of the same kind
        assert len([r for r in caplog.records if r.name == "everruns"]) == 1, "one warning per model and field"
        written = model.to_dict()
        for step in path[:-1]:
            written = written[step]
        assert path[-1] not in written, "left out it stays out"
