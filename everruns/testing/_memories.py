"""Memories: named file stores mounted into sessions. Manual ones are written through the
API; ones with a GitHub or git source are read-only and can be synced."""

from __future__ import annotations

from ._exchange import Request, Response, json_response
from ._file_stores import StoreEndpoints, StoreKind, find_store
from ._ids import now
from ._problems import invalid
from ._validation import JsonObject, check_fields

MEMORY: StoreKind = "memory"
MAX_SYNC_INTERVAL = 604_800
_SOURCE_SHAPES = {
    "github": {
        "repository": "string!",
        "branch": "string?",
        "root_folder": "string?",
        "sync_interval_secs": "integer?",
    },
    "git": {"url": "string!", "branch": "string?", "root_folder": "string?", "sync_interval_secs": "integer?"},
}


def _source_fields(source: JsonObject | None) -> JsonObject:
    """The record fields a requested source sets (a manual memory without one)."""
    if source is None:
        return {"source_type": "manual", "source": {"provider": "manual"}, "is_readonly": False}
    provider = source.get("type")
    if provider not in _SOURCE_SHAPES:
        raise invalid(f"source.type must be one of {', '.join(_SOURCE_SHAPES)}, got {provider!r}")
    check_fields(source, _SOURCE_SHAPES[provider], "source.")
    interval = source.get("sync_interval_secs")
    if interval is not None and not 0 <= interval <= MAX_SYNC_INTERVAL:
        raise invalid(f"source.sync_interval_secs must be between 0 and {MAX_SYNC_INTERVAL}")
    where: JsonObject = {name: source[name] for name in ("repository", "url") if name in source}
    described: JsonObject = {
        "provider": provider,
        **where,
        "branch": source.get("branch") or "main",
        "root_folder": source.get("root_folder"),
        "sync_interval_secs": interval,
    }
    return {"source_type": provider, "source": described, "is_readonly": True, "sync_status": "pending"}


def _new_memory_fields(body: JsonObject) -> JsonObject:
    return {
        "scope": "org",  # a memory of the organisation (the API also has agent and user ones)
        "sync_status": "idle",
        "last_synced_at": None,
        "last_sync_error": None,
        **_source_fields(body.get("source")),
    }


def _changed_source(body: JsonObject) -> JsonObject:
    return _source_fields(body["source"]) if body.get("source") is not None else {}


MEMORIES = StoreEndpoints(
    "memory",
    create_shape={"name": "string!", "description": "string?", "source": "object?"},
    update_shape={"name": "string?", "description": "string?", "source": "object?"},
    new_fields=_new_memory_fields,
    changed_fields=_changed_source,
)

create_memory = MEMORIES.create
get_memory = MEMORIES.get
list_memories = MEMORIES.list
update_memory = MEMORIES.update
delete_memory = MEMORIES.delete


def sync_memory_now(request: Request) -> Response:
    """``POST /v1/memories/{memory_id}/sync``: marks a sourced memory synced; 400 for a manual one."""
    store = find_store(request, MEMORY, "memory_id")
    with request.org.lock:
        if store.record["source_type"] == "manual":
            raise invalid("a manual memory has no source to sync from", "memory_not_syncable")
        stamp = now()
        store.record.update(sync_status="synced", last_synced_at=stamp, last_sync_error=None, updated_at=stamp)
        return json_response(dict(store.record))
