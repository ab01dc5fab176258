"""Tiny image files made by hand, byte by byte, for the header reader's tests.

PNG and GIF files are complete and decodable; JPEG and WebP files carry real headers
(with the segments and chunks real encoders write before the size) and stub image data.
"""

from __future__ import annotations

import struct
import zlib


def png_chunk(name: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + name + data + struct.pack(">I", zlib.crc32(name + data) & 0xFFFFFFFF)


def png(width: int, height: int, *, decodable: bool = True) -> bytes:
    """An 8-bit greyscale PNG; with `decodable`, a real all-black image (keep it small)."""
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    rows = b"".join(b"\x00" + b"\x00" * width for _ in range(height)) if decodable else b"\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + header + png_chunk(b"IDAT", zlib.compress(rows)) + png_chunk(b"IEND", b"")


def gif(width: int, height: int, version: bytes = b"89a") -> bytes:
    """A GIF of one colour: screen descriptor, a two-colour table, one image, LZW data."""
    screen = struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
    data = b"\x02\x02\x44\x01\x00"  # minimum code size 2, one sub-block (clear, index 0, end)
    return b"GIF" + version + screen + image + data + b"\x3b"


def jpeg_segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def exif(orientation: int, byte_order: str = "II") -> bytes:
    """An APP1 EXIF payload whose first directory holds Orientation (and another tag before it)."""
    endian = "<" if byte_order == "II" else ">"
    tiff = (b"II*\x00" if byte_order == "II" else b"MM\x00*") + struct.pack(endian + "I", 8)
    entries = [
        struct.pack(endian + "HHI", 0x010F, 2, 4) + b"IOM\x00",  # Make, inline ASCII
        struct.pack(endian + "HHIH", 0x0112, 3, 1, orientation) + b"\x00\x00",
    ]
    tiff += struct.pack(endian + "H", len(entries)) + b"".join(entries) + struct.pack(endian + "I", 0)
    return b"Exif\x00\x00" + tiff


def jpeg(width: int, height: int, *, sof: int = 0xC0, orientation: int | None = None,
         byte_order: str = "II", extra: tuple[bytes, ...] = ()) -> bytes:
    """SOI, JFIF, optional EXIF, `extra` segments, tables, the frame header (SOF), a scan, EOI."""
    parts = [b"\xff\xd8", jpeg_segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")]
    if orientation is not None:
        parts.append(jpeg_segment(0xE1, exif(orientation, byte_order)))
    parts.extend(extra)
    parts.append(jpeg_segment(0xDB, b"\x00" + bytes(range(1, 65))))  # a quantisation table
    parts.append(jpeg_segment(sof, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00"))
    parts.append(jpeg_segment(0xC4, b"\x00" + b"\x01" + b"\x00" * 15 + b"\x00"))  # a Huffman table
    parts.append(jpeg_segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x00\x00\xff\xd9")
    return b"".join(parts)


def riff(chunks: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + chunks


def webp_chunk(name: bytes, data: bytes) -> bytes:
    return name + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")


def webp_lossy(width: int, height: int) -> bytes:
    """VP8: key-frame tag, start code, 14-bit sizes (with scale bits set, which must be ignored)."""
    frame = b"\x10\x02\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", width | 0x4000, height | 0x8000) + b"\x00" * 8
    return riff(webp_chunk(b"VP8 ", frame))


def webp_lossless(width: int, height: int) -> bytes:
    """VP8L: signature 0x2f, then width-1 and height-1 in 14 bits each, alpha and version bits."""
    bits = (width - 1) | ((height - 1) << 14) | (1 << 28)
    return riff(webp_chunk(b"VP8L", b"\x2f" + struct.pack("<I", bits) + b"\x00" * 4))


def webp_extended(width: int, height: int) -> bytes:
    """VP8X (alpha flag set): canvas width-1 and height-1 in 24 bits, then an ALPH and a VP8 chunk."""
    header = bytes([0x10, 0, 0, 0]) + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return riff(webp_chunk(b"VP8X", header) + webp_chunk(b"ALPH", b"\x00") + webp_lossy(width, height)[12:])
