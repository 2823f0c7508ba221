"""Waking a stream's blocked read from any thread: shut its socket down.

Closing a socket does not wake a read blocked on it on every system; shutting it down
does, for a blocking read and for an event loop's reader alike. The socket is caught by
httpcore's trace hook as soon as the connection is made, so that a wait for the answer's
headers can be woken too, not only a wait for its body.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Mapping
from typing import Any

CONNECTED = "connection.connect_tcp.complete"


class Interrupter:
    """The socket of a stream's current connection, and the means to wake a read on it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._wake: threading.Event | None = None  # made by the first blocking wait
        self._pid = os.getpid()  # the process whose connection the socket is
        self.interrupted = False

    def on_trace(self, name: str, info: Mapping[str, Any]) -> None:
        """httpcore's trace hook (blocking form): remember each new connection's socket."""
        if name == CONNECTED:
            stream = info.get("return_value")
            if stream is not None:
                self.remember(stream.get_extra_info("socket"))

    async def on_async_trace(self, name: str, info: Mapping[str, Any]) -> None:
        """httpcore's trace hook (asyncio form)."""
        self.on_trace(name, info)

    def remember(self, live: socket.socket | None) -> None:
        with self._lock:
            self._socket = live
            self._pid = os.getpid()
        if live is not None and self.interrupted:
            _shut_down(live)  # a connection made after stop(): in this process

    def forget(self) -> None:
        with self._lock:
            self._socket = None

    def _own_socket(self) -> socket.socket | None:
        """The socket to shut down: none in a forked child, whose copy of the parent's
        connection is the parent's to end (shutting it down would cut it for both)."""
        return self._socket if self._pid == os.getpid() else None

    def interrupt(self) -> None:
        """Wake whatever waits on the current connection, and any made from now on, and
        a :meth:`wait` going on."""
        with self._lock:
            self.interrupted = True
            live, wake = self._own_socket(), self._wake
        if wake is not None:
            wake.set()
        if live is not None:
            _shut_down(live)

    def wait(self, seconds: float) -> bool:
        """Block for ``seconds`` unless interrupted meanwhile; whether it was."""
        with self._lock:
            if self.interrupted:
                return True
            if self._wake is None:
                self._wake = threading.Event()
            wake = self._wake
        return wake.wait(seconds)

    def cut(self) -> None:
        """Wake whatever waits on the current connection only (a deadline passed)."""
        with self._lock:
            live = self._own_socket()
        if live is not None:
            _shut_down(live)


def _shut_down(live: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        live.shutdown(socket.SHUT_RDWR)
