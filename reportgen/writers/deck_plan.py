"""Plan the deck: a briefing in, a list of slides (layout, texts, notes, chart or table) out.

This is where text is trimmed, measured and split over continuation slides; the emitting step
(`reportgen.writers.pptx`) only copies the plan into the template's placeholders. Plain data in and
out, no Office library, so every decision is testable on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from typing import TypeVar

from reportgen.model import Briefing, Cite, Figure, Passage
from reportgen.settings import Settings
from reportgen.writers.common import (
    chart_figures,
    chart_number_format,
    cite_marker,
    format_value,
    one_line,
    source_label,
    source_numbers,
)
from reportgen.writers.textfit import ELLIPSIS, LINE_HEIGHT, Box, Paragraph, fits, shorten, wrap

CONT = " (cont.)"
MAX_QUOTES_PER_SLIDE = 3
MAX_POINTS_PER_SLIDE = 4
MAX_BULLET_WORDS = 24
"""A bullet longer than this, even after trimming to its main clause, is cut (notes keep it whole)."""
SHORT_ENOUGH = 14
"""A point of at most this many words is shown whole; a longer one is trimmed to its main clause."""


@dataclass(frozen=True)
class PlaceholderBox:
    """One placeholder of a layout: its idx, type (``title``, ``body``, ``chart``...), name and box."""

    idx: int
    type: str
    name: str
    box: Box


@dataclass(frozen=True)
class LayoutGeometry:
    """A slide layout's placeholders, as the template defines them."""

    name: str
    placeholders: tuple[PlaceholderBox, ...]

    def find(self, *types: str) -> PlaceholderBox:
        """Return the placeholder of the first matching type, lowest idx first; KeyError if none."""
        for kind in types:
            for ph in sorted(self.placeholders, key=lambda p: p.idx):
                if ph.type == kind:
                    return ph
        raise KeyError(f"layout {self.name!r} has no placeholder of type {', '.join(types)}")

    def named(self, prefix: str) -> list[PlaceholderBox]:
        """Return the placeholders whose name is ``prefix`` plus a number, in number order."""
        found = [p for p in self.placeholders if re.fullmatch(re.escape(prefix) + r" ?\d+", p.name)]
        return sorted(found, key=lambda p: int(p.name[len(prefix):]))


DeckGeometry = dict[str, LayoutGeometry]


@dataclass(frozen=True)
class Fill:
    """The paragraphs that go into one placeholder (by idx)."""

    idx: int
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class ChartPlan:
    """A native bar chart: one series of values over categories, all in one unit."""

    idx: int
    unit: str
    categories: tuple[str, ...]
    values: tuple[float, ...]
    number_format: str
    font_size: float


@dataclass(frozen=True)
class TablePlan:
    """A native table: a header row, body rows and relative column widths."""

    idx: int
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    heights: tuple[float, ...]
    """Row heights in points, header first: measured, so the table is as tall as its text."""
    font_size: float


@dataclass(frozen=True)
class SlidePlan:
    """One slide: its layout, title, placeholder fills, speaker notes and chart or table."""

    layout: str
    title: str
    fills: tuple[Fill, ...] = ()
    notes: str = ""
    chart: ChartPlan | None = None
    table: TablePlan | None = None

    def texts(self) -> list[str]:
        """Return every text the slide shows: title first, then each paragraph."""
        return [self.title] + [text for fill in self.fills for text, _ in fill.paragraphs]


# ---- text shaping -------------------------------------------------------------------------------

_ASIDE = re.compile(
    r",\s+(?:in addition to|including|such as|for example|for instance|in particular|among others|"
    r"according to|as well as|however|in fact)\b[^,;:]*,(?!\d)\s*",  # not the comma in "24,000"
    re.IGNORECASE,
)
_INTRO_WORDS = frozenset(
    "at in on during after before under with as while when although though if since by for from "
    "according following despite besides additionally moreover meanwhile however also".split()
)
MIN_CLAUSE_WORDS = 7
"""A bullet is cut at a comma only when what stays has at least this many words."""
_BREAKS = re.compile(r"\s*(?:;|:(?!\d)|\s[\u2014\u2013-]\s|,(?!\d))\s*")
"""Where a clause may end; never inside a number ("21,798", "14:00"), which a cut would change."""
_APPOSITIVE = re.compile(r"(?:the|a|an|which|who|whose|whom)\s[^,;:.]{1,80},", re.IGNORECASE)
"""An aside set off by commas (", the largest authority in Europe,"): the clause goes on after it."""


