"""Drafting rules from releases: `checker extract` and `checker match`, on the real seeds.

Extraction is measured against the hand annotations in tests/extraction/ (five seeds, and
eight held-out releases in other cities' styles): the figures reached are kept as floors.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from extraction.scoring import heldout_score, seeds_score
from typer.testing import CliRunner

from checker.cli import app
from checker.draft.extract import extract
from checker.draft.match import PER_RULE, match
from checker.draft.stubs import extract_stubs, match_stubs
from checker.inputs.releases import ReleaseText, load_corpus
from checker.inputs.rules import load_rules
from checker.judge.pipeline import run_audit
from checker.language.quantity import parse_quantity

SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"
CORPUS = load_corpus(SEEDS, str(SEEDS))
RELEASES = sorted(CORPUS.releases)


def run_cli(*args: str):
    return CliRunner().invoke(app, list(args))

# what extraction reached when these floors were set (python tests/extraction/scoring.py)
FLOORS = {
    "seeds": {"recall": 0.985, "precision": 0.966, "kind": 0.938, "deadline": 0.909},
    "held-out": {"recall": 0.984, "precision": 0.978, "kind": 0.905, "deadline": 0.895},
}


@pytest.mark.parametrize("name, scorer", [("seeds", seeds_score), ("held-out", heldout_score)])
def test_extraction_does_not_fall_below_what_it_reached(name: str, scorer) -> None:
    score = scorer()
    reached = {"recall": score.recall, "precision": score.precision, "kind": score.kind_accuracy,
               "deadline": score.deadline_accuracy}
    fallen = {key: value for key, value in reached.items() if math.floor(value * 1000) / 1000 < FLOORS[name][key]}
    assert not fallen, f"{name}: below the floors {FLOORS[name]}: {fallen}"


def _text(release_id: str) -> ReleaseText:
    text = CORPUS.get(release_id)
    assert text is not None
    return text


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("release_id", RELEASES)
def test_every_drafted_claim_points_at_its_figure_and_quotes_it(release_id: str) -> None:
    text = _text(release_id)
    lines = text.text.split("\n")
    for claim in extract(text):
        line = lines[claim.line - 1]
        written = line[claim.col - 1:]
        assert _flat(written).startswith(_flat(claim.text)[:1]), (claim.line, claim.col, claim.text)
        assert _flat(claim.text) in _flat(claim.quote), claim
        assert text.find(claim.quote) is not None, f"the quote is not in the release: {claim.quote}"


def test_json_record_has_exactly_the_contract_keys() -> None:
    out = run_cli("extract", "xinxiang-2024-01-22", "--format", "json", "--seeds", str(SEEDS))
    assert out.exit_code == 0, out.output
    records = json.loads(out.stdout)
    keys = ["release", "line", "col", "quote", "text", "value", "unit", "qualifier", "upper", "kind", "subject",
            "region", "comparator", "deadline", "as_of"]
    assert records and all(list(record) == keys for record in records)
    assert {record["kind"] for record in records} <= {"plan", "outcome", "stat", "other"}
    kindergartens = next(r for r in records if r["text"] == "27所")
    assert kindergartens["value"] == "27" and kindergartens["unit"] == "所"
    assert kindergartens["kind"] == "outcome" and kindergartens["as_of"] == "2023-12-31"
    assert kindergartens["subject"] == "新建和改扩建公办幼儿园" and kindergartens["comparator"] is None


def _claims(text: str, published: date = date(2025, 1, 1)) -> dict[str, object]:
    from checker.inputs.models import Release

    entry = Release.model_construct(id="t", file="t.txt", title="t", publisher="?", region="某市", published=published,
                                    sha256="0" * 64)
    return {c.text: c for c in extract(ReleaseText(entry, Path("t.txt"), text))}


def test_money_is_scaled_to_yuan_and_plans_keep_their_comparator_and_deadline() -> None:
    claims = _claims("到2027年，全市累计投入资金不少于35.27亿元，集团化办学覆盖率达85%以上。")
    money, share = claims["不少于35.27亿元"], claims["85%以上"]
    assert (money.value, money.unit, money.kind.value) == ("3527000000", "元", "plan")  # type: ignore[attr-defined]
    assert money.comparator.value == "at_least" and money.deadline == date(2027, 12, 31)  # type: ignore[attr-defined]
    assert (share.unit, share.comparator.value) == ("%", "at_least")  # type: ignore[attr-defined]


def test_list_ratios_are_tied_to_their_items_and_quoted_with_them() -> None:
    text = ("2024年，我市开展各类培训23.8万人次，新增技能人才16.1万人，新增高技能人才6.07万人，"
            "分别完成省定目标的125.6%、134.4%、110.4%。")
    claims = _claims(text)
    ratio = claims["134.4%"]
    assert ratio.kind.value == "outcome" and ratio.subject.startswith("新增技能人才")  # type: ignore[attr-defined]
    assert "新增技能人才16.1万人" in ratio.quote and "134.4%" in ratio.quote  # type: ignore[attr-defined]


def test_from_to_levels_medals_programme_names_and_traditional_script() -> None:
    claims = _claims("城市公共供水管网漏损率從14.8%降至8.7%。運動員獲得5金2銀1銅。"
                     "我市啟動實施“十萬就業見習崗位募集計劃”。", date(2025, 7, 1))
    assert claims["14.8%"].kind.value == "stat" and claims["8.7%"].kind.value == "outcome"  # type: ignore[attr-defined]
    assert {claims[t].value for t in ("5金", "2銀", "1銅")} == {"5", "2", "1"}  # type: ignore[attr-defined]
    programme = claims["十萬"]
    assert (programme.value, programme.unit, programme.kind.value) == ("100000", "个", "plan")  # type: ignore[attr-defined]


def test_names_with_numerals_are_not_counts() -> None:
    claims = _claims("坚持五育并举，“十四五”期间新建一批学校，新建学校12所。")
    assert list(claims) == ["12所"]


def test_a_bulletin_of_last_year_and_a_year_opening_a_plan_period_date_their_figures() -> None:
    # (held-out drafts: a bulletin's 年末 figures were drafted as plans of the year after, and 2026年
    # tasks under 2026年是“十五五”开局之年 were given 2030 as their deadline)
    bulletin = _claims("2025年常德市国民经济和社会发展统计公报\n\n"
                       "年末城镇调查失业率为5.2%。年末全市规模以上工业企业1968家。", date(2026, 3, 25))
    assert {bulletin[t].kind.value for t in ("5.2%", "1968家")} == {"outcome"}  # type: ignore[attr-defined]
    assert bulletin["5.2%"].as_of == date(2025, 12, 31)  # type: ignore[attr-defined]
    opening = _claims("2026年是“十五五”开局之年。全年新建城市书房30个。", date(2026, 1, 12))
    assert opening["30个"].deadline != date(2030, 12, 31)  # type: ignore[attr-defined]


def test_a_question_and_a_shortfall_report_no_result() -> None:
    claims = _claims("记者：年初承诺的10个城市社区嵌入式服务设施，为什么只建成了8个？\n"
                     "距离300台的年度目标还差24台。2025年完成既有住宅加装电梯276台。", date(2026, 1, 12))
    assert claims["8个"].kind.value == "other" and claims["24台"].kind.value == "other"  # type: ignore[attr-defined]
    assert claims["276台"].kind.value == "outcome"  # type: ignore[attr-defined]


def test_each_item_of_a_list_of_places_is_drafted_as_its_own_place() -> None:
    # (held-out drafts gave every figure of such a list to the first place named)
    claims = _claims("全年新增婴幼儿托位3260个，其中椒江区新增托位620个、黄岩区480个、路桥区510个。", date(2025, 1, 16))
    assert [claims[t].region for t in ("620个", "480个", "510个")] == ["椒江区", "黄岩区", "路桥区"]  # type: ignore[attr-defined]


def test_outcomes_under_a_dated_heading_of_results_are_dated() -> None:
    claims = _claims("秦皇岛市住房和城乡建设局2025年工作总结\n\n一、2025年主要工作成效\n\n"
                     "全市完成老旧小区改造152个。\n\n二、2026年工作打算\n\n年底前完成老旧小区改造120个。\n",
                     date(2026, 1, 12))
    assert claims["152个"].as_of == date(2025, 12, 31)  # type: ignore[attr-defined]
    assert claims["120个"].kind.value == "plan" and claims["120个"].deadline == date(2026, 12, 31)  # type: ignore[attr-defined]


def test_kind_filter_and_errors_exit_2_with_a_message(tmp_path: Path) -> None:
    out = run_cli("extract", "hebi-2024-12-31", "--kind", "plan", "--format", "json", "--seeds", str(SEEDS))
    assert out.exit_code == 0 and {r["kind"] for r in json.loads(out.stdout)} == {"plan"}
    wrong = run_cli("extract", "hebi-2024-12-31", "--kind", "plans", "--seeds", str(SEEDS))
    assert wrong.exit_code == 2 and "plans" in wrong.stderr and "plan, outcome, stat, other" in wrong.stderr
    missing = run_cli("extract", "no-such-release", "--seeds", str(SEEDS))
    assert missing.exit_code == 2 and "hebi-2024-12-31" in missing.stderr and "Traceback" not in missing.stderr
    fmt = run_cli("match", "hebi-2024-12-31", "--format", "csv", "--seeds", str(SEEDS), "--rules", str(RULES))
    assert fmt.exit_code == 2 and "csv" in fmt.stderr


def test_a_text_file_can_be_drafted_before_it_is_registered(tmp_path: Path) -> None:
    release = tmp_path / "note.txt"
    release.write_text("2026年，全市新建幼儿园12所。\n", encoding="gb18030")
    out = run_cli("extract", str(release), "--format", "json", "--published", "2026-03-01", "--region", "某县")
    assert out.exit_code == 0, out.output
    (record,) = json.loads(out.stdout)
    assert (record["release"], record["text"], record["kind"], record["deadline"], record["region"]) == (
        "note.txt", "12所", "plan", "2026-12-31", "某县")


@pytest.mark.parametrize("release_id", RELEASES)
def test_rule_stubs_pass_validate_as_they_are(tmp_path: Path, release_id: str) -> None:
    stubs = extract_stubs(release_id, extract(_text(release_id)))
    (tmp_path / "drafted.yaml").write_text(stubs, encoding="utf-8")
    rules = yaml.safe_load(stubs)["rules"]
    assert len({rule["id"] for rule in rules}) == len(rules)
    for rule in rules:
        written = parse_quantity(rule["plan"]["value"])  # the figure as a rule author would write it
        assert rule["plan"]["quote"] and written.unit
    if not rules:  # a review that states no plan: its outcomes are drafted as comments
        assert "rules: []" in stubs and "#   - value:" in stubs
        return
    audit = run_audit([tmp_path], SEEDS, date(2026, 12, 2), 90)
    errors = [p for p in audit.problems() if p.is_error]
    assert not errors, [str(p.message) for p in errors]
    assert "# decide:" in stubs


def test_match_finds_each_seed_outcome_of_the_bundled_rules_in_its_top_three() -> None:
    rules = [r for r in load_rules([RULES]).rules if r.rule is not None]
    checked = 0
    for release_id in RELEASES:
        text = _text(release_id)
        candidates = match(rules, extract(text), text.release.region)
        for loaded in rules:
            assert loaded.rule is not None
            mine = [c for c in candidates if c.rule_id == loaded.id]
            assert len(mine) <= PER_RULE and [c.score for c in mine] == sorted((c.score for c in mine), reverse=True)
            for outcome in loaded.rule.outcomes:
                figure = outcome.value or outcome.completion
                if outcome.source != release_id or figure is None:
                    continue
                checked += 1
                wanted = parse_quantity(figure).value
                assert any(parse_quantity(c.claim.text).value == wanted and _flat(c.claim.text) in _flat(outcome.quote)
                           or _flat(outcome.quote) in _flat(c.claim.quote) and parse_quantity(c.claim.text).value
                           == wanted for c in mine), (loaded.id, figure, [(c.claim.text, c.score) for c in mine])
    assert checked >= 10


def test_a_report_on_the_year_under_way_drafts_results_as_of_their_dates() -> None:
    """A 人大 report of October on the year's projects: what its 推进情况 section counts is done so far, not
    the year's targets, as of the date its sentence gives (截至9月底, 1-9月, 9月末), else the report's."""
    claims = _claims("关于全市2025年民生实事项目推进情况的调研报告\n\n一、项目推进总体情况\n"
                     "（一）教育类项目。截至9月底，已建成投用公办幼儿园11所；新增公办学位3360个。\n"
                     "（二）城市更新类项目。新建公共充电桩3150个，提前完成年度任务。\n"
                     "（三）就业类项目。1-9月，全市城镇新增就业4.92万人；9月末城镇调查失业率为5.1%。\n",
                     date(2025, 10, 28))
    for text, as_of in (("11所", date(2025, 9, 30)), ("3360个", date(2025, 9, 30)), ("3150个", date(2025, 10, 28)),
                        ("4.92万人", date(2025, 9, 30)), ("5.1%", date(2025, 9, 30))):
        claim = claims[text]
        assert (claim.kind.value, claim.as_of) == ("outcome", as_of), (text, claim)  # type: ignore[attr-defined]


def test_match_offers_no_rule_of_another_region() -> None:
    """A release of 新乡市 answers no rule of 鹤壁市 or 郑州市, however alike the figures (their checks would
    refuse it); it still answers its own city's."""
    rules = [r for r in load_rules([RULES]).rules if r.rule is not None]
    text = _text("xinxiang-2024-01-22")
    candidates = match(rules, extract(text), text.release.region)
    regions = {c.rule.rule.region for c in candidates if c.rule.rule is not None}
    assert regions == {"新乡市"}, regions
    assert {r.rule.region for r in rules if r.rule is not None} > regions  # (other cities' rules were there)


