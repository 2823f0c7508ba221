"""``client.harnesses``: every method against recorded exchanges, then on a real local
server the checks made before anything is sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer
from everruns_api.models import HarnessStatus

HARNESS_ID = "harness_" + "c3" * 16


class TestRecorded:
    def test_create_sends_every_optional_field(self, recorded_client: Everruns) -> None:
        parent = recorded_client.harnesses.create("base-harness")
        harness = recorded_client.harnesses.create(
            "billing-harness",
            display_name="Billing",
            description="For billing agents.",
            system_prompt="Money matters.",
            default_model_id="llmsim-echo",
            parent_harness_id=parent.id,
            tags=["billing"],
            capabilities=[{"ref": "web_fetch"}],
            initial_files=[{"path": "/rates.csv", "content": "a,b"}],
            embedder_metadata={"team": "billing"},
            network_access={"blocked": ["example.org"]},
        )
        assert harness.id.startswith("harness_")
        assert (harness.name, harness.display_name, harness.system_prompt) == (
            "billing-harness",
            "Billing",
            "Money matters.",
        )
        assert harness.parent_harness_id == parent.id
        assert [capability.ref for capability in harness.capabilities] == ["web_fetch"]
        assert harness.embedder_metadata.to_dict() == {"team": "billing"}

    def test_get_returns_the_harness_with_its_counts(self, recorded_client: Everruns) -> None:
        harness_id = recorded_client.harnesses.create("billing-harness").id
        harness = recorded_client.harnesses.get(harness_id)
        assert (harness.id, harness.name, harness.session_count) == (harness_id, "billing-harness", 0)

    def test_list_searches_and_shows_archived_harnesses_only_when_asked(self, recorded_client: Everruns) -> None:
        kept = recorded_client.harnesses.create("billing-harness").id
        archived = recorded_client.harnesses.create("billing-old").id
        recorded_client.harnesses.delete(archived)
        assert [harness.name for harness in recorded_client.harnesses.list()] == ["billing-harness", "generic"]
        assert [harness.id for harness in recorded_client.harnesses.list(search="billing")] == [kept]
        page = recorded_client.harnesses.list(search="billing", include_archived=True)
        assert [harness.id for harness in page] == [kept, archived]
        assert not page.has_next_page()

    def test_update_changes_the_given_fields_and_the_status(self, recorded_client: Everruns) -> None:
        harness_id = recorded_client.harnesses.create("billing-harness", description="Old.").id
        updated = recorded_client.harnesses.update(harness_id, name="billing-v2", status="archived")
        assert (updated.name, updated.status, updated.description) == ("billing-v2", HarnessStatus.ARCHIVED, "Old.")

    def test_delete_archives_the_harness(self, recorded_client: Everruns) -> None:
        harness_id = recorded_client.harnesses.create("billing-harness").id
        assert recorded_client.harnesses.delete(harness_id) is None
        assert recorded_client.harnesses.get(harness_id).status == HarnessStatus.ARCHIVED

    def test_list_examples(self, recorded_client: Everruns) -> None:
        examples = recorded_client.harnesses.list_examples()
        assert [example.name for example in examples] == ["coding", "research"]
        assert examples.total == 2


class TestOnTheServer:
    def test_update_sends_only_the_given_fields(self, server: LocalServer, client: Everruns) -> None:
        harness_id = client.harnesses.create("billing-harness").id
        client.harnesses.update(harness_id, embedder_metadata={"team": "billing"})
        assert server.requests[-1].json() == {"embedder_metadata": {"team": "billing"}}

    def test_the_built_in_harness_cannot_be_changed(self, client: Everruns) -> None:
        generic = next(harness for harness in client.harnesses.list() if harness.name == "generic")
        with pytest.raises(errors.PermissionDeniedError):
            client.harnesses.update(generic.id, description="Mine now.")


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "name not a slug": lambda c: c.harnesses.create("Billing Harness"),
    "name with a double dash": lambda c: c.harnesses.create("billing--harness"),
    "malformed parent id": lambda c: c.harnesses.create("billing-harness", parent_harness_id="generic"),
    "update to a bad name": lambda c: c.harnesses.update(HARNESS_ID, name="billing_harness"),
    "bad capability": lambda c: c.harnesses.create("billing-harness", capabilities=[42]),
}


Refused = Callable[[Callable[[Everruns], object]], errors.ValidationError]


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)

    @pytest.mark.parametrize("harness_id", ["../agents", HARNESS_ID + "/x", "harness_..", "generic", ""])
    @pytest.mark.parametrize("method", ["get", "update", "delete"])
    def test_a_hostile_harness_id_is_refused_without_a_request(
        self, refused: Refused, method: str, harness_id: str
    ) -> None:
        assert refused(lambda client: getattr(client.harnesses, method)(harness_id)).field == "harness_id"

    def test_an_unknown_option_is_a_type_error_without_a_request(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(TypeError, match="tools"):
            client.harnesses.create("billing-harness", tools=[])  # type: ignore[call-arg]
        assert server.requests == []
