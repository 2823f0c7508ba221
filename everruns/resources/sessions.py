"""``client.sessions``: a session is one conversation with an agent, run on a harness."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from everruns._base_client import M
from everruns._flow import Flow
from everruns._methods import operation, pager
from everruns._pagination import Listing, offset_listing
from everruns._resource import Resource, check_options, optional
from everruns._validation import SESSION, WORKSPACE, check_id, check_range
from everruns_api.api.sessions import (
    cancel_turn,
    create_session,
    delete_session,
    export_session_jsonl,
    get_session,
    list_sessions,
    pin_session,
    unpin_session,
    update_session,
)
from everruns_api.models import (
    CancelTurnResponse,
    CreateSessionRequest,
    CreateSessionRequestHintsType0,
    PaginatedResponseSession,
    Session,
    UpdateSessionRequest,
)
from everruns_api.types import File

from ._coerce import model_from
from ._options import RunOptions, check_max_iterations, check_reference, request_fields

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes


class SessionOptions(RunOptions, total=False):
    """The optional fields of a new session, as keyword arguments."""

    harness_name: str
    agent_id: str
    agent_name: str
    agent_identity_id: str
    title: str
    locale: str
    model_id: str
    system_prompt: str
    workspace_id: str
    hints: CreateSessionRequestHintsType0 | Mapping[str, Any]


class SessionChanges(TypedDict, total=False):
    """What :meth:`Sessions.update` can change."""

    title: str
    locale: str
    tags: Sequence[str]
    agent_identity_id: str


class Sessions(Resource[M]):
    """Open, read, list, change and delete sessions; cancel a running turn; pin a
    session; export its conversation."""

    @operation
    def create(
        self,
        harness_id: str | None = None,
        *,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[SessionOptions],
    ) -> Flow[Session]:
        """Open a session. Name the harness by ``harness_name`` (preferred) or
        ``harness_id``, and the agent by ``agent_id`` or ``agent_name``; never both of
        a pair. Without a harness a session from an agent runs on the agent's harness,
        any other on the organisation's ``generic`` one."""
        check_options(options, SessionOptions)
        check_reference({"harness_id": harness_id, "harness_name": options.get("harness_name")}, "harness")
        check_reference(options, "agent")
        if options.get("workspace_id") is not None:
            check_id(options["workspace_id"], WORKSPACE, "workspace_id")
        check_max_iterations(options)
        fields = request_fields(options, hints=lambda value: model_from(value, CreateSessionRequestHintsType0))
        body = CreateSessionRequest(harness_id=optional(harness_id), **fields)
        return (yield from self._call(create_session, timeout=timeout, body=body, model=Session))

    @operation
    def get(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Session]:
        """One session, by id."""
        check_id(session_id, SESSION, "session_id")
        return (yield from self._call(get_session, session_id, timeout=timeout, model=Session))

    @pager
    def list(
        self,
        *,
        agent_id: str | None = None,
        search: str | None = None,
        limit: int = 20,
        offset: int = 0,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[Session]]:
        """Sessions, newest first, ``limit`` (at most 100) per request; iterate the page
        for all of them. ``agent_id`` keeps one agent's; ``search`` matches titles."""
        if agent_id is not None:
            check_id(agent_id, "agent", "agent_id")
        check_range(limit, "limit", minimum=1, maximum=100)
        check_range(offset, "offset", minimum=0)

        def fetch(page_offset: int, page_limit: int) -> Flow[tuple[list[Session], int | None]]:
            page = yield from self._call(
                list_sessions,
                timeout=timeout,
                agent_id=optional(agent_id),
                search=optional(search),
                offset=page_offset,
                limit=page_limit,
                model=PaginatedResponseSession,
            )
            return page.data, page.total

        return (yield from offset_listing(fetch, offset=offset, limit=limit))

    @operation
    def update(
        self, session_id: str, *, timeout: TimeoutTypes | None = None, **changes: Unpack[SessionChanges]
    ) -> Flow[Session]:
        """Change the fields given, and only those."""
        check_id(session_id, SESSION, "session_id")
        check_options(changes, SessionChanges)
        body = UpdateSessionRequest(**request_fields(changes))
        return (yield from self._call(update_session, session_id, timeout=timeout, body=body, model=Session))

    @operation
    def delete(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Delete a session; a turn still running in it stops."""
        check_id(session_id, SESSION, "session_id")
        yield from self._send(delete_session, session_id, timeout=timeout)

    @operation
    def cancel(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[CancelTurnResponse]:
        """Stop the turn running in the session; ``status`` is ``no_op`` when none was.
        Cancelling twice is harmless, so a failed attempt is retried."""
        check_id(session_id, SESSION, "session_id")
        return (
            yield from self._call(cancel_turn, session_id, timeout=timeout, idempotent=True, model=CancelTurnResponse)
        )

    @operation
    def pin(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Pin a session: its ``is_pinned`` becomes true."""
        check_id(session_id, SESSION, "session_id")
        yield from self._send(pin_session, session_id, timeout=timeout)

    @operation
    def unpin(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Unpin a session."""
        check_id(session_id, SESSION, "session_id")
        yield from self._send(unpin_session, session_id, timeout=timeout)

    @operation
    def export(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[str]:
        """The session's messages as JSON Lines: one JSON message per line, oldest first."""
        check_id(session_id, SESSION, "session_id")
        return (
            (yield from self._call(export_session_jsonl, session_id, timeout=timeout, model=File))
            .payload.read()
            .decode("utf-8")
        )