def test_match_ranks_the_work_done_above_a_step_before_it(tmp_path: Path) -> None:
    """完成既有住宅加装电梯签约326部，已完工投用281部: the 281 done answer a plan of lifts installed before
    the 326 signed, which an author taking the first candidate would write as a wrong "met"."""
    from checker.inputs.models import Release

    (tmp_path / "rules.yaml").write_text(yaml.safe_dump({"rules": [{
        "id": "lifts", "region": "某市", "indicator": "既有住宅加装电梯",
        "plan": {"value": "300部", "deadline": "2025年底", "start": "2025-01-01", "source": "p",
                 "quote": "既有住宅加装电梯300部"}}]}, allow_unicode=True), encoding="utf-8")
    entry = Release.model_construct(id="t", file="t.txt", title="t", publisher="?", region="某市",
                                    published=date(2026, 1, 10), sha256="0" * 64)
    text = ReleaseText(entry, Path("t.txt"), "2025年，全市完成既有住宅加装电梯签约326部，已完工投用281部。")
    candidates = match([r for r in load_rules([tmp_path / "rules.yaml"]).rules if r.rule], extract(text), "某市")
    assert [c.claim.text for c in candidates][:1] == ["281部"], [(c.claim.text, c.score) for c in candidates]


def test_match_json_and_yaml_stubs() -> None:
    out = run_cli("match", "xinxiang-2024-01-22", "--format", "json", "--seeds", str(SEEDS), "--rules", str(RULES))
    assert out.exit_code == 0, out.output
    records = json.loads(out.stdout)
    assert records and all(list(r) == ["rule", "score", "claim", "outcome"] for r in records)
    best = next(r for r in records if r["rule"] == "xinxiang-2023-public-kindergartens")
    assert best["claim"]["text"] == "27所" and 0 < best["score"] <= 1
    assert best["outcome"] == {"value": "27所", "as_of": "2023-12-31", "increment": False,
                               "source": "xinxiang-2024-01-22", "quote": "新建和改扩建公办幼儿园27所"}
    ratio = next(r for r in records if r["rule"] == "xinxiang-2023-returnee-migrant-entrepreneurs")
    assert ratio["outcome"]["completion"] == "348.6%" and "3.1万人" in ratio["outcome"]["quote"]
    stubs = yaml.safe_load(match_stubs(
        match([r for r in load_rules([RULES]).rules if r.rule], extract(_text("xinxiang-2024-01-22")), "新乡市"),
        "xinxiang-2024-01-22"))
    assert stubs["xinxiang-2023-public-kindergartens"][0]["value"] == "27所"


