"""Agent versions: snapshots with semantic versions, default, diff, fork and rollback."""

from __future__ import annotations


def _versioned_agent(api):
    agent = api.new_agent("versioned", system_prompt="First prompt.")
    first = api.post(f"/v1/agents/{agent['id']}/versions", {"summary": "initial"}).json()
    api.patch(f"/v1/agents/{agent['id']}", {"system_prompt": "Second prompt.", "tags": ["v2"]})
    second = api.post(f"/v1/agents/{agent['id']}/versions", {"change_kind": "minor"}).json()
    return agent, first, second


def test_versions_number_up_and_bump_semver_by_change_kind(api):
    agent, first, second = _versioned_agent(api)
    assert (first["version_number"], first["version"], first["change_kind"]) == (1, "1.0.0", "manual")
    assert (second["version_number"], second["version"], second["change_kind"]) == (2, "1.1.0", "minor")
    assert second["parent_version_id"] == first["id"]
    assert first["authored_config"]["system_prompt"] == "First prompt."
    listed = api.get(f"/v1/agents/{agent['id']}/versions").json()
    assert [v["id"] for v in listed] == [second["id"], first["id"]]


def test_the_first_version_becomes_the_default_until_another_is_chosen(api):
    agent, first, second = _versioned_agent(api)
    assert api.get(f"/v1/agents/{agent['id']}").json()["default_version_id"] == first["id"]
    reply = api.post(f"/v1/agents/{agent['id']}/versions/default", {"version_id": second["id"]})
    assert reply.json()["default_version_id"] == second["id"]
    unknown = api.post(f"/v1/agents/{agent['id']}/versions/default", {"version_id": "agentver_" + "0" * 32})
    assert (unknown.status, unknown.json()["code"]) == (404, "agent_version_not_found")


def test_diff_lists_each_changed_field_from_and_to(api):
    agent, first, second = _versioned_agent(api)
    diff = api.get(f"/v1/agents/{agent['id']}/versions/{first['id']}/diff/{second['id']}").json()
    assert diff["authored_diff"] == {
        "system_prompt": {"from": "First prompt.", "to": "Second prompt."},
        "tags": {"from": [], "to": ["v2"]},
    }


def test_fork_makes_a_new_agent_from_a_version(api):
    agent, first, _ = _versioned_agent(api)
    fork = api.post(f"/v1/agents/{agent['id']}/versions/{first['id']}/fork", {"name": "spin-off"}).json()
    assert fork["id"] != agent["id"]
    assert (fork["name"], fork["system_prompt"]) == ("spin-off", "First prompt.")
    assert (fork["forked_from_agent_id"], fork["forked_from_version_id"]) == (agent["id"], first["id"])
    assert fork["root_agent_id"] == agent["id"]
    taken = api.post(f"/v1/agents/{agent['id']}/versions/{first['id']}/fork", {"name": "spin-off"})
    assert taken.status == 409


def test_rollback_restores_a_version_and_records_it(api):
    agent, first, _ = _versioned_agent(api)
    rolled = api.post(f"/v1/agents/{agent['id']}/versions/{first['id']}/rollback", {}).json()
    assert (rolled["system_prompt"], rolled["tags"]) == ("First prompt.", [])
    latest = api.get(f"/v1/agents/{agent['id']}/versions").json()[0]
    assert (latest["change_kind"], latest["source_version_id"], latest["version"]) == ("rollback", first["id"], "1.1.1")
    quiet = api.post(f"/v1/agents/{agent['id']}/versions/{first['id']}/rollback", {"save_version": False})
    assert quiet.status == 200
    assert len(api.get(f"/v1/agents/{agent['id']}/versions").json()) == 3


def test_unknown_versions_and_change_kinds_are_refused(api):
    agent, first, _ = _versioned_agent(api)
    missing = "agentver_" + "0" * 32
    assert api.get(f"/v1/agents/{agent['id']}/versions/{first['id']}/diff/{missing}").status == 404
    assert api.post(f"/v1/agents/{agent['id']}/versions", {"change_kind": "huge"}).status == 400
