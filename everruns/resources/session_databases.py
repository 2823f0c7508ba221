"""``client.sessions.databases``: the SQLite databases a session's agent works with."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource
from everruns._validation import SESSION, check_id
from everruns.errors import ValidationError
from everruns_api.api.session_databases import (
    create_database,
    delete_database,
    get_database,
    get_schema,
    list_databases,
)
from everruns_api.models import (
    CreateDatabaseRequest,
    DatabaseSchema,
    ListResponseSessionDatabase,
    SessionDatabase,
)

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes

_NAME = re.compile(r"[A-Za-z0-9_]{1,64}\Z")


def check_database_name(name: str) -> str:
    """Database names: 1 to 64 ASCII letters, digits and underscores."""
    if not isinstance(name, str) or not _NAME.match(name):
        raise ValidationError(f"name must be 1-64 letters, digits or underscores, got {name!r}", field="name")
    return name


class SessionDatabases(Resource[Mode]):
    """Create, read, list, describe and delete a session's databases."""

    @pager
    def list(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[SessionDatabase]]:
        """The session's databases, in one page."""
        check_id(session_id, SESSION, "session_id")
        answer = yield from self._call(list_databases, session_id, timeout=timeout, model=ListResponseSessionDatabase)
        return single_listing(answer.data)

    @operation
    def create(self, session_id: str, name: str, *, timeout: TimeoutTypes | None = None) -> Flow[SessionDatabase]:
        """Create an empty database; the API limits how many a session holds."""
        check_id(session_id, SESSION, "session_id")
        body = CreateDatabaseRequest(name=check_database_name(name))
        return (yield from self._call(create_database, session_id, timeout=timeout, body=body, model=SessionDatabase))

    @operation
    def get(self, session_id: str, name: str, *, timeout: TimeoutTypes | None = None) -> Flow[SessionDatabase]:
        """One database: its size and page count."""
        check_id(session_id, SESSION, "session_id")
        return (
            yield from self._call(
                get_database, session_id, check_database_name(name), timeout=timeout, model=SessionDatabase
            )
        )

    @operation
    def delete(self, session_id: str, name: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Delete a database and everything in it."""
        check_id(session_id, SESSION, "session_id")
        yield from self._send(delete_database, session_id, check_database_name(name), timeout=timeout)

    @operation
    def schema(self, session_id: str, name: str, *, timeout: TimeoutTypes | None = None) -> Flow[DatabaseSchema]:
        """The tables of a database."""
        check_id(session_id, SESSION, "session_id")
        return (
            yield from self._call(
                get_schema, session_id, check_database_name(name), timeout=timeout, model=DatabaseSchema
            )
        )
