"""Every exception the SDK raises, rooted at :class:`EverrunsError`.

``except EverrunsError`` catches them all; narrower classes let callers react to one
kind of failure: bad input caught before sending, an error status from the API (one
class per status family), a network failure, or a turn that failed.

Each crosses a process boundary whole: by ``pickle`` (process pools, Celery's pickle
serializer), ``copy.deepcopy``, or rebuilt as ``type(error)(*error.args)`` (Celery's JSON
serializer). ``args`` holds every constructor argument, in order, and ``str()`` is made
from them each time, so a message never grows on a hop. The one thing that stays behind
is an :class:`ApiError`'s ``response``: it is ``None`` after a hop.
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
    "BudgetPausedError",
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
    """The root of every error this SDK raises.

    The first argument is the message; the further ones, where a subclass takes them,
    are the attributes it keeps (so ``args`` rebuilds the error).
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class ValidationError(EverrunsError, ValueError):
    """Input refused before anything was sent, because the API's rules make it invalid;
    ``field`` names the argument at fault, when one is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message, field)
        self.field = field


class ApiError(EverrunsError):
    """The API answered with an error status.

    ``status_code``, ``code`` (stable snake_case, e.g. ``session_not_found``), ``title``,
    ``detail``, ``request_id`` (quote it to support), ``retry_after`` (seconds, when the
    server said), ``body`` (the parsed body, or the raw text) and ``response`` (a copy of
    the answer with the API key masked out of it).

    ``response`` does not cross a process boundary: after ``pickle``, ``copy.deepcopy``
    or ``type(error)(*error.args)`` it is ``None``, while everything read from it travels
    (an HTTP library's object has no JSON form, and the fields above are what it said).
    """

    def __init__(  # noqa: PLR0917  (positional, so that type(error)(*error.args) rebuilds it)
        self,
        status_code: int,
        code: str | None = None,
        title: str | None = None,
        detail: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        body: object = None,
        *,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(status_code, code, title, detail, request_id, retry_after, body)
        self.status_code = status_code
        self.code = code
        self.title = title
        self.detail = detail
        self.request_id = request_id
        self.retry_after = retry_after
        self.body = body
        self.response = response

    def __reduce__(self) -> tuple[Any, ...]:
        """Everything but ``response`` (see the class)."""
        state = {name: value for name, value in vars(self).items() if name != "response"}
        return type(self), self.args, state

    def __str__(self) -> str:
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
        return f"{type(self).__name__}({str(self)!r})"


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

    def __init__(self, message: str, status_code: int, request_id: str | None = None) -> None:
        super().__init__(message, status_code, request_id)
        self.status_code = status_code
        self.request_id = request_id

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message} (request {self.request_id})" if self.request_id else message


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

    def __init__(self, error: str, error_code: str | None = None, turn_id: str | None = None) -> None:
        super().__init__(error, error_code, turn_id)
        self.error = error
        self.error_code = error_code
        self.turn_id = turn_id

    def __str__(self) -> str:
        return f"turn failed ({self.error_code}): {self.error}" if self.error_code else f"turn failed: {self.error}"


class TurnTimeoutError(EverrunsError):
    """Waiting for a turn took longer than allowed. The turn itself keeps running:
    ``input_message_id`` is the message that started it, ``timeout`` the wait in seconds."""

    def __init__(self, message: str, input_message_id: str | None = None, timeout: float | None = None) -> None:
        super().__init__(message, input_message_id, timeout)
        self.input_message_id = input_message_id
        self.timeout = timeout


class BudgetPausedError(EverrunsError):
    """A turn paused because a budget could not pay for it (``budget.paused``). The turn
    waits on the server until the budget is topped up and the session resumed
    (``client.budgets.top_up``, ``client.sessions.resume``); then
    ``client.messages.resume(session_id, error.event_id)`` follows it to its end.

    ``budget_id``, ``balance`` and ``currency`` say which budget and what is left of it;
    ``session_id``, ``turn_id``, ``input_message_id`` and ``event_id`` (the pause event)
    say where.
    """

    def __init__(  # noqa: PLR0917  (positional, so that type(error)(*error.args) rebuilds it)
        self,
        budget_id: str | None,
        balance: float | None = None,
        currency: str | None = None,
        session_id: str | None = None,
        turn_id: str | None = None,
        input_message_id: str | None = None,
        event_id: str | None = None,
    ) -> None:
        super().__init__(budget_id, balance, currency, session_id, turn_id, input_message_id, event_id)
        self.budget_id = budget_id
        self.balance = balance
        self.currency = currency
        self.session_id = session_id
        self.turn_id = turn_id
        self.input_message_id = input_message_id
        self.event_id = event_id

    def __str__(self) -> str:
        left = f" ({self.balance:g} {self.currency or ''} left)".replace(" )", ")") if self.balance is not None else ""
        return f"turn paused on budget {self.budget_id}{left}: top it up and resume the session"


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
    ``HTTP <status>`` without its text. ``secrets`` are masked out of the server's words,
    and out of the copy of ``response`` the error keeps.
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
        code, title, detail = (None if text is None else _mask(text, masked) for text in (code, title, detail))
        body = _mask_body(body, masked)
        kept = _masked_response(response, masked)
    else:
        kept = response
    return error_class_for(response.status_code)(
        response.status_code,
        code=code,
        title=title,
        detail=detail,
        request_id=response.headers.get("x-request-id"),
        retry_after=retry_after_from(response.headers.get("retry-after"), retry_after_seconds),
        body=body,
        response=kept,
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


def _masked_response(response: httpx.Response, secrets: list[str]) -> httpx.Response:
    """A copy of ``response`` (status, headers, body) with ``secrets`` masked in
    its body and headers, so that a key the server quoted back stays out of the error."""
    import httpx

    content = response.content
    for secret in secrets:
        content = content.replace(secret.encode(), b"****")
    return httpx.Response(
        response.status_code,
        headers=[
            (name, _mask(value, secrets))
            for name, value in response.headers.multi_items()
            if name.lower() not in _ENCODING_HEADERS
        ],
        content=content,
    )


_ENCODING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
"""What the copy of a response leaves out: it holds the body decoded, and httpx counts it anew."""


def _mask(text: str, secrets: list[str]) -> str:
    for secret in secrets:
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
