"""Slide planning: which slides, what text, where it is trimmed and split so that it fits."""

from __future__ import annotations

import dataclasses
import re

import pytest
from pptx import Presentation

from reportgen.model import Area, Briefing, Cite, Figure, Passage, Quote
from reportgen.settings import Settings
from reportgen.templates import shipped_templates_dir
from reportgen.writers.deck_plan import (
    CONT,
    SlidePlan,
    big_number,
    main_clause,
    plan_deck,
)
from reportgen.writers.pptx import read_geometry
from reportgen.writers.textfit import fits

LONG_WORDS = ("integrated regional development requires coordinated investment in transport energy "
              "digital infrastructure and public services across provincial boundaries").split()


@pytest.fixture(scope="module")
def geometry():
    return read_geometry(Presentation(str(shipped_templates_dir() / "deck.pptx")))


def sentence(n_words: int, seed: int = 0) -> str:
    words = [LONG_WORDS[(i * 7 + seed) % len(LONG_WORDS)] for i in range(n_words)]
    return " ".join(words).capitalize() + "."


def long_briefing(sample: Briefing) -> Briefing:
    """The sample with very long titles, points, quotes and many figures."""
    cite = (Cite("S1", 0, 10),)
    return dataclasses.replace(
        sample,
        title=sentence(45, 1),
        areas=tuple(Area(sentence(30, a), tuple(Passage(sentence(60, a * 10 + i), cite) for i in range(7)))
                    for a in range(3)),
        figures=tuple(Figure(i * 1234567.5, "USD", sentence(25, i), f"about {i} dollars", cite)
                      for i in range(1, 13)),
        quotes=tuple(Quote(sentence(90, i), sentence(12, i), cite) for i in range(5)),
    )


def assert_everything_fits(slides: list[SlidePlan], geometry) -> None:
    for slide in slides:
        layout = geometry[slide.layout]
        title = layout.find("title", "ctrTitle")
        assert fits([(slide.title, 0)], title.box), slide.title
        boxes = {ph.idx: ph.box for ph in layout.placeholders}
        for fill in slide.fills:
            assert fits(fill.paragraphs, boxes[fill.idx]), (slide.layout, fill.paragraphs)


def test_the_sample_deck_has_the_expected_slides(sample_briefing, geometry):
    slides = plan_deck(sample_briefing, Settings(), geometry)
    assert [s.layout for s in slides] == (
        ["Title Slide", "Title and Content", "Title and Content"]
        + ["Title and Content"] * 4
        + ["Big Numbers", "Chart", "Table", "Quote", "Title and Content"]
    )
    assert [s.title for s in slides[3:7]] == ["Sci-tech innovation", "Industrial innovation", "Opening up",
                                               "Institutional mechanisms"]
    assert all(s.notes.strip() for s in slides)
    assert_everything_fits(slides, geometry)


def test_area_bullets_carry_the_main_clause_and_the_notes_the_full_cited_sentence(sample_briefing, geometry):
    slide = plan_deck(sample_briefing, Settings(), geometry)[3]
    point = sample_briefing.areas[0].points[0]
    assert slide.texts()[1:] == ["We will establish cross-regional bases for national laboratories"]
    cite = point.cite[0]
    assert point.text in slide.notes
    assert f"[2] 004_5569d3efc6ad9e20.txt, chars {cite.start}-{cite.end}" in slide.notes


@pytest.mark.parametrize(("text", "clause"), [
    ("This belt covers, in addition to Shanghai and its three neighboring provinces, seven more provinces "
     "in the upper reaches of the river.",
     "This belt covers seven more provinces in the upper reaches of the river"),
    ("The key is to advance synergies in four areas:", "The key is to advance synergies in four areas"),
    ("We will formulate a plan; it is due next year and covers every province in the whole delta region.",
     "We will formulate a plan"),
    # An aside set off by commas is not where the clause ends.
    ("The warning comes as Birmingham city council, the largest local authority in Europe, prepares to "
     "raise council tax by 21% over two years after declaring itself effectively bankrupt last September.",
     "The warning comes as Birmingham city council, the largest local authority in Europe, prepares to "
     "raise council tax by 21% over two years after declaring itself effectively bankrupt last September"),
    ("Prices in the capital rose faster than anywhere else, which surprised economists, and rents followed.",
     "Prices in the capital rose faster than anywhere else, which surprised economists, and rents followed"),
    ("In 2023, the council raised council tax by the most it could, a move that angered many residents.",
     "In 2023, the council raised council tax by the most it could"),
    # Never a cut inside a number: "21" for 21,798 would be a wrong figure on the slide.
    ("According to the International Organization for Migration (IOM), 21,798 families had been displaced "
     "across 12 governorates as of the end of June, up from 17,420 a year earlier.",
     "According to the International Organization for Migration, 21,798 families had been displaced "
     "across 12 governorates as of the end of June"),
    ("The meeting that began at 14:30 in Geneva ended without any agreement on the draft text; talks resume.",
     "The meeting that began at 14:30 in Geneva ended without any agreement on the draft text"),
    # A dateline in brackets goes, and the dash after it with it.
    ("(Nairobi) – The Rapid Support Forces have detained at least 1,200 civilians.",
     "The Rapid Support Forces have detained at least 1,200 civilians"),
])
def test_main_clause(text, clause):
    assert main_clause(text) == clause


