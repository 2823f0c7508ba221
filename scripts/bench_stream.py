"""The event streams against bare sseclient-py + ``json.loads`` on an httpx stream, over
the same local stream, in one run: the client's CPU time per event, and events per second.

A minimal SSE server runs in a child process (so that it neither shares the GIL nor the
memory or CPU time being measured) and writes ``connected``, then realistic
``output.message.delta`` events (full events, ``context`` included), then
``disconnecting``, in one of three shapes:

- live: each frame its own network write and HTTP chunk, paced (4,000 frames/s) so that
  every contender has read a frame before the next one is written, as in a turn the
  model writes word by word: target ``EventStream`` at most 1.10x the baseline's client
  CPU time per event;
- a chunk per frame, as fast as the server writes: events per second, target
  ``AsyncEventStream`` at least 0.90x ``EventStream``'s. (Its CPU per event is shown but
  not judged: a reader that falls behind finds several frames in one read and pays one
  read for them all, so there the slower reader looks the cheaper.)
- many frames to a write (256), as a stream that has fallen behind reads them: targets
  ``EventStream`` at least 0.85x the baseline's events/s, and ``AsyncEventStream`` at
  least 0.90x ``EventStream``'s.

Each pass is timed from the first item it hands out to the N-th after it, so what a
contender pays once per pass (its clients, TLS settings, the connection) stays out of
the per-event figures: a fresh ``httpx.Client()`` alone loads the CA bundle, about 25 ms
of CPU, 2.5 us per event of a 10,000-event pass. The contenders take turns in rounds,
the order rotating; each ratio is the median of the per-round ratios. Also reported: the
same baseline over an ``httpx.AsyncClient`` stream, a raw httpx ``iter_lines()`` loop
(no parsing at all), the official asyncio ``everruns-sdk`` stream when it is installed,
and the resident memory of one ``EventStream`` over 1,000,000 events, after 100,000 and
at the end, which must stay flat. Last, the frame parser alone on a 13 MB frame in 200
chunks of 64 KiB against the same frame in one chunk: at most 3x the CPU time (linear
buffering; held bytes copied again at each chunk made it about 100x).

    python scripts/bench_stream.py [--events 50000] [--rounds 7] [--memory-events 1000000]
    python scripts/bench_stream.py --only EventStream --shape live --events 2000 --pace 100
        (one contender's passes alone, e.g. under ``valgrind --tool=callgrind``)

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
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import sseclient

from everruns import AsyncEverruns, Everruns

KEY = "dev"
ACCEPT = {"Accept": "text/event-stream"}
LIVE_CPU_TARGET = 1.10  # EventStream's CPU per event over the baseline's, live
ASYNC_RATE_TARGET = 0.90  # AsyncEventStream's events/s over EventStream's, unpaced
LIVE_PACE = 4000  # frames per second of the live shape
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


SHAPES = ("live", "chunked", "batched")
SHAPE_SHIFT = 120  # the session id's top bits name the shape and the pace, the rest the count
PACE_SHIFT = 100


def session_for(count: int, shape: str = "batched", pace: int = LIVE_PACE) -> str:
    """The session id tells the server how many events to send, and how: each frame in a
    write and chunk of its own, paced (``live``) or not (``chunked``), or many to a write."""
    return f"session_{SHAPES.index(shape) << SHAPE_SHIFT | pace << PACE_SHIFT | count:032x}"


class StreamHandler(socketserver.BaseRequestHandler):
    """Answers one ``GET .../sessions/<id>/sse`` with the events its session id asks for."""

    def handle(self) -> None:
        reader = self.request.makefile("rb")
        request_line = reader.readline().decode("latin-1")
        while reader.readline() not in (b"\r\n", b"\n", b""):
            pass
        session = request_line.split("/sessions/", 1)[1].split("/", 1)[0]
        number = int(session.removeprefix("session_"), 16)
        shape = SHAPES[number >> SHAPE_SHIFT]
        pace, count = (number >> PACE_SHIFT) & ((1 << (SHAPE_SHIFT - PACE_SHIFT)) - 1), number & ((1 << PACE_SHIFT) - 1)
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        send = self.request.sendall
        send(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n")
        send(b"Connection: close\r\n\r\n")
        encoded_session = session.encode()
        try:
            send(_chunk(CONNECTED))
            batch = BATCH if shape == "batched" else 1
            last = count + 2  # the first item a pass hands out is not counted; one to spare
            due = time.perf_counter()
            for start in range(1, last + 1, batch):
                stop = min(start + batch, last + 1)
                send(_chunk(b"".join(FRAME % (n, n, encoded_session, n) for n in range(start, stop))))
                if shape == "live":  # no catching up in a burst: a late frame moves the pace on
                    due = max(due + 1 / pace, time.perf_counter())
                    time.sleep(max(0.0, due - time.perf_counter()))
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

# A contender is the events of one pass, as an iterator (blocking) or an async iterator
# (asyncio) that the measuring loop reads; leaving the loop early closes it.
Events = Iterator[object]
AsyncEvents = AsyncIterator[object]


def baseline(url: str, session: str) -> Events:
    """sseclient-py over an httpx stream, each frame's data through ``json.loads``."""
    with (
        httpx.Client() as client,
        client.stream("GET", f"{url}/v1/sessions/{session}/sse", headers=ACCEPT) as response,
    ):
        for frame in sseclient.SSEClient(response.iter_bytes()).events():
            yield json.loads(frame.data)


