"""Harnesses: the built-in generic one, and harnesses an org makes for itself."""

from __future__ import annotations


def test_the_generic_harness_is_built_in_and_read_only(api):
    listed = api.get("/v1/harnesses").json()
    assert set(listed) == {"data"}
    (generic,) = listed["data"]
    assert (generic["name"], generic["is_built_in"], generic["status"]) == ("generic", True, "active")
    assert api.patch(f"/v1/harnesses/{generic['id']}", {"description": "mine"}).status == 403
    assert api.delete(f"/v1/harnesses/{generic['id']}").status == 403


def test_a_created_harness_can_be_found_updated_and_archived(api):
    made = api.post("/v1/harnesses", {"name": "coding", "display_name": "Coding", "tags": ["dev"]})
    assert made.status == 201
    harness = made.json()
    assert (harness["is_built_in"], harness["capabilities"], harness["tags"]) == (False, [], ["dev"])
    assert [h["name"] for h in api.get("/v1/harnesses", query={"search": "cod"}).json()["data"]] == ["coding"]
    updated = api.patch(f"/v1/harnesses/{harness['id']}", {"description": "For code."}).json()
    assert (updated["description"], updated["display_name"]) == ("For code.", "Coding")
    assert api.delete(f"/v1/harnesses/{harness['id']}").status == 204
    assert [h["name"] for h in api.get("/v1/harnesses").json()["data"]] == ["generic"]
    archived = api.get("/v1/harnesses", query={"include_archived": "true"}).json()["data"]
    assert {h["name"] for h in archived} == {"generic", "coding"}


def test_harness_names_are_unique_slugs(api):
    assert api.post("/v1/harnesses", {"name": "generic"}).status == 409
    assert api.post("/v1/harnesses", {"name": "Not Slug"}).status == 400
    assert api.post("/v1/harnesses", {}).json()["detail"] == "name is required"


def test_a_parent_harness_must_exist(api):
    reply = api.post("/v1/harnesses", {"name": "child", "parent_harness_id": "harness_" + "0" * 32})
    assert (reply.status, reply.json()["code"]) == (404, "harness_not_found")


def test_harness_counts_its_sessions(api):
    made = api.post("/v1/harnesses", {"name": "counted"}).json()
    api.new_session(harness_id=made["id"])
    assert api.get(f"/v1/harnesses/{made['id']}").json()["session_count"] == 1


def test_harness_examples_are_a_bare_list(api):
    examples = api.get("/v1/harness-examples").json()
    assert isinstance(examples, list)
    assert {"name", "display_name", "description", "tags", "capabilities", "dev_only"} <= set(examples[0])