def test_a_running_total_since_before_the_plan_is_not_offered() -> None:
    rules = [r for r in load_rules([RULES]).rules if r.rule is not None]
    candidates = match(rules, extract(_text("xinxiang-2024-01-22")), "新乡市")
    assert not any("自2012年以来" in c.claim.quote for c in candidates)


def test_claims_values_are_decimal_strings() -> None:
    for claim in extract(_text("hebi-2024-12-31")):
        assert re.fullmatch(r"-?\d+(\.\d+)?", claim.value), claim.value
        assert claim.unit == "枚" or Decimal(claim.value) == parse_quantity(_flat(claim.text)).value


@pytest.mark.parametrize("published", [None, "2025-13-01", "2026-02-30", "yesterday"])
def test_a_text_file_needs_a_real_date(tmp_path: Path, published: str | None) -> None:
    release = tmp_path / "note.txt"
    release.write_text("今年全市新建幼儿园12所。\n", encoding="utf-8")
    args = ["--published", published] if published else []
    for command in ("extract", "match"):
        out = run_cli(command, str(release), *args, "--rules", str(RULES)) if command == "match" else \
            run_cli(command, str(release), *args)
        assert out.exit_code == 2 and "Traceback" not in out.output, out.output
        assert "--published" in out.stderr


def test_stubs_of_a_text_file_cite_the_id_it_will_be_added_under(tmp_path: Path) -> None:
    release = tmp_path / "Note 2025.txt"
    release.write_text("今年全市新建幼儿园12所，地区生产总值增长6%左右。\n", encoding="utf-8")
    out = run_cli("extract", str(release), "--published", "2025-01", "--kind", "plan", "--format", "yaml")
    assert out.exit_code == 0, out.output
    (stub,) = yaml.safe_load(out.stdout)["rules"]
    assert stub["plan"]["source"] == "note-2025-2025-01" and stub["id"].startswith("note-2025-2025-01-2025-")
    assert stub["plan"]["start"] == date(2025, 1, 1)  # 今年: the period's own start, so last year's figure cannot count
    # the target stated as a change is listed, not drafted as a level it is not
    assert "#   1:" in out.stdout and "增长6%左右" in out.stdout.split("rules:")[1].split("#   1:")[1]


