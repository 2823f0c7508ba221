"""everruns.web relaying turns to a browser, on real sockets: a WSGI server in front of the
SDK, the local Everruns server behind it."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

import everruns.web
from everruns.web import Forwarding, _relay, browser_payload


def event_frames(frames):
    return [frame for frame in frames if frame.id is not None]


def forwarded(events):
    """The events a browser gets by default, of those listed."""
    return [event for event in events if Forwarding().frame(event) is not None]


def reply_of(frames):
    return "".join(frame.json()["delta"] for frame in frames if frame.event == "output.message.delta")


@pytest.fixture
def fresh_process_state(monkeypatch):
    """Tests that shut relays down put the process-wide switch back afterwards."""
    monkeypatch.setattr(_relay, "_shutting_down", False)


def test_a_turn_goes_out_as_its_events_then_an_end_frame_and_the_response_ends(relays):
    relays.upstream.model.script_reply("Hello from the relay.")
    session_id = relays.new_session()
    response = relays.turn(session_id, text="hi")
    assert response.response.status == 200
    assert response.headers["Content-Type"] == "text/event-stream; charset=utf-8"
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["X-Accel-Buffering"] == "no"
    assert response.headers["Content-Encoding"] == "identity"
    frames = response.frames()
    assert response.ended
    assert frames[0].fields == {"retry": "1000"}, "the first write sends the headers at once"
    listed = forwarded(relays.client.events.list(session_id).data)
    sent = event_frames(frames)
    assert [(f.id, f.event) for f in sent] == [(e.id, e.type) for e in listed]
    assert [f.event for f in sent][:2] == ["output.message.started", "output.message.delta"], "no input.message"
    assert [f.json() for f in sent] == [dict(browser_payload(e)) for e in listed]
    assert reply_of(frames) == "Hello from the relay."
    assert (frames[-1].event, frames[-1].json()) == ("end", {"status": "completed"})


def test_keepalive_comments_go_out_while_the_turn_is_quiet(any_relays):
    any_relays.upstream.model.pace(tokens_per_second=50, first_token_delay=1.2)
    frames = any_relays.turn(any_relays.new_session(), text="hi", keepalive=0.2).frames()
    first_delta = next(i for i, f in enumerate(frames) if f.event == "output.message.delta")
    assert sum(f.is_keepalive for f in frames[:first_delta]) >= 2, "1.2 s of silence at a 0.2 s keepalive"
    assert frames[first_delta - 1].fields == {"comment": "keepalive"}
    assert frames[-1].json() == {"status": "completed"}


def test_keepalives_go_on_while_the_sdk_reconnects_upstream_and_no_event_repeats(any_relays):
    upstream = any_relays.upstream
    upstream.model.pace(tokens_per_second=50)
    upstream.model.script_reply("one two three four five six seven eight nine ten")
    upstream.faults.drop_sse_after(4)
    session_id = any_relays.new_session()
    frames = any_relays.turn(session_id, text="hi", keepalive=0.2).frames()
    sent = event_frames(frames)
    assert len({f.id for f in sent}) == len(sent) == len(forwarded(any_relays.client.events.list(session_id).data))
    assert reply_of(frames) == "one two three four five six seven eight nine ten"
    first_word = frames.index(sent[1])  # the fourth event upstream, after which the stream dropped
    assert any(f.is_keepalive for f in frames[first_word : frames.index(sent[2])]), "the 1 s backoff is not silent"
    streams = [r for r in upstream.requests if r.path.endswith(f"/{session_id}/sse")]
    assert len(streams) == 2, "the drop was real: the SDK reconnected"


def test_a_browser_that_comes_back_with_last_event_id_gets_the_rest_of_its_turn_and_no_new_one(relays):
    relays.upstream.model.pace(tokens_per_second=40)
    relays.upstream.model.script_reply("a reply long enough to be cut in the middle")
    session_id = relays.new_session()
    first = relays.turn(session_id, text="hi")
    before = [first.until(lambda f: f.id is not None) for _ in range(4)]
    first.close()
    # The URL also names a resume point (the first event); the header names a later one and wins.
    again = relays.turn(session_id, {"Last-Event-ID": before[-1].id}, text="hi", resume_from=before[0].id)
    after = event_frames(again.frames())
    listed = forwarded(relays.client.events.list(session_id).data)
    assert [f.id for f in before + after] == [e.id for e in listed], "no gap, no repeat"
    assert reply_of(before + after) == "a reply long enough to be cut in the middle"
    assert again.seen[-1].json() == {"status": "completed"}
    posts = [r for r in relays.upstream.requests if r.method == "POST" and r.path.endswith("/messages")]
    assert len(posts) == 1, "coming back posts nothing"


def test_a_resume_point_in_the_url_alone_resumes_after_that_event(any_relays):
    session_id = any_relays.new_session()
    everything = event_frames(any_relays.turn(session_id, text="hi").frames())
    rest = any_relays.turn(session_id, text="hi", resume_from=everything[2].id).frames()
    assert [f.id for f in event_frames(rest)] == [f.id for f in everything[3:]]


def test_coming_back_after_the_turn_ended_gives_just_the_end_frame(any_relays):
    session_id = any_relays.new_session()
    everything = any_relays.turn(session_id, text="hi").frames()
    last = event_frames(everything)[-1]
    again = any_relays.turn(session_id, {"Last-Event-ID": last.id}, text="hi").frames()
    assert [f.event for f in again[1:]] == ["end"]
    assert again[-1].json() == {"status": "completed"}


def test_a_failed_turn_ends_with_its_error_and_code(any_relays):
    any_relays.upstream.model.script_failure("provider down", code="llm_unavailable")
    frames = any_relays.turn(any_relays.new_session(), text="hi").frames()
    assert frames[-2].event == "turn.failed"
    assert frames[-1].json() == {"status": "failed", "error": "provider down", "code": "llm_unavailable"}


def test_a_turn_a_budget_pauses_ends_paused_and_coming_back_after_the_resume_gives_the_reply(any_relays):
    session_id = any_relays.new_session()
    budget = any_relays.client.budgets.create("session", session_id, "credits", 1)  # a reply costs 1
    first = any_relays.turn(session_id, text="hi").frames()
    (paused,) = [e for e in any_relays.client.events.list(session_id) if e.type == "budget.paused"]
    assert first[-1].json() == {"status": "paused", "code": "budget_paused", "resume_from": paused.id}
    assert "output.message.delta" not in [f.event for f in first]
    any_relays.client.budgets.top_up(budget.id, 5)
    any_relays.client.sessions.resume(session_id)
    again = any_relays.turn(session_id, resume_from=paused.id, text="hi").frames()
    assert "".join(f.json()["delta"] for f in again if f.event == "output.message.delta") == "You said: hi"
    assert again[-1].json() == {"status": "completed"}


def test_a_cancelled_turn_ends_cancelled(any_relays):
    any_relays.upstream.model.pace(tokens_per_second=5)
    session_id = any_relays.new_session()
    response = any_relays.turn(session_id, text="a question with a long answer")
    response.until(lambda f: f.event == "output.message.delta")
    any_relays.client.sessions.cancel(session_id)
    frames = response.frames()
    assert frames[-2].event == "turn.cancelled"
    assert frames[-1].json() == {"status": "cancelled"}


def test_a_turn_longer_than_the_timeout_ends_timed_out(any_relays):
    any_relays.upstream.model.pace(tokens_per_second=2)
    frames = any_relays.turn(any_relays.new_session(), text="take your time", timeout=0.5).frames()
    assert frames[-1].json() == {"status": "timed_out"}
    assert "turn.completed" not in [f.event for f in frames]


def test_a_resumed_turn_longer_than_the_timeout_ends_timed_out_too(any_relays):
    any_relays.upstream.model.pace(tokens_per_second=2)
    session_id = any_relays.new_session()
    first = any_relays.turn(session_id, text="take your time", keepalive=0.2)
    seen = first.until(lambda f: f.id is not None)
    first.close()
    again = any_relays.turn(session_id, {"Last-Event-ID": seen.id}, text="take your time", timeout=0.5).frames()
    assert again[-1].json() == {"status": "timed_out"}
    assert "turn.completed" not in [f.event for f in again]


def test_keepalives_go_out_while_an_asyncio_relay_posts_a_slow_message(uvicorn_relays):
    """The asyncio turn stream posts its message when first read, inside the relay's
    ticking. (The blocking relay posts before its first frame of events can be waited for.)"""
    session_id = uvicorn_relays.new_session()
    uvicorn_relays.upstream.faults.slow(1.0)
    frames = uvicorn_relays.turn(session_id, text="hi", keepalive=0.2).frames()
    first_event = next(i for i, f in enumerate(frames) if f.id is not None)
    assert sum(f.is_keepalive for f in frames[:first_event]) >= 2, "1 s of posting at a 0.2 s keepalive"
    assert frames[-1].json() == {"status": "completed"}


def test_an_unknown_session_ends_at_once_with_the_apis_error(any_relays):
    frames = any_relays.turn("session_" + "0" * 32, text="hi").frames()
    assert [f.event for f in frames[1:]] == ["end"]
    assert frames[-1].json() == {"status": "error", "code": "session_not_found"}


def test_a_message_the_sdk_refuses_ends_with_the_reason_and_posts_nothing(any_relays):
    frames = any_relays.turn(any_relays.new_session()).frames()  # no text
    assert frames[-1].json() == {"status": "error", "code": "invalid_request"}
    assert not [r for r in any_relays.upstream.requests if r.path.endswith("/messages")]


def test_a_session_relay_follows_turn_after_turn_from_the_resume_point(any_relays):
    session_id = any_relays.new_session()
    first = any_relays.client.messages.send_and_wait(session_id, "one")
    response = any_relays.open(f"/sessions/{session_id}/events", resume_from=first.events[-1].id, keepalive=0.2)
    any_relays.client.messages.send_and_wait(session_id, "two")
    any_relays.client.messages.send_and_wait(session_id, "three")
    ends = [response.until(lambda f: f.event == "turn.completed") for _ in range(2)]
    assert event_frames(response.seen)[0].event == "output.message.started"
    assert len(ends) == 2
    response.close()
    any_relays.wait_for_open_streams(0)


def test_a_session_relay_starts_after_the_last_event_id_header_else_after_the_point_in_the_url(any_relays):
    session_id = any_relays.new_session()
    any_relays.client.messages.send_and_wait(session_id, "one")
    any_relays.client.messages.send_and_wait(session_id, "two")
    listed = any_relays.client.events.list(session_id).data

    def relayed(count, headers=None, **query):
        response = any_relays.open(f"/sessions/{session_id}/events", headers, keepalive=0.2, **query)
        ids = [response.until(lambda f: f.id is not None).id for _ in range(count)]
        response.close()
        return ids

    header, url = listed[5].id, listed[2].id
    after_header, after_url = [e.id for e in forwarded(listed[6:])], [e.id for e in forwarded(listed[3:])]
    assert relayed(len(after_header), {"Last-Event-ID": header}, resume_from=url) == after_header
    assert relayed(len(after_url), resume_from=url) == after_url
    any_relays.wait_for_open_streams(0)


def test_shutdown_ends_a_session_relay_without_an_end_frame(werkzeug_relays, fresh_process_state):
    response = werkzeug_relays.open(f"/sessions/{werkzeug_relays.new_session()}/events", keepalive=0.2)
    response.until(lambda f: f.is_keepalive)
    werkzeug_relays.wait_for_open_streams(1)
    everruns.web.shutdown()
    frames = response.frames()
    assert response.ended
    assert "end" not in [f.event for f in frames]
    werkzeug_relays.wait_for_open_streams(0, within=1.0)


def test_the_upstream_is_let_go_within_one_keepalive_once_the_client_closed_its_side(werkzeug_relays):
    """werkzeug shares the client's socket: the relay sees the client's end of bytes on the
    next quiet interval without writing (here the client only closed its sending half, so
    writes would go on succeeding and never tell)."""
    werkzeug_relays.upstream.model.pace(tokens_per_second=10, first_token_delay=30)
    response = werkzeug_relays.turn(werkzeug_relays.new_session(), text="hi", keepalive=0.5)
    response.until(lambda f: f.is_keepalive)
    werkzeug_relays.wait_for_open_streams(1)
    response.stop_sending()
    assert werkzeug_relays.wait_for_open_streams(0) < 0.5 + 0.75, "one keepalive, and the server's own 0.25 s"
    assert response.frames()[-1].is_keepalive, "the response ends without an end frame"


def test_an_asgi_relay_lets_go_of_the_upstream_as_soon_as_the_browser_leaves(uvicorn_relays):
    """uvicorn tells the app that the client disconnected; Starlette then cancels the
    response, and the asyncio relay closes its stream."""
    uvicorn_relays.upstream.model.pace(tokens_per_second=10, first_token_delay=30)
    response = uvicorn_relays.turn(uvicorn_relays.new_session(), text="hi", keepalive=0.3)
    response.until(lambda f: f.is_keepalive)
    uvicorn_relays.wait_for_open_streams(1)
    response.leave()
    assert uvicorn_relays.wait_for_open_streams(0) < 2 * 0.3 + 1.0


def test_without_the_socket_the_keepalive_writes_notice_the_browser_left(wsgiref_relays):
    """wsgiref shares no socket: the first write after the browser left still succeeds,
    the next one fails, and the server then closes the relay."""
    wsgiref_relays.upstream.model.pace(tokens_per_second=10, first_token_delay=30)
    response = wsgiref_relays.turn(wsgiref_relays.new_session(), text="hi", keepalive=0.3)
    response.until(lambda f: f.is_keepalive)
    wsgiref_relays.wait_for_open_streams(1)
    response.leave()
    assert wsgiref_relays.wait_for_open_streams(0) < 2 * 0.3 + 1.0, "two keepalives, and some slack"


def test_shutdown_ends_every_relay_at_once_without_an_end_frame(werkzeug_relays, fresh_process_state):
    werkzeug_relays.upstream.model.pace(tokens_per_second=10, first_token_delay=30)
    responses = [werkzeug_relays.turn(werkzeug_relays.new_session(), text="hi") for _ in range(2)]
    for response in responses:
        response.until(lambda f: f.event == "output.message.started")
    werkzeug_relays.wait_for_open_streams(2)
    began = time.monotonic()
    everruns.web.shutdown()
    for response in responses:
        assert response.frames()[-1].event == "output.message.started", "no end frame: the browser comes back"
        assert response.ended
    assert time.monotonic() - began < 1.0
    werkzeug_relays.wait_for_open_streams(0, within=1.0)
    later = werkzeug_relays.turn(werkzeug_relays.new_session(), text="hi").frames()
    assert [f.fields for f in later] == [{"retry": "1000"}], "a relay that starts during shutdown ends at once"


def test_shutdown_on_signals_stops_the_relays_then_calls_the_previous_handler(werkzeug_relays, fresh_process_state):
    import signal

    werkzeug_relays.upstream.model.pace(tokens_per_second=10, first_token_delay=30)
    response = werkzeug_relays.turn(werkzeug_relays.new_session(), text="hi")
    response.until(lambda f: f.event == "output.message.started")
    calls = []
    previous = signal.signal(signal.SIGUSR1, lambda number, frame: calls.append(number))
    try:
        everruns.web.shutdown_on_signals([signal.SIGUSR1])
        signal.raise_signal(signal.SIGUSR1)
    finally:
        signal.signal(signal.SIGUSR1, previous)
    assert calls == [signal.SIGUSR1]
    assert response.frames()[-1].event == "output.message.started"
    werkzeug_relays.wait_for_open_streams(0, within=1.0)


def test_keepalive_must_be_a_positive_number(everruns_client):
    for keepalive in (0, -1, True, "5"):
        with pytest.raises(everruns.ValidationError) as refused:
            everruns.web.relay_turn(everruns_client, "session_" + "0" * 32, "hi", keepalive=keepalive)
        assert refused.value.field == "keepalive"
        assert f"above 0, got {keepalive!r}" in str(refused.value)
    for keepalive in (1, 0.5):
        everruns.web.relay_turn(everruns_client, "session_" + "0" * 32, "hi", keepalive=keepalive).close()


def test_importing_everruns_web_imports_no_web_framework():
    code = "import sys, everruns, everruns.web; print(sorted({m.split('.')[0] for m in sys.modules}))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "'everruns'" in loaded
    for framework in ("flask", "django", "werkzeug"):
        assert f"'{framework}'" not in loaded
