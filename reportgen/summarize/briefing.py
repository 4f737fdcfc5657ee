"""Assemble the briefing: read each source once, then context, areas, figures and quotes, all cited."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from reportgen.model import Briefing, Cite, Figure, Passage, Quote, Source
from reportgen.settings import AreaHint
from reportgen.sources import Document
from reportgen.summarize import meta
from reportgen.summarize.areas import enumerated, enumerations, find_areas
from reportgen.summarize.context import pick_context
from reportgen.summarize.figures import find_figures, rank_figures
from reportgen.summarize.quotes import find_quotes, rank_quotes
from reportgen.summarize.terms import build
from reportgen.summarize.text import Span, layout, sentences
from reportgen.summarize.transcript import speaker_turns


def _question_paragraphs(paras: Sequence[Span]) -> set[int]:
    """Return indexes of transcript paragraphs that ask or hand over rather than answer."""
    starts = [p.start for p in paras]

    def index(span: Span) -> int:
        # A turn's span may start inside its paragraph ("CCTV: ..." on one line).
        return bisect_right(starts, span.start) - 1

    skip: set[int] = set()
    for turn in speaker_turns(paras):
        skip.add(index(turn.speaker_span))
        asks = any(p.text.rstrip().endswith("?") or "? " in p.text for p in turn.paragraphs)
        if asks or sum(len(p.text.split()) for p in turn.paragraphs) < 20:  # a question or a hand-over
            skip.update(index(p) for p in turn.paragraphs)
    return skip


def summarize(
    documents: Sequence[Document],
    *,
    areas: int = 4,
    area_hints: Sequence[AreaHint] = (),
    max_figures: int = 12,
    max_quotes: int = 8,
    title: str | None = None,
    date: str | None = None,
) -> Briefing:
    """Return the briefing for ``documents``: context, areas, figures and quotes, all cited."""
    sources: list[Source] = []
    per_doc: list[tuple[str, list[list[Span]]]] = []
    excluded: list[set[int]] = []
    headings: list[tuple[Span, ...]] = []
    figures: list[Figure] = []
    quotes: list[Quote] = []
    for doc in documents:
        read = layout(doc.text)
        paras = list(read.paragraphs)
        split = [sentences(p) for p in paras]
        kind = meta.source_kind(paras)
        sources.append(Source(doc.id, doc.path, meta.source_title(read), meta.source_date(read), kind))
        per_doc.append((doc.id, split))
        headings.append(read.headings)
        excluded.append(_question_paragraphs(paras) if kind == "transcript" else set())
        flat = [s for group in split for s in group]
        figures += find_figures(doc.id, doc.text, flat)
        quotes += find_quotes(doc.id, doc.text, paras, kind)
    sents = build(per_doc, excluded)
    runs = enumerations(sents, headings)
    context = pick_context(sents, len(documents), enumerated(runs))
    found = find_areas(sents, areas, area_hints, context, runs)
    ranked_quotes = rank_quotes(quotes, max_quotes)
    title = title or meta.briefing_title(
        [s.title for s in sources], [d.text for d in documents],
        people={q.speaker for q in quotes if q.speaker},
        lead=context[0].span.text if context else None,
    )
    return Briefing(
        title=title,
        date=date or meta.briefing_date([s.date for s in sources]),
        sources=tuple(sources),
        context=tuple(Passage(s.span.text, (Cite(s.doc_id, s.span.start, s.span.end),)) for s in context),
        areas=tuple(found),
        figures=tuple(rank_figures(figures, max_figures)),
        quotes=tuple(ranked_quotes),
    )
