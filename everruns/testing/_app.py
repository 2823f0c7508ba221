"""The server's shared state and settings, handed to every request handler."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from ._faults import Faults
from ._model import ScriptedModel
from ._request_log import RequestLog
from ._store import Store


@dataclass(frozen=True)
class Settings:
    """How the server behaves; fixed when it is constructed."""

    prefix: str = "/api"
    api_keys: frozenset[str] = frozenset({"dev"})
    turn_delay: float = 0.02
    heartbeat_interval: float = 30.0
    cycle_interval: float = 300.0
    retry_ms: int = 100
    idle_retry_ms: int = 500
    release: str | None = None  # answer like this older release (see _releases.py); None: the latest


class App:
    """State shared by all connections: data, scripted model, faults and the request log."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store()
        self.model = ScriptedModel()
        self.faults = Faults()
        self.requests = RequestLog()
        self.stopping = threading.Event()
        self._open_streams = 0
        self._streams_lock = threading.Lock()

    @property
    def open_streams(self) -> int:
        """How many event streams are being served right now."""
        with self._streams_lock:
            return self._open_streams

    @contextlib.contextmanager
    def serving_stream(self) -> Iterator[None]:
        """Count an event stream as open while it is served."""
        with self._streams_lock:
            self._open_streams += 1
        try:
            yield
        finally:
            with self._streams_lock:
                self._open_streams -= 1

    def close(self) -> None:
        """Stop every turn and wake every event stream so their threads can end."""
        self.stopping.set()
        for session in self.store.all_sessions():
            session.close()
