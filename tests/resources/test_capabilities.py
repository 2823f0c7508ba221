"""``client.capabilities``: listing, reading and guardrail dry runs against recorded
exchanges; paging and the checks made before sending on a real local server."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from everruns import Everruns, errors
from everruns.testing import LocalServer

BLOCKLIST = {"checks": [{"id": "secrets", "type": "blocklist", "terms": ["password"], "action": "block"}]}


class TestRecorded:
    def test_list_iterates_across_pages(self, recorded_client: Everruns) -> None:
        page = recorded_client.capabilities.list(limit=3)
        assert (len(page.data), page.total) == (3, 4)
        assert [capability.id for capability in page] == [
            "current_time",
            "web_fetch",
            "session_file_system",
            "guardrails",
        ]

    def test_list_searches(self, recorded_client: Everruns) -> None:
        assert [capability.id for capability in recorded_client.capabilities.list(search="web")] == ["web_fetch"]

    def test_get_by_id(self, recorded_client: Everruns) -> None:
        capability = recorded_client.capabilities.get("current_time")
        assert (capability.id, capability.name) == ("current_time", "Current time")

    def test_list_guardrail_examples(self, recorded_client: Everruns) -> None:
        examples = recorded_client.capabilities.list_guardrail_examples()
        assert [example.name for example in examples] == ["no-credentials", "log-card-numbers"]

    def test_dry_run_reports_the_checks_a_text_trips(self, recorded_client: Everruns) -> None:
        result = recorded_client.capabilities.dry_run_guardrails(BLOCKLIST, "output", "my password is hunter2")
        assert result.blocked is True
        assert [(hit.check_id, hit.matched) for hit in result.hits] == [("secrets", "password")]

    def test_dry_run_takes_an_examples_config(self, recorded_client: Everruns) -> None:
        example = recorded_client.capabilities.list_guardrail_examples().data[1]
        result = recorded_client.capabilities.dry_run_guardrails(
            example.config, "tool_output", "card 4111111111111111", tool_name="pay"
        )
        assert result.blocked is False
        assert [hit.action for hit in result.hits] == ["log"]


class TestOnTheServer:
    def test_a_capability_id_is_sent_as_one_path_segment(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(errors.NotFoundError):
            client.capabilities.get("../models")
        assert server.requests[-1].path == "/api/v1/capabilities/..%2Fmodels"

    @pytest.mark.parametrize(
        "call",
        [
            lambda c: c.capabilities.get(".."),
            lambda c: c.capabilities.get(""),
            lambda c: c.capabilities.list(limit=0),
            lambda c: c.capabilities.list(offset=-5),
            lambda c: c.capabilities.dry_run_guardrails("checks", "output", "text"),
        ],
        ids=["dot-dot id", "empty id", "limit 0", "negative offset", "config not a mapping"],
    )
    def test_is_refused_without_a_request(
        self, refused: Callable[..., errors.ValidationError], call: Callable[[Everruns], object]
    ) -> None:
        refused(call)
