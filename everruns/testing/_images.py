"""Images: uploaded as a multipart ``file``, read back as bytes, listed, deleted; each has
a JPEG thumbnail. The type is read from the bytes, whatever the upload declared."""

from __future__ import annotations

from dataclasses import dataclass

from ._exchange import Request, Response, json_response, no_content
from ._ids import is_id, new_id, now
from ._jpeg import THUMBNAIL
from ._multipart import form_parts
from ._problems import invalid, not_found
from ._validation import JsonObject, query_int, query_str

MAX_IMAGE_BYTES = 10 * 1024 * 1024
DEFAULT_LIMIT = 50
MAX_LIMIT = 100
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


@dataclass
class StoredImage:
    """An image's metadata (as listed) and its bytes."""

    record: JsonObject
    data: bytes


def sniff_image_type(data: bytes) -> str | None:
    """The media type the leading bytes show (PNG, JPEG, GIF or WebP), if any."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for signature, kind in _SIGNATURES if data.startswith(signature)), None)


def _find(request: Request) -> StoredImage:
    image_id = request.params["image_id"]
    with request.org.lock:
        image = request.org.images.get(image_id)
    if image is None:
        raise not_found("image", image_id)
    return image


def upload_image(request: Request) -> Response:
    """``POST /v1/images``: 201; 400 unless the ``file`` part is a PNG, JPEG, GIF or WebP
    of at most 10 MiB. ``session_id`` is kept as metadata."""
    file = form_parts(request.body, request.header("content-type")).get("file")
    if file is None or not file.data:
        raise invalid("the form needs a non-empty 'file' part")
    if len(file.data) > MAX_IMAGE_BYTES:
        raise invalid(f"an image may hold at most {MAX_IMAGE_BYTES} bytes", "image_too_large")
    kind = sniff_image_type(file.data)
    if kind is None:
        raise invalid("the file is not a PNG, JPEG, GIF or WebP image", "unsupported_image_type")
    session_id = query_str(request.query, "session_id")
    if session_id is not None and not is_id(session_id, "session"):
        raise invalid(f"session_id must look like session_<32 lowercase hex>, got {session_id!r}")
    record: JsonObject = {
        "id": new_id("img"),
        "filename": file.filename or "image",
        "content_type": kind,
        "size_bytes": len(file.data),
        "metadata": {"session_id": session_id} if session_id else {},
        "created_at": now(),
    }
    with request.org.lock:
        request.org.images[record["id"]] = StoredImage(record, file.data)
    uploaded = {name: value for name, value in record.items() if name != "metadata"}
    return json_response(uploaded, status=201)


def list_images(request: Request) -> Response:
    """``GET /v1/images``: a bare array, newest first, ``limit`` (default 50) from ``offset``."""
    limit = query_int(request.query, "limit", minimum=1, maximum=MAX_LIMIT) or DEFAULT_LIMIT
    offset = query_int(request.query, "offset", minimum=0) or 0
    with request.org.lock:
        records = [image.record for image in reversed(request.org.images.values())]
    return json_response(records[offset : offset + limit])


def get_image(request: Request) -> Response:
    """``GET /v1/images/{image_id}``: the bytes, with the image's content type."""
    image = _find(request)
    return Response(200, image.data, image.record["content_type"])


def get_thumbnail(request: Request) -> Response:
    """``GET /v1/images/{image_id}/thumbnail``: a small JPEG."""
    _find(request)
    return Response(200, THUMBNAIL, "image/jpeg")


def delete_image(request: Request) -> Response:
    """``DELETE /v1/images/{image_id}``: 204; the image and its thumbnail are gone."""
    image = _find(request)
    with request.org.lock:
        request.org.images.pop(image.record["id"], None)
    return no_content()
