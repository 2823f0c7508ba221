"""What crosses a process boundary, and how: a turn's result and every model the facade
returns travel as JSON (``to_dict()`` / ``from_dict()``) and by pickle; a client and a page
of a list refuse to travel and say what to do instead; and a child of a process pool that
raises any SDK error delivers it to the parent whole, leaving the pool usable, with the
fork and the spawn start methods.

The errors themselves (pickle, deepcopy, Celery's ``type(e)(*e.args)``) are specified in
test_errors.py; the failures made here come from tests/support/sdk_failures.py, which a
spawned child imports by name.
"""

from __future__ import annotations

import asyncio
import copy
import json
import multiprocessing
import pickle
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import sdk_failures
from sample_images import png

import everruns.types
from everruns import AsyncEverruns, Everruns, errors, tool
from everruns.testing import LocalServer
from everruns.types import TurnResult

CHILD_SECONDS = 60.0  # a pool whose result thread died (the old UnexpectedResponseError) fails instead of hanging
MODELS = sorted(
    name
    for name in everruns.types.__all__
    if getattr(everruns.types, name).__module__.startswith("everruns_api.models.")
)


def through_json(payload: object) -> Any:
    return json.loads(json.dumps(payload))


# --- results travel ----------------------------------------------------------------------------


@tool
def order_status(order_id: str) -> dict[str, str]:
    """Where an order is."""
    return {"order_id": order_id, "status": "shipped"}


def a_turn_with_a_tool_call(client: Everruns, server: LocalServer) -> TurnResult:
    session = client.tools.create_session([order_status], harness_name="generic")
    server.model.script_tool_calls([{"name": "order_status", "arguments": {"order_id": "A-7"}}], then_reply="Shipped.")
    return client.tools.run_turn(session.id, "Where is A-7?", tools=[order_status])


def test_a_turn_result_travels_as_json_and_reads_back_equal(
    everruns_client: Everruns, everruns_server: LocalServer
) -> None:
    result = a_turn_with_a_tool_call(everruns_client, everruns_server)
    arrived = TurnResult.from_dict(through_json(result.to_dict()))
    assert arrived == result
    assert (arrived.text, arrived.status, arrived.turn_id) == ("Shipped.", "completed", result.turn_id)
    assert arrived.input_message_id == result.input_message_id
    assert arrived.message == result.message
    assert [event.type for event in arrived.events] == [event.type for event in result.events]
    assert "tool.call_requested" in [event.type for event in arrived.events]
    assert arrived.events[-1].ts == result.events[-1].ts


def test_the_dict_of_a_turn_result_serves_readers_of_the_json_alone(
    everruns_client: Everruns, everruns_server: LocalServer
) -> None:
    result = a_turn_with_a_tool_call(everruns_client, everruns_server)
    payload = through_json(result.to_dict())
    assert sorted(payload) == ["events", "input_message_id", "message", "status", "text", "turn_id"]
    assert payload["text"] == "Shipped."
    assert payload["status"] == "completed"
    assert payload["turn_id"] == result.turn_id
    assert payload["turn_id"].startswith("turn_")
    assert payload["input_message_id"] == result.input_message_id
    assert payload["message"]["content"] == [{"type": "text", "text": "Shipped."}]
    assert payload["events"] == [event.to_dict() for event in result.events]


def test_a_turn_that_ended_without_a_message_travels_too(
    everruns_client: Everruns, everruns_server: LocalServer
) -> None:
    session = everruns_client.sessions.create(harness_name="generic")
    everruns_server.model.pace(tokens_per_second=1, first_token_delay=30)
    with everruns_client.messages.stream(session.id, "Take your time") as turn:
        for event in turn:
            if event.type == "turn.started":
                everruns_client.sessions.cancel(session.id)
    result = turn.result()
    assert (result.status, result.message, result.text) == ("cancelled", None, "")
    payload = through_json(result.to_dict())
    assert (payload["message"], payload["text"]) == (None, "")
    assert TurnResult.from_dict(payload) == result


def test_a_turn_result_pickles_to_an_equal_one(everruns_client: Everruns, everruns_server: LocalServer) -> None:
    result = a_turn_with_a_tool_call(everruns_client, everruns_server)
    assert pickle.loads(pickle.dumps(result)) == result


