"""Arguments as users write them (plain dicts) turned into the generated models.

Every resource accepts either the generated model or its JSON-shaped dict for a
nested field; these helpers make the one from the other, in one place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from everruns.errors import ValidationError
from everruns_api.models import ToolDefinitionBuiltin, ToolDefinitionClientSide


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Any: ...


ModelType = TypeVar("ModelType", bound=_FromDict)

ToolDefinition = ToolDefinitionBuiltin | ToolDefinitionClientSide
_TOOL_MODELS: dict[str, type[ToolDefinitionBuiltin] | type[ToolDefinitionClientSide]] = {
    "builtin": ToolDefinitionBuiltin,
    "client_side": ToolDefinitionClientSide,
}


def model_from(value: ModelType | Mapping[str, Any], model: type[ModelType]) -> ModelType:
    """``value`` itself when it is a ``model``, else ``model.from_dict(value)``."""
    if isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        try:
            result: ModelType = model.from_dict(value, strict=True)
        except (KeyError, TypeError, ValueError) as error:
            raise ValidationError(f"not a valid {model.__name__}: {error!r}") from error
        return result
    raise ValidationError(f"expected a {model.__name__} or a dict, got {type(value).__name__}")


def models_from(
    values: Sequence[ModelType | Mapping[str, Any]] | None, model: type[ModelType]
) -> list[ModelType] | None:
    """A list of ``model`` from models or dicts; ``None`` stays ``None`` (not given)."""
    return None if values is None else [model_from(value, model) for value in values]


def tools_from(values: Sequence[ToolDefinition | Mapping[str, Any]] | None) -> list[ToolDefinition] | None:
    """Tool definitions from models or dicts; a dict's ``type`` (``client_side`` or
    ``builtin``, default ``client_side``) picks the model."""
    if values is None:
        return None
    tools: list[ToolDefinition] = []
    for value in values:
        if isinstance(value, (ToolDefinitionBuiltin, ToolDefinitionClientSide)):
            tools.append(value)
            continue
        if not isinstance(value, Mapping):
            raise ValidationError(f"a tool is a ToolDefinition or a dict, got {type(value).__name__}", field="tools")
        kind = value.get("type", "client_side")
        model = _TOOL_MODELS.get(kind)
        if model is None:
            raise ValidationError(f"unknown tool type {kind!r} (expected one of {sorted(_TOOL_MODELS)})", field="tools")
        tools.append(model_from({**value, "type": kind}, model))
    return tools
