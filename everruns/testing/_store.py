"""In-memory state, one partition per organisation, created on first use."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Literal

from ._budgets import BudgetBook
from ._ids import new_id, now
from ._problems import not_found
from ._session import Session
from ._validation import one_of

if TYPE_CHECKING:
    from ._file_stores import FileStore
    from ._images import StoredImage

JsonObject = dict[str, Any]
Kind = Literal["agent", "harness"]

GENERIC_HARNESS_NAME = "generic"


def _generic_harness() -> JsonObject:
    stamp = now()
    return {
        "id": new_id("harness"),
        "name": GENERIC_HARNESS_NAME,
        "display_name": "Generic",
        "description": "The general-purpose harness every organization starts with.",
        "system_prompt": None,
        "status": "active",
        "is_built_in": True,
        "capabilities": [],
        "default_model_id": None,
        "embedder_metadata": {},
        "initial_files": [],
        "mcpServers": {},
        "network_access": None,
        "parallel_tool_calls": None,
        "parent_harness_id": None,
        "tags": [],
        "archived_at": None,
        "deleted_at": None,
        "created_at": stamp,
        "updated_at": stamp,
    }


class Org:
    """One organisation's resources. Hold :attr:`lock` while reading or changing the dicts."""

    def __init__(self, org_id: str) -> None:
        self.id = org_id
        self.lock = threading.RLock()
        self.principal_id = new_id("principal")
        self.agents: dict[str, JsonObject] = {}
        self.agent_versions: dict[str, list[JsonObject]] = {}
        self.health_checks: dict[str, list[JsonObject]] = {}
        self.triggers: dict[str, dict[str, JsonObject]] = {}  # agent id -> trigger id -> trigger
        self.credentials: dict[str, dict[str, JsonObject]] = {}  # agent id -> binding id -> binding
        self.budgets = BudgetBook(org_id)
        self.connections: dict[str, JsonObject] = {}  # provider -> connection (with its key, never answered)
        self.sessions: dict[str, Session] = {}
        generic = _generic_harness()
        self.harnesses: dict[str, JsonObject] = {generic["id"]: generic}
        self.images: dict[str, StoredImage] = {}
        self.workspaces: dict[str, FileStore] = {}
        self.memories: dict[str, FileStore] = {}

    def records(self, kind: Kind) -> dict[str, JsonObject]:
        """The agents or the harnesses, by id."""
        return self.agents if kind == "agent" else self.harnesses

    def find(self, kind: Kind, record_id: str) -> JsonObject:
        """The agent or harness with this id (archived ones too), or 404 ``<kind>_not_found``."""
        with self.lock:
            record = self.records(kind).get(record_id)
        if record is None:
            raise not_found(kind, record_id)
        return record

    def live_named(self, kind: Kind, name: str) -> JsonObject | None:
        """The agent or harness (not archived) with this name, if any."""
        with self.lock:
            records = list(self.records(kind).values())
        return next((r for r in records if r["name"] == name and r["status"] == "active"), None)

    def referenced(self, document: JsonObject, kind: Kind) -> JsonObject | None:
        """What a body names by ``<kind>_name`` or ``<kind>_id`` (400 if both, 404 if unknown)."""
        by_name = document.get(f"{kind}_name") is not None
        reference = one_of(document, f"{kind}_name", f"{kind}_id")
        if reference is None:
            return None
        if not by_name:
            return self.find(kind, reference)
        record = self.live_named(kind, reference)
        if record is None:
            raise not_found(kind, reference)
        return record

    def count_sessions(self, field: str, value: str) -> int:
        """How many sessions have ``value`` in ``field`` (``agent_id``, ``harness_id``)."""
        with self.lock:
            sessions = list(self.sessions.values())
        return sum(1 for session in sessions if session.view().get(field) == value)


class Store:
    """All organisations. Requests without ``X-Org-Id`` use :attr:`default_org_id`."""

    def __init__(self) -> None:
        self.default_org_id = new_id("org")
        self._lock = threading.Lock()
        self._orgs: dict[str, Org] = {}

    def org(self, org_id: str | None) -> Org:
        """The partition for ``org_id`` (the default one for ``None``), made on first use."""
        key = org_id or self.default_org_id
        with self._lock:
            if key not in self._orgs:
                self._orgs[key] = Org(key)
            return self._orgs[key]

    def all_sessions(self) -> list[Session]:
        """Every session of every organisation (for shutting down)."""
        with self._lock:
            orgs = list(self._orgs.values())
        sessions: list[Session] = []
        for org in orgs:
            with org.lock:
                sessions.extend(org.sessions.values())
        return sessions
