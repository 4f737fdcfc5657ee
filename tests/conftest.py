"""Shared fixtures: the sample sources and a hand-checked briefing built from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.model import Area, Briefing, Cite, Figure, Passage, Quote, Source

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
NEWS = "000_f8eaff4278f8fd4d.txt"
TRANSCRIPT = "004_5569d3efc6ad9e20.txt"


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def cite_of(source_id: str, text: str, phrase: str) -> tuple[Cite, ...]:
    """Cite the first place ``phrase`` stands in ``text`` (fails loudly if it does not)."""
    start = text.index(phrase)
    return (Cite(source_id, start, start + len(phrase)),)


def passage(source_id: str, text: str, phrase: str) -> Passage:
    return Passage(phrase, cite_of(source_id, text, phrase))


@pytest.fixture
def sample_briefing() -> Briefing:
    """A briefing made by hand from the two seeds, every item cited to its exact span."""
    news, talk = seed_text(NEWS), seed_text(TRANSCRIPT)
    s1, s2 = "S1", "S2"
    areas = []
    for title, first in [
        ("sci-tech innovation", "We will establish cross-regional bases for national laboratories"),
        ("industrial innovation", "We will improve mechanisms for coordinated industrial development"),
        ("opening up", "We will actively learn from and align with the best practices"),
        ("institutional mechanisms", "We will formulate and implement a new three-year action plan"),
    ]:
        start = talk.index(first)
        end = talk.index(".", start) + 1
        areas.append(Area(title, (Passage(talk[start:end], (Cite(s2, start, end),)),)))
    figures = [
        (21, "percent", "share of China's land area", "about 21 percent"),
        (40, "percent", "share of China's population", "more than 40 percent"),
        (45, "percent", "share of China's GDP", "more than 45 percent"),
        (240_000_000, "people", "population of the Yangtze River Delta", "240 million people"),
        (23, "futures products", "futures products listed", "23 futures products"),
    ]
    return Briefing(
        title="Yangtze River Delta integration",
        date="2024-03-28",
        sources=(
            Source(s1, f"seeds/{NEWS}", "Chinese President Xi Jinping visits Shanghai", "2023-11-30", "news"),
            Source(s2, f"seeds/{TRANSCRIPT}", "SCIO press conference on the 'five centers'",
                   "2024-03-28", "transcript"),
        ),
        context=(
            passage(s1, news, "This belt covers, in addition to Shanghai and its three neighboring "
                              "provinces, seven more provinces in the upper reaches of the river."),
            passage(s2, talk, "The key is to advance synergies in four areas:"),
        ),
        areas=tuple(areas),
        figures=tuple(Figure(v, u, lab, t, cite_of(s1, news, t)) for v, u, lab, t in figures),
        quotes=(
            Quote("Cities are built by the people and for the people", "Xi Jinping",
                  cite_of(s1, news, "Cities are built by the people and for the people")),
            Quote("it can become a driver of growth for the entire country.", "Xi Jinping",
                  cite_of(s1, news, "it can become a driver of growth for the entire country.")),
        ),
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true",
        help="Rewrite tests/golden/*/expected.json from the current summarizer (then read the diff).",
    )
