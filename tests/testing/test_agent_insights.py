"""Agent statistics, prompt analysis and health checks."""

from __future__ import annotations


def test_stats_count_the_agents_sessions_by_status_and_turns_run(api):
    agent = api.new_agent()
    busy = api.new_session(agent_id=agent["id"])
    api.new_session(agent_id=agent["id"])
    api.new_session()
    api.say(busy["id"], "hi")
    api.wait_for_turns(busy["id"])
    stats = api.get(f"/v1/agents/{agent['id']}/stats").json()
    assert (stats["session_count"], stats["idle_session_count"], stats["started_session_count"]) == (2, 1, 1)
    assert stats["execution_count"] == 1
    assert stats["first_session_at"] <= stats["last_session_at"]


def test_analysis_flags_short_unfinished_tool_less_prompts(api):
    findings = api.post("/v1/agents/analyze", {"system_prompt": "TODO: write me"}).json()["findings"]
    assert {f["rule_id"] for f in findings} == {"prompt-too-short", "no-tools", "unfinished-prompt"}
    unfinished = next(f for f in findings if f["rule_id"] == "unfinished-prompt")
    assert unfinished["location"] == {"field": "system_prompt", "start": 0, "end": 4}
    thorough = {"system_prompt": "You answer billing questions politely and cite the invoice number each time."}
    assert api.post("/v1/agents/analyze", {**thorough, "capabilities": [{"ref": "current_time"}]}).json() == {
        "findings": []
    }


def test_a_health_check_runs_at_once_and_can_be_read_back(api):
    agent = api.new_agent()
    run = api.post(f"/v1/agents/{agent['id']}/health-checks").json()
    assert (run["status"], run["summary"]["passed"], run["agent_id"]) == ("completed", 1, agent["id"])
    assert api.get(f"/v1/agents/{agent['id']}/health-checks/{run['id']}").json() == run
    assert [r["id"] for r in api.get(f"/v1/agents/{agent['id']}/health-checks").json()] == [run["id"]]
    missing = api.get(f"/v1/agents/{agent['id']}/health-checks/hcrun_" + "0" * 32)
    assert missing.json()["code"] == "health_check_not_found"
