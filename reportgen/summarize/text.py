"""Paragraphs and sentences as spans into the decoded source text.

Every later step works on `Span`s, so whatever it picks can be cited to the
character: ``source_text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of a source's text and where it stands in it."""

    start: int
    end: int
    text: str


_PARA = re.compile(r"[^\n]+")
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul",
           "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "vs", "etc", "inc",
           "co", "corp", "ltd", "gen", "gov", "sen", "rep", "jr", "sr"}
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")


def paragraphs(text: str) -> list[Span]:
    """Split a source into non-blank lines, trimmed, as spans."""
    out = []
    for m in _PARA.finditer(text):
        raw = m.group(0)
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            start = m.start() + lead
            out.append(Span(start, start + len(body), body))
    return out


def sentences(para: Span) -> list[Span]:
    """Split a paragraph into sentences, keeping abbreviations and decimals whole."""
    out = []
    begin = 0
    text = para.text
    for m in _END.finditer(text):
        word = re.search(r"(\S+)$", text[begin:m.start()])
        if m.group(0).startswith(".") and word and word.group(1).lower().rstrip(".") in _ABBREV:
            continue
        chunk = text[begin:m.end()]
        stripped = chunk.strip()
        if stripped:
            s = begin + chunk.index(stripped)
            out.append(Span(para.start + s, para.start + s + len(stripped), stripped))
        begin = m.end()
    rest = text[begin:].strip()
    if rest:
        s = text.index(rest, begin)
        out.append(Span(para.start + s, para.start + s + len(rest), rest))
    return out
