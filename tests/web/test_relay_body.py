"""A relay as the body a WSGI server iterates, iterated here by the test itself (the local
Everruns server behind it), and the process-wide shutdown and its signal handlers."""

from __future__ import annotations

import gc
import logging
import signal
import time
import weakref

import pytest

import everruns
from everruns._events import Event
from everruns.web import (
    DEFAULT_MAX_TEXT,
    OPENING_FRAME,
    Forwarding,
    Relay,
    RelayLimits,
    _relay,
    relay_session,
    relay_turn,
    shutdown_on_signals,
)


def fields_of(frame):
    """A frame's fields, as a browser reads them (``comment`` for a comment line)."""
    fields = {}
    for line in frame.decode().removesuffix("\n\n").split("\n"):
        name, _, value = line.partition(":")
        fields[name or "comment"] = value.removeprefix(" ")
    return fields


def wait_for_open_streams(server, count, within=5.0):
    began = time.monotonic()
    while server.open_streams != count:
        assert time.monotonic() - began < within, f"open streams stayed {server.open_streams}, not {count}"
        time.sleep(0.01)


@pytest.fixture
def fresh_process_state(monkeypatch):
    """Tests that shut relays down put the process-wide switch back afterwards."""
    monkeypatch.setattr(_relay, "_shutting_down", False)


def starts_a_relay():
    """Whether a relay made now opens its upstream (it does not once shutdown() ran)."""
    opened = []

    def open_source():
        opened.append(True)
        raise everruns.StreamError("nothing to open in this test")

    list(Relay(open_source))
    return bool(opened)


def test_a_relay_is_an_iterator_of_frames_the_opening_one_first(everruns_client):
    session_id = everruns_client.sessions.create(harness_name="generic").id
    relay = relay_turn(everruns_client, session_id, "hi")
    assert next(relay) == OPENING_FRAME
    rest = [fields_of(frame) for frame in relay]
    listed = [e for e in everruns_client.events.list(session_id).data if Forwarding().frame(e) is not None]
    assert [f["id"] for f in rest[:-1]] == [e.id for e in listed]
    assert rest[-1] == {"event": "end", "data": '{"status":"completed"}'}


def test_the_message_options_go_with_the_posted_message(everruns_server, everruns_client):
    session_id = everruns_client.sessions.create(harness_name="generic").id
    list(relay_turn(everruns_client, session_id, "hi", tags=["from-the-web"], metadata={"page": "chat"}))
    posted = [r.json() for r in everruns_server.requests if r.method == "POST" and r.path.endswith("/messages")]
    assert len(posted) == 1
    assert (posted[0]["tags"], posted[0]["metadata"]) == (["from-the-web"], {"page": "chat"})


def relay_waiting_for_its_first_word(server, client, *, keepalive):
    """A turn's relay read up to its reply's start, the first word still 30 s away."""
    server.model.pace(tokens_per_second=10, first_token_delay=30)
    session_id = client.sessions.create(harness_name="generic").id
    relay = relay_turn(client, session_id, "hi", keepalive=keepalive)
    while fields_of(next(relay)).get("event") != "output.message.started":
        pass
    return relay


def test_closing_a_relay_midway_lets_go_of_the_upstream_at_once(everruns_server, everruns_client):
    relay = relay_waiting_for_its_first_word(everruns_server, everruns_client, keepalive=0.2)
    wait_for_open_streams(everruns_server, 1)
    relay.close()
    wait_for_open_streams(everruns_server, 0, within=1.0)
    assert list(relay) == [], "a closed relay sends nothing more"


def test_stopping_a_relay_ends_it_at_once_without_an_end_frame(everruns_server, everruns_client):
    """The browser comes back (with Last-Event-ID) to be served elsewhere."""
    relay = relay_waiting_for_its_first_word(everruns_server, everruns_client, keepalive=5)
    began = time.monotonic()
    relay.stop()
    assert next(relay, None) is None, "no keepalive, no end frame: the relay is over"
    assert time.monotonic() - began < 2.0, "at once, not at the next keepalive"
    wait_for_open_streams(everruns_server, 0, within=1.0)


