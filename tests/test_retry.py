"""Which failures are retried, and how long the waits are."""

from __future__ import annotations

import httpx
import pytest

from everruns._retry import Backoff, is_idempotent, may_retry_exception, may_retry_status


class TestBackoff:
    def test_doubles_from_the_initial_wait_up_to_the_maximum(self) -> None:
        backoff = Backoff(initial=0.5, maximum=4.0, jitter=0.0)
        assert [backoff.delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]

    def test_jitter_spreads_waits_within_its_fraction(self) -> None:
        backoff = Backoff(initial=1.0, maximum=8.0, jitter=0.25)
        delays = {backoff.delay(1) for _ in range(200)}
        assert all(1.5 <= delay <= 2.5 for delay in delays)
        assert len(delays) > 100, "jitter should make the waits differ"

    def test_a_servers_retry_after_is_obeyed_up_to_the_cap(self) -> None:
        backoff = Backoff(retry_after_cap=10.0)
        assert backoff.delay(0, retry_after=3.0) == 3.0
        assert backoff.delay(0, retry_after=120.0) == 10.0


@pytest.mark.parametrize("status", [429, 503])
def test_refused_requests_are_retried_whatever_the_method(status: int) -> None:
    assert may_retry_status(status, idempotent=False)


@pytest.mark.parametrize("status", [500, 502, 504, 507])
def test_failures_after_the_request_may_have_acted_are_retried_only_when_idempotent(status: int) -> None:
    assert may_retry_status(status, idempotent=True)
    assert not may_retry_status(status, idempotent=False)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_never_retried(status: int) -> None:
    assert not may_retry_status(status, idempotent=True)


def test_a_connection_that_never_opened_is_always_retried() -> None:
    assert may_retry_exception(httpx.ConnectError("refused"), idempotent=False)
    assert may_retry_exception(httpx.ConnectTimeout("slow"), idempotent=False)


def test_a_read_timeout_after_sending_is_retried_only_when_idempotent() -> None:
    assert may_retry_exception(httpx.ReadTimeout("late"), idempotent=True)
    assert not may_retry_exception(httpx.ReadTimeout("late"), idempotent=False)
    assert not may_retry_exception(httpx.RemoteProtocolError("cut"), idempotent=False)


@pytest.mark.parametrize(
    ("method", "expected"), [("GET", True), ("PUT", True), ("DELETE", True), ("POST", False), ("PATCH", False)]
)
def test_idempotent_methods(method: str, expected: bool) -> None:
    assert is_idempotent(httpx.Request(method, "http://h/"), marked=False) is expected


def test_a_post_marked_idempotent_is_safe_to_repeat() -> None:
    assert is_idempotent(httpx.Request("POST", "http://h/v1/agents"), marked=True)
