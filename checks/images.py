"""An image's pixel size and format, read from its header: PNG, JPEG, GIF and WebP.

Standard library only, so that it runs in the browser (Pyodide) on the bytes of a
file the user picked; nothing is decoded and nothing is uploaded. Only the header is
read: a caller may pass just the start of a large file (`HEADER_BYTES`) together with
the file's full size.

Whatever the bytes are (empty, cut short, another format, garbage, absurd values),
`read_image` returns an `ImageInfo` or raises `ValueError` with a message fit to show
the user as it is. It never raises anything else.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import Union

Bytes = Union[bytes, bytearray, memoryview]

HEADER_BYTES = 1024 * 1024
"""How much of a file's start is always enough in practice: JPEG metadata (EXIF,
colour profiles, Photoshop data) may come before the size, in segments of at most
64 KB each. If the size is not within the bytes given, `read_image` says so."""

FORMATS = ("PNG", "JPEG", "GIF", "WebP")
SUPPORTED = "PNG, JPEG, GIF or WebP"

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_MAX = 2**31 - 1
_JPEG_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
"""Start-of-frame markers (baseline, extended, progressive, lossless, arithmetic); not
C4 (Huffman tables), C8 (reserved) or CC (arithmetic conditioning)."""
_JPEG_MAX_FILL = 4096
"""Encoders pad a marker with a few 0xFF bytes at most; thousands are garbage."""
_JPEG_NO_LENGTH = frozenset({0x01, *range(0xD0, 0xD8)})
"""Markers that stand alone, without a length: TEM and the restart markers."""

_OTHER_FORMATS: tuple[tuple[int, bytes, str], ...] = (
    (0, b"BM", "a BMP image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"%PDF", "a PDF document"),
    (0, b"\x00\x00\x01\x00", "an icon (ICO) file"),
    (0, b"8BPS", "a Photoshop (PSD) file"),
    (0, b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (4, b"ftypheic", "a HEIC photo"),
    (4, b"ftypheix", "a HEIC photo"),
    (4, b"ftypmif1", "a HEIF image"),
    (4, b"ftypavif", "an AVIF image"),
    (4, b"ftypqt", "a video (QuickTime)"),
    (4, b"ftyp", "a video (MP4 or MOV)"),
)
"""Files people pick by mistake, named so the message can say what they are."""


@dataclass(frozen=True)
class ImageInfo:
    """An image's format and its size as it will be shown."""

    format: str
    """One of FORMATS."""
    width: int
    height: int
    """Pixels, as displayed: a JPEG whose EXIF orientation turns it by 90° has its
    stored width and height swapped."""
    file_size: int
    """The file's size in bytes."""
    rotated: bool = False
    """True when the EXIF orientation swapped the stored width and height."""

    @property
    def size(self) -> str:
        return f"{self.width}x{self.height}"

    def to_json(self) -> dict[str, object]:
        return {"format": self.format, "width": self.width, "height": self.height,
                "file_size": self.file_size, "rotated": self.rotated}


class _Header:
    """Bounds-checked reads from the bytes given; running out is a clear ValueError."""

    def __init__(self, data: memoryview, kind: str, complete: bool = True) -> None:
        self.data = data
        self.kind = kind
        self.complete = complete
        """Whether `data` is the whole file, not only its start."""

    def need(self, end: int) -> None:
        if end > len(self.data) and not self.complete:
            raise ValueError(
                f"The checker read the first {len(self.data):,} bytes of this {self.kind} file and found no image size "
                "in them. Pick the file again; if this message stays, save or export the image again."
            )
        if end > len(self.data):
            raise ValueError(
                f"This {self.kind} file ends before its image size: it is cut short or damaged. "
                "Save or export the image again and pick the new file."
            )

    def take(self, start: int, length: int) -> bytes:
        self.need(start + length)
        return bytes(self.data[start:start + length])

    def unpack(self, fmt: str, start: int) -> tuple[int, ...]:
        self.need(start + struct.calcsize(fmt))
        return struct.unpack_from(fmt, self.data, start)


