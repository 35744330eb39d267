"""Mistakes in the files themselves (rule files, the release folder), on copies of the real
rules/ and seeds/, one mistake at a time: the exit code, the exact `file:line:col` and the
message of `checker validate` (and, where a rule is concerned, of `checker check`)."""

from __future__ import annotations

import pytest
from evidence_helpers import (
    bundled_rules,
    check_json,
    edit,
    errors,
    manifest,
    position_in,
    rules_citing,
    validate,
    workspace,
)

# --- a misspelt field ------------------------------------------------------------------

@pytest.mark.parametrize("file, old, wrong, right", [
    pytest.param("rules/zhengzhou.yaml", "deadline: 十四五末", "dealine", "deadline", id="plan-deadline"),
    pytest.param("rules/zhengzhou.yaml", 'quote: "到“十四五”末,全市续改建中小学150所"', "qoute", "quote",
                 id="plan-quote"),
    pytest.param("rules/hebi.yaml", "indicator: 公办在园幼儿占比", "indicater", "indicator", id="rule-indicator"),
    pytest.param("rules/xinxiang.yaml", "completion: 134.4%", "completoin", "completion", id="outcome-completion"),
])
def test_misspelt_field(tmp_path, monkeypatch, file, old, wrong, right):
    root = workspace(tmp_path, monkeypatch)
    key = old.split(":")[0]
    where = edit(root, file, old, old.replace(key, wrong, 1)).position()
    code, reported, output = validate()
    assert code == 2
    hits = [r for r in reported if r.where == where]
    assert [r.message for r in hits] == [f"unknown field `{wrong}`: did you mean `{right}`?"], output
    # nothing outside the rule whose field is misspelt
    assert all(r.file == file for r in reported), output


def test_misspelt_field_spoils_only_its_rule(tmp_path, monkeypatch):
    root = workspace(tmp_path, monkeypatch)
    edit(root, "rules/zhengzhou.yaml", "deadline: 十四五末", "dealine: 十四五末")
    code, report = check_json()
    assert code == 2
    invalid = [r["id"] for r in report["results"] if r["status"] == "invalid"]
    assert invalid == ["zhengzhou-14th-fyp-school-construction"]
    assert {r["id"] for r in report["results"]} == set(bundled_rules())


# --- a duplicate rule id across two files -----------------------------------------------------

def test_duplicate_rule_id_across_files_names_both_positions(tmp_path, monkeypatch):
    root = workspace(tmp_path, monkeypatch)
    taken = "xinxiang-2023-public-kindergartens"
    original = position_in(root, "rules/xinxiang.yaml", f"id: {taken}")
    copy = edit(root, "rules/hebi.yaml", "id: hebi-2025-public-kindergarten-enrolment-share",
                f"id: {taken}").position()
    code, reported, output = validate()
    assert code == 2
    # both rules are flagged: which one a report means cannot be told
    first, second = sorted(errors(reported), key=lambda p: p.where)
    assert {first.where, second.where} == {original, copy}, output
    for problem in (first, second):
        other = copy if problem.where == original else original
        assert f"duplicate rule id '{taken}'" in problem.message, output
        assert f"also at {other[0]}:{other[1]}" in problem.message, output


# --- a duplicate key in one mapping -----------------------------------------------------------

QUOTE_LINE = 'quote: "实际新建和改扩建公办幼儿园27所"'


def _add_second_quote(root):
    first = position_in(root, "rules/xinxiang.yaml", QUOTE_LINE)
    indent = " " * (first[2] - 1)
    changed = edit(root, "rules/xinxiang.yaml", QUOTE_LINE, f"{QUOTE_LINE}\n{indent}{QUOTE_LINE}")
    second = changed.position(f"\n{indent}{QUOTE_LINE}")
    return first, (second[0], second[1] + 1, first[2])


def test_duplicate_key_reported_at_the_second_naming_the_first(tmp_path, monkeypatch):
    root = workspace(tmp_path, monkeypatch)
    first, second = _add_second_quote(root)
    code, reported, output = validate()
    assert code == 2
    problem, = errors(reported)
    assert problem.where == second, output
    assert problem.message == f"duplicate key 'quote' (first at line {first[1]}); keep one of them", output


