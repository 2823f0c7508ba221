"""What every resource shares: the client's call plumbing and reading typed results."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from everruns_api import Client as ApiClient
from everruns_api.types import UNSET, Response, Unset

from .errors import EverrunsError

if TYPE_CHECKING:
    from ._client import Everruns, TimeoutTypes

T = TypeVar("T")


class Resource:
    """Base of ``client.agents``, ``client.sessions``...: holds the client."""

    def __init__(self, client: Everruns) -> None:
        self._client = client

    def _api(self, timeout: TimeoutTypes | None = None, *, idempotent: bool = False) -> ApiClient:
        """The generated client for one call (per-call timeout; ``idempotent`` lets the
        retry logic repeat a POST whose effect cannot happen twice)."""
        return self._client._api_for(timeout, idempotent=idempotent)


def expect(response: Response[Any], model: type[T]) -> T:
    """The result of a successful call as ``model``.

    Error statuses never get here (the transport raises them). A success status the
    description does not list is still read with ``model`` when it has a body.
    """
    parsed = response.parsed
    if isinstance(parsed, model):
        return parsed
    if 200 <= response.status_code < 300 and response.content:
        from_dict = getattr(model, "from_dict", None)
        if from_dict is not None:
            result: T = from_dict(json.loads(response.content))
            return result
    raise EverrunsError(f"unexpected {int(response.status_code)} response where {model.__name__} was expected")


def optional(value: T | None) -> T | Unset:
    """``None`` (the facade's "not given") as the generated models' ``UNSET``."""
    return UNSET if value is None else value


def check_options(options: Mapping[str, object], allowed: type[Any]) -> None:
    """Refuse keyword arguments a method does not take (``**options`` would otherwise
    swallow a typo silently)."""
    unknown = sorted(set(options) - set(allowed.__annotations__))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
