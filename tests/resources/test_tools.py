"""``client.tools``: submit (with its brief retry while the turn is not yet waiting),
sessions that declare local tools, and whole turns whose tool calls run local functions."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

import pytest
import scripted_server as scripted

from everruns import Everruns, LocalTool, TurnFailedError, TurnTimeoutError, errors, tool
from everruns.resources import tools as tools_module
from everruns.resources.tools import tool_definitions
from everruns.testing import LocalServer, ScriptedModel

from .conftest import KEY, Refused

SESSION_ID = "session_" + "0a" * 16
NOT_WAITING = "not_waiting_for_tool_results"


@tool
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@tool
def fail_loudly(reason: str) -> None:
    """A tool that always raises."""
    raise ValueError(reason)


def concat(*parts: str) -> str:
    """Join texts (its parameters cannot be named, so it cannot be a tool)."""
    return "".join(parts)


def tool_results_sent(server: LocalServer) -> list[list[dict]]:
    return [r.json()["tool_results"] for r in server.requests if r.path.endswith("/tool-results")]


class TestRecorded:
    def test_submit_hands_the_waiting_turn_its_results(
        self, recorded_client: Everruns, recorded_model: ScriptedModel
    ) -> None:
        recorded_model.script_tool_calls(
            [{"id": "call_add", "name": "add", "arguments": {"a": 2, "b": 40}}], then_reply="It is 42."
        )
        session_id = recorded_client.tools.create_session([add], harness_name="generic", title="tools").id
        recorded_client.messages.create(session_id, "What is 2 + 40?")
        answer = recorded_client.tools.submit(session_id, [{"tool_call_id": "call_add", "result": 42}])
        assert (answer.accepted, answer.status) == (1, "resumed")

    def test_create_session_declares_the_tools_besides_the_ones_given(self, recorded_client: Everruns) -> None:
        builtin = {"type": "builtin", "name": "web_fetch", "description": "Fetch a page.", "parameters": {}}
        session = recorded_client.tools.create_session(
            [add, fail_loudly], harness_name="generic", title="tools", tools=[builtin]
        )
        assert [t.name for t in session.tools] == ["web_fetch", "add", "fail_loudly"]
        assert session.tools[1].to_dict()["parameters"]["required"] == ["a", "b"]


class TestTurnsWithLocalTools:
    def test_a_turn_calls_two_local_tools_and_an_exception_becomes_an_error_result(
        self, server: LocalServer, client: Everruns
    ) -> None:
        session_id = client.tools.create_session([add, fail_loudly], harness_name="generic").id
        server.model.script_tool_calls(
            [
                {"id": "call_add", "name": "add", "arguments": {"a": 2, "b": 40}},
                {"id": "call_fail", "name": "fail_loudly", "arguments": {"reason": "disk full"}},
            ]
        )
        result = client.tools.run_turn(session_id, "Add, then fail.", tools=[add, fail_loudly])
        assert result.status == "completed"
        assert result.text == "add returned 42. fail_loudly failed: ValueError: disk full."
        assert tool_results_sent(server) == [
            [
                {"tool_call_id": "call_add", "result": 42},
                {"tool_call_id": "call_fail", "error": "ValueError: disk full"},
            ]
        ]

    def test_plain_functions_are_tools_too_and_each_request_of_the_turn_is_answered(
        self, server: LocalServer, client: Everruns
    ) -> None:
        def shout(text: str) -> str:
            """Upper-case a text."""
            return text.upper()

        session_id = client.tools.create_session([shout], harness_name="generic").id
        server.model.script_tool_calls([{"name": "shout", "arguments": {"text": "hi"}}], then_reply="Done.")
        first = client.tools.run_turn(session_id, "Shout hi.", tools=[shout])
        server.model.script_tool_calls([{"name": "shout", "arguments": {"text": "again"}}], then_reply="Again.")
        second = client.tools.run_turn(session_id, "Shout again.", tools=[shout])
        assert (first.text, second.text) == ("Done.", "Again.")
        assert [results[0]["result"] for results in tool_results_sent(server)] == ["HI", "AGAIN"]

    @pytest.mark.parametrize(
        ("local", "known"), [([add, fail_loudly], "add, fail_loudly"), ([], "none")], ids=["two tools", "no tools"]
    )
    def test_a_tool_the_process_does_not_have_is_answered_with_an_error_naming_the_ones_it_has(
        self, server: LocalServer, client: Everruns, local: list[LocalTool], known: str
    ) -> None:
        session_id = client.tools.create_session([add], harness_name="generic").id
        server.model.script_tool_calls([{"id": "call_x", "name": "multiply", "arguments": {}}])
        result = client.tools.run_turn(session_id, "Multiply.", tools=local)
        assert result.text == f"multiply failed: no local tool named 'multiply' ({known})."

    def test_a_local_tool_keeps_the_name_and_description_it_was_given(
        self, server: LocalServer, client: Everruns
    ) -> None:
        plus = LocalTool.from_function(add, name="plus", description="Sum two integers.")
        (declared,) = tool_definitions([plus])
        assert (declared.name, declared.description) == ("plus", "Sum two integers.")
        session_id = client.tools.create_session([plus], harness_name="generic").id
        server.model.script_tool_calls([{"id": "call_plus", "name": "plus", "arguments": {"a": 1, "b": 2}}])
        assert client.tools.run_turn(session_id, "Plus.", tools=[plus]).text == "plus returned 3."

    def test_tools_declared_on_an_agent_serve_its_sessions(self, server: LocalServer, client: Everruns) -> None:
        agent = client.agents.create("calculator", "Use the tools.", tools=tool_definitions([add]))
        assert [t.name for t in client.agents.get(agent.id).tools] == ["add"]
        session_id = client.sessions.create(agent_id=agent.id).id
        server.model.script_tool_calls([{"name": "add", "arguments": {"a": 1, "b": 1}}], then_reply="2")
        assert client.tools.run_turn(session_id, "1 + 1?", tools=[add]).text == "2"

    def test_a_failed_turn_raises(self, server: LocalServer, client: Everruns) -> None:
        session_id = client.tools.create_session([add], harness_name="generic").id
        server.model.script_failure("the model provider failed", code="model_error")
        with pytest.raises(TurnFailedError) as caught:
            client.tools.run_turn(session_id, "Add.", tools=[add])
        assert caught.value.error_code == "model_error"

    def test_a_turn_that_outlasts_the_timeout_raises_and_goes_on(self, server: LocalServer, client: Everruns) -> None:
        @tool
        def slow(seconds: float) -> str:
            """Sleep a while."""
            time.sleep(seconds)
            return "rested"

        session_id = client.tools.create_session([slow], harness_name="generic").id
        (call_id,) = server.model.script_tool_calls(
            [{"name": "slow", "arguments": {"seconds": 1.0}}], then_reply="Rested."
        )
        with pytest.raises(TurnTimeoutError) as caught:
            client.tools.run_turn(session_id, "Rest.", tools=[slow], timeout=0.5)
        assert caught.value.timeout == 0.5
        assert str(caught.value).endswith("did not end within 0.5s; it goes on running")
        assert caught.value.input_message_id in [message.id for message in client.messages.list(session_id).data]
        # The tool outlasts the deadline when its call arrives in time; on a starved machine
        # the call may come after the deadline instead, and is then answered here.
        if not tool_results_sent(server):
            client.tools.submit(session_id, [{"tool_call_id": call_id, "result": "rested"}])
        assert [[result["result"] for result in sent] for sent in tool_results_sent(server)] == [["rested"]]
        assert scripted.wait_until(lambda: turn_ended(client, session_id), timeout=30.0), "the turn did not go on"
        assert not any(request.path.endswith("/cancel") for request in server.requests)


def turn_ended(client: Everruns, session_id: str) -> bool:
    return any(event.type == "turn.completed" for event in client.events.list(session_id).data)


class TestOnlyItsOwnTurn:
    def test_run_turn_answers_the_tool_calls_of_its_own_turn_and_no_other(self) -> None:
        own, other = "message_" + "0b" * 16, "message_" + "0c" * 16
        own_turn, other_turn = "turn_" + "0d" * 16, "turn_" + "0e" * 16
        events = [  # (type, data, context): the foreign calls come before, between and after the own ones
            ("tool.call_requested", {"tool_calls": [call("call_other_1")]}, {"input_message_id": other}),
            ("turn.started", {}, {"input_message_id": own, "turn_id": own_turn}),
            (
                "tool.call_requested",
                {"tool_calls": [call("call_own_1")]},
                {"input_message_id": own, "turn_id": own_turn},
            ),
            ("tool.call_requested", {"tool_calls": [call("call_other_2")]}, {"turn_id": other_turn}),
            ("tool.call_requested", {"tool_calls": [call("call_own_2")]}, {"turn_id": own_turn}),
            (
                "output.message.completed",
                {"message": {"content": [{"type": "text", "text": "3"}]}},
                {"turn_id": own_turn},
            ),
            ("turn.completed", {}, {"turn_id": own_turn}),
        ]
        frames = [
            scripted.event_frame(scripted.event_payload(number, kind, data, **context))
            for number, (kind, data, context) in enumerate(events, start=1)
        ]

        def respond(request: scripted.Request) -> scripted.Reply:
            if request.path.endswith("/events"):
                return scripted.json_reply(200, {"data": []})
            if request.path.endswith("/messages"):
                return scripted.json_reply(201, {"id": own, "role": "user", "content": [], "created_at": NOW})
            if request.path.endswith("/tool-results"):
                return scripted.json_reply(200, {"accepted": 1, "status": "resumed"})
            return scripted.sse_reply(scripted.CONNECTED, *frames, then="hang")

        with scripted.ScriptedServer(respond) as server, Everruns(api_key=KEY, base_url=server.url) as client:
            result = client.tools.run_turn(scripted.SESSION_ID, "Add.", tools=[add], timeout=30.0)
        assert result.text == "3"
        answered = [request.json()["tool_results"] for request in server.requests_to("/tool-results")]
        assert [[result["tool_call_id"] for result in sent] for sent in answered] == [["call_own_1"], ["call_own_2"]]
        assert answered[0] == [{"tool_call_id": "call_own_1", "result": 3}]


NOW = "2026-11-23T10:00:00Z"


def call(call_id: str) -> dict:
    return {"id": call_id, "name": "add", "arguments": {"a": 1, "b": 2}}


def test_submit_pauses_longer_before_each_new_attempt_while_the_turn_is_not_waiting(
    server: LocalServer, client: Everruns
) -> None:
    session_id = client.sessions.create(harness_name="generic").id
    server.model.script_tool_calls([{"id": "call_1", "name": "add", "arguments": {"a": 1, "b": 2}}])
    client.messages.create(session_id, "Add.")
    server.faults.fail_next(3, status=409, code=NOT_WAITING)
    client.tools.submit(session_id, [{"tool_call_id": "call_1", "result": 3}])
    arrived = [request.received_at for request in server.requests if request.path.endswith("/tool-results")]
    gaps = [later - earlier for earlier, later in itertools.pairwise(arrived)]
    assert len(gaps) == 3
    for gap, least in zip(gaps, (0.1, 0.2, 0.4), strict=True):
        assert gap >= least, f"waited {gap:.3f}s where {least}s was due"


class TestSubmitRetries:
    @pytest.fixture(autouse=True)
    def _quick_retries(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(tools_module, "NOT_WAITING_RETRY_DELAYS", (0.001,) * 5)

    def test_results_too_early_are_sent_again_five_times_then_the_conflict_is_raised(
        self, server: LocalServer, client: Everruns
    ) -> None:
        session_id = client.sessions.create(harness_name="generic").id
        with pytest.raises(errors.ConflictError) as caught:
            client.tools.submit(session_id, [{"tool_call_id": "call_1", "result": 1}])
        assert caught.value.code == NOT_WAITING
        assert len(tool_results_sent(server)) == 6

    def test_a_retry_succeeds_once_the_turn_waits(self, server: LocalServer, client: Everruns) -> None:
        session_id = client.sessions.create(harness_name="generic").id
        server.model.script_tool_calls([{"id": "call_1", "name": "add", "arguments": {"a": 1, "b": 2}}])
        client.messages.create(session_id, "Add.")
        deadline = time.monotonic() + 10  # the turn waits: only the two injected conflicts are refused
        while client.sessions.get(session_id).status != "waiting_for_tool_results":
            assert time.monotonic() < deadline, "the turn never asked for the tool's result"
            time.sleep(0.01)
        server.faults.fail_next(2, status=409, code=NOT_WAITING)
        answer = client.tools.submit(session_id, [{"tool_call_id": "call_1", "result": 3}])
        assert answer.accepted == 1
        assert len(tool_results_sent(server)) == 3

    def test_other_conflicts_are_not_retried(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=409, code="session_busy")
        with pytest.raises(errors.ConflictError):
            client.tools.submit(SESSION_ID, [{"tool_call_id": "call_1", "error": "nope"}])
        assert len(server.requests) == 1


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "no results": lambda c: c.tools.submit(SESSION_ID, []),
    "a result without a call id": lambda c: c.tools.submit(SESSION_ID, [{"result": 1}]),
    "a malformed session id": lambda c: c.tools.submit("session_1", [{"tool_call_id": "x", "result": 1}]),
    "two tools of one name": lambda c: c.tools.run_turn(SESSION_ID, "Hi", tools=[add, LocalTool.from_function(add)]),
    "an undocumented function": lambda c: c.tools.run_turn(SESSION_ID, "Hi", tools=[lambda x: x]),
    "a zero timeout": lambda c: c.tools.run_turn(SESSION_ID, "Hi", tools=[add], timeout=0),
    "a session from an undescribable tool": lambda c: c.tools.create_session([concat], harness_name="generic"),
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)

    def test_repeated_tool_names_are_each_named_once(self, refused: Refused) -> None:
        again = [LocalTool.from_function(add), LocalTool.from_function(fail_loudly)]
        error = refused(lambda c: c.tools.run_turn(SESSION_ID, "Hi", tools=[fail_loudly, add, *again, add]))
        assert (str(error), error.field) == ("tool names must be unique, repeated: add, fail_loudly", "tools")
