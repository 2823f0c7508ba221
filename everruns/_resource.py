"""What every resource shares: one way to call an operation and read its typed result.

A facade method checks its input, then ``yield from self._call(endpoint_module,
*arguments, model=...)``: the generated endpoint module builds the request, the client
that runs the method sends it through the shared transport (retries, typed errors), and
the generated parser reads the answer. A body that parser cannot read is an
:class:`UnexpectedResponseError`, never a stray ``KeyError``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from everruns_api import Client as ApiClient
from everruns_api.types import UNSET, Unset

from ._flow import Flow, Mode, Send
from .errors import UnexpectedResponseError

if TYPE_CHECKING:
    from ._base_client import BaseClient, TimeoutTypes

T = TypeVar("T")

# What the generated parsers raise on a body that does not have the described shape.
UNREADABLE = (KeyError, TypeError, ValueError, AttributeError, IndexError)
# The parsers consult a generated client only for what to do with an undocumented
# status: return no parsed value (``expect`` then reads the body itself).
_PARSER_SETTINGS = ApiClient(base_url="", raise_on_unexpected_status=False)


class Resource(Generic[Mode]):
    """Base of ``client.agents``, ``client.sessions``...: holds the client."""

    def __init__(self, client: BaseClient[Mode]) -> None:
        self._client: BaseClient[Mode] = client

    def _send(
        self,
        endpoint: ModuleType,
        *arguments: Any,
        timeout: TimeoutTypes | None = None,
        idempotent: bool = False,
        **keywords: Any,
    ) -> Flow[httpx.Response]:
        """Send one operation's request, built by its generated ``endpoint`` module.

        ``timeout`` overrides the client's for this call; ``idempotent`` tells the retry
        logic that repeating this POST cannot repeat its effect (an apply with a
        client-chosen id). Error statuses are raised as typed errors on the way back.
        """
        response: httpx.Response = yield Send(endpoint._get_kwargs(*arguments, **keywords), timeout, idempotent)
        return response

    def _call(
        self,
        endpoint: ModuleType,
        *arguments: Any,
        model: type[T],
        timeout: TimeoutTypes | None = None,
        idempotent: bool = False,
        **keywords: Any,
    ) -> Flow[T]:
        """Send one operation's request and read its answer as ``model``."""
        response: httpx.Response = yield Send(endpoint._get_kwargs(*arguments, **keywords), timeout, idempotent)
        return read(endpoint, response, model)


def read(endpoint: ModuleType, response: httpx.Response, model: type[T]) -> T:
    """The answer to a successful call, read by the generated parser, as ``model``."""
    try:
        # The parser alone: the generated _build_response only wraps its result with the
        # status (as an HTTPStatus) and headers, which cost a microsecond a call to build.
        return expect(endpoint._parse_response(client=_PARSER_SETTINGS, response=response), response, model)
    except UNREADABLE as error:
        raise unexpected(response, f"cannot be read as {model.__name__} ({error!r})") from error


def expect(parsed: object, response: httpx.Response, model: type[T]) -> T:
    """What the parser made of ``response``, as ``model``. A success status the
    description does not list is still read with ``model`` when it has a body."""
    if isinstance(parsed, model):
        return parsed
    if 200 <= response.status_code < 300 and response.content:
        from_dict = getattr(model, "from_dict", None)
        if from_dict is not None:
            result: T = from_dict(json.loads(response.content))
            return result
    raise TypeError(f"a {int(response.status_code)} answer where {model.__name__} was expected")


def read_json(response: httpx.Response) -> Any:
    """The JSON body of a successful answer (for operations read without a model)."""
    try:
        return json.loads(response.content)
    except ValueError as error:
        raise unexpected(response, "is not JSON") from error


def unexpected(response: httpx.Response, what: str) -> UnexpectedResponseError:
    """The error for a success answer whose body is not what the operation describes."""
    return UnexpectedResponseError(
        f"the {response.status_code} answer to {response.request.method} {response.request.url.path} {what}",
        status_code=response.status_code,
        request_id=response.headers.get("x-request-id"),
    )


def optional(value: T | None) -> T | Unset:
    """``None`` (the facade's "not given") as the generated models' ``UNSET``."""
    return UNSET if value is None else value


def check_options(options: Mapping[str, object], allowed: type[Any]) -> None:
    """Refuse keyword arguments a method does not take (``**options`` would otherwise
    swallow a typo silently)."""
    unknown = sorted(set(options) - set(allowed.__annotations__))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
