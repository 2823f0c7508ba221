"""Reading ``multipart/form-data`` request bodies (RFC 7578), byte for byte."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._problems import ProblemError, invalid
from ._validation import media_type

_BOUNDARY = re.compile(r';\s*boundary=(?:"([^"]+)"|([^;\s]+))', re.IGNORECASE)
_PARAM = re.compile(r';\s*(name|filename)="([^"]*)"', re.IGNORECASE)


@dataclass(frozen=True)
class FormPart:
    """One field of the form: its name, the file name and type a file part declares, its bytes."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def form_parts(body: bytes, content_type: str | None) -> dict[str, FormPart]:
    """The parts of a multipart form by field name; 415 for another media type, 400 for a
    body that is not a complete form."""
    if media_type(content_type) != "multipart/form-data":
        raise ProblemError(415, "unsupported_media_type", "expected a multipart/form-data body")
    found = _BOUNDARY.search(content_type or "")
    if found is None:
        raise invalid("the multipart/form-data content type has no boundary")
    delimiter = b"--" + (found.group(1) or found.group(2)).encode("latin-1")
    chunks = body.split(delimiter)
    if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
        raise invalid("the multipart body does not end with its closing boundary")
    parts = [_part(chunk.removeprefix(b"\r\n").removesuffix(b"\r\n")) for chunk in chunks[1:-1]]
    return {part.name: part for part in parts}


def _part(chunk: bytes) -> FormPart:
    head, separator, data = chunk.partition(b"\r\n\r\n")
    if not separator:
        raise invalid("a multipart part has no blank line after its headers")
    headers = {}
    for line in head.decode("utf-8", errors="replace").split("\r\n"):
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    params = {key.lower(): value for key, value in _PARAM.findall(headers.get("content-disposition", ""))}
    if "name" not in params:
        raise invalid("a multipart part has no Content-Disposition name")
    return FormPart(params["name"], params.get("filename"), headers.get("content-type"), data)
