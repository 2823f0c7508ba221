"""What a relay keeps from the browser and how it ends when something goes wrong, on real
sockets: the blocking relay under werkzeug and the asyncio relay under uvicorn, in front
of an Everruns API whose turns hold what a browser must never see."""

from __future__ import annotations

import logging
import re
from types import SimpleNamespace

import pytest
from scripted_everruns import REPLY, reply_turn
from scripted_server import Pause

from everruns import Everruns

from .conftest import _serve

SECRETS_LOGGER = "everruns.web"


def reply_of(frames):
    return "".join(frame.json()["delta"] for frame in frames if frame.event == "output.message.delta")


def body_of(response):
    """Everything the browser got, as one text."""
    return body_of_frames(response.frames())


def relay_records(caplog):
    return [record for record in caplog.records if record.name == SECRETS_LOGGER]


def test_the_browser_gets_the_reply_and_which_tools_ran_and_nothing_else_of_the_turn(serve_relays, scripted):
    relays = serve_relays()
    response = relays.turn(relays.new_session(), text="hi")
    frames = response.frames()
    assert "SECRET" not in body_of(response), "no thinking, generation, arguments, results or unknown types"
    assert [f.event for f in frames if f.id is not None] == [
        "tool.started",
        "tool.completed",
        "output.message.started",
        *["output.message.delta"] * len(REPLY.split(" ")),
        "output.message.completed",
        "turn.completed",
    ]
    tools = [f.json() for f in frames if f.event and f.event.startswith("tool.")]
    assert tools == [
        {"tool_call_id": "call_1", "name": "lookup_account", "status": "started"},
        {"tool_call_id": "call_1", "name": "lookup_account", "status": "success"},
    ]
    assert reply_of(frames) == REPLY
    assert [f.event for f in frames].count("end") == 1
    assert frames[-1].json() == {"status": "completed"}


def test_types_and_an_event_filter_widen_what_goes_out_on_purpose(serve_relays, scripted):
    relays = serve_relays(types=["reason.*", "llm.generation", "output.message.delta"], event_filter=lambda e: e.data)
    frames = relays.turn(relays.new_session(), text="hi").frames()
    assert [f.event for f in frames if f.id is not None][:2] == ["reason.thinking.delta", "llm.generation"]
    assert frames[1].json()["delta"] == "SECRET-THOUGHT"
    assert {f.event for f in frames if f.id is not None} == {
        "reason.thinking.delta",
        "llm.generation",
        *["output.message.delta"],
    }
    assert frames[-1].json() == {"status": "completed"}


def test_types_narrow_what_goes_out_on_purpose(serve_relays, scripted):
    relays = serve_relays(types=["output.message.delta"])
    frames = relays.turn(relays.new_session(), text="hi").frames()
    assert {f.event for f in frames if f.id is not None} == {"output.message.delta"}
    assert reply_of(frames) == REPLY


def test_an_upstream_event_named_end_never_reaches_the_browser_even_when_every_type_is_asked_for(
    serve_relays, scripted
):
    relays = serve_relays(types=["*"], event_filter=lambda e: e.data)
    frames = relays.turn(relays.new_session(), text="hi").frames()
    assert "llm.generation" in [f.event for f in frames], "every other type went out, as asked"
    ends = [f for f in frames if f.event == "end"]
    assert ends == [frames[-1]]
    assert frames[-1].json() == {"status": "completed"}, "the relay's own, not the upstream's forged one"


def test_a_lone_surrogate_in_a_reply_arrives_as_the_replacement_character_and_the_turn_ends(serve_relays, scripted):
    scripted.script(reply_turn("half an emoji: ", "\ud83d", " and on"))
    relays = serve_relays()
    response = relays.turn(relays.new_session(), text="hi")
    frames = response.frames()
    assert reply_of(frames) == "half an emoji: \ufffd and on"
    assert frames[-1].json() == {"status": "completed"}
    assert len(scripted.streams()) == 1, "read once, to its end"


def test_an_exception_in_the_relay_ends_the_response_with_an_error_frame_and_one_log_line(
    serve_relays, scripted, caplog
):
    def fails_on_the_second_word(event):
        if event.data.get("delta") == "from ":
            raise RuntimeError("SECRET detail of a bug")
        return event.data

    relays = serve_relays(types=["output.message.delta"], event_filter=fails_on_the_second_word)
    with caplog.at_level(logging.INFO, SECRETS_LOGGER):
        response = relays.turn(relays.new_session(), text="hi")
        frames = response.frames()
    assert response.ended
    assert reply_of(frames) == "Hello "
    assert frames[-1].fields == {"event": "end", "data": '{"status":"error","code":"relay_failed"}'}
    assert "SECRET" not in body_of(response)
    (record,) = relay_records(caplog)
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None
    assert "SECRET detail of a bug" in repr(record.exc_info[1])


@pytest.fixture(params=["werkzeug", "uvicorn"])
def unreachable_relays(request):
    """Relays whose API does not answer: nothing listens on port 1."""
    upstream = SimpleNamespace(url="http://127.0.0.1:1/internal-api")
    with (
        Everruns(api_key="dev", base_url=upstream.url, max_retries=0) as client,
        _serve(request.param, upstream, client) as served,
    ):
        yield served


