"""The event streams against bare sseclient-py + ``json.loads`` on an httpx stream, over
the same local stream, in one run: events per second, and the client's CPU time per event.

A minimal SSE server runs in a child process (so that it neither shares the GIL nor the
memory or CPU time being measured) and writes ``connected``, then N realistic
``output.message.delta`` events (full events, ``context`` included), then
``disconnecting``, in one of two shapes:

- many frames to a write (256), as a stream that has fallen behind reads them: targets
  ``EventStream`` at least 0.85x the baseline's events/s, and ``AsyncEventStream`` at
  least 0.85x ``EventStream``'s;
- each frame its own network write and HTTP chunk, as a live turn sends them: target
  ``EventStream`` at most 1.15x the baseline's client CPU time per event (CPU time, so
  that the server's jitter does not count).

The contenders take turns in rounds, the order rotating; each ratio is the median of the
per-round ratios. Also reported: a raw httpx ``iter_lines()`` loop (no parsing at all),
the official asyncio ``everruns-sdk`` stream when it is installed, and the resident
memory of one ``EventStream`` over 1,000,000 events, after 100,000 and at the end,
which must stay flat.

    python scripts/bench_stream.py [--events 50000] [--rounds 7] [--memory-events 1000000]

Exits 1 when a target is missed or memory grows. Options meant for the other benchmarks
are ignored, so ``nox -s bench -- ...`` can pass its arguments to every script.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import itertools
import json
import resource
import socket
import socketserver
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable

import httpx
import sseclient

from everruns import AsyncEverruns, Everruns

KEY = "dev"
ACCEPT = {"Accept": "text/event-stream"}
LIVE_CPU_TARGET = 1.15  # EventStream's CPU per event over the baseline's, each frame its own write
MEMORY_CHECKPOINT = 100_000
MEMORY_GROWTH_LIMIT = 8 * 1024 * 1024  # bytes of RSS growth between the checkpoint and the end
BATCH = 256  # frames per write
TURN = "turn_" + "7" * 32
MESSAGE = "message_" + "8" * 32
# One event frame; the session id, event id and sequence are filled in per event.
FRAME = (
    b"event: output.message.delta\nid: event_%032x\nretry: 100\ndata: "
    b'{"id":"event_%032x","type":"output.message.delta","ts":"2026-11-23T10:15:30.123456Z",'
    b'"session_id":"%s","sequence":%d,'
    b'"context":{"turn_id":"' + TURN.encode() + b'","input_message_id":"' + MESSAGE.encode() + b'"},'
    b'"data":{"turn_id":"' + TURN.encode() + b'","delta":"word ",'
    b'"accumulated":"The quick brown fox jumps over the lazy dog while the stream keeps flowing word "}}\n\n'
)
CONNECTED = b'event: connected\ndata: {"status":"connected"}\n\n'
DISCONNECTING = b'event: disconnecting\ndata: {"reason":"connection_cycle","retry_ms":100}\n\n'


# --- the server (child process) ---------------------------------------------------------


LIVE = 1 << 124  # a bit of the session id: send each frame in a write and a chunk of its own


def session_for(count: int, *, live: bool = False) -> str:
    """The session id tells the server how many events to send, and whether each frame
    goes out on its own (as a live turn sends them) or many to a write."""
    return f"session_{count | (LIVE if live else 0):032x}"


class StreamHandler(socketserver.BaseRequestHandler):
    """Answers one ``GET .../sessions/<id>/sse`` with the events its session id asks for."""

    def handle(self) -> None:
        reader = self.request.makefile("rb")
        request_line = reader.readline().decode("latin-1")
        while reader.readline() not in (b"\r\n", b"\n", b""):
            pass
        session = request_line.split("/sessions/", 1)[1].split("/", 1)[0]
        number = int(session.removeprefix("session_"), 16)
        count, live = number & (LIVE - 1), bool(number & LIVE)
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        send = self.request.sendall
        send(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n")
        send(b"Connection: close\r\n\r\n")
        encoded_session = session.encode()
        try:
            send(_chunk(CONNECTED))
            batch = 1 if live else BATCH
            for start in range(1, count + 1, batch):
                stop = min(start + batch, count + 1)
                send(_chunk(b"".join(FRAME % (n, n, encoded_session, n) for n in range(start, stop))))
            send(_chunk(DISCONNECTING) + b"0\r\n\r\n")
        except OSError:
            pass  # the client stopped reading


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def serve() -> None:
    """Serve until stdin closes; prints the port first."""
    socketserver.ThreadingTCPServer.daemon_threads = True
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), StreamHandler) as server:
        print(server.server_address[1], flush=True)
        server_thread = threading.Thread(target=server.serve_forever, daemon=True)
        server_thread.start()
        sys.stdin.read()
        server.shutdown()


# --- the contenders -----------------------------------------------------------------------


Contender = Callable[[str, int, bool], int]


def baseline(url: str, count: int, live: bool) -> int:
    """sseclient-py over an httpx stream, each event's data through ``json.loads``."""
    seen = 0
    with (
        httpx.Client() as client,
        client.stream("GET", f"{url}/v1/sessions/{session_for(count, live=live)}/sse", headers=ACCEPT) as response,
    ):
        for frame in sseclient.SSEClient(response.iter_bytes()).events():
            json.loads(frame.data)
            seen += 1
    return seen - 2  # connected and disconnecting


