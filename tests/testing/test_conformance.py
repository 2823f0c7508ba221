"""Every implemented operation, driven over HTTP, answers in the shape openapi.json gives it."""

from __future__ import annotations

from sample_images import multipart, png

from everruns.testing._routes import ROUTES

SSE_TEMPLATE = ("GET", "/v1/sessions/{session_id}/sse")


def test_every_route_is_an_operation_of_the_description(schema):
    for method, template, _ in ROUTES:
        assert method.lower() in schema.spec["paths"].get(template, {}), f"{method} {template}"


def test_every_operation_answers_in_its_described_shape(server, api, schema):
    covered: set[tuple[str, str]] = set()
    api.observers.append(lambda method, path, reply: covered.add((method, schema.check_reply(method, path, reply))))

    _agents(api)
    _harnesses_and_catalogues(api)
    session_id = _sessions_and_turns(server, api)
    _session_data(server, api, session_id)
    _budgets_and_connections(server, api)
    _images(api)
    _workspaces(api)
    _memories(api)

    stream = api.stream(session_id)
    assert stream.status == 200
    assert stream.headers["Content-Type"] == "text/event-stream"
    assert stream.next_frame().json() == {"status": "connected"}
    for frame in stream.until_event("turn.completed"):
        if frame.id is not None:
            schema.check_event(frame.json())
    stream.close()
    covered.add(SSE_TEMPLATE)

    missing = {(method, template) for method, template, _ in ROUTES} - covered
    assert not missing, f"not exercised: {sorted(missing)}"


def _agents(api):
    agent = api.post("/v1/agents", {"name": "conformance", "system_prompt": "Answer briefly.", "tags": ["x"]}).json()
    agent_id = agent["id"]
    assert api.post("/v1/agents", {"name": "Bad Name", "system_prompt": "x"}).status == 400
    assert api.get(f"/v1/agents/{agent_id}").status == 200
    assert api.get("/v1/agents/agent_00000000000000000000000000000000").status == 404
    assert api.get("/v1/agents", query={"search": "conf", "limit": 5}).status == 200
    assert api.patch(f"/v1/agents/{agent_id}", {"description": "Short answers."}).status == 200
    assert api.patch("/v1/agents/agent_00000000000000000000000000000000", {"description": "x"}).status == 404
    assert api.post(f"/v1/agents/{agent_id}/copy").status == 201
    exported = api.get(f"/v1/agents/{agent_id}/export")
    assert exported.status == 200
    assert api.post("/v1/agents/import", body=b"no front matter", headers={"Content-Type": "text/plain"}).status == 400
    renamed = exported.body.replace(b"name: conformance", b"name: imported")
    assert (
        api.post("/v1/agents/import", body=renamed, headers={"Content-Type": "text/plain; charset=utf-8"}).status == 201
    )
    assert (
        api.post("/v1/agents/import", body=renamed, headers={"Content-Type": "text/plain; charset=utf-8"}).status == 200
    )
    assert api.post("/v1/agents/import", query={"from-example": "greeter"}, body=b"").status == 201
    assert api.post("/v1/agents/import", query={"from-example": "nope"}, body=b"").status == 404
    assert api.get(f"/v1/agents/{agent_id}/stats").status == 200
    assert api.get("/v1/agents/check-name", query={"name": "conformance"}).json() == {"available": False}
    assert api.get("/v1/agents/check-name", query={"name": "conformance", "exclude_id": agent_id}).status == 200
    assert api.get("/v1/agents/check-name").status == 400
    assert api.post("/v1/agents/analyze", {"system_prompt": "TODO"}).status == 200
    assert api.post("/v1/agents/analyze", {}).status == 400
    run = api.post(f"/v1/agents/{agent_id}/health-checks").json()
    assert api.get(f"/v1/agents/{agent_id}/health-checks").status == 200
    assert api.get(f"/v1/agents/{agent_id}/health-checks/{run['id']}").status == 200
    assert api.get(f"/v1/agents/{agent_id}/health-checks/hcrun_00000000000000000000000000000000").status == 404
    first = api.post(f"/v1/agents/{agent_id}/versions", {"summary": "first"}).json()
    api.patch(f"/v1/agents/{agent_id}", {"system_prompt": "Answer at length."})
    second = api.post(f"/v1/agents/{agent_id}/versions", {"change_kind": "minor"}).json()
    assert api.post(f"/v1/agents/{agent_id}/versions", {"change_kind": "sideways"}).status == 400
    assert api.get(f"/v1/agents/{agent_id}/versions").status == 200
    assert api.post(f"/v1/agents/{agent_id}/versions/default", {"version_id": second["id"]}).status == 200
    assert api.get(f"/v1/agents/{agent_id}/versions/{first['id']}/diff/{second['id']}").status == 200
    assert api.post(f"/v1/agents/{agent_id}/versions/{first['id']}/fork", {"name": "forked"}).status == 200
    assert api.post(f"/v1/agents/{agent_id}/versions/{first['id']}/rollback", {}).status == 200
    _triggers_and_credentials(api, agent_id)
    assert api.delete(f"/v1/agents/{agent_id}").status == 204
    assert api.delete("/v1/agents/agent_00000000000000000000000000000000").status == 404


