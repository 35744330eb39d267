"""Tables set out as text: a five-year plan's indicators (指标 / 2020年 / 2025年 / 属性, the unit in
the label: 农村自来水普及率（%）  86  92  约束性), a review's 项目 / 年度目标 / 完成情况.

A table is a run of lines of as many cells (two or more spaces, a tab or a full-width space apart;
or single spaces, in a line of three cells or more) under a heading line of the same number of
cells with no figure but a year. A bare number in a row is a figure of the unit its label names,
of the period its column's heading names. Prose has no such runs: a line of prose is one cell.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from checker.frozen import record
from checker.language import regex

_WIDE_GAP = regex.compile(r"\t|\u3000| {2,}")
# (a cell may hold one space, 2025年 目标; a name of two characters, one full-width space apart: 乾　县, 全　市)
_WIDE_CELL = regex.compile(r"(?<![^\t\u3000 \n])[^\W\d_]\u3000[^\W\d_](?=[\t ]|\u3000|$)|"
                           r"[^\t\u3000 \n]+(?: [^\t\u3000 \n]+)*")
_NARROW_CELL = regex.compile(r"[^\t\u3000 \n]+")
_BARRED_CELL = regex.compile(r"(?<=[|｜])[^|｜\n]*|^[^|｜\n]*", re.M)
_RULE_LINE = regex.compile(r"[-:=+]+")  # (|---|:---:|: Markdown's line under a heading)
# 〔28.6〕: a total over the plan's years; ≥28, ≤4.5: a floor, a ceiling
# (106.1% under 完成率, 13所 under 完成情况: a cell of its own unit; letters as \w, not the CJK block, which
# costs milliseconds to compile at every start)
_BARE = regex.compile(r"[〔\[［]?([≥≤]?)(\d+(?:\.\d+)?)(%|[^\W\d_]{1,3})?[〕\]］]?")
_LABEL_GAP = regex.compile(r"[（(][^（()）\n]{1,8}[）)][\t\u3000 |｜]")
# (  13所  ; 　13所　: a tab or a full-width space is a gap of its own, as in _WIDE_GAP)
_UNIT_CELL = regex.compile(r"(?:[\t\u3000]| {2})\d+(?:\.\d+)?(?:%|[^\W\d_]{1,3})(?:[\t\u3000]| {2}|$)", re.M)
_BARRED_UNIT_CELL = regex.compile(r"[|｜] *\d+(?:\.\d+)?(?:%|[^\W\d_]{1,3}) *(?:[|｜]|$)", re.M)  # (| 6处 |)
_UNIT = regex.compile(r"[（(](?:1(?=/))?([^（()）]{1,8})[）)]$")  # (（1/10万）: figures in /10万)
_YEAR = regex.compile(r"((?:19|20)\d\d)年")
_ROWS_BACK = 40
_RATIO_COLUMN = regex.compile(r"完成率|完成比例|完成进度|占比|比例|比重")
_DATE_CELL = regex.compile(r"(?:截至|截止|至)(?:(?:19|20)\d\d年)?\d{1,2}月(?:底|末)?[^\W\d_]*$")
_SERIAL = regex.compile(r"\d{1,3}[.、]?")
_BOUND_AFTER = ("以上", "以下", "以内", "左右")  # (a cell's words of a bound after its number: 95以上)
_CELL_BRACKET = regex.compile(r"(?<=\S)[（(][^（()）]{1,16}[）)]$")


@record
class TableFigure:
    """A bare number in a row of a table, with what its row and column say of it."""

    start: int  # the number's extent in the text
    end: int
    number: str  # as written, with ≥ or ≤, without 〔〕
    unit: str  # from the row's label (（%）, （张）), and a bound written after the number (以上)
    label: str  # the row's label without its unit: what it counts
    line: tuple[int, int]  # the row
    heading: str  # its column's heading (2025年, 目标值)
    year: int | None  # the year the heading names
    total: bool  # in 〔〕: a total over the years of the plan


def _cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The cells of the line text[start:end]: apart by a tab, a full-width space or two spaces; or,
    in a line with none of those, by single spaces, where there are three cells or more (PDF text:
    1 城镇燃气老旧管道更新改造 260公里 281公里 108.7%). A line of prose is one cell."""
    line = text[start:end].strip()
    if "|" in line or "｜" in line:
        # (序号 | 项目 | 年度目标 | 核定完成数, or | … | as Markdown writes it: bars apart, the frame's aside)
        cells = [(m.start(), m.end(), m.group()) for m in _BARRED_CELL.finditer(text, start, end)]
        cells = [(a + len(cell) - len(cell.lstrip()), b - len(cell) + len(cell.rstrip()), cell.strip())
                 for a, b, cell in cells]
        if cells and not cells[0][2] and line[:1] in "|｜":
            cells = cells[1:]
        if cells and not cells[-1][2]:
            cells = cells[:-1]
        return cells if len(cells) >= 2 else []
    if _WIDE_GAP.search(line):
        pattern = _WIDE_CELL
    elif line.count(" ") >= 2:
        pattern = _NARROW_CELL
    else:
        return []
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]


