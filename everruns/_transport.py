"""The one place every request passes through: retries, error mapping, logging, and a
connection pool that survives ``fork()``.

It is an httpx transport, so the facade and the generated client (``client.api``)
share it: both get the same retries and the same typed errors.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence

import httpx

from . import _retry
from .errors import ApiError, ClientClosedError, NetworkError, RequestTimeoutError, api_error_from_response

logger = logging.getLogger("everruns")

EVENT_STREAM = "text/event-stream"
IDEMPOTENT = "everruns.idempotent"
"""Request extension: ``True`` marks a request as safe to repeat whatever its method."""


class ForkSafePool:
    """Owns the real connection pool, and makes a fresh one in a forked child.

    A child of ``fork()`` (gunicorn with preload, multiprocessing) inherits the parent's
    open sockets; sharing them would interleave two processes' bytes on one
    connection. The child notices the new process id and builds its own pool; the
    inherited one is left alone (closing it could disturb the parent's connections).
    """

    def __init__(self, factory: Callable[[], httpx.BaseTransport]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._transport = factory()
        self._closed = False

    def transport(self) -> httpx.BaseTransport:
        if self._closed:
            raise ClientClosedError("the client is closed: make a new Everruns() to send more requests")
        if self._pid != os.getpid():
            with self._lock:
                if self._pid != os.getpid():
                    self._transport = self._factory()
                    self._pid = os.getpid()
        return self._transport

    def close(self) -> None:
        self._closed = True
        if self._pid == os.getpid():
            self._transport.close()


class CallerClientPool:
    """Sends through a caller's own ``httpx.Client`` (its pool, proxies, TLS settings).

    The caller owns that client: closing ours leaves it open, and after a ``fork()``
    it is theirs to replace.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._transport = SendThrough(client, owned=False)

    def transport(self) -> httpx.BaseTransport:
        return self._transport

    def close(self) -> None:
        """Nothing to do: the caller's client stays theirs."""


class SendThrough(httpx.BaseTransport):
    """A transport that hands each request to an ``httpx.Client`` (closed with it if owned)."""

    def __init__(self, client: httpx.Client, *, owned: bool) -> None:
        self._client = client
        self._owned = owned

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True)

    def close(self) -> None:
        if self._owned:
            self._client.close()


class EverrunsTransport(httpx.BaseTransport):
    """Retries what is safe to retry, turns error statuses into typed exceptions, and
    logs each exchange (never a header, so never the key).

    A request whose ``IDEMPOTENT`` extension is set is safe to repeat whatever its
    method (an apply with a client-chosen id). Bodies are read here, except for event
    streams, so that a failure while reading is retried and mapped like any other.
    """

    def __init__(
        self,
        pool: ForkSafePool | CallerClientPool,
        *,
        max_retries: int,
        backoff: _retry.Backoff,
        secrets: Sequence[str] = (),
        owns_pool: bool = True,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._pool = pool
        self._max_retries = max(0, max_retries)
        self._backoff = backoff
        self._secrets = tuple(secrets)
        self._owns_pool = owns_pool
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        idempotent = _retry.is_idempotent(request, marked=bool(request.extensions.get(IDEMPOTENT)))
        streaming = EVENT_STREAM in request.headers.get("accept", "")
        if self._max_retries and not isinstance(request.stream, httpx.ByteStream):
            request.read()  # buffer a streamed body once so that every attempt can send it
        retry_number = 0
        while True:
            started = time.perf_counter()
            try:
                response = self._send_once(request, streaming=streaming)
            except httpx.TransportError as failure:
                if retry_number < self._max_retries and _retry.may_retry_exception(failure, idempotent=idempotent):
                    self._wait(request, retry_number, reason=_describe(failure))
                    retry_number += 1
                    continue
                raise _network_error(request, failure) from failure
            _log_exchange(request, response, started)
            if response.status_code < 400:
                return response
            error = api_error_from_response(response, secrets=self._secrets)
            if retry_number < self._max_retries and self._worth_another_try(error, idempotent=idempotent):
                self._wait(request, retry_number, reason=f"HTTP {response.status_code}", retry_after=error.retry_after)
                retry_number += 1
                continue
            raise error

    def _worth_another_try(self, error: ApiError, *, idempotent: bool) -> bool:
        """A retryable status, unless the server asked for a longer wait than we keep."""
        too_long = error.retry_after is not None and error.retry_after > self._backoff.retry_after_cap
        return not too_long and _retry.may_retry_status(error.status_code, idempotent=idempotent)

    def _send_once(self, request: httpx.Request, *, streaming: bool) -> httpx.Response:
        response = self._pool.transport().handle_request(request)
        if not streaming or response.status_code >= 400:
            try:
                response.read()
            finally:
                response.close()
        return response

    def _wait(
        self, request: httpx.Request, retry_number: int, *, reason: str, retry_after: float | None = None
    ) -> None:
        delay = self._backoff.delay(retry_number, retry_after)
        logger.info(
            "retrying %s %s in %.2fs (retry %d of %d): %s",
            request.method,
            request.url,
            delay,
            retry_number + 1,
            self._max_retries,
            reason,
        )
        self._sleep(delay)

    def close(self) -> None:
        if self._owns_pool:
            self._pool.close()


def _network_error(request: httpx.Request, error: httpx.TransportError) -> NetworkError:
    kind = RequestTimeoutError if isinstance(error, httpx.TimeoutException) else NetworkError
    return kind(f"{request.method} {request.url}: {_describe(error)}")


def _describe(error: Exception) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _log_exchange(request: httpx.Request, response: httpx.Response, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d in %.1f ms (request %s)",
            request.method,
            request.url,
            response.status_code,
            (time.perf_counter() - started) * 1000,
            response.headers.get("x-request-id", "-"),
        )
