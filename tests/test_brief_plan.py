"""The brief's plan, on plain data: order, wording, citation markers, chart picks, text safety."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from reportgen.model import Briefing, Cite, Figure, Passage, Quote, Source
from reportgen.settings import Headings, Settings
from reportgen.writers.brief_plan import (
    Bullet,
    Chart,
    FigureTable,
    Heading,
    Paragraph,
    SourceList,
    long_date,
    plan_brief,
)
from reportgen.writers.brief_plan import Quote as QuoteBlock
from reportgen.writers.common import xml_safe


def _texts(plan) -> list[str]:
    """Every string the emitting step would write, table cells and chart labels included."""
    out: list[str] = [plan.title, plan.subject, plan.keywords, plan.author]
    for block in plan.blocks:
        if isinstance(block, FigureTable):
            out += [cell for row in (block.header, *block.rows) for cell in row]
        elif isinstance(block, Chart):
            out += [block.unit, block.caption, *block.categories]
        elif isinstance(block, QuoteBlock):
            out += [block.text, block.attribution]
        elif isinstance(block, SourceList):
            out += [label for _, label in block.items]
        else:
            out.append(block.text)
    return out


def test_sections_come_in_order_with_the_configured_wording(sample_briefing: Briefing) -> None:
    headings = Headings(context="Contexte", areas="Quatre domaines", figures="Chiffres", quotes="Citations",
                        sources="Sources citées")
    plan = plan_brief(sample_briefing, Settings(headings=headings))
    top = [b.text for b in plan.blocks if isinstance(b, Heading) and b.level == 1]
    assert top == ["Contexte", "Quatre domaines", "Chiffres", "Citations", "Sources citées"]


def test_title_block_gives_title_subtitle_date_and_source_count(sample_briefing: Briefing) -> None:
    plan = plan_brief(sample_briefing, Settings(subtitle="Weekly briefing", organisation="Research desk"))
    assert plan.blocks[:4] == (
        Paragraph("Yangtze River Delta integration", "Title"),
        Paragraph("Weekly briefing · Research desk", "Subtitle"),
        Paragraph("28 March 2024", "Brief Details"),
        Paragraph("Drawn from 2 sources", "Brief Details"),
    )


def test_each_area_gets_one_heading_and_cited_bullets(sample_briefing: Briefing) -> None:
    blocks = plan_brief(sample_briefing, Settings()).blocks
    area_headings = [b.text for b in blocks if isinstance(b, Heading) and b.level == 2]
    assert area_headings == ["Sci-tech innovation", "Industrial innovation", "Opening up",
                             "Institutional mechanisms"]
    bullets = [b.text for b in blocks if isinstance(b, Bullet)]
    assert len(bullets) == 4
    assert all(text.endswith(" [2]") for text in bullets)
    assert bullets[0].startswith("We will establish cross-regional bases")


def test_context_sentences_carry_markers_and_split_into_two_paragraphs_when_long(
    sample_briefing: Briefing,
) -> None:
    paragraphs = [b for b in plan_brief(sample_briefing, Settings()).blocks
                  if isinstance(b, Paragraph) and b.style == "Normal"]
    assert len(paragraphs) == 1
    assert "upper reaches of the river. [1] The key is" in paragraphs[0].text
    assert paragraphs[0].text.endswith("four areas: [2]")

    long = replace(sample_briefing, context=sample_briefing.context * 3)
    paragraphs = [b for b in plan_brief(long, Settings()).blocks
                  if isinstance(b, Paragraph) and b.style == "Normal"]
    assert len(paragraphs) == 2
    assert sum(p.text.count("[") for p in paragraphs) == 6


def test_figures_table_has_a_row_per_figure_up_to_the_limit(sample_briefing: Briefing) -> None:
    table = next(b for b in plan_brief(sample_briefing, Settings()).blocks if isinstance(b, FigureTable))
    assert table.header == ("Figure", "What it measures", "Source")
    assert table.rows[0] == ("about 21 percent", "Share of China's land area", "[1]")
    assert len(table.rows) == len(sample_briefing.figures)

    capped = next(b for b in plan_brief(sample_briefing, Settings(max_figures=2)).blocks
                  if isinstance(b, FigureTable))
    assert len(capped.rows) == 2


def test_chart_shows_the_three_percent_figures(sample_briefing: Briefing) -> None:
    chart = next(b for b in plan_brief(sample_briefing, Settings()).blocks if isinstance(b, Chart))
    assert chart.unit == "percent"
    assert chart.values == (21.0, 40.0, 45.0)
    assert chart.categories[2] == "Share of China's GDP"
    assert chart.number_format == '0"%"'
    assert chart.caption == "Figures stated in percent [1]"


def test_no_chart_when_fewer_than_three_figures_share_a_unit(sample_briefing: Briefing) -> None:
    two = replace(sample_briefing, figures=sample_briefing.figures[1:4])
    blocks = plan_brief(two, Settings()).blocks
    assert not any(isinstance(b, Chart) for b in blocks)
    assert any(isinstance(b, FigureTable) for b in blocks)


def test_quotes_name_the_speaker_or_say_unattributed(sample_briefing: Briefing) -> None:
    anonymous = Quote("Nobody said this", None, sample_briefing.quotes[0].cite)
    briefing = replace(sample_briefing, quotes=(*sample_briefing.quotes, anonymous))
    quotes = [b for b in plan_brief(briefing, Settings(max_quotes=5)).blocks if isinstance(b, QuoteBlock)]
    assert quotes[0] == QuoteBlock("\u201cCities are built by the people and for the people\u201d",
                                   "\u2014 Xi Jinping [1]")
    assert quotes[-1].attribution == "\u2014 Unattributed [1]"
    assert len([b for b in plan_brief(briefing, Settings(max_quotes=1)).blocks
                if isinstance(b, QuoteBlock)]) == 1


def test_further_quotes_stay_in_the_briefing_file_not_the_brief(sample_briefing: Briefing) -> None:
    more = Quote("A further line of the same answer", "Gu Jun", sample_briefing.quotes[0].cite, further=True)
    briefing = replace(sample_briefing, quotes=(*sample_briefing.quotes, more))
    shown = [b for b in plan_brief(briefing, Settings(max_quotes=99)).blocks if isinstance(b, QuoteBlock)]
    assert len(shown) == len(sample_briefing.quotes)
    assert not any(more.text in b.text for b in shown)


def test_every_marker_refers_to_a_listed_source(sample_briefing: Briefing) -> None:
    plan = plan_brief(sample_briefing, Settings())
    listed = next(b for b in plan.blocks if isinstance(b, SourceList))
    assert [n for n, _ in listed.items] == [1, 2]
    assert listed.items[0][1] == ("Chinese President Xi Jinping visits Shanghai · 2023-11-30 · "
                                  "000_f8eaff4278f8fd4d.txt")
    used = {int(n) for text in _texts(plan) for marker in re.findall(r"\[([\d, ]+)\]", text)
            for n in marker.split(",")}
    assert used == {1, 2}


def test_empty_sections_are_left_out() -> None:
    briefing = Briefing(title="Only context", sources=(Source("a", "a.txt"),),
                        context=(Passage("One sentence.", (Cite("a", 0, 13),)),))
    plan = plan_brief(briefing, Settings())
    assert [b.text for b in plan.blocks if isinstance(b, Heading)] == ["Context", "Sources"]
    assert Paragraph("Drawn from 1 source", "Brief Details") in plan.blocks


def test_properties_name_the_areas_and_the_author(sample_briefing: Briefing) -> None:
    plan = plan_brief(sample_briefing, Settings(author="Analyst A"))
    assert plan.keywords == "sci-tech innovation, industrial innovation, opening up, institutional mechanisms"
    assert (plan.author, plan.subject) == ("Analyst A", "Briefing")


def test_long_date_reads_like_a_person_wrote_it() -> None:
    assert long_date("2024-03-05") == "5 March 2024"
    assert long_date("spring 2024") == "spring 2024"
    assert long_date(None) is None


_messy = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "Cc", "Zs", "P")), max_size=30)


@given(title=_messy, point=_messy, speaker=_messy, label=_messy, source_title=_messy)
def test_no_control_character_reaches_the_plan(
    title: str, point: str, speaker: str, label: str, source_title: str
) -> None:
    cite = (Cite("s", 0, 1),)
    briefing = Briefing(
        title=title,
        sources=(Source("s", "dir/file.txt", source_title),),
        context=(Passage(point, cite),),
        figures=tuple(Figure(i, "percent", label, point, cite) for i in range(3)),
        quotes=(Quote(point, speaker, cite),),
    )
    for text in _texts(plan_brief(briefing, Settings())):
        assert xml_safe(text) == text
        assert "\n" not in text and "\t" not in text
