"""``client.images``: every method against recorded exchanges; on a real local server,
uploads from a path, bytes and a file object, with the name and type worked out."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from sample_images import GIF_START, JPEG_START, WEBP_START, png

from everruns import Everruns, errors
from everruns.resources.images import ImageData, image_file_part
from everruns.testing import LocalServer
from everruns_api.models import ContentPartImageFile

from .conftest import Refused

IMAGE_ID = "img_" + "12" * 16
PNG = png(2, 2)


def sent_part_headers(server: LocalServer) -> bytes:
    """The headers of the multipart part the last upload sent."""
    body = server.requests[-1].body
    return body[: body.index(b"\r\n\r\n")]


class TestRecorded:
    def test_upload_bytes_then_read_them_back(self, recorded_client: Everruns) -> None:
        uploaded = recorded_client.images.upload(PNG, filename="chart.png")
        assert (uploaded.filename, uploaded.content_type, uploaded.size_bytes) == ("chart.png", "image/png", len(PNG))
        image = recorded_client.images.get(uploaded.id)
        assert image == ImageData(PNG, "image/png")

    def test_thumbnail_is_a_jpeg(self, recorded_client: Everruns) -> None:
        image_id = recorded_client.images.upload(PNG).id
        thumbnail = recorded_client.images.thumbnail(image_id)
        assert thumbnail.startswith(JPEG_START[:3])
        assert thumbnail.endswith(b"\xff\xd9")

    def test_list_pages_newest_first(self, recorded_client: Everruns) -> None:
        ids = [recorded_client.images.upload(PNG, filename=f"{n}.png").id for n in range(3)]
        page = recorded_client.images.list(limit=2)
        assert [image.id for image in page.data] == ids[:0:-1]
        assert page.has_next_page()
        assert [image.id for image in page] == ids[::-1]

    def test_delete_removes_the_image(self, recorded_client: Everruns) -> None:
        image_id = recorded_client.images.upload(PNG).id
        assert recorded_client.images.delete(image_id) is None
        assert list(recorded_client.images.list()) == []

    def test_upload_as_part_lets_a_message_show_the_image(self, recorded_client: Everruns) -> None:
        session_id = recorded_client.sessions.create(harness_name="generic", title="images").id
        part = recorded_client.images.upload_as_part(PNG, filename="chart.png", session_id=session_id)
        message = recorded_client.messages.create(
            session_id, content=[{"type": "text", "text": "What does this chart show?"}, part]
        )
        shown = message.content[1]
        assert isinstance(shown, ContentPartImageFile)
        assert (shown.image_id, shown.filename) == (part.image_id, "chart.png")


class TestUploadsOnTheServer:
    def test_from_a_path_the_name_comes_from_the_path(
        self, server: LocalServer, client: Everruns, tmp_path: Path
    ) -> None:
        path = tmp_path / "diagram.png"
        path.write_bytes(PNG)
        assert client.images.upload(path).filename == "diagram.png"
        assert client.images.upload(str(path), filename="renamed.png").filename == "renamed.png"
        assert client.images.get(client.images.list().data[0].id).data == PNG

    def test_from_a_binary_file_object_the_name_comes_from_the_file(self, client: Everruns, tmp_path: Path) -> None:
        path = tmp_path / "photo.jpg"
        path.write_bytes(PNG)
        with path.open("rb") as opened:
            assert client.images.upload(opened).filename == "photo.jpg"
        assert client.images.upload(io.BytesIO(PNG)).filename == "image.png"

    @pytest.mark.parametrize(
        ("data", "content_type", "filename"),
        [
            (PNG, "image/png", "image.png"),
            (GIF_START, "image/gif", "image.gif"),
            (WEBP_START, "image/webp", "image.webp"),
        ],
    )
    def test_the_type_is_detected_from_the_bytes(
        self, server: LocalServer, client: Everruns, data: bytes, content_type: str, filename: str
    ) -> None:
        client.images.upload(data)
        assert sent_part_headers(server).endswith(f'filename="{filename}"\r\nContent-Type: {content_type}'.encode())

    def test_without_telling_bytes_the_type_comes_from_the_name(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(errors.BadRequestError):  # the server reads the bytes, and they are no image
            client.images.upload(b"opaque", filename="scan.jpg")
        assert sent_part_headers(server).endswith(b"Content-Type: image/jpeg")

    def test_a_given_type_and_name_are_sent_as_given(self, server: LocalServer, client: Everruns) -> None:
        client.images.upload(PNG, filename="x.bin", content_type="image/png")
        assert sent_part_headers(server).endswith(b'filename="x.bin"\r\nContent-Type: image/png')

    def test_the_session_goes_in_the_query(self, server: LocalServer, client: Everruns) -> None:
        session_id = "session_" + "ab" * 16
        client.images.upload(PNG, session_id=session_id)
        assert server.requests[-1].query == {"session_id": [session_id]}
        assert client.images.list().data[0].metadata == {"session_id": session_id}


class TestContentParts:
    def test_a_part_from_an_id(self) -> None:
        part = image_file_part(IMAGE_ID, filename="chart.png")
        assert part.to_dict() == {"type": "image_file", "image_id": IMAGE_ID, "filename": "chart.png"}

    def test_a_part_from_an_upload_keeps_its_file_name(self, client: Everruns) -> None:
        uploaded = client.images.upload(PNG, filename="chart.png")
        assert image_file_part(uploaded).to_dict() == {
            "type": "image_file",
            "image_id": uploaded.id,
            "filename": "chart.png",
        }


REFUSED: dict[str, Callable[[Everruns], object]] = {
    "empty bytes": lambda c: c.images.upload(b""),
    "unknown type without a name": lambda c: c.images.upload(b"opaque bytes"),
    "a text-mode file": lambda c: c.images.upload(io.StringIO("text")),  # type: ignore[arg-type]
    "not a file at all": lambda c: c.images.upload(42),  # type: ignore[arg-type]
    "malformed session id": lambda c: c.images.upload(PNG, session_id="session"),
    "malformed image id": lambda c: c.images.get("img_../x"),
    "thumbnail of a malformed id": lambda c: c.images.thumbnail("../agents"),
    "a limit over 100": lambda c: c.images.list(limit=101),
    "a part from a malformed id": lambda c: image_file_part("img_1"),
}


class TestCheckedBeforeSending:
    @pytest.mark.parametrize("call", REFUSED.values(), ids=REFUSED.keys())
    def test_is_refused_without_a_request(self, refused: Refused, call: Callable[[Everruns], object]) -> None:
        refused(call)

    def test_a_missing_path_is_an_os_error_without_a_request(
        self, server: LocalServer, client: Everruns, tmp_path: Path
    ) -> None:
        with pytest.raises(FileNotFoundError):
            client.images.upload(tmp_path / "missing.png")
        assert server.requests == []

    def test_an_unknown_option_is_a_type_error_without_a_request(self, server: LocalServer, client: Everruns) -> None:
        with pytest.raises(TypeError, match="name"):
            client.images.upload(PNG, name="chart.png")  # type: ignore[call-arg]
        assert server.requests == []