def test_a_stub_starts_where_its_year_does_not_where_a_horizon_is_named(tmp_path: Path) -> None:
    """今年 begins on 1 January; 到2027年 begins now, not in 2027 (progress before 2027 counts)."""
    release = tmp_path / "plan.txt"
    release.write_text("今年全市新建幼儿园12所。到2027年，全市新增公办学位12万个。\n", encoding="utf-8")
    out = run_cli("extract", str(release), "--published", "2025-01-20", "--kind", "plan", "--format", "yaml")
    stubs = {rule["plan"]["value"]: rule["plan"] for rule in yaml.safe_load(out.stdout)["rules"]}
    assert stubs["12所"]["start"] == date(2025, 1, 1) and "start" not in stubs["12万个"], out.stdout


def test_match_against_rules_that_are_not_there_is_an_error() -> None:
    out = run_cli("match", "hebi-2024-12-31", "--seeds", str(SEEDS), "--rules", "no/such/rules")
    assert out.exit_code == 2 and "no/such/rules" in out.stderr


@pytest.mark.parametrize(("text", "expected"), [
    ("卧龙区、宛城区分别新增公办幼儿园7所、5所。", {"7所": "卧龙区", "5所": "宛城区"}),
    ("香洲區、金灣區分別新增學位1.1萬個和6800個。", {"1.1萬個": "香洲区", "6800個": "金湾区"}),
    ("二是樊城区、襄州区家庭医生签约率分别为52%和49%。", {"52%": "樊城区", "49%": "襄州区"}),
    ("章贡区、南康区各新建公办幼儿园10所。", {"10所": "章贡区、南康区"}),
    # ordinary words that end like a place, and a district's name made of a formal digit
    ("全市新建社区养老服务中心12个，改造城镇老旧小区86个，地区生产总值增长5%。", {"12个": "某市", "86个": "某市"}),
    ("西陵区、伍家岗区新建口袋公园分别为8个和6个。", {"8个": "西陵区", "6个": "伍家岗区"}),
])
def test_the_region_of_a_figure_is_the_place_its_clause_opens_with(text: str, expected: dict[str, str]) -> None:
    claims = _claims(text)
    assert {figure: claims[figure].region for figure in expected} == expected  # type: ignore[attr-defined]
    assert "伍家" not in claims  # 伍 in a name is no figure
    if "分" in text:  # an item of a list is quoted with the list: 5所 alone names nothing
        assert len({claims[figure].quote for figure in expected}) == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a target named in a report of results is a target; what was done is the outcome
    ("过去一年，全市新增养老床位2860张，没有完成3000张的年度目标。", "2026-01-20",
     {"2860张": "outcome", "3000张": "plan"}),
    ("全年计划新开工保障性租赁住房5000套，实际开工3620套。", "2026-01-20", {"5000套": "plan", "3620套": "outcome"}),
    ("全市新建养老设施10个，其余4个预计2026年上半年投入使用。", "2026-01-20", {"4个": "plan"}),
    # the size that bounds a class of things is a threshold, not a target
    ("2026年，新开工亿元以上项目500个左右，基本消除56人以上大班额。", "2026-01-20",
     {"亿元以上": "other", "500个左右": "plan", "56人以上": "other"}),
    # months of a year gone by are a result, as of their last day
    ("2025年1-9月，全市新增养老床位1860张。", "2025-10-20", {"1860张": ("outcome", None, "2025-09-30")}),
    ("截至12月底已建成养老服务设施16个。", "2025-01-09", {"16个": ("outcome", None, "2024-12-31")}),
    # a deadline to a month's end, or a year's end before which
    ("计划于2025年6月底前完成全部120个老旧小区改造。", "2024-03-15", {"120个": ("plan", "2025-06-30", None)}),
    ("“十四五”末，全市新增公办学位不少于8万个；2027年底前累计新增公办学位12万个。", "2024-03-15",
     {"不少于8万个": ("plan", "2025-12-31", None), "12万个": ("plan", "2027-12-31", None)}),
    # 今年 after the year a headline reviews dates what follows it
    ("珠海市公布2024年民生实事办理成效今年将新增学位2万个\n", "2025-01-15", {"2万个": ("plan", "2025-12-31", None)}),
])
def test_a_claim_is_read_with_its_stance_and_date(text: str, published: str, expected: dict[str, object]) -> None:
    claims = _claims(text, date.fromisoformat(published))
    for figure, want in expected.items():
        claim = claims[figure]
        kind, deadline, as_of = want if isinstance(want, tuple) else (want, "any", "any")
        assert claim.kind.value == kind, figure  # type: ignore[attr-defined]
        if deadline != "any":
            assert claim.deadline == (deadline and date.fromisoformat(deadline)), figure  # type: ignore[attr-defined]
            assert claim.as_of == (as_of and date.fromisoformat(as_of)), figure  # type: ignore[attr-defined]


