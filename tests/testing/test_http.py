"""The HTTP contract shared by every operation: auth, problem details, request ids, orgs, headers."""

from __future__ import annotations

import http.client
import re
import socket
from urllib.parse import quote

import pytest

from everruns.testing import LocalServer

REQUEST_ID = re.compile(r"req_[0-9a-f]{32}")
ORG_A = "org_" + "a" * 32
ORG_B = "org_" + "b" * 32


@pytest.mark.parametrize("key", [None, "", "wrong", "Bearer dev", "DEV"])
def test_anything_but_an_accepted_raw_key_is_401_problem(server, connect, key):
    reply = connect(server, key=key).get("/v1/agents")
    assert reply.status == 401
    assert reply.media_type == "application/problem+json"
    problem = reply.json()
    assert problem["status"] == 401
    assert problem["title"] == "Unauthorized"
    assert problem["code"] == "unauthorized"
    assert problem["detail"]


def test_every_configured_key_is_accepted(connect):
    with LocalServer(api_keys=["evr_pat_one", "evr_pat_two"]) as keyed:
        assert connect(keyed, key="evr_pat_two").get("/v1/agents").status == 200
        assert connect(keyed, key="dev").get("/v1/agents").status == 401


def test_every_answer_carries_a_request_id(server, api):
    session = api.new_session()
    answers = [
        api.get("/v1/agents"),
        api.get("/v1/agents/agent_00000000000000000000000000000000"),
        api.get("/v1/nothing-here"),
        api.delete(f"/v1/sessions/{session['id']}/pin"),
    ]
    stream = api.stream(session["id"])
    ids = [reply.headers["X-Request-Id"] for reply in answers] + [stream.headers["X-Request-Id"]]
    assert all(REQUEST_ID.fullmatch(value) for value in ids), ids
    assert len(set(ids)) == len(ids)


def test_problem_documents_name_the_request_in_instance(api):
    reply = api.get("/v1/sessions/session_00000000000000000000000000000000")
    assert reply.status == 404
    assert reply.json()["code"] == "session_not_found"
    assert reply.json()["instance"] == reply.headers["X-Request-Id"]


def test_an_unknown_path_is_a_404_problem_and_a_wrong_method_a_405(api):
    unknown = api.get("/v1/nothing-here")
    assert (unknown.status, unknown.json()["code"]) == (404, "not_found")
    wrong = api.put("/v1/agents")
    assert (wrong.status, wrong.json()["code"]) == (405, "method_not_allowed")
    assert wrong.headers["Allow"] == "GET, POST"


def test_an_unsupported_method_is_still_a_problem_with_a_request_id(server):
    connection = http.client.HTTPConnection(server.host, server.port, timeout=5)
    connection.request("OPTIONS", "/api/v1/agents")
    reply = connection.getresponse()
    assert reply.status == 501
    assert reply.headers["Content-Type"] == "application/problem+json"
    assert REQUEST_ID.fullmatch(reply.headers["X-Request-Id"])
    connection.close()


def test_invalid_json_wrong_types_and_missing_fields_are_400s_naming_the_problem(api):
    def detail(body: bytes) -> str:
        reply = api.post("/v1/agents", body=body, headers={"Content-Type": "application/json"})
        assert reply.status == 400
        assert reply.json()["code"] == "invalid_request"
        return str(reply.json()["detail"])

    assert "not valid JSON" in detail(b"{nope")
    assert "JSON object" in detail(b"[1, 2]")
    assert "system_prompt is required" in detail(b'{"name": "a"}')
    assert "name must be a string" in detail(b'{"name": 5, "system_prompt": "x"}')
    assert "tags must be an array" in detail(b'{"name": "a", "system_prompt": "x", "tags": "t"}')
    assert "tools[0].description is required" in detail(
        b'{"name": "a", "system_prompt": "x", "tools": [{"name": "t", "type": "client_side", "parameters": {}}]}'
    )


def test_a_json_body_needs_a_json_content_type(api):
    reply = api.post("/v1/agents", body=b'{"name": "a", "system_prompt": "x"}', headers={"Content-Type": "text/plain"})
    assert (reply.status, reply.json()["code"]) == (415, "unsupported_media_type")


def test_a_chunked_request_body_is_read(server):
    body = b'{"name": "chunky", "system_prompt": "x"}'
    with socket.create_connection((server.host, server.port), timeout=5) as raw:
        raw.sendall(
            b"POST /api/v1/agents HTTP/1.1\r\nHost: x\r\nAuthorization: dev\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + b"%x\r\n%b\r\n0\r\n\r\n" % (len(body), body)
        )
        answer = b"".join(iter(lambda: raw.recv(65536), b""))
    assert answer.startswith(b"HTTP/1.1 201")
    assert b'"name": "chunky"' in answer


def test_organisations_are_partitioned_by_x_org_id(server, connect):
    first, second, default = connect(server, org_id=ORG_A), connect(server, org_id=ORG_B), connect(server)
    first.new_agent("only-in-a")
    assert [a["name"] for a in first.get("/v1/agents").json()["data"]] == ["only-in-a"]
    assert second.get("/v1/agents").json()["data"] == []
    assert default.get("/v1/agents").json()["data"] == []
    session = first.new_session()
    assert session["organization_id"] == ORG_A
    assert second.get(f"/v1/sessions/{session['id']}").status == 404
    assert default.new_session()["organization_id"] == server.default_org_id


def test_every_org_has_its_own_generic_harness(server, connect):
    harness_ids = {
        connect(server, org_id=org).get("/v1/harnesses").json()["data"][0]["id"] for org in (ORG_A, ORG_B, None)
    }
    assert len(harness_ids) == 3


@pytest.mark.parametrize("org_id", ["org_123", "ORG_" + "a" * 32, "org_" + "A" * 32, "team_" + "a" * 32])
def test_a_malformed_org_id_is_a_400_problem(server, connect, org_id):
    reply = connect(server, org_id=org_id).get("/v1/agents")
    assert (reply.status, reply.json()["code"]) == (400, "invalid_org_id")


def test_a_well_formed_change_reason_is_accepted(api):
    reason = quote("Tightened the prompt + fixed a typo\n\tsee ticket", safe="")
    reply = api.post("/v1/agents", {"name": "a", "system_prompt": "x"}, headers={"Everruns-Change-Reason": reason})
    assert reply.status == 201


@pytest.mark.parametrize(
    "reason",
    [quote("x" * 1001), quote("bell\x07"), quote("carriage\rreturn"), "%FF%FE", quote("token evr_pat_abcdef123456")],
)
def test_a_bad_change_reason_is_a_400_invalid_change_reason(api, reason):
    reply = api.post("/v1/agents", {"name": "a", "system_prompt": "x"}, headers={"Everruns-Change-Reason": reason})
    assert (reply.status, reply.json()["code"]) == (400, "invalid_change_reason")
