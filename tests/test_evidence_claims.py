"""Evidence per claim: a quote must say what the rule says it says.

Each test is a small world in the style of a real release (made up, not copied from the
seeds or the issue), one rule with one mistake a careless author makes, and the code of the
diagnostic the checker must give; and the legitimate forms that must keep passing. The
audit runs through the Python API; messages are checked by code, not by wording.
"""

from __future__ import annotations

import hashlib
import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from checker.diagnostics import Diagnostic, Severity
from checker.judge.pipeline import run_audit
from checker.judge.verdict import Status
from checker.locale import words

PLAN = "plan-2025"
REVIEW = "review-2026"
RELEASES = {
    PLAN: ("洛阳市2025年重点民生实事项目的通知", "2025-02-10"),
    REVIEW: ("洛阳市2025年重点民生实事完成情况新闻发布会", "2026-01-16"),
}


@dataclass(frozen=True)
class World:
    problems: list[Diagnostic]
    status: Status

    def codes(self, severity: Severity = Severity.error) -> list[str]:
        return [d.code for d in self.problems if d.severity is severity]


def world(tmp_path: Path, plan_text: str, review_text: str, rule: str, *, region: str = "洛阳市",
          regions: dict[str, str] | None = None, as_of: str = "2026-06-30") -> World:
    """Two releases (the plan, the review) and one rule; the audit's problems and the verdict."""
    seeds, rules = tmp_path / "seeds", tmp_path / "rules"
    seeds.mkdir(parents=True)
    rules.mkdir()
    entries = []
    for release_id, text in ((PLAN, plan_text), (REVIEW, review_text)):
        data = textwrap.dedent(text).encode("utf-8")
        (seeds / f"{release_id}.txt").write_bytes(data)
        title, published = RELEASES[release_id]
        entries.append({"id": release_id, "file": f"{release_id}.txt", "title": title, "publisher": "洛阳市人民政府",
                        "region": (regions or {}).get(release_id, region), "published": published,
                        "sha256": hashlib.sha256(data).hexdigest()})
    (seeds / "releases.yaml").write_text(yaml.safe_dump({"releases": entries}, allow_unicode=True), encoding="utf-8")
    (rules / "rules.yaml").write_text("rules:\n" + textwrap.indent(rule, "  "), encoding="utf-8")
    audit = run_audit([rules], seeds, date.fromisoformat(as_of), 90, root=tmp_path)
    assert len(audit.verdicts) == 1, audit.problems()
    return World(audit.problems(), audit.verdicts[0].status)


PLAN_TEXT = """\
    洛阳市人民政府关于印发2025年重点民生实事的通知

    一、教育提质。全年新建公办幼儿园9所，改扩建公办幼儿园31所，新增普惠性学位不少于6000个。
    二、就业扩容。城镇新增就业不少于8万人，开展职业技能培训5.2万人次。
    三、老旧小区改造。2026年前完成老旧小区改造120个，惠及居民约5万户。
    今年将新建社区养老服务中心12个。
    四、社会保障。职工医保参保率稳定在95%以上，城乡居民收入增长6%。
"""
REVIEW_TEXT = """\
    洛阳市2025年重点民生实事完成情况

    2025年，全市新建公办幼儿园9所，改扩建公办幼儿园31所，新增普惠性学位6200个。
    城镇新增就业8.3万人，全年开展职业技能培训近5.4万人次；累计新增学位4.5万个。
    截至目前，全县累计建成标准化学校318所，覆盖率达到96%。
    受资金影响，社区养老服务中心建设未完成年度任务，仅建成9个，另有3个项目正在开工建设。
    新建的市第二人民医院已开工建设。职工医保参保率同比下降0.4%，城乡居民收入增长2倍。
    全年接待游客超过900万人次，验收合格率100%。
"""


def rule(indicator: str, plan: str, outcomes: str = "", measure: str = "count") -> str:
    """One rule as YAML; `plan` and `outcomes` are YAML snippets (a mapping, a list)."""
    data = {"id": "test-rule", "region": "洛阳市", "indicator": indicator, "measure": measure,
            "plan": yaml.safe_load(textwrap.dedent(plan)),
            "outcomes": yaml.safe_load(textwrap.dedent(outcomes)) if outcomes else []}
    for outcome in data["outcomes"]:
        outcome["as_of"] = str(outcome["as_of"])
        for key in ("value", "completion"):
            if key in outcome:
                outcome[key] = str(outcome[key])
    return yaml.safe_dump([data], allow_unicode=True, sort_keys=False)


KINDERGARTEN_PLAN = """\
    value: 9所
    deadline: 2025年底
    source: plan-2025
    quote: 全年新建公办幼儿园9所
"""


