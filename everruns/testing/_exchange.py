"""The request a handler reads and the response it returns, free of any socket detail."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ._validation import JsonObject, json_object

if TYPE_CHECKING:
    from ._app import App
    from ._store import Org


@dataclass
class Request:
    """An authenticated API request, routed: ``path`` is below the prefix (``/v1/...``).

    ``org`` is the caller's partition, ``app`` the server's shared state, ``params`` the
    path parameters of the matched route.
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: Mapping[str, str]
    body: bytes
    base_url: str
    org: Org
    app: App
    params: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        """A request header by its lower-case name."""
        return self.headers.get(name.lower())

    def json(self) -> JsonObject:
        """The body as a JSON object, or the 4xx the real service would answer."""
        return json_object(self.body, self.header("content-type"))

    def api_url(self, path: str, query: Mapping[str, Any] | None = None) -> str:
        """An absolute URL of this API: ``base_url`` + ``path`` (+ query)."""
        suffix = f"?{urlencode(query, doseq=True)}" if query else ""
        return f"{self.base_url}{path}{suffix}"

    def ui_url(self, path: str) -> str:
        """Where the resource would be shown in the web app (the origin without the API prefix)."""
        origin = self.base_url.split("/", 3)
        return f"{origin[0]}//{origin[2]}{path}"


@dataclass
class Response:
    """A complete answer: status, body and the headers beyond the standard ones."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def json_response(document: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """``document`` serialised as an ``application/json`` answer."""
    return Response(status, json.dumps(document).encode(), "application/json", headers or {})


def no_content() -> Response:
    """The 204 answer of deletes, pins and unpins."""
    return Response(204)
