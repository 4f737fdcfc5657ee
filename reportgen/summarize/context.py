"""Context: a few sentences that say who did what, when and where, read as one paragraph."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from reportgen.summarize.terms import Sent, first_person, similarity
from reportgen.summarize.text import DATELINE

_DATE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:19|20)\d{2}\b"
)
_EVENT = re.compile(
    r"\b(?:held|hosted|convened|visited|visits|met|meets|attended|signed|launched|announced|opened"
    r"|inspected|toured|chaired|unveiled|declared|briefed?|conference|summit|meeting|forum|visit)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?:in|at|to|from)\s+(?:the\s+)?[A-Z][a-z]+")
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_QUOTE_MARK = re.compile(r"[“”\"]")
_LEANS_BACK = re.compile(r"(?:(?:Of|Among) (?:those|these|them|whom)|Another|It|This|That|These|Those|They"
                         r"|He|She|His|Her|Their|But|However|Also|Meanwhile|Still)\b")
"""An opening that needs the sentence before ("Of those, 39 died ...", "It said ..."): it sets no scene."""


def context_score(s: Sent) -> float:
    """Return how well a sentence sets the scene: central, dated, placed, narrated in the third person."""
    text = s.span.text
    score = s.centrality
    score += 0.15 if _DATE.search(text) else 0.0
    score += 0.12 if _EVENT.search(text) else 0.0
    score += 0.08 if _PLACE.search(text) else 0.0
    score += min(0.12, 0.04 * len(_NAME.findall(text)))
    score += 0.1 if s.position < 3 else 0.0
    score += 0.15 if text[:1].isupper() and DATELINE.match(text) else 0.0  # a wire story's lead
    score -= 0.35 if first_person(text) else 0.0
    score -= 0.2 if _QUOTE_MARK.search(text) else 0.0
    score -= 0.15 if _LEANS_BACK.match(text) else 0.0
    score -= 0.1 if s.words > 45 else 0.0
    return score


def context_size(n_sources: int) -> int:
    """Return how many context sentences to aim for: three for one source, up to five for more."""
    return max(2, min(5, 2 + n_sources))


LEAD = 3
"""Sentences from the top of each source considered whatever their centrality (news leads with who/when)."""
CENTRAL = 300
"""The most central sentences considered beyond the leads."""


def _candidates(pool: list[Sent]) -> list[Sent]:
    """Return the leads of the first sources and the most central sentences, a bounded set to score."""
    leads: dict[int, int] = {}
    picked: dict[int, Sent] = {}
    for s in pool:
        if s.doc_index < 50 and leads.get(s.doc_index, 0) < LEAD:
            leads[s.doc_index] = leads.get(s.doc_index, 0) + 1
            picked[id(s)] = s
    central = sorted(pool, key=lambda s: (-s.centrality, s.doc_index, s.position))[:CENTRAL]
    for s in central:
        picked[id(s)] = s
    return list(picked.values())


def pick_context(sents: Sequence[Sent], n_sources: int,
                 reserved: Collection[int] = frozenset()) -> list[Sent]:
    """Return 2 to 5 context sentences: the best of each source first, then the best overall.

    Near-duplicates (cosine above 0.6) are skipped, and the result is ordered by
    source and position so it reads as a paragraph. ``reserved`` holds ids of
    sentences kept for the areas (an enumeration's points), used only when no other sentence is left.
    """
    want = context_size(n_sources)
    usable = [s for s in sents if s.usable]
    free = [s for s in usable if id(s) not in reserved]
    # A page all in sections (a statement under its headings) still gets its context, one sentence
    # of a paragraph at most, so that every area keeps the rest of its item.
    sectioned = not free
    pool = _candidates(free or usable)
    scored = sorted(pool, key=lambda s: (-context_score(s), s.doc_index, s.position))
    chosen: list[Sent] = []
    keys: set[str] = set()
    paragraphs: set[tuple[int, int]] = set()

    def take(s: Sent) -> None:
        if s.key in keys or any(similarity(s, c) > 0.6 for c in chosen):
            return
        if sectioned:
            if (s.doc_index, s.para_index) in paragraphs:
                return
            paragraphs.add((s.doc_index, s.para_index))
        chosen.append(s)
        keys.add(s.key)

    seen_docs: set[int] = set()
    for s in scored:
        if len(chosen) >= want:
            break
        if s.doc_index not in seen_docs:
            seen_docs.add(s.doc_index)
            take(s)
    for s in scored:
        if len(chosen) >= want:
            break
        take(s)
    return sorted(chosen, key=lambda s: (s.doc_index, s.position))
