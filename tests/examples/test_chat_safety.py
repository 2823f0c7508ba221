"""The chat apps as an attacker tries them, over plain HTTP (the browser-level attacks are in
test_chat_safety_in_a_browser.py): whose sessions a request may drive, from where, with
which Host, how much, how many at once, and what the page learns when things go wrong.
Each app as deployed: Flask and Django under gunicorn, FastAPI under uvicorn."""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request

import pytest
from scripted_everruns import REPLY, reply_turn

from everruns.testing import LocalServer

from .conftest import APPS, Visitor, app_settings, gunicorn, uvicorn

pytestmark = pytest.mark.slow


def posts(upstream):
    """The messages posted upstream so far (the local server's or the scripted one's)."""
    if isinstance(upstream, LocalServer):
        return [r for r in upstream.requests if r.method == "POST" and r.path.endswith("/messages")]
    return upstream.posts()


def status_of(url, method="GET", headers=None):
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as refused:
        refused.close()
        return refused.code


def turn_status(visitor, session_id, **kwargs):
    """The status a turn request gets; the body is read to its end."""
    response = visitor.turn(session_id, **kwargs)
    response.frames()
    return response.response.status


def test_a_session_answers_only_the_browser_that_created_it(chat_app, upstream):
    _, app = chat_app
    owner, other = Visitor(app.url), Visitor(app.url)
    session_id = owner.new_session()
    before = len(posts(upstream))
    assert turn_status(other, session_id) == 404, "another browser, with a session of its own"
    assert turn_status(other, session_id, headers={"Cookie": None}) == 404, "no cookie at all"
    assert len(posts(upstream)) == before, "nothing posted"
    assert owner.turn(session_id).frames()[-1].json() == {"status": "completed"}
    assert len(posts(upstream)) == before + 1


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Sec-Fetch-Site": "none"},
        {"Sec-Fetch-Site": None, "Origin": "https://evil.example"},
        {"Sec-Fetch-Site": None, "Origin": "null"},
    ],
    ids=["cross-site with an origin", "cross-site", "same-site", "typed in", "evil origin", "null origin"],
)
def test_the_turn_route_refuses_a_request_from_another_site_and_posts_nothing(chat_app, upstream, headers):
    _, app = chat_app
    browser = Visitor(app.url)
    session_id = browser.new_session()
    before = len(posts(upstream))
    assert turn_status(browser, session_id, headers=headers) == 403, "even with the session's own cookie"
    assert len(posts(upstream)) == before


def test_the_turn_route_takes_the_apps_own_origin_when_the_browser_sends_no_sec_fetch_site(chat_app, upstream):
    _, app = chat_app
    browser = Visitor(app.url)
    response = browser.turn(browser.new_session(), headers={"Sec-Fetch-Site": None, "Origin": app.url})
    assert response.frames()[-1].json() == {"status": "completed"}


@pytest.mark.parametrize("token", [None, "", "forged"], ids=["no token", "empty token", "another token"])
def test_a_new_session_needs_the_pages_csrf_token(chat_app, upstream, token):
    _, app = chat_app
    browser = Visitor(app.url)
    created = [r for r in upstream.requests if r.method == "POST" and r.path.endswith("/v1/sessions")]
    headers = {} if token is None else {"X-CSRFToken": token}
    assert browser.post_session(headers)[0] == 403
    assert browser.post_session()[0] == 200
    after = [r for r in upstream.requests if r.method == "POST" and r.path.endswith("/v1/sessions")]
    assert len(after) == len(created) + 1, "only the request with the token created one"


@pytest.mark.parametrize("route", ["/", "/sessions", "/sessions/session_x/turn?text=hi"])
def test_a_request_for_another_host_name_is_refused(chat_app, upstream, route):
    """A DNS-rebinding page reaches the app under its own host name."""
    _, app = chat_app
    before = len(posts(upstream))
    method = "POST" if route == "/sessions" else "GET"
    assert status_of(app.url + route, method, {"Host": "evil.example"}) == 400
    assert status_of(app.url + "/", "GET", {"Host": "localhost"}) == 200, "loopback names are allowed"
    assert len(posts(upstream)) == before


def test_a_question_over_4000_characters_gets_413_and_posts_nothing(chat_app, upstream):
    _, app = chat_app
    browser = Visitor(app.url)
    session_id = browser.new_session()
    before = len(posts(upstream))
    refused = browser.turn(session_id, "x" * 4001)
    assert refused.response.status == 413
    assert refused.frames()[-1].json() == {"status": "error", "code": "text_too_long"}
    assert len(posts(upstream)) == before
    assert browser.turn(session_id, "y" * 4000).frames()[-1].json() == {"status": "completed"}
    assert len(posts(upstream)) == before + 1


# --- limits: one worker each, so that what one process counts is all there is --------------

MAX_RELAYS = 4
TURN_TIMEOUT = 6


@pytest.fixture(scope="module", params=sorted(APPS))
def limited_app(request, paced_server):
    """Each app with one worker (8 threads for the WSGI ones), at most MAX_RELAYS relays,
    TURN_TIMEOUT-second turns, and its host names set by CHAT_ALLOWED_HOSTS."""
    limits = {"MAX_RELAYS": str(MAX_RELAYS), "TURN_TIMEOUT": str(TURN_TIMEOUT)}
    env = app_settings(paced_server.url, ALLOWED_HOSTS="127.0.0.1,chat.example", **limits)
    served = (
        uvicorn(env) if request.param == "fastapi" else gunicorn(request.param, env, "--workers", "1", "--threads", "8")
    )
    yield request.param, served
    served.stop()


