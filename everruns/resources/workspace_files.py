"""``client.workspaces.files``: the files of a workspace, as a directory tree.

Paths look like ``docs/notes.md`` (a leading ``/`` is optional). Content is text, or
bytes, which travel as base64; files come back with ``content`` and ``encoding``, and
:meth:`WorkspaceFiles.read_bytes` gives their bytes either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, optional, read, unexpected
from everruns._validation import WORKSPACE, check_id, check_text
from everruns.errors import EverrunsError
from everruns_api.api.workspace_filesystem import (
    copy_file,
    create_path,
    delete_path,
    get_path,
    get_root,
    grep_files,
    move_file,
    stat_file,
    update_path,
)
from everruns_api.models import (
    CopyFileRequest,
    CreateFileRequest,
    DeleteFileResponse,
    FileInfo,
    GrepRequest,
    ListResponseFileInfo,
    ListResponseGrepResult,
    MoveFileRequest,
    StatRequest,
    UpdateFileRequest,
)

from ._files import Encoding, body_path, content_bytes, outgoing_content, url_path

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes
    from everruns_api.models import GrepResult


class WorkspaceFiles(Resource[Mode]):
    """List, read, write, move, copy, search and delete the files of a workspace."""

    @pager
    def list(
        self, workspace_id: str, *, recursive: bool | None = None, timeout: TimeoutTypes | None = None
    ) -> Flow[Listing[FileInfo]]:
        """The entries at the workspace's root (``recursive``: everything), in one page."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        answer = yield from self._call(
            get_root, workspace_id, timeout=timeout, recursive=optional(recursive), model=ListResponseFileInfo
        )
        return single_listing(answer.data)

    @pager
    def list_directory(
        self, workspace_id: str, path: str, *, recursive: bool | None = None, timeout: TimeoutTypes | None = None
    ) -> Flow[Listing[FileInfo]]:
        """The entries of the directory at ``path``, in one page."""
        found = yield from self._get(workspace_id, path, recursive, timeout)
        if not isinstance(found, ListResponseFileInfo):
            raise EverrunsError(f"{path!r} is a file: read it with read()")
        return single_listing(found.data)

    @operation
    def read(self, workspace_id: str, path: str, *, timeout: TimeoutTypes | None = None) -> Flow[FileInfo]:
        """The file at ``path`` with its ``content`` (in ``encoding``: ``text`` or ``base64``)."""
        found = yield from self._get(workspace_id, path, None, timeout)
        if not isinstance(found, FileInfo):
            raise EverrunsError(f"{path!r} is a directory: list it with list_directory()")
        return found

    @operation
    def read_bytes(self, workspace_id: str, path: str, *, timeout: TimeoutTypes | None = None) -> Flow[bytes]:
        """The bytes of the file at ``path``, whichever encoding they travelled in."""
        file = yield from WorkspaceFiles.read(self, workspace_id, path, timeout=timeout)
        return content_bytes(file.content or None, file.encoding or None)

    @operation
    def create_file(
        self,
        workspace_id: str,
        path: str,
        content: str | bytes = "",
        *,
        encoding: Encoding | None = None,
        is_readonly: bool | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[FileInfo]:
        """Create a file (and any missing parent directories). ``content`` is text, or
        bytes (sent as base64); give ``encoding="base64"`` for text that already is base64."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        text, chosen = outgoing_content(content, encoding)
        body = CreateFileRequest(content=text, encoding=optional(chosen), is_readonly=optional(is_readonly))
        return (
            yield from self._call(create_path, workspace_id, url_path(path), timeout=timeout, body=body, model=FileInfo)
        )

    @operation
    def create_directory(self, workspace_id: str, path: str, *, timeout: TimeoutTypes | None = None) -> Flow[FileInfo]:
        """Create a directory (and any missing parents)."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        body = CreateFileRequest(is_directory=True)
        return (
            yield from self._call(create_path, workspace_id, url_path(path), timeout=timeout, body=body, model=FileInfo)
        )

    @operation
    def update(
        self,
        workspace_id: str,
        path: str,
        content: str | bytes | None = None,
        *,
        encoding: Encoding | None = None,
        is_readonly: bool | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[FileInfo]:
        """Replace a file's content and/or set its read-only flag; what is not given stays."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        text, chosen = outgoing_content(content, encoding) if content is not None else (None, encoding)
        body = UpdateFileRequest(content=optional(text), encoding=optional(chosen), is_readonly=optional(is_readonly))
        return (
            yield from self._call(update_path, workspace_id, url_path(path), timeout=timeout, body=body, model=FileInfo)
        )

    @operation
    def delete(
        self, workspace_id: str, path: str, *, recursive: bool | None = None, timeout: TimeoutTypes | None = None
    ) -> Flow[bool]:
        """Delete a file or an empty directory (``recursive``: a directory and all it
        holds). ``False`` when nothing was there."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        return (
            yield from self._call(
                delete_path,
                workspace_id,
                url_path(path),
                timeout=timeout,
                recursive=optional(recursive),
                model=DeleteFileResponse,
            )
        ).deleted

    @operation
    def move(
        self, workspace_id: str, src_path: str, dst_path: str, *, timeout: TimeoutTypes | None = None
    ) -> Flow[FileInfo]:
        """Move (or rename) a file or directory; ``dst_path`` must be free."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        body = MoveFileRequest(src_path=body_path(src_path, "src_path"), dst_path=body_path(dst_path, "dst_path"))
        return (yield from self._call(move_file, workspace_id, timeout=timeout, body=body, model=FileInfo))

    @operation
    def copy(
        self, workspace_id: str, src_path: str, dst_path: str, *, timeout: TimeoutTypes | None = None
    ) -> Flow[FileInfo]:
        """Copy a file or directory (with all it holds) to the free ``dst_path``."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        body = CopyFileRequest(src_path=body_path(src_path, "src_path"), dst_path=body_path(dst_path, "dst_path"))
        return (yield from self._call(copy_file, workspace_id, timeout=timeout, body=body, model=FileInfo))

    @pager
    def grep(
        self,
        workspace_id: str,
        pattern: str,
        *,
        path_pattern: str | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Flow[Listing[GrepResult]]:
        """The lines matching the regular expression ``pattern``, by file, in one page;
        ``path_pattern`` (a glob such as ``*.md``) narrows the files searched."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        body = GrepRequest(pattern=check_text(pattern, "pattern"), path_pattern=optional(path_pattern))
        answer = yield from self._call(
            grep_files, workspace_id, timeout=timeout, body=body, model=ListResponseGrepResult
        )
        return single_listing(answer.data)

    @operation
    def stat(self, workspace_id: str, path: str, *, timeout: TimeoutTypes | None = None) -> Flow[FileInfo]:
        """A file's or directory's metadata, without content."""
        check_id(workspace_id, WORKSPACE, "workspace_id")
        body = StatRequest(path=body_path(path))
        return (yield from self._call(stat_file, workspace_id, timeout=timeout, body=body, model=FileInfo))

    def _get(
        self, workspace_id: str, path: str, recursive: bool | None, timeout: TimeoutTypes | None
    ) -> Flow[FileInfo | ListResponseFileInfo]:
        check_id(workspace_id, WORKSPACE, "workspace_id")
        response = yield from self._send(
            get_path, workspace_id, url_path(path), timeout=timeout, recursive=optional(recursive)
        )
        found: object = read(get_path, response, object)
        if isinstance(found, (FileInfo, ListResponseFileInfo)):
            return found
        raise unexpected(response, "is neither a file nor a directory listing")
