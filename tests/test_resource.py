"""everruns._resource: what a facade method does with a success answer's body."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from everruns import Everruns, UnexpectedResponseError
from everruns.types import Agent
from everruns_api import _reading

AGENT_ID = f"agent_{'0123456789abcdef' * 2}"


def client_answering(body: bytes, content_type: str = "application/json") -> Everruns:
    """A client whose every request gets a 200 with ``body`` (a tiny in-process transport:
    the answer's shape is the point here, not the wire)."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": content_type, "X-Request-Id": "req_1"})

    return Everruns(
        api_key="dev",
        base_url="https://everruns.test/api",  # https: no warning about the key in clear text
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html><body>Sign in to the Wi-Fi</body></html>", "text/html"),
        (b'"agent"', "application/json"),
        (b'[{"id": "agent_x"}]', "application/json"),
        (b"42", "application/json"),
    ],
    ids=["an HTML page", "a JSON string", "a JSON list", "a number"],
)
def test_a_body_that_is_not_a_json_object_is_an_unexpected_response(body: bytes, content_type: str) -> None:
    with client_answering(body, content_type) as client, pytest.raises(UnexpectedResponseError) as caught:
        client.agents.get(AGENT_ID)
    assert caught.value.status_code == 200
    assert caught.value.request_id == "req_1"
    assert "cannot be read as Agent" in str(caught.value)


def test_an_object_short_of_fields_is_read_for_what_it_holds(caplog: pytest.LogCaptureFixture) -> None:
    _reading._warned.clear()
    caplog.set_level(logging.WARNING, logger="everruns")
    with client_answering(b'{"id": "%s", "name": "sparse", "brand_new_field": [1]}' % AGENT_ID.encode()) as client:
        agent: Any = client.agents.get(AGENT_ID)
    assert isinstance(agent, Agent)
    assert (agent.id, agent.name, agent.system_prompt) == (AGENT_ID, "sparse", None)
    assert agent.additional_properties == {"brand_new_field": [1]}
    assert [r.getMessage().split(":")[0] for r in caplog.records] == ["Agent.system_prompt"]
    _reading._warned.clear()
