"""Guardrail examples and dry runs."""

from __future__ import annotations

import pytest

BLOCKLIST = {"checks": [{"id": "secrets", "type": "blocklist", "terms": ["password"], "action": "block"}]}
PATTERN = {
    "checks": [{"id": "digits", "type": "regex", "pattern": r"\d{4}", "action": "log", "stages": ["tool_output"]}]
}


def test_examples_come_with_configurations_that_dry_run(api):
    examples = api.get("/v1/capabilities/guardrails/examples").json()["examples"]
    assert examples
    for example in examples:
        stage = example["stages"][0]
        reply = api.post(
            "/v1/capabilities/guardrails/dry-run", {"config": example["config"], "stage": stage, "text": ""}
        )
        assert reply.status == 200


def test_a_blocklist_hit_blocks(api):
    result = api.post(
        "/v1/capabilities/guardrails/dry-run", {"config": BLOCKLIST, "stage": "output", "text": "My PASSWORD is x"}
    ).json()
    assert result["blocked"] is True
    (hit,) = result["hits"]
    assert (hit["check_id"], hit["matched"], hit["action"], hit["check_index"]) == ("secrets", "password", "block", 0)


def test_a_logging_pattern_hits_only_in_its_stages_and_never_blocks(api):
    def run(stage):
        body = {"config": PATTERN, "stage": stage, "text": "card 1234"}
        return api.post("/v1/capabilities/guardrails/dry-run", body).json()

    assert run("tool_output")["hits"][0]["matched"] == "1234"
    assert run("tool_output")["blocked"] is False
    assert run("output") == {"hits": [], "blocked": False}


@pytest.mark.parametrize(
    "body",
    [
        {"config": BLOCKLIST, "stage": "input", "text": "x"},
        {"config": BLOCKLIST, "stage": "output"},
        {
            "config": {"checks": [{"id": "c", "type": "regex", "pattern": "(", "action": "block"}]},
            "stage": "output",
            "text": "x",
        },
        {"config": {"checks": [{"id": "c", "type": "magic", "action": "block"}]}, "stage": "output", "text": "x"},
        {
            "config": {"checks": [{"id": "c", "type": "blocklist", "terms": [], "action": "shout"}]},
            "stage": "output",
            "text": "x",
        },
    ],
)
def test_malformed_dry_runs_are_400s(api, body):
    assert api.post("/v1/capabilities/guardrails/dry-run", body).status == 400
