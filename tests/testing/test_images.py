"""Images: multipart uploads, bytes back with their type, a JPEG thumbnail, lists, deletes."""

from __future__ import annotations

import struct

import pytest
from sample_images import GIF_START, WEBP_START, multipart, png

MISSING = "img_" + "0" * 32


def upload(api, data, query=None, **form):
    body, headers = multipart(data, **form)
    return api.post("/v1/images", body=body, headers=headers, query=query)


def test_an_uploaded_image_reads_back_byte_for_byte_with_its_type(api, schema):
    image = png(3, 2)
    reply = upload(api, image, filename="chart.png")
    assert reply.status == 201
    schema.validate(reply.json(), "#/components/schemas/Image")
    made = reply.json()
    assert (made["filename"], made["content_type"], made["size_bytes"]) == ("chart.png", "image/png", len(image))
    assert made["id"].startswith("img_")
    back = api.get(f"/v1/images/{made['id']}")
    assert (back.status, back.media_type, back.body) == (200, "image/png", image)


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (png(), "application/octet-stream", "image/png"),
        (GIF_START, "image/png", "image/gif"),
        (WEBP_START, None, "image/webp"),
        (b"\xff\xd8\xff\xdb" + b"\x00" * 8, "image/gif", "image/jpeg"),
    ],
)
def test_the_type_is_read_from_the_bytes_not_from_the_declared_one(api, data, declared, expected):
    assert upload(api, data, content_type=declared).json()["content_type"] == expected


def test_the_thumbnail_is_a_small_baseline_jpeg(api):
    image_id = upload(api, png(40, 30)).json()["id"]
    reply = api.get(f"/v1/images/{image_id}/thumbnail")
    assert (reply.status, reply.media_type) == (200, "image/jpeg")
    jpeg = reply.body
    assert jpeg.startswith(b"\xff\xd8")
    assert jpeg.endswith(b"\xff\xd9")
    frame = jpeg.index(b"\xff\xc0")
    height, width = struct.unpack(">HH", jpeg[frame + 5 : frame + 9])
    assert (width, height) == (8, 8)


def test_the_list_is_a_bare_array_newest_first_and_pages_with_limit_and_offset(api, schema):
    ids = [upload(api, png(), filename=f"{n}.png").json()["id"] for n in range(3)]
    listed = api.get("/v1/images")
    schema.check_reply("GET", "/v1/images", listed)
    assert [image["id"] for image in listed.json()] == ids[::-1]
    assert [i["id"] for i in api.get("/v1/images", query={"limit": 1, "offset": 1}).json()] == [ids[1]]
    assert api.get("/v1/images", query={"limit": 0}).status == 400


def test_the_session_an_upload_names_is_kept_as_metadata(api):
    session_id = "session_" + "ab" * 16
    upload(api, png(), query={"session_id": session_id})
    assert api.get("/v1/images").json()[0]["metadata"] == {"session_id": session_id}
    reply = upload(api, png(), query={"session_id": "nope"})
    assert reply.status == 400


def test_a_deleted_image_and_its_thumbnail_are_gone(api):
    image_id = upload(api, png()).json()["id"]
    assert api.delete(f"/v1/images/{image_id}").status == 204
    assert api.get(f"/v1/images/{image_id}").json()["code"] == "image_not_found"
    assert api.get(f"/v1/images/{image_id}/thumbnail").status == 404
    assert api.delete(f"/v1/images/{image_id}").status == 404
    assert api.get("/v1/images").json() == []


@pytest.mark.parametrize(
    ("form", "status", "code"),
    [
        ({"data": b"plain text, not an image"}, 400, "unsupported_image_type"),
        ({"data": png(), "field": "picture"}, 400, "invalid_request"),
        ({"data": b""}, 400, "invalid_request"),
    ],
)
def test_uploads_that_are_not_an_image_in_a_file_part_are_refused(api, form, status, code):
    reply = upload(api, **form)
    assert (reply.status, reply.json()["code"]) == (status, code)


def test_an_upload_must_be_a_complete_multipart_form(api):
    body, headers = multipart(png())
    assert api.post("/v1/images", body=body[:-8], headers=headers).status == 400
    assert api.post("/v1/images", body=png(), headers={"Content-Type": "image/png"}).status == 415
    no_boundary = {"Content-Type": "multipart/form-data"}
    assert api.post("/v1/images", body=body, headers=no_boundary).status == 400


def test_images_belong_to_one_organization(server, api, connect):
    image_id = upload(api, png()).json()["id"]
    other = connect(server, org_id="org_" + "1" * 32)
    assert other.get(f"/v1/images/{image_id}").status == 404
    assert other.get("/v1/images").json() == []