def test_a_clean_rule_is_met(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新建公办幼儿园", KINDERGARTEN_PLAN, """\
        - value: 9所
          as_of: 2025-12-31
          source: review-2026
          quote: 全市新建公办幼儿园9所
        """))
    assert w.codes() == [] and w.codes(Severity.warning) == [] and w.status is Status.met


# --- edges ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("quote", "value", "code"), [
    ("18所", "18所", "quote-starts-inside"),  # cut out of 318所
    ("开展职业技能培训近5.4万人", "近5.4万人", "quote-ends-inside"),  # 5.4万人次
    ("5.4万人次", "5.4万人次", "quote-starts-inside"),  # after 近
    ("新增普惠性学位6200", "6200个", "quote-ends-inside"),  # before its measure word
])
def test_a_quote_never_cuts_a_figure(tmp_path: Path, quote: str, value: str, code: str) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("开展职业技能培训", KINDERGARTEN_PLAN, f"""\
        - value: {value}
          as_of: 2025-12-31
          source: review-2026
          quote: {quote}
        """))
    assert code in w.codes(), w.problems


def test_a_quote_never_drops_a_negation(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新建社区养老服务中心", """\
        value: 12个
        deadline: 2025年底
        source: plan-2025
        quote: 今年将新建社区养老服务中心12个
        """, """\
        - claim: met
          as_of: 2025-12-31
          source: review-2026
          quote: 完成年度任务
        """))
    assert "quote-after-negation" in w.codes(), w.problems


# --- qualifiers and direction -----------------------------------------------------------------

@pytest.mark.parametrize("declared", ["5.4万人次", "超过5.4万人次"])
def test_the_declared_figure_keeps_the_quote_qualifier(tmp_path: Path, declared: str) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("开展职业技能培训", """\
        value: 5.2万人次
        deadline: 2025年底
        source: plan-2025
        quote: 开展职业技能培训5.2万人次
        """, f"""\
        - value: {declared}
          as_of: 2025-12-31
          source: review-2026
          quote: 全年开展职业技能培训近5.4万人次
        """))
    assert "figure-qualifier-differs" in w.codes(), w.problems
    assert w.status is Status.invalid


def test_a_floor_cannot_be_declared_a_ceiling(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新增普惠性学位", """\
        value: 6000个以内
        deadline: 2025年底
        source: plan-2025
        quote: 新增普惠性学位不少于6000个
        """))
    assert "figure-qualifier-differs" in w.codes(), w.problems
    w = world(tmp_path / "b", PLAN_TEXT, REVIEW_TEXT, rule("新增普惠性学位", """\
        value: 不少于6000个
        comparator: at_most
        deadline: 2025年底
        source: plan-2025
        quote: 新增普惠性学位不少于6000个
        """))
    assert w.codes() == ["plan-comparator-contradicts"], w.problems


def test_an_approximate_target_needs_a_chosen_comparator(tmp_path: Path) -> None:
    plan = """\
        value: 约5万户
        deadline: 2025年底
        source: plan-2025
        quote: 惠及居民约5万户
        """
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("老旧小区改造惠及居民", plan))
    assert w.codes() == ["plan-approximate-needs-comparator"], w.problems
    w = world(tmp_path / "b", PLAN_TEXT, REVIEW_TEXT, rule("老旧小区改造惠及居民", plan + "comparator: at_least\n"))
    assert w.codes() == [], w.problems


# --- the wrong figure -------------------------------------------------------------------------

def test_the_neighbour_figure_is_refused(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新建公办幼儿园", KINDERGARTEN_PLAN, """\
        - value: 31所
          as_of: 2025-12-31
          source: review-2026
          quote: 全市新建公办幼儿园9所，改扩建公办幼儿园31所
        """))
    # (the neighbour's figure, and of other work: 改扩建, not 新建)
    assert w.codes() == ["figure-counts-other", "figure-other-work"], w.problems


def test_the_schools_figure_is_not_the_kindergartens_in_the_bundled_release(tmp_path: Path) -> None:
    """The real Xinxiang kindergarten rule given the schools' 56所 from one quote holding both."""
    rules_text = (ROOT / "rules" / "xinxiang.yaml").read_text(encoding="utf-8")
    rules_text = rules_text.replace('''      - value: 27所
        as_of: 2023-12-31
        increment: false
        source: xinxiang-2024-01-22
        quote: "实际新建和改扩建公办幼儿园27所"''', '''      - value: 56所
        as_of: 2023-12-31
        increment: false
        source: xinxiang-2024-01-22
        quote: "实际新建和改扩建公办幼儿园27所,新建和改扩建中小学校56所"''', 1)
    assert "value: 56所" in rules_text
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "xinxiang.yaml").write_text(rules_text, encoding="utf-8")
    audit = run_audit([tmp_path / "rules"], ROOT / "seeds", date(2026, 11, 25), 90, root=tmp_path)
    kindergartens = next(v for v in audit.verdicts if v.rule_id == "xinxiang-2023-public-kindergartens")
    assert kindergartens.status is Status.invalid
    assert [d.code for d in kindergartens.errors] == ["figure-counts-other"]


