"""Checks of the API's known rules, run before a request is sent.

Each returns the value it checked (so calls read ``name = check_slug(name, "name")``)
or raises :class:`~everruns.errors.ValidationError` naming the argument.
"""

from __future__ import annotations

import math
import re
import secrets

from .errors import ValidationError

SLUG_MAX = 64

# The prefixes of the API's ids (``<prefix>_<32 hex digits>``).
AGENT = "agent"
VERSION = "agentver"
SESSION = "session"
EVENT = "event"
HARNESS = "harness"
IMAGE = "img"
MEMORY = "mem"
WORKSPACE = "wsp"
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_HEX32 = r"[0-9a-f]{32}\Z"


def check_slug(value: str, field: str) -> str:
    """Agent and harness names: lowercase letters and digits in dash-separated words."""
    if not isinstance(value, str) or not _SLUG.match(value) or len(value) > SLUG_MAX:
        raise ValidationError(
            f"{field} must be a slug of at most {SLUG_MAX} characters (lowercase letters and digits, "
            f"single dashes between words), got {value!r}",
            field=field,
        )
    return value


def check_id(value: str, prefix: str, field: str) -> str:
    """An id of the form ``<prefix>_<32 lowercase hex digits>``."""
    if not isinstance(value, str) or not re.match(rf"{re.escape(prefix)}_{_HEX32}", value):
        raise ValidationError(f"{field} must look like {prefix}_<32 hex digits>, got {value!r}", field=field)
    return value


def check_segment(value: str, field: str) -> str:
    """A value that goes into a URL path as one segment: it is percent-encoded, so only
    the empty string and the dot segments (which URL normalisation would resolve) are
    refused."""
    if not isinstance(value, str) or value in ("", ".", ".."):
        raise ValidationError(f"{field} must be a non-empty string other than '.' and '..', got {value!r}", field=field)
    return value


def check_text(value: str, field: str) -> str:
    """Text that must say something: not empty, not only white space."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{field} cannot be empty", field=field)
    return value


def check_one_of(field_a: str, value_a: object, field_b: str, value_b: object) -> None:
    """Two ways to name the same thing: at most one may be given."""
    if value_a is not None and value_b is not None:
        raise ValidationError(f"pass {field_a} or {field_b}, not both", field=field_b)


def check_range(value: int | None, field: str, *, minimum: int, maximum: int | None = None) -> int | None:
    """An optional integer within the API's bounds."""
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < minimum
        or (maximum is not None and value > maximum)
    ):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise ValidationError(f"{field} must be an integer {bounds}, got {value!r}", field=field)
    return value


def check_amount(value: float, field: str, *, positive: bool = False) -> float:
    """A number of money or credits: finite, 0 or more (above 0 when ``positive``), never a bool."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise ValidationError(f"{field} must be a number of 0 or more, got {value!r}", field=field)
    if positive and value == 0:
        raise ValidationError(f"{field} must be above 0", field=field)
    return value


def new_id(prefix: str) -> str:
    """A fresh id the way the API makes them: 16 random bytes in hex behind the prefix."""
    return f"{prefix}_{secrets.token_hex(16)}"