def test_a_relay_that_is_over_is_not_kept_by_the_process(everruns_client):
    """The process keeps its open relays (for shutdown()), and only those."""
    session_id = everruns_client.sessions.create(harness_name="generic").id
    relay = relay_turn(everruns_client, session_id, "hi")
    assert fields_of(list(relay)[-1])["event"] == "end"
    gone = weakref.ref(relay)
    del relay
    gc.collect()
    assert gone() is None


def test_a_turn_stream_that_ends_before_its_turn_did_ends_the_relay_with_an_error(everruns_server, everruns_client):
    everruns_server.model.pace(tokens_per_second=10, first_token_delay=30)
    session_id = everruns_client.sessions.create(harness_name="generic").id
    streams = []

    def open_turn():
        streams.append(everruns_client.messages.stream(session_id, "hi"))
        return streams[-1]

    relay = Relay(open_turn, keepalive=0.2)
    while fields_of(next(relay)).get("event") != "output.message.started":
        pass
    streams[0].stop()  # by someone else than the relay: the turn goes on
    end = fields_of(list(relay)[-1])
    assert end == {"event": "end", "data": '{"status":"error","code":"stream_ended"}'}
    wait_for_open_streams(everruns_server, 0, within=1.0)


def test_a_relay_step_names_itself_for_whoever_debugs_a_flow():
    assert repr(_relay._Step("open")) == "<relay step open>"


def test_shutdown_on_signals_handles_sigterm_sigint_and_sigquit_by_default(monkeypatch, fresh_process_state):
    numbers = [signal.SIGTERM, signal.SIGINT, signal.SIGQUIT]
    seen = []

    def previous(number, frame):
        seen.append((number, frame is not None, starts_a_relay()))

    originals = {number: signal.signal(number, previous) for number in numbers}
    try:
        shutdown_on_signals()
        for number in numbers:
            signal.raise_signal(number)
            monkeypatch.setattr(_relay, "_shutting_down", False)
    finally:
        for number, original in originals.items():
            signal.signal(number, original)
    assert seen == [(number, True, False) for number in numbers], "shut down first, then the previous handler"


def test_shutdown_on_signals_leaves_an_ignored_signal_ignored_and_handles_the_others(fresh_process_state):
    seen = []
    originals = {
        signal.SIGUSR1: signal.signal(signal.SIGUSR1, signal.SIG_IGN),
        signal.SIGUSR2: signal.signal(signal.SIGUSR2, lambda number, frame: seen.append(number)),
    }
    try:
        shutdown_on_signals([signal.SIGUSR1, signal.SIGUSR2])
        assert signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN
        signal.raise_signal(signal.SIGUSR2)
    finally:
        for number, original in originals.items():
            signal.signal(number, original)
    assert seen == [signal.SIGUSR2]
    assert not starts_a_relay()


def test_a_signal_that_had_its_default_action_gets_it_back_once_the_relays_are_shut_down(fresh_process_state):
    """The handler then sends the signal again, so that SIGTERM ends the process as it
    would have; SIGWINCH's default action (ignore it) lets the test live on to look."""
    original = signal.signal(signal.SIGWINCH, signal.SIG_DFL)
    try:
        shutdown_on_signals([signal.SIGWINCH])
        assert signal.getsignal(signal.SIGWINCH) != signal.SIG_DFL
        signal.raise_signal(signal.SIGWINCH)
        assert signal.getsignal(signal.SIGWINCH) == signal.SIG_DFL
    finally:
        signal.signal(signal.SIGWINCH, original)
    assert not starts_a_relay()


class _TurnThatBreaksOnClose:
    """A source whose events run to the turn's end and whose close() raises."""

    def __init__(self, end_event):
        self.end_event = end_event

    def ticking(self, every):
        yield self.end_event

    def stop(self):
        pass

    def close(self):
        raise RuntimeError("SECRET: closing broke")


