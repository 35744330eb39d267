"""The evidence checks, on the real releases and the real bundled rules, altered one way at a time.

Each test copies rules/ and seeds/ into a temporary folder, makes ONE edit (a unique piece
of text replaced, so the edited line and column are known from the text itself), runs
`checker validate` (or `checker check --format json`) and asserts the exit code, the exact
`file:line:col` and what the message says.
"""

from __future__ import annotations

import functools

import pytest
from evidence_helpers import (
    SEEDS,
    bundled_quotes,
    bundled_rules,
    check_json,
    edit,
    errors,
    manifest,
    position_in,
    rules_citing,
    runner,
    validate,
    workspace,
)

from checker.cli import app
from checker.inputs.releases import load_corpus
from checker.language.folding import normalise

XINXIANG = "rules/xinxiang.yaml"
ZHENGZHOU = "rules/zhengzhou.yaml"


def only_error(reported):
    found = errors(reported)
    assert len(found) == 1, "\n".join(map(str, reported))
    return found[0]


# --- the bundled rules are clean --------------------------------------------------------

def test_bundled_rules_validate_clean(tmp_path, monkeypatch):
    workspace(tmp_path, monkeypatch)
    code, reported, output = validate()
    assert output == ""
    assert code == 0
    # the only lines set aside: warnings that a deadline not stated in the quote precedes the
    # release the plan is quoted from (the annual reviews restating the year's targets)
    full = runner.invoke(app, ["validate", "--rules", "rules", "--seeds", "seeds"]).stdout.splitlines()
    assert len(full) == 4  # (the others: the release dates the figure so, a note)
    assert all(": warning: plan deadline " in line and "the quote does not state the deadline" in line
               for line in full)


def test_bundled_rules_check_all_valid(tmp_path, monkeypatch):
    workspace(tmp_path, monkeypatch)
    code, report = check_json()
    assert code == 0
    assert report["problems"] == []
    assert report["summary"]["invalid"] == 0
    assert {r["id"] for r in report["results"]} == set(bundled_rules())


QUOTES = bundled_quotes()


@pytest.mark.parametrize("quote", QUOTES, ids=[f"{q.rule_id}:{q.role}" for q in QUOTES])
def test_every_bundled_quote_is_found_where_it_is(quote):
    corpus = _corpus()
    release = corpus.get(quote.source)
    assert release is not None, f"{quote.source} is not in the manifest"
    match = release.find(quote.text)
    assert match is not None, f"{quote.rule_id} {quote.role}: quote not found in {quote.source}"
    lines = release.text.split("\n")
    at_line = lines[match.line - 1]
    first = normalise(quote.text)[0][0]
    # the character at (line, col) of the original file is the quote's first character
    assert normalise(at_line[match.col - 1])[0] == first, (match, at_line)
    # and the span [start, end) of the original text is exactly the quote, whitespace aside
    assert normalise(release.text[match.start:match.end])[0] == normalise(quote.text)[0]
    # the quote reads on from that column (to the end of the line if the passage is broken
    # across lines, in which case the line holds its beginning)
    head = normalise(at_line[match.col - 1:])[0]
    needle = normalise(quote.text)[0]
    assert head.startswith(needle) or needle.startswith(head), (needle, head)


@functools.lru_cache(maxsize=1)
def _corpus():
    corpus = load_corpus(SEEDS)
    assert corpus.diagnostics == []
    return corpus


# --- a declared number that the quote does not state -------------------------------------

NUMBER_CASES = [
    pytest.param(XINXIANG, "value: 27所", "value: 28所",
                 ["outcome value 28所 is not in its quote, which states 27所"], id="digit-changed"),
    pytest.param(XINXIANG, "value: 3.6万个", "value: 3.6个",
                 ["outcome value 3.6个 is not in its quote, which states"], id="wan-dropped"),
    pytest.param(XINXIANG, "value: 27所", "value: 27个",
                 ["outcome value 27个 is not in its quote, which states 27所"], id="wrong-unit"),
    pytest.param(XINXIANG, "value: 26所", "value: 25所",
                 ["plan value 25所 is not in its quote, which states 26所"], id="plan-digit-changed"),
    pytest.param(XINXIANG, "completion: 134.4%", "completion: 143.4%",
                 ["outcome completion 143.4% is not in its quote, which states", "134.4%"],
                 id="completion-changed"),
]