def test_a_subject_sharing_nothing_with_the_indicator_is_a_warning(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("社区卫生服务站", """\
        value: 不少于8万人
        deadline: 2025年底
        source: plan-2025
        quote: 城镇新增就业不少于8万人
        """))
    assert w.codes() == [] and w.codes(Severity.warning) == ["figure-subject-unrelated"], w.problems


# --- changes are not levels -------------------------------------------------------------------

INSURANCE_PLAN = """\
    value: 95%以上
    deadline: 2025年底
    source: plan-2025
    quote: 职工医保参保率稳定在95%以上
"""


def test_a_change_is_not_a_level(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("职工医保参保率", INSURANCE_PLAN, """\
        - value: 0.4%
          as_of: 2025-12-31
          source: review-2026
          quote: 职工医保参保率同比下降0.4%
        """, measure="level"))
    assert w.codes() == ["figure-is-change"], w.problems


def test_a_target_stated_as_a_change_is_not_read_yet(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("城乡居民收入", """\
        value: 6%
        deadline: 2025年底
        source: plan-2025
        quote: 城乡居民收入增长6%
        """, measure="level"))
    assert w.codes() == ["figure-is-change"], w.problems


def test_a_multiple_is_never_a_percentage(tmp_path: Path) -> None:
    outcome = """\
        - value: {value}
          as_of: 2025-12-31
          source: review-2026
          quote: 城乡居民收入增长2倍
        """
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("职工医保参保率", INSURANCE_PLAN, outcome.format(value="200%"),
                                                     measure="level"))
    assert w.codes() == ["quantity-not-in-quote"], w.problems
    w = world(tmp_path / "b", PLAN_TEXT, REVIEW_TEXT, rule("职工医保参保率", INSURANCE_PLAN,
                                                         outcome.format(value="2倍"), measure="level"))
    assert set(w.codes()) == {"outcome-value-incomparable", "figure-is-change"}, w.problems


# --- claims taken on trust --------------------------------------------------------------------

@pytest.mark.parametrize(("outcome", "code"), [
    ("claim: met\n  quote: 社区养老服务中心建设未完成年度任务", "claim-met-unsaid"),
    ("claim: exceeded\n  quote: 仅建成9个", "claim-exceeded-unsaid"),
    ("claim: not_met\n  quote: 仅建成9个", "claim-not-met-unsaid"),
    ("achieved: true\n  quote: 新建的市第二人民医院已开工建设", "achieved-started-only"),
    ("achieved: false\n  quote: 仅建成9个", "achieved-false-contradicted"),
    ("completion: 100%\n  quote: 验收合格率100%", "completion-not-a-ratio"),
])
def test_claims_must_be_stated(tmp_path: Path, outcome: str, code: str) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新建社区养老服务中心", """\
        deadline: 2025年底
        source: plan-2025
        quote: 今年将新建社区养老服务中心12个
        """, f"""\
        - {outcome}
          as_of: 2025-12-31
          source: review-2026
        """.replace("\n  quote", "\n          quote")))
    assert code in w.codes(), w.problems


def test_a_negated_claim_of_not_met_passes(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新建社区养老服务中心", """\
        deadline: 2025年底
        source: plan-2025
        quote: 今年将新建社区养老服务中心12个
        """, """\
        - claim: not_met
          as_of: 2025-12-31
          source: review-2026
          quote: 社区养老服务中心建设未完成年度任务
        """))
    assert w.codes() == [] and w.status is Status.missed, w.problems


@pytest.mark.parametrize(("sentence", "declared", "verdict"), [
    ("全年老旧小区改造完成年度计划的不到110%。", "110%", None),       # less than 110%: not at least 110%
    ("全年老旧小区改造完成年度计划的近100%。", "100%", None),          # nearly all: not all
    ("全年老旧小区改造完成年度计划的超过110%。", "110%", Status.met),  # more than 110% proves 110%
    ("全年老旧小区改造完成年度计划的105%。", "105%", Status.met),
])
def test_a_completion_ratio_keeps_its_qualifier(tmp_path: Path, sentence: str, declared: str,
                                                verdict: Status | None) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT + "    " + sentence + "\n", rule("老旧小区改造", """\
        deadline: 2025年底
        source: plan-2025
        quote: 完成老旧小区改造120个
        """, f"""\
        - completion: {declared}
          as_of: 2025-12-31
          source: review-2026
          quote: {sentence.rstrip("。")}
        """))
    if verdict is None:
        assert w.codes() == ["completion-qualified"] and w.status is Status.invalid, w.problems
    else:
        assert w.codes() == [] and w.status is verdict, w.problems


# A second review, in another city's words: a result, a target for the year, partial work, a neighbour.
SECOND_REVIEW = REVIEW_TEXT + """\
    2025年，老旧小区改造任务全面完成，市第三人民医院主体完工，市第四人民医院建成投用。
    2025年全市计划新建社区养老服务中心15个，力争城镇新增就业9万人。
    新建社区养老服务中心的年度任务已完成80%。全市社区养老服务中心总数达到96个。
    全年计划新建的3所医院中，2所已建成投用，1所正在装修。
