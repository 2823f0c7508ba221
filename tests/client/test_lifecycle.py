"""Closing a client (and the clients derived from it), and what the blocking client refuses."""

from __future__ import annotations

import pytest
from client_setup import KEY

from everruns import Everruns, errors
from everruns.testing import LocalServer


class TestClosing:
    def test_a_closed_client_and_its_derived_clients_say_so(self, make_client, server: LocalServer) -> None:
        client = make_client(api_key=KEY, base_url=server.url)
        derived = client.with_options(timeout=5.0)
        client.close()
        for closed in (client, derived):
            with pytest.raises(errors.ClientClosedError):
                closed.agents.list()
        assert server.requests == []


def test_a_closed_client_says_so_and_how_to_go_on_for_calls_and_streams(server: LocalServer) -> None:
    client = Everruns(api_key=KEY, base_url=server.url)
    session = client.sessions.create(harness_name="generic")
    client.close()
    with pytest.raises(errors.ClientClosedError) as call:
        client.agents.list()
    with pytest.raises(errors.ClientClosedError) as stream:
        next(client.events.stream(session.id))
    assert [str(call.value), str(stream.value)] == [
        "the client is closed: make a new Everruns() to send more requests"
    ] * 2
    assert len(server.requests) == 1, "nothing was sent after close()"


def test_the_blocking_client_refuses_by_name_what_is_not_a_step() -> None:
    from everruns._client import BlockingSteps

    with Everruns(api_key=KEY) as client, pytest.raises(TypeError, match=r"^not a step: 'send'$"):
        BlockingSteps(client).do("send")  # type: ignore[arg-type]
