"""What the SDK adds to a call, in the client's CPU time: ``client.agents.get(id).name``
against the same GET made with a plain ``httpx.Client`` and ``json.loads`` (then
``["name"]``), and a page of 100 agents (``client.agents.list(limit=100)``, then each
agent's ``name`` read, as a user would) against the same, in one run; then the same two
for ``AsyncEverruns`` against a plain ``httpx.AsyncClient``, awaited one after the other
on one loop. Targets: at most 1.10 for a get and 1.20 for a page, for both clients.

Each is measured on two answers, both with every field the API description lists for an
agent, served by a small server in a child process (so that the client's CPU time,
``time.process_time()``, holds only the client's work), with the headers the local server
sends (``Content-Type``, ``Content-Length``, ``X-Request-Id``):

- ``as served``: what a current server sends for an agent made with a name and a prompt:
  the local server's own answer (``everruns.testing``, which answers as the current
  release does): every field, those not set ``null`` or empty; about 1.1 KB an agent;
- ``filled``: every field set, nested objects and lists included (``full_payloads.py``);
  about 3.7 KB an agent.

The SDK's per-agent work (a model per agent, a field converted when read) does not grow
with the agent's size and ``json.loads`` does, so the smaller answer gives the larger
ratio. The plain client sends the headers the SDK sends. The contenders take turns in
rounds (the order rotating each round) after a warm-up; a round is long enough (400 gets,
20 pages) to hold its share of what comes now and then (garbage collection); each figure
is the median per call over the rounds, each ratio the median of the ratios within a round.

    python scripts/bench_calls.py [--calls 4000] [--rounds 10] [--get-target 1.10] [--list-target 1.20]

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
PLAIN = "httpx + json.loads"
SDK_HEADERS = {
    "Authorization": KEY,
    "User-Agent": USER_AGENT,
    "X-SDK-Version": USER_AGENT,
    "Accept": "application/json",
}
SPEC = Path(__file__).resolve().parent.parent / "openapi.json"
SHAPES = ("as served", "filled")


def filled_agents() -> list[dict[str, object]]:
    """``LISTED`` agents with every field the description lists set."""
    schemas = json.loads(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    agents = []
    for index in range(LISTED):
        agent = fill(schemas, {"$ref": "#/components/schemas/Agent"})
        agent.update(id=f"agent_{index:032x}", name=f"bench-{index:03d}")
        agents.append(agent)
    return agents


def served_agents() -> list[dict[str, object]]:
    """``LISTED`` agents as the local server answers for agents made with a name and a prompt."""
    from everruns.testing import LocalServer

    with LocalServer() as server, httpx.Client(base_url=server.url + "/", headers={"Authorization": KEY}) as http:
        for index in range(LISTED):
            http.post("v1/agents", json={"name": f"bench-{index:03d}", "system_prompt": "You answer briefly."})
        agents: list[dict[str, object]] = http.get("v1/agents", params={"limit": LISTED}).json()["data"]
    return agents


def answers(shape: str) -> tuple[bytes, bytes]:
    """The JSON of one agent of ``shape``, and of a page of ``LISTED`` of them."""
    agents = served_agents() if shape == "as served" else filled_agents()
    agents[0]["id"] = AGENT_ID
    page = {"data": agents, "total": LISTED, "offset": 0, "limit": LISTED, "next_url": None, "prev_url": None}
    return json.dumps(agents[0]).encode(), json.dumps(page).encode()


def serve() -> None:
    """The child process: answer every GET under ``/<shape>/`` with that shape's agent or
    page, each in one write."""
    bodies = {shape.replace(" ", "-"): answers(shape) for shape in SHAPES}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            one, page = bodies[self.path.split("/")[1]]
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
        batch(max(calls // 20, 1))  # warm up: the connection, caches, lazily imported models
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


def report(title: str, samples: dict[str, list[float]], target: float) -> bool:
    """Print each contender's median CPU time per call and the SDK's ratio to the plain
    client (the median of the ratios of the same rounds); whether it meets ``target``."""
    ratio = statistics.median(sdk / plain for sdk, plain in zip(samples["everruns"], samples[PLAIN], strict=True))
    print(title)
    for name, times in samples.items():
        print(f"  {name:<20} {statistics.median(times) * 1e6:9.1f} us CPU/call")
    print(f"  ratio {ratio:.3f} (target <= {target}): {'met' if ratio <= target else 'missed'}")
    return ratio <= target


def measure_blocking(url: str, args: argparse.Namespace) -> bool:
    """A get and a page through ``Everruns`` and a plain ``httpx.Client``."""
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
            "everruns": repeat(lambda: client.agents.get(AGENT_ID).name),
            PLAIN: repeat(lambda: json.loads(plain.get(f"v1/agents/{AGENT_ID}").content)["name"]),
        }
        pages = {"everruns": repeat(sdk_page), PLAIN: repeat(plain_page)}
        samples = timed_rounds(gets, calls=args.calls, rounds=args.rounds)
        met = report("  Everruns: GET one agent, .name", samples, args.get_target)
        samples = timed_rounds(pages, calls=max(args.calls // 20, args.rounds), rounds=args.rounds)
        return report(f"  Everruns: list {LISTED} agents, each .name", samples, args.list_target) and met


def measure_awaited(url: str, args: argparse.Namespace) -> bool:
    """The same two calls through ``AsyncEverruns`` and a plain ``httpx.AsyncClient``."""
    loop = asyncio.new_event_loop()
    client = AsyncEverruns(api_key=KEY, base_url=url)
    plain = httpx.AsyncClient(base_url=url + "/", headers=SDK_HEADERS)

    async def sdk_get() -> object:
        return (await client.agents.get(AGENT_ID)).name

    async def plain_get() -> object:
        return json.loads((await plain.get(f"v1/agents/{AGENT_ID}")).content)["name"]

    async def sdk_page() -> None:
        for agent in (await client.agents.list(limit=LISTED)).data:
            agent.name  # noqa: B018  (reading it is the point)

    async def plain_page() -> None:
        for agent in json.loads((await plain.get("v1/agents", params={"limit": LISTED})).content)["data"]:
            agent["name"]

    try:
        gets = {"everruns": repeat_awaited(loop, sdk_get), PLAIN: repeat_awaited(loop, plain_get)}
        pages = {"everruns": repeat_awaited(loop, sdk_page), PLAIN: repeat_awaited(loop, plain_page)}
        samples = timed_rounds(gets, calls=args.calls, rounds=args.rounds)
        met = report("  AsyncEverruns: GET one agent, .name (vs httpx.AsyncClient)", samples, args.get_target)
        samples = timed_rounds(pages, calls=max(args.calls // 20, args.rounds), rounds=args.rounds)
        return report(f"  AsyncEverruns: list {LISTED} agents, each .name", samples, args.list_target) and met
    finally:
        loop.run_until_complete(client.close())
        loop.run_until_complete(plain.aclose())
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=4000, help="gets per contender (default %(default)s)")
    parser.add_argument("--rounds", type=int, default=10, help="alternating rounds (default %(default)s)")
    parser.add_argument("--get-target", type=float, default=1.10, help="the largest acceptable ratio for a get")
    parser.add_argument("--list-target", type=float, default=1.20, help="the largest acceptable ratio for a page")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args(argv)
    if args.serve:
        serve()
        return 0

    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True)
    met = True
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        for shape in SHAPES:
            url = f"http://127.0.0.1:{port}/{shape.replace(' ', '-')}/api"
            size = len(httpx.get(f"{url}/v1/agents/{AGENT_ID}").content)
            print(f"agents {shape}: {size:,} bytes of JSON an agent; a page holds {LISTED} of them")
            met = measure_blocking(url, args) and met
            met = measure_awaited(url, args) and met
    finally:
        server.kill()
        server.wait()
        if server.stdout is not None:
            server.stdout.close()
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
