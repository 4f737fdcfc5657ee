"""What one source tells on its own: the per-source half of summarizing, free to run in parallel.

Everything here looks at a single document (its layout, sentences, kind, date,
figures and quotes); everything that compares sources (term weights, areas,
context, ranking) comes after, in `briefing.summarize`.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reportgen.model import Figure, Quote, Source
from reportgen.parallel import map_parallel
from reportgen.sources import Document
from reportgen.summarize import meta
from reportgen.summarize.debris import (
    RELEASE_END,
    footnotes,
    is_back_matter,
    is_boilerplate,
    is_field,
    names_listed,
)
from reportgen.summarize.figures import find_figures
from reportgen.summarize.keyphrases import phrase_runs
from reportgen.summarize.numbers import as_english_numbers
from reportgen.summarize.quotes import find_quotes
from reportgen.summarize.tables import table_figures
from reportgen.summarize.terms import Facts, Runs, is_usable, term_counts, terms_of, words_and_breaks
from reportgen.summarize.text import Span, layout, normalize, past_lead, sentences
from reportgen.summarize.transcript import Turn, speaker_turns


@dataclass(frozen=True)
class SourceFindings:
    """One source studied: its metadata, sentences per paragraph, headings, figures and quotes."""

    source: Source
    sentences: list[list[Span]]
    headings: tuple[Span, ...]
    facts: list[Facts]
    """Per sentence, in order: content terms, word count, and whether it may be a point."""
    figures: list[Figure]
    quotes: list[Quote]


def _turns(paras: Sequence[Span], turns: Sequence[Turn]) -> tuple[set[int], dict[int, Span]]:
    """Return a transcript's paragraphs that ask or hand over rather than answer, and inline turns' words.

    The second part maps a paragraph opening with its speaker ("A: We have capped ...", each caption of
    a meeting app's voice) to the span after the label, so the label never becomes part of a point.
    """
    starts = [p.start for p in paras]

    def index(span: Span) -> int:
        return bisect_right(starts, span.start) - 1

    skip: set[int] = set()
    words: dict[int, Span] = {}
    for turn in turns:
        label_at = index(turn.speaker_span)
        if not turn.paragraphs or index(turn.paragraphs[0]) != label_at:
            skip.add(label_at)  # a label alone on its line
        for p in turn.paragraphs:
            if p.start > paras[at := index(p)].start:  # after its label
                words[at] = p
        asks = any(p.text.rstrip().endswith("?") or "? " in p.text for p in turn.paragraphs)
        if asks or sum(len(p.text.split()) for p in turn.paragraphs) < 20:  # a question or a hand-over
            skip.update(index(p) for p in turn.paragraphs)
    return skip, words


def _under_back_matter(paras: Sequence[Span], headings: Sequence[Span]) -> set[int]:
    """Return the paragraphs under a release's back matter ("About ...", "Forward-Looking Statements"),
    up to the next heading: boilerplate, so none of its sentences may be a point."""
    backs = [(h.start, is_back_matter(h.text)) for h in headings]
    if not any(back for _, back in backs):
        return set()
    starts = [h for h, _ in backs]
    return {i for i, p in enumerate(paras)
            if (at := bisect_right(starts, p.start) - 1) >= 0 and backs[at][1]}


_NO_RUNS: Runs = ((), ())


def sentence_facts(per_para: Sequence[Sequence[Span]], skip: Collection[int] = ()) -> list[Facts]:
    """Return the facts of every sentence of one source, in order.

    ``skip`` holds paragraph indexes whose sentences may not be used as points
    (questions in a transcript, speaker lines). Only a sentence that may be a
    point is read for keyphrase runs: areas are made of such sentences.
    """
    facts: list[Facts] = []
    for p, spans in enumerate(per_para):
        for span in spans:
            text = span.text
            words = len(text.split())
            # (not a team's line-up, "Askew; Okonjo, ...", nor a page's field, "Photo: ...")
            usable = p not in skip and is_usable(text, words) and \
                not (is_boilerplate(text) or names_listed(text) or is_field(text))
            tokens = words_and_breaks(text)
            runs = phrase_runs(tokens) if usable else _NO_RUNS
            facts.append((*term_counts(terms_of(tokens)), words, usable, runs))
    return facts


def _with_tables(figures: list[Figure], cells: list[Figure]) -> list[Figure]:
    """Merge a source's table cells into its figures in reading order; a cell's row and column name it
    better than a sentence read across the table does, so a figure overlapping a cell gives way."""
    if not cells:
        return figures
    spans = [(c.cite[0].start, c.cite[0].end) for c in cells]
    kept = [f for f in figures
            if not any(a < f.cite[0].end and f.cite[0].start < b for a, b in spans)]
    return sorted(kept + cells, key=lambda f: f.cite[0].start)


def _figures(doc: Document, sentences: list[Span]) -> list[Figure]:
    """Return the figures of ``doc``'s sentences and tables; numbers in the European style ("1.284.613",
    "3,2%") or grouped by apostrophes ("212'000") are read as if written in the English one, every
    figure quoted as the text writes it."""
    text = as_english_numbers(doc.text)
    if text is None:
        return _with_tables(find_figures(doc.id, doc.text, sentences), table_figures(doc.id, doc.text))
    sentences = [Span(s.start, s.end, text[s.start:s.end]) for s in sentences]
    found = _with_tables(find_figures(doc.id, text, sentences), table_figures(doc.id, text))
    return [dataclasses.replace(f, text=doc.text[f.cite[0].start:f.cite[0].end]) for f in found]


_SECTION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?[ \t]+"
                               r"(?=[A-Z][a-z]|\d)(?!(?:Million|Billion|Trillion|Thousand|Hundred|Per)\b)")
"""A report's paragraph number by section ("1.1 At 03:17 ...", "4.2 38 schools ..."): the document's.
A one-level number stays: "1. Flood warning." heads an enumeration (see areas.enumerations)."""


def study(doc: Document) -> SourceFindings:
    """Return what ``doc`` holds on its own, every span cited into ``doc.text``."""
    read = layout(doc.text)
    paras = list(read.paragraphs)
    voices = dict(read.voices)
    kind = meta.source_kind(paras, doc.text[:paras[0].start] if paras else "", voices, read.captioned)
    notes = [h for h in read.headings if is_back_matter(h.text)]  # "Footnotes" under a call: nobody's turn
    turns = speaker_turns(paras, voices, notes, captioned=read.captioned, text=doc.text) \
        if kind == "transcript" else []
    skip, words = _turns(paras, turns)
    skip |= _under_back_matter(paras, read.headings) | footnotes(paras)  # a page's footnotes: no points
    title = meta.source_title(read, doc.text)
    for i, para in enumerate(paras[:2]):
        if title and meta.first_headline(normalize(para.text)) == title:
            skip.add(i)  # the headline, set as a paragraph (the first, or the second under a site's
            break        # one-word name, "Inc."): the source's title, not a point
    # no point or figure opens on a paragraph's number
    split = [sentences(past_lead(words.get(i, p), _SECTION_NUMBER)) for i, p in enumerate(paras)]
    flat = [s for group in split for s in group]
    # The sentences points, areas and context may take: none after a release's end ("ENDS", then its notes
    # to editors). Figures and quotes are read from every sentence.
    told = split
    if (ended := RELEASE_END.search(doc.text)) is not None:
        told = [[] if p.start >= ended.end() else group for p, group in zip(paras, split, strict=True)]
    return SourceFindings(
        source=Source(doc.id, doc.path, title, meta.source_date(read), kind),
        sentences=told,
        headings=read.headings,
        facts=sentence_facts(told, skip),
        figures=_figures(doc, flat),
        quotes=find_quotes(doc.id, doc.text, paras, kind, split=split, turns=turns),
    )


def study_all(documents: Sequence[Document], workers: int = 1, *,
              contain: bool = False) -> list[SourceFindings | str]:
    """Return the findings of every document, in order, using up to ``workers`` processes.

    With ``contain``, a document whose study fails (a fault of ours that its text
    brings out) gives the failure's description instead of findings, so that the
    other documents still make a briefing; without it, the failure is raised.
    """
    func = _study_contained if contain else study
    return map_parallel(func, documents, sizes=[len(d.text) for d in documents], workers=workers)


def _study_contained(doc: Document) -> SourceFindings | str:
    try:
        return study(doc)
    except Exception as exc:  # noqa: BLE001 - reported by the caller, naming the document
        return f"{type(exc).__name__}: {exc}"
