"""The client: settings, one shared connection pool, and the resources hanging off it."""

from __future__ import annotations

import functools
import ssl
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from everruns_api import Client as ApiClient

from ._config import CHANGE_REASON_HEADER, Settings, check_headers, encode_change_reason, mask_secret
from ._logging import configure_from_environment
from ._retry import Backoff
from ._transport import IDEMPOTENT, CallerClientPool, EverrunsTransport, ForkSafePool, SendThrough
from .errors import ClientClosedError, ValidationError

if TYPE_CHECKING:
    from .resources.agents import Agents
    from .resources.capabilities import Capabilities
    from .resources.events import Events
    from .resources.harnesses import Harnesses
    from .resources.images import Images
    from .resources.memories import Memories
    from .resources.messages import Messages
    from .resources.models import Models
    from .resources.session_databases import SessionDatabases
    from .resources.session_storage import SessionStorage
    from .resources.sessions import Sessions
    from .resources.tools import Tools
    from .resources.workspace_files import WorkspaceFiles
    from .resources.workspaces import Workspaces

TimeoutTypes = float | httpx.Timeout

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)
_CACHED_CALL_CLIENTS = 32


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """The TLS settings every pool of this process shares (httpx's defaults: certifi's CA
    bundle, ``SSL_CERT_FILE``/``SSL_CERT_DIR`` honoured). Building them loads the CA
    bundle, about 20 ms, which each client and each event stream would otherwise pay."""
    return httpx.create_ssl_context()


def _new_pool_transport() -> httpx.BaseTransport:
    """A connection pool; one that honours ``HTTP(S)_PROXY``/``NO_PROXY`` when they are set."""
    import urllib.request  # costs more to import than all of httpx: only when a client is built

    if urllib.request.getproxies():
        return SendThrough(httpx.Client(limits=POOL_LIMITS, verify=_tls_context()), owned=True)
    return httpx.HTTPTransport(limits=POOL_LIMITS, verify=_tls_context())


