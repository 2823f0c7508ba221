"""Both chat apps over plain HTTP: one command each with no API key, the stream neither
compressed nor held back, and gunicorn stopping at once with relays open."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import urllib.request

import pytest

from .conftest import APPS, EXAMPLES, Visitor, app_settings, development_server, gunicorn, uvicorn, without_api_settings

pytestmark = pytest.mark.slow

DEVELOPMENT = {"CHAT_DEBUG": "1"}


@pytest.mark.parametrize("server", ["gunicorn", "development server"])
@pytest.mark.parametrize("app", ["flask", "django"])
def test_each_app_runs_with_one_command_and_no_api_key(app, server):
    env = {**without_api_settings(), **DEVELOPMENT}
    served = gunicorn(app, env) if server == "gunicorn" else development_server(app, env)
    try:
        browser = Visitor(served.url)
        frames = browser.turn(browser.new_session(), "hello").frames()
        reply = "".join(f.json()["delta"] for f in frames if f.event == "output.message.delta")
        assert reply == "You said: hello"
        assert frames[-1].json() == {"status": "completed"}
        assert "EVERRUNS_API_KEY is not set: using a local Everruns server" in "".join(served.output)
    finally:
        served.stop()


def test_the_fastapi_app_runs_with_one_command_and_no_api_key():
    served = uvicorn({**without_api_settings(), **DEVELOPMENT})
    try:
        browser = Visitor(served.url)
        frames = browser.turn(browser.new_session(), "hello").frames()
        reply = "".join(f.json()["delta"] for f in frames if f.event == "output.message.delta")
        assert reply == "You said: hello"
        assert frames[-1].json() == {"status": "completed"}
        assert "EVERRUNS_API_KEY is not set: using a local Everruns server" in "".join(served.output)
    finally:
        served.stop()


def test_the_stream_is_neither_compressed_nor_held_back(chat_app, upstream):
    _, app = chat_app
    upstream.model.script_reply("one two three four five six seven eight nine ten")
    browser = Visitor(app.url)
    response = browser.turn(browser.new_session(), headers={"Accept-Encoding": "gzip, br"})
    frames = response.frames()
    assert response.headers["Content-Encoding"] == "identity"
    assert response.headers["Content-Type"] == "text/event-stream; charset=utf-8"
    deltas = [f for f in frames if f.event == "output.message.delta"]
    assert len(deltas) == 10
    assert deltas[-1].arrived - deltas[0].arrived >= 9 / 25 * 0.5, "the words arrived as written, not in one burst"


def test_sigterm_ends_open_relays_at_once_and_gunicorn_exits_without_waiting_for_them(paced_server, upstream):
    env = app_settings(paced_server.url, KEEPALIVE="15")
    served = gunicorn("flask", env, "--workers", "1", "--threads", "8", "--graceful-timeout", "20")
    try:
        upstream.model.pace(tokens_per_second=25, first_token_delay=60)  # a turn that stays quiet
        before = paced_server.open_streams
        browser = Visitor(served.url)
        relays = [browser.turn(browser.new_session()) for _ in range(2)]
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


def refuses_to_start(app: str, env: dict[str, str]) -> str:
    """Start ``app`` as deployed (gunicorn, or uvicorn); it must exit by itself: its output."""
    folder, target = APPS[app]
    if app == "fastapi":
        command = [sys.executable, "-m", "uvicorn", target, "--port", "0"]
    else:
        command = [sys.executable, "-m", "gunicorn", "-c", "../gunicorn.conf.py", "-b", "127.0.0.1:0", target]
    finished = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert finished.returncode != 0
    return finished.stdout + finished.stderr


@pytest.mark.parametrize("app", sorted(APPS))
def test_without_a_signing_secret_an_app_will_not_start_outside_development(app, paced_server):
    env = app_settings(paced_server.url)
    del env["CHAT_SECRET_KEY"]
    output = refuses_to_start(app, env)
    assert "CHAT_SECRET_KEY is not set: set it to a long random value" in output
    assert "CHAT_DEBUG=1 for development on this machine only" in output


@pytest.mark.parametrize("chat_app", ["django"], indirect=True)
def test_django_answers_with_its_security_middlewares_headers(chat_app):
    _, app = chat_app
    with urllib.request.urlopen(app.url + "/") as page:
        assert page.headers["X-Content-Type-Options"] == "nosniff"
        assert page.headers["Referrer-Policy"] == "same-origin"
        assert page.headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_readmes_security_lines_are_the_flask_examples_own():
    readme = (EXAMPLES.parent / "README.md").read_text()
    section = readme.split("## Security", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    example = (EXAMPLES / "flask_chat" / "app.py").read_text().splitlines()
    lines = [line for line in block.splitlines() if line.strip()]
    assert len(lines) > 20
    for line in lines:
        assert line in example, line
