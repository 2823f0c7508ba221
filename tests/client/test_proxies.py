"""A caller's own httpx client, and proxies from the environment."""

from __future__ import annotations

import httpx
import pytest
from client_setup import KEY, BlockingOnly, api_requests, make_agent
from recording_proxy import RecordingProxy

from everruns import Everruns, errors
from everruns.testing import LocalServer


@pytest.fixture
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy settings from the machine: each test sets the ones it needs."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


class TestProxies(BlockingOnly):
    def test_a_callers_http_client_carries_every_request_and_stays_open_after_close(
        self, server: LocalServer, no_proxy_environment: pytest.MonkeyPatch
    ) -> None:
        with RecordingProxy() as proxy, httpx.Client(proxy=proxy.url) as theirs:
            with Everruns(api_key=KEY, base_url=server.url, http_client=theirs) as client:
                agent_id = make_agent(client)
                client.with_options(timeout=5.0).agents.get(agent_id)
                session_id = client.sessions.create(harness_name="generic").id
                server.model.script_reply("Hi.")
                client.messages.send_and_wait(session_id, "Hello", timeout=30.0)
            assert not theirs.is_closed
            assert theirs.get(f"{server.url}/v1/agents", headers={"Authorization": KEY}).status_code == 200
        through_proxy = proxy.targets()
        assert through_proxy[:2] == [f"POST {server.url}/v1/agents", f"GET {server.url}/v1/agents/{agent_id}"]
        assert any(target.startswith(f"GET {server.url}/v1/sessions/{session_id}/sse") for target in through_proxy)
        assert len(through_proxy) == len(server.requests), "no request went around the caller's client"


class TestProxiesFromTheEnvironment:
    def test_http_proxy_from_the_environment_carries_calls_and_streams(
        self, make_client, server: LocalServer, no_proxy_environment: pytest.MonkeyPatch
    ) -> None:
        with RecordingProxy() as proxy:
            no_proxy_environment.setenv("HTTP_PROXY", proxy.url)
            with make_client(api_key=KEY, base_url=server.url) as client:
                session_id = client.sessions.create(harness_name="generic").id
                server.model.script_reply("Hi.")
                assert client.messages.send_and_wait(session_id, "Hello", timeout=30.0).text == "Hi."
        assert len(proxy.requests) == len(server.requests) >= 4
        assert proxy.requests[0].headers["authorization"] == KEY
        assert any("/sse" in target for target in proxy.targets())

    def test_https_proxy_from_the_environment_is_asked_for_a_tunnel_to_an_https_api(
        self, make_client, no_proxy_environment: pytest.MonkeyPatch
    ) -> None:
        with RecordingProxy() as proxy:
            no_proxy_environment.setenv("HTTPS_PROXY", proxy.url)
            client = make_client(api_key=KEY, base_url="https://everruns.invalid/api", max_retries=0)
            with client, pytest.raises(errors.NetworkError):
                client.agents.list()  # the proxy refuses the tunnel: nothing leaves this machine
        assert proxy.targets() == ["CONNECT everruns.invalid:443"]

    def test_no_proxy_sends_the_named_hosts_directly(
        self, make_client, server: LocalServer, no_proxy_environment: pytest.MonkeyPatch
    ) -> None:
        with RecordingProxy() as proxy:
            no_proxy_environment.setenv("HTTP_PROXY", proxy.url)
            no_proxy_environment.setenv("NO_PROXY", "127.0.0.1")
            with make_client(api_key=KEY, base_url=server.url) as client:
                make_agent(client)
        assert proxy.requests == []
        assert api_requests(server) == ["POST /api/v1/agents"]
