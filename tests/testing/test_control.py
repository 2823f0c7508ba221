"""The HTTP control path, for servers started from the command line."""

from __future__ import annotations

import http.client
import json

import pytest


@pytest.fixture
def control(server):
    """POST/GET/DELETE under {prefix}/_testing/, without an API key."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=5)

    def call(method, tail, body=None):
        payload = None if body is None else json.dumps(body).encode()
        connection.request(method, f"/api/_testing/{tail}", body=payload, headers={"Content-Type": "application/json"})
        reply = connection.getresponse()
        return reply.status, reply.read()

    yield call
    connection.close()


def test_faults_can_be_injected_over_http(control, api):
    assert control("POST", "faults/fail_next", {"n": 1, "status": 429, "retry_after": "7"})[0] == 200
    reply = api.get("/v1/models")
    assert (reply.status, reply.headers["Retry-After"]) == (429, "7")
    assert api.get("/v1/models").status == 200


def test_every_fault_method_is_reachable(control, api):
    session = api.new_session()
    for tail, body in [
        ("faults/proxy_html_502", {"n": 1}),
        ("faults/quote_credentials_next", {"n": 1, "status": 401}),
        ("faults/slow", {"seconds": 0.01, "n": 1}),
        ("faults/drop_sse_after", {"k_events": 1, "mid_frame": True}),
        ("faults/stall_next_sse", {"send_headers": False}),
        ("faults/cycle_every", {"k_events": 2}),
    ]:
        assert control("POST", tail, body)[0] == 200, tail
    assert control("POST", "faults/reset")[0] == 200
    assert api.get("/v1/models").status == 200
    assert api.stream(session["id"]).next_frame().event == "connected"


def test_the_model_can_be_scripted_over_http(control, api):
    status, body = control("POST", "model/script_tool_calls", {"calls": [{"name": "t", "id": "call-1"}]})
    assert (status, json.loads(body)["result"]) == (200, ["call-1"])
    control("POST", "model/reset")
    control("POST", "model/script_reply", {"text": "Scripted over HTTP."})
    session = api.new_session()
    api.say(session["id"], "Hi")
    events = api.wait_for_turns(session["id"])
    assert events[-2]["data"]["message"]["content"][0]["text"] == "Scripted over HTTP."


def test_the_request_log_can_be_read_and_cleared_and_excludes_control_requests(control, api):
    api.get("/v1/models", query={"source": "predefined"})
    status, body = control("GET", "requests")
    assert status == 200
    (entry,) = json.loads(body)["data"]
    assert (entry["method"], entry["path"], entry["query"]) == ("GET", "/api/v1/models", {"source": ["predefined"]})
    assert entry["headers"]["authorization"] == "dev"
    assert control("DELETE", "requests")[0] == 204
    assert json.loads(control("GET", "requests")[1])["data"] == []


@pytest.mark.parametrize(
    ("method", "tail", "body", "status"),
    [
        ("POST", "faults/explode", {}, 404),
        ("GET", "faults/fail_next", None, 404),
        ("POST", "faults/fail_next", {"bogus": 1}, 400),
        ("POST", "faults/fail_next", {"n": -1}, 400),
        ("POST", "model/script_reply", [1], 400),
    ],
)
def test_bad_control_requests_are_problems(control, method, tail, body, status):
    answer_status, answer = control(method, tail, body)
    assert answer_status == status
    assert json.loads(answer)["status"] == status
