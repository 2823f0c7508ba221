"""The chat apps under the attacks a browser makes possible, in headless Chromium: a page on
another site that points requests at the app, a rebinding host name, another browser
reaching for a session id, and a reply the relay could not encode."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from scripted_everruns import reply_turn

from .conftest import EVIL_HOST

pytestmark = pytest.mark.slow


def posted(server):
    return [r for r in server.requests if r.method == "POST" and r.path.endswith("/messages")]


def ask(page, url, question):
    page.goto(url + "/")
    page.fill("#question", question)
    page.click("#send")


def session_of(server):
    return posted(server)[-1].path.split("/")[-2]


class EvilSite:
    """The attacker's site: one page, served on 127.0.0.1 under ``EVIL_HOST``."""

    def __init__(self) -> None:
        self.html = ""
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = site.html.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://{EVIL_HOST}:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def evil_site() -> Iterator[EvilSite]:
    site = EvilSite()
    yield site
    site.close()


def test_a_page_on_another_site_cannot_make_the_app_post_into_the_users_session(chat_app, upstream, page, evil_site):
    """The user chats, then visits the attacker's page in the same browser: its image,
    EventSource and fetch aim at the user's session, with the user's cookies if the
    browser would send them."""
    _, app = chat_app
    ask(page, app.url, "Hello")
    page.wait_for_selector("#reply[data-state=completed]")
    session_id = session_of(upstream)
    before = len(posted(upstream))
    target = f"{app.url}/sessions/{session_id}/turn?text=pwned"
    evil_site.html = f"""<!doctype html><title>Win a prize</title>
      <img src="{target}&by=img">
      <script>
        const stream = new EventSource("{target}&by=eventsource", {{ withCredentials: true }});
        stream.onerror = () => {{ window.streamClosed = stream.readyState === EventSource.CLOSED; }};
        fetch("{target}&by=fetch", {{ mode: "no-cors", credentials: "include" }});
      </script>"""
    answers = {}

    def finished(request):
        if "by=" in request.url:
            response = request.response()  # None where the browser kept the answer from the page
            answers[request.url.rsplit("by=", 1)[-1]] = response.status if response else request.failure

    page.on("requestfinished", finished)
    page.on("requestfailed", finished)
    page.goto(evil_site.url + "/")
    deadline = time.monotonic() + 10
    while len(answers) < 3 and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert set(answers) == {"img", "eventsource", "fetch"}, "each request was made"
    assert answers["fetch"] == 403, "refused as cross-site"
    assert page.evaluate("window.streamClosed") is True, "an answer other than 200: the EventSource gave up"
    assert len(posted(upstream)) == before, "nothing posted into the user's session"


def test_a_rebinding_host_name_gets_400_for_the_page_and_a_new_session(chat_app, upstream, page):
    """The attacker's name, resolved to the app's address, as DNS rebinding does."""
    _, app = chat_app
    rebound = app.url.replace("127.0.0.1", EVIL_HOST)
    created = [r for r in upstream.requests if r.path.endswith("/v1/sessions")]
    assert page.goto(rebound + "/").status == 400
    status = page.evaluate("""async () => (await fetch("/sessions", { method: "POST" })).status""")
    assert status == 400
    assert [r for r in upstream.requests if r.path.endswith("/v1/sessions")] == created


def test_another_browser_cannot_drive_a_session_it_did_not_create(chat_app, upstream, page, browser):
    _, app = chat_app
    ask(page, app.url, "Hello")
    page.wait_for_selector("#reply[data-state=completed]")
    session_id = session_of(upstream)
    before = len(posted(upstream))
    other = browser.new_context()
    try:
        intruder = other.new_page()
        intruder.goto(app.url + "/")  # the app's own page: same origin, a session cookie of its own
        state = intruder.evaluate(
            """(id) => new Promise((done) => {
                 const turn = new EventSource(`/sessions/${id}/turn?text=hijacked`);
                 turn.onerror = () => {
                   done(turn.readyState === EventSource.CLOSED ? "refused" : "retrying");
                   turn.close();
                 };
                 turn.addEventListener("end", () => { done("relayed"); turn.close(); });
               })""",
            session_id,
        )
    finally:
        other.close()
    assert state == "refused"
    assert len(posted(upstream)) == before


def test_the_page_says_so_when_the_app_refuses_a_question(chat_app, upstream, page, screenshots):
    name, app = chat_app
    ask(page, app.url, "Hello")
    page.wait_for_selector("#reply[data-state=completed]")
    before = len(posted(upstream))
    page.context.clear_cookies()  # the session is no longer this browser's
    page.fill("#question", "And again?")
    page.click("#send")
    page.wait_for_selector("#reply[data-state=refused]")
    assert page.inner_text("#status") == "The app refused this question; try again in a moment."
    assert page.is_enabled("#send")
    assert len(posted(upstream)) == before
    page.screenshot(path=str(screenshots / f"{name}-refused.png"), full_page=True)


def test_a_reply_the_relay_cannot_encode_as_it_came_still_completes_once(
    scripted_chat_app, scripted_upstream, page, screenshots
):
    """A lone surrogate used to break the relay mid-reply, and the browser's reconnect
    met the same event again, forever."""
    name, app = scripted_chat_app
    scripted_upstream.script(reply_turn("Half ", "an ", "emoji: ", "\ud83d", " and the rest."))
    streams_before = len(scripted_upstream.streams())
    ask(page, app.url, "Emoji?")
    page.wait_for_selector("#reply[data-state=completed]")
    assert page.inner_text("#reply") == "Half an emoji: \ufffd and the rest."
    assert len(scripted_upstream.streams()) == streams_before + 1, "read once: no reconnect"
    page.screenshot(path=str(screenshots / f"{name}-replacement-character.png"), full_page=True)