async def async_baseline(url: str, session: str) -> AsyncEvents:
    """The same over an ``httpx.AsyncClient`` stream: sseclient-py reads a synchronous
    iterable, so it is given the whole frames that each chunk completes."""
    rest = b""
    async with (
        httpx.AsyncClient() as client,
        client.stream("GET", f"{url}/v1/sessions/{session}/sse", headers=ACCEPT) as response,
    ):
        async for chunk in response.aiter_bytes():
            rest += chunk
            end = rest.rfind(b"\n\n") + 2  # the server ends its lines with \n
            if end > 1:
                whole, rest = rest[:end], rest[end:]
                for frame in sseclient.SSEClient((whole,)).events():
                    yield json.loads(frame.data)


def raw_lines(url: str, session: str) -> Events:
    """httpx ``iter_lines()`` and nothing else."""
    with (
        httpx.Client() as client,
        client.stream("GET", f"{url}/v1/sessions/{session}/sse", headers=ACCEPT) as response,
    ):
        for line in response.iter_lines():
            if line.startswith("data:"):
                yield line


def event_stream(url: str, session: str) -> Events:
    """``client.events.stream()``: parsing, Event objects, repeat detection, bookkeeping."""
    with Everruns(api_key=KEY, base_url=url) as client, client.events.stream(session) as stream:
        yield from stream


async def async_event_stream(url: str, session: str) -> AsyncEvents:
    """``AsyncEverruns().events.stream()``, the same work awaited on one event loop."""
    async with (
        AsyncEverruns(api_key=KEY, base_url=url) as client,
        client.events.stream(session) as stream,
    ):
        async for event in stream:
            yield event


async def official_stream(url: str, session: str) -> AsyncEvents:
    """The official asyncio ``everruns-sdk`` stream."""
    import everruns_sdk

    official = everruns_sdk.Everruns(api_key=KEY, base_url=url)
    stream = official.events.stream(session)
    events = stream.__aiter__()  # an async generator: closed here, not left to the loop's shutdown
    try:
        async for event in events:
            yield event
    finally:
        await events.aclose()
        await stream.aclose()
        await official.close()


Contender = Callable[[str, str], "Events | AsyncEvents"]


