"""``client.budgets`` and a session's budgets: every method against recorded exchanges,
then on a real local server what is sent, and the checks made before anything is sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer

from .conftest import Refused

BUDGET_ID = "bdgt_" + "c3" * 16
SESSION_ID = "session_" + "e5" * 16


def new_session(client: Everruns) -> str:
    return client.sessions.create(harness_name="generic", title="Budgeted").id


class TestRecorded:
    def test_create_caps_a_session_and_its_balance_is_its_limit(self, recorded_client: Everruns) -> None:
        session_id = new_session(recorded_client)
        budget = recorded_client.budgets.create(
            "session", session_id, "usd", 10.0, soft_limit=2.5, metadata={"team": "billing"}
        )
        assert (budget.subject_type, budget.subject_id, budget.currency) == ("session", session_id, "usd")
        assert (budget.limit, budget.balance, budget.soft_limit, budget.status) == (10.0, 10.0, 2.5, "active")

    def test_list_get_update_check_and_delete(self, recorded_client: Everruns) -> None:
        session_id = new_session(recorded_client)
        budgets = recorded_client.budgets
        budget = budgets.create("session", session_id, "credits", 5)
        budgets.create("organization", "org_" + "0" * 32, "usd", 100)
        assert [b.id for b in budgets.list(subject_type="session", subject_id=session_id)] == [budget.id]
        assert budgets.get(budget.id).balance == 5
        assert budgets.update(budget.id, limit=8).balance == 8
        assert budgets.check(budget.id).action == "continue"
        assert budgets.delete(budget.id) is None
        with pytest.raises(errors.NotFoundError) as caught:
            budgets.get(budget.id)
        assert caught.value.code == "budget_not_found"

    def test_top_up_credits_the_balance_and_the_ledger_says_so(self, recorded_client: Everruns) -> None:
        budget = recorded_client.budgets.create("session", new_session(recorded_client), "credits", 1)
        assert recorded_client.budgets.top_up(budget.id, 4, "monthly credits").balance == 5
        (entry,) = recorded_client.budgets.ledger(budget.id)
        assert (entry.amount, entry.meter_source, entry.description) == (-4, "top_up", "monthly credits")

    def test_a_sessions_budgets_their_check_and_resume(self, recorded_client: Everruns) -> None:
        session_id = new_session(recorded_client)
        budget = recorded_client.budgets.create("session", session_id, "credits", 3)
        assert [b.id for b in recorded_client.sessions.budgets(session_id)] == [budget.id]
        assert recorded_client.sessions.budget_check(session_id).action == "continue"
        resumed = recorded_client.sessions.resume(session_id)
        assert (resumed.session_id, resumed.resumed_budgets) == (session_id, 0)


class TestOnTheServer:
    def test_create_sends_the_four_fields_and_only_the_options_given(
        self, server: LocalServer, client: Everruns
    ) -> None:
        client.budgets.create("agent", "agent_" + "a1" * 16, "tokens", 5000, period={"type": "calendar", "unit": "day"})
        assert server.requests[-1].json() == {
            "subject_type": "agent",
            "subject_id": "agent_" + "a1" * 16,
            "currency": "tokens",
            "limit": 5000,
            "period": {"type": "calendar", "unit": "day"},
        }

    def test_the_ledger_pages_through_every_entry(self, server: LocalServer, client: Everruns) -> None:
        budget = client.budgets.create("session", new_session(client), "credits", 1)
        for amount in range(1, 6):
            client.budgets.top_up(budget.id, amount)
        page = client.budgets.ledger(budget.id, limit=2)
        assert [entry.amount for entry in page.data] == [-1, -2]
        assert [entry.amount for entry in page] == [-1, -2, -3, -4, -5]
        assert [r.query.get("offset") for r in server.requests if r.path.endswith("/ledger")] == [
            ["0"],
            ["2"],
            ["4"],
        ]


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "an unknown subject type": lambda c: c.budgets.create("planet", "earth", "usd", 1),
    "a negative limit": lambda c: c.budgets.create("session", SESSION_ID, "usd", -1),
    "a limit that is not a number": lambda c: c.budgets.create("session", SESSION_ID, "usd", "10"),  # type: ignore[arg-type]
    "a limit that is not finite": lambda c: c.budgets.create("session", SESSION_ID, "usd", float("nan")),
    "a blank currency": lambda c: c.budgets.create("session", SESSION_ID, " ", 1),
    "a negative soft limit": lambda c: c.budgets.create("session", SESSION_ID, "usd", 5, soft_limit=-1),
    "a top-up of nothing": lambda c: c.budgets.top_up(BUDGET_ID, 0),
    "a top-up that is a bool": lambda c: c.budgets.top_up(BUDGET_ID, True),
    "a new limit below zero": lambda c: c.budgets.update(BUDGET_ID, limit=-3),
    "traversal in the budget id": lambda c: c.budgets.get(".."),
    "a ledger page above 100": lambda c: c.budgets.ledger(BUDGET_ID, limit=101),
    "list by an unknown subject type": lambda c: c.budgets.list(subject_type="planet"),
    "the budgets of a malformed session": lambda c: c.sessions.budgets("session_1"),
    "resume a malformed session": lambda c: c.sessions.resume("../agents"),
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)

    def test_an_unknown_option_or_filter_is_a_type_error_without_a_request(
        self, server: LocalServer, client: Everruns
    ) -> None:
        with pytest.raises(TypeError, match="ceiling"):
            client.budgets.create("session", SESSION_ID, "usd", 1, ceiling=2)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="owner"):
            client.budgets.list(owner="me")  # type: ignore[call-arg]
        assert server.requests == []
