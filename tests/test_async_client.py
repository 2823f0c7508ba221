"""What only the asyncio client has to show: the same surface as the blocking one,
cancellation that releases connections, event loops that come and go, fork(), tools
and callbacks written as ``async def``, and streams stopped from other tasks and
threads. (Everything the two clients share is specified once, in tests/resources,
and runs against both.)"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from resource_paths import resources

from everruns import AsyncEverruns, Backoff, Everruns, TurnResult, tool
from everruns.testing import LocalServer

KEY = "dev"
FAST = Backoff(initial=0.001, maximum=0.002, jitter=0.0)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer(turn_delay=0.001) as running:
        yield running


# --- one surface -------------------------------------------------------------------------


def public_methods(obj: object) -> dict[str, inspect.Signature]:
    """Public methods by name; the copies mutmut adds to a class it mutates are left out."""
    return {
        name: inspect.signature(getattr(obj, name))
        for name in dir(obj)
        if not name.startswith("_")
        and "__mutmut_" not in name
        and callable(getattr(obj, name))
        and not inspect.isclass(getattr(obj, name))
    }


def without_result(signature: inspect.Signature) -> list[tuple[str, Any, Any, Any]]:
    return [(p.name, p.kind, p.default, p.annotation) for p in signature.parameters.values()]


def test_both_clients_have_the_same_resources_methods_and_parameters() -> None:
    blocking, awaiting = Everruns(api_key=KEY), AsyncEverruns(api_key=KEY)
    ours, theirs = resources(blocking), resources(awaiting)
    assert ours.keys() == theirs.keys()
    for path in ours:
        mine, twin = public_methods(ours[path]), public_methods(theirs[path])
        assert mine.keys() == twin.keys(), path
        for name in mine:
            assert without_result(mine[name]) == without_result(twin[name]), f"{path}.{name}"
    assert public_methods(blocking).keys() == public_methods(awaiting).keys()
    for name in ("with_options", "with_reason", "close"):
        assert without_result(public_methods(blocking)[name]) == without_result(public_methods(awaiting)[name])
    blocking.close()


def test_both_constructors_take_the_same_arguments() -> None:
    def arguments(client_class: type) -> list[tuple[str, Any, Any]]:
        return [(p.name, p.kind, p.default) for p in inspect.signature(client_class).parameters.values()]

    assert arguments(Everruns) == arguments(AsyncEverruns)
    http_client = inspect.signature(AsyncEverruns).parameters["http_client"].annotation
    assert "httpx.AsyncClient" in str(http_client)


def test_each_method_shows_its_real_signature_and_whether_it_is_awaited() -> None:
    blocking, awaiting = Everruns(api_key=KEY), AsyncEverruns(api_key=KEY)
    get_sync, get_async = blocking.agents.get, awaiting.agents.get
    assert str(inspect.signature(get_sync)).startswith("(agent_id: 'str', *, timeout:")
    assert inspect.signature(get_sync) == inspect.signature(get_async)
    assert not inspect.iscoroutinefunction(get_sync)
    assert inspect.iscoroutinefunction(get_async)
    assert get_async.__doc__ == get_sync.__doc__ == "One agent, by id."
    assert inspect.signature(awaiting.agents.list).return_annotation == "AsyncPager[Agent]"
    assert inspect.signature(blocking.agents.list).return_annotation == "Page[Agent]"
    blocking.close()


# --- event loops, processes ----------------------------------------------------------------


def test_one_client_serves_one_event_loop_after_another(server: LocalServer) -> None:
    client = AsyncEverruns(api_key=KEY, base_url=server.url)

    async def create(name: str) -> str:
        return (await client.agents.create(name, "You are reused.")).id

    first = asyncio.run(create("first-loop"))
    second = asyncio.run(create("second-loop"))
    assert first != second
    connections = {request.connection for request in server.requests}
    assert len(connections) == 2, "each loop opened a connection of its own"
    asyncio.run(client.close())


def test_a_loop_that_ends_closes_its_connections_without_warnings(tmp_path: Any) -> None:
    script = tmp_path / "loops.py"
    script.write_text(
        "import asyncio, gc\n"
        "from everruns import AsyncEverruns\n"
        "from everruns.testing import LocalServer\n"
        "with LocalServer() as server:\n"
        "    client = AsyncEverruns(api_key='dev', base_url=server.url)\n"
        "    for name in ('one', 'two', 'three'):\n"
        "        asyncio.run(client.agents.create(name, 'p'))\n"
        "    gc.collect()\n"
        "    print(sorted(len(r.path) > 0 for r in server.requests))\n"
    )
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error", str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "ResourceWarning" not in done.stderr
    assert "unclosed" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() exists on POSIX only")
def test_a_forked_child_opens_its_own_connections(server: LocalServer) -> None:
    client = AsyncEverruns(api_key=KEY, base_url=server.url)
    loop = asyncio.new_event_loop()
    agent_id = loop.run_until_complete(client.agents.create("forked", "p")).id
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: a new loop, and connections of its own
        os.close(read_end)
        try:
            ok = asyncio.run(client.agents.get(agent_id)).id == agent_id
            os.write(write_end, b"ok" if ok else b"bad")
        except BaseException:
            os.write(write_end, b"err")
        finally:
            os._exit(0)
    os.close(write_end)
    for _ in range(20):  # the parent keeps using its own connection meanwhile
        assert loop.run_until_complete(client.agents.get(agent_id)).id == agent_id
    verdict = os.read(read_end, 16)
    os.waitpid(pid, 0)
    assert verdict == b"ok"
    gets = [request for request in server.requests if request.method == "GET"]
    assert len({request.connection for request in gets}) == 2, "the child did not reuse the parent's socket"
    loop.run_until_complete(client.close())
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()


def test_importing_and_making_a_blocking_client_loads_no_asyncio() -> None:
    code = "import sys, everruns; everruns.Everruns(api_key='k'); print('asyncio' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "False"


# --- cancellation ------------------------------------------------------------------------


class HangingServer:
    """Accepts connections, reads a request, answers nothing; tells when the client
    closed each connection (the bytes end)."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/api"
        self.accepted = threading.Event()
        self.closed = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            connection, _ = self._listener.accept()
            self.accepted.set()
            with connection:
                while connection.recv(65536):
                    pass
                self.closed.set()

    def stop(self) -> None:
        self._listener.close()


