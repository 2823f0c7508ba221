"""How the generated models read the API's answers: lazily, and for what they hold.

Copied into the generated package by scripts/generate.py; every model module uses it.

``from_dict`` only checks that it was given a mapping (and, for a union's branches, the
one-value tag fields that tell the branches apart), keeps that mapping, and returns.
A field is converted the first time it is read (a timestamp parsed, a nested object
built, an enum looked up) and the result is kept in the field's slot, so reading an
answer costs what the caller actually looks at.

Reading is liberal, so that an answer from a server older or newer than the description
the models come from is still served:

- a required field the answer lacks reads as ``None``;
- a field whose value cannot be converted keeps the value as it was sent;
- a union value of a kind this client does not know stays the mapping it was sent as.

Each of these logs one warning per model and field per process on the ``everruns``
logger. Unknown fields are kept in ``additional_properties`` and written back by
``to_dict``, so an answer survives a round trip through a model unchanged.

``from_dict(data, strict=True)`` is for input that must be exactly right (what a caller
is about to send): it reads every field, nested models included, at once and raises
instead of warning.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from typing import Any, NamedTuple, TypeVar

from .types import UNSET

logger = logging.getLogger("everruns")

M = TypeVar("M")

# What a field's conversion raises on a value of another shape than described.
UNREADABLE = (TypeError, ValueError, KeyError, AttributeError, IndexError)

_warned: set[tuple[str, str]] = set()
_warned_lock = threading.Lock()
# Set while a strict read runs: a surprise raises instead of being logged.
_strict: ContextVar[bool] = ContextVar("everruns_api_strict_reading", default=False)


class Field(NamedTuple):
    """How one attribute of a model is read from and written to its JSON object."""

    key: str  # the name on the wire (``mcpServers`` for the attribute ``mcp_servers``)
    read: Callable[[Any], Any] | None  # JSON value -> attribute value; None: taken as it is
    write: Callable[[Any], Any] | None  # attribute value -> JSON value; None: written as it is
    required: bool


class Shape:
    """Everything a model module tells these functions about its model: the fields by
    attribute name, the one-value tags that tell union branches apart, and how the
    fields the description does not name (``additional_properties``) are read and written
    (``extras`` False: they are dropped)."""

    __slots__ = ("extras", "fields", "keys", "name", "read_extra", "required", "tags", "write_extra")

    def __init__(
        self,
        name: str,
        fields: dict[str, Field],
        *,
        tags: tuple[tuple[str, object, bool], ...] = (),
        extras: bool = True,
        read_extra: Callable[[Any], Any] | None = None,
        write_extra: Callable[[Any], Any] | None = None,
    ) -> None:
        self.name = name
        self.fields = fields
        self.keys = frozenset(field.key for field in fields.values())
        self.required = tuple(field.key for field in fields.values() if field.required)
        self.tags = tags
        self.extras = extras
        self.read_extra = read_extra
        self.write_extra = write_extra


def warn_once(model: str, field: str, message: str) -> None:
    """Log ``message`` on the ``everruns`` logger, the first time only for this field."""
    with _warned_lock:
        if (model, field) in _warned:
            return
        _warned.add((model, field))
    logger.warning("%s.%s: %s", model, field, message)


def read_model(cls: type[M], data: Mapping[str, Any], shape: Shape, *, strict: bool = False, copy: bool = True) -> M:
    """A ``cls`` that reads ``data`` lazily. Only the shape and the tags are checked now:
    ``TypeError`` for anything but a mapping, ``ValueError`` for a tag that names another
    kind (a tag left out is a field left out, read as ``None``). ``strict`` reads every
    field now and raises on the first one that is not as described. ``copy=False`` keeps
    ``data`` itself (a model inside an answer: the mapping is the answer's own)."""
    if type(data) is not dict and not isinstance(data, Mapping):  # the first test is the cheap one
        raise TypeError(f"{shape.name} is read from a JSON object, not from {type(data).__name__}")
    for key, value, _ in shape.tags:
        if key in data and data[key] != value:
            raise ValueError(f"{shape.name} has {key}={value!r}, not {data[key]!r}")
    model = cls.__new__(cls)
    object.__setattr__(model, "_raw", dict(data) if copy else data)  # a caller may reuse their own
    if strict:
        token = _strict.set(True)
        try:
            _read_everything(model)
        finally:
            _strict.reset(token)
    return model


def read_nested(cls: type[M], data: Mapping[str, Any]) -> M:
    """A model inside an answer being read: ``data`` is part of that answer, already the
    model's own, so it is not copied again."""
    shape: Shape = cls._shape  # type: ignore[attr-defined]
    return read_model(cls, data, shape, copy=False)


def read_nested_list(cls: type[M], data: Any) -> list[M]:
    """The models of a list inside an answer being read (a page's items), each keeping its
    part of the answer. What :func:`read_nested` does for each, without a call per item:
    a page of a hundred is read on every list call."""
    if not isinstance(data, list):
        raise TypeError(f"a list was expected, not {type(data).__name__}")
    shape: Shape = cls._shape  # type: ignore[attr-defined]
    if shape.tags:
        return [read_model(cls, item, shape, copy=False) for item in data]
    new, keep = cls.__new__, object.__setattr__
    models = []
    for item in data:
        if type(item) is not dict and not isinstance(item, Mapping):
            raise TypeError(f"{shape.name} is read from a JSON object, not from {type(item).__name__}")
        model = new(cls)
        keep(model, "_raw", item)
        models.append(model)
    return models


def _read_everything(value: Any) -> None:
    """Read every field of ``value`` and of the models inside it (a strict read)."""
    shape = getattr(type(value), "_shape", None)
    if isinstance(shape, Shape):
        for name in shape.fields:
            _read_everything(getattr(value, name))
        if shape.extras:
            _read_everything(value.additional_properties)
    elif isinstance(value, list):
        for item in value:
            _read_everything(item)
    elif isinstance(value, dict):
        for item in value.values():
            _read_everything(item)


def accepts(data: object, shape: Shape, *, strictly: bool = True, alone: bool = False) -> bool:
    """Whether a union takes ``data`` as this model. Since reading never fails, a union
    asks its branches in turn: first ``strictly`` (a mapping whose tags match and which
    holds every required field), then not, for an answer short of a field: a mapping
    whose required tags name this model, or any mapping when this model is the only
    object the union can hold (``alone``)."""
    if not isinstance(data, Mapping):
        return False
    tagged = False
    for key, value, required in shape.tags:
        if key in data:
            if data[key] != value:
                return False
            tagged = tagged or required
        elif required:
            return False
    if strictly:
        return all(key in data for key in shape.required)
    return tagged or alone


def read_field(model: Any, name: str, shape: Shape) -> Any:
    """The value of attribute ``name``, converted from the kept mapping and stored in its
    slot (``__getattr__`` runs only while the slot is empty)."""
    raw = object.__getattribute__(model, "_raw")
    field = shape.fields.get(name)
    if raw is None or field is None:
        if raw is not None and name == "additional_properties" and shape.extras:
            value: Any = _read_extras(raw, shape)
            object.__setattr__(model, name, value)
            return value
        raise AttributeError(f"{shape.name!r} object has no attribute {name!r}")
    key, read, _, required = field
    if key in raw:
        value = raw[key]
        if read is not None:
            try:
                value = read(value)
            except UNREADABLE as error:
                if _strict.get():
                    raise
                warn_once(shape.name, key, f"cannot be read as described ({error!r}); kept as it was sent")
    elif required:
        if _strict.get():
            raise KeyError(f"{shape.name} requires {key!r}")
        value = None
        warn_once(shape.name, key, "required but missing from the answer; read as None (a server older than this SDK?)")
    else:
        value = UNSET
    object.__setattr__(model, name, value)
    return value


def _read_extras(raw: Mapping[str, Any], shape: Shape) -> dict[str, Any]:
    """The fields of ``raw`` the description does not name, converted when it types them."""
    extras = {key: value for key, value in raw.items() if key not in shape.keys}
    read = shape.read_extra
    if read is not None:
        for key, value in extras.items():
            try:
                extras[key] = read(value)
            except UNREADABLE as error:
                if _strict.get():
                    raise
                warn_once(shape.name, key, f"cannot be read as described ({error!r}); kept as it was sent")
    return extras


def write_fields(model: Any, shape: Shape) -> dict[str, Any]:
    """The model as a JSON-ready dict. A field never read goes back as it came, a value
    kept as sent is written as it is, and a required field the answer lacked stays out."""
    raw = object.__getattribute__(model, "_raw")
    result: dict[str, Any] = {}
    if shape.extras:
        try:
            extras = object.__getattribute__(model, "additional_properties")
        except AttributeError:  # never read: the answer's own
            if raw is not None:
                result = {key: value for key, value in raw.items() if key not in shape.keys}
        else:
            write = shape.write_extra
            result = dict(extras) if write is None else {key: _written(write, value) for key, value in extras.items()}
    for name, (key, _, write, required) in shape.fields.items():
        try:
            value = object.__getattribute__(model, name)
        except AttributeError:  # never read
            if raw is not None and key in raw:
                result[key] = raw[key]
            continue
        if value is UNSET or (value is None and required and raw is not None and key not in raw):
            continue
        result[key] = value if write is None else _written(write, value)
    return result


def _written(write: Callable[[Any], Any], value: Any) -> Any:
    try:
        return write(value)
    except UNREADABLE:  # a value kept as it was sent goes back the same way
        return value


def unknown_kind(data: Any, model: str, field: str) -> Any:
    """A union value that none of the kinds this client knows accepts: kept as sent."""
    if _strict.get():
        raise ValueError(f"{model}.{field}: not a kind of value this client knows: {data!r}")
    warn_once(model, field, "holds a kind of value this client does not know; kept as the mapping it was sent as")
    return data


def write_model(value: Any) -> Any:
    """A nested model as its JSON object."""
    return value.to_dict()


def write_isoformat(value: Any) -> Any:
    """A timestamp or date in ISO 8601 form."""
    return value.isoformat()


def write_enum(value: Any) -> Any:
    """An enum member as its value."""
    return value.value
