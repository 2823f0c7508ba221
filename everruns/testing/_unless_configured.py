"""A local server for examples and demos, started only when no API is configured."""

from __future__ import annotations

import os
import sys
import threading

from ._server import LocalServer

API_KEY_ENV = "EVERRUNS_API_KEY"
BASE_URL_ENV = "EVERRUNS_API_URL"

_started: list[LocalServer] = []
_lock = threading.Lock()


DEMO_TOKENS_PER_SECOND = 20.0
DEMO_FIRST_TOKEN_DELAY = 0.3


def serve_unless_configured(
    tokens_per_second: float | None = DEMO_TOKENS_PER_SECOND, first_token_delay: float = DEMO_FIRST_TOKEN_DELAY
) -> LocalServer | None:
    """When ``EVERRUNS_API_KEY`` is not set, start a :class:`LocalServer` for the rest of
    the process (its replies paced as :meth:`ScriptedModel.pace` says: by default about
    as fast as a model writes) and point
    ``EVERRUNS_API_URL`` and ``EVERRUNS_API_KEY`` at it, so that ``Everruns()`` here and
    in the processes started from here (gunicorn's workers, a reloader's child) use it.
    Returns that server, or ``None`` when an API is configured. Says so on stderr."""
    with _lock:
        if os.environ.get(API_KEY_ENV):
            return None
        server = LocalServer().start()
        server.model.pace(tokens_per_second, first_token_delay)
        _started.append(server)
        os.environ[BASE_URL_ENV] = server.url
        os.environ[API_KEY_ENV] = next(iter(server.api_keys))
    print(f"{API_KEY_ENV} is not set: using a local Everruns server at {server.url}", file=sys.stderr, flush=True)
    return server