def main_clause(sentence: str) -> str:
    """Return the clause of ``sentence`` that carries its point, for a bullet (full text goes in notes).

    Asides (", in addition to ...,") and parentheses go; a long sentence is cut at its first
    clause break that leaves at least five words (never inside an aside set off by commas, where
    the clause has not ended); the closing full stop goes.
    """
    text = one_line(sentence)
    text = re.sub(r"\s*\([^()]*\)(?=\w)", " ", text)  # "+44 (0)20 7946": never glue what it parts
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = _ASIDE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip().rstrip(".;:, ").lstrip("\u2013\u2014-:, ")  # "(Nairobi) – The"
    if len(text.split()) <= SHORT_ENOUGH:
        return text
    opens_with_phrase = text.split()[0].lower() in _INTRO_WORDS
    aside_ends = -1
    for match in _BREAKS.finditer(text):
        if match.start() < aside_ends:
            continue
        head = text[: match.start()]
        words = len(head.split())
        if match.group(0).strip() == ",":
            # An introductory phrase ("At the opening of ...,") or a short run of
            # adjectives ("world-class, high-end") is not a clause of its own.
            if opens_with_phrase:
                opens_with_phrase = False
                continue
            aside = _APPOSITIVE.match(text, match.end())
            if aside:  # cutting here would leave the clause unfinished ("The warning comes as X")
                aside_ends = aside.end()
                continue
            if words < MIN_CLAUSE_WORDS:
                continue
        elif words < 5:
            continue
        return head.rstrip(",;: ")
    return text


def bullet(sentence: str) -> str:
    """Return a sentence as a bullet: its main clause, cut to ``MAX_BULLET_WORDS`` with an ellipsis."""
    words = main_clause(sentence).split()
    if len(words) <= MAX_BULLET_WORDS:
        return " ".join(words)
    return " ".join(words[:MAX_BULLET_WORDS]).rstrip(",;:") + ELLIPSIS


def first_upper(text: str) -> str:
    """Return ``text`` with its first letter upper-cased (titles from lower-case area names)."""
    return text[:1].upper() + text[1:]


def quoted(text: str) -> str:
    """Return a quote's words inside typographic quote marks."""
    return "\u201c" + one_line(text).strip().strip("\"'\u201c\u201d") + "\u201d"


def human_date(iso: str | None) -> str:
    """Return ``2024-03-28`` as ``28 March 2024``; any other text unchanged."""
    if not iso:
        return ""
    try:
        day = datetime.strptime(iso, "%Y-%m-%d")
    except ValueError:
        return one_line(iso)
    return f"{day.day} {day:%B %Y}"  # no %-d: it does not exist on Windows


_QUALIFIERS = (
    (re.compile(r"^(about|around|approximately|roughly|nearly|almost|some)\b", re.I), "~"),
    (re.compile(r"^(more than|over|above|at least|upwards of)\b", re.I), ">"),
    (re.compile(r"^(less than|under|below|fewer than|up to)\b", re.I), "<"),
)
_CURRENCY = {"USD": "$", "EUR": "\u20ac", "GBP": "\u00a3", "JPY": "\u00a5", "CNY": "\u00a5", "INR": "\u20b9",
             "KES": "KSh ", "NGN": "\u20a6", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "SGD": "S$",
             "HKD": "HK$", "TWD": "NT$", "PKR": "Rs ", "LKR": "Rs ", "NPR": "Rs ", "$": "$"}


_OF_WHOLE = re.compile(r"(?<!\bout) of ")
"""Where a fraction's words end and its whole begins: "a third | of the staff", not "three out | of four"."""
_ONE_IN = re.compile(r"\b(?:one|1)\s+in\s+\S", re.IGNORECASE)


