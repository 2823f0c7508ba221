"""Everruns: a synchronous Python SDK for the Everruns API.

Start with ``Everruns()``, which reads ``EVERRUNS_API_KEY`` from the environment, and
reach the API through its resources: ``client.agents``, ``client.sessions``,
``client.messages``, ``client.events``...
"""

from ._client import Everruns
from ._events import Event
from ._pagination import Page
from ._retry import Backoff
from ._version import __version__
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
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
    UnprocessableEntityError,
    ValidationError,
)

__all__ = [
    "ApiError",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "ConflictError",
    "Event",
    "Everruns",
    "EverrunsError",
    "NetworkError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServerError",
    "StreamError",
    "TurnFailedError",
    "TurnTimeoutError",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
]
