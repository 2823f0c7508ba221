"""Encoding the values that go into an operation's URL path.

Copied into the generated package by scripts/generate.py, which routes every path
parameter through it. A value fills its segment and nothing else: ``/``, ``?`` and
``#`` are percent-encoded, and so are the dot segments ``.`` and ``..`` (``%2E``),
which URL normalisation would otherwise resolve into another route.
"""

from urllib.parse import quote

_DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}


def quote_segment(value: str) -> str:
    """``value`` as one URL path segment."""
    return _DOT_SEGMENTS.get(value) or quote(value, safe="")


def quote_path(path: str) -> str:
    """A file path for a wildcard route (``.../fs/{path}``): the API takes nested paths
    as literal ``/``-separated segments, so the slashes stay and each segment is
    encoded on its own."""
    return "/".join(quote_segment(segment) for segment in path.split("/"))
