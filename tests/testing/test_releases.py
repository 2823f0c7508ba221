"""``LocalServer(release=...)``: answering like an older Everruns release, and the SDK's
everyday flow against it."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from everruns import Everruns
from everruns.testing import LocalServer
from everruns.testing._releases import FIELDS_ADDED, RELEASE_ENV
from everruns.types import Agent, Session
from everruns_api import _reading

FAST_TURNS = 0.001
OLDEST = "2026-04-14"  # before every field the table lists
NEWEST_AGENT_FIELDS = {"harness_id"}  # 2026-07-09
AUGUST_AGENT_FIELDS = {"effective_harness"}  # 2026-08-22
AUGUST_SESSION_FIELDS = {"activity", "goal", "source"}  # 2026-08-22
AGENT_LINKS_AND_COUNTS = {"session_count", "app_count", "ui_link", "self_url", "view_url"}


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    """Each test sees the SDK's once-per-field warnings as a new process would."""
    _reading._warned.clear()
    yield
    _reading._warned.clear()


@pytest.fixture
def no_release_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RELEASE_ENV, raising=False)


def everyday_flow(server: LocalServer) -> tuple[Agent, Session, str]:
    """Create an agent, a session with it, and run one turn: what ``python -m everruns`` does."""
    with Everruns(api_key="dev", base_url=server.url) as client:
        agent = client.agents.create("older-release", "You answer briefly.")
        session = client.sessions.create(harness_name="generic", agent_id=agent.id, title="Old server")
        reply = client.messages.send_and_wait(session.id, "Hello!", timeout=30)
        fetched = client.agents.get(agent.id)
        listed = list(client.agents.list())
        assert [item.id for item in listed] == [agent.id]
        assert client.sessions.get(session.id).id == session.id
        return fetched, client.sessions.get(session.id), reply.text


class TestAnswers:
    def test_the_latest_release_answers_every_field(self, no_release_in_the_environment: None) -> None:
        with LocalServer(turn_delay=FAST_TURNS) as server, Everruns(api_key="dev", base_url=server.url) as client:
            assert server.release is None
            agent = client.agents.create("latest", "Prompt.")
            raw = client.api.get_httpx_client().get(f"v1/agents/{agent.id}").json()
        assert set(FIELDS_ADDED["agent"]) <= set(raw)

    @pytest.mark.parametrize(
        ("release", "agent_lacks", "session_lacks"),
        [
            ("2026-08-21", AUGUST_AGENT_FIELDS, AUGUST_SESSION_FIELDS),
            ("2026-07-08", {"harness_id", *AUGUST_AGENT_FIELDS}, AUGUST_SESSION_FIELDS),
            ("2026-06-13", {"harness_id", *AUGUST_AGENT_FIELDS}, {"workspace_id", *AUGUST_SESSION_FIELDS}),
            (
                "2026-05-06",
                {"harness_id", "session_count", "app_count", "ui_link", *AUGUST_AGENT_FIELDS},
                {"workspace_id", "owner_principal_id", "ui_link", *AUGUST_SESSION_FIELDS},
            ),
            (
                OLDEST,
                NEWEST_AGENT_FIELDS | AGENT_LINKS_AND_COUNTS | AUGUST_AGENT_FIELDS,
                {"workspace_id", "owner_principal_id", "ui_link", *AUGUST_SESSION_FIELDS},
            ),
        ],
    )
    def test_an_older_release_leaves_out_the_fields_added_since(
        self, release: str, agent_lacks: set[str], session_lacks: set[str]
    ) -> None:
        with LocalServer(turn_delay=FAST_TURNS, release=release) as server:
            http = Everruns(api_key="dev", base_url=server.url).api.get_httpx_client()
            agent = http.post("v1/agents", json={"name": "old", "system_prompt": "Prompt."}).json()
            session = http.post("v1/sessions", json={"agent_id": agent["id"]}).json()
            read = http.get(f"v1/agents/{agent['id']}").json()
            listed = http.get("v1/agents").json()["data"][0]
            sessions = http.get("v1/sessions").json()["data"][0]
            http.close()
        for answer in (read, listed):
            assert set(FIELDS_ADDED["agent"]) - set(answer) == agent_lacks
        counts = {"session_count", "app_count", "effective_harness"}  # answers to create never carry them
        assert set(FIELDS_ADDED["agent"]) - counts - set(agent) == agent_lacks - counts
        for answer in (session, sessions):
            assert set(FIELDS_ADDED["session"]) - set(answer) == session_lacks
        assert {"id", "name", "created_at"} <= set(read)

    def test_the_environment_chooses_the_release_when_the_code_does_not(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv(RELEASE_ENV, "2026-06-13")
        assert LocalServer().release == "2026-06-13"
        assert LocalServer(release="latest").release is None
        assert LocalServer(release="2026-01-02").release == "2026-01-02"

    def test_a_release_that_is_not_a_date_is_refused(self) -> None:
        with pytest.raises(ValueError, match="release must be a date"):
            LocalServer(release="last week")


class TestTheSdkAgainstAnOlderRelease:
    def test_the_everyday_flow_runs_and_says_once_what_the_server_left_out(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.WARNING, logger="everruns")
        with LocalServer(turn_delay=FAST_TURNS, release=OLDEST) as server:
            agent, session, reply = everyday_flow(server)
        assert "Hello!" in reply
        assert agent.harness_id is None
        assert agent.name == "older-release"
        assert not agent.session_count  # left out: UNSET, an optional field
        assert session.workspace_id is None
        assert session.owner_principal_id is None
        assert session.organization_id  # what the release did send reads as usual
        lines = [record.getMessage().split(":")[0] for record in caplog.records if record.name == "everruns"]
        assert sorted(lines) == ["Agent.harness_id", "Session.owner_principal_id", "Session.workspace_id"]

    @pytest.mark.slow
    def test_python_m_everruns_runs_end_to_end_against_it(self) -> None:
        environment = {name: value for name, value in os.environ.items() if not name.startswith("EVERRUNS_")} | {
            RELEASE_ENV: OLDEST
        }
        result = subprocess.run(
            [sys.executable, "-m", "everruns", "Hello from an old server"],
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        output = json.loads(result.stdout[result.stdout.index("{") :])
        assert output["agent_id"].startswith("agent_")
        assert output["session_id"].startswith("session_")
        assert "Hello from an old server" in output["reply"]
        assert result.stderr == "", "the flow reads no field the older release leaves out, so nothing to warn of"


def test_the_generated_client_reads_an_older_release_too() -> None:
    from everruns_api.api.agents import get_agent, list_agents

    with (
        LocalServer(turn_delay=FAST_TURNS, release=OLDEST) as server,
        Everruns(api_key="dev", base_url=server.url) as client,
    ):
        agent_id = client.agents.create("through-the-api", "Prompt.").id
        agent = get_agent.sync(agent_id, client=client.api)
        page = list_agents.sync(client=client.api)
    assert isinstance(agent, Agent)
    assert (agent.id, agent.harness_id) == (agent_id, None)
    assert page is not None
    assert [item.name for item in page.data] == ["through-the-api"]
