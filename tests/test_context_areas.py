"""Context and areas on sources of several shapes: numbered, lettered, bulleted, plain, transcript."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportgen.model import Briefing
from reportgen.settings import AreaHint
from reportgen.sources import Document
from reportgen.summarize import summarize
from reportgen.summarize.terms import is_usable

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"
SHAPES = sorted(p.name for p in FIXTURES.glob("*.txt"))


def doc(name: str, source_id: str = "S1") -> Document:
    path = FIXTURES / name
    return Document(source_id, str(path), path.read_text(encoding="utf-8"))


def passages(b: Briefing):
    yield from b.context
    for area in b.areas:
        yield from area.points


def assert_cited(b: Briefing, docs: list[Document]) -> None:
    texts = {d.id: d.text for d in docs}
    for p in passages(b):
        assert p.cite, p.text
        for c in p.cite:
            assert texts[c.source][c.start:c.end] == p.text


def test_there_are_at_least_five_shapes() -> None:
    assert len(SHAPES) >= 5


@pytest.mark.parametrize("name", SHAPES)
def test_every_context_and_area_item_cites_its_exact_span(name: str) -> None:
    docs = [doc(name)]
    b = summarize(docs)
    assert_cited(b, docs)
    assert 2 <= len(b.context) <= 5
    assert not any(p.text.rstrip("”\"").endswith("?") for p in b.context)
    spans = [(c.source, c.start, c.end) for a in b.areas for p in a.points for c in p.cite]
    assert len(spans) == len(set(spans)), "a sentence is used in two areas"


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        ("statement_numbered.txt", ["Flood warning", "Irrigation efficiency", "Fisheries", "Financing"]),
        ("statement_lettered.txt", ["Teacher recruitment", "Digital classrooms", "School meals"]),
        ("bullets.txt", ["Cycle lanes", "Building insulation", "Tree planting", "Bus fleet"]),
        ("ordinal_plan.txt", ["tram network", "business taxes", "start-up centre", "parks"]),
        ("article_sections.txt", ["Solar farms", "Grid storage", "Local jobs", "Prices"]),
    ],
)
def test_enumerated_headings_are_the_areas(name: str, titles: list[str]) -> None:
    b = summarize([doc(name)])
    assert [a.title for a in b.areas][: len(titles)] == titles
    assert len(b.areas) == 4  # a list of three is filled up with one derived area
    for area in b.areas[: len(titles)]:
        assert 2 <= len(area.points) <= 4


def test_ordinal_items_keep_their_whole_first_sentence() -> None:
    b = summarize([doc("ordinal_plan.txt")])
    firsts = [a.points[0].text.split(",")[0] for a in b.areas]
    assert firsts == ["First", "Second", "Third", "Finally"]


def test_section_headings_are_areas_but_page_labels_are_nothing() -> None:
    b = summarize([doc("article_sections.txt")])
    texts = [b.title, *(p.text for p in passages(b)), *(a.title for a in b.areas)]
    for label in ("Top Stories", "Related stories", "textile exports"):
        assert not any(label in t for t in texts), label
    assert not {"Energy", "Share"} & set(texts)
    assert b.sources[0].title == "Valdora bets on sun and storage to end blackouts"


def test_repeated_page_labels_are_not_sections() -> None:
    body = doc("article_sections.txt").text
    for label in ("Solar farms", "Grid storage", "Local jobs", "Prices"):
        body = body.replace(f"\n{label}\n", "\nAdvertisement\n")
    b = summarize([Document("S1", "ads.txt", body)])
    assert "Advertisement" not in [a.title for a in b.areas]
    assert len(b.areas) == 4


def test_a_page_s_sign_off_credit_line_and_author_notes_are_no_areas() -> None:
    path = Path(__file__).parent / "fixtures" / "unseen" / "election_results.txt"
    b = summarize([Document("S1", path.name, path.read_text(encoding="utf-8"))])
    titles = [a.title for a in b.areas]
    assert not {"Source: AP", "DANIEL OKAFOR", "RUTH MALLORY"} & set(titles), titles
    assert not any(p.text.startswith(("Okafor covers", "Mallory is")) for a in b.areas for p in a.points)


@pytest.mark.parametrize("name", ["yonder/new_brunswick_bilingual_weekly_water_meter_vote",
                                  "abroad/south_shields_shipyard_welder_oral_history_transcript",
                                  "fresh/written_answer",
                                  "outward/carrach_ferry_cancellations_tv_interview_srt"])
def test_a_page_s_field_lines_are_no_context_and_no_point(name: str) -> None:
    path = Path(__file__).parent / "fixtures" / f"{name}.txt"
    b = summarize([Document("S1", path.name, path.read_text(encoding="utf-8"))])
    texts = [*(p.text for p in b.context), *(p.text for a in b.areas for p in a.points)]
    # a photo's caption, the archive's summary, a table's source, the caption file's own description
    field = re.compile(r"(?i)(?:photo|summary|source|subtitles)\s*:")
    assert texts and not [t for t in texts if field.match(t)], texts


def test_a_team_sheet_under_a_match_report_gives_no_area_and_no_point() -> None:
    path = Path(__file__).parent / "fixtures" / "unseen" / "sports_report.txt"
    b = summarize([Document("S1", path.name, path.read_text(encoding="utf-8"))])
    rows = ("4 Lindqvist", "11 Pike", "8 Mensah", "10 Byrne")  # lines of the team sheet under the story
    texts = [*(a.title for a in b.areas), *(p.text for a in b.areas for p in a.points)]
    assert not any(t.startswith(rows) for t in texts), texts


def test_numbered_item_does_not_swallow_the_closing_paragraph() -> None:
    b = summarize([doc("statement_numbered.txt")])
    assert all("ministerial meeting" not in p.text for p in b.areas[-1].points)


def test_article_without_enumeration_yields_four_derived_areas() -> None:
    b = summarize([doc("article_plain.txt")])
    assert len(b.areas) == 4
    assert {a.title for a in b.areas} == {"port expansion", "water network", "affordable housing",
                                         "vocational training"}
    for area in b.areas:
        assert 2 <= len(area.points) <= 4
        assert all(w in p.text.lower() for p in area.points for w in area.title.split())
    context = {p.text for p in b.context}
    assert not context & {p.text for a in b.areas for p in a.points}


def test_requested_number_of_areas_is_honoured() -> None:
    for n in (2, 3, 5):
        b = summarize([doc("article_plain.txt")], areas=n)
        assert len(b.areas) == n


def test_area_hints_steer_the_areas() -> None:
    hint = AreaHint("Jobs and skills", ("apprentices", "training", "colleges"))
    b = summarize([doc("article_plain.txt")], area_hints=(hint,))
    assert b.areas[0].title == "Jobs and skills"
    assert any("apprentices" in p.text for p in b.areas[0].points)
    assert len(b.areas) == 4


def test_transcript_with_three_speakers() -> None:
    b = summarize([doc("transcript_three.txt")])
    src = b.sources[0]
    assert (src.kind, src.title, src.date) == (
        "transcript", "Ministry of Transport press conference on rail safety", "2025-04-30")
    texts = [p.text for p in passages(b)]
    assert all("?" not in t for t in texts), "a reporter's question is not a point"
    assert not any(t.startswith(("Good morning", "Next question")) for t in texts)
    assert all("1" != t.strip() and "Press Room" not in t for t in texts)


def test_source_meta_of_statements() -> None:
    b = summarize([doc("statement_numbered.txt")])
    src = b.sources[0]
    assert (src.kind, src.date) == ("other", "2025-02-14")
    assert src.title == "Joint statement of the river basin ministers on water security"
    assert b.context[0].text.startswith("The ministers of the four basin countries met")


def test_several_sources_merge_without_repeating_a_sentence() -> None:
    docs = [doc("article_plain.txt", "S1"), doc("article_plain.txt", "S2"), doc("bullets.txt", "S3")]
    b = summarize(docs)
    assert_cited(b, docs)
    texts = [p.text for p in passages(b)]
    assert len(texts) == len(set(texts)), "the same sentence from two copies of a source"
    assert [a.title for a in b.areas] == ["Cycle lanes", "Building insulation", "Tree planting", "Bus fleet"]
    assert b.date == "2025-03-03"


def test_summary_is_deterministic() -> None:
    docs = [doc(name, f"S{i}") for i, name in enumerate(SHAPES)]
    assert summarize(docs).to_json() == summarize(docs).to_json()


def test_near_copies_across_sources_are_used_once() -> None:
    first = doc("article_plain.txt", "S1")
    text = first.text.replace(" the ", " this ")  # every sentence differs, none in substance
    docs = [first, Document("S2", "copy.txt", text)]
    b = summarize(docs)
    assert_cited(b, docs)
    points = [set(p.text.lower().split()) for a in b.areas for p in a.points]
    for i, a in enumerate(points):
        for other in points[i + 1:]:
            assert len(a & other) / len(a | other) < 0.7


def test_an_interview_with_inline_q_and_a_labels_gives_its_answers_as_points() -> None:
    """ "A: We have capped ..." is an answer, not a speaker line: it must give points, without its label."""
    docs = [doc("transcript_qa.txt")]
    b = summarize(docs)
    texts = [p.text for p in passages(b)]
    assert len(b.areas) >= 3 and len(b.context) >= 2
    assert not any(t.startswith(("A:", "Q:")) for t in texts), texts
    assert not any("?" in t for t in texts), "a question became a point"
    assert any("capped the unit price" in t for t in texts)


def test_a_short_article_gets_worded_area_titles_not_names_or_lone_words() -> None:
    """One short source repeats few phrases; titles still come from its own wording ("local government")."""
    b = summarize([doc("article_uk_councils.txt")])
    titles = [a.title for a in b.areas]
    assert len(titles) == 4
    assert "social care" in titles and "local government" in titles
    assert not {t.lower() for t in titles} & {"davies", "davy", "effectively"}
    assert not any("cannot" in t.lower() for t in titles), titles
    for title in titles:
        assert title.lower() in doc("article_uk_councils.txt").text.lower(), f"{title!r} is not worded so"


def test_web_page_furniture_never_titles_a_source_or_an_area() -> None:
    body = doc("article_sections.txt").text
    body = "Home | News | World | Business | Sport\n\n" + body
    body = body.replace("\nSolar farms\n", "\nImage source, Getty Images\n", 1)
    body = body.replace("\nGrid storage\n", "\n1:47 P.M. EDT\n", 1)
    body = body.replace("\nLocal jobs\n", "\nAdvertisement\n", 1)
    b = summarize([Document("S1", "page.txt", body)])
    assert b.sources[0].title == "Valdora bets on sun and storage to end blackouts"
    titles = [a.title for a in b.areas]
    for furniture in ("Image source", "1:47", "Advertisement", "Home"):
        assert not any(furniture in t for t in titles), titles


def test_a_newsletter_s_buttons_and_a_wire_s_end_never_title_an_area() -> None:
    fixtures = Path(__file__).parent / "fixtures"
    paths = [fixtures / "fresh" / "newsletter.txt", *sorted((fixtures / "distant").glob("n_peru_wire_*.txt")),
             *sorted((fixtures / "remote").glob("n_irish_daily_*.txt"))]
    assert len(paths) == 3
    b = summarize([Document(f"S{i}", p.name, p.read_text(encoding="utf-8")) for i, p in enumerate(paths, 1)])
    titles = [a.title.lower() for a in b.areas]
    assert len(titles) == 4
    for furniture in ("read in app", "upgrade to paid", "(end)", "more on this topic"):
        assert furniture not in titles, titles


def test_per_cent_and_contractions_make_no_area_title() -> None:
    text = ("Council tax will rise 4.99 per cent.\n\nThe council said costs rose 23 per cent. "
            "Rents rose 12 per cent and wages 3 per cent.\n\nLeaders said they don't know how long it lasts. "
            "Officials said they don't expect relief. Residents said they don't agree.\n")
    b = summarize([Document("S1", "uk.txt", text)])
    assert not any(w in a.title.lower().split() for a in b.areas for w in ("cent", "don't", "don’t"))


def test_a_unit_of_time_alone_makes_no_area_title() -> None:
    """A football press conference counts minutes in many answers; that is no theme of the talk."""
    path = Path(__file__).parent / "fixtures" / "unseen" / "sports_presser.txt"
    briefing = summarize([Document("S1", path.name, path.read_text(encoding="utf-8"))])
    assert len(briefing.areas) == 4
    assert not {"minutes", "minute", "hours"} & {a.title.lower() for a in briefing.areas}


def test_an_item_heading_loses_a_leading_preposition() -> None:
    from reportgen.summarize.areas import _heading
    from reportgen.summarize.text import Span

    text = "Under Deendayal Antyodaya Yojana: 10.05 crore rural women have been brought into groups."
    assert _heading(Span(0, len(text), text))[0] == "Deendayal Antyodaya Yojana"


def test_a_wire_s_crossheads_between_dashes_title_areas_without_the_dashes() -> None:
    text = ("RABAT (AFP) - Morocco's dams were 27.6 percent full on Monday, the water ministry said.\n\n"
            "- 'The new normal' -\n\n"
            "Farmers in the plains around Settat have not planted wheat for the third year running.\n\n"
            "The drought has cut the harvest of cereals to its lowest level in a decade, officials say.\n\n"
            "- Desalination push -\n\n"
            "Authorities have bet heavily on desalination to secure drinking water for the big cities.\n\n"
            "A plant under construction near Casablanca is due to produce 200 million cubic metres a year.\n")
    titles = [a.title for a in summarize([Document("S1", "afp.txt", text)]).areas]
    assert "Desalination push" in titles and "'The new normal'" in titles, titles


def test_a_release_s_back_matter_is_no_area() -> None:
    path = Path(__file__).parent / "fixtures" / "unseen" / "company_release.txt"
    b = summarize([Document("S1", path.name, path.read_text(encoding="utf-8"))])
    titles = [a.title for a in b.areas]
    assert "Third Quarter 2024 Highlights" in titles  # the release's own sections stay
    assert not {"About Keystride Networks", "Non-GAAP Financial Measures"} & set(titles), titles


def test_a_release_s_boilerplate_is_no_point_of_any_area() -> None:
    path = Path(__file__).parent / "fixtures" / "unseen" / "press_release.txt"
    b = summarize([Document("S1", path.name, path.read_text(encoding="utf-8"))])
    points = [p.text for a in b.areas for p in a.points] + [c.text for c in b.context]
    assert points
    assert not [p for p in points if "conference call" in p or "dial" in p], points


@pytest.mark.parametrize("end", ["ENDS", "###", "Notes to editors"])
def test_nothing_after_a_release_s_end_is_a_point(end: str) -> None:
    release = ("New cancer centre opens its doors to first patients\n\n"
               "The £68.5m Severn Vale Cancer Centre treated its first patients on Monday, the trust said. "
               "It brings radiotherapy, chemotherapy and a 24-bed ward under one roof for the first time. "
               "About 1,900 patients a year will no longer travel out of the county for radiotherapy.\n\n"
               "The centre's four linear accelerators will deliver around 30,000 sessions a year when the "
               "last machine opens. Chemotherapy clinics moved into the building in September.\n\n"
               f"{end}\n\n"
               "1. Photographs of the centre are available on request from the communications team.\n\n"
               "2. Severn Vale University Hospitals NHS Foundation Trust employs about 9,600 staff.\n\n"
               "3. The trust's board meets in public on the first Thursday of every month at the hospital.\n")
    b = summarize([Document("S1", "release.txt", release)])
    points = [p.text for a in b.areas for p in a.points] + [c.text for c in b.context]
    assert points
    assert not [p for p in points if "Photographs" in p or "9,600" in p or "board meets" in p], points
    assert "about 9,600 staff" in {f.text for f in b.figures}  # figures stay: the points are the release's


@pytest.mark.parametrize(("sentence", "point"), [
    ("Capital allocation 2026-2030 (£bn, net)\nSources                Uses\nOperating cash flow     4.1"
     "          Offshore wind   5.9\nAsset rotation          1.6          Onshore wind    1.2.", False),
    ("Sources and uses of cash, in billions of pounds, over the five years to 2030, net of partners.\n"
     "Operating cash flow gives 4.1 and asset sales give 1.6 of the total.", True),  # wrapped prose
])
def test_a_table_s_rows_are_no_point(sentence: str, point: bool) -> None:
    # a slide's or a report's table read as one sentence: its cells set apart by wide gaps, row on row
    assert is_usable(sentence, len(sentence.split())) is point


@pytest.mark.parametrize(("sentence", "point"), [
    ("Watch the full news conference in the player above.", False),
    ("We are now ready to take your questions.", False),
    ("Let me take the second question first.", False),
    ("First up is Marcus Ofori, vice president of operations for the power company.", False),
    # The same words about something else are points.
    ("The council is ready to take over the running of the two bus lines next spring.", True),
    ("The question of who pays for the new flood walls is first on the council's list.", True),
])
def test_a_host_s_or_a_page_s_word_on_the_event_is_no_point(sentence: str, point: bool) -> None:
    assert is_usable(sentence, len(sentence.split())) is point


def test_an_earnings_call_s_hand_overs_and_replay_note_are_no_points() -> None:
    call = ("Corvane Systems Q3 2026 Earnings Call Transcript\n\n"
            "Operator: Good afternoon and welcome to the Corvane Systems third quarter earnings call. "
            "I would now like to turn the call over to Dana Reyes, Chief Executive Officer.\n\n"
            "Dana Reyes: Revenue grew 18 percent to a record $412 million in the quarter, led by storage. "
            "Our backlog of orders reached $1.1 billion, the highest in the company's history. We opened "
            "two new plants in Texas and hired 600 engineers to serve the demand we see for next year. With "
            "that, operator, let's open the line for questions. A replay of this call will be available "
            "until November 12 at the number on our website.\n\n"
            "Operator: Thank you. Our first question comes from Sam Ortiz with Halden Securities.\n\n"
            "Sam Ortiz: How should we think about margins next year given the new plants and the hiring?\n\n"
            "Dana Reyes: Margins will dip in the first half while the plants ramp up, and then recover "
            "to above 30 percent by the end of next year as volumes grow and costs fall per unit.\n")
    points = [p.text for p in passages(summarize([Document("S1", "call.txt", call)], areas=2))]
    assert any("Revenue grew" in p for p in points)
    assert not [p for p in points if "call over to" in p or "open the line" in p or "replay" in p], points


def test_a_statement_all_under_headings_still_gets_a_context_not_repeated_in_its_areas() -> None:
    statement = ("PRESS CONFERENCE\nFrankfurt am Main, 10 September 2026\nMonetary policy statement\n\n"
                 "Good afternoon, the Vice-President and I welcome you to our press conference.\n\n"
                 "Interest rates\n\n"
                 "The Governing Council today decided to lower the three key interest rates by 25 basis "
                 "points. "
                 "The deposit facility rate will be decreased to 1.75% with effect from 16 September. "
                 "Inflation is now expected to settle below our 2% target next year.\n\n"
                 "Economic activity\n\n"
                 "The economy grew by 0.2% in the second quarter of the year, driven by domestic demand. "
                 "The unemployment rate stood at 6.3% in July, close to its historical low. "
                 "Manufacturing has been held back by tariffs on exports to the United States.\n\n"
                 "Financial conditions\n\n"
                 "Bank lending to firms rose by 3.1% in July on an annual basis, after 2.8% in June. "
                 "Mortgage lending to households strengthened further over the summer months. "
                 "Excess liquidity in the banking system has declined to around 2.3 trillion euro.\n")
    b = summarize([Document("S1", "statement.txt", statement)], areas=3)
    assert {a.title for a in b.areas} == {"Interest rates", "Economic activity", "Financial conditions"}
    context = [c.text for c in b.context]
    assert context
    assert not set(context) & {p.text for a in b.areas for p in a.points}


def test_sentences_under_a_back_matter_heading_are_no_points() -> None:
    release = ("Acme opens a new plant\n\n"
               "Acme Corp opened its third plant in Ohio on Monday, creating new jobs for the region.\n\n"
               "The plant will make parts for electric buses and trucks from next year.\n\n"
               "About Acme\n\n"
               "Acme Corp is a leading maker of industrial parts with customers in forty countries.\n\n"
               "Acme Corp was founded in a small garage and has grown ever since.\n")
    b = summarize([Document("S1", "acme.txt", release)], areas=2)
    points = [p.text for a in b.areas for p in a.points] + [c.text for c in b.context]
    assert any("third plant" in p for p in points)
    assert not [p for p in points if "leading maker" in p or "garage" in p], points


@pytest.mark.parametrize("name", ["cnn_transcript.txt", "sports_presser.txt"])
def test_a_headline_set_as_the_first_paragraph_titles_the_source_and_is_no_point(name: str) -> None:
    path = Path(__file__).parent / "fixtures" / "unseen" / name
    b = summarize([Document("S1", name, path.read_text(encoding="utf-8"))])
    title = b.sources[0].title
    points = [p.text for p in passages(b)]
    assert title and points
    assert not [p for p in points if title in " ".join(p.split())], (title, points)


def test_a_lead_that_opens_with_the_headline_s_words_is_still_a_point() -> None:
    story = ("Acme opens a new plant\n\n"
             "Acme opens a new plant in Ohio on Monday, creating 300 jobs for the region around Dayton.\n\n"
             "The plant will make parts for electric buses and trucks from next year, the company said.\n")
    b = summarize([Document("S1", "acme.txt", story)], areas=1)
    assert b.sources[0].title == "Acme opens a new plant"
    assert any(c.text.startswith("Acme opens a new plant in Ohio") for c in b.context), b.context


def test_three_stories_of_a_size_each_lead_an_area() -> None:
    """A spending bill, a central bank's press conference and a wind-power report: the briefing's areas
    cover all three, not three areas from the story whose words repeat most."""
    unseen = Path(__file__).parent / "fixtures" / "unseen"
    names = ["ap_politics.txt", "fed_presser.txt", "guardian_climate.txt"]
    docs = [Document(f"S{i}", name, (unseen / name).read_text(encoding="utf-8"))
            for i, name in enumerate(names, 1)]
    briefing = summarize(docs)
    assert len(briefing.areas) == 4
    assert {c.source for a in briefing.areas for p in a.points for c in p.cite} == {"S1", "S2", "S3"}


@pytest.mark.parametrize("name, frame", [
    ("earnings_call.txt", {"call participants", "duration: 0 minutes", "prepared remarks",
                           "questions and answers"}),
    ("senate_hearing.txt", {"opening statements", "alphabetical listing and appendix material submitted"}),
    ("abc_australia.txt", {"link copiedshare article"}),
])
def test_the_parts_every_transcript_or_page_has_title_no_area(name: str, frame: set[str]) -> None:
    path = Path(__file__).parent / "fixtures" / "unseen" / name
    briefing = summarize([Document("S1", name, path.read_text(encoding="utf-8"))])
    assert len(briefing.areas) == 4
    assert not frame & {a.title.lower() for a in briefing.areas}


@pytest.mark.parametrize("sentence, runs", [
    ("The court heard that the victims paid the gang in cash.", [["court"], ["victims"], ["gang"], ["cash"]]),
    ("Gas set the price for most of the winter months.", [["Gas"], ["price"], ["winter"]]),
    ("Councils cut bus services and raised parking fees.", [["Councils", "cut", "bus", "services"],
                                                           ["parking", "fees"]]),  # "cut" may be a noun
])
def test_a_past_form_without_ed_ends_a_keyphrase(sentence: str, runs: list[list[str]]) -> None:
    from reportgen.summarize.keyphrases import chunks

    assert chunks(sentence) == runs


@pytest.mark.parametrize(("line", "point"), [
    ("Situation of the Japan Coast Guard patrol around the Senkaku Islands (Coast Guard website)", False),
    ("Press Conference by the Chief Cabinet Secretary of Japan (Excerpt)", False),
    ("Report of the Chairperson of the Commission on AUSSOM (PSC/PR/2(MCCCXXVII))", False),
    # A row that gives its number, and a sentence closed inside its bracket, are points.
    ("Highest gust: 103mph at Inverbervie, Aberdeenshire (Met Office)", True),
    ("The minister left the chamber before the vote was taken. (Applause.)", True),
])
def test_a_line_ending_in_a_bracketed_tag_is_no_point_unless_a_number_row(line: str, point: bool) -> None:
    assert is_usable(line, len(line.split())) is point


def test_a_wire_story_s_context_opens_on_its_dateline_lead() -> None:
    story = ("Floods kill 58 in southeastern Brazil\n\n"
             "(Updates death toll, adds governor's comments)\n\n"
             "BELO HORIZONTE, Brazil, March 3 (Global Newswire) - At least 58 people have been killed in "
             "floods and landslides in southeastern Brazil after three days of torrential rain, officials "
             "said on Tuesday, as rescue teams dug through mud in hillside neighbourhoods and the army sent "
             "soldiers and helicopters to help them reach the towns cut off by the water.\n\n"
             "Of those, 39 died in Minas Gerais state, most of them in and around the city of Juiz de Fora, "
             "where a hillside collapsed onto a row of houses on Monday.\n\n"
             "In Juiz de Fora's Vila Ideal neighbourhood, Maria das Graças Oliveira, 63, stood on Tuesday "
             "outside what was left of the house where she had lived for thirty years.\n\n"
             "The national weather institute said 286 millimetres of rain fell on Juiz de Fora "
             "in 48 hours.\n\n"
             "Floods in Rio Grande do Sul in 2024 killed more than 180 people and displaced hundreds of "
             "thousands.\n")
    context = [p.text for p in summarize([Document("S1", "floods.txt", story)]).context]
    assert context and context[0].startswith("BELO HORIZONTE"), context


LEANS_BACK = ("Of those", "Of these", "Another", "It ", "It's", "This ", "That ", "They ", "He ", "She ",
              "Her ", "But ", "However", "Also", "Meanwhile")


@pytest.mark.parametrize("name", ["later/treasury_sanctions.txt", "unseen/guardian_climate.txt",
                                  "newest/election_night_local.txt", "fresh/recall_notice.txt"])
def test_a_sentence_that_leans_on_the_one_before_does_not_set_the_scene(name: str) -> None:
    path = FIXTURES.parent / name
    source = Document("S1", str(path), path.read_text(encoding="utf-8"))
    context = [p.text for p in summarize([source]).context]
    assert len(context) >= 2
    assert not [c for c in context if c.startswith(LEANS_BACK)], context
