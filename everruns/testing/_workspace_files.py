"""A workspace's files: ``/v1/workspaces/{workspace_id}/fs/...``.

``{path}`` is the rest of the URL path, percent-decoded: nested paths arrive as literal
``/`` segments or with encoded slashes, and mean the same. Paths are normalised
(``..`` refused) before anything is looked up.
"""

from __future__ import annotations

from ._exchange import Request, Response, json_response
from ._file_stores import FileStore, StoreKind, find_store, writable_store
from ._file_tree import ROOT, Entry, decode_content, normalize, writable_path
from ._validation import JsonObject, check_fields, query_bool

WORKSPACE: StoreKind = "workspace"
_ID = "workspace_id"
_CREATE_SHAPE = {"content": "string?", "encoding": "string?", "is_directory": "boolean?", "is_readonly": "boolean?"}
_UPDATE_SHAPE = {"content": "string?", "encoding": "string?", "is_readonly": "boolean?"}
_TRANSFER_SHAPE = {"src_path": "string!", "dst_path": "string!"}


def _stat(entry: Entry) -> JsonObject:
    return {
        "path": entry.path,
        "name": entry.name,
        "is_directory": entry.is_directory,
        "is_readonly": entry.is_readonly,
        "size_bytes": len(entry.data),
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
    }


def _info(store: FileStore, entry: Entry) -> JsonObject:
    return {"id": entry.id, "session_id": store.uuid, **_stat(entry)}


def _file(store: FileStore, entry: Entry) -> JsonObject:
    content, encoding = (None, "text") if entry.is_directory else entry.content()
    return {**_info(store, entry), "content": content, "encoding": encoding}


def _listing(request: Request, store: FileStore, path: str) -> Response:
    recursive = query_bool(request.query, "recursive") or False
    return json_response({"data": [_info(store, e) for e in store.files.children(path, recursive=recursive)]})


def get_root(request: Request) -> Response:
    """``GET .../fs``: the root's entries (``recursive`` for everything)."""
    return _listing(request, find_store(request, WORKSPACE, _ID), ROOT)


def get_path(request: Request) -> Response:
    """``GET .../fs/{path}``: a file with its content, or a directory's entries."""
    store = find_store(request, WORKSPACE, _ID)
    entry = store.files.get(normalize(request.params["path"]))
    if entry.is_directory:
        return _listing(request, store, entry.path)
    return json_response(_file(store, entry))


def create_path(request: Request) -> Response:
    """``POST .../fs/{path}``: a file (``content`` as ``text`` or ``base64``) or a directory."""
    body = request.json()
    check_fields(body, _CREATE_SHAPE)
    store = writable_store(request, WORKSPACE, _ID)
    path = writable_path(request.params["path"])
    if body.get("is_directory"):
        entry = store.files.create(path, is_directory=True)
    else:
        data = decode_content(body.get("content"), body.get("encoding"))
        entry = store.files.create(path, is_directory=False, data=data, is_readonly=bool(body.get("is_readonly")))
    return json_response(_file(store, entry), status=201)


def update_path(request: Request) -> Response:
    """``PUT .../fs/{path}``: new content and/or the read-only flag."""
    body = request.json()
    check_fields(body, _UPDATE_SHAPE)
    store = writable_store(request, WORKSPACE, _ID)
    path = writable_path(request.params["path"])
    data = decode_content(body["content"], body.get("encoding")) if body.get("content") is not None else None
    entry = store.files.write(path, data=data, is_readonly=body.get("is_readonly"))
    return json_response(_file(store, entry))


def delete_path(request: Request) -> Response:
    """``DELETE .../fs/{path}``: ``{deleted}``, false when nothing was there."""
    store = writable_store(request, WORKSPACE, _ID)
    recursive = query_bool(request.query, "recursive") or False
    return json_response({"deleted": store.files.remove(normalize(request.params["path"]), recursive=recursive)})


def _transfer(request: Request, *, keep_source: bool) -> Response:
    body = request.json()
    check_fields(body, _TRANSFER_SHAPE)
    store = writable_store(request, WORKSPACE, _ID)
    source, target = normalize(body["src_path"]), writable_path(body["dst_path"])
    entry = store.files.transfer(source, target, keep_source=keep_source)
    return json_response(_file(store, entry), status=201 if keep_source else 200)


def copy_file(request: Request) -> Response:
    """``POST .../fs/_/copy``: 201 with the copy (directories with all they hold)."""
    return _transfer(request, keep_source=True)


def move_file(request: Request) -> Response:
    """``POST .../fs/_/move``: 200 with the entry at its new path."""
    return _transfer(request, keep_source=False)


def grep_files(request: Request) -> Response:
    """``POST .../fs/_/grep``: the matching lines of each text file, by path."""
    body = request.json()
    check_fields(body, {"pattern": "string!", "path_pattern": "string?"})
    store = find_store(request, WORKSPACE, _ID)
    results = [
        {
            "path": entry.path,
            "matches": [{"path": entry.path, "line_number": number, "line": line} for number, line in lines],
        }
        for entry, lines in store.files.grep(body["pattern"], body.get("path_pattern"))
    ]
    return json_response({"data": results})


def stat_file(request: Request) -> Response:
    """``POST .../fs/_/stat``: an entry's metadata, without content."""
    body = request.json()
    check_fields(body, {"path": "string!"})
    store = find_store(request, WORKSPACE, _ID)
    return json_response(_stat(store.files.get(normalize(body["path"]))))