def _heading_cell(cell: str) -> bool:
    """A cell that can head a column: words, or a year or a date (2025年, 2025年目标, 截至11月底完成), never a
    figure."""
    return not any(ch.isdigit() for ch in cell) or bool(_YEAR.match(cell)) or bool(_DATE_CELL.match(cell))


def _lines(text: str, low: int, high: int) -> Iterator[tuple[int, int]]:
    """The lines of text that hold a position in [low, high)."""
    at = text.rfind("\n", 0, low) + 1
    while at < high and at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        yield at, stop
        at = stop + 1


def _heading(text: str, line_start: int, count: int, indented: bool) -> list[str] | None:
    """The heading of the table whose row starts at `line_start` (of `count` cells, `indented` where a merged
    first cell is left blank): the first line above a run of rows that fit it whose cells all can head a
    column."""
    at = line_start
    rows = [(count, indented)]
    for _ in range(_ROWS_BACK):
        if at == 0:
            return None
        above = text.rfind("\n", 0, at - 1) + 1
        cells = _cells(text, above, at - 1)
        if not cells:
            return None
        if all(_RULE_LINE.fullmatch(cell) for _, _, cell in cells):
            at = above
            continue
        if all(_heading_cell(cell) for _, _, cell in cells):
            heading = [cell for _, _, cell in cells]
            # (序号 项目        年度目标  完成数 over 1    城市阅读空间（个）  15  16: a single space apart in the
            # heading)
            split = [part for cell in heading for part in cell.split(" ") if part]
            if not all(_fits(n, lead, heading) for n, lead in rows) and all(_fits(n, lead, split) for n, lead in rows) \
                    and all(_heading_cell(part) for part in split):
                heading = split
            return heading if all(_fits(n, lead, heading) for n, lead in rows) else None
        rows.append((len(cells), _INDENT.match(text, above) is not None))
        at = above
    return None


def _fits(count: int, indented: bool, heading: list[str]) -> bool:
    """A row of `count` cells fits a heading: as many cells, or one fewer where the row leaves a merged first
    cell blank (领域 over 健康水平, then blank) or a last 备注 cell empty."""
    return count == len(heading) or count == len(heading) - 1 and (indented or bool(_REMARK.fullmatch(heading[-1])))


def _padded(cells: list[tuple[int, int, str]], indented: bool, heading: list[str]) -> list[tuple[int, int, str]]:
    """The row's cells, one for each column: a blank first or last one put back."""
    if len(cells) == len(heading):
        return cells
    return [(-1, -1, ""), *cells] if indented else [*cells, (-1, -1, "")]


_INDENT = regex.compile(r"\t|\u3000| {2,}")
_REMARK = regex.compile(r"备注|说明|情况说明|注")
# the column that names what a row counts (领域  指标  2020年 …: 指标, not the 领域 before it)
_LABEL_COLUMN = regex.compile(r"(?:主要|具体)?(?:指标|项目|任务|事项)(?:名称|内容)?|名称|内容")
_UNIT_COLUMN = regex.compile(r"(?:计量)?单位")


def row_of(text: str, at: int) -> tuple[str, str] | None:
    """Where position `at` is in a row of a table: the row's label (its first cell that is not a
    number: 序号 columns aside) and the heading of `at`'s column; None where it is in no table."""
    start = text.rfind("\n", 0, at) + 1
    row = _row(text, start)
    if row is None:
        return None
    cells, heading, label = row
    column = next((k for k, (a, b, _) in enumerate(cells) if a <= at < b), None)
    return None if column is None else (label, heading[column])


def row_cells(text: str, at: int) -> list[tuple[str, str, bool]] | None:
    """The cells of the row of a table holding position `at`: (its column's heading, the cell, whether
    it holds `at`); None where `at` is in no table."""
    start = text.rfind("\n", 0, at) + 1
    row = _row(text, start)
    if row is None:
        return None
    cells, heading, _ = row
    return [(heading[k], cell, a <= at < b) for k, (a, b, cell) in enumerate(cells)]


# a table of figures as reported beside the figures an audit or inspection verified (项目 年度目标 报告完成数
# 审计核实数): the verified column is the result, and the reported one what the check found, where they differ
REPORTED_COLUMN = regex.compile(r"报告|上报|自报|申报|报送|填报|通报|公布|发布会")
VERIFIED_COLUMN = regex.compile(r"核实|核查|审计|审定|认定|核定|复核|抽查")


