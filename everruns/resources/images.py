"""``client.images``: images uploaded once and referred to by id, e.g. in a message:

client.messages.create(session_id, "What does this show?", images=["chart.png"])
part = client.images.upload_as_part("chart.png")  # or build the content yourself
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, offset_listing
from everruns._resource import Resource, check_options, optional
from everruns._validation import IMAGE, check_id, check_range
from everruns.errors import ValidationError
from everruns_api.api.images import delete_image, get_image, get_thumbnail, list_images, upload_image
from everruns_api.models import (
    Image,
    InputContentPartImageFile,
    InputContentPartImageFileType,
    UploadImageBody,
)
from everruns_api.types import File

from ._uploads import FileInput, read_upload

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes

DEFAULT_LIMIT = 20  # as every other list
_IMAGE_ID = re.compile(r"img_[0-9a-f]{32}\Z")

ImageInput = FileInput | Image
"""An image for a message: one already uploaded (its id, or what upload returned), or
a path, bytes or binary file object to upload first."""


class UploadOptions(TypedDict, total=False):
    """The optional parts of an upload, as keyword arguments."""

    filename: str
    content_type: str
    session_id: str


@dataclass(frozen=True)
class ImageData:
    """An image's bytes and their media type (``image/png``...)."""

    data: bytes
    content_type: str

    def __repr__(self) -> str:
        return f"ImageData({self.content_type}, {len(self.data)} bytes)"


def image_file_part(image: str | Image, *, filename: str | None = None) -> InputContentPartImageFile:
    """A message content part showing an uploaded image, given its id or the upload's
    result: ``messages.create(session_id, content=[..., image_file_part(image)])``."""
    if isinstance(image, Image):
        image_id, filename = image.id, filename or image.filename
    elif isinstance(image, str):
        image_id = check_id(image, IMAGE, "image")
    else:
        raise ValidationError(f"image is an id or an uploaded image, got {type(image).__name__}", field="image")
    return InputContentPartImageFile(
        image_id=image_id, type_=InputContentPartImageFileType.IMAGE_FILE, filename=optional(filename)
    )


class Images(Resource[Mode]):
    """Upload, read, list and delete images, and read their thumbnails."""

    @operation
    def upload(
        self, file: FileInput, *, timeout: TimeoutTypes | None = None, **options: Unpack[UploadOptions]
    ) -> Flow[Image]:
        """Upload an image: a path, bytes or a binary file object. ``filename`` defaults to
        the file's name, ``content_type`` to the type its bytes (or name) show. A
        ``session_id`` is kept with the image for tracking."""
        check_options(options, UploadOptions)
        session_id = options.get("session_id")
        if session_id is not None:
            check_id(session_id, "session", "session_id")
        upload = read_upload(file, filename=options.get("filename"), content_type=options.get("content_type"))
        body = UploadImageBody(
            file=File(payload=io.BytesIO(upload.data), file_name=upload.filename, mime_type=upload.content_type)
        )
        return (
            yield from self._call(
                upload_image, timeout=timeout, body=body, session_id=optional(session_id), model=Image
            )
        )

    @operation
    def upload_as_part(
        self, file: FileInput, *, timeout: TimeoutTypes | None = None, **options: Unpack[UploadOptions]
    ) -> Flow[InputContentPartImageFile]:
        """Upload an image (as :meth:`upload`) and return the message content part that
        shows it."""
        uploaded = yield from Images.upload(self, file, timeout=timeout, **options)
        return image_file_part(uploaded)

    @operation
    def parts_for(
        self, images: Sequence[ImageInput], *, session_id: str | None = None, timeout: TimeoutTypes | None = None
    ) -> Flow[list[InputContentPartImageFile]]:
        """Message content parts showing ``images``, in order: an uploaded image (its id,
        or what :meth:`upload` returned) as it is, anything else uploaded first (with
        ``session_id`` kept for tracking). ``messages.create(..., images=...)`` uses it."""
        if isinstance(images, (str, bytes, bytearray)) or not isinstance(images, Sequence):
            raise ValidationError("images must be a list of images", field="images")
        parts = []
        for image in images:
            if isinstance(image, Image) or (isinstance(image, str) and _IMAGE_ID.match(image)):
                parts.append(image_file_part(image))
            else:
                uploaded = yield from Images.upload(self, image, timeout=timeout, **_tracked_by(session_id))
                parts.append(image_file_part(uploaded))
        return parts

    @operation
    def get(self, image_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[ImageData]:
        """An image's bytes and media type."""
        check_id(image_id, IMAGE, "image_id")
        response = yield from self._send(get_image, image_id, timeout=timeout)
        return ImageData(response.content, response.headers.get("content-type", "application/octet-stream"))

    @operation
    def thumbnail(self, image_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[bytes]:
        """A small JPEG of the image."""
        check_id(image_id, IMAGE, "image_id")
        return (yield from self._send(get_thumbnail, image_id, timeout=timeout)).content

    @pager
    def list(
        self, *, limit: int = DEFAULT_LIMIT, offset: int = 0, timeout: TimeoutTypes | None = None
    ) -> Flow[Listing[Image]]:
        """Images, newest first, ``limit`` per request; iterate the page for all of them."""
        check_range(limit, "limit", minimum=1, maximum=100)
        check_range(offset, "offset", minimum=0)

        def fetch(page_offset: int, page_limit: int) -> Flow[tuple[list[Image], int | None]]:
            images: list[Image] = yield from self._call(
                list_images, timeout=timeout, limit=page_limit, offset=page_offset, model=list
            )
            return images, None

        return (yield from offset_listing(fetch, offset=offset, limit=limit))

    @operation
    def delete(self, image_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Delete an image and its thumbnail."""
        check_id(image_id, IMAGE, "image_id")
        yield from self._send(delete_image, image_id, timeout=timeout)


def _tracked_by(session_id: str | None) -> UploadOptions:
    return {"session_id": session_id} if session_id is not None else {}
