"""A session's databases: ``/v1/sessions/{session_id}/databases``. Each starts empty, as a
new SQLite file does: one page, no tables."""

from __future__ import annotations

import re

from ._exchange import Request, Response, json_response, no_content
from ._ids import now
from ._problems import ProblemError, conflict, invalid, not_found
from ._session_data import SessionData
from ._sessions import find_session
from ._validation import JsonObject, check_fields

MAX_DATABASES = 10
PAGE_SIZE = 4096
_NAME = re.compile(r"[A-Za-z0-9_]{1,64}")


def _data(request: Request) -> SessionData:
    return find_session(request.org, request.params["session_id"]).data


def _find(request: Request) -> JsonObject:
    name = request.params["name"]
    data = _data(request)
    with data.lock:
        database = data.databases.get(name)
    if database is None:
        raise not_found("database", name)
    return database


def list_databases(request: Request) -> Response:
    """``GET .../databases``: ``{data}`` by name."""
    data = _data(request)
    with data.lock:
        databases = [dict(data.databases[name]) for name in sorted(data.databases)]
    return json_response({"data": databases})


def create_database(request: Request) -> Response:
    """``POST .../databases``: 201; 400 for a name other than 1-64 letters, digits and
    underscores, 409 when it exists, 422 past the session's limit."""
    body = request.json()
    check_fields(body, {"name": "string!"})
    name = body["name"]
    if not _NAME.fullmatch(name):
        raise invalid(f"name must be 1-64 letters, digits or underscores, got {name!r}", "invalid_database_name")
    data = _data(request)
    stamp = now()
    database = {"name": name, "size_bytes": PAGE_SIZE, "page_count": 1, "created_at": stamp, "updated_at": stamp}
    with data.lock:
        if name in data.databases:
            raise conflict("database_exists", f"the session already has a database named {name!r}")
        if len(data.databases) >= MAX_DATABASES:
            raise ProblemError(422, "database_limit_exceeded", f"a session holds at most {MAX_DATABASES} databases")
        data.databases[name] = database
    return json_response(dict(database), status=201)


def get_database(request: Request) -> Response:
    """``GET .../databases/{name}``."""
    return json_response(dict(_find(request)))


def delete_database(request: Request) -> Response:
    """``DELETE .../databases/{name}``: 204."""
    database = _find(request)
    data = _data(request)
    with data.lock:
        data.databases.pop(database["name"], None)
    return no_content()


def get_schema(request: Request) -> Response:
    """``GET .../databases/{name}/schema``: its tables (none: nothing runs SQL here)."""
    return json_response({"database": _find(request)["name"], "tables": []})