@pytest.fixture
def hanging() -> Iterator[HangingServer]:
    server = HangingServer()
    yield server
    server.stop()


def test_a_cancelled_call_releases_its_connection(hanging: HangingServer) -> None:
    async def cancelled_call() -> None:
        async with AsyncEverruns(api_key=KEY, base_url=hanging.url, max_retries=0) as client:
            task = asyncio.ensure_future(client.agents.get("agent_" + "0" * 32))
            while not hanging.accepted.is_set():
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(cancelled_call())
    assert hanging.closed.wait(5), "the server saw the connection closed"


def test_a_stream_cancelled_mid_read_releases_its_connection(hanging: HangingServer) -> None:
    async def cancelled_stream() -> None:
        async with AsyncEverruns(api_key=KEY, base_url=hanging.url) as client:
            stream = client.events.stream("session_" + "0" * 32)
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(stream.__anext__(), 0.3)
            with pytest.raises(StopAsyncIteration):
                await stream.__anext__()  # a cancelled read ends the stream

    asyncio.run(cancelled_stream())
    assert hanging.closed.wait(5), "the server saw the stream's connection closed"


# --- tools, callbacks, streams --------------------------------------------------------------


def test_a_tool_written_as_async_def_is_awaited(server: LocalServer) -> None:
    @tool
    async def lookup(invoice: str) -> dict[str, str]:
        """Find an invoice."""
        await asyncio.sleep(0.01)
        return {"invoice": invoice, "status": "paid"}

    async def run() -> TurnResult:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.tools.create_session([lookup], harness_name="generic")
            server.model.script_tool_calls(
                [{"name": "lookup", "arguments": {"invoice": "INV-1"}}], then_reply="It is paid."
            )
            return await client.tools.run_turn(session.id, "Status of INV-1?", tools=[lookup])

    result = asyncio.run(run())
    assert result.text == "It is paid."
    (submitted,) = [request.json() for request in server.requests if request.path.endswith("/tool-results")]
    assert submitted["tool_results"][0]["result"] == {"invoice": "INV-1", "status": "paid"}


