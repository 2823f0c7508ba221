"""An in-memory directory tree: what a workspace or a memory holds.

Paths are absolute (``/notes/todo.md``); the root ``/`` always exists as a directory.
Every change takes the tree's own lock, so handlers of one tree may run concurrently.
Errors are problem details; the caller names the code of a missing path.
"""

from __future__ import annotations

import base64
import binascii
import fnmatch
import re
import threading
import uuid
from dataclasses import dataclass, field, replace

from ._ids import now
from ._problems import ProblemError, conflict, invalid

ROOT = "/"
ENCODINGS = ("text", "base64")


@dataclass
class Entry:
    """One file or directory."""

    path: str
    is_directory: bool
    data: bytes = b""
    is_readonly: bool = False
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: str = field(default_factory=now)
    updated_at: str = field(default_factory=now)

    @property
    def name(self) -> str:
        """The last segment of the path (empty for the root)."""
        return self.path.rsplit("/", 1)[-1]

    def content(self) -> tuple[str, str]:
        """``(content, encoding)``: UTF-8 text as ``text``, other bytes as ``base64``."""
        try:
            return self.data.decode("utf-8"), "text"
        except UnicodeDecodeError:
            return base64.b64encode(self.data).decode("ascii"), "base64"


def normalize(raw: str) -> str:
    """An absolute path from what a client sent: leading slashes are optional; empty,
    ``.`` and ``..`` segments are refused, so no path can climb out of the tree."""
    trimmed = raw.strip("/")
    if not trimmed:
        return ROOT
    segments = trimmed.split("/")
    for segment in segments:
        if segment in ("", ".", "..") or "\x00" in segment:
            raise invalid(f"path {raw!r} has an empty, '.', '..' or NUL segment", "invalid_path")
    return "/" + "/".join(segments)


def writable_path(raw: str) -> str:
    """A path a file may be written at: normalised, not the root, and not under ``/_``
    (the API keeps that directory for its actions, such as ``_/copy``). Other names
    with underscores (``_drafts``, ``src/__init__.py``) are ordinary paths."""
    path = normalize(raw)
    if path == ROOT or path.split("/")[1] == "_":
        raise invalid(f"{raw!r} cannot be written: '_' at the top is reserved for file actions", "reserved_path")
    return path


def decode_content(content: str | None, encoding: str | None) -> bytes:
    """The bytes a request body carries as ``content`` in ``encoding`` (``text`` by default)."""
    chosen = encoding or "text"
    if chosen not in ENCODINGS:
        raise invalid(f"encoding must be one of {', '.join(ENCODINGS)}, got {chosen!r}")
    if chosen == "text":
        return (content or "").encode("utf-8")
    try:
        return base64.b64decode(content or "", validate=True)
    except (binascii.Error, ValueError):
        raise invalid("content is not valid base64") from None


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0] or ROOT


def _below(path: str, ancestor: str) -> bool:
    return ancestor in (ROOT, path) or path.startswith(ancestor + "/")


