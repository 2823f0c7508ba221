"""How many relays one worker carries: N turns at once, each written at a model's pace,
through one worker process, with what each costs.

The local server runs in its own process (``python -m everruns.testing``) and writes each
reply as a model would: 40 words at 20 tokens/s. Three apps relay from it, each in one
worker process:

- ``floor``: the least a relay can do (scripts/bench_relay_floor.py under
  ``gunicorn -k gevent``): the upstream bytes, untouched, as they come;
- ``flask+gevent``: examples/flask_chat under ``gunicorn -k gevent``
  (examples/gunicorn_gevent.conf.py);
- ``fastapi+uvicorn``: examples/fastapi_chat under one uvicorn worker.

For each N, a client process of its own opens N relays at once, each as its own browser
(its own cookies, a session it created with its CSRF token, as the example page does),
and reads them over plain sockets with asyncio. It reports per N and app:

- ``complete``: relays whose reply arrived whole, ending with its ``end`` frame;
- ``added p50/p99``: per event, its arrival at the client against the server's send stamp
  (the event's ``ts``, to the millisecond);
- ``late p99``: per reply, its last word's arrival against when the pace has it due (from
  the moment the browser asked), beyond what one relay alone sees (measured first);
- ``us/event``: the worker's CPU per relayed event (``xfloor``: against the floor's, at the
  same N), and the local server's own; ``cores``: CPU seconds per second of the run for
  the worker, the local server, the client and everything else on the machine;
- ``KB/relay``: the worker's resident memory at its peak over what it held before, per
  open relay.

    python scripts/bench_relay_scale.py [--sizes 50,100,200,300,500] [--apps floor,flask+gevent,fastapi+uvicorn]

Needs the test extra (gunicorn, gevent, flask, fastapi, uvicorn). Reports only; exits 1
when a reply is incomplete.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
WORDS_PER_REPLY = 40
TOKENS_PER_SECOND = 20.0
# The local server echoes the question: "You said: " and these 38 words make 40.
QUESTION = " ".join(f"w{index}" for index in range(1, WORDS_PER_REPLY - 1))
REPLY = f"You said: {QUESTION}"
RELAYED_PER_TURN = WORDS_PER_REPLY + 3  # output.message.started, the deltas, .completed, turn.completed
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
SETUP_AT_ONCE = 20


# --- the client: its own process, asyncio over plain sockets ---------------------------


async def request(
    url: str, method: str, path: str, headers: dict[str, str], body: bytes = b""
) -> tuple[int, list[tuple[str, str]], bytes]:
    """One HTTP/1.1 exchange on a connection of its own: status, headers, body."""
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    lines = [f"{method} {path} HTTP/1.1", f"Host: {parts.netloc}", "Connection: close", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    answer = await reader.read()
    writer.close()
    head, _, rest = answer.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    pairs = [tuple(part.strip() for part in line.split(":", 1)) for line in header_lines]
    found = [(name.lower(), value) for name, value in pairs]
    if ("transfer-encoding", "chunked") in found:
        rest = unchunk(rest)
    return int(status_line.split()[1]), found, rest


def unchunk(body: bytes) -> bytes:
    out, at = [], 0
    while True:
        end = body.index(b"\r\n", at)
        size = int(body[at:end].split(b";")[0], 16)
        if size == 0:
            return b"".join(out)
        out.append(body[end + 2 : end + 2 + size])
        at = end + 2 + size + 2


@dataclass
class Browser:
    """One browser of the bench: its cookies and the session it created."""

    cookies: dict[str, str] = field(default_factory=dict)
    session_id: str = ""

    def take(self, headers: list[tuple[str, str]]) -> None:
        for name, value in headers:
            if name == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, text = pair.partition("=")
                self.cookies[key.strip()] = text.strip()

    @property
    def cookie_header(self) -> str:
        return "; ".join(f"{name}={value}" for name, value in self.cookies.items())


async def open_browser(url: str, upstream: str, floor: bool) -> Browser:
    browser = Browser()
    if floor:  # the floor has no cookies: the session is made on the server directly
        body = json.dumps({"harness_name": "generic", "title": "bench"}).encode()
        headers = {"Authorization": "dev", "Content-Type": "application/json"}
        status, _, answer = await request(upstream, "POST", urlsplit(upstream).path + "/v1/sessions", headers, body)
        assert status in (200, 201), (status, answer)
        browser.session_id = json.loads(answer)["id"]
        return browser
    status, headers, _ = await request(url, "GET", "/", {})
    assert status == 200, status
    browser.take(headers)
    sent = {"Cookie": browser.cookie_header, "X-CSRFToken": browser.cookies["csrftoken"]}
    status, headers, answer = await request(url, "POST", "/sessions", sent)
    assert status == 200, (status, answer)
    browser.take(headers)
    browser.session_id = json.loads(answer)["id"]
    return browser


@dataclass
class Reading:
    """One relay as the client read it: when it asked, and each chunk with its arrival."""

    asked: float = 0.0
    status: int = 0
    chunks: list[tuple[float, bytes]] = field(default_factory=list)
    error: str = ""


async def read_relay(url: str, browser: Browser, floor: bool) -> Reading:
    reading = Reading()
    parts = urlsplit(url)
    if floor:
        path = f"/turn?session={browser.session_id}&text={quote(QUESTION)}"
        headers = ""
    else:
        path = f"/sessions/{browser.session_id}/turn?text={quote(QUESTION)}"
        headers = f"Cookie: {browser.cookie_header}\r\nSec-Fetch-Site: same-origin\r\n"
    try:
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        reading.asked = time.time()
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAccept: text/event-stream\r\n{headers}\r\n".encode()
        )
        head = await reader.readuntil(b"\r\n\r\n")
        reading.status = int(head.split(b" ", 2)[1])
        chunked = b"transfer-encoding: chunked" in head.lower()
        chunks = reading.chunks
        while True:
            if chunked:
                size = int((await reader.readline()).split(b";", 1)[0], 16)
                if size == 0:
                    break
                data = await reader.readexactly(size + 2)
                chunks.append((time.time(), data[:-2]))
            else:
                data = await reader.read(65536)
                if not data:
                    break
                chunks.append((time.time(), data))
        writer.close()
    except Exception as error:  # reported, not raised: one broken relay must not hide the others
        reading.error = f"{type(error).__name__}: {error}"
    return reading


async def fetch_stamps(upstream: str, session_id: str) -> dict[str, dict[str, Any]]:
    path = f"{urlsplit(upstream).path}/v1/sessions/{session_id}/events?limit=1000"
    status, _, body = await request(upstream, "GET", path, {"Authorization": "dev"})
    assert status == 200, status
    return {event["id"]: event for event in json.loads(body)["data"]}


async def bounded(jobs: list[Any], at_once: int) -> list[Any]:
    gate = asyncio.Semaphore(at_once)

    async def one(job: Any) -> Any:
        async with gate:
            return await job

    return await asyncio.gather(*(one(job) for job in jobs))


def stamp(text: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(text).timestamp()


def delta_of(data: dict[str, Any]) -> str:
    """A delta's text, from the relay's frame (its ``data``) or the floor's (the whole event)."""
    return str(data["delta"] if "delta" in data else data["data"]["delta"])


