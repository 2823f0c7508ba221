"""Test helpers under tests/support/ are plain modules: make them importable. And the
fixture that runs a specification against both clients."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from everruns import AsyncEverruns, Backoff, Everruns
from everruns.testing import LocalServer

SUPPORT = Path(__file__).resolve().parent / "support"
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"  # the sync's modules (facade_map...) are plain files
for folder in (SUPPORT, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from awaited import Awaited, close_loop  # noqa: E402  (from tests/support, just made importable)


@pytest.fixture(params=["blocking", "awaiting"])
def make_client(request: pytest.FixtureRequest) -> Iterator[Callable[..., Everruns]]:
    """Makes the client a test runs against: ``Everruns``, or ``AsyncEverruns`` driven
    from the test's blocking code (tests/support/awaited.py), so that every
    specification holds for both. Closed after the test."""
    with contextlib.ExitStack() as made:
        if request.param == "blocking":
            yield lambda **settings: made.enter_context(Everruns(**settings))
            return
        loop = asyncio.new_event_loop()
        made.callback(close_loop, loop)

        def make(**settings: Any) -> Everruns:
            client = Awaited(AsyncEverruns(**settings), loop)
            made.callback(client.close)
            return client  # type: ignore[return-value]

        yield make


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A real local server, for what a cassette cannot show: what was (not) sent."""
    with LocalServer(turn_delay=0.001) as running:
        yield running


@pytest.fixture
def client(server: LocalServer, make_client: Callable[..., Everruns]) -> Everruns:
    """A client of either kind on ``server`` (key ``dev``) that retries quickly."""
    return make_client(api_key="dev", base_url=server.url, backoff=Backoff(initial=0.001, maximum=0.002, jitter=0.0))
