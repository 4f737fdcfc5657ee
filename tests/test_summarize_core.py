"""The summarizer on the sample sources, measured against the hand-made gold file."""

from __future__ import annotations

import json

import pytest

from reportgen.model import Briefing
from reportgen.sources import Document
from reportgen.summarize import summarize
from tests.conftest import NEWS, SEEDS, SHARED, TRANSCRIPT, seed_text

GOLD = json.loads((SHARED / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))["sources"]


def fold(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return [Document(f"S{i + 1}", str(SEEDS / n), seed_text(n)) for i, n in enumerate((NEWS, TRANSCRIPT))]


@pytest.fixture(scope="module")
def briefing(docs: list[Document]) -> Briefing:
    return summarize(docs)


def all_texts(b: Briefing) -> list[str]:
    texts = [b.title, *(s.title or "" for s in b.sources), *(p.text for p in b.context)]
    for area in b.areas:
        texts += [area.title, *(p.text for p in area.points)]
    return texts


def test_transcript_enumeration_gives_the_four_areas(briefing: Briefing) -> None:
    assert [a.title for a in briefing.areas] == GOLD[TRANSCRIPT]["enumerated_areas"]
    for area in briefing.areas:
        assert 2 <= len(area.points) <= 4
        assert all(c.source == "S2" for p in area.points for c in p.cite)


def test_source_dates_kinds_and_titles(briefing: Briefing) -> None:
    for src, name in zip(briefing.sources, (NEWS, TRANSCRIPT), strict=True):
        assert src.date == GOLD[name]["date"]
        assert src.kind == GOLD[name]["kind"]
        assert src.title and fold(src.title)[:30] == fold(GOLD[name]["title_hint"])[:30]
    assert briefing.date == max(GOLD[n]["date"] for n in (NEWS, TRANSCRIPT))


def test_no_boilerplate_anywhere(briefing: Briefing) -> None:
    debris = [fold(b) for g in GOLD.values() for b in g.get("boilerplate", [])] + ["Photo: Xinhua"]
    for text in all_texts(briefing):
        for bit in debris:
            assert bit not in fold(text), (bit, text)
    assert not any(t.startswith(("date 2023", ",[The region]")) for t in all_texts(briefing))


def test_every_context_and_area_item_cites_its_exact_span(briefing: Briefing, docs: list[Document]) -> None:
    texts = {d.id: d.text for d in docs}
    items = list(briefing.context) + [p for a in briefing.areas for p in a.points]
    assert items
    for item in items:
        assert item.cite
        for c in item.cite:
            assert texts[c.source][c.start:c.end] == item.text


def test_context_tells_who_what_when_where(briefing: Briefing) -> None:
    assert 2 <= len(briefing.context) <= 5
    joined = " ".join(p.text for p in briefing.context)
    assert "press conference on March 28 in Beijing" in joined
    assert {c.source for p in briefing.context for c in p.cite} == {"S1", "S2"}
    for p in briefing.context:
        assert not p.text.rstrip("”\"").endswith("?")
        assert len(p.text.split()) >= 6


def test_title_and_date_can_be_overridden(docs: list[Document]) -> None:
    b = summarize(docs, title="Delta week", date="2024-04-01")
    assert (b.title, b.date) == ("Delta week", "2024-04-01")


def test_derived_title_names_what_the_sources_share(briefing: Briefing) -> None:
    assert briefing.title == "Yangtze River Delta"


def test_news_alone_gets_four_derived_areas(docs: list[Document]) -> None:
    b = summarize(docs[:1])
    assert len(b.areas) == 4
    used = [p.text for a in b.areas for p in a.points]
    assert len(used) == len(set(used))
    assert all(2 <= len(a.points) <= 4 for a in b.areas)
    assert all(len(a.title.split()) <= 4 for a in b.areas)


def test_transcript_with_labels_on_the_turn_line_and_alone_summarizes():
    """Speaker labels alone on a line and at the start of the turn, mixed, in one transcript."""
    from reportgen.sources import Document
    from reportgen.summarize import summarize

    text = (
        "Press conference on trade\n\nHost Name:\n\nGood morning. We will now take questions.\n\n"
        "Reuters: Some say there is overcapacity. How do you respond?\n\n"
        "Host Name: Thank you. That question goes to Mr. Li.\n\n"
        "Li Ming: Trade is based on comparative advantage, and global demand for green products is "
        "huge. We will help companies build overseas service networks this year.\n"
    )
    briefing = summarize([Document("S1", "t.txt", text)])
    assert briefing.sources[0].kind == "transcript"
    assert {q.speaker for q in briefing.quotes} == {"Li Ming"}


def test_the_headline_under_a_site_s_one_word_name_is_the_title_and_no_point() -> None:
    from reportgen.summarize.per_source import study
    text = ("Inc.\nPROFILE\nShe Turned Her Mother's Job Into a Care Agency. Now Comes the Hard Part\n"
            "Dana Whitfield built Tendwell by betting on caregivers. Her rivals say the math doesn't work\n\n"
            "By Jenna Ortiz\n\nDana Whitfield still keeps her mother's pager in a desk drawer, and she says "
            "it reminds her of what the job cost her family for three decades.\n")
    found = study(Document("S1", "profile.txt", text))
    headline = found.sentences[1][0]
    assert found.source.title == "She Turned Her Mother's Job Into a Care Agency. Now Comes the Hard Part"
    usable = [f[3] for f in found.facts]
    assert headline.text.startswith("She Turned") and not usable[sum(map(len, found.sentences[:1]))]


def test_a_report_s_paragraph_numbers_open_no_point_and_no_figure() -> None:
    from reportgen.summarize.per_source import study
    text = ("Situation update No. 4\n\n1.1 At 03:17 local time on Friday, an earthquake struck the south of "
            "the country.\n\n4.1 Teams of structural engineers are at work.\n\n"
            "4.2 38 schools have been damaged, and classes are suspended in 112 schools.\n\n"
            "3.5 Million people live in the region.\n")
    found = study(Document("S1", "update.txt", text))
    firsts = [sents[0].text for sents in found.sentences]
    assert firsts == ["At 03:17 local time on Friday, an earthquake struck the south of the country.",
                      "Teams of structural engineers are at work.",
                      "38 schools have been damaged, and classes are suspended in 112 schools.",
                      "3.5 Million people live in the region."]
    assert [f.text for f in found.figures][:2] == ["38 schools", "112 schools"]  # no "4.1 Teams"


EUROPEAN_RELEASE = """\
Tourist arrivals and nights, August 2025

In August 2025, establishments in the county recorded 1.284.613 tourist arrivals and 9.871.402 tourist \
nights. Compared with August 2024, arrivals were up by 3,2%, while the average stay was 7,7 nights.

Published 12.03.2026, 06:45. Release 4.3.1/8.
"""


def test_numbers_in_the_european_style_are_read_as_that_style_writes_them() -> None:
    # thousands by dots and a decimal comma: 1.284.613 is over a million, not 1.284 and 0.613; a date
    # ("12.03.2026") and a release number stay what they are; each figure is quoted as the text has it
    from reportgen.summarize.per_source import study
    found = study(Document("S1", "release.txt", EUROPEAN_RELEASE))
    got = {(f.value, f.unit, f.text) for f in found.figures}
    assert {(1284613, "tourist arrivals"), (9871402, "tourist nights"), (3.2, "percent")} <= {
        (v, u) for v, u, _ in got}
    assert any(v == 7.7 and t.startswith("7,7") for v, _, t in got)
    assert all(EUROPEAN_RELEASE[f.cite[0].start:f.cite[0].end] == f.text for f in found.figures)
    assert not any(v in (12.03, 2026, 4.3) for v, _, _ in got)


@pytest.mark.parametrize(("text", "wanted"), [
    ("The canton treated 11'400 patients and employs around 4’210 staff across two sites.",
     {11400, 4210}),  # Swiss thousands, in English prose
    ("The deal was worth $1,284,613 and the stake rose 3.2% on the day, to 48.5 million shares.",
     {1284613, 3.2, 48500000}),  # English style: left as it is
    ("Prices rose 3.2% in March and 2,5% in April, the agency said, on 1.284 respondents.",
     {3.2, 2.5}),  # one number of each style: the text is not European, though "2,5%" can only be
    ("A family of four needed $1.284.530 in October, and prices rose 1.9% in the month.",
     {1284530, 1.9}),  # grouped by dots twice: only the European style writes it
    ("The plan costs R4,7 billion over three years, up 2.5% on the last one.",
     {4700000000, 2.5}),  # a decimal comma before a multiplier
    ("The order is worth 812,4 mln zł, and producers are paid 0,41 € per litre.",
     {812400000, 0.41}),  # before "mln" and a currency written after its amount
])
def test_numbers_grouped_by_apostrophes_are_read_and_english_ones_left_alone(text: str, wanted: set) -> None:
    from reportgen.summarize.per_source import study
    found = study(Document("S1", "story.txt", f"Headline of the story\n\n{text}\n"))
    assert wanted <= {f.value for f in found.figures}
    assert all(f"\n{text}\n".find(f.text) >= 0 for f in found.figures)


@pytest.mark.parametrize(("text", "wanted", "not_wanted"), [
    ("The strike idled about 1.850 dock workers, and an experienced crane driver earns €4.280 a month.",
     {1850, 4280}, {1.85, 4.28}),  # a count of people and a wage to three places: only thousands
    ("Insurers received 64.000 claims, and the fund paid EUR 1.500 to each of 38 farms.",
     {64000, 1500}, {64, 1.5}),  # "EUR 1.500" alone may be English; beside "64.000 claims" it is not
    ("Net revenue reached 4.870,4 in the quarter, against 4.263,1 a year before, on sales of 812 units.",
     {4870.4, 4263.1}, {4.87, 4.263}),  # both marks: a thousands dot and a decimal comma
    ("The euro rose to $1.120 and the yield fell to 4.312%, as guidance rose to $1.625 billion from "
     "$1.590 billion; she won in 10.450 seconds.",
     {4.312, 1625000000}, {1120, 4312, 1625, 10450}),  # an exchange rate, a yield, a multiplier, a time
])
def test_a_number_grouped_by_one_dot_is_a_thousands_where_english_cannot_have_written_it(
        text: str, wanted: set, not_wanted: set) -> None:
    from reportgen.summarize.per_source import study
    found = study(Document("S1", "story.txt", f"Headline of the story\n\n{text}\n"))
    values = {f.value for f in found.figures}
    assert wanted <= values and not values & not_wanted, values
    assert all(f"\n{text}\n".find(f.text) >= 0 for f in found.figures)


def test_a_parliament_s_written_answers_are_the_minister_s_words_on_a_record() -> None:
    # a record of questions put and answered in writing: no transcript, but each answer under its office
    # and holder is that minister's, up to the next question put; the question and the record's
    # formulae are nobody's words
    text = ("Legislative Assembly\n\nQuestions on Notice\n\nTuesday, 10 March 2026\n\nCoastal Erosion\n\n"
            "1204. Ms Harriet Quill asked the Minister for the Environment, upon notice, how many beaches "
            "were closed by erosion in 2025.\n\n"
            "Minister for the Environment (Dr Tomasz Wierzbicki): I propose to take Questions Nos. 1204 and "
            "1207 together.\n\n"
            "Fourteen beaches were closed for part of 2025, and three of them remain closed today.\n\n"
            "I will not allow a single community to lose its beach because the repair budget ran out.\n\n"
            "Flood Warnings\n\n"
            "1219. Mr Oskar Lindgren asked the Minister of State at the Department of Water the number of "
            "flood sirens installed since 2024.\n\n"
            "Minister of State at the Department of Water (Ms Adaeze Nwosu): Forty-one sirens have been "
            "installed since January 2024.\n\n"
            "Every town on the river will have a siren by the end of this year, and we will test each of "
            "them twice a year.\n\n"
            "Question No. 1220 answered with Question No. 1219.\n")
    briefing = summarize([Document("S1", "answers.txt", text)], max_figures=None, every_quote=True)
    said = {q.text: q.speaker for q in briefing.quotes}
    assert briefing.sources[0].kind == "other"
    assert said["I will not allow a single community to lose its beach because the repair budget ran "
                "out."] == "Tomasz Wierzbicki"
    assert said["Every town on the river will have a siren by the end of this year, and we will test each "
                "of them twice a year."] == "Adaeze Nwosu"
    assert not any("asked the" in q or "Question No." in q or "propose to take" in q for q in said)


def test_an_interview_printed_without_labels_under_a_heading_is_its_subject_s_words() -> None:
    # a release prints a short interview with no "Q:" or name labels: the heading names whom it questions,
    # each question is a line of its own (or a paragraph alone), the answer follows; the interview ends
    # where the company's boilerplate starts
    text = ("Northwind Rail orders 40 new trains\n\n"
            "LEEDS, 4 February 2026 - Northwind Rail has ordered 40 battery trains for its rural lines.\n\n"
            "Q&A with Priya Raman-Holt, Chief Executive\n\n"
            "Why battery trains and not overhead wires?\n\n"
            "Wiring a rural line costs more than the line earns in thirty years, and the batteries charge at "
            "the stations we already have.\n\n"
            "When will passengers see them?\n"
            "The first units enter service in the spring of 2028 on the Dales line, and the last before the "
            "end of 2029.\n\n"
            "About Northwind Rail\n\n"
            "Northwind Rail runs 310 services a day across the north of England and employs 2,400 people.\n")
    briefing = summarize([Document("S1", "release.txt", text)], max_figures=None, every_quote=True)
    said = {q.text: q.speaker for q in briefing.quotes}
    assert said["Wiring a rural line costs more than the line earns in thirty years, and the batteries "
                "charge at the stations we already have."] == "Priya Raman-Holt"
    assert said["The first units enter service in the spring of 2028 on the Dales line, and the last "
                "before the end of 2029."] == "Priya Raman-Holt"
    assert not any(q.endswith("?") or "310 services" in q for q in said)