def test_a_stub_quotes_no_list_mark_and_keeps_a_target_per_head() -> None:
    """（一）新建…20所 is quoted from 新建; 每千人口 stays with a target per head; 控制在 leaves the indicator."""
    from checker.draft.stubs import indicator

    claims = _claims("（一）新建改扩建中小学、幼儿园20所。——每千人口拥有3岁以下婴幼儿托位数达到4.5个。"
                     "城镇调查失业率控制在5.5%以内。")
    schools, places, rate = claims["20所"], claims["4.5个"], claims["5.5%以内"]
    assert schools.quote == "新建改扩建中小学、幼儿园20所"  # type: ignore[attr-defined]
    assert indicator(schools) == "新建改扩建中小学、幼儿园"  # type: ignore[arg-type]
    assert places.quote.startswith("每千人口") and indicator(places).startswith("每千人口")  # type: ignore[attr-defined,arg-type]
    assert indicator(rate) == "城镇调查失业率"  # type: ignore[arg-type]


def test_a_figure_is_drafted_for_the_place_of_its_part_and_of_its_speaker() -> None:
    """其中，诸暨市…4所，改造…20个: both 诸暨市's; a county official's 我县… is the county's."""
    claims = _claims("其中，诸暨市新建改扩建中小学、幼儿园4所，改造城镇老旧小区20个。\n"
                     "眉县水利局局长 赵志刚：我县农村自来水普及率达到98.2%。\n全市新建学校12所。", date(2026, 1, 16))
    assert claims["4所"].region == claims["20个"].region == "诸暨市"  # type: ignore[attr-defined]
    assert claims["98.2%"].region == "眉县" and claims["12所"].region == "某市"  # type: ignore[attr-defined]


