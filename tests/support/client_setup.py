"""What the client's specifications (tests/client/) share: the key the local server
accepts, a quick backoff, and the class of the blocking client's own specifications."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from scripted_server import json_reply

from everruns import Backoff, Everruns
from everruns.testing import LocalServer

KEY = "evr_pat_localtestkey0123456789"
ORG = "org_" + "cd" * 16
FAST = Backoff(initial=0.01, maximum=0.02, jitter=0.0, retry_after_cap=5.0)
MISSING_AGENT = "agent_" + "0" * 32
EMPTY_EVENTS = json_reply(200, {"data": []})


class BlockingOnly:
    """Specifications of the blocking client alone: threads, fork(), its own httpx client,
    the generated client's sync functions (the asyncio twins are in test_async_client.py)."""

    @pytest.fixture
    def client(self, server: LocalServer) -> Iterator[Everruns]:
        with Everruns(api_key=KEY, base_url=server.url, backoff=FAST) as made:
            yield made


def api_requests(server: LocalServer) -> list[str]:
    """``METHOD /path`` of each API request the server received, oldest first."""
    return [f"{entry.method} {entry.path}" for entry in server.requests]


def make_agent(client: Everruns, name: str = "probe") -> str:
    return client.agents.create(name=name, system_prompt="You probe.").id
