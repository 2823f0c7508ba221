"""The one place every request passes through: retries, error mapping and logging.

These are httpx transports, so the facade and the generated client (``client.api``)
share them: both get the same retries and the same typed errors. The decisions (retry
or not, how long to wait, which error) are one flow, :meth:`RetryPolicy.exchange`; the
blocking and the asyncio transport each only carry its steps out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Sequence
from typing import TYPE_CHECKING

import httpx

from . import _retry
from ._flow import Attempt, Sleep, adrive, drive
from .errors import NetworkError, RequestTimeoutError, api_error_from_response

if TYPE_CHECKING:
    from ._pools import AsyncPool, Pool

logger = logging.getLogger("everruns")

EVENT_STREAM = "text/event-stream"
IDEMPOTENT = "everruns.idempotent"
"""Request extension: ``True`` marks a request as safe to repeat whatever its method."""
READ_WHOLE = "everruns.read_whole"
"""Request extension: ``True`` says the answer is read whole, whatever the request
accepts (the facade's calls, none of which is an event stream). It spares looking the
``Accept`` header up: a lookup in a new request's headers costs as much as a tenth of
what the SDK adds to a call."""


ATTEMPT = Attempt()
Exchange = Generator[Attempt | Sleep, httpx.Response, httpx.Response]


class RetryPolicy:
    """When to send a request again and what to raise when not: the part of the
    transports that both clients share."""

    def __init__(self, *, max_retries: int, backoff: _retry.Backoff, secrets: Sequence[str] = ()) -> None:
        self.max_retries = max(0, max_retries)
        self.backoff = backoff
        self.secrets = tuple(secrets)

    def exchange(self, request: httpx.Request) -> Exchange:
        """Attempts until one answers with a success, or until an error is not worth
        another try: then it is raised, typed (:class:`~everruns.ApiError` for an error
        status, :class:`~everruns.NetworkError` for a connection failure)."""
        idempotent = _retry.is_idempotent(request, marked=bool(request.extensions.get(IDEMPOTENT)))
        retry_number = 0
        while True:
            started = time.perf_counter()
            try:
                response = yield ATTEMPT
            except httpx.TransportError as failure:
                if retry_number < self.max_retries and _retry.may_retry_exception(failure, idempotent=idempotent):
                    yield self._wait(request, retry_number, reason=describe_error(failure))
                    retry_number += 1
                    continue
                raise _network_error(request, failure) from failure
            _log_exchange(request, response, started)
            if response.status_code < 400:
                return response
            error = api_error_from_response(response, secrets=self.secrets)
            too_long = error.retry_after is not None and error.retry_after > self.backoff.retry_after_cap
            retryable = not too_long and _retry.may_retry_status(error.status_code, idempotent=idempotent)
            if retry_number < self.max_retries and retryable:
                reason = f"HTTP {response.status_code}"
                yield self._wait(request, retry_number, reason=reason, retry_after=error.retry_after)
                retry_number += 1
                continue
            raise error

    def _wait(
        self, request: httpx.Request, retry_number: int, *, reason: str, retry_after: float | None = None
    ) -> Sleep:
        delay = self.backoff.delay(retry_number, retry_after)
        logger.info(
            "retrying %s %s in %.2fs (retry %d of %d): %s",
            request.method,
            request.url,
            delay,
            retry_number + 1,
            self.max_retries,
            reason,
        )
        return Sleep(delay)

    def buffers_streamed_bodies(self, request: httpx.Request) -> bool:
        """Whether a body sent from an iterator must be read once first, so that every
        attempt can send it again."""
        return bool(self.max_retries) and not isinstance(request.stream, httpx.ByteStream)


def leaves_body_unread(request: httpx.Request, response: httpx.Response) -> bool:
    """An event stream that succeeded is read by its consumer, as the events arrive."""
    if response.status_code >= 400 or request.extensions.get(READ_WHOLE):
        return False
    return EVENT_STREAM in request.headers.get("accept", "")


def arrives_as_sent(response: httpx.Response) -> bool:
    """Whether the body's bytes are its content (no ``Content-Encoding`` to undo): an
    event stream is then read raw, without httpx's decoding layer, which costs a step
    per chunk, and a live stream brings a chunk per event."""
    return "content-encoding" not in response.headers


class EverrunsTransport(httpx.BaseTransport):
    """The blocking client's transport: :meth:`RetryPolicy.exchange` carried out with
    blocking sends and sleeps, logging each exchange (never a header, so never the key)."""

    def __init__(
        self,
        pool: Pool,
        policy: RetryPolicy,
        *,
        owns_pool: bool,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._pool = pool
        self._policy = policy
        self._owns_pool = owns_pool
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._policy.buffers_streamed_bodies(request):
            request.read()

        def do(step: Attempt | Sleep) -> httpx.Response | None:
            if isinstance(step, Sleep):
                self._sleep(step.seconds)
                return None
            response = self._pool.transport().handle_request(request)
            if not leaves_body_unread(request, response):
                try:
                    response.read()
                finally:
                    response.close()
            return response

        return drive(self._policy.exchange(request), do)

    def close(self) -> None:
        if self._owns_pool:
            self._pool.close()


class AsyncEverrunsTransport(httpx.AsyncBaseTransport):
    """The asyncio client's transport: the same :meth:`RetryPolicy.exchange`, carried
    out with awaited sends and sleeps."""

    def __init__(self, pool: AsyncPool, policy: RetryPolicy, *, owns_pool: bool) -> None:
        self._pool = pool
        self._policy = policy
        self._owns_pool = owns_pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        if self._policy.buffers_streamed_bodies(request):
            await request.aread()

        async def do(step: Attempt | Sleep) -> httpx.Response | None:
            if isinstance(step, Sleep):
                await asyncio.sleep(step.seconds)
                return None
            transport = await self._pool.transport()
            response = await transport.handle_async_request(request)
            if not leaves_body_unread(request, response):
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            return response

        return await adrive(self._policy.exchange(request), do)

    async def aclose(self) -> None:
        if self._owns_pool:
            await self._pool.aclose()


def _network_error(request: httpx.Request, error: httpx.TransportError) -> NetworkError:
    kind = RequestTimeoutError if isinstance(error, httpx.TimeoutException) else NetworkError
    return kind(f"{request.method} {request.url}: {describe_error(error)}")


def describe_error(error: BaseException) -> str:
    """``Type: message`` (or the type alone), for logs and error texts."""
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
