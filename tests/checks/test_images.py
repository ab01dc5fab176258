"""The image header reader: sizes of real headers; clear ValueErrors for everything else."""

from __future__ import annotations

import random
import struct

import pytest

from checks.images import HEADER_BYTES, ImageInfo, read_image
from tests.checks.image_files import (
    exif, gif, jpeg, jpeg_segment, png, png_chunk, riff, webp_chunk, webp_extended, webp_lossless, webp_lossy,
)


def size(data: bytes) -> tuple[str, int, int]:
    info = read_image(data)
    return info.format, info.width, info.height


def test_png() -> None:
    data = png(3, 2)
    assert read_image(data) == ImageInfo("PNG", 3, 2, len(data))
    assert size(png(1080, 1080, decodable=False)) == ("PNG", 1080, 1080)


def test_png_apple_chunk_before_header() -> None:
    plain = png(5, 4)
    apple = plain[:8] + png_chunk(b"CgBI", b"\x50\x00\x20\x06") + plain[8:]
    assert size(apple) == ("PNG", 5, 4)


@pytest.mark.parametrize("version", [b"87a", b"89a"])
def test_gif(version: bytes) -> None:
    assert size(gif(400, 400, version)) == ("GIF", 400, 400)


@pytest.mark.parametrize("sof", [0xC0, 0xC1, 0xC2, 0xC3, 0xC9, 0xCA])
def test_jpeg_frame_kinds(sof: int) -> None:
    """Baseline, extended, progressive (SOF2), lossless and arithmetic frames all give the size."""
    assert size(jpeg(1280, 720, sof=sof)) == ("JPEG", 1280, 720)


def test_jpeg_segments_before_the_frame_are_skipped() -> None:
    icc = jpeg_segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + b"\x00" * 3000)
    photoshop = jpeg_segment(0xED, b"Photoshop 3.0\x00" + b"\xc0" * 500)  # SOF-like bytes inside a segment
    comment = jpeg_segment(0xFE, b"\xff\xc0 not a frame")
    data = jpeg(2560, 1440, orientation=1, extra=(icc, photoshop, comment))
    assert size(data) == ("JPEG", 2560, 1440)


def test_jpeg_fill_bytes_before_a_marker() -> None:
    data = jpeg(640, 480)
    padded = data[:2] + b"\xff\xff\xff" + data[2:]
    assert size(padded) == ("JPEG", 640, 480)


@pytest.mark.parametrize("orientation, rotated", [(1, False), (2, False), (3, False), (4, False),
                                                  (5, True), (6, True), (7, True), (8, True)])
@pytest.mark.parametrize("byte_order", ["II", "MM"])
def test_jpeg_exif_orientation(orientation: int, rotated: bool, byte_order: str) -> None:
    """A phone photo stored 4032x3024 with orientation 6 is shown 3024x4032 (portrait)."""
    info = read_image(jpeg(4032, 3024, orientation=orientation, byte_order=byte_order))
    assert info.rotated is rotated
    assert (info.width, info.height) == ((3024, 4032) if rotated else (4032, 3024))


def test_jpeg_odd_exif_is_ignored() -> None:
    bad_value = jpeg_segment(0xE1, exif(9))
    cut_exif = jpeg_segment(0xE1, exif(6)[:14])
    not_tiff = jpeg_segment(0xE1, b"Exif\x00\x00" + b"XX" * 20)
    xmp = jpeg_segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta/>")
    for segment in (bad_value, cut_exif, not_tiff, xmp):
        assert read_image(jpeg(800, 600, extra=(segment,))).size == "800x600"


def test_webp_variants() -> None:
    assert size(webp_lossy(1080, 1080)) == ("WebP", 1080, 1080)
    assert size(webp_lossless(1546, 423)) == ("WebP", 1546, 423)
    assert size(webp_extended(2560, 1440)) == ("WebP", 2560, 1440)
    assert size(webp_extended(16384, 1)) == ("WebP", 16384, 1)


def test_memoryview_bytearray_and_a_prefix_with_the_whole_size() -> None:
    data = jpeg(1080, 1350, extra=(jpeg_segment(0xE2, b"\x00" * 60000),))
    assert read_image(memoryview(data)).size == "1080x1350"
    assert read_image(bytearray(data)).size == "1080x1350"
    info = read_image(data[:HEADER_BYTES] + b"", file_size=1_000_000_000)
    assert (info.size, info.file_size) == ("1080x1350", 1_000_000_000)
    assert read_image(data, file_size=3).file_size == len(data)  # a size smaller than the bytes given is ignored
    too_short_a_start = message(data[:30_000], file_size=len(data))
    assert "first 30,000 bytes" in too_short_a_start and "cut short" not in too_short_a_start


