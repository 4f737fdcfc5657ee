"""Plan the Word brief: a `Briefing` and `Settings` in, a list of plain blocks out.

This is where every decision about the brief's content is made (order, wording,
citation markers, which figures get a chart); `reportgen.writers.docx` only emits
the blocks with python-docx. Blocks hold final, XML-safe text and the names of the
template styles they use, so they can be tested without Office.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportgen import model
from reportgen.settings import Settings
from reportgen.templates import BRIEF_TABLE_STYLE
from reportgen.writers.common import (
    chart_figures,
    chart_number_format,
    cite_marker,
    format_value,
    one_line,
    source_label,
    source_numbers,
)


@dataclass(frozen=True)
class Heading:
    """A section heading: level 1 for sections, 2 for one area."""

    text: str
    level: int


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text in a named paragraph style."""

    text: str
    style: str = "Normal"


@dataclass(frozen=True)
class Bullet:
    """One bulleted point (style 'List Bullet'), its citation marker at the end."""

    text: str


@dataclass(frozen=True)
class FigureTable:
    """The key-figures table: a header row, then one row per figure."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    style: str = BRIEF_TABLE_STYLE


@dataclass(frozen=True)
class Chart:
    """A bar chart of figures sharing a unit, with the caption shown under it."""

    unit: str
    categories: tuple[str, ...]
    values: tuple[float, ...]
    number_format: str
    caption: str


@dataclass(frozen=True)
class Quote:
    """A quotation (style 'Quote') and its attribution line (style 'Quote Attribution')."""

    text: str
    attribution: str


@dataclass(frozen=True)
class SourceList:
    """The numbered sources: ``(number, label)`` pairs; every marker ``[n]`` points here."""

    items: tuple[tuple[int, str], ...]


Block = Heading | Paragraph | Bullet | FigureTable | Chart | Quote | SourceList


@dataclass(frozen=True)
class BriefPlan:
    """Everything the emitting step writes: the blocks, the running header and the file properties."""

    title: str
    subject: str
    keywords: str
    author: str
    blocks: tuple[Block, ...]


FIGURE_TABLE_HEADER = ("Figure", "What it measures", "Source")
CONTEXT_SPLIT = 4
"""Context of this many sentences or more is written as two paragraphs."""


def plan_brief(briefing: model.Briefing, settings: Settings) -> BriefPlan:
    """Return the brief's plan: title block, context, areas, figures, quotes, sources, in order."""
    numbers = source_numbers(briefing)
    headings = settings.headings
    title = one_line(briefing.title) or "Briefing"
    blocks: list[Block] = [*_title_block(briefing, settings, title)]

    if briefing.context:
        blocks.append(Heading(one_line(headings.context), 1))
        blocks += [Paragraph(text) for text in _context_paragraphs(briefing.context, numbers)]

    if briefing.areas:
        blocks.append(Heading(one_line(headings.areas), 1))
        for area in briefing.areas:
            blocks.append(Heading(_sentence_case(one_line(area.title)), 2))
            blocks += [Bullet(_cited(point.text, point.cite, numbers)) for point in area.points]

    figures = briefing.figures[: max(settings.max_figures, 0)]
    if figures:
        blocks.append(Heading(one_line(headings.figures), 1))
        blocks.append(FigureTable(FIGURE_TABLE_HEADER, tuple(_figure_row(f, numbers) for f in figures)))
        chart = plan_chart(figures, numbers)
        if chart:
            blocks.append(chart)

    quotes = briefing.shown_quotes(settings.max_quotes)
    if quotes:
        blocks.append(Heading(one_line(headings.quotes), 1))
        blocks += [_quote(q, numbers) for q in quotes]

    if briefing.sources:
        blocks.append(Heading(one_line(headings.sources), 1))
        blocks.append(SourceList(tuple((numbers[s.id], source_label(s)) for s in briefing.sources)))

    return BriefPlan(
        title=title,
        subject=one_line(settings.subtitle),
        keywords=", ".join(one_line(a.title) for a in briefing.areas),
        author=one_line(settings.author),
        blocks=tuple(blocks),
    )


def plan_chart(figures: tuple[model.Figure, ...], numbers: dict[str, int]) -> Chart | None:
    """Return a chart of the figures sharing the most common unit, or None when fewer than three do."""
    unit, picked = chart_figures(figures)
    if not picked:
        return None
    unit_text = one_line(unit)
    values = tuple(float(f.value) for f in picked)
    number_format = chart_number_format(unit_text, values)
    marker = cite_marker([c for f in picked for c in f.cite], numbers)
    return Chart(
        unit=unit_text,
        categories=tuple(_sentence_case(one_line(f.label)) for f in picked),
        values=values,
        number_format=number_format,
        caption=f"Figures stated in {unit_text} {marker}".rstrip(),
    )


def long_date(text: str | None) -> str | None:
    """Return an ISO date as '28 March 2024'; other text as it is; None stays None."""
    if not text:
        return None
    try:
        day = datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return one_line(text)
    return f"{day.day} {day:%B %Y}"


def _title_block(briefing: model.Briefing, settings: Settings, title: str) -> list[Block]:
    subtitle = " · ".join(one_line(s) for s in (settings.subtitle, settings.organisation or "") if s.strip())
    blocks: list[Block] = [Paragraph(title, "Title")]
    if subtitle:
        blocks.append(Paragraph(subtitle, "Subtitle"))
    date = long_date(briefing.date)
    if date:
        blocks.append(Paragraph(date, "Brief Details"))
    count = len(briefing.sources)
    blocks.append(Paragraph(f"Drawn from {count} source{'' if count == 1 else 's'}", "Brief Details"))
    return blocks


def _context_paragraphs(context: tuple[model.Passage, ...], numbers: dict[str, int]) -> list[str]:
    """Split the context sentences into one paragraph, or two when there are many."""
    sentences = [_cited(p.text, p.cite, numbers) for p in context]
    sentences = [s for s in sentences if s]
    if len(sentences) < CONTEXT_SPLIT:
        return [" ".join(sentences)] if sentences else []
    half = (len(sentences) + 1) // 2
    return [" ".join(sentences[:half]), " ".join(sentences[half:])]


def _figure_row(figure: model.Figure, numbers: dict[str, int]) -> tuple[str, str, str]:
    stated = one_line(figure.text) or f"{format_value(figure.value)} {one_line(figure.unit)}"
    return stated, _sentence_case(one_line(figure.label)), cite_marker(figure.cite, numbers)


def _quote(quote: model.Quote, numbers: dict[str, int]) -> Quote:
    marker = cite_marker(quote.cite, numbers)
    speaker = one_line(quote.speaker or "") or "Unattributed"
    return Quote(f"\u201c{one_line(quote.text)}\u201d", f"\u2014 {speaker} {marker}".rstrip())


def _cited(text: str, cites: tuple[model.Cite, ...], numbers: dict[str, int]) -> str:
    """Return the text on one line followed by its citation marker."""
    return f"{one_line(text)} {cite_marker(cites, numbers)}".strip()


def _sentence_case(text: str) -> str:
    """Capitalise the first letter only, so labels keep names and acronyms as written."""
    return text[:1].upper() + text[1:]
