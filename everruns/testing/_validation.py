"""Checks on request bodies and query strings, each failure a 400 that names what is wrong.

Body shapes are declared compactly: ``{"name": "string!", "description": "string?"}`` where
``!`` marks a required field and ``?`` one that may be ``null``, mirroring the API description.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from ._problems import ProblemError, invalid

JsonObject = dict[str, Any]
Query = Mapping[str, list[str]]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG_LENGTH = 64

_KIND_CHECKS: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "boolean": bool,
    "object": dict,
    "array": list,
    "number": (int, float),
}


def media_type(content_type: str | None) -> str:
    """``"Text/Plain; charset=utf-8"`` -> ``"text/plain"``."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def json_object(body: bytes, content_type: str | None) -> JsonObject:
    """The request body as a JSON object, or the 4xx the real service gives instead."""
    kind = media_type(content_type)
    if kind != "application/json" and not kind.endswith("+json"):
        raise ProblemError(415, "unsupported_media_type", f"expected an application/json body, got {kind or 'none'}")
    if not body.strip():
        raise invalid("the request needs a JSON body")
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise invalid(f"the body is not valid JSON: {error}") from None
    if not isinstance(document, dict):
        raise invalid("the body must be a JSON object")
    return document


def _matches(kind: str, value: object) -> bool:
    if kind == "any":
        return True
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number" and isinstance(value, bool):
        return False
    return isinstance(value, _KIND_CHECKS[kind])


def check_fields(document: JsonObject, shape: Mapping[str, str], where: str = "") -> None:
    """Raise a 400 naming the first field that is missing or of the wrong type."""
    for name, declared in shape.items():
        required = declared.endswith("!")
        nullable = declared.endswith("?")
        kind = declared.rstrip("!?")
        label = f"{where}{name}"
        if name not in document:
            if required:
                raise invalid(f"{label} is required")
            continue
        value = document[name]
        if value is None and nullable:
            continue
        if not _matches(kind, value):
            expected = f"{kind} or null" if nullable else kind
            raise invalid(f"{label} must be {'an' if kind[0] in 'aeiou' else 'a'} {expected}")


def check_items(document: JsonObject, name: str, shape: Mapping[str, str]) -> None:
    """Check each object in the list ``document[name]`` (when present) against ``shape``."""
    items = document.get(name)
    if not isinstance(items, list):
        return
    for index, item in enumerate(items):
        where = f"{name}[{index}]"
        if not isinstance(item, dict):
            raise invalid(f"{where} must be an object")
        check_fields(item, shape, where + ".")


def check_slug(value: str, field: str = "name") -> None:
    """Agent and harness names: lowercase words joined by single hyphens, at most 64 characters."""
    if len(value) > MAX_SLUG_LENGTH:
        raise invalid(f"{field} must be at most {MAX_SLUG_LENGTH} characters, got {len(value)}")
    if not _SLUG.fullmatch(value):
        raise invalid(f"{field} {value!r} must be lowercase letters and digits in words joined by single hyphens")


def one_of(document: JsonObject, first: str, second: str) -> str | None:
    """The value of whichever of two alternative fields is set; 400 when both are."""
    if document.get(first) is not None and document.get(second) is not None:
        raise invalid(f"give {first} or {second}, not both")
    value = document.get(first) if document.get(first) is not None else document.get(second)
    return value if isinstance(value, str) else None


def query_str(query: Query, name: str) -> str | None:
    """The last value of a query parameter, if present."""
    values = query.get(name)
    return values[-1] if values else None


def query_int(query: Query, name: str, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
    """An integer query parameter within bounds, or a 400 saying why not."""
    raw = query_str(query, name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise invalid(f"query parameter {name} must be an integer, got {raw!r}") from None
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise invalid(f"query parameter {name} must be {bounds}, got {value}")
    return value


def query_bool(query: Query, name: str) -> bool | None:
    """``true``/``false`` (also ``1``/``0``) as a boolean, or a 400."""
    raw = query_str(query, name)
    if raw is None or raw == "":
        return None
    lowered = raw.lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise invalid(f"query parameter {name} must be true or false, got {raw!r}")