def test_an_unreachable_api_ends_with_a_code_and_its_url_goes_to_the_log(unreachable_relays, caplog):
    with caplog.at_level(logging.INFO, SECRETS_LOGGER):
        response = unreachable_relays.turn("session_" + "0" * 32, text="hi")
        frames = response.frames()
    assert frames[-1].json() == {"status": "error", "code": "upstream_unreachable"}
    assert "internal-api" not in body_of(response)
    assert "127.0.0.1:1" not in body_of(response)
    (record,) = relay_records(caplog)
    assert record.levelno == logging.WARNING
    assert "http://127.0.0.1:1/internal-api/v1/sessions/session_" in record.getMessage()


@pytest.mark.parametrize(
    ("path", "named"),
    [("turn", "relay of a turn in 'session_0000"), ("events", "relay of 'session_0000")],
)
def test_an_error_of_the_api_goes_to_the_log_with_the_relay_and_the_request_id(any_relays, caplog, path, named):
    with caplog.at_level(logging.INFO, SECRETS_LOGGER):
        frames = any_relays.open(f"/sessions/session_{'0' * 32}/{path}", text="hi").frames()
    assert frames[-1].json() == {"status": "error", "code": "session_not_found"}
    (record,) = relay_records(caplog)
    message = record.getMessage()
    assert message.startswith(named)
    assert "' ended with code session_not_found: NotFoundError:" in message
    assert re.search(r"\(request id req_[0-9a-f]{32}\)$", message), message


@pytest.mark.parametrize(
    ("where", "value"),
    [("header", "A" * 8192), ("url", "A" * 8192), ("header", "event_" + "0" * 32 + "A" * 8192)],
    ids=["Last-Event-ID", "resume_from", "an event id and more"],
)
def test_a_resume_point_of_8_kb_is_neither_echoed_to_the_browser_nor_logged_whole(any_relays, caplog, where, value):
    session_id = any_relays.new_session()
    headers, query = ({"Last-Event-ID": value}, {}) if where == "header" else ({}, {"resume_from": value})
    with caplog.at_level(logging.INFO, SECRETS_LOGGER):
        response = any_relays.turn(session_id, headers, text="hi", **query)
        frames = response.frames()
    assert frames[-1].json() == {"status": "error", "code": "invalid_request"}
    assert "AAAA" not in body_of(response)
    (record,) = relay_records(caplog)
    assert "A" * 26 + "…" in record.getMessage()
    assert "A" * 65 not in record.getMessage()
    assert not [r for r in any_relays.upstream.requests if r.path.endswith("/messages")], "nothing posted"


def test_a_session_id_of_8_kb_is_logged_cut_short(any_relays, caplog):
    with caplog.at_level(logging.INFO, SECRETS_LOGGER):
        frames = any_relays.turn("B" * 8192, text="hi").frames()
    assert frames[-1].json() == {"status": "error", "code": "invalid_request"}
    (record,) = relay_records(caplog)
    assert "B" * 64 + "…" in record.getMessage()
    assert "B" * 65 not in record.getMessage()


def test_keepalives_go_out_while_only_events_the_browser_does_not_get_arrive(serve_relays, scripted):
    thinking = [item for _ in range(12) for item in (Pause(0.1), ("reason.thinking.delta", {"delta": "hmm"}))]
    scripted.script([*thinking, *reply_turn("done")])
    relays = serve_relays()
    frames = relays.turn(relays.new_session(), text="hi", keepalive=0.3).frames()
    first_event = next(i for i, f in enumerate(frames) if f.id is not None)
    assert sum(f.is_keepalive for f in frames[:first_event]) >= 2, "1.2 s of kept-back events at a 0.3 s keepalive"
    assert "hmm" not in str([f.fields for f in frames])
    assert frames[-1].json() == {"status": "completed"}


def test_a_text_over_max_text_gets_413_and_nothing_is_posted(serve_relays, scripted):
    relays = serve_relays(max_text=10)
    session_id = relays.new_session()
    refused = relays.turn(session_id, text="x" * 11)
    assert refused.response.status == 413
    assert [f.fields for f in refused.frames()] == [
        {"event": "end", "data": '{"status":"error","code":"text_too_long"}'}
    ]
    assert scripted.posts() == []
    accepted = relays.turn(session_id, text="x" * 10)
    assert accepted.response.status == 200
    assert accepted.frames()[-1].json() == {"status": "completed"}
    assert len(scripted.posts()) == 1


def test_an_upstream_frame_that_never_ends_ends_the_browsers_stream_with_an_error(serve_relays, scripted):
    scripted.script_stream([b"event: output.message.delta\ndata: ", *[b"x" * 65536] * 200])
    relays = serve_relays()
    frames = relays.turn(relays.new_session(), text="hi", keepalive=0.5, timeout=5).frames()
    assert frames[-1].event == "end"
    assert frames[-1].json() == {"status": "error", "code": "stream_failed"}  # the frame limit, not the timeout


def test_an_event_filter_alone_changes_the_data_of_the_default_types(serve_relays, scripted):
    relays = serve_relays(event_filter=lambda event: {"only": event.type})
    frames = relays.turn(relays.new_session(), text="hi").frames()
    assert [f.json() for f in frames if f.id is not None][:2] == [{"only": "tool.started"}, {"only": "tool.completed"}]
    assert "SECRET" not in body_of_frames(frames)


def body_of_frames(frames):
    return "\n".join(repr(frame.fields) for frame in frames)