class Everruns:
    """A synchronous client for the Everruns API.

    ``Everruns()`` reads ``EVERRUNS_API_KEY``, ``EVERRUNS_API_URL`` and
    ``EVERRUNS_ORG_ID``; explicit arguments win. One client is safe to share between
    threads and survives ``fork()``; use it as a context manager or call ``close()``.

    ``timeout`` is in seconds (or an ``httpx.Timeout``). ``max_retries`` retries are
    made for rate limits, server errors and connection failures, when repeating the
    request cannot repeat its effect; ``backoff`` sets the waits. ``http_client`` is
    an ``httpx.Client`` to send through (its proxies and TLS settings); it stays yours
    to close.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        org_id: str | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: dict[str, str] | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        configure_from_environment()
        settings = Settings.resolve(api_key, base_url, org_id)
        pool = CallerClientPool(http_client) if http_client is not None else ForkSafePool(_new_pool_transport)
        self._setup(
            settings,
            pool,
            timeout=timeout,
            max_retries=max_retries,
            headers=check_headers(default_headers or {}),
            backoff=backoff or Backoff(),
            owns_pool=True,
        )

    def _setup(
        self,
        settings: Settings,
        pool: ForkSafePool | CallerClientPool,
        *,
        timeout: TimeoutTypes,
        max_retries: int,
        headers: dict[str, str],
        backoff: Backoff,
        owns_pool: bool,
    ) -> None:
        self._settings = settings
        self._pool = pool
        self._timeout = timeout
        self._max_retries = max_retries
        self._headers = headers
        self._backoff = backoff
        self._owns_pool = owns_pool
        self._http = self._new_http(timeout=timeout, max_retries=max_retries, owns_pool=owns_pool)
        self.api: ApiClient = ApiClient(base_url=settings.base_url).set_httpx_client(self._http)
        """The generated client for every operation of the API, sharing this client's
        auth, retries and error mapping: ``everruns_api.api.<tag>.<operation>.sync(client=client.api)``."""

    def _new_http(
        self,
        *,
        timeout: TimeoutTypes,
        max_retries: int,
        owns_pool: bool = False,
        pool: ForkSafePool | CallerClientPool | None = None,
    ) -> httpx.Client:
        transport = EverrunsTransport(
            pool or self._pool,
            max_retries=max_retries,
            backoff=self._backoff,
            secrets=(self._settings.api_key,),
            owns_pool=owns_pool,
        )
        return httpx.Client(
            base_url=self._settings.base_url,
            headers={**self._settings.headers(), **self._headers},
            timeout=timeout,
            transport=transport,
        )

    # --- derived clients -------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        headers: dict[str, str] | None = None,
        backoff: Backoff | None = None,
    ) -> Everruns:
        """A client with other defaults that shares this one's connection pool.

        Options left out keep their current values; ``headers`` are added to the
        current ones. Closing the derived client leaves the pool open; closing this
        one closes it for both.
        """
        return self._derive(
            timeout=self._timeout if timeout is None else timeout,
            max_retries=self._max_retries if max_retries is None else max_retries,
            headers={**self._headers, **check_headers(headers or {})},
            backoff=backoff or self._backoff,
        )

    def with_reason(self, reason: str) -> Everruns:
        """A client whose changes carry ``reason`` (the ``Everruns-Change-Reason`` header),
        which the API keeps in the changed entity's history. A blank reason sends none."""
        encoded = encode_change_reason(reason, api_key=self._settings.api_key)
        headers = {name: value for name, value in self._headers.items() if name.lower() != CHANGE_REASON_HEADER.lower()}
        if encoded:
            headers[CHANGE_REASON_HEADER] = encoded
        return self._derive(
            timeout=self._timeout, max_retries=self._max_retries, headers=headers, backoff=self._backoff
        )

    def _derive(
        self, *, timeout: TimeoutTypes, max_retries: int, headers: dict[str, str], backoff: Backoff
    ) -> Everruns:
        derived = object.__new__(type(self))
        derived._setup(
            self._settings,
            self._pool,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            backoff=backoff,
            owns_pool=False,
        )
        return derived

    def _send(
        self, arguments: dict[str, Any], *, timeout: TimeoutTypes | None = None, idempotent: bool = False
    ) -> httpx.Response:
        """Send a request built by a generated endpoint module (``_get_kwargs``) through
        this client: its headers, pool and transport, with a per-call ``timeout`` and
        the ``idempotent`` mark for the retry logic."""
        if self._http.is_closed:
            raise ClientClosedError("the client is closed: make a new Everruns() to send more requests")
        try:
            request = self._http.build_request(
                **arguments,
                timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
                extensions={IDEMPOTENT: True} if idempotent else None,
            )
        except (TypeError, ValueError) as error:  # e.g. NaN in a JSON body
            raise ValidationError(f"the request cannot be encoded: {error}") from error
        return self._http.send(request)

    def _stream_http(self, *, timeout: TimeoutTypes) -> httpx.Client:
        """An httpx client for one event stream: this client's settings, no retries of
        its own (the stream reconnects by itself), and a connection pool of the stream's
        own, kept across its reconnects and closed with it. A stream holds its
        connection for as long as it runs, so it does not take one from the pool that
        calls share, and ``stop()`` can always reach the socket it waits on. (With a
        caller's ``http_client``, the stream sends through that client.)"""
        pool = ForkSafePool(_new_pool_transport) if isinstance(self._pool, ForkSafePool) else self._pool
        return self._new_http(timeout=timeout, max_retries=0, owns_pool=pool is not self._pool, pool=pool)

    # --- resources -------------------------------------------------------------------

    @cached_property
    def agents(self) -> Agents:
        """Agents: create, apply, list, update, versions, import and export."""
        from .resources.agents import Agents

        return Agents(self)

    @cached_property
    def sessions(self) -> Sessions:
        """Sessions: conversations with an agent on a harness."""
        from .resources.sessions import Sessions

        return Sessions(self)

    @cached_property
    def messages(self) -> Messages:
        """Messages: post a user message (which starts a turn), list a session's messages."""
        from .resources.messages import Messages

        return Messages(self)

    @cached_property
    def events(self) -> Events:
        """Events: list a session's events, or follow them live as a stream."""
        from .resources.events import Events

        return Events(self)

    @cached_property
    def harnesses(self) -> Harnesses:
        """Harnesses: the runtime configurations sessions run on."""
        from .resources.harnesses import Harnesses

        return Harnesses(self)

    @cached_property
    def models(self) -> Models:
        """Models: the LLMs available to agents."""
        from .resources.models import Models

        return Models(self)

    @cached_property
    def capabilities(self) -> Capabilities:
        """Capabilities: tools and guardrails that agents and sessions can enable."""
        from .resources.capabilities import Capabilities

        return Capabilities(self)

    @cached_property
    def images(self) -> Images:
        """Images: upload once, then show them in messages by id."""
        from .resources.images import Images

        return Images(self)

    @cached_property
    def workspaces(self) -> Workspaces:
        """Workspaces: named sets of files that sessions work in and share."""
        from .resources.workspaces import Workspaces

        return Workspaces(self)

    @cached_property
    def workspace_files(self) -> WorkspaceFiles:
        """The files of a workspace: list, read, write, move, copy, search, delete."""
        from .resources.workspace_files import WorkspaceFiles

        return WorkspaceFiles(self)

    @cached_property
    def memories(self) -> Memories:
        """Memories: files mounted into sessions, written here or synced from a repository;
        their files are ``memories.files``."""
        from .resources.memories import Memories

        return Memories(self)

    @cached_property
    def session_databases(self) -> SessionDatabases:
        """A session's SQLite databases: create, list, describe, delete."""
        from .resources.session_databases import SessionDatabases

        return SessionDatabases(self)

    @cached_property
    def session_storage(self) -> SessionStorage:
        """A session's key-value entries and secrets (values are only ever sent)."""
        from .resources.session_storage import SessionStorage

        return SessionStorage(self)

    @cached_property
    def tools(self) -> Tools:
        """Client-side tools: run turns whose tool calls run local Python functions."""
        from .resources.tools import Tools

        return Tools(self)

    # --- lifecycle ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def org_id(self) -> str | None:
        return self._settings.org_id

    def close(self) -> None:
        """Close the connections (all derived clients share them, unless this is one)."""
        self._http.close()

    def __enter__(self) -> Everruns:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        key = mask_secret(self._settings.api_key)
        return f"Everruns(base_url={self.base_url!r}, api_key={key!r}, org_id={self.org_id!r})"
