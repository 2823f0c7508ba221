"""JSON Schema for the keyword arguments of a Python function, from its signature and
type hints: what a client-side tool declares as its ``parameters``.

Supported hints: ``str``, ``int``, ``float``, ``bool``, ``None``, ``Any``, ``Literal``,
lists, tuples, sets and sequences, dicts and mappings with string keys, ``TypedDict``,
unions (``X | None``), and ``Annotated[X, "description"]``. A tool receives the JSON
values as they are (a ``Literal`` a string, a ``TypedDict`` a dict).
"""

from __future__ import annotations

import collections.abc
import inspect
import json
import types
import typing
from collections.abc import Callable
from typing import Any, Union

from .errors import ValidationError

JsonSchema = dict[str, Any]
_SCALARS: dict[object, JsonSchema] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    type(None): {"type": "null"},
}
_ARRAYS = (list, tuple, set, frozenset, collections.abc.Sequence, collections.abc.Set, collections.abc.Iterable)
_OBJECTS = (dict, collections.abc.Mapping)


def parameters_schema(function: Callable[..., Any]) -> JsonSchema:
    """An ``object`` schema with a property per parameter; those without a default are
    required, and ``**kwargs`` allows further properties."""
    try:
        hints = typing.get_type_hints(function, include_extras=True)
    except (NameError, TypeError) as error:
        raise _undescribable(function, f"its type hints cannot be resolved ({error})") from None
    properties: dict[str, JsonSchema] = {}
    required: list[str] = []
    more_allowed = False
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError) as error:
        raise _undescribable(function, f"its signature cannot be read ({error})") from None
    for name, parameter in signature.parameters.items():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            more_allowed = True
            continue
        if parameter.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.POSITIONAL_ONLY):
            raise _undescribable(function, f"parameter {name!r} cannot be passed by name")
        schema = schema_for(hints.get(name, Any), f"{_name(function)}({name})")
        if parameter.default is inspect.Parameter.empty:
            required.append(name)
        elif is_json(parameter.default):
            schema = {**schema, "default": parameter.default}
        properties[name] = schema
    schema = {"type": "object", "properties": properties, "additionalProperties": more_allowed}
    return {**schema, "required": required} if required else schema


def schema_for(hint: Any, where: str) -> JsonSchema:
    """The JSON Schema of one type hint; ``where`` names it in errors."""
    if hint is Any or hint is inspect.Parameter.empty:
        return {}
    if hint is None or (isinstance(hint, type) and hint in _SCALARS):
        return dict(_SCALARS[type(None) if hint is None else hint])
    if typing.is_typeddict(hint):
        return _typed_dict(hint, where)
    return _generic(hint, where)


def _generic(hint: Any, where: str) -> JsonSchema:
    """Hints built from others: ``Annotated``, ``Literal``, unions, containers."""
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        notes = [note for note in arguments[1:] if isinstance(note, str)]
        described = schema_for(arguments[0], where)
        return {**described, "description": " ".join(notes)} if notes else described
    if origin is typing.Literal:
        return {"enum": list(arguments)}
    if origin in (Union, types.UnionType):
        if Any in arguments:  # Python 3.10 reads ``x: Any = None`` as ``Optional[Any]``: still anything
            return {}
        return _union([schema_for(argument, where) for argument in arguments])
    if hint in _ARRAYS or origin in _ARRAYS:
        return _array(arguments, where)
    if hint in _OBJECTS or origin in _OBJECTS:
        return _object(arguments, where)
    raise ValidationError(
        f"cannot describe {where}: {hint!r} has no JSON Schema here; pass parameters= explicitly", field="parameters"
    )


def _union(options: list[JsonSchema]) -> JsonSchema:
    """``X | None`` as a type list when every option is a plain type, else ``anyOf``."""
    if all(set(option) == {"type"} and isinstance(option["type"], str) for option in options):
        return {"type": [option["type"] for option in options]}
    return {"anyOf": options}


def _array(arguments: tuple[Any, ...], where: str) -> JsonSchema:
    items = [argument for argument in arguments if argument is not Ellipsis]
    if len(items) > 1:  # tuple[int, str]: one schema per position
        return {"type": "array", "prefixItems": [schema_for(item, where) for item in items], "items": False}
    return {"type": "array", "items": schema_for(items[0], where)} if items else {"type": "array"}


def _object(arguments: tuple[Any, ...], where: str) -> JsonSchema:
    if not arguments:
        return {"type": "object"}
    if arguments[0] is not str:
        raise ValidationError(
            f"cannot describe {where}: JSON object keys are strings; pass parameters= explicitly", field="parameters"
        )
    return {"type": "object", "additionalProperties": schema_for(arguments[1], where)}


def _typed_dict(hint: Any, where: str) -> JsonSchema:
    fields = typing.get_type_hints(hint, include_extras=True)
    properties = {name: schema_for(field, f"{where}.{name}") for name, field in fields.items()}
    required = [name for name in fields if name in hint.__required_keys__]
    schema: JsonSchema = {"type": "object", "properties": properties, "additionalProperties": False}
    return {**schema, "required": required} if required else schema


def is_json(value: object) -> bool:
    """Whether ``value`` can travel as JSON (NaN and infinities cannot: JSON has no such numbers)."""
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def _name(function: Callable[..., Any]) -> str:
    return getattr(function, "__name__", type(function).__name__)


def _undescribable(function: Callable[..., Any], why: str) -> ValidationError:
    return ValidationError(f"cannot describe {_name(function)}: {why}; pass parameters= explicitly", field="parameters")