"""
CENTRES_PLAN = """\
    value: 12个
    deadline: 2025年底
    source: plan-2025
    quote: 今年将新建社区养老服务中心12个
"""


@pytest.mark.parametrize(("indicator", "outcome", "code"), [
    # the figure of a target set in the review, not of a result
    ("新建社区养老服务中心", "value: 15个\n  quote: 2025年全市计划新建社区养老服务中心15个",
     "outcome-figure-is-target"),
    # the same figure with the target word cut off: the clause in the release still sets a target
    ("新建社区养老服务中心", "value: 15个\n  quote: 新建社区养老服务中心15个", "outcome-figure-is-target"),
    # the city's stock of centres is not the number built this year
    ("新建社区养老服务中心", "value: 96个\n  quote: 全市社区养老服务中心总数达到96个", "outcome-figure-is-stock"),
    # two of the three hospitals planned: not the milestone
    ("新建医院", "achieved: true\n  quote: 2所已建成投用", "claim-part-of-total"),
    ("新建医院", "claim: met\n  quote: 2所已建成投用", "claim-part-of-total"),
    # the neighbour's completion: the sentence names old housing, not care centres
    ("新建社区养老服务中心", "claim: met\n  quote: 老旧小区改造任务全面完成", "quote-about-other"),
    # 80% done is not done
    ("新建社区养老服务中心", "claim: met\n  quote: 新建社区养老服务中心的年度任务已完成80%", "claim-met-partial"),
    # the main structure finished is not the hospital finished
    ("市第三人民医院", "achieved: true\n  quote: 市第三人民医院主体完工", "achieved-started-only"),
    ("市第三人民医院", "claim: met\n  quote: 市第三人民医院主体完工", "claim-met-partly"),
])
def test_an_outcome_must_report_the_indicator_done(tmp_path: Path, indicator: str, outcome: str, code: str) -> None:
    w = _one_outcome(tmp_path, SECOND_REVIEW, indicator, outcome)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("indicator", "outcome"), [
    ("市第四人民医院", "achieved: true\n  quote: 市第四人民医院建成投用"),
    # all of what the sentence counts
    ("新建医院", "achieved: true\n  quote: 3所医院全部建成投用"),
    # a result reported next to the plan it fulfils
    ("新建社区养老服务中心", "value: 13个\n  quote: 超额完成年度计划任务，实际新建社区养老服务中心13个"),
    # the claim names nothing itself, but its sentence names the indicator before it
    ("城镇新增就业", "claim: met\n  quote: 均超额完成省定目标任务"),
])
def test_an_outcome_that_reports_the_indicator_done_passes(tmp_path: Path, indicator: str, outcome: str) -> None:
    review = SECOND_REVIEW.replace(_CENTRES_SHORT, "") + (
        "    2025年，全市城镇新增就业8.3万人，职业技能培训5.4万人次，均超额完成省定目标任务。\n"
        "    超额完成年度计划任务，实际新建社区养老服务中心13个。\n"
        "    计划新建的3所医院中，3所医院全部建成投用。\n")
    w = _one_outcome(tmp_path, review, indicator, outcome)
    assert w.codes() == [] and w.status is Status.met, w.problems


# (the shared review's line that says the centres fell short: a release that says so too cannot be said met)
_CENTRES_SHORT = "    受资金影响，社区养老服务中心建设未完成年度任务，仅建成9个，另有3个项目正在开工建设。\n"


def test_a_result_its_release_says_fell_short_is_refused(tmp_path: Path) -> None:
    """超额完成年度计划任务，实际新建社区养老服务中心13个, in a review that also says
    社区养老服务中心建设未完成年度任务."""
    assert _CENTRES_SHORT in SECOND_REVIEW
    review = SECOND_REVIEW + "    超额完成年度计划任务，实际新建社区养老服务中心13个。\n"
    w = _one_outcome(tmp_path, review, "新建社区养老服务中心",
                     "value: 13个\n  quote: 超额完成年度计划任务，实际新建社区养老服务中心13个")
    assert w.codes() == ["outcome-short-said"] and w.status is Status.invalid, w.problems


# A review that says what was not done, and sets targets without a verb of planning.
UNDONE_REVIEW = REVIEW_TEXT + """\
    全市新建社区养老服务中心10个，未完成年度目标12个的任务。
    改造老旧小区86个，尚有14个未完成。
    3个社区养老服务中心未能按期建成。
    因疫情影响未能如期开工的9个社区养老服务中心全部建成投用。
    老旧小区改造年度目标100个，实际改造86个。
