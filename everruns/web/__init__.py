"""Relay Everruns events to a browser as server-sent events, from a WSGI app (Flask,
Django, or any other), without handing the browser the API key.

    from everruns.web import SSE_HEADERS, relay_turn

    def turn(environ, start_response):  # GET /sessions/<id>/turn?text=...
        start_response("200 OK", list(SSE_HEADERS))
        return relay_turn(client, session_id, text, environ=environ)

Each event goes out as a frame with ``id:`` (its Everruns id), ``event:`` (its type) and
``data:`` (its ``data`` as JSON); a keepalive comment goes out whenever nothing did for
``keepalive`` seconds (15 by default), also while the SDK reconnects upstream; a last
``event: end`` frame says how the turn ended. A browser that reconnects sends
``Last-Event-ID`` and gets the rest of the turn, not a new one. ``everruns.web.flask`` and
``everruns.web.django`` wrap this in each framework's response (neither framework is
imported by ``import everruns`` or ``import everruns.web``).

Serve it from threads (gunicorn's ``gthread`` worker, one thread per open relay, or a
framework's development server) over WSGI: a ``sync`` worker kills it at ``--timeout``,
and Django under ASGI reads a synchronous body to its end before sending any of it.
Standard library only.
"""

from ._frames import (
    DEFAULT_KEEPALIVE,
    KEEPALIVE_FRAME,
    OPENING_FRAME,
    RECONNECT_MS,
    SSE_HEADERS,
    end_frame,
    error_outcome,
    event_frame,
    resume_point,
    turn_outcome,
)
from ._relay import AsyncRelay, Relay, relay_session, relay_turn, shutdown, shutdown_on_signals

__all__ = [
    "DEFAULT_KEEPALIVE",
    "KEEPALIVE_FRAME",
    "OPENING_FRAME",
    "RECONNECT_MS",
    "SSE_HEADERS",
    "AsyncRelay",
    "Relay",
    "end_frame",
    "error_outcome",
    "event_frame",
    "relay_session",
    "relay_turn",
    "resume_point",
    "shutdown",
    "shutdown_on_signals",
    "turn_outcome",
]
