"""``client.memories``: a memory is a named set of files mounted into sessions, written
through the API or kept in sync with a GitHub or git repository. Its files are
``client.memories.files``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, check_options, optional
from everruns._validation import MEMORY, check_id, check_range, check_text
from everruns.errors import ValidationError
from everruns_api.api.memory import (
    create_memory,
    delete_memory,
    get_memory,
    list_memories,
    sync_memory_now,
    update_memory,
)
from everruns_api.models import (
    CreateMemoryRequest,
    CreateMemorySourceRequestGit,
    CreateMemorySourceRequestGithub,
    ListResponseMemory,
    Memory,
    UpdateMemoryRequest,
)
from everruns_api.options import MemoryChanges

from ._coerce import model_from
from ._options import request_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes

    from .memory_files import MemoryFiles

MAX_SYNC_INTERVAL = 604_800  # a week, in seconds
MemorySource = CreateMemorySourceRequestGithub | CreateMemorySourceRequestGit
_SOURCE_MODELS: dict[str, type[MemorySource]] = {
    "github": CreateMemorySourceRequestGithub,
    "git": CreateMemorySourceRequestGit,
}


class Memories(Resource[Mode]):
    """Create, read, list, change, archive and sync memories; their files are
    :attr:`files`."""

    @cached_property
    def files(self) -> MemoryFiles[Mode]:
        """The files of a memory: list, read, download, write, search, delete."""
        from .memory_files import MemoryFiles

        return MemoryFiles(self._client)

    @operation
    def create(
        self,
        name: str,
        *,
        description: str | None = None,
        source: MemorySource | Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Memory]:
        """Create a memory. Without ``source`` its files are written through the API;
        with one (``{"type": "github", "repository": "owner/repo"}`` or ``{"type": "git",
        "url": ...}``, plus ``branch``, ``root_folder``, ``sync_interval_secs``) it mirrors
        that repository, read-only."""
        body = CreateMemoryRequest(
            name=check_text(name, "name"),
            description=optional(description),
            source=optional(memory_source(source) if source is not None else None),
        )
        return (yield from self._call(create_memory, timeout=timeout, body=body, model=Memory))

    @operation
    def get(self, memory_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Memory]:
        """One memory, by id (archived ones too)."""
        check_id(memory_id, MEMORY, "memory_id")
        return (yield from self._call(get_memory, memory_id, timeout=timeout, model=Memory))

    @pager
    def list(
        self,
        *,
        search: str | None = None,
        include_archived: bool | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[Memory]]:
        """Every memory, by name, in one page. ``search`` matches names and descriptions;
        archived ones are left out unless ``include_archived``."""
        answer = yield from self._call(
            list_memories,
            timeout=timeout,
            search=optional(search),
            include_archived=optional(include_archived),
            model=ListResponseMemory,
        )
        return single_listing(answer.data)

    @operation
    def update(
        self, memory_id: str, *, timeout: TimeoutTypes | None = None, **changes: Unpack[MemoryChanges]
    ) -> Flow[Memory]:
        """Change the fields given, and only those (``source`` as for :meth:`create`)."""
        check_id(memory_id, MEMORY, "memory_id")
        check_options(changes, MemoryChanges)
        if (name := changes.get("name")) is not None:
            check_text(name, "name")
        body = request_body(UpdateMemoryRequest, changes, source=memory_source)
        return (yield from self._call(update_memory, memory_id, timeout=timeout, body=body, model=Memory))

    @operation
    def delete(self, memory_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Archive a memory: it leaves the list unless archived ones are asked for."""
        check_id(memory_id, MEMORY, "memory_id")
        yield from self._send(delete_memory, memory_id, timeout=timeout)

    @operation
    def sync(self, memory_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Memory]:
        """Sync a memory with its source now; the API refuses memories without one."""
        check_id(memory_id, MEMORY, "memory_id")
        return (yield from self._call(sync_memory_now, memory_id, timeout=timeout, model=Memory))


def memory_source(value: MemorySource | Mapping[str, Any]) -> MemorySource:
    """A source model from a model or a dict (whose ``type``, ``github`` or ``git``, picks
    the model); ``sync_interval_secs`` is at most a week."""
    if isinstance(value, (CreateMemorySourceRequestGithub, CreateMemorySourceRequestGit)):
        source = value
    elif isinstance(value, Mapping):
        model = _SOURCE_MODELS.get(value.get("type"))  # type: ignore[arg-type]
        if model is None:
            raise ValidationError(
                f"source type must be one of {sorted(_SOURCE_MODELS)}, got {value.get('type')!r}", field="source"
            )
        source = model_from(value, model)
    else:
        raise ValidationError(f"source is a model or a dict, got {type(value).__name__}", field="source")
    interval = source.sync_interval_secs
    if isinstance(interval, int):
        check_range(interval, "source.sync_interval_secs", minimum=0, maximum=MAX_SYNC_INTERVAL)
    return source
