"""A memory's files: ``/v1/memories/{memory_id}/fs/...``. Paths arrive as for workspaces
(literal or encoded slashes, ``..`` refused); a sourced memory's files are read-only."""

from __future__ import annotations

import hashlib
import mimetypes

from ._exchange import Request, Response, json_response, no_content
from ._file_stores import FileStore, StoreKind, find_store, writable_store
from ._file_tree import ROOT, Entry, decode_content, normalize, writable_path
from ._problems import invalid
from ._validation import JsonObject, check_fields, query_bool

MEMORY: StoreKind = "memory"
_ID = "memory_id"
_CREATE_SHAPE = {"content": "string?", "encoding": "string?", "is_directory": "boolean?"}
_UPDATE_SHAPE = {"content": "string?", "encoding": "string?"}
_TYPES = mimetypes.MimeTypes()  # the built-in table only: the same answers on every machine


def _info(entry: Entry) -> JsonObject:
    return {
        "path": entry.path,
        "is_directory": entry.is_directory,
        "size_bytes": len(entry.data),
        "content_hash": None if entry.is_directory else hashlib.sha256(entry.data).hexdigest(),
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
    }


def _file(entry: Entry) -> JsonObject:
    content, encoding = entry.content()
    info = _info(entry)
    del info["is_directory"]
    return {**info, "content": content, "encoding": encoding}


def _listing(store: FileStore, path: str) -> Response:
    return json_response({"data": [_info(entry) for entry in store.files.children(path)]})


def list_root(request: Request) -> Response:
    """``GET .../fs``: the entries at the memory's root."""
    return _listing(find_store(request, MEMORY, _ID), ROOT)


def get_file(request: Request) -> Response:
    """``GET .../fs/{path}``: a file with its content, or a directory's entries."""
    store = find_store(request, MEMORY, _ID)
    entry = store.files.get(normalize(request.params["path"]))
    return _listing(store, entry.path) if entry.is_directory else json_response(_file(entry))


def download_action(request: Request) -> Response:
    """``GET .../fs/_/download/{path}``: the file's bytes, typed by its name; 400 for a directory."""
    entry = find_store(request, MEMORY, _ID).files.get(normalize(request.params["path"]))
    if entry.is_directory:
        raise invalid(f"{entry.path} is a directory", "is_a_directory")
    content_type = _TYPES.guess_type(entry.name)[0] or "application/octet-stream"
    return Response(200, entry.data, content_type)


def create_file(request: Request) -> Response:
    """``POST .../fs/{path}``: 201 with the new file's or directory's metadata."""
    body = request.json()
    check_fields(body, _CREATE_SHAPE)
    store = writable_store(request, MEMORY, _ID)
    path = writable_path(request.params["path"])
    data = b"" if body.get("is_directory") else decode_content(body.get("content"), body.get("encoding"))
    entry = store.files.create(path, is_directory=bool(body.get("is_directory")), data=data)
    return json_response(_info(entry), status=201)


def update_file(request: Request) -> Response:
    """``PUT .../fs/{path}``: replace a file's content."""
    body = request.json()
    check_fields(body, _UPDATE_SHAPE)
    store = writable_store(request, MEMORY, _ID)
    data = decode_content(body.get("content"), body.get("encoding"))
    return json_response(_file(store.files.write(writable_path(request.params["path"]), data=data)))


def delete_file(request: Request) -> Response:
    """``DELETE .../fs/{path}``: 204; 404 when missing, 409 for a directory that is not empty
    (unless ``recursive=true``)."""
    store = writable_store(request, MEMORY, _ID)
    path = normalize(request.params["path"])
    store.files.get(path)
    store.files.remove(path, recursive=query_bool(request.query, "recursive") or False)
    return no_content()


def grep_action(request: Request) -> Response:
    """``POST .../fs/_/grep``: the text files with a line matching ``pattern``."""
    body = request.json()
    check_fields(body, {"pattern": "string!", "path_pattern": "string?"})
    found = find_store(request, MEMORY, _ID).files.grep(body["pattern"], body.get("path_pattern"))
    return json_response({"data": [{"path": entry.path, "size_bytes": len(entry.data)} for entry, _ in found]})


def stat_action(request: Request) -> Response:
    """``POST .../fs/_/stat``: an entry's metadata."""
    body = request.json()
    check_fields(body, {"path": "string!"})
    return json_response(_info(find_store(request, MEMORY, _ID).files.get(normalize(body["path"]))))