"""


@pytest.mark.parametrize(("indicator", "outcome", "code"), [
    # the target the sentence says was not met, quoted whole or cut after the negation
    ("新建社区养老服务中心", "value: 12个\n  quote: 未完成年度目标12个的任务", "outcome-figure-not-done"),
    ("新建社区养老服务中心", "value: 12个\n  quote: 年度目标12个", "outcome-figure-not-done"),
    # what is left to do, and what failed to be built
    ("老旧小区改造", "value: 14个\n  quote: 尚有14个未完成", "outcome-figure-not-done"),
    ("新建社区养老服务中心", "value: 3个\n  quote: 3个社区养老服务中心未能按期建成", "outcome-figure-not-done"),
    # a target named by 目标 alone, with no verb of planning
    ("老旧小区改造", "value: 100个\n  quote: 老旧小区改造年度目标100个", "outcome-figure-is-target"),
])
def test_an_outcome_of_work_not_done_is_refused(tmp_path: Path, indicator: str, outcome: str, code: str) -> None:
    w = _undone(tmp_path, indicator, outcome)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("indicator", "outcome"), [
    ("新建社区养老服务中心", "value: 10个\n  quote: 全市新建社区养老服务中心10个"),
    # the nine that could not start on time were all finished
    ("新建社区养老服务中心", "value: 9个\n  quote: 未能如期开工的9个社区养老服务中心全部建成投用"),
    ("老旧小区改造", "value: 86个\n  quote: 实际改造86个"),
])
def test_an_outcome_of_work_done_beside_work_not_done_passes(tmp_path: Path, indicator: str, outcome: str) -> None:
    w = _undone(tmp_path, indicator, outcome)
    assert w.codes() == [] and w.status is Status.missed, w.problems


def _undone(tmp_path: Path, indicator: str, outcome: str) -> World:
    """One outcome of 2025 from UNDONE_REVIEW, on the care-centre plan (12个) or the old-housing one (120个)."""
    if "养老" in indicator:
        return _one_outcome(tmp_path, UNDONE_REVIEW, indicator, outcome)
    return world(tmp_path, PLAN_TEXT, UNDONE_REVIEW, rule(indicator, """\
        value: 120个
        deadline: 2025年底
        source: plan-2025
        quote: 完成老旧小区改造120个
        """, f"""\
        - {outcome}
          as_of: 2025-12-31
          source: review-2026
        """.replace("\n  quote", "\n          quote")))


def _one_outcome(tmp_path: Path, review: str, indicator: str, outcome: str) -> World:
    """A rule on the care-centre plan (12个) or, for another indicator, a milestone quoted from the
    same plan, with one outcome (`outcome`: its kind and quote) of 2025 from `review`."""
    plan = CENTRES_PLAN if "养老" in indicator else """\
        deadline: 2025年底
        source: plan-2025
        quote: 今年将新建社区养老服务中心12个
        """
    return world(tmp_path, PLAN_TEXT, review, rule(indicator, plan, f"""\
        - {outcome}
          as_of: 2025-12-31
          source: review-2026
        """.replace("\n  quote", "\n          quote")))


SCOPE_REVIEW = REVIEW_TEXT + """\
    全市集团化办学覆盖率达到85%的县区有5个，全市90%的中小学实现集团化办学。
    全省新建公办幼儿园1200所。全年新建全国示范幼儿园等公办幼儿园12所。
"""


@pytest.mark.parametrize(("indicator", "value", "quote", "codes"), [
    # 85% picks out the counties counted next: not the coverage reached
    ("集团化办学覆盖率", "85%", "全市集团化办学覆盖率达到85%", ["figure-is-threshold"]),
    ("集团化办学覆盖率", "90%", "全市90%的中小学实现集团化办学", []),  # a share of the schools is a level
    # the province's figure in a city's release
    ("新建公办幼儿园", "1200所", "全省新建公办幼儿园1200所", ["figure-wider-region"]),
    ("新建公办幼儿园", "12所", "全年新建全国示范幼儿园等公办幼儿园12所", []),  # 全国 in a name
])
def test_a_figure_is_the_regions_own(tmp_path: Path, indicator: str, value: str, quote: str,
                                     codes: list[str]) -> None:
    measure = "level" if value.endswith("%") else "count"
    plan = """\
        value: 95%以上
        comparator: at_least
        deadline: 2025年底
        source: plan-2025
        quote: 集团化办学覆盖率达到95%以上
        """ if measure == "level" else KINDERGARTEN_PLAN
    w = world(tmp_path, PLAN_TEXT + "    集团化办学覆盖率达到95%以上。\n", SCOPE_REVIEW, rule(indicator, plan, f"""\
        - value: {value}
          as_of: 2025-12-31
          source: review-2026
          quote: {quote}
        """, measure=measure))
    assert w.codes() == codes, w.problems


PLACES_REVIEW = REVIEW_TEXT + """\
    西工区、老城区分别新建公办幼儿园7所、5所。
    涧西区、洛龙区各新建公办幼儿园4所。
    孟津区新建公办幼儿园6所，其中偃师区3所。
    新建社区公办幼儿园8所。
