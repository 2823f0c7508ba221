"""``client.agents.credentials``: every method against recorded exchanges, then on a real
local server that a value is only ever sent, and the checks made before anything is sent."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer

from .conftest import Refused

AGENT_ID = "agent_" + "a1" * 16
BINDING_ID = "3f2c6e9a-1b4d-4c8e-9f10-2a3b4c5d6e7f"
DOCS = {"docs": {"type": "http", "url": "https://mcp.example.com"}}
TOKEN = "tok-" + "9z" * 12  # what a credential's value looks like


def bind(client: Everruns, agent_id: str) -> str:
    return client.agents.credentials.create(
        agent_id, label="Docs token", mcp_server_name="docs", tool_name="search", parameter_name="token"
    ).id


class TestRecorded:
    def test_create_binds_a_tool_parameter_without_a_value_yet(self, recorded_client: Everruns) -> None:
        agent_id = recorded_client.agents.create("reader", "You read the docs.", mcp_servers=DOCS).id
        binding = recorded_client.agents.credentials.create(
            agent_id,
            label="Docs token",
            mcp_server_name="docs",
            tool_name="search",
            parameter_name="token",
            description="A read-only token",
        )
        assert (binding.agent_id, binding.tool_name, binding.parameter_name) == (agent_id, "search", "token")
        assert (binding.mcp_server_url, binding.configured) == ("https://mcp.example.com", False)

    def test_set_value_list_and_delete(self, recorded_client: Everruns) -> None:
        agent_id = recorded_client.agents.create("reader", "You read the docs.", mcp_servers=DOCS).id
        binding_id = bind(recorded_client, agent_id)
        assert recorded_client.agents.credentials.set_value(agent_id, binding_id, TOKEN).configured is True
        assert [(b.id, b.configured) for b in recorded_client.agents.credentials.list(agent_id)] == [(binding_id, True)]
        assert recorded_client.agents.credentials.delete(agent_id, binding_id) is None
        assert list(recorded_client.agents.credentials.list(agent_id)) == []


class TestOnTheServer:
    def test_the_value_is_sent_and_never_comes_back_nor_shows(
        self, server: LocalServer, client: Everruns, caplog: pytest.LogCaptureFixture
    ) -> None:
        agent_id = client.agents.create("reader", "You read the docs.", mcp_servers=DOCS).id
        binding_id = bind(client, agent_id)
        with caplog.at_level(logging.DEBUG, logger="everruns"):
            answer = client.agents.credentials.set_value(agent_id, binding_id, TOKEN)
        assert server.requests[-1].json() == {"value": TOKEN}
        assert TOKEN not in repr(answer)
        assert TOKEN not in str(answer.to_dict())
        assert TOKEN not in caplog.text
        assert all(TOKEN not in request.body.decode() for request in server.requests if request.method == "GET")

    def test_an_unknown_binding_is_not_found(self, client: Everruns) -> None:
        agent_id = client.agents.create("reader", "Prompt.").id
        with pytest.raises(errors.NotFoundError) as caught:
            client.agents.credentials.delete(agent_id, BINDING_ID)
        assert caught.value.code == "credential_binding_not_found"


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "malformed agent id": lambda c: c.agents.credentials.list("agent_1"),
    "binding id that is not a UUID": lambda c: c.agents.credentials.delete(AGENT_ID, "../../agents"),
    "empty value": lambda c: c.agents.credentials.set_value(AGENT_ID, BINDING_ID, ""),
    "value that is not text": lambda c: c.agents.credentials.set_value(AGENT_ID, BINDING_ID, 42),  # type: ignore[arg-type]
    "blank label": lambda c: c.agents.credentials.create(
        AGENT_ID, label=" ", mcp_server_name="docs", tool_name="search", parameter_name="token"
    ),
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)

    def test_a_refused_value_is_never_quoted(self, refused: Refused) -> None:
        error = refused(lambda c: c.agents.credentials.set_value(AGENT_ID, "not-a-uuid", TOKEN))
        assert TOKEN not in str(error)
