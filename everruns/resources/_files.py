"""What workspace files and memory files share: paths checked before they are sent, and
content as text or base64.

A path goes into the URL as the API describes its wildcard routes: literal ``/``
between segments, each segment percent-encoded (the generated client's
``_paths.quote_path``). Before that, paths are checked: one leading and one trailing
slash are optional, but empty segments (doubled slashes), ``.`` and ``..`` are refused,
so no path can climb out of its tree, and a first segment ``_`` is refused because
``.../fs/_/...`` is where the API keeps its file actions (copy, move, grep, stat,
download), so no path can reach another route either.
"""

from __future__ import annotations

import base64
import binascii
from typing import Literal

from everruns.errors import ValidationError

Encoding = Literal["text", "base64"]
ENCODINGS = ("text", "base64")
ACTIONS_SEGMENT = "_"


def _segments(path: str, field: str) -> list[str]:
    if not isinstance(path, str):
        raise ValidationError(f"{field} must be a string, got {type(path).__name__}", field=field)
    segments = path.removeprefix("/").removesuffix("/").split("/")
    if segments == [""]:
        raise ValidationError(f"{field} must name a file or directory below the root", field=field)
    for segment in segments:
        if segment in ("", ".", "..") or "\x00" in segment:
            raise ValidationError(
                f"{field} {path!r} has an empty, '.', '..' or NUL segment: write paths like 'docs/notes.md'",
                field=field,
            )
    if segments[0] == ACTIONS_SEGMENT:
        raise ValidationError(
            f"{field} {path!r} starts with '{ACTIONS_SEGMENT}/', which the API keeps for its file actions", field=field
        )
    return segments


def url_path(path: str, field: str = "path") -> str:
    """``path`` as it goes into an operation's ``{path}``: checked, without the slashes
    at its ends."""
    return "/".join(_segments(path, field))


def body_path(path: str, field: str = "path") -> str:
    """``path`` as request bodies carry it: checked, and absolute (``/docs/notes.md``)."""
    return "/" + "/".join(_segments(path, field))


def outgoing_content(content: str | bytes, encoding: Encoding | None) -> tuple[str, Encoding | None]:
    """``(content, encoding)`` for a request. Bytes travel as base64; text as given, in
    ``encoding`` (``None`` leaves the API's default, text)."""
    if encoding is not None and encoding not in ENCODINGS:
        raise ValidationError(f"encoding must be one of {', '.join(ENCODINGS)}, got {encoding!r}", field="encoding")
    if isinstance(content, bytes):
        if encoding == "text":
            raise ValidationError("bytes are sent as base64: pass text for encoding='text'", field="encoding")
        return base64.b64encode(content).decode("ascii"), "base64"
    if not isinstance(content, str):
        raise ValidationError(f"content must be str or bytes, got {type(content).__name__}", field="content")
    if encoding == "base64":
        _check_base64(content)
    return content, encoding


def content_bytes(content: str | None, encoding: str | None) -> bytes:
    """The bytes a file's ``content`` holds in ``encoding`` (``base64`` or text)."""
    if content is None:
        return b""
    return base64.b64decode(content) if encoding == "base64" else content.encode("utf-8")


def _check_base64(text: str) -> None:
    try:
        base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(
            "content is not valid base64 (pass bytes to have them encoded)", field="content"
        ) from None
