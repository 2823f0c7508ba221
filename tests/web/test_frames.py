"""The pure part of everruns.web: which events a browser gets and with what, the bytes of
each frame, the end outcomes (with nothing of an error's text), the headers."""

from __future__ import annotations

import json

import pytest

from everruns import (
    ApiError,
    EventShapeError,
    NetworkError,
    NotFoundError,
    RequestTimeoutError,
    StreamError,
    TurnFailedError,
    TurnTimeoutError,
    UnexpectedResponseError,
    ValidationError,
)
from everruns._events import Event
from everruns.web import (
    BROWSER_TYPES,
    KEEPALIVE_FRAME,
    SSE_HEADERS,
    Forwarding,
    browser_payload,
    end_frame,
    error_code,
    error_outcome,
    event_frame,
    resume_point,
    shorten,
    turn_outcome,
)


def event(event_type="output.message.delta", data=None, event_id="event_" + "a" * 32):
    return Event(id=event_id, type=event_type, ts="2026-01-01T00:00:00Z", session_id="session_x", data=data)


def sent(forwarding, *events):
    """What the browser gets of ``events``: (event name, data) for each frame."""
    frames = [forwarding.frame(each) for each in events]
    return [parse(frame) for frame in frames if frame is not None]


def parse(frame):
    lines = frame.decode().removesuffix("\n\n").split("\n")
    fields = dict(line.split(": ", 1) for line in lines)
    return fields["event"], json.loads(fields["data"])


def test_an_event_frame_has_the_everruns_id_the_type_and_the_data_as_one_line_of_json():
    frame = event_frame(event(data={"delta": "Grüße\nzwei Zeilen", "accumulated": "…"}))
    assert (
        frame
        == (
            "id: event_" + "a" * 32 + "\nevent: output.message.delta\n"
            'data: {"delta":"Grüße\\nzwei Zeilen","accumulated":"…"}\n\n'
        ).encode()
    )


def test_an_event_frame_may_carry_other_data_than_the_events_own():
    frame = event_frame(event(data={"delta": "all of it"}), {"delta": "some"})
    assert frame.endswith(b'data: {"delta":"some"}\n\n')


def test_a_line_break_in_an_id_or_type_cannot_start_a_field_of_its_own():
    frame = event_frame(event("turn.completed\ndata: forged", {}, "event_1\r\nevent: x"))
    lines = frame.decode().split("\n")
    assert lines[:3] == ["id: event_1event: x", "event: turn.completeddata: forged", "data: {}"]
    forwarded = Forwarding(["*"]).frame(event("turn.completed\r\ndata: forged", {}, "event_1\r\nevent: x"))
    assert forwarded.decode().split("\n")[:3] == [
        "id: event_1event: x",
        "event: turn.completeddata: forged",
        "data: {}",
    ]


def test_a_lone_surrogate_anywhere_becomes_the_replacement_character_and_the_frame_is_utf8():
    broken = event("output.message.delta\ud83d", {"delta": "half an emoji: \ud83d", "\udc00": 1}, "event_\ud83d")
    for frame in (event_frame(broken), Forwarding(["*"]).frame(broken)):
        text = frame.decode("utf-8")
        assert "\ufffd" in text.split("\n")[0]
        assert "\ufffd" in text.split("\n")[1]
        assert json.loads(text.split("data: ", 1)[1]) == {"delta": "half an emoji: \ufffd", "\ufffd": 1}
    failed = end_frame({"status": "failed", "error": "bad \ud83d\udc00 pair of halves", "code": None})
    assert json.loads(failed.decode("utf-8").split("data: ", 1)[1])["error"] == "bad \ufffd\ufffd pair of halves"


def test_keepalive_is_a_comment():
    assert KEEPALIVE_FRAME.startswith(b":")
    assert KEEPALIVE_FRAME.endswith(b"\n\n")


def test_a_browser_gets_the_reply_the_tools_that_run_and_the_end_of_the_turn_by_default():
    forwarding = Forwarding()
    kinds = [
        "output.message.started",
        "output.message.delta",
        "output.message.replaced",
        "output.message.completed",
        "tool.started",
        "tool.completed",
        "turn.completed",
        "turn.failed",
        "turn.cancelled",
        "turn.sealed",
    ]
    assert [name for name, _ in sent(forwarding, *(event(kind, {}) for kind in kinds))] == kinds
    assert set(BROWSER_TYPES) == {"output.message.*", *kinds[4:]}


@pytest.mark.parametrize(
    "kept_back",
    [
        "llm.generation",
        "reason.thinking.delta",
        "reason.started",
        "input.message",
        "turn.started",
        "tool.call_requested",
        "tool.output.delta",
        "some.future.type",
        "output.messages",
        "end",
    ],
)
def test_everything_else_stays_on_the_server_by_default(kept_back):
    assert Forwarding().frame(event(kept_back, {"secret": "x"})) is None


