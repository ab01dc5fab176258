"""The `image` kind: image rules judge sizes, never text; the engine runs them on image bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.engine import Engine
from checks.errors import RulebookError
from checks.kinds.image import USES, ImageCheck, byte_label, parse_example, ratio_label
from checks.parse import parse_files
from checks.text import Draft
from tests.checks.image_files import gif, jpeg, png, webp_extended
from tests.checks.kinds.compiled import compile_ok, problems

IMAGE_SIZES_PAGE = Path(__file__).resolve().parents[3] / "docs" / "official" / "image-sizes.md"


def flagged(check: ImageCheck, example: str) -> bool:
    return bool(check.run_example(example))


def test_compiles_to_an_image_check_that_never_fires_on_text() -> None:
    check = compile_ok(kind="image", use="post-image", sizes=[[1080, 1080]])
    assert isinstance(check, ImageCheck)
    assert check(Draft("800x600 is the size of my photo")) == []


def test_sizes_accept_the_shape_at_that_size_or_larger() -> None:
    check = compile_ok(kind="image", use="post-image", sizes=[[1080, 1080], [1280, 720]])
    for passing in ("1080x1080", "1280x720", "2160x2160", "1920x1080", "3840x2160"):
        assert not flagged(check, passing), passing
    for failing in ("800x600", "1080x1350", "720x1280", "640x360", "1000x1000"):
        assert flagged(check, failing), failing


def test_one_percent_tolerance_on_shape_and_size() -> None:
    """1270x720 (1.764) is within 1% of 16:9 (1.778) and of 1280 wide; 1260x720 (1.75) is not."""
    check = compile_ok(kind="image", use="post-image", sizes=[[1280, 720]])
    assert not flagged(check, "1270x720")
    assert flagged(check, "1260x720")
    strict = compile_ok(kind="image", use="post-image", sizes=[[1280, 720]], tolerance=0)
    assert flagged(strict, "1270x720")
    assert not flagged(strict, "1280x720")


def test_ratio_and_min() -> None:
    check = compile_ok(kind="image", use="profile-photo", ratio="1:1", min=[110, 110])
    assert not flagged(check, "110x110")
    assert not flagged(check, "1080x1080")
    assert flagged(check, "100x100")
    assert flagged(check, "1080x720")
    several = compile_ok(kind="image", use="post-image", ratio=["1:1", "1.91:1", "4:5"])
    assert not flagged(several, "1200x628")
    assert not flagged(several, "1080x1350")
    assert flagged(several, "1080x1920")


def test_max_bytes_only_when_the_file_size_is_known() -> None:
    check = compile_ok(kind="image", use="post-image", max_bytes=5_000_000)
    assert flagged(check, "4000x3000, 6.2 MB")
    assert not flagged(check, "4000x3000, 5 MB")
    assert not flagged(check, "4000x3000")
    assert check.check_dimensions(10, 10, 5_000_001)
    assert not check.check_dimensions(10, 10, None)


def test_values_for_the_message() -> None:
    check = compile_ok(kind="image", use="post-image", sizes=[[1080, 1080], [1280, 720]], max_bytes=5_000_000)
    (hit,) = check.check_dimensions(800, 600, 6_200_000)
    assert (hit.start, hit.end) == (0, 0)
    values = hit.values
    assert values["size"] == "800x600" and values["ratio"] == "4:3" and (values["width"], values["height"]) == (800, 600)
    assert values["expected"] == "1080x1080 or 1280x720"
    assert values["expected_ratio"] == "1:1 or 16:9"
    assert values["file_size"] == "6.2 MB" and values["max_bytes"] == "5 MB"
    assert values["use"] == "image in a post"
    assert values["problem"] == "its shape (4:3) is not 1:1 or 16:9; the file (6.2 MB) is larger than 5 MB"
    (small,) = check.check_dimensions(640, 360)
    assert small.values["problem"] == "640x360 is smaller than 1280x720"


@pytest.mark.parametrize("width, height, label", [
    (1080, 1080, "1:1"), (1920, 1080, "16:9"), (1024, 768, "4:3"), (1080, 1350, "4:5"),
    (1270, 720, "1.76:1"), (851, 315, "2.7:1"), (1200, 628, "1.91:1"), (1546, 423, "3.65:1"),
])
def test_ratio_label(width: int, height: int, label: str) -> None:
    assert ratio_label(width, height) == label


def test_byte_label() -> None:
    assert [byte_label(n) for n in (512, 480_000, 5_000_000, 6_234_567, 2 * 10**9)] == [
        "512 bytes", "480 KB", "5 MB", "6.2 MB", "2 GB"]


@pytest.mark.parametrize("example, parsed", [
    ("800x600", (800, 600, None)),
    (" 1080 × 1080 ", (1080, 1080, None)),
    ("1500x500, 12 MB", (1500, 500, 12_000_000)),
    ("1200x675 480 KB", (1200, 675, 480_000)),
    ("10x10, 999 bytes", (10, 10, 999)),
])
def test_parse_example(example: str, parsed: tuple[int, int, int | None]) -> None:
    assert parse_example(example) == parsed


@pytest.mark.parametrize("example, said", [
    ("800 by 600", "800x600"), ("800x", "800x600"), ("a photo of a cat", "800x600"), ("800x600, 5 parsecs", "800x600"),
    ("", "800x600"), ("0x600", "no pixels"),
])
def test_unreadable_example(example: str, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        parse_example(example)


@pytest.mark.parametrize("params, field", [
    ({"sizes": [[1080, 1080]]}, "check.use"),
    ({"use": "banner", "sizes": [[1080, 1080]]}, "check.use"),
    ({"use": "post-image"}, "check"),
    ({"use": "post-image", "sizes": [[1080]]}, "check.sizes"),
    ({"use": "post-image", "sizes": [[0, 10]]}, "check.sizes"),
    ({"use": "post-image", "sizes": []}, "check.sizes"),
    ({"use": "post-image", "sizes": "1080x1080"}, "check.sizes"),
    ({"use": "post-image", "ratio": 969}, "check.ratio"),  # YAML reads an unquoted 16:9 as 969
    ({"use": "post-image", "ratio": "16/9"}, "check.ratio"),
    ({"use": "post-image", "ratio": "0:1"}, "check.ratio"),
    ({"use": "post-image", "min": [110]}, "check.min"),
    ({"use": "post-image", "max_bytes": 0}, "check.max_bytes"),
    ({"use": "post-image", "max_bytes": "5 MB"}, "check.max_bytes"),
    ({"use": "post-image", "sizes": [[1, 1]], "tolerance": 0.5}, "check.tolerance"),
    ({"use": "post-image", "sizes": [[1, 1]], "tolerance": True}, "check.tolerance"),
    ({"use": "post-image", "sizes": [[1, 1]], "max": [1, 1]}, "check.max"),
])
def test_parameter_problems(params: dict[str, object], field: str) -> None:
    assert field in [f for f, _, _ in problems(kind="image", **params)]


# Rule blocks and the engine -----------------------------------------------------------


def rule_block(rule_id: str, platforms: str, check: str, flag: list[str], passes: list[str],
               message: str = "This image ({size}) does not fit: {problem}.") -> str:
    return f"""