def heading_line(text: str, row: int) -> int:
    """Where the heading line of the table whose row starts at `row` starts: the line above its
    first row (0 where the table opens the text)."""
    top = row
    while top > 0 and row_cells(text, text.rfind("\n", 0, top - 1) + 1) is not None:
        top = text.rfind("\n", 0, top - 1) + 1
    return text.rfind("\n", 0, max(0, top - 1)) + 1 if top > 0 else 0


def row_remark(text: str, at: int) -> str | None:
    """The 备注 (说明) cell of the row of a table holding position `at`, where it is not empty; None elsewhere."""
    return next((cell for heading, cell, _ in row_cells(text, at) or () if cell and _REMARK.fullmatch(heading)), None)


@functools.lru_cache(maxsize=4096)  # (a text's hash is kept by the str: a lookup costs no pass over it)
def _row(text: str, start: int) -> tuple[list[tuple[int, int, str]], list[str], str] | None:
    """The line starting at `start` as a row of a table: its cells, the heading's, its label."""
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    if text.count(" ", start, stop) < 2 and "\t" not in text[start:stop] and "\u3000" not in text[start:stop] \
            and "|" not in text[start:stop] and "｜" not in text[start:stop]:
        return None  # (a line of prose: most)
    cells = _cells(text, start, stop)
    if not any(any(ch.isdigit() for ch in cell) for _, _, cell in cells[1:]):
        return None
    indented = _INDENT.match(text, start) is not None
    heading = _heading(text, start, len(cells), indented)
    if heading is None:
        return None
    cells = _padded(cells, indented, heading)
    named = next((k for k, cell in enumerate(heading) if _LABEL_COLUMN.fullmatch(cell)), None)
    if named is not None and cells[named][2] and not _SERIAL.fullmatch(cells[named][2]):
        return cells, heading, cells[named][2]
    # (序号 columns aside: a label may start with a figure of its own, 56人以上大班额比例（%）)
    label = next((cell for _, _, cell in cells if cell and not _SERIAL.fullmatch(cell)), cells[-1][2])
    return cells, heading, label


def table_figures(text: str, low: int, high: int) -> list[TableFigure]:
    """The bare numbers of the rows of tables in text[low:high] whose label names a unit."""
    found: list[TableFigure] = []
    if not _LABEL_GAP.search(text, low, high) and not _UNIT_CELL.search(text, low, high) \
            and not _has_unit_column(text) and not _BARRED_UNIT_CELL.search(text, low, high) \
            and not _has_unit_headings(text) and not _has_unit_titles(text):
        return found  # (most stretches of a release: prose, no label naming a unit before a gap)
    for start, stop in _lines(text, low, high):
        row = _row(text, start)
        if row is None:
            continue
        cells, heading, name = row
        first = next(k for k, (_, _, cell) in enumerate(cells) if cell == name)  # (序号 aside)
        label = _UNIT.search(name)
        # (指标  单位  完成数 over 新建公共充电桩  个  2150: the unit in a column of its own)
        # (not 单位 over 盘州市: the reporting bodies, whose column a heading may call 单位 too)
        given = next((cells[k][2] for k, cell in enumerate(heading) if _UNIT_COLUMN.fullmatch(cell)
                      and cells[k][2] and not any(ch.isdigit() for ch in cells[k][2]) and len(cells[k][2]) <= 4
                      and not cells[k][2].endswith(("市", "县", "区", "镇", "乡"))), None)
        # (…完成情况（单位：个）⏎地区  年度目标  建成投用⏎西陵区  3000  3150: the title's unit, of every cell)
        titled = _title_unit(text, start) if given is None and label is None and _has_unit_titles(text) else None
        for k, (a, _, cell) in enumerate(cells[first + 1:], first + 1):
            # (（单位：个、户） over 改造任务  惠及户数: the heading that names a unit has it, the others the one left)
            given = _column_unit(titled, heading, k, first) if titled else given
            # (32个（另有3个在建）: a cell's figure, with a bracket of what else there is)
            bare = _BARE.fullmatch(cell) or _BARE.fullmatch(_CELL_BRACKET.sub("", cell))
            column = _UNIT.search(heading[k])
            if bare is None or not low <= a < high or (label is None and not bare.group(3) and not given
                                                       and column is None):
                continue  # (a number of no unit, in a row whose label names none: nothing to read it by)
            year = _YEAR.search(heading[k])
            written = bare.group(1) + bare.group(2)
            at = a + cell.index(written)
            # (a column of its own unit: 完成率（%） over 96.4, whatever the row's label counts)
            own = bare.group(3) or ""
            bound = own if own in _BOUND_AFTER else ""  # (95以上 in a row of （%）: 95%以上, not 95 of 以上)
            unit = own if not bound else ""
            unit = unit or (column.group(1) if column else "%" if _RATIO_COLUMN.search(heading[k])
                            else label.group(1) if label else given or "")
            if bound and not unit:
                continue  # (95以上 in a row of no unit: nothing to read it by)
            # (县（市、区）  老旧小区改造（个）… over 北流市  50: the row's place, the column's thing)
            counted = name[:label.start()] if label else name + heading[k][:column.start()] \
                if column is not None and not _RATIO_COLUMN.search(heading[k]) and not given else name
            found.append(TableFigure(at, at + len(written) + len(own), written, unit + bound, counted,
                                     (start, stop), heading[k], int(year.group(1)) if year else None,
                                     cell[:1] in "〔[［"))
    return found


