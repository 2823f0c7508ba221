"""Both chat apps over plain HTTP: one command each with no API key, the stream neither
compressed nor held back, and gunicorn stopping at once with relays open."""

from __future__ import annotations

import http.cookiejar
import json
import signal
import urllib.request

import pytest
from sse_client import open_sse

from .conftest import development_server, gunicorn, uvicorn, without_api_settings

pytestmark = pytest.mark.slow


def new_session(url):
    """POST /sessions as the page does (Django's CSRF cookie and header included)."""
    cookies = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    opener.open(url + "/").read()
    token = next((cookie.value for cookie in cookies if cookie.name == "csrftoken"), "")
    request = urllib.request.Request(url + "/sessions", method="POST", headers={"X-CSRFToken": token})
    with opener.open(request) as answer:
        return json.load(answer)["id"]


@pytest.mark.parametrize("server", ["gunicorn", "development server"])
@pytest.mark.parametrize("app", ["flask", "django"])
def test_each_app_runs_with_one_command_and_no_api_key(app, server):
    env = without_api_settings()
    served = gunicorn(app, env) if server == "gunicorn" else development_server(app, env)
    try:
        session_id = new_session(served.url)
        frames = open_sse(f"{served.url}/sessions/{session_id}/turn?text=hello").frames()
        reply = "".join(f.json()["delta"] for f in frames if f.event == "output.message.delta")
        assert reply == "You said: hello"
        assert frames[-1].json() == {"status": "completed"}
        assert "EVERRUNS_API_KEY is not set: using a local Everruns server" in "".join(served.output)
    finally:
        served.stop()


def test_the_fastapi_app_runs_with_one_command_and_no_api_key():
    served = uvicorn(without_api_settings())
    try:
        session_id = new_session(served.url)
        frames = open_sse(f"{served.url}/sessions/{session_id}/turn?text=hello").frames()
        reply = "".join(f.json()["delta"] for f in frames if f.event == "output.message.delta")
        assert reply == "You said: hello"
        assert frames[-1].json() == {"status": "completed"}
        assert "EVERRUNS_API_KEY is not set: using a local Everruns server" in "".join(served.output)
    finally:
        served.stop()


def test_the_stream_is_neither_compressed_nor_held_back(chat_app, upstream):
    _, app = chat_app
    upstream.model.script_reply("one two three four five six seven eight nine ten")
    session_id = new_session(app.url)
    response = open_sse(f"{app.url}/sessions/{session_id}/turn?text=hi", {"Accept-Encoding": "gzip, br"})
    frames = response.frames()
    assert response.headers["Content-Encoding"] == "identity"
    assert response.headers["Content-Type"] == "text/event-stream; charset=utf-8"
    deltas = [f for f in frames if f.event == "output.message.delta"]
    assert len(deltas) == 10
    assert deltas[-1].arrived - deltas[0].arrived >= 9 / 25 * 0.5, "the words arrived as written, not in one burst"


def test_sigterm_ends_open_relays_at_once_and_gunicorn_exits_without_waiting_for_them(paced_server, upstream):
    env = {**without_api_settings(), "EVERRUNS_API_KEY": "dev", "EVERRUNS_API_URL": paced_server.url}
    served = gunicorn("flask", env, "--workers", "1", "--threads", "8", "--graceful-timeout", "20")
    try:
        upstream.model.pace(tokens_per_second=25, first_token_delay=60)  # a turn that stays quiet
        before = paced_server.open_streams
        relays = [open_sse(f"{served.url}/sessions/{new_session(served.url)}/turn?text=hi") for _ in range(2)]
        for relay in relays:
            relay.until(lambda f: f.event == "output.message.started")
        assert paced_server.open_streams == before + 2
        took = served.stop(signal.SIGTERM)
        for relay in relays:
            assert relay.frames()[-1].event == "output.message.started", "no end frame: the page reconnects"
        assert paced_server.open_streams == before
    finally:
        served.stop(signal.SIGKILL)
    assert took < 5.0, f"gunicorn took {took:.1f}s to stop (graceful timeout 20 s)"
