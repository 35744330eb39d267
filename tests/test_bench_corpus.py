"""The benchmark corpus (benchmarks/corpus.py): it validates cleanly, is the same bytes every
time, judges to about the bundled mix of statuses, and every rule in it is honest by the rules
the evidence checks are moving to (so a stricter checker may reject none of them)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from conftest import ROOT
from typer.testing import CliRunner

from checker.cli import app
from checker.judge.pipeline import Audit
from checker.language.folding import normalise
from checker.language.periods import find_periods, parse_period
from checker.language.quantity import Qualifier, find_quantities, parse_quantity

RULES, RELEASES = 1000, 200
# the bundled report has 31% met, 16% pending, 53% unreported, 0 missed; the corpus adds a few missed
MIX = {"met": (0.22, 0.38), "pending": (0.09, 0.22), "unreported": (0.42, 0.60), "missed": (0.01, 0.08)}
COMPARATORS: dict[Qualifier, set[str | None]] = {
    Qualifier.AT_LEAST: {"at_least"}, Qualifier.MORE_THAN: {"more_than"}, Qualifier.AT_MOST: {"at_most"},
    Qualifier.EXACT: {"at_least", None}}


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    _generator().generate(out, RULES, RELEASES, seed=0)
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


def test_validates_with_no_problems(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    code, out = _run("validate", "--rules", str(corpus / "rules"), "--seeds", str(corpus / "seeds"))
    assert (code, out) == (0, "")


def test_same_arguments_same_bytes(corpus: Path, tmp_path: Path) -> None:
    _generator().generate(tmp_path, RULES, RELEASES, seed=0)
    first, again = _files(corpus), _files(tmp_path)
    assert len(first) == RELEASES + 1 + len(list((corpus / "rules").glob("*.yaml")))
    assert first == again


def test_status_mix_like_the_bundled_rules(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    code, out = _run("check", "--rules", str(corpus / "rules"), "--seeds", str(corpus / "seeds"),
                     "--format", "json", "--as-of", "2026-11-25", "--fail-on", "none")
    summary = json.loads(out)["summary"]
    statuses = ("met", "missed", "disputed", "pending", "unreported", "invalid")
    assert code == 0 and summary["invalid"] == 0 and sum(summary[status] for status in statuses) == RULES
    for status, (low, high) in MIX.items():
        assert low <= summary[status] / RULES <= high, summary


def _flat(text: str) -> str:
    return normalise(text)[0]


def _stated(quote: str, declared: str) -> None:
    """The quote states the declared quantity, with its qualifier, and nothing approximate."""
    found = [f.quantity for f in find_quantities(quote) if not f.quantity.completion]
    assert not any(q.qualifier in (Qualifier.NEARLY, Qualifier.ABOUT) for q in found), quote
    assert ["".join(q.text.split()) for q in found] == [declared], (quote, declared)
    assert found[0].qualifier is parse_quantity(declared).qualifier


def test_every_rule_is_honest(corpus: Path) -> None:
    manifest = yaml.safe_load((corpus / "seeds" / "releases.yaml").read_text(encoding="utf-8"))["releases"]
    releases = {r["id"]: (_flat((corpus / "seeds" / r["file"]).read_text(encoding="utf-8")), r["published"])
                for r in manifest}
    rules = [rule for path in sorted((corpus / "rules").glob("*.yaml"))
             for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]]
    assert len(rules) == RULES
    for rule in rules:
        plan = rule["plan"]
        for item in [plan, *rule["outcomes"]]:  # a whole clause, once in its release
            text, _ = releases[item["source"]]
            needle = _flat(item["quote"])
            at = text.find(needle)
            assert at > 0 and text.find(needle, at + 1) < 0, item
            assert text[at - 1] in "。," and text[at + len(needle)] in "。,", item
        assert rule["indicator"] in plan["quote"]
        if "value" in plan:
            _stated(plan["quote"], plan["value"])
            assert plan.get("comparator") in COMPARATORS[parse_quantity(plan["value"]).qualifier], rule["id"]
        if "deadline" in plan:
            due = parse_period(plan["deadline"]).end
            assert all(period.end == due for _, period in find_periods(plan["quote"])), rule["id"]
        for outcome in rule["outcomes"]:
            quote = outcome["quote"]
            assert outcome["as_of"] <= releases[outcome["source"]][1]
            assert {int(y) for y in re.findall(r"(\d{4})年", quote)} <= {outcome["as_of"].year}, quote
            if "value" in outcome:
                _stated(quote, outcome["value"])
            if outcome.get("increment"):
                assert not re.search("累计|截至|共计", quote)
            if "completion" in outcome:
                assert re.search(f"完成[^,。]*目标的{re.escape(outcome['completion'])}$", quote)
            if outcome.get("claim") in ("met", "exceeded"):
                assert "完成" in quote and "未完成" not in quote
                assert outcome["claim"] == "met" or "超额完成" in quote
            if outcome.get("achieved"):
                assert re.search("建成|投用|完成|通过验收", quote) and not re.search("开工|启动", quote)
    assert all(isinstance(r[1], date) for r in releases.values())


def test_one_worker_and_two_judge_alike(corpus: Path) -> None:
    """The rules shared out between two processes get the verdicts they get in one, and the
    report is the same bytes."""
    from checker.judge.pipeline import run_audit
    from checker.locale import Lang, words
    from checker.report.formats import Format, Options, renderer

    seen: list[tuple[int, int]] = []
    one = run_audit([corpus / "rules"], corpus / "seeds", date(2026, 11, 25), 90, workers=1)
    two = run_audit([corpus / "rules"], corpus / "seeds", date(2026, 11, 25), 90, workers=2,
                    progress=lambda done, total: seen.append((done, total)))
    assert one.verdicts == two.verdicts and one.problems() == two.problems()
    options = Options(words(Lang.en), frozenset())
    assert renderer(Format.json)(one, options) == renderer(Format.json)(two, options)
    assert seen[-1] == (RULES, RULES) and len(seen) > 2  # told as the work went


def _judged_alike(rules: Path, seeds: Path) -> tuple[Audit, Audit]:
    from checker.judge.pipeline import run_audit

    one = run_audit([rules], seeds, date(2026, 11, 25), 90, workers=1)
    two = run_audit([rules], seeds, date(2026, 11, 25), 90, workers=2)
    assert one.verdicts == two.verdicts and one.problems() == two.problems()
    return one, two


def test_an_id_two_files_share_is_found_when_files_are_shared_out(corpus: Path, tmp_path: Path) -> None:
    """Each process loads its own rule files, so an id that rules of two files share is looked
    for again with both in view: both rules are invalid, with one worker or two."""
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(corpus / "rules", rules)
    files = sorted(rules.glob("*.yaml"))
    first = yaml.safe_load(files[0].read_text(encoding="utf-8"))["rules"][3]["id"]
    last = files[-1].read_text(encoding="utf-8")
    taken = yaml.safe_load(last)["rules"][-1]["id"]
    files[-1].write_text(last.replace(f"id: {taken}\n", f"id: {first}\n"), encoding="utf-8")
    one, _ = _judged_alike(rules, corpus / "seeds")
    shared = [v for v in one.verdicts if v.rule_id == first]
    assert len(shared) == 2 and all(v.status.value == "invalid" for v in shared)
    assert all(any(d.message.code == "rule-duplicate-id" for d in v.diagnostics) for v in shared)


def test_one_big_rule_file_is_shared_out_too(corpus: Path, tmp_path: Path) -> None:
    """A single file of every rule is cut into parts, a few for each process, and judged alike."""
    from checker.judge.workers import PARTS_EACH, PIECE_BYTES, file_pieces

    rules = [rule for path in sorted((corpus / "rules").glob("*.yaml"))
             for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]]
    big = tmp_path / "rules" / "all.yaml"
    big.parent.mkdir()
    big.write_text(yaml.safe_dump({"rules": rules}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert big.stat().st_size > 2 * PIECE_BYTES and 2 < len(file_pieces([big], 2)) <= 2 * PARTS_EACH
    one, two = _judged_alike(big.parent, corpus / "seeds")
    assert len(one.verdicts) == RULES
