"""What `checker parse` shows: how each expression is read."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from checker.errors import CheckerError
from checker.periods import parse_period
from checker.quantity import decimal_text, parse_quantity
from checker.units import dimension_of

Row = dict[str, Any]


def read_all(texts: list[str], *, period: bool, reference: date | None) -> list[Row]:
    """One row per text, in order: the reading's JSON keys, or {text, error}."""
    rows: list[Row] = []
    for text in texts:
        try:
            rows.append(_read_period(text, reference) if period else _read_quantity(text))
        except CheckerError as error:
            rows.append({"text": text, "error": error.message})
    return rows


def _read_quantity(text: str) -> Row:
    quantity = parse_quantity(text)
    dimension = dimension_of(quantity.unit)
    return {
        "text": text,
        "value": decimal_text(quantity.value),
        "unit": quantity.unit,
        "qualifier": quantity.qualifier.value,
        "upper": None if quantity.upper is None else decimal_text(quantity.upper),
        "_dimension": "share of a target" if quantity.completion else dimension,
    }


def _read_period(text: str, reference: date | None) -> Row:
    found = parse_period(text, reference)
    return {"text": text, "start": found.start.isoformat() if found.start else None,
            "end": found.end.isoformat()}


def parsed_json(rows: list[Row], *, period: bool) -> str:
    public = [{key: value for key, value in row.items() if not key.startswith("_")} for row in rows]
    return json.dumps(public, ensure_ascii=False, indent=2) + "\n"


def parsed_table(rows: list[Row], *, period: bool) -> Any:
    from rich.table import Table
    from rich.text import Text

    from checker.render.text import literal

    if period:
        columns = ["text", "start", "end"]
    else:
        columns = ["text", "value", "unit", "dimension", "qualifier", "upper"]
    table = Table(*columns, title="How the checker reads these periods" if period
                  else "How the checker reads these quantities")
    for row in rows:
        if "error" in row:
            cells = [literal(row["text"]), Text("cannot read (see below)", style="red")]
            cells += [Text("")] * (len(columns) - 2)
        else:
            values = {**row, "dimension": row.get("_dimension", "")}
            cells = [literal("" if values.get(c) is None else values[c]) for c in columns]
        table.add_row(*cells)
    return table