def test_duplicate_key_spoils_only_its_rule(tmp_path, monkeypatch):
    """One rule's mistake makes that rule invalid; the other rules of the file are still judged
    (models.RuleFile: "each rule is validated on its own, so one bad rule spoils only itself")."""
    root = workspace(tmp_path, monkeypatch)
    _add_second_quote(root)
    code, report = check_json()
    assert code == 2
    by_id = {r["id"]: r for r in report["results"]}
    assert set(by_id) == set(bundled_rules()), (
        f"{len(set(bundled_rules()) - set(by_id))} rules of rules/xinxiang.yaml vanished from the report; "
        f"summary {report['summary']}, problems {report['problems']}")
    assert by_id["xinxiang-2023-public-kindergartens"]["status"] == "invalid"
    assert [i for i, r in by_id.items() if r["status"] == "invalid"] == ["xinxiang-2023-public-kindergartens"]


# --- YAML that does not parse ------------------------------------------------------------------

@pytest.mark.parametrize("old, new, stop, phrase", [
    # `stop` is the text of the edited line at which the parser must stop (its column is the error's)
    pytest.param("      value: 304所\n", "      value: 304所: 5\n", ": 5", "mapping values are not allowed",
                 id="colon-in-value"),
    pytest.param("      start: 2021-01-01\n", "\tstart: 2021-01-01\n", "\t", "indent with spaces, not tabs",
                 id="tab-indent"),
    pytest.param("    indicator: 义务教育薄弱环节改善与能力提升工程项目学校\n",
                 "     indicator: 义务教育薄弱环节改善与能力提升工程项目学校\n", ": 义务", "mapping values",
                 id="indented-one-space-too-deep"),
    pytest.param('      quote: "涉及项目学校304所"\n', '      quote: "涉及项目学校"304所"\n', '304所"', "",
                 id="double-quote-inside-double-quotes"),
])
def test_yaml_syntax_error(tmp_path, monkeypatch, old, new, stop, phrase):
    root = workspace(tmp_path, monkeypatch)
    assert old.startswith(" ") and new.count(stop) == 1
    file, line, _ = edit(root, "rules/jincheng.yaml", old, new).position()
    code, reported, output = validate()
    assert code == 2
    problem, = reported
    assert problem.where == (file, line, new.index(stop) + 1), output
    assert problem.message.startswith("invalid YAML: "), output
    assert phrase in problem.message, output


# --- the release folder ------------------------------------------------------------------------

def test_unlisted_file_in_seeds_is_a_warning(tmp_path, monkeypatch):
    root = workspace(tmp_path, monkeypatch)
    (root / "seeds" / "notes.txt").write_text("not a release\n", encoding="utf-8")
    code, reported, output = validate()
    assert code == 0, output
    problem, = reported
    assert (problem.file, problem.line, problem.col, problem.severity) == ("seeds/notes.txt", None, None, "warning")
    assert "not listed in releases.yaml" in problem.message, output


RELEASES = manifest()


@pytest.mark.parametrize("entry", RELEASES, ids=[e["id"] for e in RELEASES])
def test_removed_release_file_is_an_error_at_its_manifest_entry(tmp_path, monkeypatch, entry):
    root = workspace(tmp_path, monkeypatch)
    (root / "seeds" / entry["file"]).unlink()
    file_at = position_in(root, "seeds/releases.yaml", f"file: {entry['file']}")
    code, reported, output = validate()
    assert code == 2
    at_manifest = [r for r in reported if r.file == "seeds/releases.yaml"]
    assert len(at_manifest) == 1, output
    assert at_manifest[0].where == file_at, output
    assert at_manifest[0].message == (f"release {entry['id']}: the file {entry['file']} is missing from seeds; "
                                      "restore it or remove the entry"), output
    code, report = check_json()
    assert code == 2
    invalid = {r["id"] for r in report["results"] if r["status"] == "invalid"}
    assert invalid == rules_citing(entry["id"])


@pytest.mark.parametrize("entry", RELEASES, ids=[e["id"] for e in RELEASES])
def test_rules_citing_a_removed_release_are_told_its_file_is_missing(tmp_path, monkeypatch, entry):
    """The id is in the manifest; only its file is gone. A rule citing it must not be told the
    id is unknown, nor be pointed at another release."""
    root = workspace(tmp_path, monkeypatch)
    (root / "seeds" / entry["file"]).unlink()
    _, reported, output = validate()
    at_rules = [r for r in reported if r.file.startswith("rules/")]
    assert at_rules, output
    for problem in at_rules:
        assert "did you mean" not in problem.message, output
        assert "is not a release in" not in problem.message, output
        assert entry["id"] in problem.message and "missing" in problem.message, output
