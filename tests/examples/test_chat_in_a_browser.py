"""The chat apps in a real browser, in front of the paced local server: Flask and Django
under gunicorn (2 workers x 8 threads, so fork and threads are both at work), Flask again
under gunicorn's gevent worker (every relay a greenlet), FastAPI on the asyncio client
under uvicorn."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator

import pytest

from everruns.testing import LocalServer

from .conftest import APPS, WSGI_APPS, AppProcess, app_settings, served_app

REPLY = "Streaming works: each word of this reply reaches the page as the model writes it."
# Every change of #reply, with when it happened, from the moment the page loads.
RECORD_CHANGES = """
window.replyChanges = [];
new MutationObserver(() => {
  const reply = document.getElementById("reply");
  window.replyChanges.push({ at: performance.now(), text: reply.textContent });
}).observe(document.getElementById("reply"), { childList: true, characterData: true, subtree: true });
"""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=[*sorted(APPS), "flask-gevent"])
def chat_app(request: pytest.FixtureRequest, paced_server: LocalServer) -> Iterator[tuple[str, AppProcess]]:
    """Each example app as deployed, and the Flask one on greenlets as well."""
    served = served_app(request.param, app_settings(paced_server.url))
    yield request.param, served
    served.stop()


def ask(page, url, question):
    page.goto(url + "/")
    page.evaluate(RECORD_CHANGES)
    page.fill("#question", question)
    page.click("#send")


def sse_connections(server, session_id):
    return [r for r in server.requests if r.method == "GET" and r.path.endswith(f"/sessions/{session_id}/sse")]


def session_of(server):
    posted = [r for r in server.requests if r.method == "POST" and r.path.endswith("/messages")]
    return posted[-1].path.split("/")[-2]


def test_the_reply_appears_word_by_word_then_whole(chat_app, upstream, page, screenshots):
    name, app = chat_app
    upstream.model.script_reply(REPLY)
    ask(page, app.url, "Does streaming work?")
    page.wait_for_selector("#reply[data-state=completed]")
    assert page.inner_text("#reply") == REPLY
    changes = page.evaluate("window.replyChanges")
    texts = [change["text"] for change in changes if change["text"]]
    assert len(texts) >= len(REPLY.split()) - 1, "one change per word (the first may come with the cursor)"
    assert all(REPLY.startswith(text) for text in texts), "each step is a longer start of the reply"
    spread = (changes[-1]["at"] - changes[0]["at"]) / 1000
    assert spread >= (len(REPLY.split()) - 1) / 25 * 0.5, "the words came over time, not in one burst"
    shot = screenshots / f"{name}-finished.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")


def test_an_upstream_drop_mid_turn_still_gives_the_whole_reply_exactly_once(chat_app, upstream, page):
    _, app = chat_app
    upstream.model.script_reply(REPLY)
    upstream.faults.drop_sse_after(6)  # the relay's stream to Everruns is cut after 6 events
    ask(page, app.url, "And when the connection drops?")
    page.wait_for_selector("#reply[data-state=completed]")
    assert page.inner_text("#reply") == REPLY, "no word lost, none twice"
    assert len(sse_connections(upstream, session_of(upstream))) == 2, "the drop happened and the SDK reconnected"


def test_closing_the_page_mid_turn_lets_go_of_the_upstream_within_5_seconds(chat_app, upstream, page):
    _, app = chat_app
    upstream.model.pace(tokens_per_second=4, first_token_delay=0.2)
    upstream.model.script_reply(" ".join(["slowly"] * 60))
    ask(page, app.url, "Take your time")
    page.wait_for_function("document.getElementById('reply').textContent.length > 0")
    assert upstream.open_streams == 1
    page.close()
    began = time.monotonic()
    while upstream.open_streams:
        assert time.monotonic() - began < 5.0, "the relay still holds its stream to Everruns"
        time.sleep(0.05)


@pytest.mark.parametrize("chat_app", [*WSGI_APPS, "flask-gevent"], indirect=True)
def test_a_gunicorn_reload_mid_turn_still_gives_the_whole_reply_exactly_once(chat_app, upstream, page):
    """HUP: new workers start, the old ones get SIGTERM and end their relays at once; the
    page reconnects with Last-Event-ID and a new worker relays the rest of the same turn."""
    _, app = chat_app
    upstream.model.pace(tokens_per_second=8, first_token_delay=0.2)
    upstream.model.script_reply(REPLY)
    ask(page, app.url, "And across a reload?")
    page.wait_for_function("document.getElementById('reply').textContent.split(' ').length > 3")
    app.process.send_signal(signal.SIGHUP)
    page.wait_for_selector("#reply[data-state=completed]", timeout=30_000)
    assert page.inner_text("#reply") == REPLY, "no word lost, none twice"
    session_id = session_of(upstream)
    posts = [r for r in upstream.requests if r.method == "POST" and r.path.endswith(f"/{session_id}/messages")]
    assert len(posts) == 1, "the reconnect resumed the turn and posted nothing"
    assert len(sse_connections(upstream, session_id)) >= 2, "the old worker's relay ended mid-turn"
