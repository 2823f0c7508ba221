"""``client.sessions``: every method against recorded exchanges, then on a real local server
cancelling a running turn, paging, and the checks made before anything is sent."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer

AGENT_ID = "agent_" + "a1" * 16
HARNESS_ID = "harness_" + "c3" * 16
SESSION_ID = "session_" + "e5" * 16
WORKSPACE_ID = "wsp_" + "f6" * 16
CLIENT_TOOL = {"type": "client_side", "name": "lookup", "description": "Find an invoice.", "parameters": {}}


def make_session(client: Everruns, **options: Any) -> str:
    return client.sessions.create(harness_name="generic", title="Invoice question", **options).id


def post_message(client: Everruns, session_id: str, text: str) -> None:
    """A user message, which starts a turn (messages are not this module's subject)."""
    client.messages.create(session_id, text)


class TestRecorded:
    def test_create_sends_every_optional_field(self, recorded_client: Everruns) -> None:
        agent = recorded_client.agents.create("billing-bot", "You answer billing questions.")
        session = recorded_client.sessions.create(
            harness_name="generic",
            agent_id=agent.id,
            title="Invoice question",
            locale="en-GB",
            model_id="llmsim-echo",
            system_prompt="Be brief.",
            tags=["billing"],
            capabilities=[{"ref": "current_time"}],
            tools=[CLIENT_TOOL],
            initial_files=[{"path": "/invoice.txt", "content": "INV-1"}],
            parallel_tool_calls=True,
            max_iterations=4,
            hints={"channel": "email"},
            workspace_id=WORKSPACE_ID,
            mcp_servers={"docs": {"type": "http", "url": "https://mcp.example.com"}},
            goal="Settle the invoice question",
            source="chat",
        )
        assert session.id.startswith("session_")
        assert (session.goal, session.source) == ("Settle the invoice question", "chat")
        assert (session.agent_id, session.harness_id) == (agent.id, agent.harness_id)
        assert (session.title, session.locale, session.model_id) == ("Invoice question", "en-GB", "llmsim-echo")
        assert session.tags == ["billing"]
        assert session.workspace_id == WORKSPACE_ID

    def test_create_by_agent_name_runs_on_the_agents_harness(self, recorded_client: Everruns) -> None:
        harness = recorded_client.harnesses.create("billing-harness")
        agent = recorded_client.agents.create("billing-bot", "Prompt.", harness_id=harness.id)
        session = recorded_client.sessions.create(agent_name="billing-bot")
        assert (session.agent_id, session.harness_id) == (agent.id, harness.id)

    def test_create_with_a_harness_id_passed_first(self, recorded_client: Everruns) -> None:
        harness = recorded_client.harnesses.create("billing-harness")
        assert recorded_client.sessions.create(harness.id).harness_id == harness.id

    def test_get_returns_the_session(self, recorded_client: Everruns) -> None:
        session_id = make_session(recorded_client)
        session = recorded_client.sessions.get(session_id)
        assert (session.id, session.title, session.status) == (session_id, "Invoice question", "started")

    def test_list_filters_by_agent_and_search(self, recorded_client: Everruns) -> None:
        agent = recorded_client.agents.create("billing-bot", "Prompt.")
        with_agent = make_session(recorded_client, agent_id=agent.id)
        make_session(recorded_client)
        recorded_client.sessions.create(harness_name="generic", title="Weather")
        assert [session.id for session in recorded_client.sessions.list(agent_id=agent.id)] == [with_agent]
        page = recorded_client.sessions.list(search="invoice")
        assert page.total == 2
        assert len(list(page)) == 2

    def test_update_changes_the_given_fields(self, recorded_client: Everruns) -> None:
        session_id = make_session(recorded_client, locale="en-GB")
        updated = recorded_client.sessions.update(
            session_id, title="Refund question", tags=["refund"], goal="Refund the customer"
        )
        assert (updated.title, updated.tags, updated.locale) == ("Refund question", ["refund"], "en-GB")
        assert updated.goal == "Refund the customer"

    def test_delete_removes_the_session(self, recorded_client: Everruns) -> None:
        session_id = make_session(recorded_client)
        assert recorded_client.sessions.delete(session_id) is None
        with pytest.raises(errors.NotFoundError):
            recorded_client.sessions.get(session_id)

    def test_cancel_without_a_running_turn_is_a_no_op(self, recorded_client: Everruns) -> None:
        session_id = make_session(recorded_client)
        assert recorded_client.sessions.cancel(session_id).status == "no_op"

    def test_pin_and_unpin(self, recorded_client: Everruns) -> None:
        session_id = make_session(recorded_client)
        assert recorded_client.sessions.pin(session_id) is None
        assert recorded_client.sessions.get(session_id).is_pinned is True
        assert recorded_client.sessions.unpin(session_id) is None
        assert recorded_client.sessions.get(session_id).is_pinned is False

    def test_export_gives_one_json_message_per_line(self, recorded_client: Everruns) -> None:
        session_id = make_session(recorded_client)
        post_message(recorded_client, session_id, "Where is my invoice?")
        lines = recorded_client.sessions.export(session_id).splitlines()
        first = json.loads(lines[0])
        assert first["role"] == "user"
        assert first["content"][0]["text"] == "Where is my invoice?"


class TestRecordedFacetsAndModels:
    def test_facets_count_the_sessions_by_source_activity_and_agent(self, recorded_client: Everruns) -> None:
        agent = recorded_client.agents.create("billing-bot", "Prompt.")
        make_session(recorded_client, agent_id=agent.id, source="chat")
        make_session(recorded_client)
        facets = recorded_client.sessions.facets()
        assert facets.total == 2
        assert {(f.value, f.count) for f in facets.by_source} == {("api", 1), ("chat", 1)}
        assert [(f.value, f.count) for f in facets.by_agent] == [(agent.id, 1)]
        assert [(f.value, f.count) for f in facets.by_activity] == [("idle", 2)]
        assert recorded_client.sessions.facets(agent_id=agent.id, source="chat").total == 1

    def test_resolved_model_is_the_sessions_own_else_none(self, recorded_client: Everruns) -> None:
        chosen = make_session(recorded_client, model_id="llmsim-echo")
        assert recorded_client.sessions.resolved_model(chosen).model_id == "llmsim-echo"
        assert recorded_client.sessions.resolved_model(make_session(recorded_client)).model_id is None


class TestOnTheServer:
    def test_cancel_stops_a_running_turn(self, server: LocalServer, client: Everruns) -> None:
        session_id = make_session(client, tools=[CLIENT_TOOL])
        server.model.script_tool_calls([{"name": "lookup"}])
        post_message(client, session_id, "Find INV-1")
        deadline = time.monotonic() + 5
        while client.sessions.get(session_id).status != "waiting_for_tool_results":
            assert time.monotonic() < deadline, "the turn never started waiting for the tool"
            time.sleep(0.01)
        assert client.sessions.cancel(session_id).status == "cancelled"

    def test_a_server_error_on_cancel_is_retried(self, server: LocalServer, client: Everruns) -> None:
        session_id = make_session(client)
        server.faults.fail_next(1, status=500)
        assert client.sessions.cancel(session_id).status == "no_op"
        assert [entry.path for entry in server.requests[-2:]] == [f"/api/v1/sessions/{session_id}/cancel"] * 2

    def test_a_server_error_on_create_is_not_retried(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=500)
        with pytest.raises(errors.ServerError):
            make_session(client)
        assert len(server.requests) == 1

    def test_iterating_a_list_fetches_every_page(self, server: LocalServer, client: Everruns) -> None:
        made = [make_session(client) for _ in range(5)]
        server.clear_requests()
        assert [session.id for session in client.sessions.list(limit=2)] == made[::-1]
        assert [entry.query["offset"] for entry in server.requests] == [["0"], ["2"], ["4"]]

    def test_update_sends_only_the_given_fields(self, server: LocalServer, client: Everruns) -> None:
        session_id = make_session(client)
        client.sessions.update(session_id, locale="fr-FR")
        assert server.requests[-1].json() == {"locale": "fr-FR"}

    def test_facets_send_their_filters_as_the_query(self, server: LocalServer, client: Everruns) -> None:
        client.sessions.facets(search="invoice", mine=True)
        assert server.requests[-1].path == "/api/v1/sessions/facets"
        assert server.requests[-1].query == {"search": ["invoice"], "mine": ["true"]}

    def test_create_sends_the_harness_id_given_first(self, server: LocalServer, client: Everruns) -> None:
        harness_id = client.harnesses.create("billing-harness").id
        client.sessions.create(harness_id, title="T")
        assert server.requests[-1].json() == {"harness_id": harness_id, "title": "T"}


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "harness id and name": lambda c: c.sessions.create(HARNESS_ID, harness_name="generic"),
    "agent id and name": lambda c: c.sessions.create(agent_id=AGENT_ID, agent_name="billing-bot"),
    "malformed harness id": lambda c: c.sessions.create("harness_1"),
    "an agent id for the harness": lambda c: c.sessions.create(AGENT_ID),
    "malformed agent id": lambda c: c.sessions.create(agent_id="agent_XYZ"),
    "agent name not a slug": lambda c: c.sessions.create(agent_name="Billing Bot"),
    "harness name not a slug": lambda c: c.sessions.create(harness_name="-generic"),
    "malformed workspace id": lambda c: c.sessions.create(workspace_id="workspace-1"),
    "negative max_iterations": lambda c: c.sessions.create(max_iterations=-2),
    "bad tool": lambda c: c.sessions.create(tools=["lookup"]),
    "list by a malformed agent id": lambda c: c.sessions.list(agent_id="billing-bot"),
    "list limit above 100": lambda c: c.sessions.list(limit=500),
    "list limit not an integer": lambda c: c.sessions.list(limit=True),
    "tags as one string": lambda c: c.sessions.update(SESSION_ID, tags="billing"),
    "facets of a malformed agent id": lambda c: c.sessions.facets(agent_id="billing-bot"),
    "the model of a malformed session id": lambda c: c.sessions.resolved_model("session_1"),
}

HOSTILE_IDS = ["../agents", SESSION_ID + "/../../agents", "session_%2F", "session_" + "E5" * 16, ""]


Refused = Callable[[Callable[[Everruns], object]], errors.ValidationError]


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)

    @pytest.mark.parametrize("session_id", HOSTILE_IDS)
    @pytest.mark.parametrize("method", ["get", "update", "delete", "cancel", "pin", "unpin", "export"])
    def test_a_hostile_session_id_is_refused_without_a_request(
        self, refused: Refused, method: str, session_id: str
    ) -> None:
        assert refused(lambda client: getattr(client.sessions, method)(session_id)).field == "session_id"

    def test_an_unknown_option_is_a_type_error_without_a_request(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(TypeError, match="agent"):
            client.sessions.create(agent="billing-bot")  # type: ignore[call-arg]
        assert server.requests == []