def big_number(figure: Figure, *, compact: bool = False) -> str:
    """Return a figure as a headline number: ``>45%``, ``240 million``, ``$2.5 billion``."""
    value = figure.value
    stated = one_line(figure.text)
    if figure.is_range and len(stated) <= 24:
        return stated  # "$80-$85": the value alone ($80) would hide the range
    if figure.unit == "fraction" and compact and _ONE_IN.search(figure.text) and value > 0:
        text = f"1 in {format_value(round(1 / value))}"  # "about one in eight" too long: "~1 in 8"
    elif figure.unit == "fraction":  # "one in five", "half": as the source words it, not 0.2
        return _OF_WHOLE.split(stated, 1)[0]
    elif figure.unit == "percent":
        text = format_value(value) + "%"
    elif figure.unit == "year" and value >= 1000:  # a founding year: 1999, not 1,999
        text = str(int(value))
    else:
        text = format_value(value)
        for size, word, short in ((1e12, "trillion", "T"), (1e9, "billion", "B"), (1e6, "million", "M")):
            if abs(value) >= size:
                text = format_value(round(value / size, 2)) + (short if compact else f" {word}")
                break
        text = _CURRENCY.get(figure.unit, "") + text
    for pattern, mark in _QUALIFIERS:
        if pattern.match(figure.text.strip()):
            return mark + text
    return text


def figure_label(figure: Figure) -> str:
    """Return what a figure measures, with its unit when the number does not show it."""
    label = first_upper(one_line(figure.label))
    if figure.unit in ("percent", *_CURRENCY) or figure.unit.lower() in label.lower():
        return label
    return f"{label} ({one_line(figure.unit)})"


def cite_text(cites: Iterable[Cite], briefing: Briefing, numbers: dict[str, int]) -> str:
    """Return citations as a presenter reads them: ``[1] file.txt, chars 120-245``."""
    parts = []
    for cite in cites:
        src = briefing.source(cite.source)
        name = PurePath(src.path).name if src else cite.source
        parts.append(f"[{numbers.get(cite.source, '?')}] {name}, chars {cite.start}-{cite.end}")
    return "; ".join(parts)


def note_line(text: str, cites: Sequence[Cite], briefing: Briefing, numbers: dict[str, int]) -> str:
    """Return one notes line: the full text, then where it comes from."""
    where = cite_text(cites, briefing, numbers)
    return f"{one_line(text)} ({where})" if where else one_line(text)


# ---- fitting ------------------------------------------------------------------------------------


def fit_title(text: str, box: Box) -> str:
    """Return the title as it fits its placeholder: whole if it wraps inside, else shortened."""
    return shorten(one_line(text), box)


def chunk(paragraphs: Sequence[Paragraph], box: Box, limit: int) -> list[list[Paragraph]]:
    """Split paragraphs into slide-sized groups that fit ``box``, at most ``limit`` top-level items each.

    A paragraph too long to fit on a slide alone is shortened with an ellipsis.
    """
    groups: list[list[Paragraph]] = []
    current: list[Paragraph] = []
    for text, level in paragraphs:
        item = (text, level)
        if not fits([item], box):
            item = (shorten(text, box, level), level)
        tops = sum(1 for _, lv in current if lv == 0) + (level == 0)
        if current and (tops > limit or not fits([*current, item], box)):
            groups.append(current)
            current = []
        current.append(item)
    if current or not groups:
        groups.append(current)
    return _balanced(groups, lambda group: fits(group, box), lambda item: item[1] == 0)


Item = TypeVar("Item")


def _balanced(groups: list[list[Item]], fits_group: Callable[[list[Item]], bool],
              movable: Callable[[Item], bool] = lambda _: True) -> list[list[Item]]:
    """Move items down from the second-to-last group so the last slide of a run is not left with one.

    Five points read better as three and two than as four and a lonely "(cont.)".
    """
    if len(groups) < 2:
        return groups
    before, last = groups[-2], groups[-1]
    while len(before) - len(last) >= 2 and movable(before[-1]) and fits_group([before[-1], *last]):
        last.insert(0, before.pop())
    return groups


def continued(title: str, n: int, box: Box) -> str:
    """Return the title of the n-th slide of a run: ``Title (cont.)`` after the first."""
    if n == 0:
        return fit_title(title, box)
    short = shorten(one_line(title) + CONT, box)
    if short.endswith(CONT):
        return short
    return shorten(one_line(title), Box(box.width * 0.8, box.height, box.insets, box.levels)) + CONT


# ---- the deck -----------------------------------------------------------------------------------


