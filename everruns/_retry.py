"""When to send a request again, and how long to wait first.

A request is retried only when doing so cannot repeat an effect: when the server
refused it (429, 503), when it never left the machine (the connection could not be
made), or when the operation is idempotent (GET, PUT, DELETE, an apply with a
client-chosen id) and the failure came after it was sent (a 500, 502, 504, or a
connection that broke or timed out while waiting for the answer).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# The server turned these away without acting on them.
REFUSED_STATUSES = frozenset({429, 503})
# The request may have been acted on before these failures.
MAYBE_ACTED_STATUSES = frozenset({500, 502, 504})
# Raised before any byte of the request was sent.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class Backoff:
    """How long to wait between attempts.

    The n-th retry waits about ``initial * 2**n`` seconds, at most ``maximum``, with
    ``jitter`` (a fraction) of randomness so that many clients do not retry in step.
    A server's ``Retry-After`` is obeyed instead; a request is not retried when the
    server asks for more than ``retry_after_cap`` seconds (the error is raised, with
    its ``retry_after``, for the caller to decide).
    """

    initial: float = 0.5
    maximum: float = 8.0
    jitter: float = 0.25
    retry_after_cap: float = 60.0

    def delay(self, retry_number: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry_number`` (0 for the first)."""
        if retry_after is not None:
            return min(retry_after, self.retry_after_cap)
        base = min(self.maximum, self.initial * 2.0**retry_number)
        return base * (1 - self.jitter + 2 * self.jitter * random.random())  # noqa: S311 (not crypto)


def may_retry_status(status_code: int, *, idempotent: bool) -> bool:
    """Whether an error status is worth another attempt."""
    if status_code in REFUSED_STATUSES:
        return True
    return idempotent and (status_code in MAYBE_ACTED_STATUSES or status_code >= 500)


def may_retry_exception(error: httpx.TransportError, *, idempotent: bool) -> bool:
    """Whether a connection failure is worth another attempt."""
    if isinstance(error, NOT_SENT_ERRORS):
        return True
    return idempotent and isinstance(error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError))


def is_idempotent(request: httpx.Request, *, marked: bool) -> bool:
    """Safe to repeat: an idempotent method, or a request its caller marked as such."""
    return marked or request.method in IDEMPOTENT_METHODS
