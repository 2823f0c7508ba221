"""Every resource of a client by its path from the client (``agents.versions``...), found
by walking the client's properties, so a new resource is covered without a list to edit.
An older spelling (``workspace_files`` for ``workspaces.files``) is a path of its own."""

from __future__ import annotations

import functools
import inspect
from typing import Any

from everruns._resource import Resource


def resources(client: Any) -> dict[str, Resource[Any]]:
    found: dict[str, Resource[Any]] = {}
    pending: list[tuple[str, Any]] = [("", client)]
    while pending:
        prefix, owner = pending.pop()
        for name, member in inspect.getmembers(type(owner)):
            if isinstance(member, (functools.cached_property, property)) and not name.startswith("_"):
                value = getattr(owner, name)
                if isinstance(value, Resource):
                    found[prefix + name] = value
                    pending.append((f"{prefix}{name}.", value))
    return dict(sorted(found.items()))
