"""server.requests: what clients sent, for tests to inspect."""

from __future__ import annotations


def test_each_api_request_is_recorded_with_method_path_query_headers_and_body(server, api):
    api.post("/v1/agents", {"name": "logged", "system_prompt": "x"}, headers={"X-Custom": "yes"})
    api.get("/v1/agents", query={"search": "log", "limit": 5})
    posted, listed = server.requests
    assert (posted.method, posted.path, posted.query) == ("POST", "/api/v1/agents", {})
    assert posted.headers["x-custom"] == "yes"
    assert posted.headers["authorization"] == "dev"
    assert posted.json() == {"name": "logged", "system_prompt": "x"}
    assert (listed.method, listed.query, listed.body) == ("GET", {"search": ["log"], "limit": ["5"]}, b"")


def test_rejected_and_faulted_requests_are_recorded_too(server, api, connect):
    connect(server, key=None).get("/v1/agents")
    server.faults.fail_next(1)
    api.get("/v1/models")
    assert [r.path for r in server.requests] == ["/api/v1/agents", "/api/v1/models"]


def test_the_log_can_be_cleared(server, api):
    api.get("/v1/models")
    server.clear_requests()
    assert server.requests == []