def plan_deck(briefing: Briefing, settings: Settings, geometry: DeckGeometry) -> list[SlidePlan]:
    """Return the slides of the deck, in order, each fitted to its layout's placeholders."""
    numbers = source_numbers(briefing)
    slides = [title_slide(briefing, settings, geometry["Title Slide"], numbers)]
    slides.append(agenda_slide(briefing, settings, geometry["Title and Content"]))
    content = geometry["Title and Content"]
    if briefing.context:
        slides += bullet_slides(settings.headings.context, briefing.context, content, briefing, numbers)
    for area in briefing.areas:
        slides += bullet_slides(first_upper(one_line(area.title)), area.points, content, briefing, numbers)
    figures = list(briefing.figures)[: settings.max_figures]
    if figures:
        slides += figure_slides(figures, settings, geometry, briefing, numbers)
    quotes = list(briefing.shown_quotes(settings.max_quotes))
    if quotes:
        slides += quote_slides(quotes, settings, geometry["Quote"], briefing, numbers)
    if briefing.sources:
        slides += sources_slides(briefing, settings, content)
    return slides


def title_slide(briefing: Briefing, settings: Settings, layout: LayoutGeometry,
                numbers: dict[str, int]) -> SlidePlan:
    """Return the title slide: title, subtitle, and the date (with the author)."""
    title = layout.find("ctrTitle", "title")
    fills = []
    if settings.subtitle:
        sub = layout.find("subTitle")
        fills.append(Fill(sub.idx, ((shorten(one_line(settings.subtitle), sub.box), 0),)))
    date_line = " \u00b7 ".join(x for x in (human_date(briefing.date), one_line(settings.author)) if x)
    if date_line:
        dt = layout.find("dt")
        fills.append(Fill(dt.idx, ((shorten(date_line, dt.box), 0),)))
    sources = "; ".join(f"[{numbers[s.id]}] {source_label(s)}" for s in briefing.sources)
    notes = f"{one_line(briefing.title)}. {one_line(settings.subtitle)}"
    if date_line:
        notes += f", {date_line}"
    notes += f". Built from {len(briefing.sources)} source(s): {sources}." if sources else "."
    return SlidePlan(layout.name, fit_title(briefing.title, title.box), tuple(fills), notes)


def agenda_slide(briefing: Briefing, settings: Settings, layout: LayoutGeometry) -> SlidePlan:
    """Return the agenda: the deck's sections, with the area titles under the areas heading."""
    h = settings.headings
    items: list[Paragraph] = []
    if briefing.context:
        items.append((h.context, 0))
    area_items: list[Paragraph] = []
    if briefing.areas:
        items.append((h.areas, 0))
        body = layout.find("body", "obj")
        area_items = [(shorten(first_upper(one_line(a.title)), body.box, 1, max_lines=1), 1)
                      for a in briefing.areas]
        items += area_items
    if briefing.figures:
        items.append((h.figures, 0))
    if briefing.shown_quotes(settings.max_quotes):
        items.append((h.quotes, 0))
    if briefing.sources:
        items.append((h.sources, 0))
    body = layout.find("body", "obj")
    if area_items and not fits(items, body.box):  # one line per area is too much: all on one line
        at = items.index(area_items[0])
        joined = (" \u00b7 ".join(text for text, _ in area_items), 1)
        rest = [item for item in items if item not in area_items]
        items = rest[:at] + [joined] + rest[at:]
        if not fits(items, body.box):  # still too much: the sections alone
            items = rest
    fitted = chunk(items, body.box, limit=len(items))[0]
    notes_parts = [text for text, level in items if level == 0]
    notes = "Agenda: " + "; ".join(notes_parts) + "."
    if briefing.areas:
        notes += " Areas: " + "; ".join(one_line(a.title) for a in briefing.areas) + "."
    title = layout.find("title", "ctrTitle")
    return SlidePlan(layout.name, fit_title(h.agenda, title.box), (Fill(body.idx, tuple(fitted)),), notes)


def bullet_slides(heading: str, passages: Sequence[Passage], layout: LayoutGeometry, briefing: Briefing,
                  numbers: dict[str, int]) -> list[SlidePlan]:
    """Return the slide(s) for one titled list of points: bullets trimmed, split if they do not fit."""
    title = layout.find("title", "ctrTitle")
    body = layout.find("body", "obj")
    items = [(bullet(p.text), 0) for p in passages]
    groups = chunk(items, body.box, MAX_POINTS_PER_SLIDE)
    slides = []
    start = 0
    for n, group in enumerate(groups):
        behind = passages[start : start + len(group)]
        start += len(group)
        notes = "\n".join(note_line(p.text, p.cite, briefing, numbers) for p in behind)
        slides.append(SlidePlan(layout.name, continued(heading, n, title.box),
                                (Fill(body.idx, tuple(group)),) if group else (), notes or heading))
    return slides