def test_size_and_json() -> None:
    info = read_image(png(2, 1))
    assert info.size == "2x1"
    assert info.to_json() == {"format": "PNG", "width": 2, "height": 1, "file_size": info.file_size, "rotated": False}


# Malformed input: always a ValueError with a message for the user, never another exception.


def message(data: object, **options: object) -> str:
    with pytest.raises(ValueError) as caught:
        read_image(data, **options)  # type: ignore[arg-type]
    text = str(caught.value)
    assert text and text[0].isupper() and text.endswith("."), text
    return text


def test_empty_file() -> None:
    assert "empty" in message(b"")


@pytest.mark.parametrize("data, said", [
    (b"BM" + b"\x00" * 60, "BMP"),
    (b"%PDF-1.7\n", "PDF"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00", "HEIC"),
    (b"\x00\x00\x00\x1cftypavif", "AVIF"),
    (b"\x00\x00\x00\x20ftypisom", "video"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "SVG"),
    (b"\xef\xbb\xbf<?xml version='1.0'?><svg/>", "SVG"),
    (b"II*\x00\x08\x00\x00\x00", "TIFF"),
    (b"Hello, this is a text file.", "not a PNG, JPEG, GIF or WebP"),
    (b"\x00" * 100, "not a PNG, JPEG, GIF or WebP"),
])
def test_wrong_magic(data: bytes, said: str) -> None:
    assert said in message(data)


def test_not_bytes_at_all() -> None:
    message("a string")
    message(12345)
    message(None)


@pytest.mark.parametrize("whole", [
    png(20, 10), gif(20, 10), jpeg(20, 10, orientation=3), jpeg(20, 10, sof=0xC2),
    webp_lossy(20, 10), webp_lossless(20, 10), webp_extended(20, 10),
])
def test_every_truncation_is_a_clear_error(whole: bytes) -> None:
    """Cut anywhere before the size is complete: the message says the file is cut short."""
    needed = next(n for n in range(1, len(whole) + 1) if _reads(whole[:n]))
    for cut in range(1, needed):
        assert "cut short" in message(whole[:cut])
    assert read_image(whole[:needed]).size == "20x10"


def _reads(data: bytes) -> bool:
    try:
        read_image(data)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("data, said", [
    (png(0, 5, decodable=False), "empty"),
    (png(2**31, 5, decodable=False), "more than the format allows"),
    (gif(0, 10), "empty"),
    (jpeg(0, 10), "empty"),
    (jpeg(10, 0), "does not give its height"),
    (webp_lossy(0, 10), "empty"),
])
def test_impossible_dimensions(data: bytes, said: str) -> None:
    assert said in message(data)


def test_png_damaged_header() -> None:
    data = bytearray(png(8, 8))
    data[20] ^= 0xFF  # a byte of the width, so the checksum no longer matches
    assert "checksum" in message(bytes(data))
    not_header_first = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IDAT", b"\x00" * 13)
    assert "IHDR" in message(not_header_first)


def test_png_claiming_a_one_gigabyte_header_chunk() -> None:
    huge = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 1 << 30) + b"IHDR" + b"\x00" * 17
    assert "IHDR" in message(huge)


def test_a_gigabyte_image_claimed_in_the_header_is_still_only_a_header() -> None:
    """Nothing is decoded, so a header claiming 30000x30000 pixels costs nothing to read."""
    info = read_image(png(30000, 30000, decodable=False), file_size=1 << 30)
    assert (info.width, info.height, info.file_size) == (30000, 30000, 1 << 30)


def test_jpeg_damage() -> None:
    scan_first = b"\xff\xd8" + jpeg_segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\xff\xd9"
    assert "image data starts before its size" in message(scan_first)
    garbage_after_start = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 5 + b"garbage"
    assert "damaged" in message(garbage_after_start)
    zero_length = b"\xff\xd8\xff\xe0\x00\x00" + b"\x00" * 20
    assert "impossible length" in message(zero_length)
    segment_past_the_end = b"\xff\xd8\xff\xe1\xff\xff" + b"Exif\x00\x00" + exif(6)[6:]
    assert "cut short" in message(segment_past_the_end)
    short_frame = b"\xff\xd8" + jpeg_segment(0xC0, b"\x08\x00")
    assert "frame header is too short" in message(short_frame)


def test_jpeg_made_only_of_fill_bytes() -> None:
    assert "cut short" in message(b"\xff\xd8" + b"\xff" * 1000)
    assert "long run of padding" in message(b"\xff\xd8" + b"\xff" * 100_000)


