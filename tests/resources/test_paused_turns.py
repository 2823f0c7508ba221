"""A turn a budget pauses (``budget.paused``), on a real local server and both clients:
``send_and_wait``, ``tools.run_turn`` and the turn iterator raise ``BudgetPausedError``
unless asked to wait, and after a top-up and a resume the turn's result holds the whole
reply."""

from __future__ import annotations

import threading
import time

import pytest

from everruns import BudgetPausedError, Everruns, ValidationError, tool
from everruns.testing import LocalServer

TIMEOUT = 30


def budgeted_session(client: Everruns, credits: float = 1, **session_options: object) -> tuple[str, str]:
    """A session whose budget cannot pay for its first reply (each costs 1)."""
    session_id = client.sessions.create(harness_name="generic", **session_options).id  # type: ignore[arg-type]
    return session_id, client.budgets.create("session", session_id, "credits", credits).id


def top_up_and_resume(client: Everruns, session_id: str, budget_id: str) -> None:
    client.budgets.top_up(budget_id, 5, "more")
    client.sessions.resume(session_id)


class TestRaised:
    def test_send_and_wait_raises_with_the_budget_and_where_the_turn_paused(self, client: Everruns) -> None:
        session_id, budget_id = budgeted_session(client)
        with pytest.raises(BudgetPausedError) as caught:
            client.messages.send_and_wait(session_id, "Hello", timeout=TIMEOUT)
        paused = caught.value
        assert (paused.budget_id, paused.balance, paused.currency, paused.session_id) == (
            budget_id,
            1,
            "credits",
            session_id,
        )
        assert str(paused.turn_id).startswith("turn_")
        (event,) = [e for e in client.events.list(session_id) if e.type == "budget.paused"]
        assert (paused.event_id, paused.input_message_id) == (event.id, event.context["input_message_id"])
        assert str(paused) == f"turn paused on budget {budget_id} (1 credits left): top it up and resume the session"

    def test_after_a_top_up_and_a_resume_the_resumed_turn_holds_the_whole_reply(self, client: Everruns) -> None:
        session_id, budget_id = budgeted_session(client)
        with pytest.raises(BudgetPausedError) as caught:
            client.messages.send_and_wait(session_id, "Hello there", timeout=TIMEOUT)
        top_up_and_resume(client, session_id, budget_id)
        with client.messages.resume(session_id, caught.value.event_id, timeout=TIMEOUT) as turn:
            result = turn.wait()
        assert (result.status, result.text) == ("completed", "You said: Hello there")
        assert result.events[0].type == "budget.resumed"

    def test_the_turn_iterator_raises_once_it_reaches_the_pause(self, client: Everruns) -> None:
        session_id, _ = budgeted_session(client)
        seen: list[str] = []
        with client.messages.stream(session_id, "Hello", timeout=TIMEOUT) as turn, pytest.raises(BudgetPausedError):
            seen.extend(event.type for event in turn)
        assert seen == ["input.message", "turn.started", "budget.exhausted"]

    def test_a_turn_with_client_side_tools_raises_too(self, client: Everruns) -> None:
        @tool
        def lookup(query: str) -> str:
            """Look something up."""
            return query

        session_id, _ = budgeted_session(client, tools=[lookup.definition])
        with pytest.raises(BudgetPausedError):
            client.tools.run_turn(session_id, "Hello", tools=[lookup], timeout=TIMEOUT)


class TestWaited:
    def test_send_and_wait_waits_through_the_pause_when_asked(self, client: Everruns) -> None:
        session_id, budget_id = budgeted_session(client)
        helper = Everruns(api_key="dev", base_url=client.base_url)

        def pay_later() -> None:
            while "budget.paused" not in [e.type for e in helper.events.list(session_id)]:
                time.sleep(0.05)
            top_up_and_resume(helper, session_id, budget_id)

        payer = threading.Thread(target=pay_later, daemon=True)
        payer.start()
        result = client.messages.send_and_wait(session_id, "Hello", timeout=TIMEOUT, on_pause="wait")
        payer.join(TIMEOUT)
        helper.close()
        assert result.text == "You said: Hello"
        types = [event.type for event in result.events]
        assert types.index("budget.paused") < types.index("budget.resumed") < types.index("output.message.started")


def test_on_pause_is_raise_or_wait_and_checked_before_sending(server: LocalServer, client: Everruns) -> None:
    with pytest.raises(ValidationError, match="on_pause") as refused:
        client.messages.send_and_wait("session_" + "1" * 32, "Hello", on_pause="ignore")  # type: ignore[arg-type]
    assert refused.value.field == "on_pause"
    assert server.requests == []
