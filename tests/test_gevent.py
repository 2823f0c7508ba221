"""Under gevent (``monkey.patch_all()``), nothing the SDK does blocks the hub: a turn, a
stream stopped from another greenlet and a stream whose upstream drops all leave other
greenlets running. Patching is process-wide, so the client runs in a child process,
against the local server in this one; a greenlet there ticks every 10 ms and the child
reports the longest gap between its ticks while each scenario ran."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from everruns.testing import LocalServer

pytestmark = pytest.mark.slow

CHILD = r"""
from gevent import monkey

monkey.patch_all()

import json
import sys
import time

import gevent

from everruns import Backoff, Everruns

url = sys.argv[1]
ticks = []


def tick():
    while True:
        ticks.append(time.monotonic())
        gevent.sleep(0.01)


def longest_gap(run):
    del ticks[:]
    gevent.sleep(0.05)
    outcome = run()
    gevent.sleep(0.05)
    return max(later - earlier for earlier, later in zip(ticks, ticks[1:])), outcome


gevent.spawn(tick)
report = {}
with Everruns(api_key="dev", base_url=url) as client:
    session_id = client.sessions.create(harness_name="generic", title="gevent").id
    report["turn"] = longest_gap(lambda: client.messages.send_and_wait(session_id, "one two three four").text)

    def stopped_from_another_greenlet():
        stream = client.events.stream(session_id, since_id=client.events.list(session_id).data[-1].id)
        started = time.monotonic()
        gevent.spawn_later(1.5, stream.stop)
        events = list(stream)
        stream.close()
        return [len(events), round(time.monotonic() - started, 2)]

    report["stop"] = longest_gap(stopped_from_another_greenlet)

    print("drop next", flush=True)  # the parent has the server drop the next stream
    sys.stdin.readline()

    def dropped_upstream():
        fast = Backoff(initial=0.5, maximum=0.5, jitter=0.0)
        with client.events.stream(session_id, backoff=fast) as stream:
            return [event.sequence for event in stream.until_turn_end()]

    report["drop"] = longest_gap(dropped_upstream)
print(json.dumps(report))
"""


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(turn_delay=0.3) as running:
        yield running


def test_a_turn_a_stopped_stream_and_a_dropped_upstream_leave_the_gevent_hub_free(server: LocalServer) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, server.url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdin is not None
        assert child.stdout is not None
        assert child.stdout.readline() == "drop next\n"
        server.faults.drop_sse_after(3, mid_frame=True)
        child.stdin.write("\n")
        child.stdin.flush()
        output = child.stdout.read()
    assert child.returncode == 0
    report = json.loads(output)
    gap, text = report["turn"]
    assert text, "the turn gave no reply"
    assert gap < 0.5, f"the hub stood still {gap:.2f}s during a turn"
    gap, (count, seconds) = report["stop"]
    assert count == 0
    assert 1.4 <= seconds < 5.0, "stop() from another greenlet did not end the stream when called"
    assert gap < 0.5, f"the hub stood still {gap:.2f}s while the stream waited"
    gap, sequences = report["drop"]
    assert sequences == sorted(set(sequences)), "an event twice or out of order across the drop"
    assert len(sequences) > 3, "the stream did not come back after the drop"
    assert gap < 0.5, f"the hub stood still {gap:.2f}s while the stream reconnected"
