"""What clients sent: every API request, kept for tests to inspect."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received. Header names are lower-cased; ``path`` excludes the query."""

    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)

    def as_json(self) -> dict[str, Any]:
        """A JSON-friendly form (body as text) for the HTTP control endpoint."""
        return {
            "method": self.method,
            "path": self.path,
            "query": dict(self.query),
            "headers": dict(self.headers),
            "body": self.body.decode("utf-8", errors="replace"),
        }


class RequestLog:
    """Thread-safe list of :class:`RecordedRequest`, oldest first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[RecordedRequest] = []

    def add(self, entry: RecordedRequest) -> None:
        """Keep one more request."""
        with self._lock:
            self._entries.append(entry)

    def snapshot(self) -> list[RecordedRequest]:
        """A copy of what has been kept so far."""
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        """Forget everything kept so far."""
        with self._lock:
            self._entries.clear()