def read_image(data: Bytes, file_size: int | None = None) -> ImageInfo:
    """The format and displayed size of the image whose bytes (or first bytes) are `data`.

    `file_size` is the whole file's size when `data` holds only its start.
    """
    to_py = getattr(data, "to_py", None)  # a JavaScript Uint8Array handed over by Pyodide
    if callable(to_py):
        try:
            data = to_py()
        except Exception:
            raise ValueError("The checker could not read this file.") from None
    try:
        view = memoryview(data).cast("B")
    except (TypeError, ValueError):
        raise ValueError("The checker could not read this file.") from None
    if file_size is None or isinstance(file_size, bool) or not isinstance(file_size, int) or file_size < len(view):
        file_size = len(view)
    if file_size == 0 or len(view) == 0:
        raise ValueError("The file is empty (0 bytes). Pick the image file itself.")
    try:
        return _read(view, file_size)
    except ValueError:
        raise
    except Exception:  # a bug must not reach the user as a crash; say what is known
        raise ValueError(f"The checker could not read the size of this image. Check that it is a {SUPPORTED} file.") from None


def _read(view: memoryview, file_size: int) -> ImageInfo:
    start = bytes(view[:16])
    complete = file_size == len(view)
    if start.startswith(_PNG_SIGNATURE):
        width, height = _png(_Header(view, "PNG", complete))
        return ImageInfo("PNG", width, height, file_size)
    if start.startswith(b"\xff\xd8\xff"):
        width, height, rotated = _jpeg(_Header(view, "JPEG", complete))
        return ImageInfo("JPEG", width, height, file_size, rotated)
    if start.startswith((b"GIF87a", b"GIF89a")):
        width, height = _gif(_Header(view, "GIF", complete))
        return ImageInfo("GIF", width, height, file_size)
    if start.startswith(b"RIFF") and start[8:12] == b"WEBP":
        width, height = _webp(_Header(view, "WebP", complete))
        return ImageInfo("WebP", width, height, file_size)
    raise ValueError(_not_supported(start))


def _not_supported(start: bytes) -> str:
    if _cut_short_signature(start):
        return "The file ends before its image size: it is cut short or damaged. Pick the whole image file."
    for offset, magic, name in _OTHER_FORMATS:
        if start[offset:offset + len(magic)] == magic:
            return f"This file is {name}. The checker reads {SUPPORTED} images: export or save the image in one of these formats."
    text = start.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<svg", b"<?xml", b"<!doctype", b"<html")):
        return f"This file is text (SVG or HTML), not a picture in pixels. The checker reads {SUPPORTED} images."
    return f"This file is not a {SUPPORTED} image, or it is damaged. Pick an image file in one of these formats."


def _cut_short_signature(start: bytes) -> bool:
    """Whether these few bytes are the start of a supported format's signature, cut short."""
    if start[:4] == b"RIFF" and len(start) < 12:
        return b"WEBP".startswith(start[8:])
    signatures = (_PNG_SIGNATURE, b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"RIFF")
    return any(len(start) < len(signature) and signature.startswith(start) for signature in signatures)


def _check_dimensions(kind: str, width: int, height: int, largest: int) -> None:
    if width == 0 or height == 0:
        raise ValueError(f"This {kind} file says its image is {width}x{height} pixels, which is empty: the file is damaged.")
    if width > largest or height > largest:
        raise ValueError(f"This {kind} file says its image is {width}x{height} pixels, more than the format allows: the file is damaged.")


def _png(header: _Header) -> tuple[int, int]:
    position = 8
    length, name = header.unpack(">I4s", position)
    if name == b"CgBI" and length == 4:  # Apple's "optimised" PNG puts one chunk before the header
        position += 16
        length, name = header.unpack(">I4s", position)
    if name != b"IHDR" or length != 13:
        raise ValueError("This PNG file is damaged: its first part is not the image header (IHDR).")
    chunk = header.take(position + 4, 17)  # chunk name and data, which the CRC covers
    (crc,) = header.unpack(">I", position + 21)
    if zlib.crc32(chunk) & 0xFFFFFFFF != crc:
        raise ValueError("This PNG file is damaged: its image header fails its checksum.")
    width, height = struct.unpack_from(">II", chunk, 4)
    _check_dimensions("PNG", width, height, _PNG_MAX)
    return width, height


def _gif(header: _Header) -> tuple[int, int]:
    width, height = header.unpack("<HH", 6)
    _check_dimensions("GIF", width, height, 0xFFFF)
    return width, height


