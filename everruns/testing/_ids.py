"""Identifiers and timestamps in the shapes the Everruns API uses."""

from __future__ import annotations

import random
import re
from datetime import datetime, timezone

_ID_TAIL = re.compile(r"[0-9a-f]{32}")


def new_id(prefix: str) -> str:
    """A fresh ``<prefix>_<32 lowercase hex>`` identifier (128 random bits).

    From ``random`` (seeded from the system, reseeded in a forked child), not ``uuid4``:
    every event gets one, and a test server needs ids that differ, not secrets."""
    return f"{prefix}_{random.getrandbits(128):032x}"


def is_id(value: object, prefix: str) -> bool:
    """Whether ``value`` is a well-formed identifier with the given prefix."""
    if not isinstance(value, str) or not value.startswith(prefix + "_"):
        return False
    return _ID_TAIL.fullmatch(value[len(prefix) + 1 :]) is not None


def now() -> str:
    """The current time as RFC 3339 with milliseconds and an explicit ``+00:00`` offset.

    ``+00:00`` rather than ``Z`` because Python 3.10's ``fromisoformat`` reads only the former.
    """
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")