def raw_lines(url: str, count: int, live: bool) -> int:
    """httpx ``iter_lines()`` and nothing else."""
    seen = 0
    with (
        httpx.Client() as client,
        client.stream("GET", f"{url}/v1/sessions/{session_for(count, live=live)}/sse", headers=ACCEPT) as response,
    ):
        for line in response.iter_lines():
            if line.startswith("data:"):
                seen += 1
    return seen - 2


def event_stream(url: str, count: int, live: bool) -> int:
    """``client.events.stream()``: parsing, Event objects, repeat detection, bookkeeping."""
    session_id = session_for(count, live=live)
    with Everruns(api_key=KEY, base_url=url) as client, client.events.stream(session_id) as stream:
        return sum(1 for _ in itertools.islice(stream, count))


def async_event_stream(url: str, count: int, live: bool) -> int:
    """``AsyncEverruns().events.stream()``, the same work awaited on one event loop."""

    async def read() -> int:
        seen = 0
        async with (
            AsyncEverruns(api_key=KEY, base_url=url) as client,
            client.events.stream(session_for(count, live=live)) as stream,
        ):
            async for _ in stream:
                seen += 1
                if seen == count:
                    break
        return seen

    return asyncio.run(read())


def official_stream(url: str, count: int, live: bool) -> int:
    """The official asyncio ``everruns-sdk`` stream."""
    import everruns_sdk

    async def read() -> int:
        official = everruns_sdk.Everruns(api_key=KEY, base_url=url)
        stream = official.events.stream(session_for(count, live=live))
        events = stream.__aiter__()  # an async generator: closed here, not left to the loop's shutdown
        seen = 0
        try:
            async for _ in events:
                seen += 1
                if seen == count:
                    break
        finally:
            await events.aclose()
            await stream.aclose()
            await official.close()
        return seen

    return asyncio.run(read())


def measure(contender: Contender, url: str, count: int, live: bool) -> tuple[float, float]:
    """Events per second of one pass over ``count`` events, and the client's CPU
    microseconds per event (this process: the server runs in another)."""
    started, cpu = time.perf_counter(), time.process_time()
    seen = contender(url, count, live)
    elapsed, cpu_used = time.perf_counter() - started, time.process_time() - cpu
    if seen != count:
        raise RuntimeError(f"{contender.__name__} saw {seen} events, expected {count}")
    return count / elapsed, cpu_used / count * 1e6


# --- memory -------------------------------------------------------------------------------


