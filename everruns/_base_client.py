"""What both clients share: settings, headers, derived clients, and the resources.

``Everruns`` and ``AsyncEverruns`` differ only in how they carry a method's steps out
(blocking or awaiting) and in the httpx client underneath; everything else is here,
once, typed by the mode (:class:`~everruns._flow.Blocking` or
:class:`~everruns._flow.Awaiting`) that tells mypy what their methods return.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, NoReturn, SupportsIndex

import httpx

from ._config import CHANGE_REASON_HEADER, Settings, check_headers, encode_change_reason, mask_secret
from ._flow import Mode
from ._logging import configure_from_environment
from ._retry import Backoff
from ._transport import IDEMPOTENT, READ_WHOLE, RetryPolicy
from .errors import ValidationError

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._api import Api
    from .resources.agents import Agents
    from .resources.budgets import Budgets
    from .resources.capabilities import Capabilities
    from .resources.connections import Connections
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
# The extensions of a facade call's request (httpx copies them into each request).
_CALL = {READ_WHOLE: True}
_IDEMPOTENT_CALL = {READ_WHOLE: True, IDEMPOTENT: True}


class BaseClient(Generic[Mode]):
    """Settings, headers and resources of a client; see ``Everruns`` and ``AsyncEverruns``."""

    _awaits = False  # whether the methods of this client's resources are coroutines
    _settings: Settings
    _pool: Any
    _timeout: TimeoutTypes
    _max_retries: int
    _headers: dict[str, str]
    _backoff: Backoff
    _max_frame_size: int
    api: Api

    def _start(
        self,
        api_key: str | None,
        base_url: str | None,
        org_id: str | None,
        pool: Any,
        *,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: dict[str, str] | None,
        backoff: Backoff | None,
        max_frame_size: int,
    ) -> None:
        """A new client: its settings (arguments first, then the environment), checked,
        and an HTTP client on ``pool``."""
        configure_from_environment()
        self._setup(
            Settings.resolve(api_key, base_url, org_id),
            pool,
            timeout=timeout,
            max_retries=max_retries,
            headers=check_headers(default_headers or {}),
            backoff=backoff or Backoff(),
            max_frame_size=_frame_size(max_frame_size),
            owns_pool=True,
        )

    def _setup(
        self,
        settings: Settings,
        pool: Any,
        *,
        timeout: TimeoutTypes,
        max_retries: int,
        headers: dict[str, str],
        backoff: Backoff,
        max_frame_size: int,
        owns_pool: bool,
    ) -> None:
        self._settings = settings
        self._pool = pool
        self._timeout = timeout
        self._max_retries = max_retries
        self._headers = headers
        self._backoff = backoff
        self._max_frame_size = max_frame_size
        self._open_http(owns_pool=owns_pool)

    def _open_http(self, *, owns_pool: bool) -> None:
        """Make this client's httpx client (and ``api``) on its pool."""
        raise NotImplementedError

    def _policy(self, max_retries: int) -> RetryPolicy:
        return RetryPolicy(max_retries=max_retries, backoff=self._backoff, secrets=(self._settings.api_key,))

    def _http_settings(self) -> dict[str, Any]:
        """The keyword arguments of the httpx client: base URL, headers, timeout."""
        return {
            "base_url": self._settings.base_url,
            "headers": {**self._settings.headers(), **self._headers},
            "timeout": self._timeout,
        }

    def _stream_timeout(self, read_timeout: float) -> httpx.Timeout:
        """The client's timeouts, but for reading a stream's bytes."""
        base = httpx.Timeout(self._timeout)
        return httpx.Timeout(connect=base.connect, read=read_timeout, write=base.write, pool=base.pool)

    @staticmethod
    def _request(
        http: httpx.Client | httpx.AsyncClient,
        arguments: dict[str, Any],
        *,
        timeout: TimeoutTypes | None,
        idempotent: bool,
    ) -> httpx.Request:
        """A request built by a generated endpoint module's ``_get_kwargs``, with a
        per-call ``timeout`` and the ``idempotent`` mark for the retry logic. A raw body
        given as a file object is read first: an asyncio client cannot send one."""
        content = arguments.get("content")
        if content is not None and hasattr(content, "read"):
            arguments = {**arguments, "content": content.read()}
        try:
            return http.build_request(
                **arguments,
                timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
                extensions=_IDEMPOTENT_CALL if idempotent else _CALL,
            )
        except (TypeError, ValueError) as error:  # e.g. NaN in a JSON body
            raise ValidationError(f"the request cannot be encoded: {error}") from error

    # --- derived clients -------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        headers: dict[str, str] | None = None,
        backoff: Backoff | None = None,
        max_frame_size: int | None = None,
    ) -> Self:
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
            max_frame_size=self._max_frame_size if max_frame_size is None else _frame_size(max_frame_size),
        )

    def with_reason(self, reason: str) -> Self:
        """A client whose changes carry ``reason`` (the ``Everruns-Change-Reason`` header),
        which the API keeps in the changed entity's history. A blank reason sends none."""
        encoded = encode_change_reason(reason, api_key=self._settings.api_key)
        headers = {name: value for name, value in self._headers.items() if name.lower() != CHANGE_REASON_HEADER.lower()}
        if encoded:
            headers[CHANGE_REASON_HEADER] = encoded
        return self._derive(
            timeout=self._timeout,
            max_retries=self._max_retries,
            headers=headers,
            backoff=self._backoff,
            max_frame_size=self._max_frame_size,
        )

    def _derive(
        self, *, timeout: TimeoutTypes, max_retries: int, headers: dict[str, str], backoff: Backoff, max_frame_size: int
    ) -> Self:
        derived = object.__new__(type(self))
        derived._setup(
            self._settings,
            self._pool,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            backoff=backoff,
            max_frame_size=max_frame_size,
            owns_pool=False,
        )
        return derived

    # --- resources -------------------------------------------------------------------

    @cached_property
    def agents(self) -> Agents[Mode]:
        """Agents: create, apply, list, update, versions, import and export."""
        from .resources.agents import Agents

        return Agents(self)

    @cached_property
    def sessions(self) -> Sessions[Mode]:
        """Sessions: conversations with an agent on a harness."""
        from .resources.sessions import Sessions

        return Sessions(self)

    @cached_property
    def messages(self) -> Messages[Mode]:
        """Messages: post a user message (which starts a turn), follow or wait for the
        turn, list a session's messages."""
        from .resources.messages import Messages

        return Messages(self)

    @cached_property
    def events(self) -> Events[Mode]:
        """Events: list a session's events, or follow them live as a stream."""
        from .resources.events import Events

        return Events(self)

    @cached_property
    def harnesses(self) -> Harnesses[Mode]:
        """Harnesses: the runtime configurations sessions run on."""
        from .resources.harnesses import Harnesses

        return Harnesses(self)

    @cached_property
    def models(self) -> Models[Mode]:
        """Models: the LLMs available to agents."""
        from .resources.models import Models

        return Models(self)

    @cached_property
    def capabilities(self) -> Capabilities[Mode]:
        """Capabilities: tools and guardrails that agents and sessions can enable."""
        from .resources.capabilities import Capabilities

        return Capabilities(self)

    @cached_property
    def images(self) -> Images[Mode]:
        """Images: upload once, then show them in messages by id."""
        from .resources.images import Images

        return Images(self)

    @cached_property
    def workspaces(self) -> Workspaces[Mode]:
        """Workspaces: named sets of files that sessions work in and share."""
        from .resources.workspaces import Workspaces

        return Workspaces(self)

    @property
    def workspace_files(self) -> WorkspaceFiles[Mode]:
        """An older spelling of ``workspaces.files``: the same resource."""
        return self.workspaces.files

    @cached_property
    def memories(self) -> Memories[Mode]:
        """Memories: files mounted into sessions, written here or synced from a repository;
        their files are ``memories.files``."""
        from .resources.memories import Memories

        return Memories(self)

    @property
    def session_databases(self) -> SessionDatabases[Mode]:
        """An older spelling of ``sessions.databases``: the same resource."""
        return self.sessions.databases

    @property
    def session_storage(self) -> SessionStorage[Mode]:
        """An older spelling of ``sessions.storage``: the same resource."""
        return self.sessions.storage

    @cached_property
    def budgets(self) -> Budgets[Mode]:
        """Budgets: caps on what a session, an agent, a user or the organisation may spend."""
        from .resources.budgets import Budgets

        return Budgets(self)

    @cached_property
    def connections(self) -> Connections[Mode]:
        """The caller's connections to providers, by API key (keys are only ever sent)."""
        from .resources.connections import Connections

        return Connections(self)

    @cached_property
    def tools(self) -> Tools[Mode]:
        """Client-side tools: run turns whose tool calls run local Python functions."""
        from .resources.tools import Tools

        return Tools(self)

    # --- settings ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def org_id(self) -> str | None:
        return self._settings.org_id

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        """A client does not travel between processes (pickle, a task's arguments): it
        holds open connections and the API key."""
        raise TypeError(
            f"an {type(self).__name__} client cannot be pickled or copied: create one client per process "
            "(at module level of a worker, say) instead of sending one. Creating it before a fork is safe: "
            "a forked child opens connections of its own on first use and never touches the parent's."
        )

    @property
    def max_frame_size(self) -> int:
        """The longest frame an event stream of this client reads, in bytes; a longer one
        ends the stream with :class:`~everruns.StreamError`."""
        return self._max_frame_size

    def __repr__(self) -> str:
        key = mask_secret(self._settings.api_key)
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={key!r}, org_id={self.org_id!r})"


def _frame_size(value: object) -> int:
    """A ``max_frame_size``, checked: a whole number of bytes, at least 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        message = f"max_frame_size must be a number of bytes, at least 1, got {value!r}"
        raise ValidationError(message, field="max_frame_size")
    return value
