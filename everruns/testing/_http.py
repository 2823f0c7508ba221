"""The HTTP/1.1 side: parse a request, apply faults and auth, route it, write the answer.

Plain answers carry ``Content-Length`` and are written in one ``sendall`` (status line,
headers and body together) so that keep-alive clients never wait on Nagle's algorithm.
Event streams use chunked transfer encoding, one chunk per batch of frames.
"""

from __future__ import annotations

import contextlib
import json
import socket
import socketserver
import threading
import traceback
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._app import App
from ._change_reason import check_change_reason
from ._control import CONTROL_SEGMENT, handle_control
from ._exchange import Request, Response
from ._faults import Failure
from ._ids import is_id, new_id
from ._problems import PROBLEM_CONTENT_TYPE, ProblemError, snake_case_phrase
from ._request_log import RecordedRequest
from ._routes import ROUTES, Router
from ._session_storage import redact_secrets
from ._sse import EventStream
from ._stream_writer import ChunkedStreamWriter

_PROXY_PAGE = (
    "<html>\r\n<head><title>{status}</title></head>\r\n"
    "<body>\r\n<center><h1>{status}</h1></center>\r\n</body>\r\n</html>\r\n"
)


class HttpServer(ThreadingHTTPServer):
    """A threaded server that remembers its open connections so it can close them on stop."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], app: App) -> None:
        self.app = app
        self.router = Router(ROUTES)
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, ApiRequestHandler)

    def server_bind(self) -> None:
        """Bind without the reverse DNS lookup ``HTTPServer`` does (it can take seconds)."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def track(self, connection: socket.socket) -> None:
        """Remember an open client connection."""
        with self._connections_lock:
            self._connections.add(connection)

    def forget(self, connection: socket.socket) -> None:
        """Drop a connection that has closed."""
        with self._connections_lock:
            self._connections.discard(connection)

    def close_connections(self) -> None:
        """Shut every open client connection down, waking the threads serving them."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


def _head(status: int, headers: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}", *(f"{name}: {value}" for name, value in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class ApiRequestHandler(BaseHTTPRequestHandler):
    """Serves one client connection: requests one after another (keep-alive)."""

    protocol_version = "HTTP/1.1"
    server: HttpServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            with contextlib.suppress(OSError):
                super().finish()
        finally:
            self.server.forget(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read ``server.requests`` instead of a console log."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed requests (bad request line, unsupported method, ...) get problem details too."""
        self.close_connection = True
        detail = message or explain or HTTPStatus(code).phrase
        self._send_problem(ProblemError(code, snake_case_phrase(code), detail), new_id("req"))

    def _serve(self) -> None:
        try:
            self._answer(new_id("req"))
        except OSError:  # the client went away, or the server is stopping and shut the socket
            self.close_connection = True

    def _answer(self, request_id: str) -> None:
        app = self.server.app
        try:
            body = self._read_body()
        except ProblemError as problem:
            self._send_problem(problem, request_id)
            return
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        headers = {name.lower(): value.strip() for name, value in self.headers.items()}
        prefix = app.settings.prefix
        if url.path.startswith(f"{prefix}/{CONTROL_SEGMENT}/"):
            tail = url.path[len(prefix) + len(CONTROL_SEGMENT) + 2 :]
            self._send(handle_control(app, self.command, tail, body, request_id), request_id)
            return
        logged = redact_secrets(self.command, url.path, body)
        app.requests.add(RecordedRequest(self.command, url.path, query, headers, logged, self.client_address[1]))
        faults = app.faults.take_for_request()
        if faults.delay:
            app.stopping.wait(faults.delay)
        if faults.failure is not None:
            self._send(_injected(faults.failure, request_id, headers.get("authorization", "")), request_id)
            return
        try:
            result = self._route(app, url.path, query, headers, body)
        except ProblemError as problem:
            self._send_problem(problem, request_id)
            return
        except Exception as error:  # a bug in this server: answer like a real one would
            traceback.print_exc()
            self._send_problem(ProblemError(500, "internal_error", f"{type(error).__name__}: {error}"), request_id)
            return
        if isinstance(result, EventStream):
            with app.serving_stream():
                result.run(ChunkedStreamWriter(self.wfile, self.connection, self, request_id))
        else:
            self._send(result, request_id)

    def _route(
        self, app: App, path: str, query: dict[str, list[str]], headers: dict[str, str], body: bytes
    ) -> Response | EventStream:
        prefix = app.settings.prefix
        if not path.startswith(prefix + "/"):
            raise ProblemError(404, "not_found", f"no operation at {path}; the API lives under {prefix or '/'}")
        if headers.get("authorization") not in app.settings.api_keys:
            raise ProblemError(401, "unauthorized", "send a valid API key as the raw Authorization header value")
        org_id = headers.get("x-org-id")
        if org_id is not None and not is_id(org_id, "org"):
            raise ProblemError(400, "invalid_org_id", "X-Org-Id must look like org_<32 lowercase hex>")
        check_change_reason(headers.get("everruns-change-reason"))
        handler, params = self.server.router.match(self.command, path[len(prefix) :])
        host = headers.get("host") or f"{self.server.server_name}:{self.server.server_port}"
        request = Request(
            method=self.command,
            path=path[len(prefix) :],
            query=query,
            headers=headers,
            body=body,
            base_url=f"http://{host}{prefix}",
            org=app.store.org(org_id),
            app=app,
            params=params,
        )
        return handler(request)

    def _read_body(self) -> bytes:
        try:
            if self.headers.get("transfer-encoding", "").lower() == "chunked":
                return self._read_chunked_body()
            length = int(self.headers.get("content-length") or 0)
        except ValueError:
            self.close_connection = True
            raise ProblemError(400, "invalid_request", "the request body framing is malformed") from None
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked_body(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip(), 16)
            if size == 0:
                while self.rfile.readline().strip():
                    pass  # trailer fields
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def _send_problem(self, problem: ProblemError, request_id: str) -> None:
        headers = dict(problem.headers)
        self._send(Response(problem.status, problem.body(request_id), PROBLEM_CONTENT_TYPE, headers), request_id)

    def _send(self, response: Response, request_id: str) -> None:
        headers = [("X-Request-Id", request_id)]
        if response.content_type:
            headers.append(("Content-Type", response.content_type))
        if response.status not in (204, 304):
            headers.append(("Content-Length", str(len(response.body))))
        headers.extend(response.headers.items())
        if self.close_connection:
            headers.append(("Connection", "close"))
        self.wfile.write(_head(response.status, headers) + response.body)


