"""What workspaces and memories share: a named record that holds a file tree, with
create, read, list, rename and archive.

``DELETE`` archives: an archived store stays readable but leaves lists unless
``include_archived`` is set. Names are unique among the stores that are not archived.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from ._exchange import Request, Response, json_response, no_content
from ._file_tree import FileTree
from ._ids import new_id, now
from ._named_resources import check_status, listed, set_status
from ._problems import ProblemError, conflict, invalid, not_found
from ._validation import JsonObject, check_fields

StoreKind = Literal["workspace", "memory"]
_PREFIXES: dict[StoreKind, str] = {"workspace": "wsp", "memory": "mem"}


@dataclass
class FileStore:
    """A workspace or memory: its public record and its files."""

    record: JsonObject
    files: FileTree
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def writable(self) -> bool:
        """Whether files may change: the store is active and not read-only."""
        return self.record["status"] == "active" and not self.record.get("is_readonly", False)


def stores(request: Request, kind: StoreKind) -> dict[str, FileStore]:
    """The organisation's workspaces or memories, by id (hold ``request.org.lock``)."""
    return request.org.workspaces if kind == "workspace" else request.org.memories


def find_store(request: Request, kind: StoreKind, id_param: str) -> FileStore:
    """The store named by the path parameter ``id_param``, or 404 ``<kind>_not_found``."""
    store_id = request.params[id_param]
    with request.org.lock:
        store = stores(request, kind).get(store_id)
    if store is None:
        raise not_found(kind, store_id)
    return store


def writable_store(request: Request, kind: StoreKind, id_param: str) -> FileStore:
    """Like :func:`find_store`, but 403 when its files cannot change."""
    store = find_store(request, kind, id_param)
    if not store.writable:
        state = "read-only" if store.record["status"] == "active" else store.record["status"]
        raise ProblemError(403, f"{kind}_read_only", f"{kind} {store.record['id']} is {state}")
    return store


def _no_fields(body: JsonObject) -> JsonObject:
    return {}


class StoreEndpoints:
    """The answers every kind of store gives: create, get, list, update and delete (which
    archives). ``new_fields(body)`` and ``changed_fields(body)`` turn the body fields
    beyond ``name``, ``description`` and ``status`` into record fields."""

    def __init__(
        self,
        kind: StoreKind,
        *,
        create_shape: dict[str, str],
        update_shape: dict[str, str],
        new_fields: Callable[[JsonObject], JsonObject] = _no_fields,
        changed_fields: Callable[[JsonObject], JsonObject] = _no_fields,
    ) -> None:
        self.kind = kind
        self._create_shape = create_shape
        self._update_shape = update_shape
        self._new_fields = new_fields
        self._changed_fields = changed_fields

    def create(self, request: Request) -> Response:
        """``POST``: 201; 409 when an active store of this kind has the name."""
        body = request.json()
        check_fields(body, self._create_shape)
        _check_name(body["name"])
        stamp = now()
        record: JsonObject = {
            "id": new_id(_PREFIXES[self.kind]),
            "name": body["name"],
            "description": body.get("description"),
            **self._new_fields(body),
            "status": "active",
            "created_at": stamp,
            "updated_at": stamp,
            "archived_at": None,
            "deleted_at": None,
        }
        with request.org.lock:
            self._ensure_name_free(request, body["name"], None)
            stores(request, self.kind)[record["id"]] = FileStore(record, FileTree(f"{self.kind}_file_not_found"))
            return json_response(dict(record), status=201)

    def get(self, request: Request) -> Response:
        """``GET .../{id}`` (archived ones too)."""
        return json_response(dict(find_store(request, self.kind, f"{self.kind}_id").record))

    def list(self, request: Request) -> Response:
        """``GET``: ``{data}`` by name, narrowed by ``search``, archived ones only with ``include_archived``."""
        with request.org.lock:
            records = [dict(store.record) for store in stores(request, self.kind).values()]
        return json_response({"data": listed(request, records)})

    def update(self, request: Request) -> Response:
        """``PATCH .../{id}``: set the fields the body gives (``null`` leaves one as is)."""
        body = request.json()
        check_fields(body, self._update_shape)
        status = body.get("status") if "status" in self._update_shape else None
        check_status(status)
        store = find_store(request, self.kind, f"{self.kind}_id")
        with request.org.lock:
            if body.get("name") is not None:
                _check_name(body["name"])
                self._ensure_name_free(request, body["name"], store.record["id"])
            given = {name: body[name] for name in ("name", "description") if body.get(name) is not None}
            store.record.update(given, **self._changed_fields(body), updated_at=now())
            if status is not None:
                set_status(store.record, status)
            return json_response(dict(store.record))

    def delete(self, request: Request) -> Response:
        """``DELETE .../{id}``: 204; the store is archived, its files stay readable."""
        store = find_store(request, self.kind, f"{self.kind}_id")
        with request.org.lock:
            set_status(store.record, "archived")
        return no_content()

    def _ensure_name_free(self, request: Request, name: str, owner_id: str | None) -> None:
        for store in stores(request, self.kind).values():
            record = store.record
            if record["name"] == name and record["status"] == "active" and record["id"] != owner_id:
                raise conflict(f"{self.kind}_name_conflict", f"a {self.kind} named {name!r} already exists")


def _check_name(name: str) -> None:
    if not name.strip():
        raise invalid("name must not be empty")
