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
from .errors import NetworkError, RequestTimeoutError, api_error_from_response, retry_after_from

logger = logging.getLogger("everruns")

EVENT_STREAM = "text/event-stream"


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

    def transport(self) -> httpx.BaseTransport:
        if self._pid != os.getpid():
            with self._lock:
                if self._pid != os.getpid():
                    self._transport = self._factory()
                    self._pid = os.getpid()
        return self._transport

    def close(self) -> None:
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

    ``idempotent`` marks every request through this transport as safe to repeat (used
    for an apply with a client-chosen id). Bodies are read here, except for event
    streams, so that a failure while reading is retried and mapped like any other.
    """

    def __init__(
        self,
        pool: ForkSafePool | CallerClientPool,
        *,
        max_retries: int,
        backoff: _retry.Backoff,
        secrets: Sequence[str] = (),
        idempotent: bool = False,
        owns_pool: bool = True,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._pool = pool
        self._max_retries = max(0, max_retries)
        self._backoff = backoff
        self._secrets = tuple(secrets)
        self._idempotent = idempotent
        self._owns_pool = owns_pool
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        idempotent = _retry.is_idempotent(request, marked=self._idempotent)
        streaming = EVENT_STREAM in request.headers.get("accept", "")
        if self._max_retries and not isinstance(request.stream, httpx.ByteStream):
            request.read()  # buffer a streamed body once so that every attempt can send it
        retry_number = 0
        while True:
            started = time.perf_counter()
            try:
                response = self._send_once(request, streaming=streaming)
            except httpx.TransportError as error:
                if retry_number < self._max_retries and _retry.may_retry_exception(error, idempotent=idempotent):
                    self._wait(request, retry_number, reason=_describe(error))
                    retry_number += 1
                    continue
                raise _network_error(request, error) from error
            _log_exchange(request, response, started)
            if response.status_code < 400:
                return response
            retry_after = _retry_after(response)
            if retry_number < self._max_retries and _retry.may_retry_status(
                response.status_code, idempotent=idempotent
            ):
                self._wait(request, retry_number, reason=f"HTTP {response.status_code}", retry_after=retry_after)
                retry_number += 1
                continue
            raise api_error_from_response(response, secrets=self._secrets)

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


def _retry_after(response: httpx.Response) -> float | None:
    seconds: object = None
    if "json" in response.headers.get("content-type", ""):
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict):
            seconds = body.get("retry_after_seconds")
    return retry_after_from(response.headers.get("retry-after"), seconds)


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
