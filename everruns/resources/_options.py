"""Keyword options made into request bodies, and the checks the API's rules make known.

The options a method takes are generated (``everruns_api.options``): every field of its
request model but those it takes in its own way (``scripts/facade_options.py``). So a
field the API description adds is accepted and sent after regenerating. What is written
here is only what the API's rules say beyond the description, in one place.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from everruns._validation import check_id, check_one_of, check_range, check_slug
from everruns.errors import ValidationError

from ._coerce import tools_from

T = TypeVar("T")
Convert = Callable[[Any], Any]


def check_tags(value: Sequence[str]) -> list[str]:
    """Tags: a list of strings (one string is refused: it would be read as its letters)."""
    if isinstance(value, str) or not all(isinstance(tag, str) for tag in value):
        raise ValidationError(f"tags must be a list of strings, got {value!r}", field="tags")
    return list(value)


# Options whose plain form the API's rules read in a way of their own.
_CONVERTERS: dict[str, Convert] = {
    "tags": check_tags,
    "tools": tools_from,  # a dict without a type is a client-side tool
}


def request_body(model: type[T], fields: Mapping[str, Any], **converters: Convert) -> T:
    """The generated request ``model`` made of ``fields`` (its attributes by name;
    ``None`` is not given). Each value may be the generated model or its JSON-shaped
    dict (an enum: the member or its string); the body is read back strictly, so a value
    that is not what the description says is a :class:`~everruns.ValidationError` before
    anything is sent. ``converters`` read some fields first (as the shared ones do)."""
    shape = model._shape  # type: ignore[attr-defined]
    chosen = {**_CONVERTERS, **converters}
    wire: dict[str, Any] = {}
    for name, value in fields.items():
        if value is None:
            continue
        convert = chosen.get(name)
        wire[shape.fields[name].key] = as_json(convert(value) if convert is not None else value)
    try:
        body: T = model.from_dict(wire, strict=True)  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValidationError(f"not a valid {model.__name__}: {error}") from error
    return body


def as_json(value: Any) -> Any:
    """``value`` as the JSON the API takes: models as their dicts, enums as their values,
    timestamps in ISO 8601."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_json(item) for item in value]
    if isinstance(value, enum.Enum):
        value = value.value
    elif isinstance(value, (datetime.datetime, datetime.date)):
        value = value.isoformat()
    elif isinstance(value, uuid.UUID):
        value = str(value)
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