def strongest(figures: Sequence[Figure], count: int) -> list[Figure]:
    """Return up to ``count`` figures for the big-numbers slide: one per unit in turn, briefing order."""
    by_unit: dict[str, list[Figure]] = {}
    for f in figures:
        by_unit.setdefault(f.unit, []).append(f)
    picked: list[Figure] = []
    while len(picked) < min(count, len(figures)):
        for group in by_unit.values():
            if group and len(picked) < count:
                picked.append(group.pop(0))
    return picked


def figure_slides(figures: list[Figure], settings: Settings, geometry: DeckGeometry, briefing: Briefing,
                  numbers: dict[str, int]) -> list[SlidePlan]:
    """Return the key-figure slides: big numbers, a chart of figures sharing a unit, a table of the rest."""
    heading = settings.headings.figures
    slides = [big_numbers_slide(figures, heading, geometry["Big Numbers"], briefing, numbers)]
    shown = len(slides[0].fills) // 2
    unit, charted = chart_figures(figures)
    if charted:
        slides.append(chart_slide(unit, charted, heading, geometry["Chart"], briefing, numbers))
    if len(figures) > shown:
        slides += table_slides(figures, heading, geometry["Table"], briefing, numbers)
    return slides


def figure_note(f: Figure, briefing: Briefing, numbers: dict[str, int]) -> str:
    """Return a figure's notes line: the number, what it measures, and the phrase it comes from."""
    return note_line(f"{big_number(f)}: {one_line(f.label)}, \u201c{one_line(f.text)}\u201d", f.cite,
                     briefing, numbers)


def big_numbers_slide(figures: list[Figure], heading: str, layout: LayoutGeometry, briefing: Briefing,
                      numbers: dict[str, int]) -> SlidePlan:
    """Return the big-numbers slide: the strongest figures, number large and label small."""
    slots = list(zip(layout.named("Number"), layout.named("Label"), strict=False))
    picked = strongest(figures, len(slots))
    fills: list[Fill] = []
    labels: list[Fill] = []
    for f, (num, lab) in zip(picked, slots, strict=False):
        text = big_number(f)
        if not fits([(text, 0)], num.box) or len(wrap(text, num.box.line_width(0), num.box.style(0))) > 1:
            text = shorten(big_number(f, compact=True), num.box, max_lines=1)
        fills.append(Fill(num.idx, ((text, 0),)))
        labels.append(Fill(lab.idx, ((shorten(figure_label(f), lab.box), 0),)))
    title = layout.find("title", "ctrTitle")
    notes = "\n".join(figure_note(f, briefing, numbers) for f in picked)
    return SlidePlan(layout.name, fit_title(heading, title.box), tuple(fills + labels), notes)


def chart_slide(unit: str, figures: list[Figure], heading: str, layout: LayoutGeometry, briefing: Briefing,
                numbers: dict[str, int]) -> SlidePlan:
    """Return the chart slide: one bar per figure sharing ``unit``, labelled with what it measures."""
    title = layout.find("title", "ctrTitle")
    chart = layout.find("chart")
    categories = tuple(short_label(first_upper(one_line(f.label))) for f in figures)
    values = tuple(float(f.value) for f in figures)
    plan = ChartPlan(chart.idx, unit, categories, values, chart_number_format(unit, values),
                     chart.box.style(0).size)
    notes = "\n".join(figure_note(f, briefing, numbers) for f in figures)
    return SlidePlan(layout.name, fit_title(f"{heading} ({one_line(unit)})", title.box), (), notes,
                     chart=plan)


def short_label(text: str, limit: int = 48) -> str:
    """Return a chart category short enough to read beside its bar."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + ELLIPSIS


TABLE_WIDTHS = (0.22, 0.63, 0.15)
CELL_INSETS = (7.2, 3.6, 7.2, 3.6)
ROW_SLACK = 1.1
"""Room added to each measured row, so renderers that set lines a little taller keep the table's size."""


