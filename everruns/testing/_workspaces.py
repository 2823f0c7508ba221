"""Workspaces: named file stores that sessions can share. Create, read, list, change, archive."""

from __future__ import annotations

from ._file_stores import StoreEndpoints

WORKSPACES = StoreEndpoints(
    "workspace",
    create_shape={"name": "string!", "description": "string?"},
    update_shape={"name": "string?", "description": "string?", "status": "string?"},
)

create_workspace = WORKSPACES.create
get_workspace = WORKSPACES.get
list_workspaces = WORKSPACES.list
update_workspace = WORKSPACES.update
delete_workspace = WORKSPACES.delete
