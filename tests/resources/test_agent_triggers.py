"""``client.agents.triggers``: every method against recorded exchanges, then on a real local
server what a run does, and the checks made before anything is sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer

from .conftest import Refused

AGENT_ID = "agent_" + "a1" * 16
TRIGGER_ID = "trigger_" + "b2" * 16
WEEKDAYS_AT_NINE = "0 9 * * 1-5"


def make_agent(client: Everruns) -> str:
    return client.agents.create("reporter", "You write the daily report.").id


class TestRecorded:
    def test_create_schedules_the_agent(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        trigger = recorded_client.agents.triggers.create(
            agent_id, cron_expression=WEEKDAYS_AT_NINE, message="Write today's report.", timezone="Europe/Zurich"
        )
        assert (trigger.agent_id, trigger.trigger_type, trigger.enabled) == (agent_id, "schedule", True)
        assert trigger.config["cron_expression"] == WEEKDAYS_AT_NINE
        assert (trigger.config["message"], trigger.config["timezone"]) == ("Write today's report.", "Europe/Zurich")

    def test_list_get_update_and_delete(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        triggers = recorded_client.agents.triggers
        trigger = triggers.create(agent_id, cron_expression=WEEKDAYS_AT_NINE, message="Report.")
        assert [listed.id for listed in triggers.list(agent_id)] == [trigger.id]
        assert triggers.get(agent_id, trigger.id).config["message"] == "Report."
        paused = triggers.update(agent_id, trigger.id, enabled=False, message="Weekly report.")
        assert (paused.enabled, paused.config["message"]) == (False, "Weekly report.")
        assert triggers.delete(agent_id, trigger.id) is None
        with pytest.raises(errors.NotFoundError) as caught:
            triggers.get(agent_id, trigger.id)
        assert caught.value.code == "trigger_not_found"

    def test_run_posts_the_message_now_and_is_listed_among_the_runs(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        trigger = recorded_client.agents.triggers.create(agent_id, cron_expression=WEEKDAYS_AT_NINE, message="Go.")
        ran = recorded_client.agents.triggers.run(agent_id, trigger.id)
        assert ran.created_session is True
        assert recorded_client.sessions.get(ran.session_id).agent_id == agent_id
        (run,) = recorded_client.agents.triggers.runs(agent_id, trigger.id)
        assert run.status == "completed"


class TestOnTheServer:
    def test_create_sends_the_schedule_and_only_the_options_given(self, server: LocalServer, client: Everruns) -> None:
        agent_id = make_agent(client)
        client.agents.triggers.create(
            agent_id, cron_expression=WEEKDAYS_AT_NINE, message="Go.", session_mode="shared_session"
        )
        assert server.requests[-1].json() == {
            "cron_expression": WEEKDAYS_AT_NINE,
            "message": "Go.",
            "session_mode": "shared_session",
        }

    def test_a_shared_session_trigger_posts_every_run_into_one_session(self, client: Everruns) -> None:
        agent_id = make_agent(client)
        trigger = client.agents.triggers.create(
            agent_id, cron_expression=WEEKDAYS_AT_NINE, message="Go.", session_mode="shared_session"
        )
        first, second = (client.agents.triggers.run(agent_id, trigger.id) for _ in range(2))
        assert (first.created_session, second.created_session) == (True, False)
        assert first.session_id == second.session_id
        assert len(list(client.agents.triggers.runs(agent_id, trigger.id))) == 2

    def test_the_server_refuses_a_cron_expression_it_cannot_read(self, client: Everruns) -> None:
        agent_id = make_agent(client)
        with pytest.raises(errors.BadRequestError) as caught:
            client.agents.triggers.create(agent_id, cron_expression="every morning", message="Go.")
        assert caught.value.code == "invalid_cron_expression"


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "malformed agent id": lambda c: c.agents.triggers.list("agent_1"),
    "blank cron expression": lambda c: c.agents.triggers.create(AGENT_ID, cron_expression=" ", message="Go."),
    "blank message": lambda c: c.agents.triggers.create(AGENT_ID, cron_expression=WEEKDAYS_AT_NINE, message=""),
    "traversal in the trigger id": lambda c: c.agents.triggers.get(AGENT_ID, ".."),
    "blank new message": lambda c: c.agents.triggers.update(AGENT_ID, TRIGGER_ID, message=""),
    "a session mode of another kind": lambda c: c.agents.triggers.create(
        AGENT_ID, cron_expression=WEEKDAYS_AT_NINE, message="Go.", session_mode=["daily"]
    ),
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)

    def test_an_unknown_option_is_a_type_error_without_a_request(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(TypeError, match="cron"):
            client.agents.triggers.create(AGENT_ID, cron_expression="* * * * *", message="Go.", cron="x")  # type: ignore[call-arg]
        assert server.requests == []