def test_a_tools_events_carry_its_call_id_name_and_status_only():
    started = event(
        "tool.started",
        {"tool_call": {"id": "call_1", "name": "lookup", "arguments": {"account": "42"}}, "narration": "Looking up 42"},
    )
    completed = event(
        "tool.completed",
        {
            "tool_call_id": "call_1",
            "tool_name": "lookup",
            "status": "error",
            "success": False,
            "error": "db at 10.0.0.5 refused",
            "result": [{"type": "text", "text": "balance 1000"}],
        },
    )
    assert sent(Forwarding(), started, completed) == [
        ("tool.started", {"tool_call_id": "call_1", "name": "lookup", "status": "started"}),
        ("tool.completed", {"tool_call_id": "call_1", "name": "lookup", "status": "error"}),
    ]


def test_the_end_of_a_turn_carries_its_id_and_a_failed_one_its_own_error():
    summary = {"turn_id": "turn_1", "usage": {"input_tokens": 9}, "final_answer_preview": "..."}
    failed = {"turn_id": "turn_1", "error": "provider down", "error_code": "llm_unavailable", "error_fields": {"k": 1}}
    assert sent(Forwarding(), event("turn.completed", summary), event("turn.failed", failed)) == [
        ("turn.completed", {"turn_id": "turn_1"}),
        ("turn.failed", {"turn_id": "turn_1", "error": "provider down", "error_code": "llm_unavailable"}),
    ]
    for kind in ("turn.cancelled", "turn.sealed"):
        assert browser_payload(event(kind, {**summary, "reason": "by request"})) == {"turn_id": "turn_1"}


@pytest.mark.parametrize("data", [{}, {"tool_call": "not an object"}, {"tool_call": None}])
def test_a_tools_event_of_another_shape_gives_empty_fields_not_an_error(data):
    assert browser_payload(event("tool.started", data)) == {"tool_call_id": None, "name": None, "status": "started"}
    assert browser_payload(event("tool.completed", data)) == {"tool_call_id": None, "name": None, "status": None}


def test_a_payload_that_is_not_an_object_gives_empty_fields_too():
    broken = event("turn.failed")
    broken.data = ["not", "an", "object"]
    assert browser_payload(broken) == {"turn_id": None, "error": None, "error_code": None}


def test_the_reply_goes_out_as_it_came():
    delta = {"turn_id": "turn_1", "delta": "Hi", "accumulated": "Hi"}
    assert browser_payload(event("output.message.delta", delta)) == delta


def test_types_widen_or_narrow_what_goes_out_by_name_or_prefix():
    narrow = Forwarding(["output.message.delta"])
    wide = Forwarding(["reason.*", "llm.generation", "output.message.delta"])
    kinds = ["output.message.delta", "output.message.started", "reason.thinking.delta", "llm.generation", "reasons"]
    assert [name for name, _ in sent(narrow, *(event(kind, {}) for kind in kinds))] == ["output.message.delta"]
    assert [name for name, _ in sent(wide, *(event(kind, {}) for kind in kinds))] == kinds[:1] + kinds[2:4]


def test_every_type_but_end_goes_out_with_a_star():
    everything = Forwarding(["*"])
    kinds = ["llm.generation", "some.future.type", "end", "e\nnd", "input.message"]
    assert [name for name, _ in sent(everything, *(event(kind, {}) for kind in kinds))] == [
        "llm.generation",
        "some.future.type",
        "input.message",
    ]


def test_an_event_filter_decides_the_data_or_keeps_an_event_back():
    def only_long_deltas(each):
        return None if len(each.data["delta"]) < 3 else {"text": each.data["delta"].upper()}

    forwarding = Forwarding(["output.message.delta", "llm.generation"], only_long_deltas)
    deltas = [event("output.message.delta", {"delta": text}) for text in ("a", "abcd")]
    assert sent(forwarding, *deltas, event("reason.thinking.delta", {"delta": "xxxx"})) == [
        ("output.message.delta", {"text": "ABCD"})
    ]
    assert sent(Forwarding(["llm.generation"], lambda each: each.data), event("llm.generation", {"all": 1})) == [
        ("llm.generation", {"all": 1})
    ]


