"""Small valid images made on the spot, and multipart forms that carry them."""

from __future__ import annotations

import struct
import zlib


def png(width: int = 1, height: int = 1, grey: int = 200) -> bytes:
    """A greyscale PNG of one shade."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes([grey]) * width for _ in range(height))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# The leading bytes by which an image's type is known (enough for type detection).
GIF_START = b"GIF89a\x01\x00\x01\x00\x00\x00\x00"
WEBP_START = b"RIFF\x24\x00\x00\x00WEBPVP8 "
JPEG_START = b"\xff\xd8\xff\xe0"


def multipart(
    data: bytes, *, field: str = "file", filename: str | None = "image.png", content_type: str | None = "image/png"
) -> tuple[bytes, dict[str, str]]:
    """A one-part ``multipart/form-data`` body and the headers that announce it."""
    boundary = "test-boundary-7d1f"
    disposition = f'form-data; name="{field}"' + (f'; filename="{filename}"' if filename is not None else "")
    head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
    if content_type is not None:
        head += f"Content-Type: {content_type}\r\n"
    body = head.encode() + b"\r\n" + data + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
