"""How the two clients type: checked by tests/test_typing.py with mypy --strict. Each
statement marked with an error comment must be reported, with that text; nothing else
may be."""

from __future__ import annotations

from typing import Any

from everruns import AsyncEventStream, AsyncEverruns, AsyncPage, AsyncTurnStream, EventStream, Everruns, Page


def blocking(client: Everruns) -> None:
    agent = client.agents.get("agent_" + "0" * 32)
    name: str = agent.name
    page: Page[Any] = client.agents.list(limit=5)
    stream: EventStream = client.events.stream("session_" + "0" * 32)
    client.agents.get(42)  # error: Argument 1 has incompatible type "int"
    client.agents.create("n", "p", tagz=["x"])  # error: Unexpected keyword argument "tagz"
    print(name, page, stream)


async def awaiting(client: AsyncEverruns) -> None:
    agent = await client.agents.get("agent_" + "0" * 32)
    name: str = agent.name
    missing_await: str = client.agents.get("agent_" + "0" * 32).name  # error: has no attribute "name"
    page: AsyncPage[Any] = await client.agents.list(limit=5)
    async for item in client.agents.list():
        print(item)
    stream: AsyncEventStream = client.events.stream("session_" + "0" * 32)
    turn: AsyncTurnStream = await client.messages.stream("session_" + "0" * 32, "hi")
    await client.agents.get(42)  # error: Argument 1 has incompatible type "int"
    print(name, missing_await, page, stream, turn)