def test_webp_damage() -> None:
    assert "no VP8, VP8L or VP8X" in message(riff(webp_chunk(b"ABCD", b"\x00" * 20)))
    assert "key frame" in message(riff(webp_chunk(b"VP8 ", b"\x11\x02\x00\x9d\x01\x2a" + b"\x00" * 8)))
    assert "lossy" in message(riff(webp_chunk(b"VP8 ", b"\x10\x02\x00\x00\x00\x00" + b"\x00" * 8)))
    assert "lossless" in message(riff(webp_chunk(b"VP8L", b"\x00" * 9)))
    assert "too short" in message(riff(webp_chunk(b"VP8X", b"\x00" * 4)))


FORMATS = [png(9, 7), gif(9, 7), jpeg(9, 7, orientation=3, extra=(jpeg_segment(0xFE, b"note"),)),
           webp_lossy(9, 7), webp_lossless(9, 7), webp_extended(9, 7)]


@pytest.mark.parametrize("seed", range(6))
def test_random_damage_never_raises_anything_but_value_error(seed: int) -> None:
    """Flip, drop and insert bytes in real headers, and read pure noise: ImageInfo or ValueError only."""
    rng = random.Random(seed)
    for _ in range(1500):
        data = bytearray(rng.choice(FORMATS))
        for _ in range(rng.randint(1, 4)):
            where = rng.randrange(len(data))
            action = rng.randrange(3)
            if action == 0:
                data[where] = rng.randrange(256)
            elif action == 1:
                del data[where]
            else:
                data.insert(where, rng.choice((0x00, 0xFF, rng.randrange(256))))
        _read_or_value_error(bytes(data))
        _read_or_value_error(bytes(rng.randrange(256) for _ in range(rng.randint(0, 64))))


def _read_or_value_error(data: bytes) -> None:
    try:
        info = read_image(data)
    except ValueError as error:
        assert str(error)
        return
    assert info.width > 0 and info.height > 0 and info.format in ("PNG", "JPEG", "GIF", "WebP")


# Against a real encoder and decoder: Chromium -------------------------------------------

_ENCODE = """async ([width, height, type, quality]) => {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = 'rgba(200, 0, 0, 0.5)';
  context.fillRect(0, 0, Math.ceil(width / 2), height);
  const bytes = new Uint8Array(await (await canvas.convertToBlob({type, quality})).arrayBuffer());
  return Array.from(bytes);
}"""
_DECODE = """async ([bytes, type]) => {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([new Uint8Array(bytes)], {type}));
  await image.decode();
  return [image.naturalWidth, image.naturalHeight];
}"""


def _inner_webp(data: bytes) -> bytes:
    """The simple-format WebP inside Chromium's extended one: its VP8 or VP8L chunk alone."""
    position = 12
    while position + 8 <= len(data):
        name, length = data[position:position + 4], struct.unpack_from("<I", data, position + 4)[0]
        if name in (b"VP8 ", b"VP8L"):
            return riff(webp_chunk(name, data[position + 8:position + 8 + length]))
        position += 8 + length + (length & 1)
    raise AssertionError("no VP8 or VP8L chunk")


@pytest.mark.browser
def test_sizes_agree_with_chromium(chromium) -> None:  # type: ignore[no-untyped-def]
    """Chromium encodes PNG, JPEG and WebP (lossy and lossless) and decodes everything, EXIF
    orientation included: its natural sizes are the sizes read here."""
    page = chromium.new_page()
    files: list[tuple[bytes, str]] = []
    for width, height in ((30, 20), (1, 1), (257, 3)):
        encoded = {kind: bytes(page.evaluate(_ENCODE, [width, height, f"image/{kind}", quality]))
                   for kind, quality in (("png", 1), ("jpeg", 0.9), ("webp", 0.8))}
        lossless = bytes(page.evaluate(_ENCODE, [width, height, "image/webp", 1.0]))
        jpeg_data = encoded["jpeg"]
        files += [(encoded["png"], "image/png"), (jpeg_data, "image/jpeg"), (encoded["webp"], "image/webp"),
                  (_inner_webp(encoded["webp"]), "image/webp"), (_inner_webp(lossless), "image/webp"),
                  (png(width, height), "image/png"), (gif(width, height), "image/gif")]
        for orientation in (3, 6, 8):
            rotated = jpeg_data[:2] + jpeg_segment(0xE1, exif(orientation, "MM")) + jpeg_data[2:]
            files.append((rotated, "image/jpeg"))
    chunks = {data[12:16] for data, kind in files if kind == "image/webp"}
    assert chunks == {b"VP8X", b"VP8 ", b"VP8L"}
    for data, kind in files:
        info = read_image(data)
        assert [info.width, info.height] == page.evaluate(_DECODE, [list(data), kind]), (kind, data[:40])
    page.close()