@functools.lru_cache(maxsize=64)  # (a text's hash is kept by the str: the release is scanned once)
def _has_unit_titles(text: str) -> bool:
    """A line that gives a table's one unit (…完成情况（单位：个）)."""
    return _UNIT_TITLE.search(text) is not None


def _title_unit(text: str, row: int) -> tuple[str, ...] | None:
    """The units the title line above the heading of the table of `row` gives (（单位：个）, （单位：个、户）); None
    where it gives none, or says them otherwise (单位：公里，其余为个)."""
    top = heading_line(text, row)
    if top <= 0:
        return None
    above = text.rfind("\n", 0, top - 1) + 1
    # (附表：…（单位：%）⏎⏎县（市、区）  2025年目标: a blank line between)
    if not text[above:top].strip() and above > 0:
        above = text.rfind("\n", 0, above - 1) + 1
    title = _UNIT_TITLE.search(text, above, top)
    return tuple(title.group(1).split("、")) if title is not None else None


def _column_unit(units: tuple[str, ...], heading: list[str], k: int, first: int) -> str | None:
    """Of a title's units, column `k`'s: the one its heading names (惠及户数: 户); or else, of the units no heading
    names, the one in the place of the column's thing among the others' (（单位：个、部） over 老旧小区改造任务
    老旧小区改造完成  加装电梯任务  加装电梯完成: 个, 个, 部, 部); None where they do not pair one to one."""
    if len(units) == 1:
        return units[0]
    named = [unit for unit in units if unit in heading[k]]
    if named:
        return named[0]
    left = [unit for unit in units if not any(unit in cell for cell in heading[first + 1:])]
    things = list(dict.fromkeys(_STAGE_WORDS.sub("", cell) for cell in heading[first + 1:]
                                if not any(unit in cell for unit in units)))
    if len(left) == 1:
        return left[0]
    return left[things.index(_STAGE_WORDS.sub("", heading[k]))] if len(things) == len(left) else None


# the words of a column's heading that say which figure of a thing it holds (老旧小区改造任务, 2025年实际完成)
_STAGE_WORDS = regex.compile(r"(?:19|20)\d\d年|年度|年初|计划|目标|任务|实际|完成|情况|建成|完工|竣工|开工|投用|"
                             r"[（(][^）)]*[）)]")


_UNIT_TITLE = regex.compile(r"(?m)[（(]?单位[：:][ \t\u3000]*((?:%|‰|[^\W\d_、，,；;（()）]{1,3})"
                            r"(?:、[^\W\d_、，,；;（()）]{1,3})*)[）)]?[ \t\u3000]*$")


@functools.lru_cache(maxsize=64)  # (a text's hash is kept by the str: the release is scanned once)
def _has_unit_column(text: str) -> bool:
    """A heading with a 单位 cell of its own somewhere in the release (not 各单位, 责任单位 in prose)."""
    return "单位" in text and _UNIT_HEADING.search(text) is not None


_UNIT_HEADING = regex.compile(r"\S[ \t\u3000]+(?:计量)?单位[ \t\u3000]+\S")


@functools.lru_cache(maxsize=64)  # (a text's hash is kept by the str: the release is scanned once)
def _has_unit_headings(text: str) -> bool:
    """A heading line whose cells name units (县（市、区）  老旧小区改造（个）  口袋公园（个）): its columns' figures
    are
    read in them, whatever the rows' labels."""
    return _COLUMN_UNITS.search(text) is not None


_COLUMN_UNITS = regex.compile(r"(?m)^[^\n\d]*?[（(][^（()）\n\d]{1,4}[）)][\t\u3000 |｜]+[^\n\d]*?[（(][^（()）\n\d]{1"
                              r",4}[）)]")