def test_an_exception_while_opening_ends_the_relay_with_an_error_frame_and_one_log_line(caplog):
    def open_source():
        raise KeyError("SECRET: a bug")

    with caplog.at_level(logging.INFO, "everruns.web"):
        frames = list(Relay(open_source, name="relay of a test"))
    assert frames == [OPENING_FRAME, b'event: end\ndata: {"status":"error","code":"relay_failed"}\n\n']
    (record,) = [r for r in caplog.records if r.name == "everruns.web"]
    assert (record.levelno, record.getMessage()) == (
        logging.ERROR,
        "relay of a test failed: the browser gets an end frame of status error",
    )
    assert isinstance(record.exc_info[1], KeyError)


def test_an_exception_while_closing_the_source_still_ends_with_an_end_frame(caplog):
    ended = Event(id="event_1", type="turn.completed", ts="2026-01-01T00:00:00Z", session_id="s", data={})
    with caplog.at_level(logging.INFO, "everruns.web"):
        frames = list(Relay(lambda: _TurnThatBreaksOnClose(ended)))
    assert frames[-1] == b'event: end\ndata: {"status":"error","code":"relay_failed"}\n\n'
    (record,) = [r for r in caplog.records if r.name == "everruns.web"]
    assert (record.levelno, record.getMessage()) == (
        logging.ERROR,
        "relay failed: the browser gets an end frame of status error",
    ), "named by default as a relay"
    assert str(record.exc_info[1]) == "SECRET: closing broke"


def test_an_asyncio_relay_that_fails_is_named_a_relay_by_default_too(caplog):
    import asyncio

    from everruns.web import AsyncRelay

    async def relayed():
        return [frame async for frame in AsyncRelay(lambda: 1 / 0)]

    with caplog.at_level(logging.INFO, "everruns.web"):
        frames = asyncio.run(relayed())
    assert frames[-1] == b'event: end\ndata: {"status":"error","code":"relay_failed"}\n\n'
    (record,) = [r for r in caplog.records if r.name == "everruns.web"]
    assert record.getMessage() == "relay failed: the browser gets an end frame of status error"


def test_a_timed_out_relay_is_logged_as_information(everruns_server, everruns_client, caplog):
    everruns_server.model.pace(tokens_per_second=1)
    session_id = everruns_client.sessions.create(harness_name="generic").id
    with caplog.at_level(logging.INFO, "everruns.web"):
        frames = list(relay_turn(everruns_client, session_id, "hi", timeout=0.3))
    assert frames[-1] == b'event: end\ndata: {"status":"timed_out"}\n\n'
    (record,) = [r for r in caplog.records if r.name == "everruns.web"]
    assert record.levelno == logging.INFO
    assert record.getMessage().startswith(f"relay of a turn in {session_id!r}: the turn of message ")


def test_a_turn_stream_that_ends_early_is_logged_as_a_warning(everruns_server, everruns_client, caplog):
    everruns_server.model.pace(tokens_per_second=10, first_token_delay=30)
    session_id = everruns_client.sessions.create(harness_name="generic").id
    stream = everruns_client.messages.stream(session_id, "hi")
    relay = Relay(lambda: stream, keepalive=0.2, name="relay of a test")
    while fields_of(next(relay)).get("event") != "output.message.started":
        pass
    stream.stop()
    with caplog.at_level(logging.INFO, "everruns.web"):
        assert fields_of(list(relay)[-1])["data"] == '{"status":"error","code":"stream_ended"}'
    (record,) = [r for r in caplog.records if r.name == "everruns.web"]
    assert (record.levelno, record.getMessage()) == (
        logging.WARNING,
        "relay of a test: the event stream ended before the turn did",
    )


