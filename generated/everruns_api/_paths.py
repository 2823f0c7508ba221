"""Encoding a file path for a wildcard route (``.../fs/{path}``).

Copied into the generated package by scripts/generate.py. The API takes nested paths
as literal ``/``-separated segments, so the slashes stay and each segment is
percent-encoded on its own. A ``.`` or ``..`` segment is encoded too (``%2E``), so
that URL normalisation can never resolve it into another route.
"""

from urllib.parse import quote

_DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}


def quote_path(path: str) -> str:
    """``path`` ready to follow ``.../fs/`` in a URL."""
    return "/".join(
        _DOT_SEGMENTS.get(segment) or quote(segment, safe="")
        for segment in path.split("/")
    )
