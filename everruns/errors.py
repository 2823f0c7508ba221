"""Every exception the SDK raises, rooted at :class:`EverrunsError`.

``except EverrunsError`` catches them all; narrower classes let callers react to one
kind of failure: bad input caught before sending, an error status from the API (one
class per status family), a network failure, or a turn that failed.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "EventShapeError",
    "EverrunsError",
    "NetworkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServerError",
    "StreamError",
    "TurnFailedError",
    "TurnTimeoutError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "ValidationError",
]


class EverrunsError(Exception):
    """The root of every error this SDK raises."""


class ValidationError(EverrunsError, ValueError):
    """Input refused before anything was sent, because the API's rules make it invalid."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ApiError(EverrunsError):
    """The API answered with an error status.

    ``status_code``, ``code`` (stable snake_case, e.g. ``session_not_found``), ``title``,
    ``detail``, ``request_id`` (quote it to support), ``retry_after`` (seconds, when the
    server said), ``body`` (the parsed body, or the raw text) and ``response``.
    """

    def __init__(
        self,
        status_code: int,
        *,
        code: str | None = None,
        title: str | None = None,
        detail: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        body: object = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.title = title
        self.detail = detail
        self.request_id = request_id
        self.retry_after = retry_after
        self.body = body
        self.response = response
        super().__init__(self._one_line())

    def _one_line(self) -> str:
        if self.code:
            line = f"{self.status_code} {self.code}"
        elif self.title:
            line = f"{self.status_code} {self.title}"
        else:
            line = f"HTTP {self.status_code}"
        if self.detail:
            line += f": {self.detail}"
        if self.request_id:
            line += f" (request {self.request_id})"
        return line

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._one_line()!r})"


class BadRequestError(ApiError):
    """400: the request was malformed or broke a rule of the API."""


class AuthenticationError(ApiError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(ApiError):
    """403: the key is valid but may not do this (or not in this organisation)."""


class NotFoundError(ApiError):
    """404: no such resource (or it is not visible to this key)."""


class ConflictError(ApiError):
    """409: the resource's current state does not allow this now."""


class UnprocessableEntityError(ApiError):
    """422: the request was well formed but its content cannot be processed."""


class RateLimitError(ApiError):
    """429: too many requests; ``retry_after`` says how long the server asked to wait."""


class ServerError(ApiError):
    """5xx: the API or a proxy in front of it failed."""


class UnexpectedResponseError(EverrunsError):
    """A success status whose body is not what the operation describes (a proxy's page,
    or a server newer or older than this client): ``status_code`` and ``request_id``."""

    def __init__(self, message: str, *, status_code: int, request_id: str | None = None) -> None:
        self.status_code = status_code
        self.request_id = request_id
        super().__init__(f"{message} (request {request_id})" if request_id else message)


class EventShapeError(EverrunsError, ValueError):
    """An event field is not what its type describes (``typed_data()``, ``ts``)."""


class ClientClosedError(EverrunsError):
    """The client (or the one it was derived from) was closed."""


class NetworkError(EverrunsError):
    """No usable answer: the connection failed, broke, or timed out."""


class RequestTimeoutError(NetworkError):
    """The request took longer than its timeout. (Not the builtin ``TimeoutError``.)"""


class StreamError(EverrunsError):
    """The event stream gave up reconnecting; ``__cause__`` is the last failure."""


class TurnFailedError(EverrunsError):
    """A turn ended with ``turn.failed``: ``error`` and ``error_code`` are the server's."""

    def __init__(self, error: str, *, error_code: str | None = None, turn_id: str | None = None) -> None:
        self.error = error
        self.error_code = error_code
        self.turn_id = turn_id
        super().__init__(f"turn failed ({error_code}): {error}" if error_code else f"turn failed: {error}")


class TurnTimeoutError(EverrunsError):
    """Waiting for a turn took longer than allowed. The turn itself keeps running:
    ``input_message_id`` is the message that started it, ``timeout`` the wait in seconds."""

    def __init__(self, message: str, *, input_message_id: str | None = None, timeout: float | None = None) -> None:
        self.input_message_id = input_message_id
        self.timeout = timeout
        super().__init__(message)


_CLASS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[ApiError]:
    """The most specific :class:`ApiError` subclass for an HTTP status."""
    if status_code >= 500:
        return ServerError
    return _CLASS_BY_STATUS.get(status_code, ApiError)


def api_error_from_response(response: httpx.Response, *, secrets: Iterable[str] = ()) -> ApiError:
    """Build the typed error for an error response whose body has been read.

    Reads RFC 9457 problem details and the older ``{"error": {"code", "message"}}``
    shape; anything else (an HTML page from a proxy, an empty body) is reported as
    ``HTTP <status>`` without its text. ``secrets`` are masked out of the server's words.
    """
    body = _parse_body(response)
    code = title = detail = None
    retry_after_seconds: Any = None
    if isinstance(body, Mapping):
        legacy = body.get("error")
        if isinstance(legacy, Mapping):
            code, detail = _text(legacy.get("code")), _text(legacy.get("message"))
        else:
            code, title, detail = _text(body.get("code")), _text(body.get("title")), _text(body.get("detail"))
            retry_after_seconds = body.get("retry_after_seconds")
    masked = [secret for secret in secrets if secret]
    if masked:
        code, title, detail = (_mask(text, masked) for text in (code, title, detail))
        body = _mask_body(body, masked)
    return error_class_for(response.status_code)(
        response.status_code,
        code=code,
        title=title,
        detail=detail,
        request_id=response.headers.get("x-request-id"),
        retry_after=retry_after_from(response.headers.get("retry-after"), retry_after_seconds),
        body=body,
        response=response,
    )


def retry_after_from(header: str | None, seconds_field: object = None) -> float | None:
    """Seconds to wait, from a ``Retry-After`` header (seconds or HTTP date) or a
    ``retry_after_seconds`` body field; ``None`` when neither says."""
    if header:
        header = header.strip()
        try:
            return max(0.0, float(header))
        except ValueError:
            pass
        try:
            when = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            if when.tzinfo is None:  # a "-0000" zone: the time is UTC, the sender's zone unknown
                when = when.replace(tzinfo=datetime.timezone.utc)
            return max(0.0, (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds())
    if isinstance(seconds_field, (int, float)) and not isinstance(seconds_field, bool):
        return max(0.0, float(seconds_field))
    return None


def _parse_body(response: httpx.Response) -> object:
    content = response.content
    if not content:
        return None
    content_type = response.headers.get("content-type", "")
    if "json" in content_type or content.lstrip()[:1] in (b"{", b"["):
        try:
            return json.loads(content)
        except ValueError:
            pass
    return None if "html" in content_type else response.text


def _mask(text: str | None, secrets: list[str]) -> str | None:
    for secret in secrets:
        if text and secret in text:
            text = text.replace(secret, "****")
    return text


def _mask_body(body: object, secrets: list[str]) -> object:
    """The body with secrets masked in every string it holds."""
    if isinstance(body, str):
        return _mask(body, secrets)
    if isinstance(body, Mapping):
        return {key: _mask_body(value, secrets) for key, value in body.items()}
    if isinstance(body, list):
        return [_mask_body(value, secrets) for value in body]
    return body


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