def test_the_blocking_client_refuses_an_async_def_tool_as_that_calls_error(server: LocalServer) -> None:
    @tool
    async def lookup(invoice: str) -> str:
        """Find an invoice."""
        return invoice

    with Everruns(api_key=KEY, base_url=server.url) as client:
        session = client.tools.create_session([lookup], harness_name="generic")
        server.model.script_tool_calls([{"name": "lookup", "arguments": {"invoice": "INV-1"}}], then_reply="ok")
        client.tools.run_turn(session.id, "Status?", tools=[lookup], timeout=10)
    (submitted,) = [request.json() for request in server.requests if request.path.endswith("/tool-results")]
    assert "AsyncEverruns" in submitted["tool_results"][0]["error"]


def test_send_and_wait_awaits_an_async_on_event(server: LocalServer) -> None:
    seen: list[str] = []

    async def show(event: Any) -> None:
        await asyncio.sleep(0)
        seen.append(event.type)

    async def run() -> TurnResult:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            server.model.script_reply("Hello.")
            return await client.messages.send_and_wait(session.id, "Hi", on_event=show, timeout=10)

    assert asyncio.run(run()).text == "Hello."
    assert seen[0] == "input.message"
    assert seen[-1] == "turn.completed"


def test_contextlib_aclosing_closes_event_and_turn_streams_and_releases_their_connections(server: LocalServer) -> None:
    async def run() -> tuple[list[str], list[str], int]:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            async with contextlib.aclosing(client.messages.stream(session.id, "Hello")) as turn:
                turned = [event.type async for event in turn]
            async with contextlib.aclosing(client.events.stream(session.id)) as events:
                streamed = [(await anext(events)).type]
            await asyncio.sleep(0.3)  # the server notices the closed connections
            return turned, streamed, server.open_streams

    turned, streamed, still_open = asyncio.run(run())
    assert turned[-1] == "turn.completed"
    assert streamed == ["input.message"]
    assert still_open == 0


def test_stop_from_another_task_ends_a_waiting_stream_at_once(server: LocalServer) -> None:
    async def run() -> float:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            stream = client.events.stream(session.id)

            async def stop_soon() -> None:
                await asyncio.sleep(0.2)
                stream.stop()

            stopper = asyncio.ensure_future(stop_soon())
            began = time.monotonic()
            assert [event async for event in stream] == []
            await stopper
            return time.monotonic() - began

    assert asyncio.run(run()) < 3.0


def test_stop_from_another_thread_ends_a_waiting_stream_at_once(server: LocalServer) -> None:
    async def run() -> float:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            stream = client.events.stream(session.id)
            threading.Timer(0.2, stream.stop).start()
            began = time.monotonic()
            assert [event async for event in stream] == []
            return time.monotonic() - began

    assert asyncio.run(run()) < 3.0


def test_an_async_turn_stream_posts_when_awaited_or_when_first_read(server: LocalServer) -> None:
    async def run() -> tuple[Any, Any, list[str]]:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            lazy = client.messages.stream(session.id, "first")
            posted_before_reading = [r for r in server.requests if r.path.endswith("/messages")]
            types = [event.type async for event in lazy]
            awaited = await client.messages.stream(session.id, "second")
            await awaited.close()
            return posted_before_reading, awaited.message, types

    posted_before_reading, message, types = asyncio.run(run())
    assert posted_before_reading == []
    assert message is not None
    assert types[-1] == "turn.completed"