@pytest.mark.parametrize("file, old, new, phrases", NUMBER_CASES)
def test_declared_number_not_in_quote(tmp_path, monkeypatch, file, old, new, phrases):
    root = workspace(tmp_path, monkeypatch)
    where = edit(root, file, old, new).position()
    code, reported, output = validate()
    assert code == 2
    hits = [r for r in reported if all(p in r.message for p in phrases)]
    assert len(hits) == 1, output
    assert hits[0].where == where, output
    # every error is about the edited field (a wrong unit also cannot be compared with the plan)
    assert {r.where for r in errors(reported)} == {where}, output


def test_dropped_wan_names_what_the_quote_states(tmp_path, monkeypatch):
    root = workspace(tmp_path, monkeypatch)
    edit(root, XINXIANG, "value: 3.6万个", "value: 3.6个")
    _, reported, output = validate()
    message = only_error(reported).message
    # the quote says 3.6万个: the message must give that figure (written either way)
    assert "3.6万个" in message or "36000个" in message, output


def test_wrong_unit_also_says_it_cannot_be_compared_with_the_plan(tmp_path, monkeypatch):
    root = workspace(tmp_path, monkeypatch)
    where = edit(root, XINXIANG, "value: 27所", "value: 27个").position()
    _, reported, output = validate()
    messages = [r.message for r in reported if r.where == where]
    assert any("cannot be compared with plan value 26所" in m for m in messages), output


# --- a quote that is not in its release --------------------------------------------------

OUTCOME_QUOTE = 'quote: "实际新建和改扩建公办幼儿园27所"'


@pytest.mark.parametrize("file, old, new, role, release, real_release, real_file, passage", [
    pytest.param(XINXIANG, "source: xinxiang-2024-01-22\n        " + OUTCOME_QUOTE,
                 "source: xinxiang-2025-01-14\n        " + OUTCOME_QUOTE,
                 "outcome 1", "xinxiang-2025-01-14", "xinxiang-2024-01-22", "001_211da1db43f6adac.txt",
                 "实际新建和改扩建公办幼儿园27所", id="outcome"),
    pytest.param(ZHENGZHOU, 'source: zhengzhou-2024-01-01\n      quote: "力争到2025年,建设市级名校长工作室40个"',
                 'source: hebi-2024-12-31\n      quote: "力争到2025年,建设市级名校长工作室40个"',
                 "plan", "hebi-2024-12-31", "zhengzhou-2024-01-01", "002_f90477edc459cb81.txt",
                 "建设市级名校长工作室40个", id="plan"),
])
def test_quote_from_another_release(tmp_path, monkeypatch, file, old, new, role, release, real_release,
                                    real_file, passage):
    root = workspace(tmp_path, monkeypatch)
    where = edit(root, file, old, new).position("quote:")
    code, reported, output = validate()
    assert code == 2
    problem = only_error(reported)
    assert problem.where == where, output
    # the checker finds the quote in the release it really comes from and says so
    real_line = _line_containing(root / "seeds" / real_file, passage)
    assert problem.message == (f"{role} quote not found in release {release}, but it is in release "
                               f"{real_release} (line {real_line}): fix the `source`"), output


@pytest.mark.parametrize("file, old, typo, release_file", [
    pytest.param(XINXIANG, "实际新建和改扩建公办幼儿园27所", "实际新建和改扩建公立幼儿园27所",
                 "001_211da1db43f6adac.txt", id="outcome-one-char"),
    pytest.param(ZHENGZHOU, "力争到2025年,建设市级名校长工作室40个", "力争到2025年,建设市级名校长工做室40个",
                 "002_f90477edc459cb81.txt", id="plan-one-char"),
    pytest.param("rules/jincheng.yaml", "涉及项目学校304所", "涉及项目学校305所",
                 "004_7e88397556dc7ec5.txt", id="digit-in-quote"),
])
def test_typo_in_quote_gives_the_closest_passage(tmp_path, monkeypatch, file, old, typo, release_file):
    root = workspace(tmp_path, monkeypatch)
    where = edit(root, file, f'quote: "{old}"', f'quote: "{typo}"').position()
    code, reported, output = validate()
    assert code == 2
    problem = only_error(reported)
    assert problem.where == where, output
    assert "quote not found" in problem.message and "closest passage" in problem.message, output
    real_line = _line_containing(root / "seeds" / release_file, old)
    # one character changed: the closest passage is exactly the real one, at its line
    assert f"the closest passage is at line {real_line}: {old}" in problem.message, output


