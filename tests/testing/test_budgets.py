"""The local server's budgets: what each reply spends, the warning below a soft limit, the
turn that pauses when a budget cannot pay, and the top-up and resume that let it go on."""

from __future__ import annotations

from typing import Any

import pytest

Json = dict[str, Any]
ORG_BUDGET_SUBJECT = "organization"


def budget(api: Any, subject_type: str, subject_id: str, limit: float, **fields: Any) -> Json:
    reply = api.post(
        "/v1/budgets",
        {"subject_type": subject_type, "subject_id": subject_id, "currency": "credits", "limit": limit, **fields},
    )
    assert reply.status == 201, reply.body
    return dict(reply.json())


def types(events: list[Json]) -> list[str]:
    return [event["type"] for event in events]


def test_each_reply_spends_the_price_from_every_budget_covering_the_session(server: Any, api: Any) -> None:
    agent = api.post("/v1/agents", {"name": "spender", "system_prompt": "Spend."}).json()
    session_id = api.new_session(agent_id=agent["id"])["id"]
    own, agents, other = (
        budget(api, "session", session_id, 10),
        budget(api, "agent", agent["id"], 10),
        budget(api, "session", "session_" + "0" * 32, 10),
    )
    server.model.price(per_reply=2.5)
    api.say(session_id, "Hello")
    api.wait_for_turns(session_id)
    balances = [api.get(f"/v1/budgets/{b['id']}").json()["balance"] for b in (own, agents, other)]
    assert balances == [7.5, 7.5, 10]
    (entry,) = api.get(f"/v1/budgets/{own['id']}/ledger").json()
    assert (entry["amount"], entry["meter_source"]) == (2.5, "reply")


def test_a_reply_that_crosses_the_soft_limit_warns_once(api: Any) -> None:
    session_id = api.new_session()["id"]
    budget(api, "session", session_id, 4, soft_limit=2.5)
    for text in ("one", "two", "three"):
        api.say(session_id, text)
    events = api.wait_for_turns(session_id, 3)
    warnings = [e for e in events if e["type"] == "budget.warning"]
    assert len(warnings) == 1
    assert (warnings[0]["data"]["balance"], warnings[0]["data"]["soft_limit"]) == (2, 2.5)
    assert types(events).index("budget.warning") < types(events).index("output.message.started", 8)


def test_a_reply_the_budget_cannot_pay_for_pauses_the_turn_until_a_top_up_and_a_resume(api: Any) -> None:
    session_id = api.new_session()["id"]
    spent = budget(api, "session", session_id, 1)
    message = api.say(session_id, "Hello")
    events = api.wait_for_type(session_id, "budget.paused")
    assert types(events)[-3:] == ["turn.started", "budget.exhausted", "budget.paused"]
    paused = events[-1]
    assert paused["context"]["input_message_id"] == message["id"]
    assert paused["data"] == {
        "budget_id": spent["id"],
        "balance": 1,
        "limit": 1,
        "currency": "credits",
        "soft_limit": None,
        "message": "waiting for a top-up and a resume",
    }
    session = api.get(f"/v1/sessions/{session_id}").json()
    assert (session["activity"], api.get(f"/v1/budgets/{spent['id']}").json()["status"]) == ("paused", "paused")
    assert api.get(f"/v1/sessions/{session_id}/budget-check").json()["action"] == "pause"

    assert api.post(f"/v1/sessions/{session_id}/resume").json()["resumed_budgets"] == 0, "no balance yet"
    api.post(f"/v1/budgets/{spent['id']}/top-up", {"amount": 5})
    assert api.get(f"/v1/budgets/{spent['id']}").json()["status"] == "paused", "a top-up alone does not resume"
    assert api.post(f"/v1/sessions/{session_id}/resume").json() == {"resumed_budgets": 1, "session_id": session_id}
    events = api.wait_for_turns(session_id)
    after = types(events)[types(events).index("budget.paused") + 1 :]
    assert after[0] == "budget.resumed"
    assert after[-2:] == ["output.message.completed", "turn.completed"]
    assert "output.message.delta" not in types(events)[: types(events).index("budget.resumed")], "nothing before"
    assert api.get(f"/v1/sessions/{session_id}").json()["activity"] == "completed"
    assert api.get(f"/v1/budgets/{spent['id']}").json()["balance"] == 5


def test_a_paused_turn_is_cancelled_like_any_other(api: Any) -> None:
    session_id = api.new_session()["id"]
    budget(api, "session", session_id, 1)
    api.say(session_id, "Hello")
    api.wait_for_type(session_id, "budget.paused")
    assert api.post(f"/v1/sessions/{session_id}/cancel").json()["status"] == "cancelled"
    assert types(api.wait_for_turns(session_id))[-1] == "turn.cancelled"


def test_a_deleted_budget_lets_its_paused_turn_go_on(api: Any) -> None:
    session_id = api.new_session()["id"]
    spent = budget(api, "session", session_id, 1)
    api.say(session_id, "Hello")
    api.wait_for_type(session_id, "budget.paused")
    api.delete(f"/v1/budgets/{spent['id']}")
    assert types(api.wait_for_turns(session_id))[-1] == "turn.completed"


@pytest.mark.parametrize(("price", "balance"), [(0, 1), (0.25, 0.75)])
def test_the_price_of_a_reply_is_the_models(server: Any, api: Any, price: float, balance: float) -> None:
    session_id = api.new_session()["id"]
    free = budget(api, "session", session_id, 1)
    server.model.price(per_reply=price)
    api.say(session_id, "Hello")
    assert types(api.wait_for_turns(session_id))[-1] == "turn.completed"
    assert api.get(f"/v1/budgets/{free['id']}").json()["balance"] == balance


def test_a_negative_price_is_refused(server: Any) -> None:
    with pytest.raises(ValueError, match="per_reply"):
        server.model.price(per_reply=-1)


def test_budget_check_says_warn_below_the_soft_limit_and_continue_otherwise(api: Any) -> None:
    session_id = api.new_session()["id"]
    assert api.get(f"/v1/sessions/{session_id}/budget-check").json() == {"action": "continue"}
    low = budget(api, ORG_BUDGET_SUBJECT, "org_" + "1" * 32, 10, soft_limit=20)
    check = api.get(f"/v1/budgets/{low['id']}/check").json()
    assert (check["action"], check["budget_id"], check["balance"]) == ("warn", low["id"], 10)
