"""Planning shared by both writers: citation markers, source labels, chart picks, text safety."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import PurePath

from reportgen.model import Briefing, Cite, Figure, Source

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Return ``text`` without the characters XML 1.0 cannot hold (control codes, lone surrogates)."""
    return _XML_BAD.sub("", text)


_BROKEN_AT_LINE_END = re.compile(r"(?<=[^\W_])-[ \t]*\r?\n[ \t]*(?=[a-z])")
"""A word a page broke at a line's end ("infra-\nstructure"), as a newspaper's column copied from a PDF
keeps it: one word again when shown; after a digit, the hyphen is the word's ("18-\nweek": "18-week")."""


def one_line(text: str) -> str:
    """Return ``text`` XML-safe with all runs of white space folded to one space, and words broken at a
    line's end whole (the cite still points at the text as the source has it)."""
    if "-\n" in text or "-\r\n" in text or "- \n" in text:
        text = _BROKEN_AT_LINE_END.sub(lambda m: "-" if text[m.start() - 1].isdigit() else "", text)
    return " ".join(xml_safe(text).split())


def source_numbers(briefing: Briefing) -> dict[str, int]:
    """Number the sources 1..n in briefing order: the numbers the citation markers use."""
    return {src.id: i for i, src in enumerate(briefing.sources, start=1)}


def cite_marker(cites: Iterable[Cite], numbers: dict[str, int]) -> str:
    """Return a marker such as ``[1]`` or ``[1, 2]`` for the sources an item cites."""
    used = sorted({numbers[c.source] for c in cites if c.source in numbers})
    return "[" + ", ".join(str(n) for n in used) + "]" if used else ""


def source_label(source: Source) -> str:
    """Return how a source is listed: its title, its date, and its file name."""
    name = PurePath(source.path).name or source.path
    parts = [one_line(source.title)] if source.title else []
    if source.date:
        parts.append(source.date)
    parts.append(name)
    return " · ".join(parts)


def chart_figures(figures: Iterable[Figure], minimum: int = 3) -> tuple[str, list[Figure]]:
    """Pick the figures worth a chart: the largest group sharing a unit (at least ``minimum``).

    Returns ``(unit, figures)``; ``("", [])`` when no unit is shared by enough figures.
    """
    figures = list(figures)
    bands = {unit: _comparable([f for f in figures if f.unit == unit]) for unit in {f.unit for f in figures}}
    if not bands:
        return "", []
    unit, band = max(bands.items(), key=lambda kv: (len(kv[1]), kv[0] == "percent", kv[0]))
    if len(band) < minimum:
        return "", []
    return unit, band


CHART_SPREAD = 100
"""Bars more than this many times apart are unreadable side by side ($1.42 billion beside $1.86)."""


def _comparable(group: list[Figure]) -> list[Figure]:
    """Return the largest set of ``group`` whose values lie within `CHART_SPREAD` of each other, in order."""
    values = sorted(abs(f.value) for f in group if f.value)
    best, low = (0, 0), 0
    for high, value in enumerate(values):
        while value > CHART_SPREAD * values[low]:
            low += 1
        if high + 1 - low > best[1] - best[0]:
            best = (low, high + 1)
    if best == (0, 0):
        return []
    least, most = values[best[0]], values[best[1] - 1]
    return [f for f in group if f.value and least <= abs(f.value) <= most]


def fall_room(values: Sequence[float]) -> float:
    """Return where a bar chart's value axis starts: 0, or left of the lowest fall by a fifth of the
    chart's span, so that the fall's value label stands between its bar and the names."""
    low, high = min(values), max(values)
    return 0 if low >= 0 else low - 0.2 * (max(high, 0) - low)


def format_value(value: float) -> str:
    """Return a number as a reader expects it: 45, 2.5, 240,000,000."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def chart_number_format(unit: str, values: Iterable[float]) -> str:
    """Return the number format of chart data labels: ``0"%"`` for shares, one decimal when needed."""
    values = list(values)
    top = max((abs(v) for v in values), default=0)
    if unit != "percent" and top >= 1e6:  # 1,420,000,000 shown as "1.42 bn": each comma scales by 1,000
        return '#,##0.0#,,," bn"' if top >= 1e9 else '#,##0.0#,," m"'
    digits = "0" if all(float(v).is_integer() for v in values) else "0.0"
    return f'{digits}"%"' if unit == "percent" else f"#,##{digits}"