@pytest.mark.parametrize("typo", [
    pytest.param("实际新建和改建公办幼儿园27所", id="char-dropped"),
    pytest.param("实际新建和改扩建公办的幼儿园27所", id="char-added"),
])
def test_dropped_or_added_char_still_points_at_the_passage(tmp_path, monkeypatch, typo):
    old = "实际新建和改扩建公办幼儿园27所"
    root = workspace(tmp_path, monkeypatch)
    edit(root, XINXIANG, f'quote: "{old}"', f'quote: "{typo}"')
    _, reported, output = validate()
    line, passage = _closest(only_error(reported).message)
    assert line == _line_containing(root / "seeds" / "001_211da1db43f6adac.txt", old), output
    assert passage in old or old in passage, output


def _closest(message: str) -> tuple[int, str]:
    marker = "the closest passage is at line "
    assert marker in message, message
    line, passage = message.split(marker, 1)[1].split(": ", 1)
    return int(line), passage


def _line_containing(path, quote: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    numbers = [n for n, line in enumerate(lines, 1) if quote in line]
    assert len(numbers) == 1, numbers
    return numbers[0]


def _assert_passage_on_line(path, line: int, passage: str) -> None:
    """`passage` (normalised text, as the message shows it) starts on `line` of the file."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    from_line = normalise("\n".join(lines[line - 1:]))[0]
    on_line = normalise(lines[line - 1])[0]
    assert passage, "the closest passage is empty"
    assert from_line.find(passage) != -1 and from_line.find(passage) < len(on_line), (line, passage)


# --- a release whose bytes changed ---------------------------------------------------------

RELEASES = manifest()


def _alter_one_byte(root, entry) -> None:
    """Change one ASCII digit of the release file (one byte; still valid UTF-8)."""
    path = root / "seeds" / entry["file"]
    data = bytearray(path.read_bytes())
    at = next(i for i, b in enumerate(data) if 0x30 <= b <= 0x38)
    data[at] += 1
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("entry", RELEASES, ids=[e["id"] for e in RELEASES])
def test_altered_release_invalidates_every_rule_citing_it(tmp_path, monkeypatch, entry):
    root = workspace(tmp_path, monkeypatch)
    _alter_one_byte(root, entry)
    sha_at = position_in(root, "seeds/releases.yaml", f"sha256: {entry['sha256']}")

    code, reported, output = validate()
    assert code == 2
    at_manifest = [r for r in reported if r.file == "seeds/releases.yaml"]
    assert len(at_manifest) == 1, output
    assert at_manifest[0].where == sha_at, output
    message = at_manifest[0].message
    assert f"release {entry['id']}" in message and "altered" in message and "sha256" in message, output
    # every quote citing it is reported at its `source:` line, and nothing else is
    at_rules = {r.where for r in reported if r.file != "seeds/releases.yaml"}
    assert at_rules == _source_positions(root, entry["id"]), output
    assert all("altered" in r.message for r in reported), output

    code, report = check_json()
    assert code == 2
    invalid = {r["id"] for r in report["results"] if r["status"] == "invalid"}
    assert invalid == rules_citing(entry["id"])
    assert {r["id"] for r in report["results"]} == set(bundled_rules())
    for result in report["results"]:
        if result["id"] in invalid:
            assert result["problems"] and all("altered" in p for p in result["problems"]), result


def test_altered_byte_that_breaks_utf8_still_says_altered(tmp_path, monkeypatch):
    """A changed byte inside a Chinese character leaves the file not UTF-8. It is still an
    altered release: the rules citing it must say so (not that the id is unknown, nor suggest
    another release)."""
    entry = next(e for e in RELEASES if e["id"] == "hebi-2024-12-31")
    root = workspace(tmp_path, monkeypatch)
    path = root / "seeds" / entry["file"]
    data = bytearray(path.read_bytes())
    lead = next(i for i, b in enumerate(data) if b >= 0xE0)  # first byte of a 3-byte character
    data[lead + 1] = 0x41  # its second byte becomes "A": no longer UTF-8
    path.write_bytes(bytes(data))
    sha_at = position_in(root, "seeds/releases.yaml", f"sha256: {entry['sha256']}")
    code, reported, output = validate()
    assert code == 2
    assert any(r.where == sha_at and "altered" in r.message for r in reported), output
    at_rules = [r for r in reported if r.file.startswith("rules/")]
    assert {r.where for r in at_rules} == _source_positions(root, entry["id"]), output
    for problem in at_rules:
        assert "did you mean" not in problem.message, output
        assert "altered" in problem.message, output


def _source_positions(root, release_id) -> set[tuple[str, int, int]]:
    """(file, line, col of the key) of every `source: <release_id>` line of the rules."""
    found = set()
    for path in sorted((root / "rules").glob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if line.strip() == f"source: {release_id}":
                found.add((f"rules/{path.name}", number, line.index("source:") + 1))
    return found


# --- a declared deadline the quote contradicts --------------------------------------------

@pytest.mark.parametrize("file, quote, old, new, said", [
    pytest.param(ZHENGZHOU, "力争到2025年,建设市级名校长工作室40个", "2025年", "2026年",
                 "2025年 (2025-12-31)", id="year"),
    pytest.param("rules/hebi.yaml", "2025年底公办在园幼儿占比达55%", "2025年底", "2024年底",
                 "2025年底 (2025-12-31)", id="year-end"),
])
def test_deadline_contradicting_the_quote(tmp_path, monkeypatch, file, quote, old, new, said):
    root = workspace(tmp_path, monkeypatch)
    tail = f'\n      source: {_plan_source(quote)}\n      quote: "{quote}"'
    where = edit(root, file, f"deadline: {old}{tail}", f"deadline: {new}{tail}").position()
    code, reported, output = validate()
    assert code == 2
    problem = only_error(reported)
    assert problem.where == where, output
    assert problem.message.startswith(f"plan deadline {new} "), output
    assert f"contradicts its quote, which says {said}" in problem.message, output


def _plan_source(quote: str) -> str:
    return next(q.source for q in QUOTES if q.role == "plan" and q.text == quote)


# --- a source that is not a release ----------------------------------------------------------

@pytest.mark.parametrize("file, block, typo, meant, role", [
    pytest.param(XINXIANG, "source: xinxiang-2024-01-22\n        " + OUTCOME_QUOTE, "xinxiang-2024-01-2",
                 "xinxiang-2024-01-22", "outcome 1", id="outcome-digit-dropped"),
    pytest.param(ZHENGZHOU, 'source: zhengzhou-2024-01-01\n      quote: "力争到2025年,建设市级名校长工作室40个"',
                 "zhengzou-2024-01-01", "zhengzhou-2024-01-01", "plan", id="plan-letter-dropped"),
])
def test_unknown_source_suggests_the_closest_id(tmp_path, monkeypatch, file, block, typo, meant, role):
    root = workspace(tmp_path, monkeypatch)
    release_id = block.split("\n")[0].removeprefix("source: ")
    where = edit(root, file, block, block.replace(release_id, typo, 1)).position()
    code, reported, output = validate()
    assert code == 2
    problem = only_error(reported)
    assert problem.where == where, output
    assert problem.message == (f"{role} source {typo!r} is not a release in seeds/releases.yaml: "
                               f"did you mean {meant!r}?"), output


# --- the same problems through `checker check` ----------------------------------------------

def test_check_marks_only_the_altered_rule_invalid(tmp_path, monkeypatch):
    root = workspace(tmp_path, monkeypatch)
    where = edit(root, XINXIANG, "value: 27所", "value: 28所").position()
    code, report = check_json()
    assert code == 2
    by_id = {r["id"]: r for r in report["results"]}
    assert set(by_id) == set(bundled_rules())
    broken = by_id["xinxiang-2023-public-kindergartens"]
    assert broken["status"] == "invalid"
    assert broken["problems"] == [f"{where[0]}:{where[1]}:{where[2]}: outcome value 28所 is not in its "
                                  "quote, which states 27所"]
    assert [i for i, r in by_id.items() if r["status"] == "invalid"] == ["xinxiang-2023-public-kindergartens"]
    assert all(r["problems"] == [] for i, r in by_id.items() if i != broken["id"])
    assert report["problems"] == []
    assert report["summary"]["invalid"] == 1