def answers_of_every_kind(client: Everruns, server: LocalServer) -> list[Any]:
    """One or more real answers of each model the facade returns."""
    agent = client.agents.create("helper", "You answer.", tags=["travels"])
    first = client.agents.versions.create(agent.id, summary="first")
    client.agents.update(agent.id, system_prompt="You answer briefly.")
    second = client.agents.versions.create(agent.id, change_kind="minor")
    session = client.sessions.create(harness_name="generic", agent_id=agent.id, title="Travels")
    client.messages.send_and_wait(session.id, "Hello")
    server.put_storage_key(session.id, "theme", "dark")
    example = client.capabilities.list_guardrail_examples().data[0]
    workspace = client.workspaces.create("team")
    memory = client.memories.create("docs")
    tool_session = client.tools.create_session([order_status], harness_name="generic")
    (call_id,) = server.model.script_tool_calls([{"name": "order_status", "arguments": {"order_id": "A-7"}}])
    with client.messages.stream(tool_session.id, "Where is A-7?") as turn:
        submitted = []
        for event in turn:
            if event.type == "tool.call_requested":
                submitted.append(client.tools.submit(tool_session.id, [{"tool_call_id": call_id, "result": "ok"}]))
    return [
        agent,
        *client.agents.list(),
        client.agents.stats(agent.id),
        client.agents.analyze("You answer."),
        first,
        second,
        client.agents.versions.diff(agent.id, first.id, second.id),
        client.agents.health_checks.trigger(agent.id),
        session,
        *client.messages.list(session.id),
        client.sessions.cancel(session.id),
        *client.harnesses.list(),
        *client.harnesses.list_examples(),
        *client.models.list(),
        *client.capabilities.list(),
        example,
        client.capabilities.dry_run_guardrails(example.config, "output", "my password is hunter2"),
        client.images.upload(png(), filename="dot.png"),
        client.images.upload_as_part(png()),
        workspace,
        client.workspace_files.create_file(workspace.id, "notes/plan.md", "# Plan\n"),
        *client.workspace_files.grep(workspace.id, "Plan"),
        memory,
        client.memories.files.create_file(memory.id, "readme.md", "hello"),
        *client.memories.files.grep(memory.id, "hello"),
        client.session_databases.create(session.id, "main"),
        client.session_databases.schema(session.id, "main"),
        client.session_storage.set_secrets(session.id, {"TOKEN": "not for travel"}),
        *client.session_storage.list_secrets(session.id),
        *client.session_storage.list_keys(session.id),
        *submitted,
        *answers_about_budgets_and_schedules(client, agent.id, session.id),
    ]


def answers_about_budgets_and_schedules(client: Everruns, agent_id: str, session_id: str) -> list[Any]:
    """Budgets, connections, an agent's triggers and credentials, a session's facets."""
    budget = client.budgets.create("session", session_id, "credits", 3)
    trigger = client.agents.triggers.create(agent_id, cron_expression="0 9 * * 1-5", message="Report.")
    reader = client.agents.create(
        "reader", "You read the docs.", mcp_servers={"docs": {"type": "http", "url": "https://mcp.example.com"}}
    )
    return [
        budget,
        client.budgets.top_up(budget.id, 4, "monthly credits"),
        *client.budgets.ledger(budget.id),
        client.budgets.check(budget.id),
        client.sessions.resume(session_id),
        client.sessions.resolved_model(session_id),
        client.sessions.facets(),
        client.connections.set("daytona", "dtn-not-for-travel"),
        trigger,
        client.agents.triggers.run(agent_id, trigger.id),
        *client.agents.triggers.runs(agent_id, trigger.id),
        client.agents.credentials.create(
            reader.id, label="Docs token", mcp_server_name="docs", tool_name="search", parameter_name="token"
        ),
    ]


def test_every_model_the_facade_returns_travels_as_json_and_reads_back_equal(
    everruns_client: Everruns, everruns_server: LocalServer
) -> None:
    answers = answers_of_every_kind(everruns_client, everruns_server)
    assert {type(answer).__name__ for answer in answers} == set(MODELS)
    for answer in answers:
        arrived = type(answer).from_dict(through_json(answer.to_dict()))
        assert arrived == answer, type(answer).__name__
        assert pickle.loads(pickle.dumps(answer)) == answer


# --- what does not travel ------------------------------------------------------------------------

ONE_CLIENT_PER_PROCESS = "cannot be pickled or copied: create one client per process"
CLIENT_REFUSAL = (
    "an {kind} client cannot be pickled or copied: create one client per process (at module level of a "
    "worker, say) instead of sending one. Creating it before a fork is safe: a forked child opens "
    "connections of its own on first use and never touches the parent's."
)


@pytest.mark.parametrize("send", [pickle.dumps, copy.deepcopy, copy.copy], ids=["pickle", "deepcopy", "copy"])
def test_a_client_refuses_to_travel_and_says_to_create_one_per_process(
    everruns_client: Everruns, send: Callable[[object], object]
) -> None:
    for sent in (everruns_client, everruns_client.with_options(timeout=5)):
        with pytest.raises(TypeError) as refused:
            send(sent)
        assert str(refused.value) == CLIENT_REFUSAL.format(kind="Everruns")


