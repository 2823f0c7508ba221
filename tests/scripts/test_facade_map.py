"""scripts/facade_map.py: which facade methods send which operations, read from the source
without importing it, as the SDK itself sends them."""

from __future__ import annotations

import facade_map
import pytest

from everruns import Everruns
from everruns.testing import LocalServer


@pytest.fixture(scope="module")
def mapped() -> dict[facade_map.Endpoint, list[str]]:
    return facade_map.facade_methods_by_endpoint()


@pytest.mark.parametrize(
    ("endpoint", "methods"),
    [
        (("agents", "get_agent"), ["agents.get"]),
        (("agents", "create_agent"), ["agents.apply", "agents.apply_by_name", "agents.create"]),
        (("agents", "list_agent_versions"), ["agents.versions.list"]),  # a nested resource
        (("memory", "list_root"), ["memories.files.list"]),
        (("sessions", "create_session"), ["sessions.create", "tools.create_session"]),  # another resource's method
    ],
)
def test_each_operation_is_mapped_to_the_methods_that_send_it(
    mapped: dict[facade_map.Endpoint, list[str]], endpoint: facade_map.Endpoint, methods: list[str]
) -> None:
    assert mapped[endpoint] == methods


def test_the_event_stream_is_sent_by_the_methods_that_follow_it(mapped: dict[facade_map.Endpoint, list[str]]) -> None:
    followers = {"events.stream", "messages.stream", "messages.send_and_wait", "tools.run_turn"}  # the last through
    assert followers <= set(mapped[("events", "stream_sse")])  # self._client.messages._turn(...)


def test_what_the_map_says_a_method_sends_is_what_it_sends_on_the_wire() -> None:
    with LocalServer(turn_delay=0.001) as server, Everruns(api_key="dev", base_url=server.url) as client:
        session = client.sessions.create(harness_name="generic")
        sent_before = len(server.requests)
        client.sessions.pin(session.id)
        (request,) = server.requests[sent_before:]
    assert (request.method, request.path) == ("PUT", f"/api/v1/sessions/{session.id}/pin")
    assert facade_map.facade_methods_by_endpoint()[("sessions", "pin_session")] == ["sessions.pin"]


def test_snake_names_modules_as_the_generator_does() -> None:
    assert [facade_map.snake(name) for name in ("get_agent", "getAgent", "Session Storage")] == [
        "get_agent",
        "get_agent",
        "session_storage",
    ]
