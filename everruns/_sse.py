"""Server-sent event frames out of the bytes of a response, parsed by sseclient-py.

sseclient-py reads a synchronous iterable and, when it runs out, hands over whatever it
still holds, even half a frame. Both clients read their bytes themselves (blocking or
awaiting), so :class:`FrameParser` keeps the bytes after the last frame boundary and
feeds sseclient-py whole frames only: a connection that drops in the middle of a frame
never produces an event, and :attr:`FrameParser.cut` tells that it happened.
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


class _WholeFrames:
    """The source sseclient-py reads: the whole frames of one chunk, then the end. It can
    be iterated again for the next chunk, so one sseclient-py parser serves a connection."""

    __slots__ = ("pending",)

    def __init__(self) -> None:
        self.pending: bytes | None = None

    def __iter__(self) -> _WholeFrames:
        return self

    def __next__(self) -> bytes:
        pending, self.pending = self.pending, None
        if pending is None:
            raise StopIteration
        return pending


class FrameParser:
    """The frames of one connection, chunk by chunk, however the bytes are split.
    Comments (heartbeats) and frames without data are skipped."""

    __slots__ = ("_rest", "_source", "_sse")

    def __init__(self) -> None:
        self._source = _WholeFrames()
        self._sse = sseclient.SSEClient(self._source)
        self._rest = b""

    def feed(self, chunk: bytes) -> Iterator[Frame]:
        """The frames that ``chunk`` completes (none while a frame is still incomplete)."""
        data = self._rest + chunk
        end = len(data) if data.endswith(b"\n\n") else _last_frame_end(data)
        self._rest = data[end:]
        self._source.pending = data[:end]  # nothing while no frame is whole yet
        events: Iterator[Frame] = self._sse.events()
        return events

    @property
    def cut(self) -> bool:
        """Whether the bytes so far end inside a frame."""
        return bool(self._rest.strip(b"\r\n"))


def _last_frame_end(data: bytes) -> int:
    """Where the last whole frame of ``data`` ends (0: there is none yet)."""
    end = 0
    for ending in FRAME_ENDINGS:
        found = data.rfind(ending)
        if found >= 0:
            end = max(end, found + len(ending))
    return end


def frames(chunks: Iterable[bytes]) -> Iterator[Frame]:
    """The frames carried by ``chunks``; raises :class:`CutFrameError` after the last
    whole frame when the bytes end inside a frame."""
    parser = FrameParser()
    for chunk in chunks:
        yield from parser.feed(chunk)
    if parser.cut:
        raise CutFrameError("the connection ended in the middle of a frame")
