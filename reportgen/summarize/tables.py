"""Tables flattened to text: a web table copied one cell per line, or as cells between pipes or tabs.

A table's numbers are facts a reader looks for ("Angola: 8 412 cases"), but no sentence holds
them, so the figure finder never meets them. A table is recognised by its shape alone: a header
of short lines, then rows of as many lines, each a label followed by cells, with every column
holding numbers all the way down or none at all. Each number cell becomes a figure labelled by
its row and column and cited to the cell's exact text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal
from typing import TypeVar

from reportgen.model import Cite, Figure
from reportgen.summarize.figures import local_code
from reportgen.summarize.numbers import (
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    GROUPING,
    MULTIPLIERS,
    NUMERAL,
    RARER_CURRENCY_CODES,
    as_value,
)

_CODES = (*CURRENCY_CODES, *RARER_CURRENCY_CODES)
"""Currency codes a table cell may open on, in capitals ("EUR 131,000,000")."""
_CELL = re.compile(
    rf"(?P<neg>\()?(?P<cur>US\$|HK\$|A\$|C\$|\$|€|£|¥|(?-i:{'|'.join(_CODES)})(?= ))?\s?(?P<num>{NUMERAL})"
    r"(?(neg)\))\s?(?P<pct>%)?"
    r"(?:\s?(?P<mult>thousand|million|billion|trillion|bn|mn|m|k)\b)?",
    re.IGNORECASE)
"""A number cell: "8 412", "50.1%", "9.4 million", "$1.2bn", and an accounts' loss in brackets,
"(6.8)", "(1)%". A signed change ("+3") is left out: it reads only against a baseline the table
does not give."""
_NO_VALUE = frozenset({"n/m", "n/a", "na", "nm", "-", "–", "—", "..", "…"})
"""A cell that says there is no number ("n/m = not meaningful"): empty, whatever its column holds."""
_NUMBER_LINE = re.compile(rf"\n[ \t]*{_CELL.pattern}[ \t]*(?:\n|$)", re.IGNORECASE)
"""A line that is a number alone. Without one, or a pipe or a tab, there is no table: a cheap test
(the pattern opens on a newline, so the engine jumps from one to the next)."""
_CURRENCIES = {**CURRENCY_SIGNS, "usd": "USD", "eur": "EUR", "gbp": "GBP"}
"""A currency as a cell or a header writes it: "$1.2bn", "Requested (US$)", "Budget (EUR million)"."""
_PERCENT_HEADERS = frozenset({"%", "pct", "pct.", "percent", "share", "per cent"})
_HEADER_UNIT = re.compile(r"\s*\((?P<unit>[^)]*)\)\s*$")
"""A header's unit in brackets: "CFR (%)", "Requested (US$)", "Budget (US$ million)"."""
_MAX_COLUMNS = 8
_MAX_HEADER = 40  # characters: a header cell is a short name, never a sentence

EMPTY, NUMBER, NAME, OTHER, YEAR = range(5)
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s?[-–/]\s?(?:(?:19|20)?\d\d))?")
"""A year or a span of years ("2026", "2026–2028", "2026-27"): in a cell, when a pledge or a figure is for,
fitting a column of numbers or of words alike, and never a figure itself."""
Line = tuple[int, int, str, int]
"""A line or cell: start, end (of the stripped text), the stripped text and its kind (EMPTY ... OTHER)."""


def table_figures(doc_id: str, text: str) -> list[Figure]:
    """Return the figures in the tables of ``text``, each cited to its cell, in reading order."""
    found = _fact_figures(doc_id, text) + _leader_figures(doc_id, text)
    if "|" not in text and "\t" not in text and not _NUMBER_LINE.search(text) and \
            not _ALIGNED_NUMBER.search(text):
        return found
    lines = _lines(text)
    tables = _cell_per_line_tables(lines) + _separated_tables(lines) + _aligned_tables(text, lines)
    for header, rows in tables:
        found += _figures(doc_id, text, header, rows)
    return sorted(found, key=lambda f: f.cite[0].start)


_FACT_LINE = re.compile(r"^[ \t]*(?P<key>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})[ \t]*:[ \t]*"
                        r"(?P<value>\d[^\n]{0,60}?)[ \t]*$", re.MULTILINE)