def test_an_async_turn_streams_wait_reads_the_turn_to_its_end_awaiting_on_event(server: LocalServer) -> None:
    seen: list[str] = []

    async def show(event: Any) -> None:
        await asyncio.sleep(0)
        seen.append(event.type)

    async def run() -> tuple[TurnResult, Any]:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            server.model.script_reply("Hello there.")
            async with client.messages.stream(session.id, "Hi", timeout=10) as stream:
                return await stream.wait(on_event=show), stream.end_event

    result, end_event = asyncio.run(run())
    assert (result.text, result.status) == ("Hello there.", "completed")
    assert seen == [event.type for event in result.events], "on_event saw each of the turn's events, in order"
    assert seen[0] == "input.message"
    assert end_event is not None
    assert seen[-1] == end_event.type == "turn.completed"


def test_an_async_turn_stream_stopped_before_it_starts_ends_at_once_without_reconnecting(server: LocalServer) -> None:
    async def run() -> list[str]:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            stream = client.messages.stream(session.id, "Hi")
            stream.stop()
            return await asyncio.wait_for(_read_types(stream), 10)

    assert asyncio.run(run()) == []
    assert [request.path for request in server.requests if request.path.endswith("/sse")] == []


async def _read_types(stream: Any) -> list[str]:
    return [event.type async for event in stream]


def test_an_async_turn_streams_timeout_cuts_a_silent_connection_when_it_is_due(server: LocalServer) -> None:
    from everruns import TurnTimeoutError

    async def run() -> tuple[float, TurnTimeoutError]:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            server.faults.stall_next_sse()  # headers, then nothing at all: the read would wait 45 s
            began = time.monotonic()
            with pytest.raises(TurnTimeoutError) as caught:
                await asyncio.wait_for(_read_types(client.messages.stream(session.id, "Hi", timeout=0.1)), 10)
            return time.monotonic() - began, caught.value

    waited, error = asyncio.run(run())
    assert 0.1 <= waited < 1.0, "the read was cut at the deadline, not after its own timeout"
    assert error.timeout == 0.1


def test_an_async_stream_ended_by_an_error_lets_go_of_its_connections_before_close() -> None:
    from scripted_server import SESSION_ID, ScriptedServer, json_reply, wait_until

    from everruns import NotFoundError

    gone = json_reply(404, {"title": "gone", "status": 404, "code": "session_not_found"})  # the connection is kept

    async def run(url: str, closed_by_client: list[int]) -> bool:
        async with AsyncEverruns(api_key=KEY, base_url=url) as client:
            stream = client.events.stream(SESSION_ID)
            with pytest.raises(NotFoundError):
                await anext(stream)
            released = await asyncio.to_thread(wait_until, lambda: closed_by_client == [1], 5.0)
            await stream.close()
            return released

    with ScriptedServer(lambda _: gone) as server:
        assert asyncio.run(run(server.url, server.closed_by_client)), "the stream's pooled connection is still open"
        assert server.connections == 1


def test_a_closed_async_client_says_so_and_how_to_go_on_for_calls_and_streams(server: LocalServer) -> None:
    from everruns import ClientClosedError

    async def run() -> list[str]:
        client = AsyncEverruns(api_key=KEY, base_url=server.url)
        session = await client.sessions.create(harness_name="generic")
        await client.close()
        refusals = []
        with pytest.raises(ClientClosedError) as call:
            await client.agents.list()
        refusals.append(str(call.value))
        with pytest.raises(ClientClosedError) as stream:
            await anext(client.events.stream(session.id))
        refusals.append(str(stream.value))
        return refusals

    assert asyncio.run(run()) == ["the client is closed: make a new AsyncEverruns() to send more requests"] * 2
    assert len(server.requests) == 1, "nothing was sent after close()"


