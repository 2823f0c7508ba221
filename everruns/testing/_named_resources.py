"""What agents and harnesses share: links and session counts in answers, and archiving.

Neither is ever deleted: ``DELETE`` archives, and archived ones stay readable but leave
lists unless ``include_archived`` is set.
"""

from __future__ import annotations

from ._exchange import Request
from ._ids import now
from ._listing import matches_search, search_term, with_links
from ._problems import invalid
from ._releases import as_released
from ._store import GENERIC_HARNESS_NAME, Kind
from ._validation import JsonObject, query_bool

STATUSES = ("active", "archived")
SEARCHED = ("name", "display_name", "description")


def check_status(value: object) -> None:
    """400 unless ``value`` is ``None`` or a status a client may set."""
    if value is not None and value not in STATUSES:
        raise invalid(f"status must be one of {', '.join(STATUSES)}, got {value!r}")


def set_status(record: JsonObject, status: str) -> None:
    """Archive or restore ``record``, stamping ``archived_at`` and ``updated_at``."""
    stamp = now()
    record.update(status=status, archived_at=stamp if status == "archived" else None, updated_at=stamp)


def listed(request: Request, records: list[JsonObject]) -> list[JsonObject]:
    """``records`` by name, without archived ones unless ``include_archived``, narrowed by ``search``."""
    include_archived = query_bool(request.query, "include_archived") or False
    term = search_term(request)
    return [
        record
        for record in sorted(records, key=lambda r: r["name"])
        if (include_archived or record["status"] == "active") and matches_search(record, term, SEARCHED)
    ]


def present(request: Request, kind: Kind, record: JsonObject, *, counts: bool) -> JsonObject:
    """The record as answered: links, and for reads the session and app counts."""
    collection = "agents" if kind == "agent" else "harnesses"
    view = with_links(request, record, f"/v1/{collection}/{record['id']}", f"/{collection}/{record['id']}")
    if counts:
        view.update(session_count=request.org.count_sessions(f"{kind}_id", record["id"]), app_count=0)
        if kind == "agent":
            view["effective_harness"] = effective_harness(request, record["harness_id"])
    return as_released(request.app.settings.release, kind, view)


def effective_harness(request: Request, harness_id: str) -> JsonObject:
    """The harness a new session of an agent runs on, as agent reads describe it."""
    with request.org.lock:
        harness = request.org.harnesses.get(harness_id)
    if harness is None:
        return {"id": harness_id, "name": None, "display_name": None, "source": "explicit", "status": "unresolved"}
    source = "organization_default" if harness["name"] == GENERIC_HARNESS_NAME else "explicit"
    fields = {name: harness.get(name) for name in ("id", "name", "display_name")}
    return {**fields, "source": source, "status": harness["status"]}
