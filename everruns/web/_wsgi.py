"""What a relay reads from a WSGI request: the ``Last-Event-ID`` header, and the client's
socket where the server shares it, to notice a browser that left without writing to it."""

from __future__ import annotations

import select
import socket
from collections.abc import Callable, Mapping
from typing import Any

# Where WSGI servers put the client's socket: gunicorn, and werkzeug's development server
# (Flask's). Django's development server and others share none.
SOCKET_KEYS = ("gunicorn.socket", "werkzeug.socket")


def last_event_id(environ: Mapping[str, Any]) -> str | None:
    """The ``Last-Event-ID`` header of a reconnecting ``EventSource``, if any."""
    value = environ.get("HTTP_LAST_EVENT_ID")
    return value if isinstance(value, str) else None


def departure_check(environ: Mapping[str, Any]) -> Callable[[], bool] | None:
    """A check that the client has closed its side of the connection, for a server that
    shares the socket of a plain HTTP/1 connection; ``None`` when that cannot be told.

    A client of an event stream sends nothing after its request, so the end of its bytes
    means it left: that is seen at once, where a write would notice only one or two
    writes later (the first write after the client closed still succeeds)."""
    if not hasattr(select, "poll") or not hasattr(socket, "MSG_DONTWAIT"):
        return None
    if not str(environ.get("SERVER_PROTOCOL", "")).upper().startswith("HTTP/1"):
        return None  # one HTTP/2 connection carries many requests
    client = next((environ.get(key) for key in SOCKET_KEYS if isinstance(environ.get(key), socket.socket)), None)
    if client is None or type(client) is not socket.socket:  # TLS sockets cannot peek
        return None
    return lambda: peer_left(client)


def peer_left(client: socket.socket) -> bool:
    """Whether the other end has closed (or reset) the connection; bytes it sent are left
    unread. Never blocks."""
    poller = select.poll()
    try:
        poller.register(client, select.POLLIN)
        if not poller.poll(0):
            return False
        return client.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except (BlockingIOError, InterruptedError):
        return False
    except (OSError, ValueError):  # reset by the peer, or already closed here
        return True
