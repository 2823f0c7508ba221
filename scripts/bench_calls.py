"""What the SDK adds to a call: ``client.agents.get(id)`` against the same GET made with a
plain ``httpx.Client`` and ``json.loads``, on one local server, in one run. The plain
client sends the headers the SDK sends, so that both put the same request on the wire.

The contenders take turns in short rounds (the order rotating each round) after a
warm-up, so that machine noise hits them alike; each time is the median per call over
the rounds, each ratio the median of the ratios within a round. The target is a ratio of
at most 1.15. Also reported, without a target: listing 100 agents (where reading the
results into typed models costs most), and the same calls through the official asyncio
``everruns-sdk`` when it is installed.

    python scripts/bench_calls.py [--calls 6000] [--rounds 100] [--target 1.15]

Exits 1 when the target is missed. Options meant for the other benchmarks are ignored, so
``nox -s bench -- ...`` can pass its arguments to every script.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable, Coroutine
from typing import Any

import httpx

from everruns import Everruns
from everruns._config import USER_AGENT
from everruns.testing import LocalServer

Batch = Callable[[int], None]
KEY = "dev"
LISTED = 100
WARM_UP_CALLS = 500
PLAIN = "httpx + json.loads"
SDK_HEADERS = {
    "Authorization": KEY,
    "User-Agent": USER_AGENT,
    "X-SDK-Version": USER_AGENT,
    "Accept": "application/json",
}


def repeat(call: Callable[[], object]) -> Batch:
    """A batch that makes ``call`` n times."""

    def batch(count: int) -> None:
        for _ in range(count):
            call()

    return batch


def repeat_async(loop: asyncio.AbstractEventLoop, call: Callable[[], Coroutine[Any, Any, object]]) -> Batch:
    """A batch that awaits ``call()`` n times, one after the other, on ``loop``."""

    async def calls(count: int) -> None:
        for _ in range(count):
            await call()

    return lambda count: loop.run_until_complete(calls(count))


def timed_rounds(contenders: dict[str, Batch], *, calls: int, rounds: int) -> dict[str, list[float]]:
    """Seconds per call of each contender in each round; every round runs them all, in
    an order that rotates from round to round."""
    for batch in contenders.values():
        batch(WARM_UP_CALLS)
    per_round = max(calls // rounds, 1)
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            began = time.perf_counter()
            contenders[name](per_round)
            samples[name].append((time.perf_counter() - began) / per_round)
    return samples


def official_contenders(
    url: str, loop: asyncio.AbstractEventLoop, agent_id: str
) -> tuple[dict[str, Batch], Callable[[], object]]:
    """The same calls through ``everruns-sdk`` (asyncio; its list has no limit: one page
    of 20), and what closes its client."""
    import everruns_sdk

    official = everruns_sdk.Everruns(api_key=KEY, base_url=url)
    batches = {
        "get": repeat_async(loop, lambda: official.agents.get(agent_id)),
        "list": repeat_async(loop, official.agents.list),
    }
    return batches, lambda: loop.run_until_complete(official.close())


def report(title: str, samples: dict[str, list[float]], baseline: str) -> float:
    """Print each contender's median time per call and its ratio to ``baseline`` (the
    median of the ratios of the same rounds, which cancels drift shared by a round);
    return the SDK's ratio."""
    print(title)
    ratios = {}
    for name, times in samples.items():
        ratios[name] = statistics.median(mine / base for mine, base in zip(times, samples[baseline], strict=True))
        print(f"  {name:<34} {statistics.median(times) * 1e6:9.1f} us/call   x{ratios[name]:.3f}")
    return ratios["everruns"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=6000, help="calls per contender (default %(default)s)")
    parser.add_argument("--rounds", type=int, default=100, help="alternating rounds (default %(default)s)")
    parser.add_argument("--target", type=float, default=1.15, help="the largest acceptable ratio for get")
    args, _ = parser.parse_known_args(argv)
    has_official = importlib.util.find_spec("everruns_sdk") is not None

    loop = asyncio.new_event_loop()
    with (
        LocalServer(turn_delay=0.0) as server,
        Everruns(api_key=KEY, base_url=server.url) as client,
        httpx.Client(base_url=server.url + "/", headers=SDK_HEADERS) as plain,
    ):
        agent_ids = [client.agents.create(f"bench-{index:03d}", "You are measured.").id for index in range(LISTED)]
        agent_id = agent_ids[0]
        gets = {
            "everruns": repeat(lambda: client.agents.get(agent_id)),
            PLAIN: repeat(lambda: json.loads(plain.get(f"v1/agents/{agent_id}").content)),
        }
        lists = {
            "everruns": repeat(lambda: client.agents.list(limit=LISTED)),
            PLAIN: repeat(lambda: json.loads(plain.get("v1/agents", params={"limit": LISTED}).content)),
        }
        close_official: Callable[[], object] | None = None
        if has_official:
            official, close_official = official_contenders(server.url, loop, agent_id)
            gets["everruns-sdk (asyncio)"] = official["get"]
            lists["everruns-sdk (asyncio, 20 only)"] = official["list"]
        get_ratio = report("GET one agent", timed_rounds(gets, calls=args.calls, rounds=args.rounds), PLAIN)
        list_samples = timed_rounds(lists, calls=max(args.calls // 10, args.rounds), rounds=args.rounds)
        report(f"list {LISTED} agents", list_samples, PLAIN)
        if close_official is not None:
            close_official()
    loop.close()

    if not has_official:
        print("everruns-sdk is not installed: no figures for the official SDK")
    met = get_ratio <= args.target
    print(f"get ratio {get_ratio:.3f} (target <= {args.target}): {'met' if met else 'missed'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
