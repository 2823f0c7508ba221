"""``client.workspaces``: a workspace is a named set of files that sessions work in and
can share. Its files are ``client.workspaces.files``."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, check_options, optional
from everruns._validation import WORKSPACE, check_id, check_text
from everruns_api.api.workspace import (
    create_workspace,
    delete_workspace,
    get_workspace,
    list_workspaces,
    update_workspace,
)
from everruns_api.models import CreateWorkspaceRequest, ListResponseWorkspace, UpdateWorkspaceRequest, Workspace
from everruns_api.options import WorkspaceChanges

from ._options import request_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes

    from .workspace_files import WorkspaceFiles


class Workspaces(Resource[Mode]):
    """Create, read, list, change and archive workspaces; their files are :attr:`files`."""

    @cached_property
    def files(self) -> WorkspaceFiles[Mode]:
        """The files of a workspace: list, read, write, move, copy, search, delete."""
        from .workspace_files import WorkspaceFiles

        return WorkspaceFiles(self._client)

    @operation
    def create(
        self, name: str, *, description: str | None = None, timeout: TimeoutTypes | None = None
    ) -> Flow[Workspace]:
        """Create a workspace; ``name`` is unique among the organisation's active ones."""
        body = CreateWorkspaceRequest(name=check_text(name, "name"), description=optional(description))
        return (yield from self._call(create_workspace, timeout=timeout, body=body, model=Workspace))

    @operation
    def get(self, workspace_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Workspace]:
        """One workspace, by id (archived ones too)."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        return (yield from self._call(get_workspace, workspace_id, timeout=timeout, model=Workspace))

    @pager
    def list(
        self,
        *,
        search: str | None = None,
        include_archived: bool | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[Workspace]]:
        """Every workspace, by name, in one page. ``search`` matches names and
        descriptions; archived ones are left out unless ``include_archived``."""
        answer = yield from self._call(
            list_workspaces,
            timeout=timeout,
            search=optional(search),
            include_archived=optional(include_archived),
            model=ListResponseWorkspace,
        )
        return single_listing(answer.data)

    @operation
    def update(
        self, workspace_id: str, *, timeout: TimeoutTypes | None = None, **changes: Unpack[WorkspaceChanges]
    ) -> Flow[Workspace]:
        """Change the fields given, and only those. ``status="archived"`` archives the
        workspace, ``"active"`` restores it."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        check_options(changes, WorkspaceChanges)
        if (name := changes.get("name")) is not None:
            check_text(name, "name")
        body = request_body(UpdateWorkspaceRequest, changes)
        return (yield from self._call(update_workspace, workspace_id, timeout=timeout, body=body, model=Workspace))

    @operation
    def delete(self, workspace_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Archive a workspace: it leaves the list unless archived ones are asked for, and
        its files can no longer change."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        yield from self._send(delete_workspace, workspace_id, timeout=timeout)