/// rule | {rule_id}
    title: Use the right image size
    severity: warning
    applies_to: {{platforms: [{platforms}], accounts: [institutional]}}
    source: {{document: official, section: "2016 Measurement Guidelines"}}
    since: 2019-10-16
    check: {check}
    message: "{message}"
    flag: {json.dumps(flag)}
    pass: {json.dumps(passes)}

Why the size matters.
///
"""


BOOK = "\n".join([
    rule_block("IMG-901", "facebook", "{kind: image, use: post-image, sizes: [[1080, 1080], [1280, 720]]}",
               ["800x600"], ["1080x1080"]),
    rule_block("IMG-902", "facebook", "{kind: image, use: post-image, max_bytes: 5000000}",
               ["1080x1080, 6 MB"], ["1080x1080, 1 MB"], "Too big: {file_size}, at most {max_bytes}."),
    rule_block("IMG-903", "facebook", "{kind: image, use: profile-photo, sizes: [[1080, 1080]]}", ["400x400"], ["1080x1080"]),
    rule_block("IMG-904", "x", "{kind: image, use: profile-photo, sizes: [[400, 400]]}", ["300x300"], ["400x400"]),
    rule_block("LEN-901", "facebook", "{kind: limit, measure: paragraphs, max: 2}", ["a\n\nb\n\nc"], ["a"],
               "Too many paragraphs: {value}."),
])


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(parse_files({"book.md": BOOK}))


def test_image_rules_never_fire_on_text(engine: Engine) -> None:
    findings = engine.check("800x600\n\n400x400\n\nthird paragraph", "facebook", "institutional")
    assert [f.rule_id for f in findings] == ["LEN-901"]


def test_check_image_on_real_bytes(engine: Engine) -> None:
    findings = engine.check_image(png(800, 600, decodable=False), "facebook", "post-image", "institutional")
    assert [(f.rule_id, f.text, f.start, f.end, f.link) for f in findings] == [("IMG-901", "800x600", 0, 0, "r/IMG-901/")]
    assert findings[0].message == "This image (800x600) does not fit: its shape (4:3) is not 1:1 or 16:9."
    assert engine.check_image(gif(1080, 1080), "facebook", "post-image", "institutional") == []


def test_check_image_uses_the_displayed_orientation(engine: Engine) -> None:
    """Stored 1350x1080 with EXIF orientation 6: shown 1080x1350 (4:5), which is not square or 16:9."""
    assert engine.check_image(jpeg(1280, 720, orientation=1), "facebook", "post-image", "institutional") == []
    rotated = engine.check_image(jpeg(1280, 720, orientation=6), "facebook", "post-image", "institutional")
    assert [(f.rule_id, f.text) for f in rotated] == [("IMG-901", "720x1280")]


def test_check_image_file_size_from_a_prefix(engine: Engine) -> None:
    head = webp_extended(1080, 1080)
    findings = engine.check_image(head, "facebook", "post-image", "institutional", file_size=6_000_000)
    assert [(f.rule_id, f.message) for f in findings] == [("IMG-902", "Too big: 6 MB, at most 5 MB.")]


def test_check_image_only_for_the_use_platform_and_account(engine: Engine) -> None:
    small = png(300, 300, decodable=False)
    assert [f.rule_id for f in engine.check_image(small, "facebook", "profile-photo", "institutional")] == ["IMG-903"]
    assert [f.rule_id for f in engine.check_image(small, "x", "profile-photo", "institutional")] == ["IMG-904"]
    assert engine.check_image(small, "x", "profile-photo", "personal") == []
    assert engine.check_image(small, "instagram", "profile-photo", "institutional") == []


def test_check_image_rejects_what_is_not_an_image(engine: Engine) -> None:
    with pytest.raises(ValueError, match="not a PNG, JPEG, GIF or WebP"):
        engine.check_image(b"just text", "facebook", "post-image", "institutional")


def test_check_image_json(engine: Engine) -> None:
    report = json.loads(engine.check_image_json(png(800, 600, decodable=False), "facebook", "post-image", "institutional"))
    assert report["error"] is None
    assert report["image"] == {"format": "PNG", "width": 800, "height": 600, "file_size": report["image"]["file_size"],
                               "rotated": False}
    assert [f["rule_id"] for f in report["findings"]] == ["IMG-901"]
    broken = json.loads(engine.check_image_json(b"", "facebook", "post-image", "institutional"))
    assert broken["image"] is None and broken["findings"] == [] and "empty" in broken["error"]


def test_image_uses(engine: Engine) -> None:
    assert engine.image_uses("facebook", "institutional") == [
        {"use": "profile-photo", "label": USES["profile-photo"]}, {"use": "post-image", "label": USES["post-image"]}]
    assert [u["use"] for u in engine.image_uses("x", "institutional")] == ["profile-photo"]
    assert engine.image_uses("reply", "institutional") == []


def test_examples_run_as_tests_and_unreadable_examples_are_reported_with_their_line() -> None:
    wrong = rule_block("IMG-905", "facebook", "{kind: image, use: post-image, sizes: [[1080, 1080]]}",
                       ["1080x1080"], ["a square photo"])
    with pytest.raises(RulebookError) as caught:
        parse_files({"wrong.md": wrong})
    text = str(caught.value)
    assert "wrong.md:10: IMG-905 field 'flag': example 1 of `flag` is not flagged" in text
    assert "wrong.md:11: IMG-905 field 'pass': example 1 of `pass` cannot be read" in text


def test_unknown_message_placeholder_is_refused() -> None:
    block = rule_block("IMG-906", "facebook", "{kind: image, use: post-image, sizes: [[1080, 1080]]}",
                       ["800x600"], ["1080x1080"], "Wrong: {value}.")
    with pytest.raises(RulebookError, match="unknown placeholder"):
        parse_files({"book.md": block})


# The handbook's own image rules -------------------------------------------------------


@pytest.fixture(scope="module")
def handbook_images() -> Engine:
    return Engine(parse_files({"image-sizes.md": IMAGE_SIZES_PAGE.read_text(encoding="utf-8")}))


@pytest.mark.parametrize("platform, use, width, height, expected", [
    ("facebook", "post-image", 1080, 1080, []),
    ("facebook", "post-image", 1270, 720, []),  # the 2016 table's landscape size
    ("facebook", "post-image", 4032, 3024, ["IMG-001"]),  # a 4:3 phone photo
    ("facebook", "profile-photo", 400, 400, ["IMG-002"]),
    ("facebook", "cover-photo", 851, 315, []),
    ("x", "profile-photo", 400, 400, []),
    ("instagram", "post-image", 1024, 768, []),
    ("instagram", "post-image", 1080, 1920, ["IMG-009"]),
    ("instagram", "profile-photo", 1080, 720, ["IMG-010"]),
    ("youtube-title", "channel-art", 2560, 1440, []),
    ("youtube-description", "channel-art", 1546, 423, ["IMG-011"]),
])
def test_handbook_image_rules(handbook_images: Engine, platform: str, use: str, width: int, height: int,
                              expected: list[str]) -> None:
    findings = handbook_images.check_dimensions(width, height, platform, use, "institutional")
    assert [f.rule_id for f in findings] == expected
    for finding in findings:
        assert "{" not in finding.message and f"{width}x{height}" in finding.message


def test_handbook_file_size_rules(handbook_images: Engine) -> None:
    findings = handbook_images.check_dimensions(1500, 500, "x", "cover-photo", "institutional", 12_000_000)
    assert [(f.rule_id, f.message) for f in findings] == [
        ("IMG-008", "This header photo is 12 MB; it should be at most 10 MB.")]