"""A fact box's line: "Acres Burned: 21,470 Acres", "Personnel: 2,418", "Injuries: 4 Firefighters, 1
Civilian"."""
_FACT_ITEM = re.compile(rf"(?P<num>{NUMERAL})(?P<pct>%)?"
                        r"(?:[ \t]+(?P<unit>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)?))?")
_NOT_FACT_KEYS = frozenset("""
date time updated published started tel phone fax mobile cell zip postcode code id number no ref reference
isbn doi coordinates lat latitude longitude page pages vol volume issue ext extension room suite gate seat
flight year version case file docket order address views visitors hits
""".split())
"""Key words of a line whose number is an identifier, a date or a place, not a quantity."""


def _fact_figures(doc_id: str, text: str) -> list[Figure]:
    """Return the figures of a fact box: lines "Key: number [unit]" (two or more, on neighbouring lines),
    each number labelled by its key ("Personnel: 2,418" is 2,418 personnel)."""
    if _FACT_HINT.search(text) is None:
        return []  # the common case: no line holds a label, a colon and a number
    facts = []
    for m in _FACT_LINE.finditer(text):
        key = m.group("key")
        if not _NOT_FACT_KEYS.isdisjoint(key.lower().split()):
            continue
        items = [(m.start("value") + i.start(), i) for i in _items(m.group("value"))]
        if items:
            facts.append((text.count("\n", 0, m.start()), key, items))
    facts += _fact_strips(text)
    facts.sort(key=lambda fact: (fact[0], fact[2][0][0]))
    found: list[Figure] = []
    for run in _runs(facts):
        if len(run) < 2:
            continue  # a lone "Key: 3" line may be anything; a box has several (a strip's on one line)
        for _, key, items in run:
            for at, item in items:
                value = Decimal(item.group("num").translate(GROUPING))
                unit = "percent" if item.group("pct") else (item.group("unit") or key).lower()
                found.append(Figure(as_value(value), unit, key, item.group(0),
                                    (Cite(doc_id, at, at + len(item.group(0))),)))
    return found


_LEADER_ROW = re.compile(r"^[ \t]*(?P<key>[^\s.][^\n]*?)[ \t]*(?:\.[ \t]?){6,}[ \t]*"
                         r"(?P<value>[^\s.][^\n(]*?)(?:[ \t]+\((?P<share>[^\n()]*%)\))?[ \t]*$", re.MULTILINE)
"""A row set out with leader dots: "Number of votes cast ........ 1,031", "Number voting YES ..... 874
(84.8%)", "Agnes Chirwa (Independent) ...... 2,918"; a share of the whole may follow in brackets."""


def _leader_figures(doc_id: str, text: str) -> list[Figure]:
    """Return the figures of rows set out with leader dots (a ballot's result, a candidate's votes), each
    labelled by its row, on rows run together (up to a line apart).

    A table of contents looks the same with a page number at the right: a run of rows whose numbers are
    all bare whole numbers ("Opening Statement ..... 4") is left out; a row's comma, decimal point,
    percent sign or currency shows a quantity ("1,486", "69.4%")."""
    if "....." not in text and ". . . ." not in text:
        return []
    rows = []
    for m in _LEADER_ROW.finditer(text):
        cell = _CELL.fullmatch(m.group("value"))
        share = _CELL.fullmatch(m.group("share")) if m.group("share") else None
        last = m.group("key").rsplit(None, 1)[-1]
        if cell is None or (m.group("share") and share is None) or \
                (last.lower() in _NOT_FACT_KEYS and last != "NO"):
            continue  # "Page ...... 4", "Reference number ...... 1123"; not "Number of votes cast", nor
            # "Number voting NO ...... 152"
        cells = [(m.start("value"), cell, m.group("key"))]
        if share:
            cells.append((m.start("share"), share, f"{m.group('key')}, share"))
        rows.append((text.count("\n", 0, m.start()), cells))
    found: list[Figure] = []
    for block in _runs(rows):
        if all(cell.group(0).isdigit() for _, cells in block for _, cell, _ in cells):
            continue  # page numbers
        for _, cells in block:
            for at, cell, label in cells:
                value, unit = _cell_value(text, cell)
                written = cell.group(0)
                found.append(Figure(value, unit, label, written, (Cite(doc_id, at, at + len(written)),)))
    return found


Row = TypeVar("Row", bound=tuple)