def _webp(header: _Header) -> tuple[int, int]:
    chunk = header.take(12, 4)
    (chunk_size,) = header.unpack("<I", 16)
    if chunk == b"VP8 ":
        # Lossy: a 3-byte frame tag, the start code 9d 01 2a, then 14-bit width and height.
        if chunk_size < 10:
            raise ValueError("This WebP file is damaged: its image data is too short.")
        (tag,) = header.unpack("<B", 20)
        if tag & 1:
            raise ValueError("This WebP file is damaged: its first frame is not a key frame.")
        if header.take(23, 3) != b"\x9d\x01\x2a":
            raise ValueError("This WebP file is damaged: its image data does not start as lossy WebP should.")
        width, height = header.unpack("<HH", 26)
        width, height = width & 0x3FFF, height & 0x3FFF
    elif chunk == b"VP8L":
        # Lossless: signature byte 0x2f, then width-1 and height-1 in 14 bits each.
        if chunk_size < 5:
            raise ValueError("This WebP file is damaged: its image data is too short.")
        if header.take(20, 1) != b"\x2f":
            raise ValueError("This WebP file is damaged: its image data does not start as lossless WebP should.")
        (bits,) = header.unpack("<I", 21)
        width, height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    elif chunk == b"VP8X":
        # Extended (alpha, animation, metadata): the canvas size, minus one, in 24 bits each.
        if chunk_size < 10:
            raise ValueError("This WebP file is damaged: its extended header is too short.")
        raw = header.take(24, 6)
        width = int.from_bytes(raw[0:3], "little") + 1
        height = int.from_bytes(raw[3:6], "little") + 1
    else:
        raise ValueError("This WebP file is damaged or of an unknown kind: it has no VP8, VP8L or VP8X image header.")
    _check_dimensions("WebP", width, height, 1 << 24)
    return width, height


def _jpeg(header: _Header) -> tuple[int, int, bool]:
    """Walk the segments up to the frame header (SOF), noting the EXIF orientation on the way."""
    data = header.data
    position = 2
    orientation = 1
    while True:
        header.need(position + 1)
        if data[position] != 0xFF:
            raise ValueError("This JPEG file is damaged: its header is not followed by the expected markers.")
        fill_start = position
        while data[position] == 0xFF:  # fill bytes may pad a marker
            position += 1
            header.need(position + 1)
            if position - fill_start > _JPEG_MAX_FILL:
                raise ValueError("This JPEG file is damaged: it holds a long run of padding where its header should be.")
        marker = data[position]
        position += 1
        if marker in _JPEG_NO_LENGTH:
            continue
        if marker in (0xD9, 0xDA, 0xD8, 0x00):
            raise ValueError("This JPEG file is damaged: its image data starts before its size is given.")
        (length,) = header.unpack(">H", position)
        if length < 2:
            raise ValueError("This JPEG file is damaged: one of its header segments has an impossible length.")
        if marker in _JPEG_SOF:
            if length < 8:
                raise ValueError("This JPEG file is damaged: its frame header is too short.")
            height, width = header.unpack(">HH", position + 3)
            if height == 0:
                raise ValueError("This JPEG file does not give its height in its header (it is defined later); "
                                 "save or export the image again and pick the new file.")
            _check_dimensions("JPEG", width, height, 0xFFFF)
            if orientation in (5, 6, 7, 8):
                return height, width, True
            return width, height, False
        if marker == 0xE1 and length >= 16:
            segment = data[position + 2:position + length]
            if bytes(segment[:6]) == b"Exif\x00\x00":
                orientation = _exif_orientation(segment[6:]) or orientation
        position += length


def _exif_orientation(tiff: memoryview) -> int | None:
    """The Orientation tag (0x0112) of the first image directory, if present and sane."""
    if len(tiff) < 8:
        return None
    order = bytes(tiff[:4])
    if order == b"II*\x00":
        endian = "<"
    elif order == b"MM\x00*":
        endian = ">"
    else:
        return None
    (ifd,) = struct.unpack_from(endian + "I", tiff, 4)
    if ifd + 2 > len(tiff):
        return None
    (count,) = struct.unpack_from(endian + "H", tiff, ifd)
    for number in range(min(count, (len(tiff) - ifd - 2) // 12)):
        entry = ifd + 2 + 12 * number
        tag, kind, values = struct.unpack_from(endian + "HHI", tiff, entry)
        if tag == 0x0112 and kind == 3 and values >= 1:
            (value,) = struct.unpack_from(endian + "H", tiff, entry + 8)
            return value if 1 <= value <= 8 else None
    return None
