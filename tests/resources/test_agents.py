"""``client.agents``: every method against recorded exchanges, then on a real local server
what a recording cannot show (retries, paging, checks made before anything is sent)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from everruns import Everruns, errors
from everruns.resources.agents import generate_agent_id
from everruns.testing import LocalServer
from everruns_api.models import AgentStatus, ToolDefinitionClientSide

APPLIED_ID = "agent_" + "a1" * 16
OTHER_ID = "agent_" + "b2" * 16
UNREACHABLE = "http://127.0.0.1:9/api"  # nothing listens on the discard port
LOOKUP_TOOL = {"name": "lookup", "description": "Find an invoice.", "parameters": {"type": "object"}}


def make_agent(client: Everruns, name: str = "billing-bot", **options: Any) -> str:
    return client.agents.create(name, "You answer billing questions.", **options).id


def sent(server: LocalServer) -> list[str]:
    return [f"{entry.method} {entry.path}" for entry in server.requests]


class TestRecorded:
    def test_create_sends_every_optional_field(self, recorded_client: Everruns) -> None:
        agent = recorded_client.agents.create(
            "billing-bot",
            "You answer billing questions.",
            display_name="Billing bot",
            description="Answers questions about invoices.",
            harness_name="generic",
            tags=["billing", "support"],
            capabilities=[{"ref": "current_time"}],
            tools=[LOOKUP_TOOL],
            initial_files=[{"path": "/notes.md", "content": "Invoices are monthly."}],
            max_iterations=8,
            parallel_tool_calls=False,
            network_access={"allowed": ["example.com"]},
        )
        assert agent.id.startswith("agent_")
        assert (agent.name, agent.display_name, agent.description) == (
            "billing-bot",
            "Billing bot",
            "Answers questions about invoices.",
        )
        assert agent.tags == ["billing", "support"]
        assert [capability.ref for capability in agent.capabilities] == ["current_time"]
        assert isinstance(agent.tools[0], ToolDefinitionClientSide)
        assert agent.tools[0].name == "lookup"
        assert agent.initial_files[0].path == "/notes.md"
        assert (agent.max_iterations, agent.parallel_tool_calls) == (8, False)
        assert agent.network_access.allowed == ["example.com"]

    def test_apply_creates_the_agent_with_the_chosen_id_then_replaces_it(self, recorded_client: Everruns) -> None:
        created = recorded_client.agents.apply(APPLIED_ID, "applied-bot", "First prompt.")
        replaced = recorded_client.agents.apply(APPLIED_ID, "applied-bot", "Second prompt.", tags=["v2"])
        assert created.id == replaced.id == APPLIED_ID
        assert (replaced.system_prompt, replaced.tags) == ("Second prompt.", ["v2"])

    def test_apply_by_name_replaces_the_agent_of_that_name(self, recorded_client: Everruns) -> None:
        first = recorded_client.agents.apply_by_name("named-bot", "First prompt.")
        second = recorded_client.agents.apply_by_name("named-bot", "Second prompt.")
        assert second.id == first.id
        assert second.system_prompt == "Second prompt."

    def test_get_returns_the_agent_with_its_counts(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        agent = recorded_client.agents.get(agent_id)
        assert (agent.id, agent.name, agent.session_count) == (agent_id, "billing-bot", 0)

    def test_list_searches_and_shows_archived_agents_only_when_asked(self, recorded_client: Everruns) -> None:
        kept = make_agent(recorded_client, "billing-bot")
        archived = make_agent(recorded_client, "billing-archive")
        make_agent(recorded_client, "weather-bot")
        recorded_client.agents.delete(archived)
        assert [agent.id for agent in recorded_client.agents.list(search="billing")] == [kept]
        page = recorded_client.agents.list(search="billing", include_archived=True)
        assert [agent.id for agent in page] == [archived, kept]
        assert page.total == 2

    def test_update_changes_the_given_fields_and_keeps_the_others(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client, tags=["billing"])
        updated = recorded_client.agents.update(agent_id, display_name="Billing", max_iterations=3)
        assert (updated.display_name, updated.max_iterations) == ("Billing", 3)
        assert (updated.system_prompt, updated.tags) == ("You answer billing questions.", ["billing"])

    def test_update_status_archives_and_restores(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        assert recorded_client.agents.update(agent_id, status="archived").status == AgentStatus.ARCHIVED
        assert recorded_client.agents.update(agent_id, status=AgentStatus.ACTIVE).status == AgentStatus.ACTIVE

    def test_delete_archives_the_agent(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        assert recorded_client.agents.delete(agent_id) is None
        assert recorded_client.agents.get(agent_id).status == AgentStatus.ARCHIVED

    def test_copy_makes_a_new_agent_with_the_same_configuration(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client, tags=["billing"])
        copy = recorded_client.agents.copy(agent_id)
        assert copy.id != agent_id
        assert (copy.name, copy.tags, copy.system_prompt) == (
            "billing-bot-copy",
            ["billing"],
            "You answer billing questions.",
        )

    def test_export_gives_text_that_import_agent_reads_back(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client, display_name="Billing bot")
        text = recorded_client.agents.export(agent_id)
        assert isinstance(text, str)
        assert "name: billing-bot" in text
        assert "You answer billing questions." in text
        imported = recorded_client.agents.import_agent(text.replace("billing-bot", "billing-bot-two"))
        assert imported.id != agent_id
        assert (imported.name, imported.display_name) == ("billing-bot-two", "Billing bot")

    def test_import_example_creates_the_named_example(self, recorded_client: Everruns) -> None:
        agent = recorded_client.agents.import_example("greeter")
        assert agent.name == "greeter"
        assert agent.system_prompt

    def test_stats_counts_the_agents_sessions(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        recorded_client.sessions.create(harness_name="generic", agent_id=agent_id, title="Invoice question")
        stats = recorded_client.agents.stats(agent_id)
        assert stats.session_count == 1

    def test_a_name_is_available_until_an_agent_takes_it_but_for_that_agent_itself(
        self, recorded_client: Everruns
    ) -> None:
        assert recorded_client.agents.is_name_available("billing-bot") is True
        agent_id = make_agent(recorded_client)
        assert recorded_client.agents.is_name_available("billing-bot") is False
        assert recorded_client.agents.is_name_available("billing-bot", exclude_id=agent_id) is True

    def test_analyze_reports_findings_about_a_draft(self, recorded_client: Everruns) -> None:
        analysis = recorded_client.agents.analyze("TODO: write me", tools=[LOOKUP_TOOL])
        rules = [finding.rule_id for finding in analysis.findings]
        assert "unfinished-prompt" in rules
        assert "no-tools" not in rules


class TestRecordedVersions:
    def test_create_and_list_versions(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        first = recorded_client.agents.versions.create(agent_id, summary="first cut")
        second = recorded_client.agents.versions.create(agent_id, change_kind="minor")
        assert (first.version, first.summary, second.version) == ("1.0.0", "first cut", "1.1.0")
        assert [version.id for version in recorded_client.agents.versions.list(agent_id)] == [second.id, first.id]

    def test_diff_names_the_changed_fields(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        before = recorded_client.agents.versions.create(agent_id)
        recorded_client.agents.update(agent_id, system_prompt="You answer every question.")
        after = recorded_client.agents.versions.create(agent_id)
        diff = recorded_client.agents.versions.diff(agent_id, before.id, after.id)
        assert (diff.from_version_id, diff.to_version_id) == (before.id, after.id)
        assert set(diff.authored_diff) == {"system_prompt"}

    def test_set_default_chooses_the_version_new_sessions_run(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        recorded_client.agents.versions.create(agent_id)
        second = recorded_client.agents.versions.create(agent_id)
        assert recorded_client.agents.versions.set_default(agent_id, second.id).default_version_id == second.id

    def test_fork_makes_a_new_agent_from_a_version(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        version = recorded_client.agents.versions.create(agent_id)
        fork = recorded_client.agents.versions.fork(agent_id, version.id, "billing-fork", display_name="Fork")
        assert (fork.name, fork.display_name) == ("billing-fork", "Fork")
        assert (fork.forked_from_agent_id, fork.forked_from_version_id) == (agent_id, version.id)

    def test_rollback_restores_a_versions_configuration(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        version = recorded_client.agents.versions.create(agent_id)
        recorded_client.agents.update(agent_id, system_prompt="Changed.")
        restored = recorded_client.agents.versions.rollback(agent_id, version.id, summary="undo")
        assert restored.system_prompt == "You answer billing questions."
        assert recorded_client.agents.versions.list(agent_id).data[0].summary == "undo"


class TestRecordedHealthChecks:
    def test_trigger_list_and_get_runs(self, recorded_client: Everruns) -> None:
        agent_id = make_agent(recorded_client)
        run = recorded_client.agents.health_checks.trigger(agent_id)
        assert [listed.id for listed in recorded_client.agents.health_checks.list(agent_id)] == [run.id]
        fetched = recorded_client.agents.health_checks.get(agent_id, run.id)
        assert (fetched.id, fetched.agent_id) == (run.id, agent_id)


class TestRetries:
    def test_a_server_error_on_apply_is_retried(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=500)
        assert client.agents.apply(APPLIED_ID, "applied-bot", "Prompt.").id == APPLIED_ID
        assert sent(server) == ["POST /api/v1/agents"] * 2

    def test_a_server_error_on_apply_by_name_is_retried(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=500)
        assert client.agents.apply_by_name("named-bot", "Prompt.").name == "named-bot"
        assert sent(server) == ["POST /api/v1/agents"] * 2

    def test_a_server_error_on_create_is_not_retried(self, server: LocalServer, client: Everruns) -> None:
        server.faults.fail_next(1, status=500)
        with pytest.raises(errors.ServerError):
            make_agent(client)
        assert sent(server) == ["POST /api/v1/agents"]


class TestPaging:
    def test_iterating_a_list_fetches_every_page_in_order(self, server: LocalServer, client: Everruns) -> None:
        names = [f"agent-{number:02d}" for number in range(45)]
        for name in names:
            make_agent(client, name)
        server.clear_requests()
        page = client.agents.list(limit=20)
        assert (len(page.data), page.total) == (20, 45)
        assert [agent.name for agent in page] == names
        assert [entry.query["offset"] for entry in server.requests] == [["0"], ["20"], ["40"]]
        assert all(entry.query["limit"] == ["20"] for entry in server.requests)

    def test_a_page_starts_at_the_offset_given(self, server: LocalServer, client: Everruns) -> None:
        for number in range(5):
            make_agent(client, f"agent-{number}")
        assert [agent.name for agent in client.agents.list(offset=3)] == ["agent-3", "agent-4"]


class TestOnTheWire:
    def test_update_sends_only_the_given_fields(self, server: LocalServer, client: Everruns) -> None:
        agent_id = make_agent(client, tags=["billing"])
        client.agents.update(agent_id, display_name="Billing", tags=[])
        assert server.requests[-1].json() == {"display_name": "Billing", "tags": []}

    def test_import_agent_sends_the_text_as_plain_text(self, server: LocalServer, client: Everruns) -> None:
        client.agents.import_agent("---\nname: plain-bot\n---\nYou are plain.\n")
        request = server.requests[-1]
        assert request.headers["content-type"].startswith("text/plain")
        assert request.body == b"---\nname: plain-bot\n---\nYou are plain.\n"

    def test_import_example_names_the_example_in_the_query(self, server: LocalServer, client: Everruns) -> None:
        client.agents.import_example("summarizer")
        assert server.requests[-1].query == {"from-example": ["summarizer"]}

    def test_a_missing_agent_is_a_not_found_error(self, client: Everruns) -> None:
        with pytest.raises(errors.NotFoundError) as caught:
            client.agents.get(OTHER_ID)
        assert caught.value.code == "agent_not_found"


def test_generated_ids_are_fresh_agent_ids(client: Everruns) -> None:
    first, second = generate_agent_id(), client.agents.generate_id()
    assert re.fullmatch(r"agent_[0-9a-f]{32}", first)
    assert re.fullmatch(r"agent_[0-9a-f]{32}", second)
    assert first != second


HOSTILE_IDS = ["../sessions", "agent_" + "a1" * 16 + "/../x", "agent_%2e%2e", "AGENT_" + "A1" * 16, "", " agent_x"]

REFUSED: dict[str, Callable[[Everruns], object]] = {
    "name not a slug": lambda c: c.agents.create("Billing Bot", "Prompt."),
    "name too long": lambda c: c.agents.create("a" * 65, "Prompt."),
    "blank system prompt": lambda c: c.agents.create("billing-bot", "  \n"),
    "both harness id and name": lambda c: c.agents.create(
        "billing-bot", "Prompt.", harness_id="harness_" + "c3" * 16, harness_name="generic"
    ),
    "harness id of another kind": lambda c: c.agents.create("billing-bot", "Prompt.", harness_id=OTHER_ID),
    "harness name not a slug": lambda c: c.agents.create("billing-bot", "Prompt.", harness_name="Generic"),
    "negative max_iterations": lambda c: c.agents.create("billing-bot", "Prompt.", max_iterations=-1),
    "tags as one string": lambda c: c.agents.create("billing-bot", "Prompt.", tags="billing"),
    "unknown tool type": lambda c: c.agents.create("billing-bot", "Prompt.", tools=[{**LOOKUP_TOOL, "type": "x"}]),
    "capability without ref": lambda c: c.agents.create("billing-bot", "Prompt.", capabilities=[{"config": {}}]),
    "apply with a malformed id": lambda c: c.agents.apply("agent_123", "billing-bot", "Prompt."),
    "apply_by_name with a bad name": lambda c: c.agents.apply_by_name("billing_bot", "Prompt."),
    "limit above 100": lambda c: c.agents.list(limit=101),
    "limit of 0": lambda c: c.agents.list(limit=0),
    "negative offset": lambda c: c.agents.list(offset=-1),
    "update to a bad name": lambda c: c.agents.update(OTHER_ID, name="Bad Name"),
    "update to a blank prompt": lambda c: c.agents.update(OTHER_ID, system_prompt=""),
    "update with both harness fields": lambda c: c.agents.update(
        OTHER_ID, harness_id="harness_" + "c3" * 16, harness_name="generic"
    ),
    "name to check not a slug": lambda c: c.agents.is_name_available("Billing Bot"),
    "name to check beside a malformed id": lambda c: c.agents.is_name_available("billing-bot", exclude_id="agent_1"),
    "blank import text": lambda c: c.agents.import_agent(""),
    "blank example name": lambda c: c.agents.import_example(" "),
    "blank prompt to analyze": lambda c: c.agents.analyze(""),
    "malformed version id": lambda c: c.agents.versions.set_default(OTHER_ID, "agentver_1"),
    "diff with an agent id as version": lambda c: c.agents.versions.diff(OTHER_ID, OTHER_ID, OTHER_ID),
    "fork to a bad name": lambda c: c.agents.versions.fork(OTHER_ID, "agentver_" + "d4" * 16, "Fork"),
    "health check run id of dots": lambda c: c.agents.health_checks.get(OTHER_ID, ".."),
}


Refused = Callable[[Callable[[Everruns], object]], errors.ValidationError]


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)

    @pytest.mark.parametrize("agent_id", HOSTILE_IDS)
    @pytest.mark.parametrize(
        "method", ["get", "delete", "copy", "export", "stats", "update", "versions.list", "health_checks.trigger"]
    )
    def test_a_hostile_agent_id_is_refused_without_a_request(
        self, refused: Refused, method: str, agent_id: str
    ) -> None:
        assert refused(lambda client: attrgetter(f"agents.{method}")(client)(agent_id)).field == "agent_id"

    def test_an_unknown_option_is_a_type_error_without_a_request(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(TypeError, match="system_promt"):
            client.agents.update(OTHER_ID, system_promt="typo")  # type: ignore[call-arg]
        assert server.requests == []


@pytest.fixture(scope="module")
def offline_client() -> Iterator[Everruns]:
    """A client whose requests can only fail to connect: a call that gets past the checks says so."""
    with Everruns(api_key="dev", base_url=UNREACHABLE, max_retries=0) as made:
        yield made


@settings(max_examples=300, deadline=None)
@given(agent_id=st.one_of(st.text(), st.from_regex(r"agent_[0-9a-f]{30,34}", fullmatch=True)))
def test_only_well_formed_agent_ids_ever_reach_the_network(offline_client: Everruns, agent_id: str) -> None:
    well_formed = re.fullmatch(r"agent_[0-9a-f]{32}", agent_id) is not None
    with pytest.raises(errors.NetworkError if well_formed else errors.ValidationError):
        offline_client.agents.get(agent_id)
