"""A WSGI app that relays turns with everruns.web, served on real sockets: by werkzeug's
threaded server (which shares the client's socket with the app) and by the standard
library's wsgiref (which does not, like Django's development server)."""

from __future__ import annotations

import contextlib
import re
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
from wsgiref.simple_server import make_server as make_wsgiref_server

import pytest
from scripted_everruns import ScriptedEverruns
from sse_client import SseResponse, open_sse
from werkzeug.serving import make_server as make_werkzeug_server

from everruns import AsyncEverruns, Everruns
from everruns.testing import LocalServer
from everruns.web import SSE_HEADERS, relay_session, relay_turn

_TURN = re.compile(r"/sessions/([^/]+)/turn")
_EVENTS = re.compile(r"/sessions/([^/]+)/events")


def relay_app(client: Everruns, **options: Any) -> Callable[..., Any]:
    """``GET /sessions/<id>/turn?text=&resume_from=&keepalive=&timeout=&browser=`` and
    ``GET /sessions/<id>/events?resume_from=&keepalive=&browser=``; ``options`` go to every
    relay (``max_text`` to turns only), answered with the relay's status."""

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        query = {name: values[-1] for name, values in parse_qs(environ.get("QUERY_STRING", "")).items()}
        keepalive = float(query.get("keepalive", 15))
        turn = _TURN.fullmatch(environ["PATH_INFO"])
        events = _EVENTS.fullmatch(environ["PATH_INFO"])
        per_request = _per_request(query, options)
        if turn is not None:
            timeout = float(query.get("timeout", 30))
            body = relay_turn(
                client,
                turn[1],
                query.get("text"),
                environ=environ,
                resume_from=query.get("resume_from"),
                keepalive=keepalive,
                timeout=timeout,
                **per_request,
            )
        elif events is not None:
            resume_from = query.get("resume_from")
            session_options = _session_options(per_request)
            body = relay_session(
                client, events[1], environ=environ, resume_from=resume_from, keepalive=keepalive, **session_options
            )
        else:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found"]
        start_response(body.status, list(SSE_HEADERS))
        return body

    return app


def asgi_relay_app(client: AsyncEverruns, **options: Any) -> Callable[..., Any]:
    """The same routes as :func:`relay_app`, as an ASGI app on the asyncio client: the
    relay goes out through Starlette's ``StreamingResponse``, as a FastAPI route's would."""
    from starlette.responses import PlainTextResponse, StreamingResponse

    async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        assert scope["type"] == "http"
        query = {name: values[-1] for name, values in parse_qs(scope["query_string"].decode()).items()}
        last_event_id = dict(scope["headers"]).get(b"last-event-id")
        resume = {"last_event_id": last_event_id.decode() if last_event_id else None}
        keepalive = float(query.get("keepalive", 15))
        turn = _TURN.fullmatch(scope["path"])
        events = _EVENTS.fullmatch(scope["path"])
        per_request = _per_request(query, options)
        if turn is not None:
            timeout = float(query.get("timeout", 30))
            resume_from = query.get("resume_from")
            text = query.get("text")
            body: Any = relay_turn(
                client,
                turn[1],
                text,
                resume_from=resume_from,
                keepalive=keepalive,
                timeout=timeout,
                **resume,
                **per_request,
            )
        elif events is not None:
            session_options = _session_options(per_request)
            resume_from = query.get("resume_from")
            body = relay_session(
                client, events[1], resume_from=resume_from, keepalive=keepalive, **resume, **session_options
            )
        else:
            await PlainTextResponse("not found", status_code=404)(scope, receive, send)
            return
        await StreamingResponse(body, status_code=body.status_code, headers=dict(SSE_HEADERS))(scope, receive, send)

    return app


def _per_request(query: dict[str, str], options: dict[str, Any]) -> dict[str, Any]:
    """``options``, and the ``browser`` query parameter as the key relays are counted by."""
    return {**options, "browser": query["browser"]} if "browser" in query else options


def _session_options(options: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in options.items() if name != "max_text"}


