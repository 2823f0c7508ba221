"""``client.api``: the generated client, bound to the Everruns client that made it.

The generated ``with_headers``, ``with_cookies`` and ``with_timeout`` change the httpx
client they share (so every request of the Everruns client too) and return a copy that
sends through a plain httpx client of its own, without the key, retries or typed errors.
Here each returns the ``api`` of a derived Everruns client instead: the change applies
to the copy only, and the copy keeps auth, retries, error mapping and the pool.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from everruns_api import Client

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = ["Api"]


class Api(Client):
    """The generated client for every operation, sending through an Everruns client."""

    _owner: BaseClient[Any]

    @classmethod
    def bound_to(cls, owner: BaseClient[Any], http: httpx.Client | httpx.AsyncClient) -> Api:
        api = cls(base_url=owner._settings.base_url)
        api._owner = owner
        if isinstance(http, httpx.AsyncClient):
            return api.set_async_httpx_client(http)
        return api.set_httpx_client(http)

    def with_headers(self, headers: dict[str, str]) -> Api:
        """A copy that also sends ``headers`` (checked as ``with_options`` checks them)."""
        derived: BaseClient[Any] = self._owner.with_options(headers=headers)
        return derived.api

    def with_timeout(self, timeout: httpx.Timeout) -> Api:
        """A copy whose requests wait ``timeout``."""
        derived: BaseClient[Any] = self._owner.with_options(timeout=timeout)
        return derived.api

    def with_cookies(self, cookies: dict[str, str]) -> Api:
        """A copy that also sends ``cookies``."""
        derived: BaseClient[Any] = self._owner.with_options()
        http = derived.api._async_client or derived.api._client
        assert http is not None  # bound_to set one
        http.cookies.update(cookies)
        return derived.api
