"""Server-sent event frames out of the bytes of a response, parsed by sseclient-py.

sseclient-py reads a synchronous iterable and, when it runs out, hands over whatever it
still holds, even half a frame. Both clients read their bytes themselves (blocking or
awaiting), so :class:`FrameParser` holds the bytes after the last frame boundary and
feeds sseclient-py whole frames only: a connection that drops in the middle of a frame
never produces an event, and :attr:`FrameParser.cut` tells that it happened.

What it holds is bounded: a frame that grows past ``max_frame_size`` bytes raises
:class:`FrameTooLargeError` (a server, or something posing as one, cannot make the
client buffer without end), and each byte is copied and searched a bounded number of
times, however the frame is split into chunks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

import sseclient

DEFAULT_MAX_FRAME_SIZE = 1024 * 1024
"""The largest frame a stream accepts, in bytes, unless the client says otherwise."""

# A frame ends with an empty line, in any of the three line-break styles.
FRAME_ENDINGS = (b"\n\n", b"\r\r", b"\r\n\r\n")
_LONGEST_ENDING = 4


class Frame(Protocol):
    """One frame as sseclient-py gives it: ``event`` is ``message`` when the frame
    names no type; ``retry`` is the text of a ``retry:`` line, or ``None``."""

    event: str
    id: str | None
    data: str
    retry: str | None


class CutFrameError(Exception):
    """The bytes ended inside a frame: the connection was cut."""


class FrameTooLargeError(Exception):
    """A frame is longer than the parser's ``max_frame_size``."""

    def __init__(self, max_frame_size: int) -> None:
        super().__init__(f"a frame is longer than the maximum frame size of {max_frame_size} bytes")
        self.max_frame_size = max_frame_size


class FrameParser:
    """The frames of one connection, chunk by chunk, however the bytes are split.
    Comments (heartbeats) and frames without data are skipped."""

    __slots__ = ("_held", "_source", "_sse", "max_frame_size")

    def __init__(self, max_frame_size: int = DEFAULT_MAX_FRAME_SIZE) -> None:
        # One sseclient-py parser serves the connection. Each call of its events() reads
        # its source from the start, and the source is a list of one slot: each feed puts
        # the whole frames of its chunk there and reads them.
        self._source = [b""]
        self._sse = sseclient.SSEClient(self._source)  # type: ignore[arg-type]  # read as an iterable
        self._held = bytearray()  # the bytes after the last frame end: a frame still coming
        self.max_frame_size = max_frame_size

    def feed(self, chunk: bytes) -> Iterator[Frame]:
        """The frames that ``chunk`` completes (none while a frame is still incomplete).
        Raises :class:`FrameTooLargeError` when a frame outgrows ``max_frame_size``."""
        # What a live stream sends, a frame to a chunk, is taken as it is.
        whole = chunk if not self._held and chunk.endswith(b"\n\n") else self._take_whole(chunk)
        if len(whole) > self.max_frame_size:
            self._check_sizes(whole)
        self._source[0] = whole
        frames: Iterator[Frame] = self._sse.events()
        return frames

    def _take_whole(self, chunk: bytes) -> bytes:
        """The bytes up to the last frame end, with the held ones before them; holds the rest."""
        held = self._held
        # Only the new bytes are searched, with the held ones an ending may begin in.
        start = max(len(held) - _LONGEST_ENDING + 1, 0)
        held += chunk
        end = _last_frame_end(held, start)
        whole = bytes(held[:end]) if end else b""
        del held[:end]
        if len(held) > self.max_frame_size:
            raise FrameTooLargeError(self.max_frame_size)
        return whole

    def _check_sizes(self, whole: bytes) -> None:
        """Raise when one of the frames in ``whole`` is longer than ``max_frame_size``."""
        ends = _FrameEnds(whole)
        start = 0
        while start < len(whole):
            end = ends.first_after(start)
            if end - start > self.max_frame_size:
                raise FrameTooLargeError(self.max_frame_size)
            start = end

    @property
    def cut(self) -> bool:
        """Whether the bytes so far end inside a frame."""
        return bool(self._held.strip(b"\r\n"))


def _last_frame_end(data: bytes | bytearray, start: int) -> int:
    """Where the last whole frame of ``data`` ends, looking for its end at ``start`` or
    after (0: none there)."""
    end = 0
    for ending in FRAME_ENDINGS:
        found = data.rfind(ending, start)
        if found >= 0:
            end = max(end, found + len(ending))
    return end


class _FrameEnds:
    """The frame ends of ``data`` in order, each byte searched once per kind of ending."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._found = [data.find(ending) for ending in FRAME_ENDINGS]

    def first_after(self, start: int) -> int:
        """Where the first frame at ``start`` ends (the end of the data when none does)."""
        end = len(self._data)
        for index, ending in enumerate(FRAME_ENDINGS):
            found = self._found[index]
            if 0 <= found < start:
                found = self._found[index] = self._data.find(ending, start)
            if found >= 0:
                end = min(end, found + len(ending))
        return end


def frames(chunks: Iterable[bytes], max_frame_size: int = DEFAULT_MAX_FRAME_SIZE) -> Iterator[Frame]:
    """The frames carried by ``chunks``; raises :class:`CutFrameError` after the last
    whole frame when the bytes end inside a frame."""
    parser = FrameParser(max_frame_size)
    for chunk in chunks:
        yield from parser.feed(chunk)
    if parser.cut:
        raise CutFrameError("the connection ended in the middle of a frame")
