"""Key figures' speed shortcuts: each must answer exactly as the plain pattern it stands in for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.summarize import figures as F
from reportgen.summarize.text import Span

# Pieces the shortcuts are sensitive to: break words, frame words, qualifiers, dashes, odd spaces.
_PIECES = ["and", "that", "as", "because", "although", "-", "–", ",", ";", "(", "“", "5", "1,200",
           "the", "past", "Next", "every", "to", "or", "five", "more", "than", "up", "at least",
           "in excess of", "about", "(about", "x", "Revenue", "rose", "…", "_"]
_SPACES = ["", " ", "  ", "\n", "\u00a0", " - "]
_TIME_FRAME_BEFORE = re.compile(  # the readable pattern the reversed one stands in for
    r"\b(?:" + "|".join(F._TIME_FRAME_WORDS) + r")\s+(?:\w+\s*[-–]\s*|\w+\s+(?:to|or)\s+)?$", re.IGNORECASE)
texts = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SPACES)), max_size=12).map(
    lambda parts: "".join(word + space for word, space in parts))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_time_frame_read_backwards_agrees_with_the_search(left: str) -> None:
    assert bool(F._TIME_FRAME_BEFORE_REVERSED.match(left[::-1])) == bool(_TIME_FRAME_BEFORE.search(left))


def test_shortcuts_still_find_the_figures_they_guard() -> None:
    text = "Prices rose for five years, and the past three years were flat."
    found = F.find_figures("d", text, [Span(0, len(text), text)])
    assert [(f.text, f.unit) for f in found] == [("five years", "year")]