def _triggers_and_credentials(api, agent_id):
    triggers = f"/v1/agents/{agent_id}/triggers"
    schedule = {"cron_expression": "0 9 * * 1-5", "message": "Report.", "timezone": "Europe/Zurich"}
    trigger = api.post(triggers, schedule).json()
    assert api.post(triggers, {**schedule, "timezone": "Mars/Olympus"}).status == 400
    assert api.get(triggers, query={"include_archived": "true"}).status == 200
    assert api.get(f"{triggers}/{trigger['id']}").status == 200
    assert api.patch(f"{triggers}/{trigger['id']}", {"enabled": False}).status == 200
    assert api.post(f"{triggers}/{trigger['id']}/trigger").status == 200
    assert api.get(f"{triggers}/{trigger['id']}/runs").status == 200
    assert api.delete(f"{triggers}/{trigger['id']}").status == 204
    assert api.get(f"{triggers}/{trigger['id']}").status == 404
    credentials = f"/v1/agents/{agent_id}/credentials"
    fields = {"mcp_server_name": "docs", "tool_name": "search", "parameter_name": "token", "label": "Token"}
    binding = api.post(credentials, fields).json()
    assert api.post(credentials, {**fields, "label": " "}).status == 400
    assert api.put(f"{credentials}/{binding['id']}", json_body={"value": "s3cret"}).status == 200
    assert api.get(credentials).status == 200
    assert api.delete(f"{credentials}/{binding['id']}").status == 204
    assert api.delete(f"{credentials}/{binding['id']}").status == 404


def _harnesses_and_catalogues(api):
    assert api.get("/v1/harnesses", query={"search": "gen"}).status == 200
    generic = api.get("/v1/harnesses").json()["data"][0]
    assert api.get(f"/v1/harnesses/{generic['id']}").status == 200
    assert api.get("/v1/harnesses/harness_00000000000000000000000000000000").status == 404
    made = api.post("/v1/harnesses", {"name": "conformance-harness"}).json()
    assert api.post("/v1/harnesses", {"name": "conformance-harness"}).status == 409
    assert api.patch(f"/v1/harnesses/{made['id']}", {"display_name": "Conformance"}).status == 200
    assert api.patch(f"/v1/harnesses/{generic['id']}", {"display_name": "Mine"}).status == 403
    assert api.delete(f"/v1/harnesses/{made['id']}").status == 204
    assert api.get("/v1/harness-examples").status == 200
    models = api.get("/v1/models").json()["data"]
    assert api.get(f"/v1/models/{models[0]['id']}").status == 200
    assert api.get("/v1/models/model_00000000000000000000000000000000").status == 404
    capabilities = api.get("/v1/capabilities", query={"limit": 2}).json()["data"]
    assert api.get(f"/v1/capabilities/{capabilities[0]['id']}").status == 200
    assert api.get("/v1/capabilities/no_such_capability").status == 404
    examples = api.get("/v1/capabilities/guardrails/examples").json()["examples"]
    dry_run = {"config": examples[0]["config"], "stage": "output", "text": "my password is hunter2"}
    assert api.post("/v1/capabilities/guardrails/dry-run", dry_run).status == 200
    assert api.post("/v1/capabilities/guardrails/dry-run", {**dry_run, "stage": "input"}).status == 400


