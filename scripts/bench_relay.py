"""What the web relay costs, measured in a real browser against the stream it relays.

1. Added latency per event. The Flask chat example runs under gunicorn (gthread) in front
   of a paced local server. In one headless Chromium, page A reads a turn through the
   relay (``EventSource`` on the app, as the example page does) while page B reads the
   same session's stream straight from the local server (``fetch`` with the API key, from
   the server's own origin). Both stamp each event's arrival on the browser's clock; per
   event, ``relay - direct`` is the relay's added latency. Also shown: each page's arrival
   against the server's send time (the event's ``ts``, millisecond precision).
2. Concurrent relays per worker. One gunicorn worker with 8 threads gets N relays of a
   turn that stays quiet: how many are being served at once (their stream to Everruns
   open) and how many wait for a free thread.

    python scripts/bench_relay.py [--events 200] [--relays 16] [--threads 8]

Needs the test extra (gunicorn, flask, playwright) and Debian's chromium. Reports only;
exits 1 when a relayed event is lost or repeated.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

from everruns import Everruns
from everruns.testing import LocalServer
from everruns.web import Forwarding

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "examples" / "flask_chat"
CHROMIUM = "/usr/bin/chromium"

# Page A: the example page's way of reading a turn, stamping arrivals.
THROUGH_RELAY = """(url) => new Promise((done) => {
  const arrivals = {};
  const source = new EventSource(url);
  const stamp = (event) => { arrivals[event.lastEventId] = performance.timeOrigin + performance.now(); };
  for (const type of ["output.message.started", "output.message.delta", "output.message.completed",
                      "turn.completed"]) source.addEventListener(type, stamp);
  source.addEventListener("end", () => { source.close(); done(arrivals); });
})"""
# Page A opens its session as the example page does (POST /sessions with the CSRF token).
NEW_SESSION = """async () => {
  const token = document.cookie.match(/(?:^|;\\s*)csrftoken=([^;]+)/)[1];
  return (await (await fetch("/sessions", { method: "POST", headers: { "X-CSRFToken": token } })).json()).id;
}"""
# Page B: the server's own stream, read with fetch (EventSource cannot send the key).
DIRECT = """async ([path, key]) => {
  window.directArrivals = {};
  const response = await fetch(path, { headers: { Authorization: key, Accept: "text/event-stream" } });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  window.directReading = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const now = performance.timeOrigin + performance.now();
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\\n\\n")) >= 0) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const id = frame.split("\\n").find((line) => line.startsWith("id: "));
        if (id) window.directArrivals[id.slice(4)] = now;
        if (frame.includes("event: turn.completed")) { reader.cancel(); return; }
      }
    }
  })();
}"""


def gunicorn(env: dict[str, str], workers: int, threads: int) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "gunicorn", "-c", "../gunicorn.conf.py", "-b", "127.0.0.1:0"]
    command += ["--workers", str(workers), "--threads", str(threads), "app:app"]
    process = subprocess.Popen(command, cwd=APP, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        found = re.search(r"Listening at: (http://\S+)", line)
        if found:
            url = found[1]
            break
    else:
        raise SystemExit("gunicorn did not start")
    threading.Thread(target=lambda: [None for _ in process.stdout or ()], daemon=True).start()
    for _ in range(200):
        try:
            with urllib.request.urlopen(url + "/", timeout=5):  # noqa: S310  # our own http:// URL
                return process, url
        except OSError:
            time.sleep(0.05)
    raise SystemExit("gunicorn did not answer")


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):6.2f} ms   p99 {p99:6.2f} ms   (n={len(ordered)})"


def latency(server: LocalServer, url: str, events: int) -> bool:
    from playwright.sync_api import sync_playwright

    words = " ".join(f"w{index}" for index in range(events))
    server.model.pace(tokens_per_second=50, first_token_delay=0.5)
    server.model.script_reply(words)
    with Everruns(api_key="dev", base_url=server.url) as client:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM)
            direct, relayed = browser.new_page(), browser.new_page()
            relayed.goto(url + "/")
            session_id = relayed.evaluate(NEW_SESSION)  # the app relays only this browser's sessions
            direct.goto(server.url + "/_testing/streams")  # the server's origin: no CORS for the fetch
            direct.evaluate(DIRECT, [f"/api/v1/sessions/{session_id}/sse", "dev"])
            through = relayed.evaluate(THROUGH_RELAY, f"/sessions/{session_id}/turn?text=go")
            direct.evaluate("window.directReading")
            straight = direct.evaluate("window.directArrivals")
            browser.close()
        listed = [event for event in client.events.list(session_id).data if Forwarding().frame(event) is not None]
    sent = {event.id: event.ts.timestamp() * 1000 for event in listed}  # what the relay forwards
    # The deltas: what streams. (input.message is already written when the relay, having
    # posted the message, opens its stream: that is the relay's start, not a per-event cost.)
    common = [e.id for e in listed if e.type == "output.message.delta" and e.id in through and e.id in straight]
    print(f"relay latency per event, {len(common)} deltas at 50 per second, browser arrival (Chromium):")
    print("  direct page  - server send (ts):", percentiles([straight[i] - sent[i] for i in common]))
    print("  relayed page - server send (ts):", percentiles([through[i] - sent[i] for i in common]))
    print(
        "  added by the relay (relayed - direct, same event):", percentiles([through[i] - straight[i] for i in common])
    )
    first = listed[0].id
    started = through[first] - straight[first]
    print(f"  (output.message.started, the first event relayed after the POST: {started:.1f} ms later)")
    complete = len(through) == len(sent)
    if not complete:
        print(f"  LOST OR EXTRA: relayed {len(through)} of {len(sent)} events")
    return complete


def concurrency(server: LocalServer, url: str, relays: int, threads: int) -> None:
    server.model.pace(tokens_per_second=50, first_token_delay=3.0)  # quiet for 3 s, then short
    before = server.open_streams
    browsers = [browser_session(url) for _ in range(relays)]  # each its own: at most 3 relays per browser
    host, port = url.removeprefix("http://").split(":")
    finished: list[float] = []
    began = time.monotonic()

    def relay(browser: tuple[str, str]) -> None:
        session_id, cookie = browser
        connection = http.client.HTTPConnection(host, int(port), timeout=60)
        headers = {"Cookie": cookie, "Sec-Fetch-Site": "same-origin"}
        connection.request("GET", f"/sessions/{session_id}/turn?text=hi", headers=headers)
        body = connection.getresponse().read()
        assert b"event: end" in body
        finished.append(time.monotonic() - began)
        connection.close()

    workers = [threading.Thread(target=relay, args=(browser,)) for browser in browsers]
    for worker in workers:
        worker.start()
    time.sleep(1.5)  # every relay has been sent; the turns are still quiet
    served = server.open_streams - before
    for worker in workers:
        worker.join()
    finished.sort()
    print(f"concurrent relays, one gunicorn worker with {threads} threads, {relays} browsers at once:")
    print(f"  served at once: {served} (the others wait for a free thread)")
    nth = finished[threads - 1]
    print(f"  turns done after: first {finished[0]:.1f} s, {threads}th {nth:.1f} s, last {finished[-1]:.1f} s")


def browser_session(url: str) -> tuple[str, str]:
    """A session opened as the example page opens one: its id, and the browser's cookies."""
    cookies = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    opener.open(url + "/").read()
    token = next(cookie.value for cookie in cookies if cookie.name == "csrftoken")
    request = urllib.request.Request(url + "/sessions", method="POST", headers={"X-CSRFToken": token})  # noqa: S310
    with opener.open(request) as answer:  # our own http:// URL
        session_id = json.load(answer)["id"]
    return session_id, "; ".join(f"{cookie.name}={cookie.value}" for cookie in cookies)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200, help="deltas in the measured turn")
    parser.add_argument("--relays", type=int, default=16, help="browsers at once for the concurrency count")
    parser.add_argument("--threads", type=int, default=8, help="threads of the one worker")
    args, _ = parser.parse_known_args()
    with LocalServer(turn_delay=0.005) as server:
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("EVERRUNS_")}}
        env.update(EVERRUNS_API_KEY="dev", EVERRUNS_API_URL=server.url, CHAT_KEEPALIVE="15", CHAT_DEBUG="1")
        # As many relays as browsers: the count below is of threads, not of the app's cap.
        env.update(CHAT_MAX_RELAYS=str(args.relays))
        process, url = gunicorn(env, workers=2, threads=8)
        try:
            complete = latency(server, url, args.events)
        finally:
            process.terminate()
            process.wait(30)
        process, url = gunicorn(env, workers=1, threads=args.threads)
        try:
            concurrency(server, url, args.relays, args.threads)
        finally:
            process.terminate()
            process.wait(30)
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
