"""Retries and timeouts: what is retried, how long it waits, and what is never sent twice."""

from __future__ import annotations

import logging
import time

import pytest
from client_setup import FAST, KEY, api_requests, make_agent

from everruns import Backoff, Everruns, errors
from everruns.testing import LocalServer


class TestRetries:
    def test_a_get_is_retried_through_server_errors(self, server: LocalServer, client: Everruns) -> None:
        agent_id = make_agent(client)
        before = len(server.requests)
        server.faults.fail_next(2, status=502)
        assert client.agents.get(agent_id).id == agent_id
        assert len(server.requests) - before == 3

    def test_gives_up_after_max_retries(self, make_client, server: LocalServer) -> None:
        server.faults.fail_next(10, status=503)
        with (
            make_client(api_key=KEY, base_url=server.url, max_retries=2, backoff=FAST) as client,
            pytest.raises(errors.ServerError),
        ):
            client.agents.list()
        assert len(server.requests) == 3

    def test_a_create_is_not_repeated_after_a_500(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=500)
        with pytest.raises(errors.ServerError):
            make_agent(client)
        assert api_requests(server) == ["POST /api/v1/agents"]

    @pytest.mark.parametrize("status", [429, 503])
    def test_a_create_is_retried_when_the_server_refused_it(
        self, server: LocalServer, client: Everruns, status: int
    ) -> None:
        server.faults.fail_next(1, status=status)
        make_agent(client)
        assert api_requests(server) == ["POST /api/v1/agents", "POST /api/v1/agents"]

    def test_429_waits_for_retry_after(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=429, retry_after=1)
        started = time.monotonic()
        client.agents.list()
        assert time.monotonic() - started >= 1.0

    def test_a_retry_after_date_without_a_known_zone_is_still_obeyed(
        self, server: LocalServer, client: Everruns
    ) -> None:
        server.faults.fail_next(1, status=503, retry_after="Wed, 21 Oct 2015 07:28:00 -0000")
        assert client.agents.list().total == 0
        assert len(server.requests) == 2

    def test_429_waits_for_retry_after_seconds_in_the_body(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=429, retry_after_seconds=1)
        started = time.monotonic()
        client.agents.list()
        assert time.monotonic() - started >= 1.0

    def test_a_retry_after_longer_than_the_cap_is_raised_at_once(self, make_client, server: LocalServer) -> None:
        server.faults.fail_next(1, status=429, retry_after=3600)
        capped = Backoff(initial=0.01, maximum=0.02, retry_after_cap=60.0)
        with (
            make_client(api_key=KEY, base_url=server.url, backoff=capped) as client,
            pytest.raises(errors.RateLimitError) as caught,
        ):
            client.agents.list()
        assert caught.value.retry_after == 3600.0
        assert len(server.requests) == 1, "a wait the client will not make is not a retry"

    def test_a_retry_after_beyond_the_cap_of_the_clients_backoff_is_raised_at_once(
        self, make_client, server: LocalServer
    ) -> None:
        server.faults.fail_next(1, status=429, retry_after=1)
        with (
            make_client(api_key=KEY, base_url=server.url, backoff=Backoff(retry_after_cap=0.5)) as client,
            pytest.raises(errors.RateLimitError) as caught,
        ):
            client.agents.list()
        assert caught.value.retry_after == 1.0
        assert len(server.requests) == 1, "the default backoff would have waited the second"

    def test_a_slow_get_times_out_and_is_retried(self, server: LocalServer, client: Everruns) -> None:
        agent_id = make_agent(client)
        before = len(server.requests)
        server.faults.slow(1.0, n=1)
        assert client.agents.get(agent_id, timeout=0.3).id == agent_id
        assert len(server.requests) - before == 2

    def test_a_post_that_timed_out_after_sending_is_not_repeated(self, server: LocalServer, client: Everruns) -> None:
        server.faults.slow(1.0, n=1)
        with pytest.raises(errors.RequestTimeoutError):
            client.agents.create(name="slow-one", system_prompt="x", timeout=0.3)
        assert api_requests(server) == ["POST /api/v1/agents"]

    def test_connection_failures_are_retried_then_reported(self, make_client, caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.INFO, logger="everruns")
        client = make_client(api_key=KEY, base_url="http://127.0.0.1:9/api", max_retries=2, backoff=FAST)
        with client, pytest.raises(errors.NetworkError):
            client.agents.list()
        retries = [record.getMessage() for record in caplog.records if record.message.startswith("retrying")]
        assert len(retries) == 2
        assert all("ConnectError" in line for line in retries)

    def test_each_retry_is_logged_at_info_with_its_reason(
        self, server: LocalServer, client: Everruns, caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.INFO, logger="everruns")
        server.faults.fail_next(1, status=503)
        client.agents.list()
        (line,) = [r for r in caplog.records if r.levelno == logging.INFO and "retrying" in r.getMessage()]
        assert "GET" in line.getMessage()
        assert "HTTP 503" in line.getMessage()

    def test_max_retries_is_set_per_client_and_per_derived_client(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=503)
        with pytest.raises(errors.ServerError):
            client.with_options(max_retries=0).agents.list()
        assert len(server.requests) == 1
