"""Derived clients (with_options, with_reason) and client.api, the generated client sharing the settings."""

from __future__ import annotations

import time

import httpx
import pytest
from client_setup import EMPTY_EVENTS, KEY, MISSING_AGENT, BlockingOnly, make_agent
from scripted_server import (
    SESSION_ID,
    ScriptedServer,
)

from everruns import Backoff, Everruns, errors
from everruns.testing import LocalServer
from everruns_api.api.agents import get_agent, list_agents
from everruns_api.api.workspace_filesystem import get_path


def test_client_api_knows_the_apis_base_url_for_the_clients_derived_from_it() -> None:
    with Everruns(api_key=KEY, base_url="http://api.invalid/everruns/api") as client:
        derived = client.api.with_headers({"X-Extra": "1"}).get_httpx_client()
        assert str(derived.base_url) == "http://api.invalid/everruns/api/"
        derived.close()


class TestDerivedClients:
    def test_share_the_connection_pool(self, make_client) -> None:
        with ScriptedServer(lambda _: EMPTY_EVENTS) as server, make_client(api_key=KEY, base_url=server.url) as client:
            derived = client.with_options(timeout=5.0, headers={"X-Extra": "1"})
            for caller in (client, derived, client.with_reason("why"), derived.with_options(max_retries=0), client):
                caller.events.list(SESSION_ID)
        assert len(server.requests) == 5
        assert server.connections == 1, "every derived client sent over the parent's one pooled connection"

    def test_closing_a_derived_client_leaves_the_parent_working(self, server: LocalServer, client: Everruns) -> None:
        derived = client.with_options(timeout=5.0)
        make_agent(derived)
        derived.close()
        assert client.agents.list().total == 1

    def test_a_per_call_timeout_applies_to_that_call_only(self, make_client, server: LocalServer) -> None:
        with make_client(api_key=KEY, base_url=server.url, max_retries=0) as client:
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

    def test_a_new_reason_replaces_the_old_one_and_a_blank_one_removes_it(
        self, make_client, server: LocalServer
    ) -> None:
        with make_client(
            api_key=KEY, base_url=server.url, default_headers={"everruns-change-reason": "from-defaults"}
        ) as client:
            client.with_reason("first").with_reason("second").agents.list()
            client.with_reason("first").with_reason(" ").agents.list()
            client.with_reason("").agents.list()
        replaced, removed, removed_default = server.requests
        assert replaced.headers["everruns-change-reason"] == "second"
        assert "everruns-change-reason" not in removed.headers
        assert "everruns-change-reason" not in removed_default.headers

    def test_a_reason_holding_the_clients_own_key_is_refused(self, make_client, server: LocalServer) -> None:
        key = "plainlocalkey0123"  # not shaped like a token: only the client knows it is its key
        with make_client(api_key=key, base_url=server.url) as client:
            with pytest.raises(errors.ValidationError, match="credential"):
                client.with_reason(f"rotated {key} today")
            client.with_reason("rotated plainlocalkey today")
        assert server.requests == []

    def test_a_derived_client_keeps_the_timeout_unless_given_a_new_one(self, make_client, server: LocalServer) -> None:
        with make_client(api_key=KEY, base_url=server.url, max_retries=0, timeout=0.15) as client:
            for derived in (client.with_options(headers={"X-Trace": "t"}), client.with_reason("why")):
                server.faults.slow(0.6, n=1)
                with pytest.raises(errors.RequestTimeoutError):
                    derived.agents.list()
            server.faults.slow(0.4, n=1)
            assert client.with_options(timeout=5.0).agents.list().total == 0

    def test_a_reasoned_client_retries_with_the_parents_backoff(self, make_client, server: LocalServer) -> None:
        waits = Backoff(initial=0.2, maximum=0.2, jitter=0.0)
        with make_client(api_key=KEY, base_url=server.url, backoff=waits) as client:
            server.faults.fail_next(1, status=503)
            started = time.monotonic()
            assert client.with_reason("why").agents.list().total == 0
            assert time.monotonic() - started >= 0.2
        assert [entry.headers["everruns-change-reason"] for entry in server.requests] == ["why", "why"]


class TestGeneratedClientReach(BlockingOnly):
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

    def test_client_api_with_headers_sends_them_from_the_copy_only_with_auth_retries_and_errors(
        self, server: LocalServer, client: Everruns
    ) -> None:
        copy = client.api.with_headers({"X-Trace": "t-9"})
        server.faults.fail_next(1, status=503)
        assert list_agents.sync(client=copy) is not None
        assert list_agents.sync(client=client.api) is not None
        with pytest.raises(errors.NotFoundError):
            get_agent.sync_detailed(MISSING_AGENT, client=copy)
        refused, retried, plain, missing = server.requests[-4:]
        assert refused.headers["x-trace"] == retried.headers["x-trace"] == missing.headers["x-trace"] == "t-9"
        assert {refused.headers["authorization"], retried.headers["authorization"]} == {KEY}
        assert "x-trace" not in plain.headers, "the headers reached the client the copy was made from"

    def test_client_api_with_headers_refuses_a_line_break_in_a_value(self, client: Everruns) -> None:
        with pytest.raises(errors.ValidationError):
            client.api.with_headers({"X-Trace": "t\r\nX-Injected: 1"})

    def test_client_api_with_timeout_applies_to_the_copy_only(self, server: LocalServer) -> None:
        with Everruns(api_key=KEY, base_url=server.url, max_retries=0) as client:
            copy = client.api.with_timeout(httpx.Timeout(0.15))
            server.faults.slow(0.6, n=1)
            with pytest.raises(errors.RequestTimeoutError):
                list_agents.sync(client=copy)
            server.faults.slow(0.4, n=1)
            assert list_agents.sync(client=client.api) is not None

    def test_client_api_with_cookies_sends_them_from_the_copy_only(self, server: LocalServer, client: Everruns) -> None:
        copy = client.api.with_cookies({"affinity": "b"})
        assert list_agents.sync(client=copy) is not None
        assert list_agents.sync(client=client.api) is not None
        with_cookie, plain = server.requests[-2:]
        assert with_cookie.headers["cookie"] == "affinity=b"
        assert with_cookie.headers["authorization"] == KEY
        assert "cookie" not in plain.headers

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