def _sessions_and_turns(server, api):
    session = api.new_session(title="conformance", harness_name="generic")
    session_id = session["id"]
    assert api.post("/v1/sessions", {"harness_name": "missing"}).status == 404
    assert api.get(f"/v1/sessions/{session_id}").status == 200
    assert api.get("/v1/sessions", query={"search": "conf"}).status == 200
    assert api.patch(f"/v1/sessions/{session_id}", {"title": "renamed"}).status == 200
    assert api.put(f"/v1/sessions/{session_id}/pin").status == 204
    assert api.delete(f"/v1/sessions/{session_id}/pin").status == 204
    assert api.post(f"/v1/sessions/{session_id}/cancel").status == 200
    empty = {"message": {"role": "user", "content": []}}
    assert api.post(f"/v1/sessions/{session_id}/messages", empty).status == 400
    calls = server.model.script_tool_calls([{"name": "lookup", "arguments": {"q": "x"}}])
    results = {"tool_results": [{"tool_call_id": calls[0], "result": {"answer": 42}}]}
    assert api.post(f"/v1/sessions/{session_id}/tool-results", results).status == 409
    api.say(session_id, "Use the tool")
    api.wait_for_type(session_id, "tool.call_requested")
    assert api.post(f"/v1/sessions/{session_id}/tool-results", results).status == 200
    api.wait_for_turns(session_id)
    assert api.get(f"/v1/sessions/{session_id}/messages").status == 200
    assert api.get(f"/v1/sessions/{session_id}/events", query={"limit": 3}).status == 200
    assert api.get(f"/v1/sessions/{session_id}/events", query={"types": "nope"}).status == 400
    assert api.get(f"/v1/sessions/{session_id}/export").status == 200
    assert api.get("/v1/sessions/facets", query={"source": "api"}).status == 200
    assert api.get(f"/v1/sessions/{session_id}/resolved-model").status == 200
    doomed = api.new_session()
    assert api.delete(f"/v1/sessions/{doomed['id']}").status == 204
    assert api.get(f"/v1/sessions/{doomed['id']}").status == 404
    return session_id


def _session_data(server, api, session_id):
    databases = f"/v1/sessions/{session_id}/databases"
    assert api.post(databases, {"name": "refunds"}).status == 201
    assert api.post(databases, {"name": "refunds"}).status == 409
    assert api.post(databases, {"name": "no-dashes"}).status == 400
    assert api.get(databases).status == 200
    assert api.get(f"{databases}/refunds").status == 200
    assert api.get(f"{databases}/refunds/schema").status == 200
    assert api.delete(f"{databases}/refunds").status == 204
    assert api.delete(f"{databases}/refunds").status == 404
    server.put_storage_key(session_id, "theme", "dark")
    assert api.get(f"/v1/sessions/{session_id}/storage/keys").status == 200
    secrets = f"/v1/sessions/{session_id}/storage/secrets"
    assert api.put(secrets, json_body={"secrets": {"TOKEN": "not-a-real-secret"}}).status == 200
    assert api.put(secrets, json_body={"secrets": {"TOKEN": 1}}).status == 400
    assert api.get(secrets).status == 200
    assert api.delete(f"{secrets}/TOKEN").status == 204
    assert api.delete(f"{secrets}/TOKEN").status == 404


def _budgets_and_connections(server, api):
    session_id = api.new_session(title="budgeted")["id"]
    budget = api.post(
        "/v1/budgets", {"subject_type": "session", "subject_id": session_id, "currency": "credits", "limit": 1}
    ).json()
    assert (
        api.post("/v1/budgets", {"subject_type": "planet", "subject_id": "x", "currency": "usd", "limit": 1}).status
        == 400
    )
    assert api.get("/v1/budgets", query={"subject_type": "session"}).status == 200
    assert api.get(f"/v1/budgets/{budget['id']}").status == 200
    assert api.patch(f"/v1/budgets/{budget['id']}", {"soft_limit": 0.5}).status == 200
    assert api.get(f"/v1/budgets/{budget['id']}/check").status == 200
    assert api.get(f"/v1/sessions/{session_id}/budgets").status == 200
    api.say(session_id, "Hello")  # the reply would spend the whole balance: the turn pauses
    api.wait_for_type(session_id, "budget.paused")
    assert api.get(f"/v1/sessions/{session_id}/budget-check").status == 200
    assert api.post(f"/v1/budgets/{budget['id']}/top-up", {"amount": 5, "description": "more"}).status == 200
    assert api.post(f"/v1/budgets/{budget['id']}/top-up", {"amount": 0}).status == 400
    assert api.post(f"/v1/sessions/{session_id}/resume").status == 200
    api.wait_for_turns(session_id)
    assert api.get(f"/v1/budgets/{budget['id']}/ledger", query={"limit": 10}).status == 200
    assert api.delete(f"/v1/budgets/{budget['id']}").status == 204
    assert api.get(f"/v1/budgets/{budget['id']}").status == 404
    connections = "/v1/user/connections"
    assert api.post(f"{connections}/daytona", {"api_key": "not-a-real-key"}).status == 200
    assert api.post(f"{connections}/daytona", {"api_key": " "}).status == 400
    assert api.get(connections).status == 200
    assert api.delete(f"{connections}/daytona").status == 204
    assert api.delete(f"{connections}/daytona").status == 404