def table_slides(figures: list[Figure], heading: str, layout: LayoutGeometry, briefing: Briefing,
                 numbers: dict[str, int]) -> list[SlidePlan]:
    """Return the table slide(s) of every figure, as many rows per slide as fit the table's height."""
    title = layout.find("title", "ctrTitle")
    tbl = layout.find("tbl")
    style = tbl.box.style(0)
    header = ("Figure", "What it measures", "Source")
    rows = [(big_number(f), figure_label(f), cite_marker(f.cite, numbers)) for f in figures]

    def height(row: Sequence[str]) -> float:
        tallest = 0.0
        for text, share in zip(row, TABLE_WIDTHS, strict=True):
            cell = Box(tbl.box.width * share, 1e6, CELL_INSETS, (style,))
            tallest = max(tallest, len(wrap(text, cell.line_width(0), style)))
        return (tallest * style.size * LINE_HEIGHT + CELL_INSETS[1] + CELL_INSETS[3]) * ROW_SLACK

    pages: list[list[tuple[str, ...]]] = [[]]
    used = height(header)
    for row in rows:
        need = height(row)
        if pages[-1] and used + need > tbl.box.height:
            pages.append([])
            used = height(header)
        pages[-1].append(row)
        used += need
    _balanced(pages, lambda page: sum(map(height, [header, *page])) <= tbl.box.height)
    slides = []
    start = 0
    for n, page in enumerate(pages):
        behind = figures[start : start + len(page)]
        start += len(page)
        notes = "\n".join(figure_note(f, briefing, numbers) for f in behind)
        heights = tuple(height(row) for row in [header, *page])
        plan = TablePlan(tbl.idx, header, tuple(page), TABLE_WIDTHS, heights, style.size)
        slides.append(SlidePlan(layout.name, continued(heading, n, title.box), (), notes, table=plan))
    return slides


def quote_slides(quotes: Sequence, settings: Settings, layout: LayoutGeometry, briefing: Briefing,
                 numbers: dict[str, int]) -> list[SlidePlan]:
    """Return the quote slides: one to three quotes each, large, every quote followed by its speaker."""
    title = layout.find("title", "ctrTitle")
    body = layout.find("body", "obj")
    pairs: list[tuple[Paragraph, Paragraph | None]] = []
    for q in quotes:
        speaker = None
        reserve = 0.0
        if q.speaker:
            speaker = shorten(f"\u2014 {one_line(q.speaker)}", body.box, 1, max_lines=1)
            by = body.box.style(1)
            reserve = by.size * LINE_HEIGHT * by.line_spacing + by.space_before
        room = Box(body.box.width, body.box.height - reserve, body.box.insets, body.box.levels)
        words = quoted(q.text)
        if not fits([(words, 0)], room):
            words = shorten(words.rstrip("\u201d"), room, suffix="\u201d")
        pairs.append(((words, 0), (speaker, 1) if speaker else None))
    slides: list[SlidePlan] = []
    page: list[int] = []

    def flush() -> None:
        paragraphs = tuple(p for i in page for p in pairs[i] if p is not None)
        notes = "\n".join(
            note_line(f"{quotes[i].speaker or 'Unattributed'}: \u201c{one_line(quotes[i].text)}\u201d",
                      quotes[i].cite, briefing, numbers) for i in page)
        slides.append(SlidePlan(layout.name, continued(settings.headings.quotes, len(slides), title.box),
                                (Fill(body.idx, paragraphs),), notes))

    for i in range(len(pairs)):
        trial = [p for j in [*page, i] for p in pairs[j] if p is not None]
        if page and (len(page) >= MAX_QUOTES_PER_SLIDE or not fits(trial, body.box)):
            flush()
            page = []
        page.append(i)
    if page:
        flush()
    return slides


def sources_slides(briefing: Briefing, settings: Settings, layout: LayoutGeometry) -> list[SlidePlan]:
    """Return the sources slide(s): each source numbered as the citation markers number it."""
    numbers = source_numbers(briefing)
    title = layout.find("title", "ctrTitle")
    body = layout.find("body", "obj")
    items = [(f"[{numbers[s.id]}] {source_label(s)}", 0) for s in briefing.sources]
    groups = chunk(items, body.box, limit=len(items))
    slides = []
    start = 0
    for n, group in enumerate(groups):
        behind = briefing.sources[start : start + len(group)]
        start += len(group)
        notes = "\n".join(f"[{numbers[s.id]}] {one_line(s.path)}: {one_line(s.title or 'untitled')}"
                          f"{', ' + s.date if s.date else ''} ({s.kind})" for s in behind)
        slides.append(SlidePlan(layout.name, continued(settings.headings.sources, n, title.box),
                                (Fill(body.idx, tuple(group)),), notes))
    return slides
