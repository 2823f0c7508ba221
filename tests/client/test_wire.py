"""The client on the wire: the headers, bodies and paths it sends, its version and its repr."""

from __future__ import annotations

import asyncio
import importlib.metadata

import pytest
from client_setup import KEY, ORG, make_agent

import everruns
from everruns import AsyncEverruns, Everruns, errors
from everruns.testing import LocalServer


class TestOnTheWire:
    def test_sends_the_raw_key_org_and_sdk_headers(self, make_client, server: LocalServer) -> None:
        with make_client(api_key=KEY, base_url=server.url, org_id=ORG) as client:
            make_agent(client)
        headers = server.requests[-1].headers
        assert headers["authorization"] == KEY
        assert headers["x-org-id"] == ORG
        assert headers["user-agent"] == headers["x-sdk-version"] == f"everruns-python-sdk/{everruns.__version__}"

    @pytest.mark.parametrize("suffix", ["", "/"])
    def test_a_base_url_path_prefix_survives_joining(self, make_client, server: LocalServer, suffix: str) -> None:
        with make_client(api_key=KEY, base_url=server.url + suffix) as client:
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

    def test_default_headers_are_sent(self, make_client, server: LocalServer) -> None:
        with make_client(api_key=KEY, base_url=server.url, default_headers={"X-Trace": "t-1"}) as client:
            make_agent(client)
        assert server.requests[-1].headers["x-trace"] == "t-1"

    def test_with_options_headers_add_to_the_existing_ones_and_win_on_the_same_name(
        self, make_client, server: LocalServer
    ) -> None:
        with make_client(api_key=KEY, base_url=server.url, default_headers={"X-Team": "a", "X-Keep": "k"}) as client:
            reasoned = client.with_reason("audit")
            reasoned.with_options(headers={"X-Trace": "t-2", "X-Team": "b"}).agents.list()
            client.agents.list()
        derived, parent = server.requests
        assert (derived.headers["x-trace"], derived.headers["x-team"], derived.headers["x-keep"]) == ("t-2", "b", "k")
        assert derived.headers["everruns-change-reason"] == "audit"
        assert derived.headers["authorization"] == KEY
        assert "x-trace" not in parent.headers
        assert parent.headers["x-team"] == "a"

    @pytest.mark.parametrize(
        "headers",
        [{"X-Trace": "a\r\nX-Injected: 1"}, {"X-Trace": "a\nb"}, {"X-Trace": "a\x00"}, {"X-Bad\r\nName": "v"}],
        ids=["crlf", "lf", "nul", "crlf-in-name"],
    )
    def test_with_options_refuses_cr_lf_and_nul_in_headers_as_the_constructor_does(
        self, make_client, server: LocalServer, client: Everruns, headers: dict[str, str]
    ) -> None:
        with pytest.raises(errors.ValidationError, match="CR, LF or NUL"):
            client.with_options(headers=headers)
        with pytest.raises(errors.ValidationError, match="CR, LF or NUL"):
            make_client(api_key=KEY, base_url=server.url, default_headers=headers)
        assert server.requests == []


def test_the_version_sent_is_the_installed_packages_version(server: LocalServer, client: Everruns) -> None:
    client.agents.list()
    installed = importlib.metadata.version("everruns")
    assert everruns.__version__ == installed
    assert server.requests[0].headers["user-agent"] == f"everruns-python-sdk/{installed}"


def test_the_repr_names_the_clients_class_and_its_settings_with_the_key_masked() -> None:
    settings = {"api_key": KEY, "base_url": "http://127.0.0.1:9", "org_id": ORG}
    shown = "(base_url='http://127.0.0.1:9/', api_key='evr_pat_****', org_id='" + ORG + "')"
    blocking, awaiting = Everruns(**settings), AsyncEverruns(**settings)
    try:
        assert repr(blocking) == "Everruns" + shown
        assert repr(awaiting) == "AsyncEverruns" + shown
        assert repr(blocking.with_reason("why")) == "Everruns" + shown
    finally:
        blocking.close()
        asyncio.run(awaiting.close())
