"""The caller's connections to providers: ``/v1/user/connections``. A key is kept and
never answered again."""

from __future__ import annotations

from ._exchange import Request, Response, json_response, no_content
from ._ids import now
from ._problems import invalid, not_found
from ._validation import check_fields


def set_connection(request: Request) -> Response:
    """``POST /v1/user/connections/{provider}``: ``{api_key}``; a key set before is replaced."""
    body = request.json()
    check_fields(body, {"api_key": "string!"})
    if not body["api_key"].strip():
        raise invalid("api_key must not be empty")
    connection = {
        "provider": request.params["provider"],
        "connection_type": "api_key",
        "connected_at": now(),
        "provider_username": None,
        "scopes": None,
    }
    with request.org.lock:
        request.org.connections[request.params["provider"]] = {**connection, "_key": body["api_key"]}
    return json_response(connection)


def list_connections(request: Request) -> Response:
    """``GET /v1/user/connections``: ``{data}``, never the keys."""
    with request.org.lock:
        kept = list(request.org.connections.values())
    return json_response({"data": [{k: v for k, v in c.items() if k != "_key"} for c in kept]})


def remove_connection(request: Request) -> Response:
    """``DELETE /v1/user/connections/{provider}``: the connection and its key are gone."""
    with request.org.lock:
        if request.org.connections.pop(request.params["provider"], None) is None:
            raise not_found("connection", request.params["provider"])
    return no_content()
