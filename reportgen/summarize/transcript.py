"""Transcripts: speaker lines (``Gu Jun:``) and the turns that follow them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportgen.summarize.text import Span

_SPEAKER_LINE = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}):$")


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: who (as named on the speaker line) and the paragraphs they said."""

    speaker: str
    speaker_span: Span
    paragraphs: tuple[Span, ...]


def speaker_turns(paras: Sequence[Span]) -> list[Turn]:
    """Group paragraphs under the speaker line above them; text before the first line is left out."""
    turns: list[Turn] = []
    current: tuple[str, Span] | None = None
    body: list[Span] = []
    for para in paras:
        m = _SPEAKER_LINE.match(para.text)
        if m:
            if current:
                turns.append(Turn(current[0], current[1], tuple(body)))
            current, body = (m.group(1), para), []
        elif current:
            body.append(para)
    if current:
        turns.append(Turn(current[0], current[1], tuple(body)))
    return turns


def is_transcript(paras: Sequence[Span]) -> bool:
    """Return True when the text reads as a transcript: at least two speaker turns."""
    return len(speaker_turns(paras)) >= 2