def _injected(failure: Failure, request_id: str, credentials: str) -> Response:
    if failure.quote_credentials:
        return _quoting(failure.status, request_id, credentials)
    if failure.html:
        page = _PROXY_PAGE.format(status=f"{failure.status} {HTTPStatus(failure.status).phrase}").encode()
        return Response(failure.status, page, "text/html")
    code = failure.code or ("rate_limited" if failure.status == 429 else snake_case_phrase(failure.status))
    problem = ProblemError(
        failure.status, code, "injected by the test server", retry_after_seconds=failure.retry_after_seconds
    )
    headers = {"Retry-After": failure.retry_after} if failure.retry_after is not None else {}
    return Response(failure.status, problem.body(request_id), PROBLEM_CONTENT_TYPE, headers)


def _quoting(status: int, request_id: str, credentials: str) -> Response:
    """Problem details that repeat the caller's credentials in several places."""
    document = {
        "type": "about:blank",
        "title": f"{HTTPStatus(status).phrase} for {credentials}",
        "status": status,
        "detail": f"the token {credentials} is not accepted here",
        "code": snake_case_phrase(status),
        "instance": request_id,
        "errors": [{"field": "authorization", "value": credentials, "seen": [credentials]}],
    }
    return Response(status, json.dumps(document).encode(), PROBLEM_CONTENT_TYPE)
