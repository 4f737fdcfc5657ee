"""Text measuring: real font metrics, wrapping at the box width, shortening that fits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.writers.textfit import ELLIPSIS, Box, TextStyle, fits, font_file, shorten, text_width, wrap

BODY = Box(width=400, height=120, levels=(TextStyle("Calibri", 24),))


def test_office_fonts_resolve_to_their_metric_compatible_stand_ins():
    assert font_file("Calibri").name.startswith("Carlito")
    assert font_file("Cambria", bold=True).name == "Caladea-Bold.ttf"
    assert font_file("Calibri", italic=True).name == "Carlito-Italic.ttf"
    assert font_file("No Such Font Family") is None


def test_real_metrics_tell_narrow_from_wide_letters():
    style = TextStyle("Calibri", 20)
    assert text_width("iiiiiiiiii", style) < text_width("WWWWWWWWWW", style) / 2
    assert abs(text_width("Hello", style) * 2 - text_width("Hello", TextStyle("Calibri", 40))) < 0.01


def test_without_a_font_file_the_estimate_errs_on_the_wide_side():
    text = "Cities are built by the people and for the people"
    assert text_width(text, TextStyle("No Such Font", 20)) > text_width(text, TextStyle("Calibri", 20))


words = st.lists(st.text(alphabet="abcdefghij KLMNOP,.", min_size=1, max_size=30).map(str.strip)
                 .filter(bool), min_size=1, max_size=25)


@settings(max_examples=60, deadline=None)
@given(words)
def test_wrapping_keeps_every_character_and_every_line_within_the_width(parts):
    text = " ".join(parts)
    style = TextStyle("Calibri", 24)
    lines = wrap(text, 150, style)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(text_width(line, style) <= 150 for line in lines)


def test_short_text_is_left_alone_and_long_text_is_cut_to_fit_with_an_ellipsis():
    assert shorten("A short point", BODY) == "A short point"
    long = " ".join(["regional cooperation"] * 60)
    cut = shorten(long, BODY)
    assert cut.endswith(ELLIPSIS) and fits([(cut, 0)], BODY)
    assert not fits([(long, 0)], BODY)


def test_shorten_respects_a_line_limit():
    cut = shorten(" ".join(["word"] * 40), BODY, max_lines=1)
    assert len(wrap(cut, BODY.line_width(0), BODY.style(0))) == 1
