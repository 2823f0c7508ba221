"""Everruns: a synchronous-first Python SDK for the Everruns API.

Start with ``Everruns()`` (or ``AsyncEverruns()`` under asyncio), which reads
``EVERRUNS_API_KEY`` from the environment, and reach the API through its resources:
``client.agents``, ``client.sessions``, ``client.messages``, ``client.events``...
"""

from typing import TYPE_CHECKING

from ._client import Everruns
from ._events import Event
from ._pagination import Page
from ._retry import Backoff
from ._version import __version__
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    BudgetPausedError,
    ClientClosedError,
    ConflictError,
    EventShapeError,
    EverrunsError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    StreamError,
    TurnFailedError,
    TurnTimeoutError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    ValidationError,
)

if TYPE_CHECKING:
    from ._async_client import AsyncEverruns
    from ._local_tools import LocalTool, tool
    from ._pagination import AsyncPage, AsyncPager
    from ._streaming import AsyncEventStream, EventStream
    from ._turns import AsyncTurnStream, TurnResult, TurnStream

# Loaded on first use, so that `import everruns` does not pay for the event stream, the
# tools or the asyncio client (nor import asyncio).
_LAZY_EXPORTS = {
    "AsyncEventStream": "._streaming",
    "AsyncEverruns": "._async_client",
    "AsyncPage": "._pagination",
    "AsyncPager": "._pagination",
    "AsyncTurnStream": "._turns",
    "EventStream": "._streaming",
    "LocalTool": "._local_tools",
    "TurnResult": "._turns",
    "TurnStream": "._turns",
    "tool": "._local_tools",
}


def __getattr__(name: str) -> object:
    module = _LAZY_EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "ApiError",
    "AsyncEventStream",
    "AsyncEverruns",
    "AsyncPage",
    "AsyncPager",
    "AsyncTurnStream",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "BudgetPausedError",
    "ClientClosedError",
    "ConflictError",
    "Event",
    "EventShapeError",
    "EventStream",
    "Everruns",
    "EverrunsError",
    "LocalTool",
    "NetworkError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServerError",
    "StreamError",
    "TurnFailedError",
    "TurnResult",
    "TurnStream",
    "TurnTimeoutError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "tool",
]
