"""Connection pools: the client's own (one per process, and per event loop for the asyncio
client), and a caller's httpx client that stays the caller's.

A ``fork()`` is played here by changing the process id the pools read; the real thing is
in test_client.py and test_async_client.py."""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import os
import select
import socket
import ssl
import subprocess
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest
from scripted_server import Reply, ScriptedServer

from everruns import ClientClosedError, _pools
from everruns._pools import AsyncCallerClientPool, CallerClientPool, ForkSafePool, LoopBoundPool

CLOSED = "the client is closed: make a new client to send more requests"


class Connections(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Stands in for a pool's connections: counts how often it was closed."""

    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


class Factory:
    """Makes :class:`Connections`, and remembers each it made."""

    def __init__(self) -> None:
        self.made: list[Connections] = []

    def __call__(self) -> Connections:
        self.made.append(Connections())
        return self.made[-1]


def fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on the pools find themselves in a new process."""
    monkeypatch.setattr(_pools, "os", types.SimpleNamespace(getpid=lambda: os.getpid() + 1))


# --- the blocking client's pool -----------------------------------------------------------------


def test_the_pool_hands_out_the_same_connections_until_closed_then_closes_them() -> None:
    factory = Factory()
    pool = ForkSafePool(factory)
    assert pool.transport() is pool.transport() is factory.made[0]
    pool.close()
    assert [made.closed for made in factory.made] == [1]
    with pytest.raises(ClientClosedError) as caught:
        pool.transport()
    assert str(caught.value) == CLOSED


def test_a_forked_child_gets_connections_of_its_own_and_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    factory = Factory()
    pool = ForkSafePool(factory)
    inherited = pool.transport()
    fork(monkeypatch)
    own = pool.transport()
    assert own is not inherited
    assert pool.transport() is own, "the child made its connections once"
    assert len(factory.made) == 2
    pool.close()
    assert (inherited.closed, factory.made[1].closed) == (0, 1), "the parent's are left alone"


def test_a_forked_child_closing_the_pool_leaves_the_parents_connections_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    factory = Factory()
    pool = ForkSafePool(factory)
    fork(monkeypatch)
    pool.close()
    assert [made.closed for made in factory.made] == [0]


# --- the asyncio client's pools --------------------------------------------------------------------


def test_each_event_loop_gets_connections_of_its_own_closed_once_as_the_loop_ends() -> None:
    factory = Factory()
    pool = LoopBoundPool(factory)

    async def use() -> tuple[httpx.AsyncBaseTransport, httpx.AsyncBaseTransport]:
        return await pool.transport(), await pool.transport()

    first, again = asyncio.run(use())
    assert first is again is factory.made[0]
    assert factory.made[0].closed == 1, "the loop that ended closed its connections"
    second, _ = asyncio.run(use())
    assert second is factory.made[1]
    assert [made.closed for made in factory.made] == [1, 1]


def test_closing_the_async_pool_closes_this_loops_connections_at_once_and_only_once() -> None:
    factory = Factory()
    pool = LoopBoundPool(factory)

    async def use_then_close() -> int:
        await pool.transport()
        await pool.aclose()
        closed_before_the_loop_ended = factory.made[0].closed
        with pytest.raises(ClientClosedError) as caught:
            await pool.transport()
        assert str(caught.value) == CLOSED
        return closed_before_the_loop_ended

    assert asyncio.run(use_then_close()) == 1
    assert factory.made[0].closed == 1, "the loop's end did not close them again"


def test_closing_an_async_pool_that_never_connected_is_fine() -> None:
    pool = LoopBoundPool(Factory())
    asyncio.run(pool.aclose())
    with pytest.raises(ClientClosedError):
        asyncio.run(pool.transport())


def test_a_forked_child_gets_async_connections_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    factory = Factory()
    pool = LoopBoundPool(factory)

    async def in_one_loop() -> None:
        inherited = await pool.transport()
        fork(monkeypatch)
        own = await pool.transport()
        assert own is not inherited
        assert await pool.transport() is own, "the child made its connections once"
        await pool.aclose()
        assert (factory.made[0].closed, factory.made[1].closed) == (0, 1), "the parent's are left alone"

    asyncio.run(in_one_loop())
    assert len(factory.made) == 2


def test_a_forked_child_closing_the_async_pool_leaves_the_parents_connections_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    factory = Factory()
    pool = LoopBoundPool(factory)

    async def in_one_loop() -> int:
        await pool.transport()
        fork(monkeypatch)
        await pool.aclose()
        return factory.made[0].closed

    assert asyncio.run(in_one_loop()) == 0


# --- a caller's own client ------------------------------------------------------------------------


def test_nothing_the_pool_of_a_callers_client_hands_out_closes_that_client() -> None:
    theirs = httpx.Client()
    pool = CallerClientPool(theirs)
    pool.transport().close()
    pool.close()
    assert not theirs.is_closed, "the caller's client stays open: it is theirs to close"
    theirs.close()


def test_nothing_the_pool_of_a_callers_async_client_hands_out_closes_that_client() -> None:
    async def run() -> bool:
        async with httpx.AsyncClient() as theirs:
            pool = AsyncCallerClientPool(theirs)
            await (await pool.transport()).aclose()
            await pool.aclose()
            return not theirs.is_closed

    assert asyncio.run(run()), "the caller's client stays open: it is theirs to close"


# --- connections through a proxy from the environment ---------------------------------------------


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy")


@pytest.fixture
def no_proxy_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def proxy_from_the_environment(monkeypatch: pytest.MonkeyPatch, no_proxy_in_the_environment: None) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")


REQUEST = httpx.Request("GET", "http://example.invalid/v1/agents")


@pytest.mark.usefixtures("proxy_from_the_environment")
def test_connections_through_a_proxy_are_closed_with_the_pool() -> None:
    transport = _pools.new_transport()
    transport.close()
    with pytest.raises(RuntimeError, match="closed"):
        transport.handle_request(REQUEST)


@pytest.mark.usefixtures("proxy_from_the_environment")
def test_async_connections_through_a_proxy_are_closed_with_the_pool() -> None:
    async def run() -> None:
        transport = _pools.new_async_transport()
        await transport.aclose()
        with pytest.raises(RuntimeError, match="closed"):
            await transport.handle_async_request(REQUEST)

    asyncio.run(run())


# --- how long connections are kept ------------------------------------------------------------------


class LaterClock:
    """httpcore's clock, ``ahead`` seconds ahead of the real one."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def monotonic(self) -> float:
        return _REAL_MONOTONIC() + self.ahead


_REAL_MONOTONIC = __import__("time").monotonic
OK = Reply(200, {"Content-Type": "text/plain"}, [b"ok"])


def idle_for(clock: LaterClock, seconds: float) -> None:
    clock.ahead += seconds


@pytest.mark.usefixtures("no_proxy_in_the_environment")
def test_an_idle_connection_is_kept_for_thirty_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = LaterClock()
    monkeypatch.setattr(httpcore._sync.http11, "time", clock)
    with ScriptedServer(lambda _: OK) as server:
        transport = _pools.new_transport()
        for idle in (0.0, 29.0):
            idle_for(clock, idle)
            response = transport.handle_request(httpx.Request("GET", server.url + "/v1/agents"))
            response.read()
            response.close()
        transport.close()
    assert server.connections == 1, "the second request, 29 s later, went over the first one's connection"


@pytest.mark.usefixtures("no_proxy_in_the_environment")
def test_an_idle_connection_is_kept_for_thirty_seconds_by_an_event_loops_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = LaterClock()
    monkeypatch.setattr(httpcore._async.http11, "time", clock)

    async def run(url: str) -> None:
        transport = _pools.new_async_transport()
        for idle in (0.0, 29.0):
            idle_for(clock, idle)
            response = await transport.handle_async_request(httpx.Request("GET", url + "/v1/agents"))
            await response.aread()
            await response.aclose()
        await transport.aclose()

    with ScriptedServer(lambda _: OK) as server:
        asyncio.run(run(server.url))
    assert server.connections == 1, "the second request, 29 s later, went over the first one's connection"


@pytest.mark.usefixtures("no_proxy_in_the_environment")
def test_an_idle_connection_to_a_proxy_is_kept_for_thirty_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = LaterClock()
    monkeypatch.setattr(httpcore._sync.http11, "time", clock)
    with ScriptedServer(lambda _: OK) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        transport = _pools.new_transport()
        for idle in (0.0, 29.0):
            idle_for(clock, idle)
            response = transport.handle_request(httpx.Request("GET", "http://api.invalid/v1/agents"))
            response.read()
            response.close()
        transport.close()
    assert [request.target for request in proxy.requests] == ["http://api.invalid/v1/agents"] * 2
    assert proxy.connections == 1, "the second request, 29 s later, went over the first one's connection"


@pytest.mark.usefixtures("no_proxy_in_the_environment")
def test_an_idle_connection_to_a_proxy_is_kept_for_thirty_seconds_by_an_event_loops_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = LaterClock()
    monkeypatch.setattr(httpcore._async.http11, "time", clock)

    async def run() -> None:
        transport = _pools.new_async_transport()
        for idle in (0.0, 29.0):
            idle_for(clock, idle)
            response = await transport.handle_async_request(httpx.Request("GET", "http://api.invalid/v1/agents"))
            await response.aread()
            await response.aclose()
        await transport.aclose()

    with ScriptedServer(lambda _: OK) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        asyncio.run(run())
    assert [request.target for request in proxy.requests] == ["http://api.invalid/v1/agents"] * 2
    assert proxy.connections == 1, "the second request, 29 s later, went over the first one's connection"


# --- TLS ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, and its key."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"),
            *("-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


class _Ok(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def https_url(certificate: tuple[Path, Path]) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/v1/agents"
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def trusting_the_certificate(
    certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, no_proxy_in_the_environment: None
) -> Iterator[None]:
    """SSL_CERT_FILE names the test certificate, and the process's TLS settings are read afresh."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    _pools.tls_context.cache_clear()
    yield
    _pools.tls_context.cache_clear()


class CountedLoads:
    """Counts the TLS settings built (each loads a CA bundle) while it is installed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.loads = 0
        real = ssl.create_default_context

        def counted(*args: Any, **kwargs: Any) -> ssl.SSLContext:
            self.loads += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(ssl, "create_default_context", counted)


class TunnellingProxy:
    """An HTTP proxy that answers ``CONNECT`` with a tunnel to the origin asked for, and
    counts the tunnels it opened."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.tunnels: list[str] = []
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> TunnellingProxy:
        self._spawn(self._accept)
        return self

    def __exit__(self, *exc_info: object) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() in progress
        self._listener.close()
        for thread in self._threads:
            thread.join(5)

    def _spawn(self, target: Any, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                client, _ = self._listener.accept()
                self._spawn(self._tunnel, client)

    def _tunnel(self, client: socket.socket) -> None:
        with client:
            head = b""
            while not head.endswith(b"\r\n\r\n"):
                more = client.recv(1)
                if not more:
                    return
                head += more
            target = head.split(b" ")[1].decode()
            self.tunnels.append(target)
            host, port = target.rsplit(":", 1)
            with socket.create_connection((host, int(port))) as origin:
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                ends = [client, origin]
                while True:
                    readable, _, _ = select.select(ends, [], [], 5)
                    if not readable:
                        return
                    for end in readable:
                        data = end.recv(65536)
                        if not data:
                            return
                        (origin if end is client else client).sendall(data)


@pytest.fixture
def tunnelling_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[TunnellingProxy]:
    with TunnellingProxy() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        yield proxy


@pytest.mark.parametrize("proxied", [False, True], ids=["direct", "through a proxy"])
@pytest.mark.usefixtures("trusting_the_certificate")
def test_a_pool_trusts_the_certificates_ssl_cert_file_names_loaded_once_for_the_process(
    proxied: bool, https_url: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = request.getfixturevalue("tunnelling_proxy") if proxied else None
    transport = _pools.new_transport()
    counted = CountedLoads(monkeypatch)
    response = transport.handle_request(httpx.Request("GET", https_url))
    assert (response.status_code, response.read()) == (200, b"ok")
    response.close()
    transport.close()
    assert counted.loads == 0, "the connection used the TLS settings the pool was made with"
    if proxy is not None:
        assert proxy.tunnels == [https_url.split("/")[2]]


@pytest.mark.parametrize("proxied", [False, True], ids=["direct", "through a proxy"])
@pytest.mark.usefixtures("trusting_the_certificate")
def test_an_event_loops_pool_trusts_the_certificates_ssl_cert_file_names_loaded_once_for_the_process(
    proxied: bool, https_url: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = request.getfixturevalue("tunnelling_proxy") if proxied else None

    async def run() -> tuple[int, bytes, int]:
        transport = _pools.new_async_transport()
        counted = CountedLoads(monkeypatch)
        response = await transport.handle_async_request(httpx.Request("GET", https_url))
        body = await response.aread()
        await response.aclose()
        await transport.aclose()
        return response.status_code, body, counted.loads

    assert asyncio.run(run()) == (200, b"ok", 0)
    if proxy is not None:
        assert proxy.tunnels == [https_url.split("/")[2]]


@pytest.mark.parametrize("proxied", [False, True], ids=["direct", "through a proxy"])
def test_new_pools_share_the_tls_settings_instead_of_loading_the_ca_bundle_again(
    proxied: bool, monkeypatch: pytest.MonkeyPatch, no_proxy_in_the_environment: None
) -> None:
    if proxied:
        monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    _pools.tls_context()
    counted = CountedLoads(monkeypatch)
    made = [_pools.new_transport(), _pools.new_async_transport(), _pools.new_transport()]
    assert counted.loads == 0
    made[0].close()
    made[2].close()