def test_stop_after_the_loop_that_ran_the_stream_closed_raises_nothing(server: LocalServer) -> None:
    # A signal handler may stop every stream it knows of, also one whose loop has ended.
    async def run() -> Any:
        async with AsyncEverruns(api_key=KEY, base_url=server.url, backoff=Backoff(initial=30.0)) as client:
            session = await client.sessions.create(harness_name="generic")
            server.faults.fail_next(1, status=503)
            stream = client.events.stream(session.id)
            with pytest.raises(asyncio.TimeoutError):  # waiting to reconnect after the 503
                await asyncio.wait_for(anext(stream), 0.5)
            return stream

    stream = asyncio.run(run())
    stream.stop()
    assert server.requests[-1].path.endswith("/sse"), "the stream was refused and never reconnected"


def test_stop_wakes_a_stream_still_waiting_for_the_answers_headers(server: LocalServer) -> None:
    async def run() -> tuple[list[Any], float]:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            server.faults.stall_next_sse(send_headers=False)
            stream = client.events.stream(session.id)
            reader = asyncio.ensure_future(_read_all(stream))
            began = time.monotonic()
            while server.open_streams == 0:
                assert time.monotonic() - began < 5, "the stream did not connect"
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.05)
            stream.stop()
            stopped = time.monotonic()
            events = await asyncio.wait_for(reader, 5)
            return events, time.monotonic() - stopped

    events, waited = asyncio.run(run())
    assert events == []
    assert waited < 3.0, "stop() woke the wait for the headers at once"


def test_an_async_pager_is_awaited_for_a_page_and_iterated_for_every_item(server: LocalServer) -> None:
    async def run() -> tuple[int, list[str]]:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            for number in range(5):
                await client.agents.create(f"paged-{number}", "p")
            page = await client.agents.list(limit=2)
            names = [agent.name async for agent in client.agents.list(limit=2)]
            return len(page.data), names

    first, names = asyncio.run(run())
    assert first == 2
    assert sorted(names) == [f"paged-{number}" for number in range(5)]


def test_a_pager_checks_its_arguments_when_made_not_when_awaited() -> None:
    from everruns import ValidationError

    client = AsyncEverruns(api_key=KEY)
    with pytest.raises(ValidationError):
        client.agents.list(limit=0)


# --- the generated client --------------------------------------------------------------------


def test_client_api_awaits_the_generated_operations_with_auth_retries_and_typed_errors(server: LocalServer) -> None:
    from everruns import NotFoundError
    from everruns_api.api.agents import get_agent, list_agents

    async def run() -> tuple[Any, Any]:
        async with AsyncEverruns(api_key=KEY, base_url=server.url, backoff=FAST) as client:
            agent = await client.agents.create("reached", "p")
            read = await get_agent.asyncio(agent.id, client=client.api)
            server.faults.fail_next(1, status=503)
            listed = await list_agents.asyncio(client=client.api)
            with pytest.raises(NotFoundError) as missing:
                await get_agent.asyncio_detailed("agent_" + "0" * 32, client=client.api)
            return (read, listed), missing.value

    (read, listed), missing = asyncio.run(run())
    assert read is not None
    assert read.name == "reached"
    assert listed is not None
    assert [agent.name for agent in listed.data] == ["reached"]
    assert missing.code == "agent_not_found"
    agents_lists = [
        request for request in server.requests if request.path == "/api/v1/agents" and request.method == "GET"
    ]
    assert len(agents_lists) == 2, "the 503 was retried through the same transport"
    assert {request.headers["authorization"] for request in server.requests} == {KEY}


