"""Server-sent event frames out of the bytes of a response, parsed by sseclient-py.

When its source runs out, sseclient-py hands over whatever it still holds, even half
a frame. A connection that drops in the middle of a frame must not produce an event,
so the bytes reach it through a guard that raises :class:`CutFrameError` instead of ending
when they stop short of a frame boundary.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

import sseclient

# A frame ends with an empty line, in any of the three line-break styles.
FRAME_ENDINGS = (b"\n\n", b"\r\r", b"\r\n\r\n")


class Frame(Protocol):
    """One frame as sseclient-py gives it: ``event`` is ``message`` when the frame
    names no type; ``retry`` is the text of a ``retry:`` line, or ``None``."""

    event: str
    id: str | None
    data: str
    retry: str | None


class CutFrameError(Exception):
    """The bytes ended inside a frame: the connection was cut."""


def frames(chunks: Iterable[bytes]) -> Iterator[Frame]:
    """The frames carried by ``chunks``, however the bytes are split between them.

    Comments (heartbeats) and frames without data are skipped. Raises :class:`CutFrameError`
    after the last whole frame when the bytes end inside a frame.
    """
    events: Iterator[Frame] = sseclient.SSEClient(_whole_frames_only(chunks)).events()
    return events


def _whole_frames_only(chunks: Iterable[bytes]) -> Iterator[bytes]:
    tail = b"\n\n"  # no bytes at all is a clean end
    for chunk in chunks:
        if not chunk:
            continue
        tail = chunk[-4:] if len(chunk) >= 4 else (tail + chunk)[-4:]
        yield chunk
    if not tail.endswith(FRAME_ENDINGS):
        raise CutFrameError("the connection ended in the middle of a frame")