def measure(contender: Contender, url: str, count: int, shape: str, pace: int = LIVE_PACE) -> tuple[float, float]:
    """Events per second and the client's CPU microseconds per event (this process: the
    server runs in another) over ``count`` events, counted from the first item a pass
    hands out to the ``count``-th after it. So what each contender pays once per pass
    (making its clients, TLS settings, connecting) stays out of the per-event figures:
    a fresh ``httpx.Client()`` alone loads the CA bundle, about 25 ms of CPU, 2.5 us per
    event of a 10,000-event pass, which would flatter whoever pays it."""
    events = contender(url, session_for(count, shape, pace))
    if isinstance(events, AsyncIterator):
        return asyncio.run(_measure_awaited(contender.__name__, events, count))
    try:
        next(events)
        started, cpu = time.perf_counter(), time.process_time()
        seen = sum(1 for _ in itertools.islice(events, count))
        elapsed, cpu_used = time.perf_counter() - started, time.process_time() - cpu
    finally:
        events.close()  # type: ignore[attr-defined]
    return _figures(contender.__name__, seen, count, elapsed, cpu_used)


async def _measure_awaited(name: str, events: AsyncEvents, count: int) -> tuple[float, float]:
    seen = 0
    try:
        await anext(events)
        started, cpu = time.perf_counter(), time.process_time()
        async for _ in events:
            seen += 1
            if seen == count:
                break
        elapsed, cpu_used = time.perf_counter() - started, time.process_time() - cpu
    finally:
        await events.aclose()  # type: ignore[attr-defined]
    return _figures(name, seen, count, elapsed, cpu_used)


def _figures(name: str, seen: int, count: int, elapsed: float, cpu_used: float) -> tuple[float, float]:
    if seen != count:
        raise RuntimeError(f"{name} saw {seen} events, expected {count}")
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


# --- a long frame ---------------------------------------------------------------------------

LONG_FRAME_CHUNKS = 200
LONG_FRAME_SCALING_TARGET = 3.0  # the split frame's CPU time over the whole one's


def long_frame_scaling() -> float:
    """The parser's CPU time for one 13 MB frame in 200 chunks of 64 KiB over the same frame
    in one chunk (median of 5): linear buffering keeps it near 1 (copying the held bytes
    at each chunk made it about 100)."""
    from everruns._sse import FrameParser

    piece = b"x" * 65536
    frame = [b"event: output.message.delta\ndata: ", *[piece] * LONG_FRAME_CHUNKS, b"\n\n"]
    whole = [b"".join(frame)]

    def parse(chunks: list[bytes]) -> float:
        parser = FrameParser(max_frame_size=len(whole[0]))
        started = time.process_time()
        for chunk in chunks:
            for _ in parser.feed(chunk):
                pass
        return time.process_time() - started

    ratios = [parse(frame) / max(parse(whole), 1e-6) for _ in range(5)]
    return statistics.median(ratios)


# --- main ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000, help="events per pass (at least 20,000)")
    parser.add_argument("--rounds", type=int, default=7, help="passes of each contender")
    parser.add_argument("--memory-events", type=int, default=1_000_000, help="events of the memory pass")
    parser.add_argument("--target", type=float, default=0.85, help="the smallest acceptable ratio")
    parser.add_argument("--only", help="run this contender's passes alone (a name the report prints)")
    parser.add_argument("--shape", choices=SHAPES, default="live", help="the shape of --only's passes")
    parser.add_argument("--pace", type=int, default=LIVE_PACE, help="frames per second of the live shape")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args(argv)
    if args.serve:
        serve()
        return 0
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        if args.only:
            return run_alone(url, args.only, args.events, args.rounds, args.shape, args.pace)
        count, rounds = max(args.events, 20_000), max(args.rounds, 3)
        memory_count = max(args.memory_events, MEMORY_CHECKPOINT * 2)
        return run(url, count, rounds, memory_count, args.target)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)


CONTENDERS: dict[str, Contender] = {
    "sseclient-py + json.loads (baseline)": baseline,
    "EventStream": event_stream,
    "AsyncEventStream": async_event_stream,
    "the same on httpx.AsyncClient": async_baseline,
    "httpx iter_lines(), no parsing": raw_lines,
    "everruns-sdk (official, asyncio)": official_stream,
}


