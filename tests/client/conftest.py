"""Fixtures of the client's specifications: a real local server, and each client on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from client_setup import FAST, KEY

from everruns import Everruns
from everruns.testing import LocalServer


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(api_keys={"dev", KEY}, turn_delay=0.0) as running:
        yield running


@pytest.fixture
def client(server: LocalServer, make_client: Callable[..., Everruns]) -> Everruns:
    """Each client in turn (the asyncio one driven from this blocking code)."""
    return make_client(api_key=KEY, base_url=server.url, backoff=FAST)
