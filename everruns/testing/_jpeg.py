"""The thumbnail every image gets: a tiny, valid baseline JPEG, built here segment by segment.

It is an 8x8 grey square. Every coefficient of its one block is zero, so one Huffman code
per table (``0``: "no difference" for DC, "end of block" for AC) is all its scan needs.
"""

from __future__ import annotations

import struct

SIZE = 8


def _segment(marker: int, payload: bytes) -> bytes:
    """A marker segment: ``FF <marker>``, then the payload's length (counting itself)."""
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _one_code_table(table_class: int) -> bytes:
    """A Huffman table holding only symbol 0, with the one-bit code ``0``."""
    counts = bytes([1] + [0] * 15)
    return bytes([table_class << 4]) + counts + bytes([0])


def grey_square_jpeg() -> bytes:
    """An 8x8 grey (level 128) greyscale baseline JPEG, JFIF 1.1."""
    jfif = b"JFIF\x00" + struct.pack(">BBBHHBB", 1, 1, 0, 1, 1, 0, 0)
    quantization = bytes([0]) + bytes([1] * 64)
    frame = struct.pack(">BHHB", 8, SIZE, SIZE, 1) + bytes([1, 0x11, 0])
    scan = bytes([1, 1, 0x00, 0, 63, 0])
    entropy_coded = bytes([0b0011_1111])  # DC "no difference", AC "end of block", then padding ones
    return b"".join(
        [
            b"\xff\xd8",
            _segment(0xE0, jfif),
            _segment(0xDB, quantization),
            _segment(0xC0, frame),
            _segment(0xC4, _one_code_table(0)),
            _segment(0xC4, _one_code_table(1)),
            _segment(0xDA, scan),
            entropy_coded,
            b"\xff\xd9",
        ]
    )


THUMBNAIL = grey_square_jpeg()
