"""The client against a real local server: headers on the wire, retries and timeouts,
every error class, thread and fork safety, derived clients, and a key that never leaks."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

import everruns
from everruns import Backoff, Everruns, errors
from everruns._config import USER_AGENT
from everruns.testing import LocalServer
from everruns_api.api.agents import get_agent, list_agents
from everruns_api.api.workspace_filesystem import get_path

KEY = "evr_pat_localtestkey0123456789"
ORG = "org_" + "cd" * 16
FAST = Backoff(initial=0.01, maximum=0.02, jitter=0.0, retry_after_cap=5.0)
MISSING_AGENT = "agent_" + "0" * 32


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_keys={"dev", KEY}, turn_delay=0.0) as running:
        yield running


@pytest.fixture
def client(server: LocalServer) -> Iterator[Everruns]:
    with Everruns(api_key=KEY, base_url=server.url, backoff=FAST) as made:
        yield made


def api_requests(server: LocalServer) -> list[str]:
    """``METHOD /path`` of each API request the server received, oldest first."""
    return [f"{entry.method} {entry.path}" for entry in server.requests]


def make_agent(client: Everruns, name: str = "probe") -> str:
    return client.agents.create(name=name, system_prompt="You probe.").id


class TestOnTheWire:
    def test_sends_the_raw_key_org_and_sdk_headers(self, server: LocalServer) -> None:
        with Everruns(api_key=KEY, base_url=server.url, org_id=ORG) as client:
            make_agent(client)
        headers = server.requests[-1].headers
        assert headers["authorization"] == KEY
        assert headers["x-org-id"] == ORG
        assert headers["user-agent"] == headers["x-sdk-version"] == USER_AGENT

    @pytest.mark.parametrize("suffix", ["", "/"])
    def test_a_base_url_path_prefix_survives_joining(self, server: LocalServer, suffix: str) -> None:
        with Everruns(api_key=KEY, base_url=server.url + suffix) as client:
            agent_id = make_agent(client)
            assert client.agents.get(agent_id).id == agent_id
        assert all(entry.path.startswith("/api/v1/agents") for entry in server.requests)

    def test_change_reason_is_sent_encoded_by_the_derived_client_only(
        self, server: LocalServer, client: Everruns
    ) -> None:
        client.with_reason("  rename: a+b ✓ ").agents.create(name="with-reason", system_prompt="x")
        client.agents.create(name="without-reason", system_prompt="x")
        with_reason, without = server.requests[-2:]
        assert with_reason.headers["everruns-change-reason"] == "rename%3A%20a%2Bb%20%E2%9C%93"
        assert "everruns-change-reason" not in without.headers

    def test_default_headers_are_sent(self, server: LocalServer) -> None:
        with Everruns(api_key=KEY, base_url=server.url, default_headers={"X-Trace": "t-1"}) as client:
            make_agent(client)
        assert server.requests[-1].headers["x-trace"] == "t-1"


class TestErrors:
    def test_an_unknown_key_is_an_authentication_error(self, server: LocalServer) -> None:
        with (
            Everruns(api_key="evr_pat_wrong0000000000", base_url=server.url) as client,
            pytest.raises(errors.AuthenticationError) as caught,
        ):
            client.agents.get(MISSING_AGENT)
        assert caught.value.status_code == 401
        assert caught.value.request_id

    def test_a_missing_agent_is_not_found_with_code_and_request_id(self, client: Everruns) -> None:
        with pytest.raises(errors.NotFoundError) as caught:
            client.agents.get(MISSING_AGENT)
        error = caught.value
        assert (error.status_code, error.code) == (404, "agent_not_found")
        assert error.request_id
        assert error.request_id.startswith("req_")
        assert error.response is not None
        assert str(error).startswith("404 agent_not_found: ")
        assert str(error).endswith(f"(request {error.request_id})")

    @pytest.mark.parametrize(
        ("status", "kind"),
        [
            (400, errors.BadRequestError),
            (401, errors.AuthenticationError),
            (403, errors.PermissionDeniedError),
            (404, errors.NotFoundError),
            (409, errors.ConflictError),
            (422, errors.UnprocessableEntityError),
            (429, errors.RateLimitError),
            (500, errors.ServerError),
            (503, errors.ServerError),
        ],
    )
    def test_every_status_family_raises_its_class(
        self, server: LocalServer, status: int, kind: type[Exception]
    ) -> None:
        server.faults.fail_next(1, status=status)
        with Everruns(api_key=KEY, base_url=server.url, max_retries=0) as client, pytest.raises(kind) as caught:
            client.agents.list()
        assert isinstance(caught.value, errors.ApiError)
        assert caught.value.status_code == status

    def test_a_proxy_html_page_becomes_http_status(self, server: LocalServer) -> None:
        server.faults.proxy_html_502(1)
        with (
            Everruns(api_key=KEY, base_url=server.url, max_retries=0) as client,
            pytest.raises(errors.ServerError) as caught,
        ):
            client.agents.list()
        assert str(caught.value).startswith("HTTP 502")
        assert "<" not in str(caught.value)

    def test_a_success_status_with_an_unreadable_body_is_a_typed_error(self, server: LocalServer) -> None:
        server.faults.html_page(1, status=200)  # a captive portal's login page
        with (
            Everruns(api_key=KEY, base_url=server.url) as client,
            pytest.raises(errors.UnexpectedResponseError) as caught,
        ):
            client.agents.get(MISSING_AGENT)
        assert caught.value.status_code == 200
        assert caught.value.request_id
        assert "cannot be read as Agent" in str(caught.value)

    def test_a_body_that_cannot_be_json_is_refused_before_sending(self, server: LocalServer, client: Everruns) -> None:
        session_id = client.sessions.create(harness_name="generic").id
        sent = len(server.requests)
        with pytest.raises(errors.ValidationError, match="cannot be encoded"):
            client.messages.create(session_id, "hi", metadata={"ratio": float("nan")})
        assert len(server.requests) == sent

    def test_validation_errors_are_raised_before_sending(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(errors.ValidationError):
            client.agents.create(name="Not A Slug", system_prompt="x")
        assert server.requests == []

    def test_a_refused_connection_is_a_network_error(self) -> None:
        client = Everruns(api_key=KEY, base_url="http://127.0.0.1:9/api", max_retries=1, backoff=FAST)
        with client, pytest.raises(errors.NetworkError) as caught:
            client.agents.list()
        assert not isinstance(caught.value, errors.RequestTimeoutError)


class TestRetries:
    def test_a_get_is_retried_through_server_errors(self, server: LocalServer, client: Everruns) -> None:
        agent_id = make_agent(client)
        before = len(server.requests)
        server.faults.fail_next(2, status=502)
        assert client.agents.get(agent_id).id == agent_id
        assert len(server.requests) - before == 3

    def test_gives_up_after_max_retries(self, server: LocalServer) -> None:
        server.faults.fail_next(10, status=503)
        with (
            Everruns(api_key=KEY, base_url=server.url, max_retries=2, backoff=FAST) as client,
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

    def test_429_waits_for_retry_after_seconds_in_the_body(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=429, retry_after_seconds=1)
        started = time.monotonic()
        client.agents.list()
        assert time.monotonic() - started >= 1.0

    def test_a_retry_after_longer_than_the_cap_is_raised_at_once(self, server: LocalServer) -> None:
        server.faults.fail_next(1, status=429, retry_after=3600)
        capped = Backoff(initial=0.01, maximum=0.02, retry_after_cap=60.0)
        with (
            Everruns(api_key=KEY, base_url=server.url, backoff=capped) as client,
            pytest.raises(errors.RateLimitError) as caught,
        ):
            client.agents.list()
        assert caught.value.retry_after == 3600.0
        assert len(server.requests) == 1, "a wait the client will not make is not a retry"

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

    def test_connection_failures_are_retried_then_reported(self, caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.INFO, logger="everruns")
        client = Everruns(api_key=KEY, base_url="http://127.0.0.1:9/api", max_retries=2, backoff=FAST)
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


class TestClosing:
    def test_a_closed_client_and_its_derived_clients_say_so(self, server: LocalServer) -> None:
        client = Everruns(api_key=KEY, base_url=server.url)
        derived = client.with_options(timeout=5.0)
        client.close()
        for closed in (client, derived):
            with pytest.raises(errors.ClientClosedError):
                closed.agents.list()
        assert server.requests == []


class TestDerivedClients:
    def test_share_the_connection_pool(self, client: Everruns) -> None:
        derived = client.with_options(timeout=5.0, headers={"X-Extra": "1"})
        assert derived._pool is client._pool
        assert client.with_reason("why")._pool is client._pool

    def test_closing_a_derived_client_leaves_the_parent_working(self, server: LocalServer, client: Everruns) -> None:
        derived = client.with_options(timeout=5.0)
        make_agent(derived)
        derived.close()
        assert client.agents.list().total == 1

    def test_a_per_call_timeout_applies_to_that_call_only(self, server: LocalServer) -> None:
        with Everruns(api_key=KEY, base_url=server.url, max_retries=0) as client:
            server.faults.slow(0.5, n=1)
            with pytest.raises(errors.RequestTimeoutError):
                client.agents.list(timeout=0.1)
            server.faults.slow(0.3, n=1)
            client.agents.list()  # the same client, its own 30 s timeout again

    def test_a_per_call_timeout_may_be_an_httpx_timeout(self, server: LocalServer, client: Everruns) -> None:
        server.faults.slow(0.5, n=1)
        with pytest.raises(errors.RequestTimeoutError):
            client.with_options(max_retries=0).agents.list(timeout=httpx.Timeout(5.0, read=0.1))
        assert client.agents.list(timeout=httpx.Timeout(5.0)).total == 0

    def test_a_blank_reason_sends_no_header(self, server: LocalServer, client: Everruns) -> None:
        client.with_reason("  ").agents.create(name="blank-reason", system_prompt="x")
        assert "everruns-change-reason" not in server.requests[-1].headers


class TestGeneratedClientReach:
    def test_client_api_shares_auth_and_error_mapping(self, server: LocalServer, client: Everruns) -> None:
        agent_id = make_agent(client)
        response = get_agent.sync_detailed(agent_id, client=client.api)
        assert response.status_code == 200
        with pytest.raises(errors.NotFoundError):
            get_agent.sync_detailed(MISSING_AGENT, client=client.api)
        assert server.requests[-1].headers["authorization"] == KEY

    def test_client_api_shares_retries(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=503)
        page = list_agents.sync(client=client.api)
        assert page is not None
        assert len(server.requests) == 2

    @pytest.mark.parametrize("hostile", ["..", ".", "../x", "a/b", "x?admin=1", "x#frag", "%2e%2e", "..%2f"])
    def test_hostile_path_values_stay_inside_their_segment(
        self, server: LocalServer, client: Everruns, hostile: str
    ) -> None:
        with pytest.raises(errors.NotFoundError) as caught:
            get_agent.sync_detailed(hostile, client=client.api)
        assert caught.value.code == "agent_not_found"
        assert server.requests[-1].path.startswith("/api/v1/agents/")
        assert server.requests[-1].path.count("/") == 4

    @pytest.mark.parametrize("hostile", ["../../agents", "../x", "./..", "a/../../b"])
    def test_hostile_file_paths_stay_below_fs_even_through_client_api(
        self, server: LocalServer, client: Everruns, hostile: str
    ) -> None:
        workspace = client.workspaces.create("paths")
        with pytest.raises(errors.ApiError):
            get_path.sync_detailed(workspace.id, hostile, client=client.api)
        assert server.requests[-1].path.startswith(f"/api/v1/workspaces/{workspace.id}/fs/")


class TestConcurrency:
    def test_sixteen_threads_share_one_client(self, server: LocalServer, client: Everruns) -> None:
        agent_ids = [make_agent(client, f"agent-{n}") for n in range(16)]
        failures: list[BaseException] = []

        def work(agent_id: str) -> None:
            try:
                for _ in range(200):
                    assert client.agents.get(agent_id).id == agent_id
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=work, args=(agent_id,)) for agent_id in agent_ids]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []

    @pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() exists on POSIX only")
    def test_a_forked_child_gets_its_own_pool_and_both_keep_working(
        self, server: LocalServer, client: Everruns
    ) -> None:
        parent_ids = [make_agent(client, f"parent-{n}") for n in range(4)]
        parent_transport = client._pool.transport()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read_end)
            try:
                fresh = client._pool.transport() is not parent_transport
                ok = all(client.agents.get(agent_id).id == agent_id for agent_id in parent_ids * 50)
                os.write(write_end, b"ok" if fresh and ok else b"bad")
            except BaseException:
                os.write(write_end, b"err")
            finally:
                os._exit(0)
        os.close(write_end)
        for agent_id in parent_ids * 50:  # the parent keeps using its own pool meanwhile
            assert client.agents.get(agent_id).id == agent_id
        verdict = os.read(read_end, 16)
        os.waitpid(pid, 0)
        assert verdict == b"ok"
        assert client._pool.transport() is parent_transport


class TestSecrecy:
    def test_the_key_never_reaches_logs_reprs_or_errors(
        self, server: LocalServer, caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.DEBUG)
        seen: list[str] = []
        with Everruns(api_key=KEY, base_url=server.url, backoff=FAST) as client:
            seen += [repr(client), str(client), repr(client.with_reason("r")), repr(client.api)]
            server.faults.fail_next(1, status=503)
            make_agent(client)
            for call in (
                lambda: client.agents.get(MISSING_AGENT),
                lambda: client.agents.create(name="BAD", system_prompt="x"),
            ):
                with pytest.raises(errors.EverrunsError) as caught:
                    call()
                seen += [str(caught.value), repr(caught.value), repr(caught.value.args)]
        with Everruns(api_key="evr_pat_notaccepted00000", base_url=server.url) as stranger:
            with pytest.raises(errors.AuthenticationError) as denied:
                stranger.agents.list()
            seen += [str(denied.value), repr(denied.value)]
        seen += [record.getMessage() for record in caplog.records]
        assert any("->" in line for line in seen), "DEBUG request lines were expected in the log"
        leaks = [text for text in seen if KEY in text or "notaccepted" in text]
        assert leaks == []

    def test_everruns_log_turns_on_request_lines(self, server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("EVERRUNS_LOG", "debug")
        logger = logging.getLogger("everruns")
        handlers_before = list(logger.handlers)
        try:
            with Everruns(api_key=KEY, base_url=server.url) as client:
                make_agent(client)
            added = [handler for handler in logger.handlers if handler not in handlers_before]
            assert len(added) == 1
            assert logger.level == logging.DEBUG
        finally:
            for handler in list(logger.handlers):
                if handler not in handlers_before:
                    logger.removeHandler(handler)
            logger.setLevel(logging.NOTSET)


def test_the_sdk_version_is_exported_and_sent() -> None:
    assert f"everruns-python-sdk/{everruns.__version__}" == USER_AGENT
