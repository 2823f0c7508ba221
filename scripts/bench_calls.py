"""What the SDK adds to a call, in the client's CPU time: ``client.agents.get(id)`` against
the same GET made with a plain ``httpx.Client`` and ``json.loads``, and a page of 100
agents (``client.agents.list(limit=100)``, then each agent's ``name`` read, as a user
would) against the same, in one run; then the same two for ``AsyncEverruns`` against a
plain ``httpx.AsyncClient`` and ``json.loads``, awaited one after the other on one loop.

The answers are full-size: every field the API description lists for an agent, nested
objects and timestamps included (``full_payloads.py``), served by a small server in a
child process so that the client's CPU time (``time.process_time()``) holds only the
client's work. The plain client sends the headers the SDK sends. The contenders take
turns in short rounds (the order rotating each round) after a warm-up; each figure is
the median per call over the rounds, each ratio the median of the ratios within a
round. The targets: at most 1.10 for get, 1.30 for the page of 100, and 1.15 for the
awaited get (its page of 100 is reported against the same 1.30).

    python scripts/bench_calls.py [--calls 4000] [--rounds 40] [--get-target 1.10] [--list-target 1.30]
                                  [--async-get-target 1.15]

Exits 1 when a target is missed. Options meant for the other benchmarks are ignored, so
``nox -s bench -- ...`` can pass its arguments to every script.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from everruns import AsyncEverruns, Everruns
from everruns._config import USER_AGENT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from full_payloads import fill

Batch = Callable[[int], None]
KEY = "dev"
LISTED = 100
AGENT_ID = f"agent_{'0123456789abcdef' * 2}"
WARM_UP_CALLS = 200
PLAIN = "httpx + json.loads"
SDK_HEADERS = {
    "Authorization": KEY,
    "User-Agent": USER_AGENT,
    "X-SDK-Version": USER_AGENT,
    "Accept": "application/json",
}
SPEC = Path(__file__).resolve().parent.parent / "openapi.json"


def full_size_answers() -> tuple[bytes, bytes]:
    """The JSON of one full-size agent, and of a page of ``LISTED`` of them."""
    schemas = json.loads(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    agents = []
    for index in range(LISTED):
        agent = fill(schemas, {"$ref": "#/components/schemas/Agent"})
        agent.update(id=f"agent_{index:032x}", name=f"bench-{index:03d}")
        agents.append(agent)
    agents[0]["id"] = AGENT_ID
    page = {"data": agents, "total": LISTED, "offset": 0, "limit": LISTED, "next_url": None, "prev_url": None}
    return json.dumps(agents[0]).encode(), json.dumps(page).encode()


def serve() -> None:
    """The child process: answer every GET with the full-size agent or page, each in one write."""
    one, page = full_size_answers()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = page if self.path.split("?")[0].endswith("/v1/agents") else one
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            self.wfile.write(f"{head}X-Request-Id: req_bench\r\n\r\n".encode() + body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_port, flush=True)
    server.serve_forever()


def repeat(call: Callable[[], object]) -> Batch:
    """A batch that makes ``call`` n times."""

    def batch(count: int) -> None:
        for _ in range(count):
            call()

    return batch


def repeat_awaited(loop: asyncio.AbstractEventLoop, call: Callable[[], Awaitable[object]]) -> Batch:
    """A batch that awaits ``call()`` n times, one after the other, on ``loop``."""

    async def calls(count: int) -> None:
        for _ in range(count):
            await call()

    return lambda count: loop.run_until_complete(calls(count))


def timed_rounds(contenders: dict[str, Batch], *, calls: int, rounds: int) -> dict[str, list[float]]:
    """Client CPU seconds per call of each contender in each round; every round runs them
    all, in an order that rotates from round to round."""
    for batch in contenders.values():
        batch(WARM_UP_CALLS)
    per_round = max(calls // rounds, 1)
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            began = time.process_time()
            contenders[name](per_round)
            samples[name].append((time.process_time() - began) / per_round)
    return samples


def report(title: str, samples: dict[str, list[float]], target: float) -> float:
    """Print each contender's median CPU time per call and the SDK's ratio to the plain
    client (the median of the ratios of the same rounds); return that ratio."""
    ratio = statistics.median(sdk / plain for sdk, plain in zip(samples["everruns"], samples[PLAIN], strict=True))
    print(title)
    for name, times in samples.items():
        print(f"  {name:<20} {statistics.median(times) * 1e6:9.1f} us CPU/call")
    print(f"  ratio {ratio:.3f} (target <= {target}): {'met' if ratio <= target else 'missed'}")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=4000, help="gets per contender (default %(default)s)")
    parser.add_argument("--rounds", type=int, default=40, help="alternating rounds (default %(default)s)")
    parser.add_argument("--get-target", type=float, default=1.10, help="the largest acceptable ratio for get")
    parser.add_argument("--list-target", type=float, default=1.30, help="the largest acceptable ratio for list")
    parser.add_argument(
        "--async-get-target", type=float, default=1.15, help="the largest acceptable ratio for the awaited get"
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args(argv)
    if args.serve:
        serve()
        return 0

    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}/api"
        with (
            Everruns(api_key=KEY, base_url=url) as client,
            httpx.Client(base_url=url + "/", headers=SDK_HEADERS) as plain,
        ):

            def sdk_page() -> None:
                for agent in client.agents.list(limit=LISTED).data:
                    agent.name  # noqa: B018  (reading it is the point)

            def plain_page() -> None:
                for agent in json.loads(plain.get("v1/agents", params={"limit": LISTED}).content)["data"]:
                    agent["name"]

            gets = {
                "everruns": repeat(lambda: client.agents.get(AGENT_ID)),
                PLAIN: repeat(lambda: json.loads(plain.get(f"v1/agents/{AGENT_ID}").content)),
            }
            pages = {"everruns": repeat(sdk_page), PLAIN: repeat(plain_page)}
            size = len(plain.get(f"v1/agents/{AGENT_ID}").content)
            print(f"full-size agent: {size} bytes of JSON; a page: {LISTED} of them")
            get_ratio = report(
                "GET one agent", timed_rounds(gets, calls=args.calls, rounds=args.rounds), args.get_target
            )
            list_samples = timed_rounds(pages, calls=max(args.calls // 20, args.rounds), rounds=args.rounds)
            list_ratio = report(f"list {LISTED} agents, each name read", list_samples, args.list_target)
        async_get_ratio, async_list_ratio = measure_asyncio(url, args)
    finally:
        server.kill()
        server.wait()
        if server.stdout is not None:
            server.stdout.close()
    met = get_ratio <= args.get_target and list_ratio <= args.list_target
    met = met and async_get_ratio <= args.async_get_target and async_list_ratio <= args.list_target
    return 0 if met else 1


def measure_asyncio(url: str, args: argparse.Namespace) -> tuple[float, float]:
    """The same two calls through ``AsyncEverruns`` and a plain ``httpx.AsyncClient``."""
    loop = asyncio.new_event_loop()
    client = AsyncEverruns(api_key=KEY, base_url=url)
    plain = httpx.AsyncClient(base_url=url + "/", headers=SDK_HEADERS)

    async def raw_get() -> object:
        return json.loads((await plain.get(f"v1/agents/{AGENT_ID}")).content)

    async def sdk_page() -> None:
        for agent in (await client.agents.list(limit=LISTED)).data:
            agent.name  # noqa: B018  (reading it is the point)

    async def plain_page() -> None:
        for agent in json.loads((await plain.get("v1/agents", params={"limit": LISTED})).content)["data"]:
            agent["name"]

    try:
        gets = {
            "everruns": repeat_awaited(loop, lambda: client.agents.get(AGENT_ID)),
            PLAIN: repeat_awaited(loop, raw_get),
        }
        pages = {"everruns": repeat_awaited(loop, sdk_page), PLAIN: repeat_awaited(loop, plain_page)}
        samples = timed_rounds(gets, calls=args.calls, rounds=args.rounds)
        get_ratio = report("AsyncEverruns: GET one agent (vs httpx.AsyncClient)", samples, args.async_get_target)
        samples = timed_rounds(pages, calls=max(args.calls // 20, args.rounds), rounds=args.rounds)
        list_ratio = report(f"AsyncEverruns: list {LISTED} agents, each name read", samples, args.list_target)
    finally:
        loop.run_until_complete(client.close())
        loop.run_until_complete(plain.aclose())
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
    return get_ratio, list_ratio


if __name__ == "__main__":
    sys.exit(main())
