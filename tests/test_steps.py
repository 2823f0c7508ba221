"""How both clients carry out a stream's steps when threads or tasks meet: a read of a
response already let go of takes nothing from the next one, and a close that finds a
read going on elsewhere leaves the connection to that read, which releases it as it
ends. The body here is held by the test (a transport of its own, which no socket
shutdown reaches), so that each moment is reached for certain rather than by timing."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from scripted_server import wait_until

from everruns import AsyncEverruns, Everruns
from everruns._async_client import AwaitingSteps
from everruns._client import BlockingSteps
from everruns._flow import Connect, Read, Sleep, Step

KEY = "dev"
BASE_URL = "http://everruns.invalid/api"
SSE = {"method": "GET", "url": "/v1/sessions/s/sse", "headers": {"Accept": "text/event-stream"}}


class HeldBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body whose one chunk comes when the test lets it (``go``)."""

    def __init__(self, *, held: bool = True) -> None:
        self.go = threading.Event()
        if not held:
            self.go.set()
        self.reading = threading.Event()
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.reading.set()
        self.go.wait(10.0)
        yield b"data"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.reading.set()
        began = time.monotonic()
        while not self.go.is_set() and time.monotonic() - began < 10.0:
            await asyncio.sleep(0.005)
        yield b"data"

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Driver:
    """The steps of one client, done from the test's thread: ``do`` waits for a step's
    outcome, ``start`` lets it run (in a thread, or as a task) and returns its future."""

    def __init__(
        self,
        do: Callable[[Step], Any],
        start: Callable[[Step], Any],
        close: Callable[[], Any],
        interrupt: Callable[[], None],
    ) -> None:
        self.do = do
        self.start = start
        self.close = close
        self.interrupt = interrupt


@pytest.fixture(params=["blocking", "asyncio"])
def steps_over(request: pytest.FixtureRequest) -> Iterator[Callable[[list[HeldBody]], Driver]]:
    """Makes the steps of a client whose stream answers come with the given bodies."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as threads:
        if request.param == "blocking":

            def blocking(bodies: list[HeldBody]) -> Driver:
                answers = iter(bodies)
                transport = httpx.MockTransport(lambda _: httpx.Response(200, stream=next(answers)))
                client = Everruns(api_key=KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport))
                steps = BlockingSteps(client)
                return Driver(steps.do, lambda step: threads.submit(steps.do, step), steps.close, steps.interrupt)

            yield blocking
            return
        loop = asyncio.new_event_loop()
        running = threads.submit(loop.run_forever)
        try:

            def awaiting(bodies: list[HeldBody]) -> Driver:
                answers = iter(bodies)
                transport = httpx.MockTransport(lambda _: httpx.Response(200, stream=next(answers)))
                http = httpx.AsyncClient(transport=transport)
                client = AsyncEverruns(api_key=KEY, base_url=BASE_URL, http_client=http)
                steps = AwaitingSteps(client)

                def start(step: Step) -> Any:
                    return asyncio.run_coroutine_threadsafe(steps.do(step), loop)

                def close() -> None:
                    asyncio.run_coroutine_threadsafe(steps.aclose(), loop).result(10.0)

                return Driver(lambda step: start(step).result(10.0), start, close, steps.interrupt)

            yield awaiting
        finally:  # the bodies' iterators are finished on the loop, as asyncio.run() would
            asyncio.run_coroutine_threadsafe(loop.shutdown_asyncgens(), loop).result(10.0)
            loop.call_soon_threadsafe(loop.stop)
            running.result(10.0)
            loop.close()


def test_a_read_of_no_open_response_takes_nothing_from_the_next_connection(
    steps_over: Callable[[list[HeldBody]], Driver],
) -> None:
    first, second = HeldBody(held=False), HeldBody(held=False)
    steps = steps_over([first, second])
    assert steps.do(Read(None)) == b"", "a read before any connection"
    earlier = steps.do(Connect(dict(SSE), 5.0)).response
    later = steps.do(Connect(dict(SSE), 5.0)).response
    assert first.closed, "a new connection lets go of the one before"
    assert steps.do(Read(earlier)) == b""
    assert not second.reading.is_set(), "the stale read touched the open connection"
    assert steps.do(Read(later)) == b"data"
    steps.close()
    assert second.closed, "a close with no read going on releases the connection at once"


def test_a_close_during_a_read_elsewhere_leaves_the_connection_to_that_read_which_releases_it(
    steps_over: Callable[[list[HeldBody]], Driver],
) -> None:
    body = HeldBody()
    steps = steps_over([body])
    response = steps.do(Connect(dict(SSE), 5.0)).response
    read = steps.start(Read(response))
    assert body.reading.wait(10.0), "the read never began"
    steps.close()
    assert not body.closed, "the connection was released under the read going on"
    body.go.set()
    assert read.result(10.0) == b"data"
    assert wait_until(lambda: body.closed), "the read that ended did not release the connection"


def test_a_plain_sleep_waits_its_time_out_and_only_a_stoppable_one_ends_at_an_interrupt(
    steps_over: Callable[[list[HeldBody]], Driver],
) -> None:
    steps = steps_over([])
    steps.interrupt()  # as stop() does: every stoppable wait after it ends at once
    began = time.monotonic()
    assert steps.do(Sleep(5.0, stoppable=True)) is True
    assert time.monotonic() - began < 2.0
    assert steps.do(Sleep(0.3)) is None
    assert time.monotonic() - began >= 0.3, "a backoff between retries is not cut short"
