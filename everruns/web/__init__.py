"""Relay Everruns events to a browser as server-sent events, from a WSGI app (Flask,
Django, or any other), without handing the browser the API key.

    from everruns.web import SSE_HEADERS, relay_turn

    def turn(environ, start_response):  # GET /sessions/<id>/turn?text=...
        relay = relay_turn(client, session_id, text, environ=environ)
        start_response(relay.status, list(SSE_HEADERS))
        return relay

The events a chat page needs (:data:`BROWSER_TYPES`: the reply, which tools run, how the
turn ended) go out each as a frame with ``id:`` (its Everruns id), ``event:`` (its type)
and ``data:`` (what :func:`browser_payload` keeps of its ``data``, as JSON); the rest
(``llm.generation``, ``reason.*``, types not known yet) stays on the server unless
``types=`` and ``event_filter=`` say otherwise. A keepalive comment goes out whenever
nothing did for ``keepalive`` seconds (15 by default), also while the SDK reconnects
upstream; a last ``event: end`` frame says how the turn ended, with nothing of an
error's text (that goes to the ``everruns.web`` logger). A browser that reconnects sends
``Last-Event-ID`` and gets the rest of the turn, not a new one. ``everruns.web.flask`` and
``everruns.web.django`` wrap this in each framework's response (neither framework is
imported by ``import everruns`` or ``import everruns.web``).

Serve it from threads (gunicorn's ``gthread`` worker, one thread per open relay, or a
framework's development server) over WSGI: a ``sync`` worker kills it at ``--timeout``,
and Django under ASGI reads a synchronous body to its end before sending any of it.
:class:`BrowserSession`, :func:`is_same_origin` and :class:`RelayLimits` are what an app
puts in front of a relay: a browser drives only the sessions it created, from the app's
own pages, with a bounded number of relays open at once. Standard library only.
"""

from ._frames import (
    BROWSER_TYPES,
    DEFAULT_KEEPALIVE,
    ECHO_LIMIT,
    KEEPALIVE_FRAME,
    OPENING_FRAME,
    RECONNECT_MS,
    SSE_HEADERS,
    EventFilter,
    Forwarding,
    browser_payload,
    end_frame,
    error_code,
    error_outcome,
    event_frame,
    resume_point,
    shorten,
    turn_outcome,
)
from ._guards import BrowserSession, RelayLimits, RelaySlot, is_same_origin
from ._relay import (
    DEFAULT_MAX_TEXT,
    AsyncRelay,
    Relay,
    relay_session,
    relay_turn,
    shutdown,
    shutdown_on_signals,
)

__all__ = [
    "BROWSER_TYPES",
    "DEFAULT_KEEPALIVE",
    "DEFAULT_MAX_TEXT",
    "ECHO_LIMIT",
    "KEEPALIVE_FRAME",
    "OPENING_FRAME",
    "RECONNECT_MS",
    "SSE_HEADERS",
    "AsyncRelay",
    "BrowserSession",
    "EventFilter",
    "Forwarding",
    "Relay",
    "RelayLimits",
    "RelaySlot",
    "browser_payload",
    "end_frame",
    "error_code",
    "error_outcome",
    "event_frame",
    "is_same_origin",
    "relay_session",
    "relay_turn",
    "resume_point",
    "shorten",
    "shutdown",
    "shutdown_on_signals",
    "turn_outcome",
]
