"""``everruns.web`` for Flask: a view returns the relayed turn as a ``flask.Response``.

    from everruns.web.flask import turn_response

    @app.get("/sessions/<session_id>/turn")
    def turn(session_id):
        return turn_response(client, session_id, request.args.get("text"))

Importing this module imports Flask; ``import everruns`` never does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import Response, request

from ._frames import SSE_HEADERS
from ._relay import Relay, relay_session, relay_turn

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import Everruns

    from ._relay import SessionRelayOptions, TurnRelayOptions

__all__ = ["session_response", "turn_response"]


def turn_response(
    client: Everruns, session_id: str, text: str | None = None, **options: Unpack[TurnRelayOptions]
) -> Response:
    """:func:`everruns.web.relay_turn` for the current request, as a response: the same
    options (``resume_from``, ``keepalive``, ``timeout``, ``types``, ``event_filter``,
    ``max_text``, ``limits`` and ``browser``, and the message's own), with the relay's status; the
    request's ``Last-Event-ID`` resumes the turn instead of posting ``text`` again."""
    return _response(relay_turn(client, session_id, text, environ=request.environ, **options))


def session_response(client: Everruns, session_id: str, **options: Unpack[SessionRelayOptions]) -> Response:
    """:func:`everruns.web.relay_session` for the current request, as a response."""
    return _response(relay_session(client, session_id, environ=request.environ, **options))


def _response(relay: Relay) -> Response:
    return Response(relay, status=relay.status_code, headers=list(SSE_HEADERS))