def test_a_resource_refuses_to_travel_for_the_client_it_holds(everruns_client: Everruns) -> None:
    with pytest.raises(TypeError, match=ONE_CLIENT_PER_PROCESS):
        pickle.dumps(everruns_client.agents)


def test_an_asyncio_client_refuses_to_travel_the_same_way(everruns_server: LocalServer) -> None:
    async def refusal() -> str:
        async with AsyncEverruns(api_key="dev", base_url=everruns_server.url) as client:
            with pytest.raises(TypeError) as refused:
                pickle.dumps(client)
            return str(refused.value)

    assert asyncio.run(refusal()) == CLIENT_REFUSAL.format(kind="AsyncEverruns")


PAGE_REFUSAL = (
    "a page of a list ({kind}) cannot be pickled or copied: it fetches its next pages with the client of this "
    "process. Send its items instead: page.data (this page's), or every item read into a list (the models "
    "pickle, and their to_dict() is JSON), or the list's arguments and offset to list again in the other process."
)


def test_a_page_refuses_to_travel_and_says_what_to_send_instead(everruns_client: Everruns) -> None:
    for name in ("first", "second", "third"):
        everruns_client.agents.create(name, "You answer.")
    page = everruns_client.agents.list(limit=2)
    for send in (pickle.dumps, copy.deepcopy):
        with pytest.raises(TypeError) as refused:
            send(page)
        assert str(refused.value) == PAGE_REFUSAL.format(kind="Page")
    assert [agent.name for agent in pickle.loads(pickle.dumps(page.data))] == [agent.name for agent in page.data]
    assert len(pickle.loads(pickle.dumps(list(page)))) == 3


def test_an_asyncio_page_refuses_to_travel_the_same_way(everruns_server: LocalServer) -> None:
    async def refusal() -> str:
        async with AsyncEverruns(api_key="dev", base_url=everruns_server.url) as client:
            page = await client.agents.list()
            with pytest.raises(TypeError) as refused:
                pickle.dumps(page)
            return str(refused.value)

    assert asyncio.run(refusal()) == PAGE_REFUSAL.format(kind="AsyncPage")


# --- process pools -------------------------------------------------------------------------------

FORK_WITH_THREADS = "ignore:This process .* is multi-threaded, use of fork\\(\\) may lead to deadlocks"
START_METHODS = [
    pytest.param("fork", marks=pytest.mark.filterwarnings(FORK_WITH_THREADS)),
    pytest.param("spawn", marks=pytest.mark.slow),  # each child starts an interpreter
]


@pytest.fixture(scope="module")
def failing_server() -> Iterator[LocalServer]:
    """The server the children make their failures against (it accepts sdk_failures.KEY)."""
    with sdk_failures.serve() as running:
        yield running


class Executor:
    """A ``ProcessPoolExecutor`` of two children."""

    def __init__(self, method: str) -> None:
        self.pool = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context(method))

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        return self.pool.submit(function, *args).result(timeout=CHILD_SECONDS)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class Pool:
    """A ``multiprocessing.Pool`` of two children."""

    def __init__(self, method: str) -> None:
        self.pool = multiprocessing.get_context(method).Pool(2)

    def run(self, function: Callable[..., Any], *args: Any) -> Any:
        return self.pool.apply_async(function, args).get(timeout=CHILD_SECONDS)

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def deliveries(pool: Executor | Pool, url: str, reports: Path) -> list[str]:
    """Each failure of sdk_failures raised in a child: what arrived differently from what
    the child raised (nothing, when every error arrives whole)."""
    wrong = []
    for number, name in enumerate(sdk_failures.RECIPES):
        report = reports / f"{number}.json"
        try:
            pool.run(sdk_failures.raise_in_child, name, url, str(report))
        except errors.EverrunsError as error:
            raised = json.loads(report.read_text(encoding="utf-8"))
            if sdk_failures.described(error) != raised or getattr(error, "response", None) is not None:
                wrong.append(f"{name}: {sdk_failures.described(error)} instead of {raised}")
        else:
            wrong.append(f"{name}: nothing was raised")
    return wrong


@pytest.mark.parametrize("method", START_METHODS)
@pytest.mark.parametrize("kind", [Executor, Pool], ids=["ProcessPoolExecutor", "multiprocessing.Pool"])
def test_a_pool_child_delivers_every_sdk_error_whole_and_the_pool_stays_usable(
    kind: type[Executor | Pool], method: str, failing_server: LocalServer, tmp_path: Path
) -> None:
    pool = kind(method)
    try:
        assert deliveries(pool, failing_server.url, tmp_path) == []
        with sdk_failures.client(failing_server.url) as sdk:
            sdk.agents.create("after-the-errors", "You answer.")
        assert "after-the-errors" in pool.run(sdk_failures.list_agent_names, failing_server.url)
    finally:
        pool.close()