def test_client_api_copies_send_through_the_asyncio_client_and_leave_it_as_it_was(server: LocalServer) -> None:
    from everruns_api.api.agents import list_agents

    async def run() -> None:
        async with AsyncEverruns(api_key=KEY, base_url=server.url, backoff=FAST) as client:
            server.faults.fail_next(1, status=503)
            await list_agents.asyncio(client=client.api.with_headers({"X-Trace": "t-9"}))
            await list_agents.asyncio(client=client.api.with_cookies({"affinity": "b"}))
            await list_agents.asyncio(client=client.api)

    asyncio.run(run())
    refused, retried, with_cookie, plain = server.requests[-4:]
    assert refused.headers["x-trace"] == retried.headers["x-trace"] == "t-9"
    assert {request.headers["authorization"] for request in server.requests[-4:]} == {KEY}
    assert with_cookie.headers["cookie"] == "affinity=b"
    assert "x-trace" not in with_cookie.headers
    assert "x-trace" not in plain.headers
    assert "cookie" not in plain.headers


def test_client_api_knows_the_apis_base_url_for_the_clients_derived_from_it() -> None:
    client = AsyncEverruns(api_key=KEY, base_url="http://api.invalid/everruns/api")
    derived = client.api.with_headers({"X-Extra": "1"}).get_async_httpx_client()
    assert str(derived.base_url) == "http://api.invalid/everruns/api/"
    asyncio.run(derived.aclose())
    asyncio.run(client.close())


def test_the_asyncio_client_refuses_by_name_what_is_not_a_step() -> None:
    from everruns._async_client import AwaitingSteps

    client = AsyncEverruns(api_key=KEY)
    with pytest.raises(TypeError, match=r"^not a step: 'send'$"):
        asyncio.run(AwaitingSteps(client).do("send"))  # type: ignore[arg-type]


def test_an_apply_is_sent_again_after_a_500_by_the_asyncio_client(server: LocalServer) -> None:
    async def run() -> str:
        async with AsyncEverruns(api_key=KEY, base_url=server.url, backoff=FAST) as client:
            server.faults.fail_next(1, status=500)
            return (await client.agents.apply_by_name("applied", "You are applied.")).name

    assert asyncio.run(run()) == "applied"
    assert [request.method for request in server.requests] == ["POST", "POST"]


def test_close_from_another_task_ends_the_iteration_and_releases_the_connection(server: LocalServer) -> None:
    async def run() -> list[Any]:
        async with AsyncEverruns(api_key=KEY, base_url=server.url) as client:
            session = await client.sessions.create(harness_name="generic")
            stream = client.events.stream(session.id)
            reader = asyncio.ensure_future(_read_all(stream))
            while server.open_streams == 0:
                await asyncio.sleep(0.01)
            await stream.close()
            return await asyncio.wait_for(reader, 5)

    assert asyncio.run(run()) == []
    began = time.monotonic()
    while server.open_streams:
        assert time.monotonic() - began < 3.0, "the stream's connection is still open"
        time.sleep(0.01)


async def _read_all(stream: Any) -> list[Any]:
    return [event async for event in stream]


def test_a_callers_async_http_client_carries_every_request_and_stays_open_after_close(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recording_proxy import RecordingProxy

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)

    async def run(proxy_url: str) -> tuple[str, bool]:
        async with httpx.AsyncClient(proxy=proxy_url) as theirs:
            async with AsyncEverruns(api_key=KEY, base_url=server.url, http_client=theirs) as client:
                session = await client.sessions.create(harness_name="generic")
                server.model.script_reply("Hi.")
                await client.messages.send_and_wait(session.id, "Hello", timeout=30.0)
            still_open = not theirs.is_closed
            answer = await theirs.get(f"{server.url}/v1/agents", headers={"Authorization": KEY})
            return session.id, still_open and answer.status_code == 200

    with RecordingProxy() as proxy:
        session_id, still_usable = asyncio.run(run(proxy.url))
        through_proxy = proxy.targets()
    assert still_usable, "closing ours left theirs open and working"
    assert any(target.startswith(f"GET {server.url}/v1/sessions/{session_id}/sse") for target in through_proxy)
    assert len(through_proxy) == len(server.requests), "no request went around the caller's client"