def _runs(rows: list[Row]) -> list[list[Row]]:
    """Return ``rows`` (each opening on its line number, in order) in runs of rows up to a blank line
    apart: a fact box's lines, a ballot's rows."""
    runs: list[list[Row]] = []
    for row in rows:
        if runs and row[0] - runs[-1][-1][0] <= 2:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


_STRIP_GAP = re.compile(r"[ \t]*\|[ \t]*|[ \t]{3,}")
_FACT_SEGMENT = re.compile(r"(?P<key>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})[ \t]*:[ \t]*"
                           r"(?P<value>\S[^\n]{0,60})")


def _fact_strips(text: str) -> list[tuple[int, str, list[tuple[int, re.Match[str]]]]]:
    """Return the facts of lines that set several side by side, apart by bars or wide gaps: "Null and
    void: 146   |   Registered: 12,905   |   Turnout: 56.92%". Every part must be "Key: value"; a line
    with anything else ("Price: 243.50p    +4.00 (1.67%)") is no such strip."""
    facts = []
    end = -1
    for hint in _FACT_HINT.finditer(text):
        if hint.start() < end:
            continue  # a line already read
        start, end = text.rfind("\n", 0, hint.start()) + 1, text.find("\n", hint.start())
        end = len(text) if end < 0 else end
        if "|" not in text[start:end] and "   " not in text[start:end]:
            continue
        parts, at = [], start
        for gap in [*_STRIP_GAP.finditer(text, start, end), None]:
            stop = gap.start() if gap else end
            if stop > at:
                parts.append(_FACT_SEGMENT.fullmatch(text, at, stop))
            at = gap.end() if gap else stop
        if len(parts) < 2 or None in parts:
            continue
        row = text.count("\n", 0, start)
        for part in parts:
            assert part is not None
            key = part.group("key")
            if not part.group("value")[0].isdigit() or not _NOT_FACT_KEYS.isdisjoint(key.lower().split()):
                continue
            items = [(part.start("value") + i.start(), i) for i in _items(part.group("value"))]
            if items:
                facts.append((row, key, items))
    return facts


def _items(value: str) -> list[re.Match[str]]:
    """Return the numbers of a fact line's value, each with its unit ("4 Firefighters, 1 Civilian"), or
    nothing when the value is anything else ("32.67, -116.79", "2026-0412", "3 p.m. today")."""
    items = []
    at = 0
    for sep in [*_ITEM_GAP.finditer(value), None]:  # "4 Firefighters, 1 Civilian"; "21,470" is one number
        stop = sep.start() if sep else len(value)
        m = _FACT_ITEM.fullmatch(value, at, stop)
        if m is None:
            return []
        items.append(m)
        at = sep.end() if sep else stop
    return items


_FACT_HINT = re.compile(r":[ \t]+\d")
"""A colon, then a number after a space: what every fact line holds (a cheap test first: the engine
jumps from colon to colon)."""
_ITEM_GAP = re.compile(r",[ \t]+")


def _lines(text: str) -> list[Line]:
    out: list[Line] = []
    at = 0
    for raw in text.split("\n"):
        body = raw.strip()
        start = at + (raw.index(body) if body else 0)
        out.append((start, start + len(body), body, _kind(body)))
        at += len(raw) + 1
    return out


def _kind(cell: str) -> int:
    """Say what a cell is: empty, a number, a name (a header or a row's label: short, no sentence), other."""
    if not cell or cell.lower() in _NO_VALUE:
        return EMPTY
    if len(cell) > _MAX_HEADER:
        return OTHER
    if (cell[0].isdigit() or cell[0] in "$€£¥UHAC(" or cell[3:4] == " ") and _CELL.fullmatch(cell):
        return YEAR if _YEARS.fullmatch(cell) else NUMBER
    if cell[:1] in "12" and _YEARS.fullmatch(cell):
        return YEAR
    if cell.endswith((":", "?", "!")) or (cell.endswith(".") and " " in cell):
        return OTHER  # "Pct." is a header, "It rose." a sentence
    return NAME


Table = tuple[list[Line], list[list[Line]]]
"""A header's cells and the rows' cells (the first of each row its label)."""