_NUMBER = re.compile(r"\d(?:[\d,.:]*\d)?")


def test_a_bullet_shows_every_number_whole_over_all_fixture_sentences():
    """A cut inside "21,798" or "14:30" would put a number on a slide that no source states."""
    from pathlib import Path

    from reportgen.writers.deck_plan import bullet

    checked = 0
    for path in sorted((Path(__file__).parent / "fixtures").rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line):
                if not _NUMBER.search(sentence):
                    continue
                whole = set(_NUMBER.findall(sentence))
                shown = bullet(sentence).removesuffix("\u2026")
                assert set(_NUMBER.findall(shown)) <= whole, (sentence, shown)
                checked += 1
    assert checked > 1000


def test_a_run_of_bullet_slides_never_ends_with_a_lone_point(sample_briefing, geometry):
    points = tuple(Passage(f"Point {n} is a short sentence about the delta.", (Cite("S1", 0, 10),))
                   for n in range(1, 6))
    briefing = dataclasses.replace(sample_briefing, context=points)
    slides = [s for s in plan_deck(briefing, Settings(), geometry)
              if s.title.startswith(Settings().headings.context)]
    assert [len(s.fills[0].paragraphs) for s in slides] == [3, 2]
    assert slides[1].title.endswith(CONT)


def test_a_figures_table_split_over_slides_shares_its_rows_evenly(sample_briefing, geometry):
    figures = tuple(Figure(n, "percent", f"share of province {n}", f"{n} percent", (Cite("S1", 0, 10),))
                    for n in range(1, 13))
    briefing = dataclasses.replace(sample_briefing, figures=figures)
    tables = [s.table for s in plan_deck(briefing, Settings(), geometry) if s.table is not None]
    counts = [len(t.rows) for t in tables]
    assert len(counts) >= 2 and sum(counts) == 12
    assert max(counts) - min(counts) <= 1


def test_big_numbers_show_qualifiers_and_readable_magnitudes(sample_briefing, geometry):
    f = {fig.label: fig for fig in sample_briefing.figures}
    assert big_number(f["share of China's land area"]) == "~21%"
    assert big_number(f["share of China's GDP"]) == ">45%"
    assert big_number(f["population of the Yangtze River Delta"]) == "240 million"
    assert big_number(f["population of the Yangtze River Delta"], compact=True) == "240M"
    slide = plan_deck(sample_briefing, Settings(), geometry)[7]
    numbers = [fill.paragraphs[0][0] for fill in slide.fills[:4]]
    assert numbers == ["~21%", "240 million", "23", ">40%"]
    assert len(slide.fills) == 8  # four numbers, four labels: every placeholder filled


@pytest.mark.parametrize(("unit", "text", "value", "shown"), [
    ("AUD", "$4.2 billion", 4_200_000_000, "A$4.2 billion"),  # the dollar says whose
    ("PKR", "Rs 1.5 billion", 1_500_000_000, "Rs 1.5 billion"),
    ("$", "$27.40", 27.4, "$27.4"),  # a peso country's "$", shown as written
    ("percent", "3 percent to 4 percent", 3, "3 percent to 4 percent"),  # a range shows whole
])
def test_a_big_number_shows_its_currency_and_its_range(unit, text, value, shown):
    figure = Figure(value, unit, "budget", text, (Cite("S1", 0, len(text)),))
    assert big_number(figure) == shown


@pytest.mark.parametrize(("text", "value", "shown"), [
    ("three out of four", 0.75, "three out of four"),
    ("About a third of the staff", 0.3333, "About a third"),
])
def test_a_fraction_shows_as_the_source_words_it_without_its_whole(text, value, shown):
    figure = Figure(value, "fraction", "share of families", text, (Cite("S1", 0, len(text)),))
    assert big_number(figure) == shown


def test_the_chart_plots_the_figures_sharing_a_unit(sample_briefing, geometry):
    chart = plan_deck(sample_briefing, Settings(), geometry)[8].chart
    assert chart is not None and chart.unit == "percent"
    assert chart.values == (21.0, 40.0, 45.0)
    assert chart.categories == ("Share of China's land area", "Share of China's population",
                                "Share of China's GDP")