class FileTree:
    """The files and directories of one workspace or memory."""

    def __init__(self, missing: str) -> None:
        self._missing = missing
        self._lock = threading.Lock()
        self._entries: dict[str, Entry] = {ROOT: Entry(ROOT, is_directory=True)}

    def find(self, path: str) -> Entry | None:
        """The entry at ``path``, if any."""
        with self._lock:
            return self._entries.get(path)

    def get(self, path: str) -> Entry:
        """The entry at ``path``, or 404 ``<missing>`` (e.g. ``file_not_found``)."""
        entry = self.find(path)
        if entry is None:
            raise ProblemError(404, self._missing, f"nothing at {path}")
        return entry

    def children(self, path: str, *, recursive: bool = False) -> list[Entry]:
        """What a directory holds, by path: its direct children, or everything below it."""
        with self._lock:
            found = [
                entry
                for entry in self._entries.values()
                if entry.path != path and _below(entry.path, path) and (recursive or _parent(entry.path) == path)
            ]
        return sorted(found, key=lambda entry: entry.path)

    def create(self, path: str, *, is_directory: bool, data: bytes = b"", is_readonly: bool = False) -> Entry:
        """A new file or directory; missing parent directories are made too. 409 when the
        path is taken, 400 when a parent is a file."""
        with self._lock:
            if path in self._entries:
                raise conflict("path_exists", f"{path} already exists")
            self._make_parents(path)
            entry = Entry(path, is_directory=is_directory, data=data, is_readonly=is_readonly)
            self._entries[path] = entry
            return entry

    def write(self, path: str, *, data: bytes | None = None, is_readonly: bool | None = None) -> Entry:
        """Change a file's content and/or read-only flag. A read-only file takes new
        content only in the request that clears the flag."""
        with self._lock:
            entry = self._entries.get(path)
            if entry is None:
                raise ProblemError(404, self._missing, f"nothing at {path}")
            if entry.is_directory:
                raise invalid(f"{path} is a directory", "is_a_directory")
            if data is not None:
                if entry.is_readonly and is_readonly is not False:
                    raise ProblemError(403, "file_read_only", f"{path} is read-only")
                entry.data = data
            if is_readonly is not None:
                entry.is_readonly = is_readonly
            entry.updated_at = now()
            return entry

    def remove(self, path: str, *, recursive: bool) -> bool:
        """Delete an entry (and, with ``recursive``, all below it); ``False`` when there
        was none. 409 for a directory that is not empty, 403 for read-only content."""
        if path == ROOT:
            raise invalid("the root directory cannot be deleted")
        with self._lock:
            if path not in self._entries:
                return False
            doomed = [p for p in self._entries if _below(p, path)]
            if len(doomed) > 1 and not recursive:
                raise conflict("directory_not_empty", f"{path} is not empty: delete it recursively")
            if any(self._entries[p].is_readonly for p in doomed):
                raise ProblemError(403, "file_read_only", f"{path} holds read-only content")
            for doomed_path in doomed:
                del self._entries[doomed_path]
            return True

    def transfer(self, src: str, dst: str, *, keep_source: bool) -> Entry:
        """Move (or copy, with ``keep_source``) an entry and everything below it to ``dst``."""
        if ROOT in (src, dst) or _below(dst, src):
            raise invalid(f"cannot move or copy {src} onto {dst}")
        with self._lock:
            if src not in self._entries:
                raise ProblemError(404, self._missing, f"nothing at {src}")
            if dst in self._entries:
                raise conflict("path_exists", f"{dst} already exists")
            self._make_parents(dst)
            stamp = now()
            for path in [p for p in self._entries if _below(p, src)]:
                moved = dst + path[len(src) :]
                original = self._entries[path] if keep_source else self._entries.pop(path)
                entry = replace(original, path=moved, updated_at=stamp)
                if keep_source:
                    entry.id, entry.created_at = str(uuid.uuid4()), stamp
                self._entries[moved] = entry
            return self._entries[dst]

    def grep(self, pattern: str, path_pattern: str | None) -> list[tuple[Entry, list[tuple[int, str]]]]:
        """Text files with lines matching the regular expression ``pattern`` (400 if it
        is not one), narrowed to paths matching the glob ``path_pattern``."""
        try:
            regex = re.compile(pattern)
        except re.error as error:
            raise invalid(f"pattern is not a valid regular expression: {error}", "invalid_pattern") from None
        found = []
        for entry in self.children(ROOT, recursive=True):
            if entry.is_directory or (path_pattern and not fnmatch.fnmatch(entry.path, path_pattern)):
                continue
            text, encoding = entry.content()
            lines = [(number, line) for number, line in enumerate(text.splitlines(), 1) if regex.search(line)]
            if encoding == "text" and lines:
                found.append((entry, lines))
        return found

    def _make_parents(self, path: str) -> None:
        """Directories above ``path`` that do not exist yet (the caller holds the lock)."""
        parent = _parent(path)
        missing: list[str] = []
        while parent not in self._entries:
            missing.append(parent)
            parent = _parent(parent)
        if not self._entries[parent].is_directory:
            raise invalid(f"{parent} is a file, not a directory")
        for directory in reversed(missing):
            self._entries[directory] = Entry(directory, is_directory=True)
