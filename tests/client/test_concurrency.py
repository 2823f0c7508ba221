"""One client shared by threads, and a client that survives fork()."""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Callable, Iterator

import pytest
from client_setup import EMPTY_EVENTS, FAST, KEY, BlockingOnly, make_agent
from scripted_server import (
    CONNECTED,
    SESSION_ID,
    Gate,
    Reply,
    Request,
    ScriptedServer,
    event_frame,
    event_payload,
    sse_reply,
    wait_until,
)

from everruns import EventStream, Everruns, errors
from everruns.testing import LocalServer


class TestConcurrency(BlockingOnly):
    def test_sixteen_threads_share_one_client(self, server: LocalServer, client: Everruns) -> None:
        agent_ids = [make_agent(client, f"agent-{n}") for n in range(16)]
        failures: list[BaseException] = []

        def work(agent_id: str) -> None:
            try:
                for _ in range(200):
                    assert client.agents.get(agent_id).id == agent_id
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=work, args=(agent_id,)) for agent_id in agent_ids]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []


ChildWork = Callable[[Everruns, EventStream], bool]


def run_in_child(work: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Fork; the child runs ``work`` and exits at once; whether it reported success.
    The child is killed if it has not finished within ``timeout`` seconds."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        verdict = b"bad"
        try:
            verdict = b"ok" if work() else b"bad"
        except BaseException as error:
            verdict = f"error: {error!r}".encode()
        finally:
            os.write(write_end, verdict)
            os._exit(0)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], timeout)
        verdict = os.read(read_end, 4096) if ready else b"timed out"
    finally:
        os.close(read_end)
        if not ready:
            os.kill(pid, 9)
        os.waitpid(pid, 0)
    assert verdict == b"ok", verdict.decode(errors="replace")
    return True


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() exists on POSIX only")
class TestFork(BlockingOnly):
    @pytest.fixture
    def scripted(self) -> Iterator[tuple[ScriptedServer, threading.Event]]:
        """A server whose stream sends one event, then a second once the test opens the gate."""
        gate = threading.Event()
        second = event_frame(event_payload(2))

        def respond(request: Request) -> Reply:
            if request.path.endswith("/sse"):
                return sse_reply(CONNECTED, event_frame(event_payload(1)), Gate(gate), second, then="hang")
            return EMPTY_EVENTS

        with ScriptedServer(respond) as server:
            yield server, gate
            gate.set()

    def test_a_child_sends_on_its_own_connections_and_the_parent_keeps_its_own(
        self, scripted: tuple[ScriptedServer, threading.Event]
    ) -> None:
        server, _ = scripted
        with Everruns(api_key=KEY, base_url=server.url) as client:
            client.events.list(SESSION_ID)
            (parent_connection,) = {request.connection for request in server.requests}

            def child() -> bool:
                for _ in range(3):
                    client.events.list(SESSION_ID)
                client.close()
                return True

            run_in_child(child)
            child_connections = {request.connection for request in server.requests[1:]}
            client.events.list(SESSION_ID)
        assert parent_connection not in child_connections, "the child wrote on the parent's socket"
        assert server.requests[-1].connection == parent_connection, "the parent's pooled connection survived"

    @staticmethod
    def follow_across_fork(scripted: tuple[ScriptedServer, threading.Event], child: ChildWork) -> None:
        """Take the stream's first event, fork a child that runs ``child(client, stream)``,
        then the second event in the parent, which must come over the same connection."""
        server, gate = scripted
        with Everruns(api_key=KEY, base_url=server.url) as client, client.events.stream(SESSION_ID) as stream:
            assert next(stream).sequence == 1
            run_in_child(lambda: child(client, stream))
            gate.set()
            assert next(stream).sequence == 2
            client.events.list(SESSION_ID)
        assert len(server.requests_to("/sse")) == 1, "the parent's stream kept its connection"

    def test_an_open_stream_and_a_closed_client_in_a_child_leave_the_parents_stream_alone(
        self, scripted: tuple[ScriptedServer, threading.Event]
    ) -> None:
        def child(client: Everruns, stream: EventStream) -> bool:
            client.events.list(SESSION_ID)
            client.close()
            return True

        self.follow_across_fork(scripted, child)

    def test_closing_an_inherited_stream_in_a_child_leaves_the_parents_stream_alone(
        self, scripted: tuple[ScriptedServer, threading.Event]
    ) -> None:
        def child(client: Everruns, stream: EventStream) -> bool:
            stream.close()
            return True

        self.follow_across_fork(scripted, child)


class TestThreads(BlockingOnly):
    def test_threads_create_update_and_delete_through_derived_clients_while_the_server_fails(
        self, server: LocalServer
    ) -> None:
        faults, workers, rounds = 30, 8, 6
        failures: list[BaseException] = []
        with Everruns(api_key=KEY, base_url=server.url, backoff=FAST, max_retries=faults + 1) as client:

            def work(number: int) -> None:
                mine = client.with_options(headers={"X-Worker": str(number)})
                try:
                    for round_number in range(rounds):
                        agent = mine.agents.create(name=f"w{number}-{round_number}", system_prompt="x")
                        mine.with_reason(f"round {round_number}").agents.update(agent.id, system_prompt="y")
                        assert mine.agents.get(agent.id).system_prompt == "y"
                        mine.agents.delete(agent.id)
                except BaseException as error:
                    failures.append(error)

            server.faults.fail_next(faults, status=503)
            threads = [threading.Thread(target=work, args=(number,)) for number in range(workers)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
        assert failures == []
        assert not any(thread.is_alive() for thread in threads)
        requests = server.requests
        assert len(requests) == workers * rounds * 4 + faults, "each injected failure cost exactly one retry"
        for request in requests:
            if request.method == "POST":
                assert request.json()["name"].startswith(f"w{request.headers['x-worker']}-")
            if request.method == "PATCH":
                assert request.headers["everruns-change-reason"].startswith("round%20")

    def test_closing_the_client_while_threads_are_mid_request_ends_each_with_a_typed_error_or_an_answer(
        self, server: LocalServer
    ) -> None:
        outcomes: list[object] = []
        client = Everruns(api_key=KEY, base_url=server.url, backoff=FAST)
        server.faults.slow(0.5, n=8)

        def work() -> None:
            try:
                for _ in range(20):
                    client.with_options(timeout=10.0).agents.list()
                outcomes.append("done")
            except BaseException as error:
                outcomes.append(error)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        assert wait_until(lambda: len(server.requests) >= 8, timeout=30)
        client.close()
        for thread in threads:
            thread.join(timeout=30)
        assert not any(thread.is_alive() for thread in threads), "a thread hung after close()"
        assert len(outcomes) == 8
        unexpected = [outcome for outcome in outcomes if not isinstance(outcome, errors.EverrunsError)]
        assert unexpected == []
        assert any(isinstance(outcome, errors.ClientClosedError) for outcome in outcomes)