INDICATOR_TABLE = ("赣州市“十四五”社会事业发展规划\n\n第一章 发展基础\n\n"
                   "“十三五”期间，全市农村自来水普及率达到86%。\n\n第二章 主要目标\n\n"
                   "指标\t2020年\t2025年\t属性\n农村自来水普及率（%）\t86\t92\t约束性\n"
                   "每千名老年人拥有养老床位（张）  32  38  约束性\n城镇新增就业（万人）\t〔28.6〕\t〔25〕\t预期性\n")


def test_a_plans_indicator_table_is_read_row_by_row() -> None:
    """The unit is the label's, the period the column's: 92% is the 2025 target, 86 the 2020 base;
    what the base section says was reached is background, not a target."""
    claims = extract(ReleaseText(_entry(date(2021, 9, 10)), Path("t.txt"), INDICATOR_TABLE))
    table = {(c.subject, c.text): c for c in claims if c.line > 8}
    target, base = table[("农村自来水普及率", "92")], table[("农村自来水普及率", "86")]
    assert (target.value, target.unit, target.kind.value, target.deadline) == ("92", "%", "plan", date(2025, 12, 31))
    assert base.kind.value == "stat" and table[("每千名老年人拥有养老床位", "38")].unit == "张"
    jobs = table[("城镇新增就业", "25")]
    assert (jobs.value, jobs.unit) == ("250000", "人")
    prose = next(c for c in claims if c.line == 5)
    assert prose.text == "86%" and prose.kind.value != "plan"  # (what 十三五 reached)