def _cell_per_line_tables(lines: Sequence[Line]) -> list[Table]:
    """Tables copied one cell per line: k header lines, then rows of k lines."""
    tables: list[Table] = []
    numbers = [i for i, line in enumerate(lines) if line[3] == NUMBER]
    i = 0
    while i < len(lines):
        best: Table | None = None
        n = bisect_left(numbers, i)
        if lines[i][3] == NAME and n < len(numbers) and numbers[n] - i <= 2 * _MAX_COLUMNS:
            for k in range(2, _MAX_COLUMNS + 1):  # a number stands in the first row, or there is no table
                header = list(lines[i:i + k])
                if len(header) < k or header[-1][3] != NAME:
                    break
                rows = _rows(lines, i + k, k)
                if len(rows) >= 2 and (best is None or len(rows) * k > len(best[1]) * len(best[0])):
                    best = (header, rows)
        if best is None:
            i += 1
            continue
        tables.append(best)
        i += len(best[0]) * (1 + len(best[1]))
    return tables


def _rows(lines: Sequence[Line], start: int, k: int) -> list[list[Line]]:
    """Read rows of ``k`` lines from ``start`` while each is a label and cells fitting its columns."""
    rows: list[list[Line]] = []
    numeric: list[bool | None] = [None] * k  # per column: numbers, words, or not yet known
    at = start
    while at + k <= len(lines):
        row = list(lines[at:at + k])
        if row[0][3] != NAME or not _fits(row, numeric):
            break
        rows.append(row)
        at += k
    return rows if any(numeric[1:]) else []


def _fits(row: Sequence[Line], numeric: list[bool | None]) -> bool:
    """True when every cell of ``row`` is of its column's kind (learning the kind of new columns)."""
    kinds = [None if c[3] in (EMPTY, YEAR) else c[3] == NUMBER for c in row[1:]]
    if not any(kinds) or any(c[3] == OTHER for c in row[1:]):
        return False
    for j, kind in enumerate(kinds, 1):
        if kind is None:
            continue
        if numeric[j] is not None and numeric[j] != kind:
            return False
        numeric[j] = kind
    return True


