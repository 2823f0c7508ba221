"""LocalServer: where it listens, its prefix, keep-alive HTTP/1.1, starting and stopping."""

from __future__ import annotations

import http.client
import socket

import pytest

from everruns.testing import LocalServer


def test_url_is_the_base_url_with_the_default_api_prefix(server):
    assert server.url == f"http://127.0.0.1:{server.port}/api"
    assert server.port > 0


def test_operations_live_below_the_prefix(server, api):
    assert api.get("/v1/agents").status == 200
    connection = http.client.HTTPConnection(server.host, server.port, timeout=5)
    connection.request("GET", "/v1/agents", headers={"Authorization": "dev"})
    outside = connection.getresponse()
    assert outside.status == 404
    assert outside.headers["Content-Type"] == "application/problem+json"
    connection.close()


def test_an_empty_prefix_serves_at_the_root(connect):
    with LocalServer(prefix="") as root_server:
        assert root_server.url == f"http://127.0.0.1:{root_server.port}"
        api = connect(root_server)
        assert api.prefix == ""
        assert api.get("/v1/models").status == 200


def test_a_prefix_is_normalised_to_one_leading_slash(connect):
    with LocalServer(prefix="everruns/api/") as nested:
        assert nested.url.endswith("/everruns/api")
        assert connect(nested).get("/v1/models").status == 200


def test_one_connection_serves_many_requests_with_exact_content_lengths(server):
    with socket.create_connection((server.host, server.port), timeout=5) as raw:
        request = b"GET /api/v1/models HTTP/1.1\r\nHost: x\r\nAuthorization: dev\r\n\r\n"
        raw.sendall(request * 3)
        stream = raw.makefile("rb")
        for _ in range(3):
            status = stream.readline()
            assert status.startswith(b"HTTP/1.1 200")
            headers = {}
            for line in iter(stream.readline, b"\r\n"):
                name, _, value = line.decode().partition(":")
                headers[name.lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            assert body.startswith(b'{"data"')
            assert "connection" not in headers


def test_a_client_asking_to_close_gets_connection_close(server):
    with socket.create_connection((server.host, server.port), timeout=5) as raw:
        raw.sendall(b"GET /api/v1/models HTTP/1.1\r\nHost: x\r\nAuthorization: dev\r\nConnection: close\r\n\r\n")
        answer = b"".join(iter(lambda: raw.recv(65536), b""))
    assert b"\r\nConnection: close\r\n" in answer


def test_stop_releases_the_port_and_refuses_new_connections():
    server = LocalServer().start()
    port = server.port
    server.stop()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    with LocalServer(port=port) as again:
        assert again.port == port


def test_stop_returns_while_clients_hold_connections_and_streams(server, api):
    session = api.new_session()
    stream = api.stream(session["id"])
    assert stream.next_frame().event == "connected"
    api.get("/v1/models")
    server.stop()
    with pytest.raises((http.client.IncompleteRead, OSError)):
        stream.next_frame()


def test_a_server_is_not_started_twice_nor_restarted():
    server = LocalServer()
    with server, pytest.raises(RuntimeError, match="already running"):
        server.start()
    with pytest.raises(RuntimeError, match="cannot be started again"):
        server.start()


def test_properties_that_need_a_running_server_say_so():
    server = LocalServer()
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.url
    assert repr(server) == "<LocalServer not running>"


def test_at_least_one_api_key_is_required():
    with pytest.raises(ValueError, match="api_keys"):
        LocalServer(api_keys=[])
