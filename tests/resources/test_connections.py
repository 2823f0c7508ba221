"""``client.connections``: every method against recorded exchanges, then on a real local
server that a key is only ever sent, and the checks made before anything is sent."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer

from .conftest import Refused

PROVIDER_KEY = "dtn_" + "4k" * 14  # what a provider's API key looks like


class TestRecorded:
    def test_set_list_and_remove(self, recorded_client: Everruns) -> None:
        connection = recorded_client.connections.set("daytona", PROVIDER_KEY)
        assert (connection.provider, connection.connection_type) == ("daytona", "api_key")
        assert [c.provider for c in recorded_client.connections.list()] == ["daytona"]
        assert recorded_client.connections.remove("daytona") is None
        assert list(recorded_client.connections.list()) == []
        with pytest.raises(errors.NotFoundError):
            recorded_client.connections.remove("daytona")


class TestOnTheServer:
    def test_the_key_is_sent_and_never_comes_back_nor_shows(
        self, server: LocalServer, client: Everruns, caplog: pytest.LogCaptureFixture
    ) -> None:
        with caplog.at_level(logging.DEBUG, logger="everruns"):
            connection = client.connections.set("daytona", PROVIDER_KEY)
            listed = client.connections.list()
        assert server.requests[0].json() == {"api_key": PROVIDER_KEY}
        shown = caplog.text + repr(connection) + repr(listed.data) + str(connection.to_dict()) + repr(client)
        assert PROVIDER_KEY not in shown


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "an empty key": lambda c: c.connections.set("daytona", ""),
    "a key that is not text": lambda c: c.connections.set("daytona", 42),  # type: ignore[arg-type]
    "a provider climbing": lambda c: c.connections.set("..", PROVIDER_KEY),
    "remove an empty provider": lambda c: c.connections.remove(""),
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        error = refused(call)
        assert PROVIDER_KEY not in str(error)
