"""Throughput of the local test server (everruns.testing) on this machine.

Two figures, each against a target:

- simple requests per second: ``GET /v1/agents/{id}`` over one keep-alive connection
  (``http.client``), target 1,000/s;
- events per second over SSE to one client: a session pre-filled with 20,000+ events
  (turn_delay=0), streamed from the start (no ``since_id``) until the last one, target 20,000/s.

    python scripts/bench_server.py [--requests 3000] [--events 21000]

Exits 1 when a target is missed. Options meant for the other benchmarks are ignored, so
``nox -s bench -- ...`` can pass its arguments to every script.
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import time

from everruns.testing import LocalServer

PROMPT_WORDS = 100
HEADERS = {"Authorization": "dev", "Content-Type": "application/json"}


def _call(connection: http.client.HTTPConnection, method: str, path: str, body: object = None) -> tuple[int, bytes]:
    payload = None if body is None else json.dumps(body)
    connection.request(method, path, body=payload, headers=HEADERS)
    response = connection.getresponse()
    return response.status, response.read()


def requests_per_second(server: LocalServer, count: int) -> float:
    """Sequential GETs of one agent over one keep-alive connection."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
    _, body = _call(connection, "POST", "/api/v1/agents", {"name": "bench", "system_prompt": "x"})
    path = f"/api/v1/agents/{json.loads(body)['id']}"
    for _ in range(100):  # warm up
        _call(connection, "GET", path)
    began = time.perf_counter()
    for _ in range(count):
        status, _ = _call(connection, "GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}")
    elapsed = time.perf_counter() - began
    connection.close()
    return count / elapsed


def _fill_session(server: LocalServer, minimum_events: int) -> tuple[str, str, int]:
    """A session holding at least ``minimum_events`` events; (session id, last event id, count)."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    _, body = _call(connection, "POST", "/api/v1/sessions", {"title": "bench"})
    session_id = json.loads(body)["id"]
    prompt = " ".join(f"word{index}" for index in range(PROMPT_WORDS))
    per_turn = PROMPT_WORDS + 2 + 5  # "You said:" adds two deltas; five more events frame a turn
    turns = -(-minimum_events // per_turn)
    message = {"message": {"role": "user", "content": [{"type": "text", "text": prompt}]}}
    for _ in range(turns):
        _call(connection, "POST", f"/api/v1/sessions/{session_id}/messages", message)
    events_path = f"/api/v1/sessions/{session_id}/events?limit=1"
    while True:
        connection.request("GET", events_path + "&types=turn.completed", headers=HEADERS)
        response = connection.getresponse()
        response.read()
        if int(response.headers["X-Total-Count"]) == turns:
            break
        time.sleep(0.05)
    _, body = _call(connection, "GET", events_path)
    last = json.loads(body)["data"][0]
    connection.close()
    return session_id, last["id"], last["sequence"]


def events_per_second(server: LocalServer, minimum_events: int) -> tuple[float, int]:
    """Events a single SSE client receives per second, reading from the first event to the last."""
    session_id, last_id, count = _fill_session(server, minimum_events)
    marker = f"id: {last_id}\n".encode()
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    began = time.perf_counter()
    connection.request("GET", f"/api/v1/sessions/{session_id}/sse", headers={"Authorization": "dev"})
    response = connection.getresponse()
    tail, frames = b"", 0
    while marker not in tail:
        data = response.read1(1 << 16)
        if not data:
            raise RuntimeError("the stream ended before the last event")
        window = tail + data
        frames += window.count(b"\nid: event_") - tail.count(b"\nid: event_")
        tail = window[-(len(marker) + 4096) :]
    elapsed = time.perf_counter() - began
    connection.close()
    if frames < count:
        raise RuntimeError(f"received {frames} event frames of {count}")
    return count / elapsed, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=3000, help="GETs to time (default %(default)s)")
    parser.add_argument("--events", type=int, default=21000, help="events to pre-fill, at least 20000")
    parser.add_argument("--min-requests", type=float, default=1000.0, help="target requests per second")
    parser.add_argument("--min-events", type=float, default=20000.0, help="target events per second")
    args, _ = parser.parse_known_args(argv)

    with LocalServer(turn_delay=0.0) as server:
        request_rate = requests_per_second(server, args.requests)
        event_rate, streamed = events_per_second(server, max(args.events, 20000))
    print(f"requests  {request_rate:10,.0f} /s  (GET an agent, keep-alive; target >= {args.min_requests:,.0f})")
    print(f"events    {event_rate:10,.0f} /s  ({streamed:,} events over SSE; target >= {args.min_events:,.0f})")
    missed = request_rate < args.min_requests or event_rate < args.min_events
    print("target missed" if missed else "targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