def test_a_text_over_max_text_gets_a_relay_that_refuses_with_413_and_posts_nothing(everruns_server, everruns_client):
    session_id = everruns_client.sessions.create(harness_name="generic").id
    refused = relay_turn(everruns_client, session_id, "x" * (DEFAULT_MAX_TEXT + 1))
    assert refused.status_code == 413
    assert refused.status.startswith("413 ")
    assert list(refused) == [b'event: end\ndata: {"status":"error","code":"text_too_long"}\n\n']
    resumed = relay_turn(everruns_client, session_id, "x" * 11, max_text=10, resume_from="event_" + "0" * 32)
    assert resumed.status_code == 413, "checked whether or not the relay would post"
    assert not [r for r in everruns_server.requests if r.path.endswith("/messages")]
    accepted = relay_turn(everruns_client, session_id, "x" * DEFAULT_MAX_TEXT)
    assert (accepted.status_code, accepted.status) == (200, "200 OK")
    assert fields_of(list(accepted)[-1])["data"] == '{"status":"completed"}'
    assert relay_turn(everruns_client, session_id, "xx", max_text=1).status_code == 413
    one = relay_turn(everruns_client, session_id, "x", max_text=1)
    assert one.status_code == 200, "a limit of one character is a limit"
    one.close()
    unlimited = relay_turn(everruns_client, session_id, "x" * (DEFAULT_MAX_TEXT + 1), max_text=None)
    assert unlimited.status_code == 200
    unlimited.close()


@pytest.mark.parametrize("max_text", [0, -1, True, 1.5, "10"])
def test_max_text_is_a_whole_number_above_zero_or_none(everruns_client, max_text):
    with pytest.raises(everruns.ValidationError) as refused:
        relay_turn(everruns_client, "session_" + "0" * 32, "hi", max_text=max_text)
    assert (str(refused.value), refused.value.field) == (
        f"max_text must be a whole number above 0 or None, got {max_text!r}",
        "max_text",
    )


def test_a_relay_over_its_limits_refuses_with_429_and_takes_no_slot(everruns_server, everruns_client):
    limits = RelayLimits(per_browser=1, per_process=5)
    session_id = everruns_client.sessions.create(harness_name="generic").id
    held = relay_turn(everruns_client, session_id, "hi", limits=limits, browser="a")
    refused = relay_session(everruns_client, session_id, limits=limits, browser="a")
    assert (refused.status_code, list(refused)) == (
        429,
        [b'event: end\ndata: {"status":"error","code":"too_many_relays"}\n\n'],
    )
    assert limits.open == 1
    held.close()
    assert not [r for r in everruns_server.requests if r.path.endswith("/messages")]


def test_a_relay_gives_its_slot_back_when_it_ends_is_closed_or_is_dropped_unsent(everruns_client):
    limits = RelayLimits(per_browser=5, per_process=5)
    session_id = everruns_client.sessions.create(harness_name="generic").id
    finished = relay_turn(everruns_client, session_id, "hi", limits=limits, browser="a")
    assert limits.open_for("a") == 1
    assert fields_of(list(finished)[-1])["event"] == "end"
    assert limits.open_for("a") == 0, "at its end"
    never_sent = relay_turn(everruns_client, session_id, "hi", limits=limits, browser="a")
    never_sent.close()
    assert limits.open == 0, "closed by the server without being iterated"
    relay_session(everruns_client, session_id, limits=limits)
    gc.collect()
    assert limits.open == 0, "dropped without being closed"
    async_client = everruns.AsyncEverruns(api_key="dev", base_url=everruns_client.base_url)
    relay_turn(async_client, session_id, "hi", limits=limits, browser="b")
    gc.collect()
    assert limits.open == 0, "an asyncio relay that no server ever iterated"


def test_a_session_id_that_is_not_text_ends_with_invalid_request_as_any_other_malformed_one(everruns_client):
    relay = relay_turn(everruns_client, 12345, "hi")
    assert list(relay)[-1] == b'event: end\ndata: {"status":"error","code":"invalid_request"}\n\n'