def test_very_long_text_is_trimmed_split_and_never_overflows(sample_briefing, geometry):
    briefing = long_briefing(sample_briefing)
    slides = plan_deck(briefing, Settings(), geometry)
    assert_everything_fits(slides, geometry)
    area_slides = [s for s in slides if s.notes and briefing.areas[0].points[0].text in s.notes
                   or s.title.endswith(CONT)]
    assert any(s.title.endswith(CONT) for s in area_slides)
    for area in briefing.areas:  # every full sentence reaches the notes
        for point in area.points:
            assert any(point.text in s.notes for s in slides)
    assert len([s for s in slides if s.layout == "Table"]) >= 2
    quote_slides = [s for s in slides if s.layout == "Quote"]
    assert all(1 <= len(s.fills[0].paragraphs) // 2 <= 3 for s in quote_slides)
    assert sum(len(s.fills[0].paragraphs) for s in quote_slides) == 10  # five quotes, five speakers


def test_a_deck_shows_no_further_quote(sample_briefing, geometry):
    further = tuple(dataclasses.replace(q, further=True) for q in sample_briefing.quotes)
    slides = plan_deck(dataclasses.replace(sample_briefing, quotes=further), Settings(), geometry)
    assert not [s for s in slides if s.layout == "Quote"]
    assert "Quotes" not in slides[1].texts()
    shown = plan_deck(sample_briefing, Settings(), geometry)
    assert [s for s in shown if s.layout == "Quote"] and "Quotes" in shown[1].texts()


def test_every_slide_says_where_its_content_comes_from(sample_briefing, geometry):
    for slide in plan_deck(sample_briefing, Settings(), geometry)[2:-1]:
        assert re.search(r"\[\d\] \S+\.txt, chars \d+-\d+", slide.notes), slide.title


def test_headings_come_from_settings(sample_briefing, geometry):
    headings = dataclasses.replace(Settings().headings, agenda="Tagesordnung", quotes="Zitate")
    slides = plan_deck(sample_briefing, Settings(headings=headings), geometry)
    assert slides[1].title == "Tagesordnung"
    assert slides[-2].title == "Zitate"


def test_the_agenda_lists_the_sections_and_names_the_areas(sample_briefing, geometry):
    agenda = plan_deck(sample_briefing, Settings(), geometry)[1]
    texts = agenda.texts()
    assert texts[1:3] == ["Context", "Four synergy areas"] and texts[-1] == "Sources"
    assert all(a.title.lower() in " ".join(texts).lower() for a in sample_briefing.areas)


def test_a_fraction_is_shown_as_the_source_words_it_not_as_a_decimal():
    cite = (Cite("S1", 0, 11),)
    assert big_number(Figure(0.2, "fraction", "share of councils", "one in five", cite)) == "one in five"
    assert big_number(Figure(0.5, "fraction", "share of power", "half of our electricity", cite)) == "half"
    # Where the words do not fit, the compact form still says the ratio, not "about one in…".
    eighth = Figure(0.125, "fraction", "share of pounds", "about one in eight", cite)
    assert big_number(eighth, compact=True) == "~1 in 8"


def test_a_range_shows_both_ends_and_trillions_read_as_trillions():
    cite = (Cite("S1", 0, 1),)
    assert big_number(Figure(80, "USD", "oil price range", "$80-$85", cite)) == "$80-$85"
    outlay = Figure(3_104_500_000_000, "INR", "total outlay", "Rs 3,10,450 crore", cite)
    assert (big_number(outlay), big_number(outlay, compact=True)) == ("₹3.1 trillion", "₹3.1T")


def test_a_chart_holds_only_bars_a_reader_can_compare_and_labels_big_values_in_billions():
    from reportgen.writers.common import chart_figures, chart_number_format

    cite = (Cite("S1", 0, 5),)
    usd = [Figure(v, "USD", f"measure {v}", f"${v}", cite) for v in (1.42e9, 1.86, 3.8e9, 2.4e8, 0.34, 5e8)]
    pct = [Figure(v, "percent", f"share {v}", f"{v}%", cite) for v in (9, 7, 12)]
    unit, charted = chart_figures(usd + pct)
    values = [f.value for f in charted]
    assert unit == "USD" and values == [1.42e9, 3.8e9, 2.4e8, 5e8]  # not $1.86 beside $3.8 billion
    assert max(values) / min(values) <= 100
    assert chart_number_format(unit, values) == '#,##0.0#,,," bn"'
    assert chart_number_format("percent", [9, 7.5]) == '0.0"%"'
