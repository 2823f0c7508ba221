"""Running the examples as a user would: scripts with ``python``, the chat apps under
gunicorn (2 workers x 8 threads) or their framework's development server, and a real
headless Chromium (Debian's, driven by Playwright) on the pages.

With ``CI=true`` a missing browser, Playwright or server fails the tests; elsewhere it
skips them with the reason.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from scripted_everruns import ScriptedEverruns
from sse_client import SseResponse, open_sse

from everruns.testing import LocalServer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CHROMIUM = "/usr/bin/chromium"
APPS = {
    "flask": (EXAMPLES / "flask_chat", "app:app"),
    "django": (EXAMPLES / "django_chat", "chat.wsgi"),
    "fastapi": (EXAMPLES / "fastapi_chat", "app:app"),
}
WSGI_APPS = ("django", "flask")
STARTUP_SECONDS = 30.0
SECRET = "a-test-secret-for-signing-the-chat-apps-session-cookies"


def require(what: str, present: bool) -> None:
    """Fail in CI, skip elsewhere, when a tool these tests need is missing."""
    if present:
        return
    message = f"{what} is missing (pip install -e '.[test]'; apt-get install chromium libatomic1)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)


def without_api_settings() -> dict[str, str]:
    """The environment without the API's settings and the chat apps' own."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("EVERRUNS_", "CHAT_"))}


def app_settings(upstream_url: str, **chat: str) -> dict[str, str]:
    """The environment of a chat app relaying from ``upstream_url``, with its signing
    secret and short keepalives (``chat`` adds ``CHAT_*`` settings by their suffix)."""
    settings = {"SECRET_KEY": SECRET, "KEEPALIVE": "1", **chat}
    return {
        **without_api_settings(),
        "EVERRUNS_API_KEY": "dev",
        "EVERRUNS_API_URL": upstream_url,
        **{f"CHAT_{name}": value for name, value in settings.items()},
    }