def rss_bytes(field: str = "VmRSS") -> int:
    """The resident set size now (``VmHWM``: its peak so far), from /proc on Linux;
    elsewhere the peak, from getrusage."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def memory_over(url: str, count: int) -> tuple[int, int, int]:
    """RSS after ``MEMORY_CHECKPOINT`` events and after ``count``, and the peak."""
    at_checkpoint = 0
    with Everruns(api_key=KEY, base_url=url) as client, client.events.stream(session_for(count)) as stream:
        for seen, _ in enumerate(itertools.islice(stream, count), start=1):
            if seen == MEMORY_CHECKPOINT:
                at_checkpoint = rss_bytes()
    return at_checkpoint, rss_bytes(), rss_bytes("VmHWM")


# --- main ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000, help="events per pass (at least 20,000)")
    parser.add_argument("--rounds", type=int, default=7, help="passes of each contender")
    parser.add_argument("--memory-events", type=int, default=1_000_000, help="events of the memory pass")
    parser.add_argument("--target", type=float, default=0.85, help="the smallest acceptable ratio")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args(argv)
    if args.serve:
        serve()
        return 0
    count, rounds = max(args.events, 20_000), max(args.rounds, 3)
    memory_count = max(args.memory_events, MEMORY_CHECKPOINT * 2)

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        return run(url, count, rounds, memory_count, args.target)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)


def rounds_of(
    contenders: dict[str, Contender], url: str, count: int, rounds: int, live: bool
) -> list[dict[str, tuple[float, float]]]:
    """Each round's (events/s, CPU us/event) of every contender, the order rotating."""
    for contender in contenders.values():  # warm up: imports, caches, the server's first thread
        measure(contender, url, 2_000, live)
    names = list(contenders)
    results = []
    for number in range(rounds):
        order = names[number % len(names) :] + names[: number % len(names)]
        results.append({name: measure(contenders[name], url, count, live) for name in order})
    return results


def summary(title: str, results: list[dict[str, tuple[float, float]]]) -> None:
    print(title)
    for name in results[0]:
        rate = statistics.median(result[name][0] for result in results)
        cpu = statistics.median(result[name][1] for result in results)
        print(f"  {name:<38} {rate:>10,.0f} events/s {cpu:8.2f} us CPU/event")


def ratio(results: list[dict[str, tuple[float, float]]], mine: str, theirs: str, index: int) -> float:
    """The median over the rounds of ``mine``'s figure over ``theirs`` (0: events/s, 1: CPU)."""
    return statistics.median(result[mine][index] / result[theirs][index] for result in results)


def run(url: str, count: int, rounds: int, memory_count: int, target: float) -> int:
    base = "sseclient-py + json.loads (baseline)"
    contenders: dict[str, Contender] = {
        base: baseline,
        "EventStream": event_stream,
        "AsyncEventStream": async_event_stream,
        "httpx iter_lines(), no parsing": raw_lines,
    }
    if importlib.util.find_spec("everruns_sdk") is not None:
        contenders["everruns-sdk (official, asyncio)"] = official_stream
    met = True

    batched = rounds_of(contenders, url, count, rounds, live=False)
    summary(f"many frames to a write: {count:,} events per pass, {rounds} rounds (medians)", batched)
    for mine, theirs in (("EventStream", base), ("AsyncEventStream", "EventStream")):
        value = ratio(batched, mine, theirs, 0)
        met = met and value >= target
        print(f"  events/s {mine} / {theirs}: {value:.3f} (target >= {target})")

    live_count = max(count // 5, 10_000)
    live = rounds_of(
        {base: baseline, "EventStream": event_stream, "AsyncEventStream": async_event_stream},
        url,
        live_count,
        rounds,
        live=True,
    )
    summary(f"each frame its own write and chunk: {live_count:,} events per pass, {rounds} rounds (medians)", live)
    cpu_ratio = ratio(live, "EventStream", base, 1)
    met = met and cpu_ratio <= LIVE_CPU_TARGET
    print(f"  CPU per event EventStream / baseline: {cpu_ratio:.3f} (target <= {LIVE_CPU_TARGET})")
    print(f"  CPU per event AsyncEventStream / baseline: {ratio(live, 'AsyncEventStream', base, 1):.3f}")

    checkpoint, end, peak = memory_over(url, memory_count)
    growth = end - checkpoint
    print(
        f"memory over {memory_count:,} events: RSS {checkpoint / 2**20:.1f} MiB after {MEMORY_CHECKPOINT:,}, "
        f"{end / 2**20:.1f} MiB after {memory_count:,} ({growth / 2**20:+.1f} MiB), peak {peak / 2**20:.1f} MiB"
    )
    flat = growth <= MEMORY_GROWTH_LIMIT
    if not flat:
        print(f"memory grew by more than {MEMORY_GROWTH_LIMIT / 2**20:.0f} MiB")
    return 0 if met and flat else 1


if __name__ == "__main__":
    sys.exit(main())