@pytest.fixture
def quiet_upstream(upstream):
    """Turns that stay quiet (a minute before their first word): relays stay open."""
    upstream.model.pace(tokens_per_second=25, first_token_delay=60)
    return upstream


def wait_until_let_go(upstream: LocalServer, within: float = 15.0) -> None:
    """Until every relay of an earlier test has let go of its stream (and so of its slot)."""
    began = time.monotonic()
    while upstream.open_streams:
        assert time.monotonic() - began < within, "the relays were not let go"
        time.sleep(0.05)


def test_the_host_names_an_app_answers_to_come_from_chat_allowed_hosts(limited_app):
    _, app = limited_app
    assert status_of(app.url + "/", "GET", {"Host": "chat.example"}) == 200
    assert status_of(app.url + "/", "GET", {"Host": "localhost"}) == 400, "the default list no longer applies"


def test_a_browser_gets_at_most_three_relays_at_once(limited_app, quiet_upstream):
    _, app = limited_app
    wait_until_let_go(quiet_upstream)
    browser = Visitor(app.url)
    sessions = [browser.new_session() for _ in range(4)]
    before = len(posts(quiet_upstream))
    held = [browser.turn(session_id) for session_id in sessions[:3]]
    assert [response.response.status for response in held] == [200, 200, 200]
    for response in held:
        response.until(lambda frame: frame.event == "output.message.started")  # posted, and quiet
    refused = browser.turn(sessions[3])
    assert refused.response.status == 429
    assert refused.frames()[-1].json() == {"status": "error", "code": "too_many_relays"}
    assert len(posts(quiet_upstream)) == before + 3, "the fourth posted nothing"
    for response in held:
        response.leave()


def test_relays_over_the_process_cap_get_429_and_the_page_still_loads(limited_app, quiet_upstream):
    """Sixteen browsers at once, each with a reply that holds its relay open."""
    _, app = limited_app
    wait_until_let_go(quiet_upstream)
    browsers = [Visitor(app.url) for _ in range(16)]
    sessions = [browser.new_session() for browser in browsers]
    before = len(posts(quiet_upstream))
    responses = [browser.turn(session_id) for browser, session_id in zip(browsers, sessions, strict=True)]
    statuses = [response.response.status for response in responses]
    try:
        for response in responses:
            response.until(lambda frame: frame.event in ("output.message.started", "end"))
        assert statuses.count(200) == MAX_RELAYS
        assert statuses.count(429) == 16 - MAX_RELAYS
        assert len(posts(quiet_upstream)) == before + MAX_RELAYS, "a refused relay posts nothing"
        began = time.monotonic()
        assert status_of(app.url + "/") == 200
        assert time.monotonic() - began < 5.0, "the page loads while the relays are open"
    finally:
        for response in responses:
            response.leave()


def test_a_reply_streams_for_the_apps_turn_timeout_at_most(limited_app, quiet_upstream):
    _, app = limited_app
    wait_until_let_go(quiet_upstream)
    browser = Visitor(app.url)
    began = time.monotonic()
    frames = browser.turn(browser.new_session()).frames()
    assert frames[-1].json() == {"status": "timed_out"}
    assert TURN_TIMEOUT <= time.monotonic() - began < TURN_TIMEOUT + 10


# --- what the page learns: against an API whose turns hold what it must not see -------------


def test_the_page_gets_the_reply_and_which_tools_ran_and_nothing_else(scripted_chat_app, scripted_upstream):
    _, app = scripted_chat_app
    browser = Visitor(app.url)
    response = browser.turn(browser.new_session())
    frames = response.frames()
    assert "SECRET" not in str([frame.fields for frame in frames])
    assert {f.event for f in frames if f.id is not None} == {
        "tool.started",
        "tool.completed",
        "output.message.started",
        "output.message.delta",
        "output.message.completed",
        "turn.completed",
    }
    assert "".join(f.json()["delta"] for f in frames if f.event == "output.message.delta") == REPLY
    assert [f.event for f in frames].count("end") == 1
    assert frames[-1].json() == {"status": "completed"}


def test_a_lone_surrogate_in_a_reply_arrives_as_the_replacement_character(scripted_chat_app, scripted_upstream):
    _, app = scripted_chat_app
    scripted_upstream.script(reply_turn("half an emoji: ", "\ud83d", " and on"))
    browser = Visitor(app.url)
    frames = browser.turn(browser.new_session()).frames()
    assert "".join(f.json()["delta"] for f in frames if f.event == "output.message.delta") == (
        "half an emoji: \ufffd and on"
    )
    assert frames[-1].json() == {"status": "completed"}


def test_an_unreachable_api_ends_the_turn_with_a_code_and_its_url_goes_to_the_apps_log(
    scripted_chat_app, scripted_upstream
):
    name, app = scripted_chat_app
    browser = Visitor(app.url)
    session_id = browser.new_session()
    scripted_upstream.cutting = True
    try:
        response = browser.turn(session_id)
        frames = response.frames()
    finally:
        scripted_upstream.cutting = False
    assert frames[-1].json() == {"status": "error", "code": "upstream_unreachable"}
    assert "127.0.0.1" not in str([frame.fields for frame in frames])
    time.sleep(0.5)  # the log line is written as the relay ends
    lines = [line for line in app.log.splitlines() if session_id in line and "ended with code" in line]
    assert len(lines) == 1, f"logged once ({name}): {lines}"
    assert re.search(rf"GET {re.escape(scripted_upstream.url)}/v1/sessions/{session_id}/events\S*: ", lines[0])