"""


@pytest.mark.parametrize(("region", "value", "quote", "codes"), [
    # each place of a list with 分别 owns its own figure, in order: 7所 is 西工区's
    ("老城区", "7所", "西工区、老城区分别新建公办幼儿园7所、5所", ["figure-other-region"]),
    ("老城区", "5所", "西工区、老城区分别新建公办幼儿园7所、5所", []),
    ("西工区", "7所", "西工区、老城区分别新建公办幼儿园7所、5所", []),
    # the district's figure is not the city's
    ("洛阳市", "7所", "西工区、老城区分别新建公办幼儿园7所、5所", ["figure-other-region"]),
    ("洛阳市", "6所", "孟津区新建公办幼儿园6所", ["figure-other-region"]),
    ("洛阳市", "3所", "其中偃师区3所", ["figure-other-region"]),
    ("孟津区", "6所", "孟津区新建公办幼儿园6所", []),
    # 各: each of them
    ("洛龙区", "4所", "涧西区、洛龙区各新建公办幼儿园4所", []),
    # 社区 names no place
    ("洛阳市", "8所", "新建社区公办幼儿园8所", []),
])
def test_a_figure_is_the_place_its_clause_names(tmp_path: Path, region: str, value: str, quote: str,
                                                codes: list[str]) -> None:
    text = rule("新建公办幼儿园", KINDERGARTEN_PLAN, f"""\
        - value: {value}
          as_of: 2025-12-31
          source: review-2026
          quote: {quote}
        """).replace("region: 洛阳市", f"region: {region}")
    # a district's rule on the city's releases: the plan's quote does not name it (a warning, not checked here)
    w = world(tmp_path, PLAN_TEXT, PLACES_REVIEW, text)
    assert [c for c in w.codes() if c != "quote-other-region"] == codes, w.problems


def test_a_claim_cut_after_its_negation_says_why(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新建社区养老服务中心", """\
        deadline: 2025年底
        source: plan-2025
        quote: 今年将新建社区养老服务中心12个
        """, """\
        - claim: met
          as_of: 2025-12-31
          source: review-2026
          quote: 完成年度任务
        """))
    assert "claim-met-unsaid" in w.codes() and w.status is Status.invalid, w.problems
    unsaid = next(words("en").diagnostic(d) for d in w.problems if d.code == "claim-met-unsaid")
    assert "negated in the release: 完成" in unsaid  # not "it does not say 完成" while it does


# --- dates and totals -------------------------------------------------------------------------

MIDYEAR_REVIEW = REVIEW_TEXT + """\
    截至2025年6月底，全市城镇新增就业4.6万人；2025年1-9月，新建公办幼儿园7所。
    2025年12月20日，市政府召开新闻发布会，全年城镇新增就业8.3万人。
    2024年，全市城镇新增就业7.9万人。
    截至11月底，全市城镇新增就业7.6万人。1-9月，全市城镇新增就业6.1万人。
"""
JOBS_PLAN = """\
    value: 不少于8万人
    comparator: at_least
    deadline: 2025年底
    source: plan-2025
    quote: 城镇新增就业不少于8万人
"""


@pytest.mark.parametrize(("quote", "value", "as_of", "codes"), [
    ("截至2025年6月底，全市城镇新增就业4.6万人", "4.6万人", "2025-12-31", ["outcome-date-differs"]),
    ("全市城镇新增就业4.6万人", "4.6万人", "2025-12-31", ["outcome-date-differs"]),  # cut after the date
    ("截至2025年6月底，全市城镇新增就业4.6万人", "4.6万人", "2025-06-30", []),
    # a press conference's date is when it was said, not what the figure is as of
    ("全年城镇新增就业8.3万人", "8.3万人", "2025-12-31", []),
    # the year the sentence states before a quote cut after it (2024年，全市城镇新增就业7.9万人)
    ("全市城镇新增就业7.9万人", "7.9万人", "2025-12-31", ["outcome-year-differs"]),
    ("全市城镇新增就业7.9万人", "7.9万人", "2024-12-31", []),
    # a date written without its year is of the year stated before it, or of as_of's
    ("截至11月底，全市城镇新增就业7.6万人", "7.6万人", "2025-12-31", ["outcome-date-differs"]),
    ("全市城镇新增就业7.6万人", "7.6万人", "2025-12-31", ["outcome-date-differs"]),
    ("截至11月底，全市城镇新增就业7.6万人", "7.6万人", "2025-11-30", []),
    ("1-9月，全市城镇新增就业6.1万人", "6.1万人", "2025-12-31", ["outcome-date-differs"]),
])
def test_a_date_in_the_sentence_is_the_outcome_date(tmp_path: Path, quote: str, value: str, as_of: str,
                                                    codes: list[str]) -> None:
    w = world(tmp_path, PLAN_TEXT, MIDYEAR_REVIEW, rule("城镇新增就业", JOBS_PLAN, f"""\
        - value: {value}
          as_of: {as_of}
          source: review-2026
          quote: {quote}
        """))
    assert w.codes() == codes, w.problems


HALVES_REVIEW = REVIEW_TEXT + """\
    2025年1-6月，全市城镇新增就业4.6万人；2025年7-12月，全市城镇新增就业3.7万人。
    2025年，全市城镇新增就业8.3万人。
