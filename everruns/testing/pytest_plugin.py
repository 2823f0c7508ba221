"""pytest fixtures for code that talks to Everruns: a local server and a client bound to it.

Installed as the ``everruns`` pytest plugin (entry point ``pytest11``), so the fixtures are
available in any project that has the SDK installed:

    def test_greeting(everruns_client, everruns_server):
        everruns_server.model.script_reply("Hello!")
        ...
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest

from ._server import LocalServer

FIXTURE_TURN_DELAY = 0.001


@pytest.fixture
def everruns_server() -> Iterator[LocalServer]:
    """A running :class:`~everruns.testing.LocalServer` for one test, with fast simulated turns."""
    with LocalServer(turn_delay=FIXTURE_TURN_DELAY) as server:
        yield server


@pytest.fixture
def everruns_client(everruns_server: LocalServer) -> Iterator[Any]:
    """An ``everruns.Everruns`` client for ``everruns_server`` with key ``dev``, closed afterwards."""
    sdk = importlib.import_module("everruns")  # on first use only: the plugin loads in every pytest run
    client = sdk.Everruns(api_key="dev", base_url=everruns_server.url)
    try:
        yield client
    finally:
        client.close()