def rounds_of(names: list[str], url: str, count: int, rounds: int, shape: str) -> list[dict[str, tuple[float, float]]]:
    """Each round's (events/s, CPU us/event) of every contender, the order rotating."""
    for name in names:  # warm up: imports, caches, the server's first thread
        measure(CONTENDERS[name], url, 2_000, shape)
    results = []
    for number in range(rounds):
        order = names[number % len(names) :] + names[: number % len(names)]
        results.append({name: measure(CONTENDERS[name], url, count, shape) for name in order})
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


def judged(label: str, value: float, target: float, *, at_most: bool) -> bool:
    """Print a ratio against its target; whether it is met."""
    met = value <= target if at_most else value >= target
    print(f"  {label}: {value:.3f} (target {'<=' if at_most else '>='} {target}){'' if met else ': missed'}")
    return met


def run(url: str, count: int, rounds: int, memory_count: int, target: float) -> int:
    base, mine, awaited, async_base = list(CONTENDERS)[:4]
    four = [base, mine, awaited, async_base]
    met = True

    live_count = max(count // 5, 10_000)
    live = rounds_of(four, url, live_count, rounds, "live")
    passes = f"{live_count:,} events per pass, {rounds} rounds (medians)"
    summary(f"live, a frame a chunk at {LIVE_PACE:,}/s: {passes}", live)
    met &= judged(f"CPU per event {mine} / baseline", ratio(live, mine, base, 1), LIVE_CPU_TARGET, at_most=True)
    print(f"  CPU per event {awaited} / baseline: {ratio(live, awaited, base, 1):.3f}")
    print(f"  CPU per event {awaited} / {async_base}: {ratio(live, awaited, async_base, 1):.3f}")

    chunked = rounds_of(four, url, live_count, rounds, "chunked")
    summary(f"a frame a chunk, unpaced: {passes}", chunked)
    print(f"  events/s {mine} / baseline: {ratio(chunked, mine, base, 0):.3f}")
    met &= judged(f"events/s {awaited} / {mine}", ratio(chunked, awaited, mine, 0), ASYNC_RATE_TARGET, at_most=False)

    everyone = [*four, "httpx iter_lines(), no parsing"]
    if importlib.util.find_spec("everruns_sdk") is not None:
        everyone.append("everruns-sdk (official, asyncio)")
    batched = rounds_of(everyone, url, count, rounds, "batched")
    summary(f"many frames to a write: {count:,} events per pass, {rounds} rounds (medians)", batched)
    met &= judged(f"events/s {mine} / baseline", ratio(batched, mine, base, 0), target, at_most=False)
    met &= judged(f"events/s {awaited} / {mine}", ratio(batched, awaited, mine, 0), ASYNC_RATE_TARGET, at_most=False)

    checkpoint, end, peak = memory_over(url, memory_count)
    growth = end - checkpoint
    print(
        f"memory over {memory_count:,} events: RSS {checkpoint / 2**20:.1f} MiB after {MEMORY_CHECKPOINT:,}, "
        f"{end / 2**20:.1f} MiB after {memory_count:,} ({growth / 2**20:+.1f} MiB), peak {peak / 2**20:.1f} MiB"
    )
    flat = growth <= MEMORY_GROWTH_LIMIT
    if not flat:
        print(f"memory grew by more than {MEMORY_GROWTH_LIMIT / 2**20:.0f} MiB")
    scaling = long_frame_scaling()
    size = LONG_FRAME_CHUNKS * 64
    print(f"a {size:,} KiB frame in {LONG_FRAME_CHUNKS} chunks of 64 KiB, against in one chunk (CPU, median of 5)")
    met &= judged("split / whole", scaling, LONG_FRAME_SCALING_TARGET, at_most=True)

    return 0 if met and flat else 1


def run_alone(url: str, name: str, count: int, rounds: int, shape: str, pace: int) -> int:
    """One contender's passes and nothing else (to profile it), with each pass's figures."""
    for _ in range(max(rounds, 1)):
        rate, cpu = measure(CONTENDERS[name], url, count, shape, pace)
        print(f"{name}, {shape}: {rate:,.0f} events/s {cpu:.2f} us CPU/event")
    return 0


if __name__ == "__main__":
    sys.exit(main())