class _ThreadingWsgiref(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class Relays:
    """A relay app on a real port, and its upstream (the local server, or a scripted one)."""

    def __init__(self, upstream: Any, client: Everruns, base_url: str) -> None:
        self.upstream = upstream
        self.client = client
        self.base_url = base_url

    def new_session(self) -> str:
        return self.client.sessions.create(harness_name="generic", title="relay").id

    def open(self, path: str, headers: dict[str, str] | None = None, **query: Any) -> SseResponse:
        return open_sse(f"{self.base_url}{path}?{urlencode(query)}", headers)

    def turn(self, session_id: str, headers: dict[str, str] | None = None, **query: Any) -> SseResponse:
        return self.open(f"/sessions/{session_id}/turn", headers, **query)

    def wait_for_open_streams(self, count: int, within: float = 5.0) -> float:
        """Seconds until the upstream serves ``count`` streams (fails after ``within``)."""
        began = time.monotonic()
        while self.upstream.open_streams != count:
            assert time.monotonic() - began < within, f"open streams stayed {self.upstream.open_streams}, not {count}"
            time.sleep(0.01)
        return time.monotonic() - began


ServeRelays = Callable[..., Relays]


@pytest.fixture(params=["werkzeug", "wsgiref", "uvicorn"])
def relays(request: pytest.FixtureRequest, everruns_server: LocalServer, everruns_client: Everruns) -> Iterator[Relays]:
    """The relay app served by each kind of WSGI server, and the asyncio relay by an ASGI server."""
    with _serve(request.param, everruns_server, everruns_client) as served:
        yield served


@pytest.fixture(params=["werkzeug", "uvicorn"])
def any_relays(
    request: pytest.FixtureRequest, everruns_server: LocalServer, everruns_client: Everruns
) -> Iterator[Relays]:
    """The blocking relay (WSGI) and the asyncio relay (ASGI), for what both must do alike."""
    with _serve(request.param, everruns_server, everruns_client) as served:
        yield served


@pytest.fixture
def uvicorn_relays(everruns_server: LocalServer, everruns_client: Everruns) -> Iterator[Relays]:
    """The asyncio relay behind an ASGI server."""
    with _serve("uvicorn", everruns_server, everruns_client) as served:
        yield served


@pytest.fixture
def werkzeug_relays(everruns_server: LocalServer, everruns_client: Everruns) -> Iterator[Relays]:
    """The relay app on a server that shares the client's socket."""
    with _serve("werkzeug", everruns_server, everruns_client) as served:
        yield served


@pytest.fixture
def wsgiref_relays(everruns_server: LocalServer, everruns_client: Everruns) -> Iterator[Relays]:
    """The relay app on a server that does not share the client's socket."""
    with _serve("wsgiref", everruns_server, everruns_client) as served:
        yield served


@pytest.fixture
def scripted() -> Iterator[ScriptedEverruns]:
    """An Everruns API whose turns are what the test scripts (by default, one that holds
    everything a browser must not see)."""
    with ScriptedEverruns() as upstream:
        yield upstream


@pytest.fixture(params=["werkzeug", "uvicorn"])
def serve_relays(request: pytest.FixtureRequest, scripted: ScriptedEverruns) -> Iterator[ServeRelays]:
    """Serves the relay app with the given relay options in front of ``scripted``: the
    blocking relay under werkzeug and the asyncio one under uvicorn."""
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(Everruns(api_key="dev", base_url=scripted.url))

        def serve(**options: Any) -> Relays:
            return stack.enter_context(_serve(request.param, scripted, client, **options))

        yield serve


@contextlib.contextmanager
def _serve(kind: str, upstream: Any, client: Everruns, **options: Any) -> Iterator[Relays]:
    if kind == "uvicorn":
        with _serve_asgi(upstream, client, options) as served:
            yield served
        return
    app = relay_app(client, **options)
    if kind == "werkzeug":
        server: Any = make_werkzeug_server("127.0.0.1", 0, app, threaded=True)
    else:
        server = make_wsgiref_server("127.0.0.1", 0, app, server_class=_ThreadingWsgiref, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Relays(upstream, client, f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextlib.contextmanager
def _serve_asgi(upstream: Any, client: Everruns, options: dict[str, Any]) -> Iterator[Relays]:
    import uvicorn

    async_client = AsyncEverruns(api_key="dev", base_url=upstream.url)
    app = asgi_relay_app(async_client, **options)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    began = time.monotonic()
    while not server.started:
        assert time.monotonic() - began < 10, "uvicorn did not start"
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield Relays(upstream, client, f"http://127.0.0.1:{port}")
    finally:
        server.should_exit = True
        thread.join(10)
