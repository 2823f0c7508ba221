"""Agents: create, apply by id, apply by name, names, lists, update, archive, copy."""

from __future__ import annotations

import re

import pytest

AGENT_ID = re.compile(r"agent_[0-9a-f]{32}")
APPLIED_ID = "agent_" + "5" * 32


def test_a_plain_create_gets_a_fresh_id_the_generic_harness_and_links(api):
    agent = api.new_agent("writer", display_name="Writer", description="Writes things.")
    assert AGENT_ID.fullmatch(agent["id"])
    generic = api.get("/v1/harnesses").json()["data"][0]
    assert (generic["name"], agent["harness_id"]) == ("generic", generic["id"])
    assert agent["status"] == "active"
    assert agent["self_url"] == f"{api.server.url}/v1/agents/{agent['id']}"
    assert agent["view_url"].endswith(f"/agents/{agent['id']}")
    assert agent["ui_link"]


def test_apply_with_a_client_chosen_id_creates_then_updates_that_agent(api):
    created = api.post("/v1/agents", {"id": APPLIED_ID, "name": "applied", "system_prompt": "v1"})
    assert (created.status, created.json()["id"]) == (201, APPLIED_ID)
    updated = api.post("/v1/agents", {"id": APPLIED_ID, "name": "applied-renamed", "system_prompt": "v2"})
    assert updated.json()["id"] == APPLIED_ID
    assert (updated.json()["name"], updated.json()["system_prompt"]) == ("applied-renamed", "v2")
    assert api.get("/v1/agents").json()["total"] == 1


def test_apply_by_an_existing_name_updates_that_agent(api):
    first = api.new_agent("support", system_prompt="old")
    second = api.new_agent("support", system_prompt="new")
    assert second["id"] == first["id"]
    assert api.get(f"/v1/agents/{first['id']}").json()["system_prompt"] == "new"


def test_apply_by_id_with_a_name_another_agent_holds_is_a_conflict(api):
    api.new_agent("taken")
    reply = api.post("/v1/agents", {"id": APPLIED_ID, "name": "taken", "system_prompt": "x"})
    assert (reply.status, reply.json()["code"]) == (409, "agent_name_conflict")


def test_a_malformed_client_chosen_id_is_rejected(api):
    reply = api.post("/v1/agents", {"id": "agent_123", "name": "a", "system_prompt": "x"})
    assert reply.status == 400
    assert "agent_<32 lowercase hex>" in reply.json()["detail"]


@pytest.mark.parametrize("name", ["Upper", "two--hyphens", "-leading", "trailing-", "under_score", "a" * 65, ""])
def test_names_must_be_slugs_of_at_most_64_characters(api, name):
    reply = api.post("/v1/agents", {"name": name, "system_prompt": "x"})
    assert reply.status == 400
    assert "name" in reply.json()["detail"]


def test_a_64_character_slug_is_fine(api):
    assert api.post("/v1/agents", {"name": "a" * 64, "system_prompt": "x"}).status == 201


def test_a_harness_by_name_or_id_never_both(api):
    generic = api.get("/v1/harnesses").json()["data"][0]
    both = api.post(
        "/v1/agents", {"name": "a", "system_prompt": "x", "harness_name": "generic", "harness_id": generic["id"]}
    )
    assert both.status == 400
    assert "not both" in both.json()["detail"]
    by_id = api.post("/v1/agents", {"name": "a", "system_prompt": "x", "harness_id": generic["id"]})
    assert by_id.json()["harness_id"] == generic["id"]
    unknown = api.post("/v1/agents", {"name": "b", "system_prompt": "x", "harness_name": "nope"})
    assert (unknown.status, unknown.json()["code"]) == (404, "harness_not_found")


def test_get_adds_counts_and_unknown_ids_are_agent_not_found(api):
    agent = api.new_agent()
    api.new_session(agent_id=agent["id"])
    fetched = api.get(f"/v1/agents/{agent['id']}").json()
    assert (fetched["session_count"], fetched["app_count"]) == (1, 0)
    missing = api.get("/v1/agents/agent_" + "0" * 32)
    assert (missing.status, missing.json()["code"]) == (404, "agent_not_found")


def test_list_searches_name_display_name_and_description(api):
    api.new_agent("alpha", display_name="Billing helper")
    api.new_agent("beta", description="Knows about BILLING too")
    api.new_agent("gamma")
    names = [a["name"] for a in api.get("/v1/agents", query={"search": "billing"}).json()["data"]]
    assert names == ["alpha", "beta"]


def test_list_pages_with_offset_limit_total_and_links(api):
    for index in range(25):
        api.new_agent(f"agent-{index:02d}")
    first = api.get("/v1/agents").json()
    assert (first["total"], first["offset"], first["limit"], len(first["data"])) == (25, 0, 20, 20)
    assert first["prev_url"] is None
    assert first["next_url"] == f"{api.server.url}/v1/agents?offset=20&limit=20"
    second = api.get("/v1/agents", query={"offset": 20, "limit": 20}).json()
    assert [a["name"] for a in second["data"]] == [f"agent-{i}" for i in range(20, 25)]
    assert second["next_url"] is None
    assert second["prev_url"] == f"{api.server.url}/v1/agents?offset=0&limit=20"


@pytest.mark.parametrize("query", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "many"}])
def test_list_rejects_out_of_range_paging(api, query):
    assert api.get("/v1/agents", query=query).status == 400


def test_update_changes_only_what_is_given(api):
    agent = api.new_agent("editable", description="before", tags=["keep"])
    reply = api.patch(f"/v1/agents/{agent['id']}", {"description": "after", "display_name": None})
    assert reply.status == 200
    assert (reply.json()["description"], reply.json()["tags"]) == ("after", ["keep"])
    assert api.patch(f"/v1/agents/{agent['id']}", {"name": "Not A Slug"}).status == 400


def test_delete_archives_and_archived_agents_leave_lists_unless_asked(api):
    agent = api.new_agent("short-lived")
    assert api.delete(f"/v1/agents/{agent['id']}").status == 204
    assert api.get(f"/v1/agents/{agent['id']}").json()["status"] == "archived"
    assert api.get("/v1/agents").json()["data"] == []
    archived = api.get("/v1/agents", query={"include_archived": "true"}).json()["data"]
    assert [a["id"] for a in archived] == [agent["id"]]
    assert api.new_agent("short-lived")["id"] != agent["id"]


def test_copy_takes_a_free_copy_name_and_the_same_configuration(api):
    agent = api.new_agent("original", display_name="Original", system_prompt="Same prompt.")
    first = api.post(f"/v1/agents/{agent['id']}/copy")
    second = api.post(f"/v1/agents/{agent['id']}/copy")
    assert first.status == second.status == 201
    assert (first.json()["name"], second.json()["name"]) == ("original-copy", "original-copy-2")
    assert first.json()["display_name"] == "Original (copy)"
    assert first.json()["system_prompt"] == "Same prompt."
    assert api.post("/v1/agents/agent_" + "0" * 32 + "/copy").status == 404