"""


@pytest.mark.parametrize(("second", "codes"), [
    # the whole year after its first half: January to June counted twice (4.6万 + 8.3万 "met" 10万)
    ("value: 8.3万人\n  as_of: 2025-12-31\n  quote: 2025年，全市城镇新增就业8.3万人", ["increments-overlap"]),
    # the second half after the first: no overlap
    ("value: 3.7万人\n  as_of: 2025-12-31\n  quote: 全市城镇新增就业3.7万人", []),
])
def test_increments_do_not_overlap(tmp_path: Path, second: str, codes: list[str]) -> None:
    second = second.replace("\n  ", "\n          ")
    w = world(tmp_path, PLAN_TEXT, HALVES_REVIEW, rule("城镇新增就业", JOBS_PLAN, f"""\
        - value: 4.6万人
          as_of: 2025-06-30
          increment: true
          source: review-2026
          quote: 2025年1-6月，全市城镇新增就业4.6万人
        - {second}
          increment: true
          source: review-2026
        """))
    assert w.codes() == codes, w.problems


SINCE_REVIEW = REVIEW_TEXT + """\
    2021年以来，全市累计新建公办幼儿园50所。
"""


@pytest.mark.parametrize(("said", "plan_start", "codes"), [
    ("2025年", "", ["outcome-total-since-earlier"]),  # the plan's quote states 2025: no start given
    ("到2025年", "\nstart: 2021-01-01", []),  # a plan counted from 2021 is answered by the total since 2021
    # a plan of 2025 does not count from 2021, whatever its start says
    ("2025年", "\nstart: 2021-01-01", ["plan-start-before-period"]),
])
def test_a_total_since_an_earlier_year_is_not_the_periods(tmp_path: Path, said: str, plan_start: str,
                                                          codes: list[str]) -> None:
    plan = f"""\
        value: 9所
        deadline: 2025年底
        source: plan-2025
        quote: {said}，全市新建公办幼儿园9所
        """ + plan_start.replace("\n", "\n        ")
    w = world(tmp_path, PLAN_TEXT.replace("全年新建公办幼儿园9所", f"{said}，全市新建公办幼儿园9所"), SINCE_REVIEW,
              rule("新建公办幼儿园", plan, """\
        - value: 50所
          as_of: 2025-12-31
          source: review-2026
          quote: 全市累计新建公办幼儿园50所
        """))
    assert w.codes() == codes, w.problems


def test_the_quote_year_is_the_outcome_year(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新建公办幼儿园", KINDERGARTEN_PLAN, """\
        - value: 9所
          as_of: 2024-12-31
          source: review-2026
          quote: 2025年，全市新建公办幼儿园9所
        """))
    assert "outcome-year-differs" in w.codes(), w.problems


def test_a_running_total_is_no_increment(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新增普惠性学位", """\
        value: 不少于6000个
        deadline: 2025年底
        source: plan-2025
        quote: 新增普惠性学位不少于6000个
        """, """\
        - value: 4.5万个
          as_of: 2025-12-31
          increment: true
          source: review-2026
          quote: 累计新增学位4.5万个
        """))
    assert "outcome-increment-running-total" in w.codes(), w.problems


def test_this_year_in_a_plan_is_its_release_year(tmp_path: Path) -> None:
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新建社区养老服务中心", """\
        value: 12个
        deadline: 2026年底
        source: plan-2025
        quote: 今年将新建社区养老服务中心12个
        """))
    assert w.codes() == ["plan-relative-year-differs"], w.problems


def test_before_a_year_is_ambiguous_in_a_quote(tmp_path: Path) -> None:
    plan = """\
        value: 120个
        deadline: 2026年底
        source: plan-2025
        quote: 2026年前完成老旧小区改造120个
        """
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("完成老旧小区改造", plan))
    assert w.codes() == ["plan-ambiguous-before"], w.problems
    settled = plan.replace("deadline: 2026年底", "deadline: 2025-12-31\n        note: 年前 read as by the end of 2025")
    w = world(tmp_path / "b", PLAN_TEXT, REVIEW_TEXT, rule("完成老旧小区改造", settled))
    assert w.codes() == [], w.problems


# --- region and script ------------------------------------------------------------------------

def test_a_figure_of_another_regions_release_is_that_regions(tmp_path: Path) -> None:
    """株洲市's 9所, naming no place, is not 洛阳市's; a claim from its release is a warning (it may
    name the project, not the place)."""
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT, rule("新建公办幼儿园", KINDERGARTEN_PLAN, """\
        - value: 9所
          as_of: 2025-12-31
          source: review-2026
          quote: 全市新建公办幼儿园9所
        """), regions={REVIEW: "株洲市"})
    assert w.codes() == ["figure-of-release-region"] and w.status is Status.invalid, w.problems
    w = world(tmp_path / "claim", PLAN_TEXT, REVIEW_TEXT + "    全年新建公办幼儿园任务全面完成。\n",
              rule("新建公办幼儿园", KINDERGARTEN_PLAN, """\
        - claim: met
          as_of: 2025-12-31
          source: review-2026
          quote: 全年新建公办幼儿园任务全面完成
        """), regions={REVIEW: "株洲市"})
    assert w.codes() == [] and w.codes(Severity.warning) == ["quote-other-region"], w.problems


def test_quotes_are_found_whatever_the_script(tmp_path: Path) -> None:
    traditional = REVIEW_TEXT.replace("全市新建公办幼儿园9所", "全市新建公辦幼兒園9所")
    w = world(tmp_path, PLAN_TEXT, traditional, rule("新建公办幼儿园", KINDERGARTEN_PLAN, """\
        - value: 9所
          as_of: 2025-12-31
          source: review-2026
          quote: 全市新建公办幼儿园9所
        """))
    assert w.codes() == [] and w.status is Status.met, w.problems
    w = world(tmp_path / "b", PLAN_TEXT, REVIEW_TEXT, rule("新建公办幼儿园", KINDERGARTEN_PLAN, """\
        - value: 9所
          as_of: 2025-12-31
          source: review-2026
          quote: 全市新建公辦幼兒園9所
        """))
    assert w.codes() == [] and w.status is Status.met, w.problems


# --- legitimate forms keep passing ------------------------------------------------------------

@pytest.mark.parametrize(("review", "quote", "value"), [
    ("全市新建公办幼儿园九所，改扩建三十一所。", "全市新建公办幼儿园九所", "9所"),
    ("全市新建公办幼\n\n儿园 9 所，改扩建31所。", "全市新建公办幼儿园9所", "9所"),
    ("全市新建公办幼儿园 9\n所。", "全市新建公办幼儿园9所", "9所"),
])
def test_numerals_line_breaks_and_spaces_pass(tmp_path: Path, review: str, quote: str, value: str) -> None:
    w = world(tmp_path, PLAN_TEXT, f"洛阳市2025年重点民生实事完成情况\n\n2025年，{review}\n", rule(
        "新建公办幼儿园", KINDERGARTEN_PLAN, f"""\
        - value: {value}
          as_of: 2025-12-31
          source: review-2026
          quote: {quote}
        """))
    assert w.codes() == [] and w.status is Status.met, w.problems


def test_more_than_proves_a_floor(tmp_path: Path) -> None:
    plan_text = PLAN_TEXT + "    四、文旅融合。全年接待游客900万人次。\n"
    w = world(tmp_path, plan_text, REVIEW_TEXT, rule("接待游客", """\
        value: 900万人次
        deadline: 2025年底
        source: plan-2025
        quote: 全年接待游客900万人次
        """, """\
        - value: 超过900万人次
          as_of: 2025-12-31
          source: review-2026
          quote: 全年接待游客超过900万人次
        """))
    assert w.codes() == [] and w.status is Status.met, w.problems


def test_a_list_of_completion_ratios_ties_each_to_its_item(tmp_path: Path) -> None:
    review = ("2025年，全市开展技能培训6.1万人次，新增技能人才3.2万人，新增高技能人才1.1万人，"
              "分别完成省定目标的121.5%、108.2%、104.9%。\n")
    plan = """\
        deadline: 2025年底
        source: plan-2025
        quote: 开展职业技能培训5.2万人次
        """
    right = world(tmp_path, PLAN_TEXT, review, rule("新增技能人才", plan, """\
        - completion: 108.2%
          as_of: 2025-12-31
          source: review-2026
          quote: 分别完成省定目标的121.5%、108.2%、104.9%
        """))
    assert right.codes() == [] and right.status is Status.met, right.problems
    wrong = world(tmp_path / "b", PLAN_TEXT, review, rule("新增技能人才", plan, """\
        - completion: 104.9%
          as_of: 2025-12-31
          source: review-2026
          quote: 分别完成省定目标的121.5%、108.2%、104.9%
        """))
    assert wrong.codes() == ["figure-counts-other"], wrong.problems
