"""Assemble the briefing from the analysis steps (placeholder until the summarizer lands)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportgen.model import Briefing, Cite, Passage, Source
from reportgen.settings import AreaHint
from reportgen.sources import Document


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
    context = []
    for doc in documents:
        m = re.search(r"[A-Z][^.\n]{20,200}\.", doc.text)
        if m:
            context.append(Passage(m.group(0), (Cite(doc.id, m.start(), m.end()),)))
    return Briefing(
        title=title or "Briefing",
        date=date,
        sources=tuple(Source(id=d.id, path=d.path) for d in documents),
        context=tuple(context),
    )
