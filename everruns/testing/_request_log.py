"""What clients sent: every API request, kept for tests to inspect."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received. Header names are lower-cased; ``path`` excludes the query;
    ``connection`` tells the TCP connections apart (the client's port); ``received_at``
    is when it arrived, in ``time.monotonic()`` seconds (to measure the pauses a client
    makes between requests)."""

    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    body: bytes
    connection: int = 0
    received_at: float = field(default_factory=time.monotonic)

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
            "received_at": self.received_at,
        }


class RequestLog:
    """Thread-safe list of the latest :class:`RecordedRequest` (at most ``limit``), oldest first.

    The limit keeps a long-running command-line server from growing without bound.
    """

    def __init__(self, limit: int = 100_000) -> None:
        self._lock = threading.Lock()
        self._entries: deque[RecordedRequest] = deque(maxlen=limit)

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
