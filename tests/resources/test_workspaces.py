"""``client.workspaces``: every method against recorded exchanges, then on a real local
server the checks made before anything is sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer

from .conftest import Refused

WORKSPACE_ID = "wsp_" + "ab" * 16


class TestRecorded:
    def test_create_names_and_describes_the_workspace(self, recorded_client: Everruns) -> None:
        workspace = recorded_client.workspaces.create("team-research", description="Q4 research")
        assert workspace.id.startswith("wsp_")
        assert (workspace.name, workspace.description, workspace.status) == ("team-research", "Q4 research", "active")

    def test_get_returns_the_workspace(self, recorded_client: Everruns) -> None:
        workspace_id = recorded_client.workspaces.create("team-research").id
        assert recorded_client.workspaces.get(workspace_id).name == "team-research"

    def test_list_searches_and_shows_archived_workspaces_only_when_asked(self, recorded_client: Everruns) -> None:
        kept = recorded_client.workspaces.create("research-notes").id
        archived = recorded_client.workspaces.create("research-old").id
        recorded_client.workspaces.create("billing")
        recorded_client.workspaces.delete(archived)
        assert [w.name for w in recorded_client.workspaces.list()] == ["billing", "research-notes"]
        assert [w.id for w in recorded_client.workspaces.list(search="research")] == [kept]
        page = recorded_client.workspaces.list(search="research", include_archived=True)
        assert [w.id for w in page] == [kept, archived]
        assert not page.has_next_page()

    def test_update_changes_the_given_fields_and_keeps_the_others(self, recorded_client: Everruns) -> None:
        workspace_id = recorded_client.workspaces.create("team-research", description="Q4").id
        updated = recorded_client.workspaces.update(workspace_id, name="team-notes")
        assert (updated.name, updated.description) == ("team-notes", "Q4")
        archived = recorded_client.workspaces.update(workspace_id, status="archived", description="done")
        assert (archived.status, archived.description) == ("archived", "done")

    def test_delete_archives_the_workspace(self, recorded_client: Everruns) -> None:
        workspace_id = recorded_client.workspaces.create("team-research").id
        assert recorded_client.workspaces.delete(workspace_id) is None
        assert recorded_client.workspaces.get(workspace_id).status == "archived"


class TestOnTheServer:
    def test_update_sends_only_the_given_fields(self, server: LocalServer, client: Everruns) -> None:
        workspace_id = client.workspaces.create("team-research", description="Q4").id
        client.workspaces.update(workspace_id, description="Q1")
        assert server.requests[-1].json() == {"description": "Q1"}

    def test_a_taken_name_is_a_conflict(self, client: Everruns) -> None:
        client.workspaces.create("team-research")
        with pytest.raises(errors.ConflictError) as caught:
            client.workspaces.create("team-research")
        assert caught.value.code == "workspace_name_conflict"

    def test_a_per_call_timeout_reaches_the_transport(self, server: LocalServer, client: Everruns) -> None:
        server.faults.slow(0.5, n=10)
        with pytest.raises(errors.RequestTimeoutError):
            client.workspaces.list(timeout=0.05)


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "blank name": lambda c: c.workspaces.create("  "),
    "malformed id": lambda c: c.workspaces.get("wsp_123"),
    "id of another kind": lambda c: c.workspaces.delete("mem_" + "ab" * 16),
    "traversal in the id": lambda c: c.workspaces.get("../agents"),
    "blank new name": lambda c: c.workspaces.update(WORKSPACE_ID, name=""),
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)

    def test_an_unknown_option_is_a_type_error_without_a_request(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(TypeError, match="tags"):
            client.workspaces.update(WORKSPACE_ID, tags=["x"])  # type: ignore[call-arg]
        assert server.requests == []