def _entry(published: date):
    from checker.inputs.models import Release

    return Release.model_construct(id="t", file="t.txt", title="t", publisher="?", region="某市", published=published,
                                   sha256="0" * 64)


def test_a_yearly_breakdown_counts_the_whole_and_starts_with_its_year() -> None:
    """其中2025年120个、2026年130个 and 分别完成250部、300部 count what the whole counts, each of its own year;
    a stub of a year's target starts with that year, one 到2027年 does not."""
    text = ("（一）改造城镇老旧小区400个，其中2025年120个、2026年130个、2027年150个。\n"
            "（六）既有住宅加装电梯900部，2025年、2026年、2027年分别完成250部、300部、350部。\n"
            "到2027年，全市新增普惠性托位1.2万个。\n")
    claims = _claims(text, date(2025, 4, 10))
    for figure, year in (("130个", 2026), ("300部", 2026)):
        claim = claims[figure]
        assert claim.kind.value == "plan" and claim.deadline == date(year, 12, 31)  # type: ignore[attr-defined]
    assert claims["130个"].subject.endswith("改造城镇老旧小区")  # type: ignore[attr-defined]
    assert claims["300部"].subject.endswith("既有住宅加装电梯")  # type: ignore[attr-defined]
    stubs = extract_stubs("t", [claims["130个"], claims["1.2万个"]])  # type: ignore[list-item]
    starts = re.findall(r"start: (\S+)", stubs)
    assert starts == ["2026-01-01"], stubs


