"""examples/celery_tasks.py under a real Celery worker (started here, in-memory broker and
result backend), with the JSON and the pickle serializers, against a local server: a turn's
result arrives as JSON, an SDK error arrives whole, and rate limits and server errors are
retried by Celery after the wait the server asked for."""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Iterator
from types import ModuleType

import pytest

from everruns import Everruns, NotFoundError, ServerError
from everruns.testing import LocalServer
from everruns.types import TurnResult

from .conftest import EXAMPLES, require

RESULT_SECONDS = 60.0
MISSING_AGENT = "agent_" + "0" * 32


def load_tasks(name: str) -> ModuleType:
    """examples/celery_tasks.py as a fresh module called ``name``: its own Celery app and
    client. (Celery shares each task with every app made later: one name per load keeps
    two loads' tasks from colliding.)"""
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / "celery_tasks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(turn_delay=0.001) as running:
        yield running


@pytest.fixture(scope="module", params=["json", "pickle"])
def tasks(request: pytest.FixtureRequest, server: LocalServer) -> Iterator[ModuleType]:
    """The example's tasks, served by a worker whose tasks and results travel with the
    serializer named by the parameter."""
    require("celery", importlib.util.find_spec("celery") is not None)
    from celery.contrib.testing.worker import start_worker

    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("EVERRUNS_API_URL", server.url)
        environment.setenv("EVERRUNS_API_KEY", "dev")
        environment.setenv("CELERY_BROKER_URL", "memory://")
        environment.setenv("CELERY_RESULT_BACKEND", "cache+memory://")
        module = load_tasks(f"celery_tasks_{request.param}")
    serializer = request.param
    module.app.conf.update(
        task_serializer=serializer,
        result_serializer=serializer,
        accept_content=[serializer],
        result_accept_content=[serializer],
    )
    with leaving_logging_alone(), start_worker(module.app, perform_ping_check=False, shutdown_timeout=30):
        yield module
    module.client.close()


@contextlib.contextmanager
def leaving_logging_alone() -> Iterator[None]:
    """A worker started meanwhile leaves the process's logging as it is (Celery configures
    it only when nothing listens to ``setup_logging``), so that later tests still see the
    SDK's warnings."""
    from celery.signals import setup_logging

    def leave_alone(**_: object) -> None:
        """Logging stays as the test run set it."""

    setup_logging.connect(leave_alone)
    try:
        yield
    finally:
        setup_logging.disconnect(leave_alone)


@pytest.fixture
def client(server: LocalServer) -> Iterator[Everruns]:
    """The caller's own client (and a server that has forgotten earlier tests' requests and faults)."""
    server.faults.reset()
    server.clear_requests()
    with Everruns(api_key="dev", base_url=server.url) as made:
        yield made


def test_a_task_runs_a_turn_with_a_tool_and_its_result_arrives_as_json(
    tasks: ModuleType, server: LocalServer, client: Everruns
) -> None:
    session = client.tools.create_session([tasks.order_status], harness_name="generic")
    server.model.script_tool_calls([{"name": "order_status", "arguments": {"order_id": "A-7"}}])
    payload = tasks.answer.delay(session.id, "Where is A-7?").get(timeout=RESULT_SECONDS)
    assert isinstance(payload, dict)
    result = TurnResult.from_dict(payload)
    assert result.status == "completed"
    assert "shipped" in result.text
    assert "DHL" in result.text
    assert payload["text"] == result.text
    (submitted,) = [r for r in server.requests if r.path.endswith("/tool-results")]
    assert submitted.json()["tool_results"][0]["result"]["carrier"] == "DHL"


def test_an_sdk_error_reaches_the_caller_with_its_status_and_code(tasks: ModuleType, client: Everruns) -> None:
    with pytest.raises(NotFoundError) as caught:
        tasks.agent_card.delay(MISSING_AGENT).get(timeout=RESULT_SECONDS)
    error = caught.value
    assert (error.status_code, error.code) == (404, "agent_not_found")
    assert error.request_id is not None
    assert error.request_id.startswith("req_")
    assert str(error) == f"404 agent_not_found: {error.detail} (request {error.request_id})"


def agent_reads(server: LocalServer, agent_id: str) -> list[float]:
    """When the server received each read of the agent."""
    return [r.received_at for r in server.requests if r.method == "GET" and r.path.endswith(agent_id)]


@pytest.mark.parametrize(
    "fault", [{"status": 429, "retry_after": 1}, {"status": 503, "retry_after_seconds": 1}], ids=["429", "503"]
)
def test_celery_retries_a_rate_limit_or_server_error_after_the_wait_the_server_asked_for(
    tasks: ModuleType, server: LocalServer, client: Everruns, fault: dict[str, int]
) -> None:
    agent = client.agents.create("retried", "You answer.")
    server.faults.fail_next(1, **fault)
    card = tasks.agent_card.delay(agent.id).get(timeout=RESULT_SECONDS)
    assert card["id"] == agent.id
    failed, succeeded = agent_reads(server, agent.id)
    assert succeeded - failed >= 0.9  # the server asked for 1 s; no upper bound (a busy machine)


def test_once_the_retries_are_used_up_the_last_error_reaches_the_caller(
    tasks: ModuleType, server: LocalServer, client: Everruns, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks.agent_card, "max_retries", 2)
    monkeypatch.setattr(tasks.agent_card, "default_retry_delay", 0.05)
    agent = client.agents.create("unlucky", "You answer.")
    server.faults.fail_next(3, status=503)
    with pytest.raises(ServerError) as caught:
        tasks.agent_card.delay(agent.id).get(timeout=RESULT_SECONDS)
    assert (caught.value.status_code, caught.value.code) == (503, "service_unavailable")
    assert caught.value.retry_after is None
    assert len(agent_reads(server, agent.id)) == 3
