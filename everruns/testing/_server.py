"""``LocalServer``: start, stop and reach the local Everruns-compatible server."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from types import TracebackType

from ._app import App, Settings
from ._faults import Faults
from ._http import HttpServer
from ._model import ScriptedModel
from ._releases import release_from
from ._request_log import RecordedRequest

_POLL_SECONDS = 0.01  # how soon stop() is noticed; one idle wake-up per poll
_JOIN_SECONDS = 5.0


def _normalise_prefix(prefix: str) -> str:
    stripped = prefix.strip("/")
    return f"/{stripped}" if stripped else ""


class LocalServer:
    """An in-memory Everruns API on a local port, for tests and offline development.

    ``url`` is the base URL to give a client (``http://127.0.0.1:<port>/api`` by default).
    Every option is keyword-only; ``port=0`` picks a free port. ``release`` (a date,
    default ``$EVERRUNS_LOCAL_SERVER_RELEASE``) makes it answer like the Everruns release
    of that day: without the answer fields added since (``harness_id`` of agents before
    2026-07-09, ...), as a self-hosted server a release or more behind the SDK does.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        prefix: str = "/api",
        api_keys: Iterable[str] = ("dev",),
        turn_delay: float = 0.02,
        heartbeat_interval: float = 30.0,
        cycle_interval: float = 300.0,
        retry_ms: int = 100,
        idle_retry_ms: int = 500,
        release: str | None = None,
    ) -> None:
        keys = frozenset(api_keys)
        if not keys:
            raise ValueError("api_keys needs at least one key")
        self._address = (host, port)
        self._settings = Settings(
            prefix=_normalise_prefix(prefix),
            api_keys=keys,
            turn_delay=turn_delay,
            heartbeat_interval=heartbeat_interval,
            cycle_interval=cycle_interval,
            retry_ms=retry_ms,
            idle_retry_ms=idle_retry_ms,
            release=release_from(release),
        )
        self._app = App(self._settings)
        self._http: HttpServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> LocalServer:
        """Bind the port and serve on a background thread. Returns the server itself."""
        if self._http is not None:
            raise RuntimeError("the server is already running")
        if self._app.stopping.is_set():
            raise RuntimeError("a stopped server cannot be started again; make a new one")
        self._http = HttpServer(self._address, self._app)
        self._thread = threading.Thread(
            target=self._http.serve_forever, args=(_POLL_SECONDS,), name="everruns-local-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving: end turns and streams, close every connection, release the port."""
        if self._http is None:
            return
        self._app.close()
        self._http.shutdown()
        self._http.close_connections()
        self._http.server_close()
        if self._thread is not None:
            self._thread.join(_JOIN_SECONDS)
        self._http = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def host(self) -> str:
        """The address the server listens on."""
        return self._running().server_name

    @property
    def port(self) -> int:
        """The port, once started (the real one when ``port=0`` was asked for)."""
        return self._running().server_port

    @property
    def url(self) -> str:
        """The base URL for clients, path prefix included, without a trailing slash."""
        return f"http://{self.host}:{self.port}{self._settings.prefix}"

    @property
    def release(self) -> str | None:
        """The release it answers like (``None``: the latest, every field)."""
        return self._settings.release

    @property
    def api_keys(self) -> frozenset[str]:
        """The ``Authorization`` values the server accepts."""
        return self._settings.api_keys

    @property
    def default_org_id(self) -> str:
        """The organisation of requests that carry no ``X-Org-Id``."""
        return self._app.store.default_org_id

    @property
    def faults(self) -> Faults:
        """Inject failures: see :class:`~everruns.testing.Faults`."""
        return self._app.faults

    @property
    def model(self) -> ScriptedModel:
        """Script what the next turns do: see :class:`~everruns.testing.ScriptedModel`."""
        return self._app.model

    @property
    def open_streams(self) -> int:
        """How many event streams (``GET .../sse``) the server is serving right now; a
        stream counts until the server has noticed that its client left."""
        return self._app.open_streams

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every API request received so far, oldest first (control requests excluded)."""
        return self._app.requests.snapshot()

    def clear_requests(self) -> None:
        """Forget the requests received so far."""
        self._app.requests.clear()

    def put_storage_key(self, session_id: str, key: str, value: str) -> None:
        """Set an entry of a session's key-value storage, as an agent's tools would: the
        API only lists them. ``KeyError`` when no organisation has the session."""
        for session in self._app.store.all_sessions():
            if session.id == session_id:
                session.data.put_key(key, value)
                return
        raise KeyError(f"no session {session_id!r} on this server")

    def __repr__(self) -> str:
        where = self.url if self._http is not None else "not running"
        return f"<LocalServer {where}>"

    def _running(self) -> HttpServer:
        if self._http is None:
            raise RuntimeError("the server is not running: call start() or use it as a context manager")
        return self._http