AUDIT = """\
关于2025年度市级预算执行和其他财政收支的审计工作报告

表2 2025年为民办实事项目完成情况审计核实表
序号  项目  年度目标  报告完成数  审计核实数
1  新建城市口袋公园（个）  25  27  27
2  新建改造农村公路（公里）  300  318  296
"""


def test_an_audit_table_drafts_the_verified_figure_as_the_outcome_dated_by_its_title() -> None:
    """The 审计核实数 column is the result; the 报告完成数 beside it is what the audit checked (no outcome to
    draft); the title's 2025年 dates the targets and the results."""
    claims = [c for c in extract(_text_from(AUDIT, date(2026, 8, 27))) if "农村公路" in c.subject]
    kinds = {c.text: (c.kind.value, c.deadline, c.as_of) for c in claims}
    assert kinds == {"300": ("plan", date(2025, 12, 31), None), "318": ("other", None, None),
                     "296": ("outcome", None, date(2025, 12, 31))}


def test_a_table_introduced_as_of_a_month_dates_its_results_then_and_its_targets_at_the_year_s_end() -> None:
    text = ("截至2025年9月底，各项目完成情况如下：\n序号  项目  年度目标  完成数\n"
            "1  新建城市口袋公园（个）  25  18\n")
    claims = {c.text: c for c in extract(_text_from(text, date(2025, 10, 30)))}
    assert claims["25"].deadline == date(2025, 12, 31) and claims["18"].as_of == date(2025, 9, 30)


def test_a_list_item_s_mark_is_not_part_of_its_subject() -> None:
    text = ("截至9月底：\n（二）既有住宅加装电梯完工投用73部。\n3、新建城区公办幼儿园3所。\n"
            "一是新增普惠性托位4000个。\n"
            "10.新建社区食堂12个。\n")
    subjects = {c.text: c.subject for c in extract(_text_from(text, date(2025, 10, 30)))}
    assert subjects == {"73部": "既有住宅加装电梯完工投用", "3所": "新建城区公办幼儿园", "4000个": "新增普惠性托位",
                        "12个": "新建社区食堂"}


def _text_from(text: str, published: date) -> ReleaseText:
    from checker.inputs.models import Release

    entry = Release.model_construct(id="t", file="t.txt", title="t", publisher="?", region="某市", published=published,
                                    sha256="0" * 64)
    return ReleaseText(entry, Path("t.txt"), text)