@pytest.mark.parametrize(
    ("types", "message"),
    [
        ("output.message.*", "types must be a list of event types, not one string"),
        (None, "types must be a list of event types, not one string"),
        (["end"], "end is the relay's own frame, not an event type to forward"),
        ([""], "types must hold event types on one line, got ''"),
        (["a\nb"], "types must hold event types on one line, got 'a\\nb'"),
        (["a\rb"], "types must hold event types on one line, got 'a\\rb'"),
        ([3], "types must hold event types on one line, got 3"),
    ],
)
def test_types_that_cannot_be_forwarded_are_refused(types, message):
    with pytest.raises(ValidationError) as refused:
        Forwarding(types)
    assert (str(refused.value), refused.value.field) == (message, "types")


def test_an_event_filter_must_be_callable():
    with pytest.raises(ValidationError) as refused:
        Forwarding(event_filter="data")
    assert (str(refused.value), refused.value.field) == ("event_filter must be callable, got 'data'", "event_filter")


def test_the_decision_per_type_is_remembered_for_a_bounded_number_of_types():
    forwarding = Forwarding(["made.up.*"])
    made_up = [event(f"made.up.{number}", {}) for number in range(300)]
    assert len(sent(forwarding, *made_up)) == 300
    assert len(forwarding._names) == 256, "an upstream that makes types up cannot grow it without bound"
    assert len(sent(forwarding, *made_up)) == 300, "past the bound each decision is made again, the same"
    assert forwarding.frame(event("other", {})) is None


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


def test_an_end_type_this_sdk_does_not_know_yet_is_named_as_the_others_are():
    assert turn_outcome(event("turn.expired", {})) == {"status": "expired"}


@pytest.mark.parametrize("error", ["", 42, None])
def test_a_failed_turn_without_a_readable_error_gets_a_generic_one(error):
    outcome = turn_outcome(event("turn.failed", {"error": error, "error_code": "x"}))
    assert outcome == {"status": "failed", "error": "the turn failed", "code": "x"}


def test_a_timed_out_or_failed_turn_ends_as_such():
    assert error_outcome(TurnTimeoutError("too slow", timeout=1)) == {"status": "timed_out"}
    assert error_outcome(TurnFailedError("boom", error_code="x")) == {"status": "failed", "error": "boom", "code": "x"}


INTERNAL = "GET http://user@127.0.0.1:1/internal-api/v1/sessions/session_1/sse: ConnectError: refused"


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (NotFoundError(404, code="session_not_found", detail=INTERNAL), "session_not_found"),
        (ApiError(502, code=None, detail=INTERNAL), "api_error"),
        (ApiError(400, code="Not A Code: " + INTERNAL, detail=INTERNAL), "api_error"),
        (ApiError(400, code="x" * 64, detail=INTERNAL), "x" * 64),
        (ApiError(400, code="x" * 65, detail=INTERNAL), "api_error"),
        (ApiError(400, code="rate.limited_2", detail=INTERNAL), "rate.limited_2"),
        (ApiError(400, code="2fast", detail=INTERNAL), "api_error"),
        (ValidationError(INTERNAL, field="last_event_id"), "invalid_request"),
        (NetworkError(INTERNAL), "upstream_unreachable"),
        (RequestTimeoutError(INTERNAL), "upstream_unreachable"),
        (StreamError(INTERNAL), "stream_failed"),
        (UnexpectedResponseError(INTERNAL, status_code=200), "upstream_error"),
        (EventShapeError(INTERNAL), "upstream_error"),
        (UnicodeEncodeError("utf-8", INTERNAL, 0, 1, "surrogates not allowed"), "relay_failed"),
        (RuntimeError(INTERNAL), "relay_failed"),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else value[:20],
)
def test_any_other_error_ends_with_a_machine_code_and_none_of_its_text(error, code):
    assert error_code(error) == code
    assert error_outcome(error) == {"status": "error", "code": code}
    assert b"internal" not in end_frame(error_outcome(error))


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
    assert resume_point(" event_3 ", None) == "event_3"
    assert resume_point(None, "") is None
    assert resume_point(None) is None


def test_a_resume_point_longer_than_any_event_id_is_cut_to_a_short_prefix():
    valid = "event_" + "f" * 32
    assert resume_point(valid) == valid
    assert resume_point("A" * 8192) == "A" * 64 + "…"
    assert resume_point(None, valid + "B" * 8192) == valid + "B" * 26 + "…"


def test_shorten_keeps_up_to_64_characters_and_marks_a_cut():
    assert shorten("x" * 64) == "x" * 64
    assert shorten("x" * 65) == "x" * 64 + "…"
    assert shorten("") == ""


def test_the_headers_ask_for_no_caching_no_proxy_buffering_and_no_compression():
    headers = dict(SSE_HEADERS)
    assert headers["Content-Type"].startswith("text/event-stream")
    assert headers["Cache-Control"] == "no-cache"
    assert headers["X-Accel-Buffering"] == "no"
    assert headers["Content-Encoding"] == "identity"
    assert "Content-Length" not in headers
