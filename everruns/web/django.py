"""``everruns.web`` for Django: a view returns the relayed turn as a
``StreamingHttpResponse``.

    from everruns.web.django import turn_response

    def turn(request, session_id):
        return turn_response(request, client, session_id, request.GET.get("text"))

Serve it over WSGI (Django under ASGI reads a synchronous body to its end before sending
any of it). The response carries ``Content-Encoding: identity``, which keeps
``GZipMiddleware`` from holding the events back. Importing this module imports Django;
``import everruns`` never does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest, StreamingHttpResponse

from ._frames import SSE_HEADERS
from ._relay import Relay, relay_session, relay_turn

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import Everruns

    from ._relay import SessionRelayOptions, TurnRelayOptions

__all__ = ["session_response", "turn_response"]


def turn_response(
    request: HttpRequest,
    client: Everruns,
    session_id: str,
    text: str | None = None,
    **options: Unpack[TurnRelayOptions],
) -> StreamingHttpResponse:
    """:func:`everruns.web.relay_turn` for ``request``, as a response: the same options
    (``resume_from``, ``keepalive``, ``timeout`` and the message's own); its
    ``Last-Event-ID`` resumes the turn instead of posting ``text`` again."""
    return _response(relay_turn(client, session_id, text, environ=request.META, **options))


def session_response(
    request: HttpRequest, client: Everruns, session_id: str, **options: Unpack[SessionRelayOptions]
) -> StreamingHttpResponse:
    """:func:`everruns.web.relay_session` for ``request``, as a response."""
    return _response(relay_session(client, session_id, environ=request.META, **options))


def _response(relay: Relay) -> StreamingHttpResponse:
    response = StreamingHttpResponse(relay, status=relay.status_code)
    for name, value in SSE_HEADERS:
        response[name] = value
    return response
