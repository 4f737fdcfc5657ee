"""Arbitrary text never crashes the summarizer, and whatever briefing it yields renders and reopens."""

from __future__ import annotations

import io

import docx
import pptx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.model import Briefing
from reportgen.settings import Settings
from reportgen.sources import Document
from reportgen.summarize import summarize
from reportgen.templates import shipped_templates_dir
from reportgen.writers.docx import render_docx
from reportgen.writers.pptx import render_pptx

WORDS = st.sampled_from([
    "The", "minister", "said", "“We will act,”", "\"Yes\"", "45 percent", "$1.2 billion", "nine",
    "First,", "Second,", "1.", "(a)", "•", "Mr.", "U.S.", "2.5%", "Gu Jun:", "\n", "\n\n", ".", "?",
    "\u00a0", "\x00", "\x0b", "\ufffe", "مرحبا", "上海", "\u202e", "—", "…", "'", "”", "“",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(WORDS, max_size=120).map(" ".join),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_summarizer_never_crashes_and_every_cite_holds(texts):
    docs = [Document(f"S{i}", f"s{i}.txt", t) for i, t in enumerate(texts, 1)]
    briefing = summarize(docs)
    text_of = {d.id: d.text for d in docs}
    items = [*briefing.context, *(p for a in briefing.areas for p in a.points), *briefing.figures,
             *briefing.quotes]
    for item in items:
        assert any(text_of[c.source][c.start : c.end] == item.text for c in item.cite)
    assert Briefing.from_json(briefing.to_json()) == briefing


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(WORDS, min_size=20, max_size=200).map(" ".join), min_size=1, max_size=2))
def test_any_briefing_renders_to_both_formats_and_reopens(texts):
    docs = [Document(f"S{i}", f"s{i}.txt", t) for i, t in enumerate(texts, 1)]
    briefing = summarize(docs)
    templates = shipped_templates_dir()
    word = docx.Document(io.BytesIO(render_docx(briefing, templates=templates, settings=Settings())))
    assert word.paragraphs
    deck = pptx.Presentation(io.BytesIO(render_pptx(briefing, templates=templates, settings=Settings())))
    assert len(deck.slides) >= 2
