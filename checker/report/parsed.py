"""What `checker parse` shows: how each expression is read."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from checker.diagnostics import CheckerError
from checker.language.decimals import decimal_text
from checker.language.periods import parse_period
from checker.language.quantity import parse_quantity
from checker.locale import Words
from checker.messages import Term

Row = dict[str, Any]


def read_all(texts: list[str], *, period: bool, reference: date | None, words: Words) -> list[Row]:
    """One row per text, in order: the reading's JSON keys, or {text, error}."""
    rows: list[Row] = []
    for text in texts:
        try:
            rows.append(_read_period(text, reference) if period else _read_quantity(text, words))
        except CheckerError as error:
            rows.append({"text": text, "error": words.message(error.message)})
    return rows


def _read_quantity(text: str, words: Words) -> Row:
    quantity = parse_quantity(text)
    dimension = quantity.dimension
    return {
        "text": text,
        "value": decimal_text(quantity.value),
        "unit": quantity.unit,
        "qualifier": quantity.qualifier.value,
        "upper": None if quantity.upper is None else decimal_text(quantity.upper),
        "_dimension": (words("parse.completion-dimension") if quantity.completion
                       else words.param(Term("dimension", dimension))),
    }


def _read_period(text: str, reference: date | None) -> Row:
    found = parse_period(text, reference)
    return {"text": text, "start": found.start.isoformat() if found.start else None,
            "end": found.end.isoformat()}


def parsed_json(rows: list[Row]) -> str:
    public = [{key: value for key, value in row.items() if not key.startswith("_")} for row in rows]
    return json.dumps(public, ensure_ascii=False, indent=2) + "\n"


def parsed_table(rows: list[Row], *, period: bool, words: Words) -> Any:
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    from checker.report.text import literal

    columns = ["text", "start", "end"] if period else ["text", "value", "unit", "dimension", "qualifier", "upper"]
    table = Table(title=words("parse.title.period" if period else "parse.title.quantity"))
    for column in columns:
        # a figure is never cut: the value and the dates keep their width, the rest folds
        whole = column in ("value", "upper", "start", "end", "unit")
        longest = max((cell_len(str(row.get(column) or "")) for row in rows), default=0)
        # the text folds only where the pane is too narrow for it (a figure never does)
        table.add_column(words(f"parse.column.{column}"), no_wrap=whole, overflow="fold",
                         min_width=longest if whole else min(longest, 24) if column == "text" else None)
    for row in rows:
        if "error" in row:
            cells = [literal(row["text"]), Text(words("parse.cannot-read-below"), style="red")]
            cells += [Text("")] * (len(columns) - 2)
        else:
            values = {**row, "dimension": row.get("_dimension", "")}
            cells = [literal("" if values.get(c) is None else values[c]) for c in columns]
        table.add_row(*cells)
    return table
