"""Key figures' speed shortcuts: each must answer exactly as the plain pattern it stands in for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.summarize import figures as F
from reportgen.summarize.text import Span

# Pieces the shortcuts are sensitive to: break words, frame words, qualifiers, dashes, odd spaces.
_PIECES = ["and", "that", "as", "because", "although", "-", "–", ",", ";", "(", "“", "5", "1,200",
           "the", "past", "Next", "every", "to", "or", "five", "more", "than", "up", "at least",
           "in excess of", "about", "(about", "x", "Revenue", "rose", "…", "_"]
_SPACES = ["", " ", "  ", "\n", "\u00a0", " - "]
texts = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SPACES)), max_size=12).map(
    lambda parts: "".join(word + space for word, space in parts))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_last_break_is_the_end_of_the_last_break_a_full_scan_finds(left: str) -> None:
    ends = [m.end() for m in F._CLAUSE_BREAK.finditer(left)]
    assert F._last_break(left) == (ends[-1] if ends else 0)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_time_frame_read_backwards_agrees_with_the_search(left: str) -> None:
    assert bool(F._TIME_FRAME_BEFORE_REVERSED.match(left[::-1])) == bool(F._TIME_FRAME_BEFORE.search(left))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_qualifier_search_from_the_last_words_finds_the_same_qualifier(before: str) -> None:
    sent = before + "5"
    start = len(before)
    lo = max(0, start - 30)
    full = F._QUAL_BEFORE.search(sent, lo, start)
    short = F._QUAL_BEFORE.search(sent, F._last_words_start(sent, lo, start), start)
    assert (full and (full.span(), full.group("qual"))) == (short and (short.span(), short.group("qual")))


def test_shortcuts_still_find_the_figures_they_guard() -> None:
    text = "Prices rose for five years, and the past three years were flat."
    found = F.find_figures("d", text, [Span(0, len(text), text)])
    assert [(f.text, f.unit) for f in found] == [("five years", "year")]