def _images(api):
    body, headers = multipart(png())
    image = api.post("/v1/images", body=body, headers=headers, query={"session_id": "session_" + "0" * 32}).json()
    text_body, text_headers = multipart(b"not an image", content_type="text/plain")
    assert api.post("/v1/images", body=text_body, headers=text_headers).status == 400
    assert api.get("/v1/images", query={"limit": 5}).status == 200
    assert api.get(f"/v1/images/{image['id']}").status == 200
    assert api.get(f"/v1/images/{image['id']}/thumbnail").status == 200
    assert api.delete(f"/v1/images/{image['id']}").status == 204
    assert api.get(f"/v1/images/{image['id']}").status == 404


def _workspaces(api):
    workspace = api.post("/v1/workspaces", {"name": "conformance", "description": "shared"}).json()
    assert api.post("/v1/workspaces", {"name": "conformance"}).status == 409
    assert api.get("/v1/workspaces", query={"search": "conf", "include_archived": "true"}).status == 200
    assert api.get(f"/v1/workspaces/{workspace['id']}").status == 200
    assert api.patch(f"/v1/workspaces/{workspace['id']}", {"description": "changed"}).status == 200
    fs = f"/v1/workspaces/{workspace['id']}/fs"
    assert api.post(f"{fs}/notes%20dir%2Ftodo.md", {"content": "- ship\n"}).status == 201
    assert api.post(f"{fs}/notes%20dir%2Ftodo.md", {"content": "again"}).status == 409
    assert api.post(f"{fs}/..%2Fescape", {"content": "x"}).status == 400
    assert api.get(fs, query={"recursive": "true"}).status == 200
    assert api.get(f"{fs}/notes%20dir").status == 200
    assert api.get(f"{fs}/notes%20dir%2Ftodo.md").status == 200
    assert api.put(f"{fs}/notes%20dir%2Ftodo.md", json_body={"content": "- shipped\n"}).status == 200
    assert api.post(f"{fs}/_/stat", {"path": "/notes dir/todo.md"}).status == 200
    assert api.post(f"{fs}/_/grep", {"pattern": "ship", "path_pattern": "*.md"}).status == 200
    assert api.post(f"{fs}/_/copy", {"src_path": "/notes dir", "dst_path": "/copied"}).status == 201
    assert api.post(f"{fs}/_/move", {"src_path": "/copied", "dst_path": "/moved"}).status == 200
    assert api.delete(f"{fs}/moved", query={"recursive": "true"}).status == 200
    assert api.delete(f"/v1/workspaces/{workspace['id']}").status == 204
    assert api.delete("/v1/workspaces/wsp_00000000000000000000000000000000").status == 404


def _memories(api):
    memory = api.post("/v1/memories", {"name": "conformance", "description": "manual"}).json()
    git_source = {"type": "git", "url": "https://git.example/docs.git"}
    sourced = api.post("/v1/memories", {"name": "sourced", "source": git_source}).json()
    assert api.post(f"/v1/memories/{sourced['id']}/sync").status == 200
    assert api.get("/v1/memories", query={"search": "conf"}).status == 200
    assert api.get(f"/v1/memories/{memory['id']}").status == 200
    assert api.patch(f"/v1/memories/{memory['id']}", {"name": "renamed"}).status == 200
    assert api.post(f"/v1/memories/{memory['id']}/sync").status == 400
    fs = f"/v1/memories/{memory['id']}/fs"
    assert api.post(f"{fs}/guides%2Fsetup.txt", {"content": "step 1"}).status == 201
    assert api.post(f"{fs}/empty", {"is_directory": True}).status == 201
    assert api.get(fs).status == 200
    assert api.get(f"{fs}/guides%2Fsetup.txt").status == 200
    assert api.get(f"{fs}/_/download/guides%2Fsetup.txt").status == 200
    assert api.put(f"{fs}/guides%2Fsetup.txt", json_body={"content": "step 2"}).status == 200
    assert api.post(f"{fs}/_/grep", {"pattern": "step"}).status == 200
    assert api.post(f"{fs}/_/stat", {"path": "/guides/setup.txt"}).status == 200
    assert api.delete(f"{fs}/guides").status == 409
    assert api.delete(f"{fs}/guides%2Fsetup.txt").status == 204
    assert api.delete(f"/v1/memories/{memory['id']}").status == 204