class AppProcess:
    """A chat app served by a child process; ``url`` once it answers."""

    def __init__(self, command: list[str], cwd: Path, env: dict[str, str], url_pattern: str) -> None:
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.output: list[str] = []
        self._found = threading.Event()
        self.url = ""
        pattern = re.compile(url_pattern)

        def read() -> None:
            assert self.process.stdout is not None
            for line in self.process.stdout:
                self.output.append(line)
                found = pattern.search(line)
                if found and not self.url:
                    self.url = found[1].rstrip("/")
                    self._found.set()

        self._reader = threading.Thread(target=read, daemon=True)
        self._reader.start()
        self._wait_until_serving()

    @property
    def log(self) -> str:
        """What the app wrote so far (its server's lines and its own log)."""
        return "".join(self.output)

    def _wait_until_serving(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not self._found.wait(0.05):
            assert self.process.poll() is None, "the app exited:\n" + "".join(self.output)
            assert time.monotonic() < deadline, "the app did not start:\n" + "".join(self.output)
        while True:  # the listener is up; wait for a worker to answer
            with contextlib.suppress(OSError), urllib.request.urlopen(self.url + "/", timeout=5) as page:
                if page.status == 200:
                    return
            assert time.monotonic() < deadline, "the app did not answer:\n" + "".join(self.output)
            time.sleep(0.05)

    def stop(self, sig: int = signal.SIGTERM, wait: float = 30.0) -> float:
        """Send ``sig`` and wait for the exit; returns the seconds it took."""
        began = time.monotonic()
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(wait)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        took = time.monotonic() - began
        self._reader.join(5)
        assert self.process.stdout is not None
        self.process.stdout.close()
        return took


def gunicorn(app: str, env: dict[str, str], *extra: str, config: str = "gunicorn.conf.py") -> AppProcess:
    """``gunicorn -c ../<config> <wsgi>`` in the app's folder, on a free port."""
    require("gunicorn", importlib.util.find_spec("gunicorn") is not None)
    folder, wsgi = APPS[app]
    command = [sys.executable, "-m", "gunicorn", "-c", f"../{config}", "-b", "127.0.0.1:0", *extra, wsgi]
    return AppProcess(command, folder, env, r"Listening at: (http://\S+)")


def uvicorn(env: dict[str, str], *extra: str) -> AppProcess:
    """``uvicorn app:app`` in the FastAPI example's folder, on a free port."""
    require("uvicorn", importlib.util.find_spec("uvicorn") is not None)
    folder, asgi = APPS["fastapi"]
    command = [sys.executable, "-m", "uvicorn", asgi, "--host", "127.0.0.1", "--port", str(free_port()), *extra]
    return AppProcess(command, folder, env, r"Uvicorn running on (http://\S+)")


def development_server(app: str, env: dict[str, str]) -> AppProcess:
    """The framework's own development server (``flask run``, ``manage.py runserver``)."""
    folder, _ = APPS[app]
    port = free_port()
    if app == "flask":
        command = [sys.executable, "-m", "flask", "run", "--port", str(port)]
        pattern = r"Running on (http://127\.0\.0\.1:\d+)"
    else:
        command = [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
        pattern = r"Starting development server at (http://\S+)"
    return AppProcess(command, folder, env, pattern)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def paced_server() -> Iterator[LocalServer]:
    """The Everruns API the apps relay from, writing about as fast as a model."""
    with LocalServer(turn_delay=0.005) as server:
        yield server


@pytest.fixture
def upstream(paced_server: LocalServer) -> Iterator[LocalServer]:
    """``paced_server`` with this test's pace, scripts and faults, all undone afterwards."""
    paced_server.model.pace(tokens_per_second=25, first_token_delay=0.2)
    yield paced_server
    paced_server.model.reset()
    paced_server.faults.reset()


def served_app(app: str, env: dict[str, str]) -> AppProcess:
    """A chat app as deployed: the WSGI ones under gunicorn, 2 workers x 8 threads; the
    FastAPI one under uvicorn, 2 workers (each one event loop); ``flask-gevent``, the Flask
    one under gunicorn's gevent worker (examples/gunicorn_gevent.conf.py: greenlets, no
    threads)."""
    if app == "fastapi":
        return uvicorn(env, "--workers", "2")
    if app == "flask-gevent":
        require("gevent", importlib.util.find_spec("gevent") is not None)
        return gunicorn("flask", env, "--workers", "2", config="gunicorn_gevent.conf.py")
    return gunicorn(app, env, "--workers", "2", "--threads", "8")


@pytest.fixture(scope="module", params=sorted(APPS))
def chat_app(request: pytest.FixtureRequest, paced_server: LocalServer) -> Iterator[tuple[str, AppProcess]]:
    """Each example app relaying from ``paced_server``, as deployed (``served_app``)."""
    served = served_app(request.param, app_settings(paced_server.url))
    yield request.param, served
    served.stop()


@pytest.fixture(scope="module")
def scripted_upstream() -> Iterator[ScriptedEverruns]:
    """An Everruns API whose turns hold what a browser must never see (tests/support)."""
    with ScriptedEverruns() as upstream:
        yield upstream


@pytest.fixture(scope="module", params=sorted(APPS))
def scripted_chat_app(
    request: pytest.FixtureRequest, scripted_upstream: ScriptedEverruns
) -> Iterator[tuple[str, AppProcess]]:
    """Each example app, as deployed, relaying from ``scripted_upstream``."""
    served = served_app(request.param, app_settings(scripted_upstream.url))
    yield request.param, served
    served.stop()


class Visitor:
    """One browser over plain HTTP, as the page drives an app: its cookies (the signed
    session and the CSRF token), ``POST /sessions`` with the token, and turns read as an
    ``EventSource`` reads them (``Sec-Fetch-Site: same-origin``, the cookies)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        with self.opener.open(url + "/") as page:
            assert page.status == 200

    @property
    def token(self) -> str:
        return next((cookie.value for cookie in self.cookies if cookie.name == "csrftoken"), "")

    @property
    def cookie_header(self) -> str:
        return "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.cookies)

    def post_session(self, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        """``POST /sessions`` with ``headers`` (by default the page's token): status, JSON."""
        sent = {"X-CSRFToken": self.token} if headers is None else headers
        request = urllib.request.Request(self.url + "/sessions", method="POST", headers=sent)
        try:
            with self.opener.open(request) as answer:
                return answer.status, json.load(answer)
        except urllib.error.HTTPError as refused:
            refused.close()
            return refused.code, None

    def new_session(self) -> str:
        status, answer = self.post_session()
        assert status == 200, status
        return str(answer["id"])

    def turn(
        self, session_id: str, text: str = "hi", headers: dict[str, str] | None = None, **query: str
    ) -> SseResponse:
        """``GET /sessions/<id>/turn?text=...`` from the app's own page; ``headers`` add to
        (or, set to ``None``, take away from) what the browser sends."""
        sent: dict[str, str | None] = {"Cookie": self.cookie_header, "Sec-Fetch-Site": "same-origin", **(headers or {})}
        extra = "".join(f"&{name}={quote(value)}" for name, value in query.items())
        target = f"{self.url}/sessions/{session_id}/turn?text={quote(text)}{extra}"
        return open_sse(target, {name: value for name, value in sent.items() if value is not None})


EVIL_HOST = "evil.example"
"""A site of the attacker's, which this browser finds on 127.0.0.1 (its own DNS says so)."""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium from Debian's package, never a downloaded build, that resolves
    ``EVIL_HOST`` to 127.0.0.1 (as a rebinding attacker's DNS would). Per module: the
    sync Playwright API runs an event loop in this thread while it is open, which would
    keep the tests after these from running the asyncio client."""
    require(CHROMIUM, Path(CHROMIUM).exists() or shutil.which("chromium") is not None)
    require("playwright", importlib.util.find_spec("playwright") is not None)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        rules = f"--host-resolver-rules=MAP {EVIL_HOST} 127.0.0.1"
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=[rules])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the finished pages are saved, outside the repository (printed at the end)."""
    return tmp_path_factory.mktemp("screenshots")