def analyse(reading: Reading, events: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """What one relay's reading says: whole or not, its lateness, each event's added latency."""
    frames: list[tuple[float, dict[str, str]]] = []
    buffer = b""
    for arrival, data in reading.chunks:
        buffer += data
        *whole, buffer = buffer.split(b"\n\n")
        for frame in whole:
            fields: dict[str, str] = {}
            for line in frame.decode().split("\n"):
                name, _, value = line.partition(": ")
                if name and not name.startswith(":"):
                    fields[name] = value
            if fields:
                frames.append((arrival, fields))
    deltas = [(at, f) for at, f in frames if f.get("event") == "output.message.delta"]
    text = "".join(delta_of(json.loads(f["data"])) for _, f in deltas)
    ended = frames[-1][1] if frames else {}
    complete = text == REPLY and (
        (ended.get("event") == "end" and json.loads(ended["data"]).get("status") == "completed")
        or ended.get("event") == "turn.completed"  # the floor forwards the server's own frames
    )
    added = [(at - stamp(events[f["id"]]["ts"])) * 1000 for at, f in frames if f.get("id") in events]
    due = WORDS_PER_REPLY / TOKENS_PER_SECOND
    late = deltas[-1][0] - reading.asked - due if deltas else float("inf")
    kinds = {e["type"]: e for e in events.values()}
    server_late = None
    if "output.message.started" in kinds and deltas:
        last = max((e for e in events.values() if e["type"] == "output.message.delta"), key=lambda e: e["sequence"])
        server_late = stamp(last["ts"]) - stamp(kinds["output.message.started"]["ts"]) - due
    first = next((at for at, f in frames if f.get("event") == "output.message.started"), float("inf"))
    return {
        "complete": complete,
        "late": late,
        "start": first - reading.asked,
        "server_late": server_late,
        "added": added,
        "error": reading.error,
    }


def client(url: str, upstream: str, relays: int, floor: bool) -> None:
    """The client process: open the browsers, say ``ready``, wait for ``go``, read every
    relay at once, then print what it saw as one JSON line."""

    async def run() -> dict[str, Any]:
        browsers = await bounded([open_browser(url, upstream, floor) for _ in range(relays)], SETUP_AT_ONCE)
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        cpu = time.process_time()
        began = time.monotonic()
        readings = await asyncio.gather(*(read_relay(url, browser, floor) for browser in browsers))
        took = time.monotonic() - began
        cpu = time.process_time() - cpu
        print("read", flush=True)  # the driver takes its CPU figures before the stamps are fetched
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        stamps = await bounded([fetch_stamps(upstream, b.session_id) for b in browsers], SETUP_AT_ONCE)
        results = [analyse(reading, events) for reading, events in zip(readings, stamps, strict=True)]
        return {"cpu": cpu, "took": took, "results": results}

    print(json.dumps(asyncio.run(run())), flush=True)


# --- the processes ----------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User and system CPU of a process and its threads, dead ones included."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_KB


def machine_busy() -> float:
    """CPU seconds the whole machine spent busy so far."""
    with open("/proc/stat") as stat:
        ticks = [int(value) for value in stat.readline().split()[1:]]
    idle = ticks[3] + ticks[4]
    return (sum(ticks) - idle) / CLOCK_TICKS


class Served:
    """A child process that prints where it listens; ``pid`` of its worker."""

    def __init__(self, command: list[str], cwd: Path, env: dict[str, str], pattern: str, worker: str | None) -> None:
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.lines: list[str] = []
        assert self.process.stdout is not None
        self.url = ""
        self.pid = self.process.pid
        deadline = time.monotonic() + 60
        while not self.url or (worker is not None and self.pid == self.process.pid):
            line = self.process.stdout.readline()
            if not line or time.monotonic() > deadline:
                raise SystemExit("did not start:\n" + "".join(self.lines))
            self.lines.append(line)
            if found := re.search(pattern, line):
                self.url = found[1].rstrip("/")
            if worker is not None and (found := re.search(worker, line)):
                self.pid = int(found[1])
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    def wait_answering(self, path: str = "/") -> None:
        for _ in range(400):
            try:
                with urllib.request.urlopen(self.url + path, timeout=5):  # noqa: S310  # our own http:// URL
                    return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("did not answer:\n" + "".join(self.lines))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_server() -> Served:
    command = [sys.executable, "-m", "everruns.testing", "--port", "0", "--prefix", "/api"]
    return Served(command, ROOT, dict(os.environ), r"local server at (http://\S+)", None)


def control(upstream: str, action: str, arguments: dict[str, Any]) -> None:
    body = json.dumps(arguments).encode()
    sent = urllib.request.Request(f"{upstream}/_testing/{action}", body, method="POST")  # noqa: S310
    with urllib.request.urlopen(sent) as answer:  # noqa: S310  # our own http:// URL
        assert answer.status == 200


def start_app(name: str, upstream: str, most: int) -> Served:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EVERRUNS_", "CHAT_"))}
    env.update(EVERRUNS_API_KEY="dev", EVERRUNS_API_URL=upstream, CHAT_DEBUG="1", CHAT_MAX_RELAYS=str(most + 10))
    gunicorn = [sys.executable, "-m", "gunicorn", "-b", "127.0.0.1:0", "--workers", "1"]
    listening, booted = r"Listening at: (http://\S+)", r"Booting worker with pid: (\d+)"
    if name == "floor":
        command = [*gunicorn, "-k", "gevent", "--worker-connections", "2000", "bench_relay_floor:app"]
        return Served(command, ROOT / "scripts", env, listening, booted)
    if name == "flask+gevent":
        command = [*gunicorn, "-c", "../gunicorn_gevent.conf.py", "--worker-connections", "2000", "app:app"]
        served = Served(command, EXAMPLES / "flask_chat", env, listening, booted)
    else:
        port = free_port()
        command = [sys.executable, "-m", "uvicorn", "app:app", "--host", "127.0.0.1", "--port", str(port)]
        command += ["--no-access-log", "--backlog", "2048"]
        served = Served(command, EXAMPLES / "fastapi_chat", env, r"Uvicorn running on (http://\S+)", None)
    served.wait_answering()
    return served


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Run:
    app: str
    relays: int
    complete: int
    errors: list[str]
    added: list[float]
    late: list[float]
    start: list[float]
    server_late: list[float]
    took: float
    worker_cpu: float
    server_cpu: float
    client_cpu: float
    others_cpu: float
    rss_before: int
    rss_peak: int
    load: float

    @property
    def relayed(self) -> int:
        return self.relays * RELAYED_PER_TURN


def measure(app: Served, server: Served, upstream: str, name: str, relays: int, profile: str = "") -> Run:
    command = [sys.executable, __file__, "--client", app.url, upstream, str(relays), str(name == "floor")]
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", "the client did not set up"
    time.sleep(0.3)
    load = os.getloadavg()[0]
    rss_before = rss_kb(app.pid)
    peak = [rss_before]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak.append(rss_kb(app.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    worker0, server0, busy0, mine0 = cpu_seconds(app.pid), cpu_seconds(server.pid), machine_busy(), time.process_time()
    spy = None
    if profile:  # py-spy on the worker or the local server, over the reading only
        target = app.pid if profile == "worker" else server.pid
        output = f"{tempfile.gettempdir()}/bench_relay_scale-{name}-{relays}-{profile}.raw"
        spy = subprocess.Popen(
            ["py-spy", "record", "-p", str(target), "-f", "raw", "-o", output, "-r", "500", "--nonblocking"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
    sampler.start()
    child.stdin.write("go\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "read"
    worker1, server1, busy1, mine1 = cpu_seconds(app.pid), cpu_seconds(server.pid), machine_busy(), time.process_time()
    done.set()
    if spy is not None:
        spy.send_signal(signal.SIGINT)
        spy.wait(30)
    sampler.join()
    child.stdin.write("stamps\n")
    child.stdin.flush()
    line = child.stdout.readline()
    child.wait(60)
    report = json.loads(line)
    results = report["results"]
    worker, server_cpu, client_cpu = worker1 - worker0, server1 - server0, report["cpu"]
    # Everything else the machine did meanwhile (other engineers' work, this driver):
    # busy CPU less the three processes measured. (The client's CPU is counted over its
    # reading only, which is where the window is.)
    others = max(0.0, (busy1 - busy0) - worker - server_cpu - client_cpu - (mine1 - mine0))
    return Run(
        app=name,
        relays=relays,
        complete=sum(r["complete"] for r in results),
        errors=sorted({r["error"] for r in results if r["error"]}),
        added=[a for r in results for a in r["added"]],
        late=[r["late"] for r in results],
        start=[r["start"] for r in results],
        server_late=[r["server_late"] for r in results if r["server_late"] is not None],
        took=report["took"],
        worker_cpu=worker,
        server_cpu=server_cpu,
        client_cpu=client_cpu,
        others_cpu=others,
        rss_before=rss_before,
        rss_peak=max(peak),
        load=load,
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


HEADER = (
    f"{'app':<16}{'N':>5}{'complete':>10}{'added p50':>11}{'p99':>7}{'late p99':>10}{'start':>7}{'server':>7}"
    f"{'us/event':>10}{'xfloor':>7}{'server':>7}{'KB/relay':>9}"
    f"{'cores: worker':>15}{'server':>7}{'client':>7}{'others':>7}{'load':>6}"
)


def row(run: Run, alone: float, floor: Run | None) -> str:
    per_event = run.worker_cpu / run.relayed * 1e6
    against = f"{per_event / (floor.worker_cpu / floor.relayed * 1e6):.2f}" if floor is not None else "-"
    late = percentile(run.late, 0.99) - alone
    server = run.server_cpu / run.relayed * 1e6
    cores = [x / run.took for x in (run.worker_cpu, run.server_cpu, run.client_cpu, run.others_cpu)]
    return (
        f"{run.app:<16}{run.relays:>5}{f'{run.complete}/{run.relays}':>10}"
        f"{percentile(run.added, 0.5):>9.1f}ms{percentile(run.added, 0.99):>5.0f}ms{late:>9.2f}s"
        f"{percentile(run.start, 0.99):>6.2f}s{percentile(run.server_late, 0.99):>6.2f}s"
        f"{per_event:>10.0f}{against:>7}{server:>7.0f}{(run.rss_peak - run.rss_before) / run.relays:>9.1f}"
        f"{'':>8}" + "".join(f"{c:>7.2f}" for c in cores) + f"{run.load:>6.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,100,200,300,500", help="relays at once, comma-separated")
    parser.add_argument("--profile", default="", help="worker or server: py-spy it during each run (to /tmp)")
    parser.add_argument("--apps", default="floor,flask+gevent,fastapi+uvicorn", help="which apps, comma-separated")
    args, _ = parser.parse_known_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    names = args.apps.split(",")
    server = start_server()
    upstream = server.url
    control(upstream, "model/pace", {"tokens_per_second": TOKENS_PER_SECOND})
    apps = {name: start_app(name, upstream, max(sizes)) for name in names}
    complete = True
    try:
        alone: dict[str, float] = {}
        for name, app in apps.items():
            measure(app, server, upstream, name, 10)  # warm up: imports, pools, first sessions
            alone[name] = statistics.median(measure(app, server, upstream, name, 1).late[0] for _ in range(3))
        print(
            "one relay alone, last word after the pace has it due: "
            + ", ".join(f"{name} {late:.2f} s" for name, late in alone.items())
        )
        print(
            f"{WORDS_PER_REPLY}-word replies at {TOKENS_PER_SECOND:.0f} tokens/s;"
            " load: the 1-minute load average at the start of each run"
        )
        print(HEADER)
        for relays in sizes:
            floor = None
            for name, app in apps.items():
                run = measure(app, server, upstream, name, relays, args.profile)
                floor = run if name == "floor" else floor
                print(row(run, alone[name], floor if name != "floor" else None), flush=True)
                if run.errors:
                    print("   errors:", "; ".join(run.errors[:3]))
                complete = complete and run.complete == relays
    finally:
        for app in apps.values():
            app.stop()
        server.stop()
    return 0 if complete else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        client(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "True")
        sys.exit(0)
    sys.exit(main())