def _separated_tables(lines: Sequence[Line]) -> list[Table]:
    """Tables whose rows are lines of cells between pipes or tabs, the first line the header."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        header = _split(lines[i])
        opens_on_separator = header is not None and lines[i][2][:1] in "|\t" and i + 1 < len(lines)
        after = _split(lines[i + 1]) if opens_on_separator else None
        if header is not None and after is not None and len(after) == len(header) + 1:
            # " | Q3 2024 | Q3 2023": the header names no column of row labels
            header = [(lines[i][0], lines[i][0], "", EMPTY), *header]
        if header is None or not all(c[3] == NAME for c in header[1:]):
            i += 1
            continue
        rows: list[list[Line]] = []
        numeric: list[bool | None] = [None] * len(header)
        j = i + 1
        while j < len(lines):
            row = _split(lines[j])
            if row is not None and len(row) == len(header) and all(set(c[2]) <= set("-: ") for c in row):
                j += 1  # a Markdown rule under the header: "|---|---|"
                continue
            if row is None or len(row) != len(header) or row[0][3] not in (NAME, YEAR) or \
                    not _fits(row, numeric):
                break
            rows.append(row)
            j += 1
        if rows and any(numeric[1:]):
            tables.append((header, rows))
            i = j
        else:
            i += 1
    return tables


def _split(line: Line) -> list[Line] | None:
    """Return the cells of a line of cells between pipes or tabs (two or more), else None."""
    start, _, body, _ = line
    sep = "|" if "|" in body else "\t" if "\t" in body else None
    if sep is None:
        return None
    cells: list[Line] = []
    at = 0
    for raw in body.split(sep):
        cell = raw.strip()
        offset = start + at + (raw.index(cell) if cell else 0)
        cells.append((offset, offset + len(cell), cell, _kind(cell)))
        at += len(raw) + 1
    if body.startswith(sep):
        cells = cells[1:]
    if body.endswith(sep):
        cells = cells[:-1]
    return cells if 2 <= len(cells) <= _MAX_COLUMNS else None


_ALIGNED_NUMBER = re.compile(r"  [ \t]*\(?[$€£¥]?\d")
"""A number after a wide gap: what a row of a table set out with spaces holds (a cheap test first)."""
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
"""A cell of a table set out with spaces: words one space apart; two spaces or more end it."""
_RULE = re.compile(r"[-=_—–\s]{3,}")
_MAX_HEADER_LINES = 3
_COLUMN_NUMBER = re.compile(r"(?:Column|Col\.?)\s+(?:[IVXLC]+|\d+)", re.IGNORECASE)


def _aligned_cells(text: str, line: Line, alone: bool = False) -> list[Line]:
    """Return the cells of a line set out with spaces (two or more; one with ``alone``: a header's line)."""
    start, end, body, _ = line
    if "  " not in body and not (alone and body):
        return []
    return [(m.start(), m.end(), m.group(0), _kind(m.group(0)))
            for m in _ALIGNED_CELL.finditer(text, start, end)]


def _aligned_tables(text: str, lines: Sequence[Line]) -> list[Table]:
    """Tables set out with spaces, each column aligned under its header: a header of names (on up to three
    lines: "Maximum Retail Price" over "(Rs. per kg)"), then rows of a label and cells, at least one a
    number; a ruled line may stand between them. A cell belongs to the column whose span it overlaps."""
    tables: list[Table] = []
    done = -1  # the last line read as a row
    for i in [i for i, line in enumerate(lines) if "  " in line[2]]:  # a row has a wide gap
        if i <= done:
            continue
        rows = _aligned_rows(text, lines, i)
        if len(rows) < 2:
            continue
        table = _aligned_table(text, lines, i, rows)
        if table is not None:
            tables.append(table)
        done = rows[-1][0]
    return tables


def _aligned_rows(text: str, lines: Sequence[Line], i: int) -> list[tuple[int, list[Line]]]:
    """Return the lines from ``i`` that read as a spaced table's rows (index, cells), ruled lines passed."""
    rows: list[tuple[int, list[Line]]] = []
    j = i
    while j < len(lines):
        body = lines[j][2]
        if rows and _RULE.fullmatch(body) and body:
            j += 1
            continue
        cells = _aligned_cells(text, lines[j])
        if len(cells) < 2 or cells[0][3] != NAME or not any(c[3] == NUMBER for c in cells[1:]) or \
                any(c[3] == OTHER for c in cells[1:]):
            break
        rows.append((j, cells))
        j += 1
    return rows


def _aligned_table(text: str, lines: Sequence[Line], first: int,
                   rows: list[tuple[int, list[Line]]]) -> Table | None:
    """Return the table of ``rows`` under their header, each cell in its column, or None."""
    heads: list[list[Line]] = []
    k = first - 1
    if k >= 0 and lines[k][2] and _RULE.fullmatch(lines[k][2]):
        k -= 1  # a rule under the header
    while k >= 0 and len(heads) < _MAX_HEADER_LINES:
        cells = _aligned_cells(text, lines[k], alone=True)
        if not cells or any(c[3] != NAME for c in cells):
            break
        heads.insert(0, [(start - _line_start(text, start), end - _line_start(text, start), cell, kind)
                         for start, end, cell, kind in cells])
        k -= 1
    spans: list[list[int]] = []  # per column: its leftmost and rightmost place on the line
    for cells in heads:
        for start, end, _, _ in cells:
            _place(spans, start, end)
    spans.sort()
    if len(spans) < 2 or len(spans) > _MAX_COLUMNS:
        return None
    columns: list[list[str]] = [[] for _ in spans]
    for cells in heads:
        for start, end, cell, _ in cells:
            if not _COLUMN_NUMBER.fullmatch(cell):  # "Column II" over "Maximum Wholesale Price": a form's
                columns[_column_at(spans, start, end)].append(cell)  # numbering, not what it holds
    header: list[Line] = [(0, 0, " ".join(words), NAME) for words in columns]
    table_rows: list[list[Line]] = []
    numeric: list[bool | None] = [None] * len(spans)
    for j, cells in rows:
        base = _line_start(text, lines[j][0])
        row: list[Line] = [(lines[j][0], lines[j][0], "", EMPTY) for _ in spans]
        for n, (start, end, cell, kind) in enumerate(cells):
            at = 0 if n == 0 else _column_at(spans, start - base, end - base)
            if at < 0 or row[at][3] != EMPTY or (n and at == 0):
                return None  # a cell under no column, or two in one: no table of this header
            row[at] = (start, end, cell, kind)
        if not _fits(row, numeric):
            return None
        table_rows.append(row)
    return (header, table_rows) if any(numeric[1:]) else None


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _place(spans: list[list[int]], start: int, end: int) -> None:
    """Widen the column a header cell overlaps to take it in, or open a new one."""
    for span in spans:
        if start < span[1] and span[0] < end:
            span[0], span[1] = min(span[0], start), max(span[1], end)
            return
    spans.append([start, end])


def _column_at(spans: Sequence[list[int]], start: int, end: int) -> int:
    """Return the column a cell overlaps, else the one it stands beside (a character or two off: a
    number set to the right under a one-letter header), or -1."""
    near, gap = -1, 3
    for n, (left, right) in enumerate(spans):
        if start < right and left < end:
            return n
        off = left - end if end <= left else start - right
        if off < gap:
            near, gap = n, off
    return near


_BARE_SIGNS = frozenset({"$", "¥", "rs", "rs."})
"""A currency sign several countries write ("Price (Rs. per kg)"): whose it is, the text says."""


def _figures(doc_id: str, text: str, header: Sequence[Line], rows: Sequence[Sequence[Line]]) -> list[Figure]:
    out: list[Figure] = []
    for j, (_, _, name, _) in enumerate(header):
        if j == 0:
            continue
        column, unit, scale = _column(name)
        if unit and not _BARE_SIGNS.isdisjoint(name.lower().replace("(", " ").split()):
            unit = local_code(text, unit)  # "(Rs. per kg)" in a Sri Lankan gazette: rupees of Sri Lanka
        if not column.strip() and j > 1:  # "Pledge (original currency) | US$ million": the pledge, in US$
            column = _column(header[j - 1][2])[0]
        if len(column.strip()) <= 2 and not unit:
            continue  # a scorecard's "O", "M", "R": a column that does not say what its numbers measure
        for row in rows:
            start, end, cell, _ = row[j]
            m = _CELL.fullmatch(cell) if row[j][3] == NUMBER else None
            if m is None:
                continue
            value, cell_unit = _cell_value(text, m, scale)
            label = row[0][2]
            label = f"total {column}" if label.lower() == "total" else f"{label}: {column}"
            out.append(Figure(value, cell_unit or unit, label, cell, (Cite(doc_id, start, end),)))
    return out


def _cell_value(text: str, m: re.Match[str], scale: int = 0) -> tuple[int | float, str]:
    """Return the value of a number cell (`_CELL`) and the unit it writes itself ("" if none): its
    currency or a percent sign. ``scale`` is its column's multiplier ("US$ million")."""
    value = Decimal(m.group("num").translate(GROUPING))
    if m.group("neg"):
        value = -value
    if m.group("mult"):
        value *= MULTIPLIERS[m.group("mult").lower()]
    elif scale:
        value *= scale
    cur = m.group("cur")
    unit = local_code(text, _CURRENCIES.get(cur.lower(), cur)) if cur in _BARE_SIGNS else \
        _CURRENCIES.get(cur.lower(), cur) if cur else "percent" if m.group("pct") else ""
    return as_value(value), unit


def _column(name: str) -> tuple[str, str, int]:
    """Return what a column measures, the unit of its cells and the scale its header gives them.

    "CFR (%)" -> ("CFR", "percent", 0); "Requested (US$ million)" -> ("requested", "USD", 1000000);
    "Cases" -> ("cases", "cases", 0); "Pct." -> ("share", "percent", 0).
    """
    unit, scale = "", 0
    bracket = _HEADER_UNIT.search(name)
    words = name.lower().split()
    if bracket:
        name, words = name[:bracket.start()], bracket.group("unit").lower().split()
    elif words and all(w in _CURRENCIES or w in MULTIPLIERS for w in words) and len(name.strip()) > 1:
        # (a lone letter names a column of its own: a scorecard's "M" is maidens, not millions)
        name = ""  # "US$ million": the unit alone, the column named before it (see _figures)
    else:
        words = []
    for w in words:
        if w in _CURRENCIES:
            unit = _CURRENCIES[w]
        elif w in _PERCENT_HEADERS:
            unit = "percent"
        elif w in MULTIPLIERS:
            scale = MULTIPLIERS[w]
    column = name if name.isupper() else name.lower()
    if column in _PERCENT_HEADERS:
        return "share", "percent", scale
    if not unit and column.isalpha() and column.islower() and column.endswith("s"):
        unit = column  # "Cases", "Deaths", "Votes": what is counted
    return column, unit, scale
