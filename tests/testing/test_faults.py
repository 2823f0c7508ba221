"""Injected faults: failing, proxy pages, slowness, dropped, stalled and cycled streams."""

from __future__ import annotations

import http.client
import json
import time

import pytest


def test_fail_next_fails_exactly_n_requests_with_a_problem(server, api):
    server.faults.fail_next(2)
    first, second, third = (api.get("/v1/models") for _ in range(3))
    assert (first.status, second.status, third.status) == (503, 503, 200)
    problem = first.json()
    assert (problem["status"], problem["code"], problem["title"]) == (503, "service_unavailable", "Service Unavailable")
    assert first.media_type == "application/problem+json"
    assert first.headers["X-Request-Id"].startswith("req_")


def test_a_rate_limit_carries_retry_after_in_header_and_body(server, api):
    server.faults.fail_next(status=429, retry_after=3, retry_after_seconds=3)
    reply = api.get("/v1/models")
    assert (reply.status, reply.headers["Retry-After"], reply.json()["retry_after_seconds"]) == (429, "3", 3)
    assert reply.json()["code"] == "rate_limited"


def test_fail_next_takes_a_custom_code_and_leaves_out_absent_retry_hints(server, api):
    server.faults.fail_next(status=500, code="database_down")
    reply = api.get("/v1/models")
    assert (reply.status, reply.json()["code"]) == (500, "database_down")
    assert "Retry-After" not in reply.headers
    assert "retry_after_seconds" not in reply.json()


def test_a_proxy_page_is_html(server, api):
    server.faults.proxy_html_502(1)
    reply = api.get("/v1/models")
    assert (reply.status, reply.media_type) == (502, "text/html")
    assert b"502 Bad Gateway" in reply.body
    assert api.get("/v1/models").status == 200


def test_an_html_page_can_come_with_any_status_such_as_a_portals_200(server, api):
    server.faults.html_page(2, status=200)
    for _ in range(2):
        reply = api.get("/v1/models")
        assert (reply.status, reply.media_type) == (200, "text/html")
        assert b"200 OK" in reply.body
    assert api.get("/v1/models").json()["data"]


def test_quote_credentials_next_repeats_the_callers_key_in_the_problem(server, api):
    server.faults.quote_credentials_next(1, status=403)
    reply = api.get("/v1/models")
    problem = reply.json()
    assert (reply.status, reply.media_type, problem["code"]) == (403, "application/problem+json", "forbidden")
    assert "dev" in problem["title"]
    assert "dev" in problem["detail"]
    assert problem["errors"] == [{"field": "authorization", "value": "dev", "seen": ["dev"]}]
    assert api.get("/v1/models").status == 200


def test_requests_are_recorded_with_the_time_they_arrived(server, api):
    before = time.monotonic()
    api.get("/v1/models")
    api.get("/v1/models")
    first, second = server.requests
    assert before <= first.received_at <= second.received_at <= time.monotonic()


def test_slow_delays_the_next_requests_only(server, api):
    server.faults.slow(0.2, n=1)
    began = time.monotonic()
    assert api.get("/v1/models").status == 200
    assert time.monotonic() - began >= 0.2
    began = time.monotonic()
    api.get("/v1/models")
    assert time.monotonic() - began < 0.2


def test_faults_hit_stream_requests_too(server, api):
    session = api.new_session()
    server.faults.fail_next(1, status=503)
    assert api.stream(session["id"]).status == 503
    assert api.stream(session["id"]).status == 200


def _session_with_a_turn(api):
    session = api.new_session()
    api.say(session["id"], "one two three")
    return session["id"], api.wait_for_turns(session["id"])


def test_a_dropped_stream_delivers_k_events_then_breaks_without_a_clean_end(server, api):
    session_id, events = _session_with_a_turn(api)
    server.faults.drop_sse_after(2)
    stream = api.stream(session_id)
    assert stream.next_frame().event == "connected"
    delivered = stream.events(2)
    with pytest.raises((http.client.IncompleteRead, ConnectionError)):
        stream.next_frame()
    resumed = api.stream(session_id, {"since_id": delivered[-1].id})
    resumed.next_frame()
    assert resumed.events(1)[0].id == events[2]["id"]


def test_a_mid_frame_drop_leaves_half_a_frame(server, api):
    session_id, events = _session_with_a_turn(api)
    server.faults.drop_sse_after(1, mid_frame=True)
    stream = api.stream(session_id)
    stream.next_frame()
    assert stream.events(1)[0].id == events[0]["id"]
    with pytest.raises(http.client.IncompleteRead):
        stream.next_frame()
    data = json.dumps(events[1], separators=(",", ":"))
    whole = f"event: {events[1]['type']}\nid: {events[1]['id']}\nretry: 100\ndata: {data}"
    assert whole.startswith(stream.partial)
    assert len(whole) // 3 < len(stream.partial) < len(whole)


def test_a_stalled_stream_sends_headers_then_nothing(server, api):
    session = api.new_session()
    server.faults.stall_next_sse()
    stalled = api.stream(session["id"], timeout=0.3)
    assert stalled.status == 200
    with pytest.raises(TimeoutError):
        stalled.next_frame()
    assert api.stream(session["id"]).next_frame().event == "connected"


def test_a_stall_without_headers_times_out_waiting_for_the_response(server, api):
    session = api.new_session()
    server.faults.stall_next_sse(send_headers=False)
    with pytest.raises(TimeoutError):
        api.stream(session["id"], timeout=0.3)


def test_cycle_every_k_events_sends_disconnecting_after_each_k(server, api):
    session_id, events = _session_with_a_turn(api)
    server.faults.cycle_every(3)
    for start in (0, 3):
        query = {"since_id": events[start - 1]["id"]} if start else None
        stream = api.stream(session_id, query)
        frames = [stream.next_frame() for _ in range(5)]
        assert [f.event for f in frames] == [
            "connected",
            *(e["type"] for e in events[start : start + 3]),
            "disconnecting",
        ]
        assert frames[-1].json() == {"reason": "connection_cycle", "retry_ms": 100}
        assert stream.next_frame() is None


def test_reset_removes_every_pending_fault(server, api):
    session_id, events = _session_with_a_turn(api)
    server.faults.fail_next(5)
    server.faults.slow(5.0, n=5)
    server.faults.cycle_every(1)
    server.faults.drop_sse_after(0)
    server.faults.reset()
    assert api.get("/v1/models").status == 200
    stream = api.stream(session_id)
    stream.next_frame()
    assert [f.id for f in stream.events(len(events))] == [e["id"] for e in events]


def test_a_negative_count_is_refused(server):
    with pytest.raises(ValueError, match="negative"):
        server.faults.fail_next(-1)
