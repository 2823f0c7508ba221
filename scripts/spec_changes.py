"""What a new description changes for SDK users, and what it breaks.

``sync_spec.py`` compares the project's ``openapi.json`` before and after a sync: the
change report (operations added, removed or changed; request fields each facade method
gains; fields each model gains; new event payloads; what could not be folded) goes
to the maintainer and into ``CHANGELOG.md``; a change that breaks a facade method's calls
(its operation gone, moved to another path or method, or asking for something new the
method does not send) stops the sync and names the methods to update.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from facade_map import Endpoint, snake

Json = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    """One operation of a description, with what a call must send."""

    method: str
    path: str
    operation_id: str
    spec: Json

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {self.path}"

    def required_parameters(self) -> set[str]:
        """``in:name`` of every parameter a call must send (path parameters are the path's)."""
        return {
            f"{parameter.get('in')}:{parameter.get('name')}"
            for parameter in self.spec.get("parameters") or []
            if parameter.get("required") and parameter.get("in") != "path"
        }

    def body_schema(self, schemas: Json) -> Json | None:
        """The request body's object schema (its component resolved), or ``None``."""
        for media in (self.spec.get("requestBody") or {}).get("content", {}).values():
            schema = media.get("schema") or {}
            ref = schema.get("$ref", "")
            return schemas.get(ref.rsplit("/", 1)[-1], {}) if ref else schema
        return None


def operations(spec: Json) -> dict[Endpoint, Operation]:
    """Every operation by the endpoint module the generator makes of it (tag, operationId)."""
    found = {}
    for path, path_item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            tag = (operation.get("tags") or ["default"])[0]
            found[(snake(tag), snake(operation.get("operationId", "")))] = Operation(
                method, path, operation.get("operationId", ""), operation
            )
    return found


def _schemas(spec: Json) -> Json:
    schemas: Json = spec.get("components", {}).get("schemas", {})
    return schemas


def _properties(schema: Json | None) -> set[str]:
    return set((schema or {}).get("properties", {}))


def _required(schema: Json | None) -> set[str]:
    return set((schema or {}).get("required", []))


def breaks(previous: Json, current: Json, facade: dict[Endpoint, list[str]]) -> list[str]:
    """One line per operation the facade serves whose calls the new description breaks,
    naming the facade methods that send it."""
    before, after = operations(previous), operations(current)
    problems = []
    for endpoint, methods in facade.items():
        was, now = before.get(endpoint), after.get(endpoint)
        if was is None:
            continue  # not in the old description either (an operation the facade adds itself)
        why = _why_calls_break(was, now, _schemas(previous), _schemas(current))
        if why:
            problems.append(f"{', '.join(methods)}: {was.key} ({was.operation_id}) {why}")
    return problems


def _why_calls_break(was: Operation, now: Operation | None, old: Json, new: Json) -> str | None:
    if now is None:
        return "is gone from the description"
    if (now.method, now.path) != (was.method, was.path):
        return f"moved to {now.key}"
    added = sorted(now.required_parameters() - was.required_parameters())
    if added:
        return f"now requires the parameter(s) {', '.join(added)}"
    old_body, new_body = was.body_schema(old), now.body_schema(new)
    if old_body is None and new_body is not None and now.spec["requestBody"].get("required"):
        return "now requires a request body"
    newly_required = sorted(_required(new_body) - _required(old_body))
    if newly_required:
        return f"now requires the body field(s) {', '.join(newly_required)}"
    return None


@dataclass
class Report:
    """What a sync changes for users, section by section."""

    operation_count: int
    schema_count: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    request_fields: dict[str, list[str]] = field(default_factory=dict)  # facade method -> new fields
    model_fields: dict[str, list[str]] = field(default_factory=dict)  # model -> new fields
    new_models: list[str] = field(default_factory=list)
    new_event_payloads: list[str] = field(default_factory=list)
    not_folded: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # other lines (the overlay's...)

    def lines(self) -> list[str]:
        """The report as text, one section after another (empty sections left out)."""
        lines = [f"{self.operation_count} operations, {self.schema_count} schemas"]
        for title, entries in (
            ("operations added", self.added),
            ("operations removed", self.removed),
            ("operations changed", self.changed),
        ):
            lines.append(f"{title}: {len(entries)}")
            lines.extend(f"  {entry}" for entry in entries)
        _section(lines, "request fields added, by facade method", _joined(self.request_fields))
        _section(lines, "fields added, by model", _joined(self.model_fields))
        _section(lines, "models added", self.new_models)
        _section(lines, "event payloads added", self.new_event_payloads)
        _section(lines, "left as upstream spells it (warnings)", self.not_folded)
        lines.extend(self.notes)
        return lines


def _joined(table: dict[str, list[str]]) -> list[str]:
    return [f"{name}: {', '.join(fields)}" for name, fields in sorted(table.items())]


def _section(lines: list[str], title: str, entries: list[str]) -> None:
    if entries:
        lines.append(f"{title}: {len(entries)}")
        lines.extend(f"  {entry}" for entry in entries)


def report(previous: Json | None, current: Json, facade: dict[Endpoint, list[str]], warnings: list[str]) -> Report:
    """What ``current`` changes against ``previous`` (``None``: there was none)."""
    now = operations(current)
    result = Report(len(now), len(_schemas(current)), not_folded=list(warnings))
    if previous is None:
        result.notes.append("no previous openapi.json: every operation is new")
        return result
    before = operations(previous)
    label = {
        **{e: f"{o.key} ({o.operation_id})" for e, o in before.items()},
        **{e: f"{o.key} ({o.operation_id})" for e, o in now.items()},
    }
    result.added = sorted(label[e] for e in set(now) - set(before))
    result.removed = sorted(label[e] for e in set(before) - set(now))
    result.changed = sorted(label[e] for e in set(now) & set(before) if now[e].spec != before[e].spec)
    old_schemas, new_schemas = _schemas(previous), _schemas(current)
    for endpoint, methods in facade.items():
        if endpoint in now and endpoint in before:
            gained = _properties(now[endpoint].body_schema(new_schemas)) - _properties(
                before[endpoint].body_schema(old_schemas)
            )
            for method in methods if gained else ():
                result.request_fields[method] = sorted(gained)
    for name in sorted(set(old_schemas) & set(new_schemas)):
        gained = sorted(_properties(new_schemas[name]) - _properties(old_schemas[name]))
        if gained:
            result.model_fields[name] = gained
    result.new_models = sorted(set(new_schemas) - set(old_schemas))
    result.new_event_payloads = sorted(_event_payloads(current) - _event_payloads(previous))
    return result


def _event_payloads(spec: Json) -> set[str]:
    event_data = _schemas(spec).get("EventData", {})
    branches = event_data.get("anyOf") or event_data.get("oneOf") or []
    return {branch["$ref"].rsplit("/", 1)[-1] for branch in branches if "$ref" in branch}
