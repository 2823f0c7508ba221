"""A session's state: its record, its event log, its messages and the turn runner."""

from __future__ import annotations

import threading
from typing import Any

from ._budgets import BudgetBook
from ._event_log import EventLog
from ._ids import now
from ._model import ScriptedModel
from ._session_data import SessionData
from ._turns import TurnRunner

JsonObject = dict[str, Any]


class Session:
    """Everything the server keeps about one session; safe to use from several threads."""

    def __init__(self, record: JsonObject, model: ScriptedModel, turn_delay: float, budgets: BudgetBook) -> None:
        self.id: str = record["id"]
        self.budgets = budgets  # the organisation's, which its replies spend from
        self._lock = threading.Lock()
        self._record = record
        self._messages: list[JsonObject] = []
        self.log = EventLog(self.id)
        self.runner = TurnRunner(self, model, turn_delay)
        self.data = SessionData()

    def view(self) -> JsonObject:
        """A copy of the session record as stored (without URLs)."""
        with self._lock:
            return dict(self._record)

    def update(self, **changes: Any) -> None:
        """Change some fields of the record and stamp ``updated_at``."""
        with self._lock:
            self._record.update(changes, updated_at=now())

    def add_message(self, message: JsonObject, sequence: int) -> None:
        """Keep a message for ``messages.list``, tagged with its session and event sequence."""
        with self._lock:
            self._messages.append({**message, "session_id": self.id, "sequence": sequence})

    def messages(self) -> list[JsonObject]:
        """The messages so far, oldest first."""
        with self._lock:
            return list(self._messages)

    def close(self) -> None:
        """Stop any turn and wake every stream reader: the server is stopping."""
        self.runner.close()
        self.log.close()
