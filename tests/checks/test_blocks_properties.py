"""Property tests of the rule-block reader: whatever an editor types, it answers with located errors.

Pages are made from the pieces that steer the scanner (headers, option lines, fences, comments,
`///` lines, admonitions, invisible characters) mixed with arbitrary text, so that the shapes the
scanner must survive come up often; the parser must never crash and every error must point at a
line of the page.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.blocks import find_blocks
from checks.errors import RulebookError
from checks.parse import parse_files

PIECES = [
    "/// rule | X-001", "/// rule | X-002", "/// rule", "/// Rule | X-003", "\ufeff/// rule | X-004", "    /// rule | X-005",
    "> /// rule | X-006", "/// details | More", "/// checker | x", "///", "```", "~~~~", "````markdown", "<!--", "-->",
    "!!! note", "??? tip \"More\"", "", "Body text.", "# Heading",
    "    title: A title", "    severity: warning", "    severity: [warning", "    severity: critical",
    "    applies_to: {platforms: [x], accounts: [institutional]}", "    applies_to: all",
    '    source: {document: official, section: "Twitter"}', "    source: {document: [handbook], section: 1}",
    "    since: 2019-10-16", "    since: 2024-02-30", "    since: 2024-01-01 10:00:00", "    revised: 2000-01-01",
    "    check: manual", "    check: {kind: limit, measure: hashtags, max: 3}", "    check: {kind: [phrase]}",
    '    message: "{value} hashtags; use at most {max}."', '    message: "Avoid {match} :-{"',
    '    flag: ["#a #b #c #d"]', '    pass: ["#a"]', "    flag: [“#a”]", "    status: superseded",
    "    superseded_by: X-001", "    superseded_by: [ED-001]", "    status: retired", "    reason: [a, b]",
    "\ttitle: tabbed", "\u00a0\u00a0\u00a0\u00a0title: spaced", "    severity: warning\n    severity: error",
]
line = st.one_of(st.sampled_from(PIECES), st.text(max_size=30).map(lambda t: t.replace("\r", "")))
pages = st.lists(line, max_size=40).map("\n".join)


def page_lines(page: str) -> int:
    return max(1, len(page.removeprefix("\ufeff").splitlines()))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_the_scanner_never_crashes_and_locates_every_block_and_error_inside_the_page(page: str) -> None:
    blocks, errors = find_blocks(page, "p.md")
    last = page_lines(page)
    for error in errors:
        assert error.file == "p.md" and 1 <= error.line <= last, error
    for block in blocks:
        assert 1 <= block.line < block.end_line <= last
        assert page.removeprefix("\ufeff").splitlines()[block.end_line - 1].strip() == "///"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_the_parser_answers_any_page_with_rules_or_located_errors_never_an_exception(page: str) -> None:
    try:
        rulebook = parse_files({"p.md": page})
    except RulebookError as error:
        assert error.errors
        last = page_lines(page)
        for problem in error.errors:
            assert problem.file == "p.md" and 1 <= problem.line <= last, problem
            assert "could not be read" not in problem.problem, problem  # the last-resort net never fired
            assert problem.fix
    else:
        assert all(rule.file == "p.md" for rule in rulebook.rules)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_crashes_the_scanner(page: str) -> None:
    blocks, errors = find_blocks(page, "p.md")
    assert all(1 <= error.line <= page_lines(page) for error in errors)
