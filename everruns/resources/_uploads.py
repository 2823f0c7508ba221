"""An image to upload, from whatever the caller has: a path, bytes or a binary file, with
its file name and media type worked out when not given."""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass
from typing import BinaryIO

from everruns.errors import ValidationError

FileInput = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO
DEFAULT_NAME = "image"
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp"}


def _media_types() -> mimetypes.MimeTypes:
    """Python's built-in table only (the same answers on every machine), with WebP."""
    types = mimetypes.MimeTypes()
    types.add_type("image/webp", ".webp")
    return types


_TYPES = _media_types()


@dataclass(frozen=True)
class Upload:
    """The bytes to send, under ``filename``, as ``content_type``."""

    data: bytes
    filename: str
    content_type: str


def detect_image_type(data: bytes) -> str | None:
    """The image type the leading bytes show (PNG, JPEG, GIF or WebP), if any."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for signature, kind in _SIGNATURES if data.startswith(signature)), None)


def read_upload(file: FileInput, *, filename: str | None, content_type: str | None) -> Upload:
    """Read ``file`` whole. The file name defaults to the path's or the file object's
    name; the type to what the bytes show, else what the name suggests."""
    data, found_name = _read(file)
    if not data:
        raise ValidationError("the image is empty", field="file")
    name = filename or found_name
    kind = content_type or detect_image_type(data) or (_TYPES.guess_type(name)[0] if name else None)
    if kind is None:
        raise ValidationError(
            "cannot tell the image type from the bytes or the name: pass content_type", field="content_type"
        )
    if name is None:
        name = DEFAULT_NAME + (_EXTENSIONS.get(kind) or _TYPES.guess_extension(kind) or "")
    return Upload(data, name, kind)


def _read(file: FileInput) -> tuple[bytes, str | None]:
    """The bytes, and the file name the input carries (if any)."""
    if isinstance(file, (bytes, bytearray, memoryview)):
        return bytes(file), None
    if isinstance(file, (str, os.PathLike)):
        with open(file, "rb") as opened:
            return opened.read(), os.path.basename(os.fspath(file))
    read = getattr(file, "read", None)
    if read is None:
        raise ValidationError(f"file is a path, bytes or a binary file object, got {type(file).__name__}", field="file")
    data = read()
    if not isinstance(data, bytes):
        raise ValidationError("the file object must be opened in binary mode ('rb')", field="file")
    name = getattr(file, "name", None)
    return data, os.path.basename(name) if isinstance(name, str) else None
