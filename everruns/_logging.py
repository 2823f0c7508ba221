"""The ``everruns`` logger, and ``EVERRUNS_LOG`` to turn it on without writing code.

The SDK logs through the standard ``logging`` module only: request/response lines at
DEBUG, retries and stream reconnects at INFO. It never logs headers or bodies, so the
API key cannot reach a log.
"""

from __future__ import annotations

import logging
import os

LOG_ENV = "EVERRUNS_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

logger = logging.getLogger("everruns")


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``EVERRUNS_LOG`` installs (told apart from the application's own)."""


def configure_from_environment() -> None:
    """With ``EVERRUNS_LOG=debug`` or ``info``, print the SDK's log lines to stderr.

    Applications that configure logging themselves need not set it: the ``everruns``
    logger propagates like any other.
    """
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
