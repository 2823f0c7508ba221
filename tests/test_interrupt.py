"""The interrupter that wakes a stream's blocked read from any thread, on real sockets:
it shuts down the connection it was told of (and any made after ``interrupt()``), wakes
a pause, leaves alone what it was told to forget, and never cuts a connection a forked
child shares with its parent. The streams that use it are tested end to end in
tests/test_streaming.py."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from everruns._interrupt import CONNECTED, Interrupter

PROMPTLY = 5.0  # generous: the machine may be busy


@pytest.fixture
def pair() -> Iterator[tuple[socket.socket, socket.socket]]:
    """A connected pair: the first end plays the stream's connection, the second the server."""
    ours, theirs = socket.socketpair()
    with ours, theirs:
        yield ours, theirs


def in_thread(call: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    """Run ``call`` in a thread of its own; its outcome lands in the returned list."""
    outcome: list[Any] = []
    thread = threading.Thread(target=lambda: outcome.append(call()), daemon=True)
    thread.start()
    return thread, outcome


def still_open(ours: socket.socket, theirs: socket.socket) -> bool:
    """Whether bytes still flow from the server's end to ours."""
    theirs.sendall(b"x")
    ours.settimeout(PROMPTLY)
    return ours.recv(1) == b"x"


def test_interrupt_wakes_a_read_blocked_on_the_connection(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, _ = pair
    interrupter = Interrupter()
    interrupter.remember(ours)
    reader, outcome = in_thread(lambda: ours.recv(1))
    time.sleep(0.05)  # let the read block (interrupting earlier ends it just the same)
    interrupter.interrupt()
    reader.join(PROMPTLY)
    assert outcome == [b""]


def test_a_connection_made_after_interrupt_is_shut_down_as_it_is_remembered(
    pair: tuple[socket.socket, socket.socket],
) -> None:
    ours, _ = pair
    interrupter = Interrupter()
    interrupter.interrupt()
    interrupter.remember(None)  # a connection without a socket: nothing to do
    interrupter.remember(ours)
    ours.settimeout(PROMPTLY)
    assert ours.recv(1) == b""


def test_interrupt_before_any_connection_raises_nothing_and_wakes_every_later_wait() -> None:
    interrupter = Interrupter()
    interrupter.interrupt()
    assert interrupter.interrupted
    began = time.monotonic()
    assert interrupter.wait(30.0) is True
    assert time.monotonic() - began < PROMPTLY


def test_a_wait_runs_its_time_unless_interrupted_meanwhile() -> None:
    interrupter = Interrupter()
    waiter, outcome = in_thread(lambda: interrupter.wait(0.01))
    waiter.join(PROMPTLY)
    assert outcome == [False], "not interrupted"
    waiter, outcome = in_thread(lambda: interrupter.wait(30.0))
    time.sleep(0.05)  # let it wait (interrupting earlier ends it just the same)
    interrupter.interrupt()
    waiter.join(PROMPTLY)
    assert outcome == [True]


def test_a_forgotten_connection_is_left_alone(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, theirs = pair
    interrupter = Interrupter()
    interrupter.remember(ours)
    interrupter.forget()
    interrupter.interrupt()
    interrupter.cut()
    assert still_open(ours, theirs)


def test_interrupting_a_connection_already_closed_raises_nothing(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, _ = pair
    interrupter = Interrupter()
    interrupter.remember(ours)
    ours.close()
    interrupter.cut()
    interrupter.interrupt()


def test_cut_wakes_the_current_read_only(pair: tuple[socket.socket, socket.socket]) -> None:
    ours, _ = pair
    interrupter = Interrupter()
    interrupter.remember(ours)
    interrupter.cut()
    ours.settimeout(PROMPTLY)
    assert ours.recv(1) == b""
    assert not interrupter.interrupted
    assert interrupter.wait(0.01) is False, "a pause is not cut short"
    later, theirs = socket.socketpair()
    with later, theirs:
        interrupter.remember(later)
        assert still_open(later, theirs), "a later connection is not shut down"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")
def test_interrupting_in_a_forked_child_leaves_the_parents_connection_alone(
    pair: tuple[socket.socket, socket.socket],
) -> None:
    ours, theirs = pair
    interrupter = Interrupter()
    interrupter.remember(ours)
    child = os.fork()
    if child == 0:  # the child: interrupt, then leave at once, whatever happens
        code = 0
        try:
            interrupter.interrupt()
            interrupter.cut()
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert still_open(ours, theirs)


class NetworkStream:
    """What httpcore's trace hook hands over as a new connection."""

    def __init__(self, live: socket.socket) -> None:
        self.live = live

    def get_extra_info(self, name: str) -> object:
        return self.live if name == "socket" else None


@pytest.mark.parametrize("form", ["blocking", "asyncio"])
def test_the_socket_of_a_new_connection_is_caught_by_the_trace_hook(
    pair: tuple[socket.socket, socket.socket], form: str
) -> None:
    ours, _ = pair
    other, other_end = socket.socketpair()
    interrupter = Interrupter()

    def trace(name: str, info: dict[str, object]) -> None:
        if form == "blocking":
            interrupter.on_trace(name, info)
        else:
            asyncio.run(interrupter.on_async_trace(name, info))

    with other, other_end:
        trace("connection.connect_tcp.started", {"return_value": NetworkStream(other)})
        trace(CONNECTED, {})
        trace(CONNECTED, {"return_value": NetworkStream(ours)})
        trace("http11.send_request_headers.complete", {"return_value": NetworkStream(other)})
        interrupter.interrupt()
        ours.settimeout(PROMPTLY)
        assert ours.recv(1) == b""
        assert still_open(other, other_end), "only the socket of a completed connect counts"
