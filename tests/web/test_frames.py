"""The pure part of everruns.web: the bytes of each frame, the end outcomes, the headers."""

from __future__ import annotations

import json

import pytest

from everruns import Event, NotFoundError, StreamError, TurnFailedError, TurnTimeoutError
from everruns.web import (
    KEEPALIVE_FRAME,
    SSE_HEADERS,
    end_frame,
    error_outcome,
    event_frame,
    resume_point,
    turn_outcome,
)


def event(event_type="output.message.delta", data=None, event_id="event_" + "a" * 32):
    return Event(id=event_id, type=event_type, ts="2026-01-01T00:00:00Z", session_id="session_x", data=data)


def test_an_event_frame_has_the_everruns_id_the_type_and_the_data_as_one_line_of_json():
    frame = event_frame(event(data={"delta": "Grüße\nzwei Zeilen", "accumulated": "…"}))
    assert (
        frame
        == (
            "id: event_" + "a" * 32 + "\nevent: output.message.delta\n"
            'data: {"delta":"Grüße\\nzwei Zeilen","accumulated":"…"}\n\n'
        ).encode()
    )


def test_a_line_break_in_an_id_or_type_cannot_start_a_field_of_its_own():
    frame = event_frame(event("turn.completed\ndata: forged", {}, "event_1\r\nevent: x"))
    lines = frame.decode().split("\n")
    assert lines[:3] == ["id: event_1event: x", "event: turn.completeddata: forged", "data: {}"]


def test_keepalive_is_a_comment():
    assert KEEPALIVE_FRAME.startswith(b":")
    assert KEEPALIVE_FRAME.endswith(b"\n\n")


@pytest.mark.parametrize(
    ("end_type", "data", "outcome"),
    [
        ("turn.completed", {"turn_id": "t"}, {"status": "completed"}),
        ("turn.cancelled", {"reason": "by request"}, {"status": "cancelled"}),
        ("turn.sealed", {}, {"status": "sealed"}),
        (
            "turn.failed",
            {"error": "boom", "error_code": "model_error"},
            {"status": "failed", "error": "boom", "code": "model_error"},
        ),
        ("turn.failed", {}, {"status": "failed", "error": "the turn failed", "code": None}),
    ],
)
def test_the_end_outcome_says_how_the_turn_ended(end_type, data, outcome):
    assert turn_outcome(event(end_type, data)) == outcome


def test_errors_of_the_relay_become_outcomes_too():
    assert error_outcome(TurnTimeoutError("too slow", timeout=1)) == {"status": "timed_out"}
    assert error_outcome(TurnFailedError("boom", error_code="x")) == {"status": "failed", "error": "boom", "code": "x"}
    missing = error_outcome(NotFoundError(404, code="session_not_found", detail="no such session"))
    assert (missing["status"], missing["code"]) == ("error", "session_not_found")
    assert error_outcome(StreamError("gave up")) == {"status": "error", "error": "gave up", "code": None}


def test_an_end_type_this_sdk_does_not_know_yet_is_named_as_the_others_are():
    assert turn_outcome(event("turn.expired", {})) == {"status": "expired"}


@pytest.mark.parametrize("error", ["", 42, None])
def test_a_failed_turn_without_a_readable_error_gets_a_generic_one(error):
    outcome = turn_outcome(event("turn.failed", {"error": error, "error_code": "x"}))
    assert outcome == {"status": "failed", "error": "the turn failed", "code": "x"}


def test_an_error_without_a_message_is_named_by_its_type():
    assert error_outcome(StreamError("")) == {"status": "error", "error": "StreamError", "code": None}


def test_the_end_frame_is_one_line_of_compact_json_that_keeps_non_ascii_text():
    frame = end_frame({"status": "failed", "error": "Grüße: kaputt", "code": None})
    assert frame == 'event: end\ndata: {"status":"failed","error":"Grüße: kaputt","code":null}\n\n'.encode()


def test_the_end_frame_is_an_end_event_with_the_outcome_as_data():
    frame = end_frame({"status": "failed", "error": "boom", "code": None}).decode()
    assert frame.startswith("event: end\ndata: ")
    assert frame.endswith("\n\n")
    assert json.loads(frame.split("data: ", 1)[1]) == {"status": "failed", "error": "boom", "code": None}


def test_last_event_id_wins_over_the_resume_point_in_the_url():
    assert resume_point("event_2", "event_1") == "event_2"
    assert resume_point(None, "event_1") == "event_1"
    assert resume_point("  ", "event_1") == "event_1"
    assert resume_point(None, "") is None


def test_the_headers_ask_for_no_caching_no_proxy_buffering_and_no_compression():
    headers = dict(SSE_HEADERS)
    assert headers["Content-Type"].startswith("text/event-stream")
    assert headers["Cache-Control"] == "no-cache"
    assert headers["X-Accel-Buffering"] == "no"
    assert headers["Content-Encoding"] == "identity"
    assert "Content-Length" not in headers
