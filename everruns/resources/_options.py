"""Keyword options that agents, harnesses and sessions share: their checks, and their
conversion into the arguments of the generated request models."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypedDict

from everruns._validation import check_id, check_one_of, check_range, check_slug
from everruns.errors import ValidationError
from everruns_api.models import AgentCapabilityConfig, BTreeMap, InitialFile, NetworkAccessList

from ._coerce import ToolDefinition, model_from, models_from, tools_from

Convert = Callable[[Any], Any]


class ConfigOptions(TypedDict, total=False):
    """Configuration that agents, harnesses and sessions all take. Nested values may be
    the generated models or their JSON-shaped dicts."""

    tags: Sequence[str]
    capabilities: Sequence[AgentCapabilityConfig | Mapping[str, Any]]
    initial_files: Sequence[InitialFile | Mapping[str, Any]]
    mcp_servers: BTreeMap | Mapping[str, Any]
    network_access: NetworkAccessList | Mapping[str, Any]


class RunOptions(ConfigOptions, total=False):
    """Configuration of how turns run, which agents and sessions take."""

    tools: Sequence[ToolDefinition | Mapping[str, Any]]
    max_iterations: int
    parallel_tool_calls: bool


def check_tags(value: Sequence[str]) -> list[str]:
    """Tags: a list of strings (one string is refused: it would be read as its letters)."""
    if isinstance(value, str) or not all(isinstance(tag, str) for tag in value):
        raise ValidationError(f"tags must be a list of strings, got {value!r}", field="tags")
    return list(value)


_SHARED: dict[str, Convert] = {
    "tags": check_tags,
    "capabilities": lambda value: models_from(value, AgentCapabilityConfig),
    "tools": tools_from,
    "initial_files": lambda value: models_from(value, InitialFile),
    "mcp_servers": lambda value: model_from(value, BTreeMap),
    "network_access": lambda value: model_from(value, NetworkAccessList),
}


def request_fields(options: Mapping[str, Any], **converters: Convert) -> dict[str, Any]:
    """The options given (``None`` counts as not given) as keyword arguments of a
    generated request model: dicts and lists of the shared configuration fields, and
    those named in ``converters``, become the generated models."""
    chosen = {**_SHARED, **converters}
    return {name: chosen.get(name, _unchanged)(value) for name, value in options.items() if value is not None}


def _unchanged(value: Any) -> Any:
    return value


def check_reference(options: Mapping[str, Any], kind: str) -> None:
    """``<kind>_id`` or ``<kind>_name`` (``kind`` is ``agent`` or ``harness``), never
    both: an id of the right form, a name that is a slug."""
    ref_id, ref_name = options.get(f"{kind}_id"), options.get(f"{kind}_name")
    check_one_of(f"{kind}_id", ref_id, f"{kind}_name", ref_name)
    if ref_id is not None:
        check_id(ref_id, kind, f"{kind}_id")
    if ref_name is not None:
        check_slug(ref_name, f"{kind}_name")


def check_max_iterations(options: Mapping[str, Any]) -> None:
    """``max_iterations``, when given, is a count (0 or more)."""
    check_range(options.get("max_iterations"), "max_iterations", minimum=0)
