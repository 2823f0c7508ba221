"""``client.connections``: the caller's own connections to providers (an API key for a
sandbox provider, say). A key is only ever sent: no answer carries it, and nothing here
keeps, logs or shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource
from everruns._validation import check_segment
from everruns.errors import ValidationError
from everruns_api.api.user_connections import list_connections, remove_connection, set_connection
from everruns_api.models import ApiKeyConnectionRequest, Connection, ListResponseConnection

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes


class Connections(Resource[Mode]):
    """Connect to a provider with an API key, list connections, remove one."""

    @operation
    def set(self, provider: str, api_key: str, *, timeout: TimeoutTypes | None = None) -> Flow[Connection]:
        """Connect to ``provider`` (``daytona``...) with ``api_key``, replacing a key set before."""
        check_segment(provider, "provider")
        if not isinstance(api_key, str) or not api_key.strip():
            raise ValidationError("api_key must be a non-empty string", field="api_key")
        body = ApiKeyConnectionRequest(api_key=api_key)
        return (yield from self._call(set_connection, provider, timeout=timeout, body=body, model=Connection))

    @pager
    def list(self, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[Connection]]:
        """The caller's connections, in one page (never their keys)."""
        answer = yield from self._call(list_connections, timeout=timeout, model=ListResponseConnection)
        return single_listing(answer.data)

    @operation
    def remove(self, provider: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Remove the connection to ``provider``, and its key."""
        check_segment(provider, "provider")
        yield from self._send(remove_connection, provider, timeout=timeout)
