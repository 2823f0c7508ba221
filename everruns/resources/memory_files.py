"""``client.memories.files``: the files of a memory, as a directory tree. Paths and
content work as for workspace files; memories with a source are read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, optional, read_json, unexpected
from everruns._validation import MEMORY, check_id, check_text
from everruns.errors import EverrunsError
from everruns_api.api.memory import (
    create_file,
    delete_file,
    download_action,
    get_file,
    grep_action,
    list_root,
    stat_action,
    update_file,
)
from everruns_api.models import (
    CreateMemoryFileRequest,
    GrepRequest,
    ListResponseMemoryFileInfo,
    ListResponseMemoryGrepResult,
    MemoryFileInfo,
    StatRequest,
    UpdateMemoryFileRequest,
)

from ._files import Encoding, body_path, outgoing_content, url_path

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes
    from everruns_api.models import MemoryGrepResult


class MemoryFiles(Resource[Mode]):
    """List, read (as a file or as bytes), write, search and delete the files of a memory."""

    @pager
    def list(self, memory_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[MemoryFileInfo]]:
        """The entries at the memory's root, in one page."""
        check_id(memory_id, MEMORY, "memory_id")
        answer = yield from self._call(list_root, memory_id, timeout=timeout, model=ListResponseMemoryFileInfo)
        return single_listing(answer.data)

    @pager
    def list_directory(
        self, memory_id: str, path: str, *, timeout: TimeoutTypes | None = None
    ) -> Flow[Listing[MemoryFileInfo]]:
        """The entries of the directory at ``path``, in one page."""
        found = yield from self._get(memory_id, path, timeout)
        if "data" not in found:
            raise EverrunsError(f"{path!r} is a file: read it with read()")
        return single_listing(ListResponseMemoryFileInfo.from_dict(found).data)

    @operation
    def read(self, memory_id: str, path: str, *, timeout: TimeoutTypes | None = None) -> Flow[MemoryFileInfo]:
        """The file at ``path`` with its ``content`` (in ``encoding``: ``text`` or ``base64``)."""
        found = yield from self._get(memory_id, path, timeout)
        if "data" in found:
            raise EverrunsError(f"{path!r} is a directory: list it with list_directory()")
        return MemoryFileInfo.from_dict(found)

    @operation
    def read_bytes(self, memory_id: str, path: str, *, timeout: TimeoutTypes | None = None) -> Flow[bytes]:
        """The bytes of the file at ``path``, as they are."""
        check_id(memory_id, MEMORY, "memory_id")
        response = yield from self._send(download_action, memory_id, url_path(path), timeout=timeout)
        return response.content

    @operation
    def download(self, memory_id: str, path: str, *, timeout: TimeoutTypes | None = None) -> Flow[bytes]:
        """An older spelling of :meth:`read_bytes`, which workspace files share."""
        return (yield from MemoryFiles.read_bytes(self, memory_id, path, timeout=timeout))

    @operation
    def create_file(
        self,
        memory_id: str,
        path: str,
        content: str | bytes = "",
        *,
        encoding: Encoding | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[MemoryFileInfo]:
        """Create a file (and any missing parent directories). ``content`` is text, or
        bytes (sent as base64); give ``encoding="base64"`` for text that already is base64."""
        check_id(memory_id, MEMORY, "memory_id")
        text, chosen = outgoing_content(content, encoding)
        body = CreateMemoryFileRequest(content=text, encoding=optional(chosen))
        return (
            yield from self._call(
                create_file, memory_id, url_path(path), timeout=timeout, body=body, model=MemoryFileInfo
            )
        )

    @operation
    def create_directory(
        self, memory_id: str, path: str, *, timeout: TimeoutTypes | None = None
    ) -> Flow[MemoryFileInfo]:
        """Create a directory (and any missing parents)."""
        check_id(memory_id, MEMORY, "memory_id")
        body = CreateMemoryFileRequest(is_directory=True)
        return (
            yield from self._call(
                create_file, memory_id, url_path(path), timeout=timeout, body=body, model=MemoryFileInfo
            )
        )

    @operation
    def update(
        self,
        memory_id: str,
        path: str,
        content: str | bytes,
        *,
        encoding: Encoding | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[MemoryFileInfo]:
        """Replace a file's content."""
        check_id(memory_id, MEMORY, "memory_id")
        text, chosen = outgoing_content(content, encoding)
        body = UpdateMemoryFileRequest(content=text, encoding=optional(chosen))
        return (
            yield from self._call(
                update_file, memory_id, url_path(path), timeout=timeout, body=body, model=MemoryFileInfo
            )
        )

    @operation
    def delete(self, memory_id: str, path: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Delete a file or an empty directory."""
        check_id(memory_id, MEMORY, "memory_id")
        yield from self._send(delete_file, memory_id, url_path(path), timeout=timeout)

    @pager
    def grep(
        self, memory_id: str, pattern: str, *, path_pattern: str | None = None, timeout: TimeoutTypes | None = None
    ) -> Flow[Listing[MemoryGrepResult]]:
        """The files with a line matching the regular expression ``pattern``, in one page;
        ``path_pattern`` (a glob such as ``*.md``) narrows the files searched."""
        check_id(memory_id, MEMORY, "memory_id")
        body = GrepRequest(pattern=check_text(pattern, "pattern"), path_pattern=optional(path_pattern))
        answer = yield from self._call(
            grep_action, memory_id, timeout=timeout, body=body, model=ListResponseMemoryGrepResult
        )
        return single_listing(answer.data)

    @operation
    def stat(self, memory_id: str, path: str, *, timeout: TimeoutTypes | None = None) -> Flow[MemoryFileInfo]:
        """A file's or directory's metadata, without content."""
        check_id(memory_id, MEMORY, "memory_id")
        body = StatRequest(path=body_path(path))
        return (yield from self._call(stat_action, memory_id, timeout=timeout, body=body, model=MemoryFileInfo))

    def _get(self, memory_id: str, path: str, timeout: TimeoutTypes | None) -> Flow[dict[str, Any]]:
        """The JSON answer of a read: a file, or a directory's ``{data}`` (the API
        description gives it no schema, so it is read here)."""
        check_id(memory_id, MEMORY, "memory_id")
        response = yield from self._send(get_file, memory_id, url_path(path), timeout=timeout)
        found = read_json(response)
        if not isinstance(found, dict):
            raise unexpected(response, "is neither a file nor a directory listing")
        return found
