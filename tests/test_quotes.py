"""Quotes: every quote found with the person who said it, scare quotes left out, cites exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import NEWS, SHARED, TRANSCRIPT, seed_text

from reportgen.model import Cite, Quote
from reportgen.summarize.quotes import find_quotes, rank_quotes
from reportgen.summarize.text import Span, paragraphs, sentences
from reportgen.summarize.transcript import speaker_turns

FIXTURES = Path(__file__).parent / "fixtures" / "quotes"
GOLD = json.loads((SHARED / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))


def quotes_of(text: str, kind: str, doc_id: str = "S", *, further: bool = False) -> list[Quote]:
    """The quotes an editor would pick from ``text``; with ``further``, the further lines of answers too."""
    found = find_quotes(doc_id, text, paragraphs(text), kind)
    for q in found:
        (cite,) = q.cite
        assert cite.source == doc_id
        assert text[cite.start:cite.end] == q.text, "a quote's cite must be its exact text"
        assert not q.text.startswith(("“", "”", '"')) and not q.text.endswith(("“", "”", '"'))
    return [q for q in found if further or not q.further]


def match(found: list[Quote], gold_text: str) -> Quote | None:
    """The found quote holding the gold text (gold may be a prefix of the whole quoted span)."""
    return next((q for q in found if gold_text in q.text or (len(q.text) > 20 and q.text in gold_text)), None)


def score(found: list[Quote], gold: list[dict]) -> tuple[float, float, list[str]]:
    """Recall of the gold quotes and speaker accuracy over those found, with what went wrong."""
    hits = right = 0
    misses = []
    for g in gold:
        q = match(found, g["text"])
        if q is None:
            misses.append(f"missed: {g['text'][:60]}")
            continue
        hits += 1
        if q.speaker == g["speaker"]:
            right += 1
        else:
            misses.append(f"speaker {q.speaker!r} != {g['speaker']!r}: {g['text'][:50]}")
    return hits / len(gold), right / max(hits, 1), misses


@pytest.mark.parametrize("name", [NEWS, TRANSCRIPT])
def test_every_gold_quote_of_the_seeds_is_found_with_its_speaker(name):
    gold = GOLD["sources"][name]
    found = quotes_of(seed_text(name), gold["kind"])
    recall, accuracy, misses = score(found, gold["quotes"])
    assert (recall, accuracy) == (1.0, 1.0), misses


def test_scare_quotes_of_the_news_seed_are_not_quotes():
    found = quotes_of(seed_text(NEWS), "news")
    for nq in GOLD["sources"][NEWS]["not_quotes"]:
        assert not any(q.text.strip(" ,.") == nq["text"] for q in found)
    assert all(len(q.text.split()) > 3 for q in found)


def test_the_transcript_seed_gives_no_quote_to_the_outlet_or_the_moderator():
    gold = GOLD["sources"][TRANSCRIPT]
    found = quotes_of(seed_text(TRANSCRIPT), "transcript")
    answerers = {s["name"] for s in gold["speakers"] if s["role"] == "answer"}
    assert found and {q.speaker for q in found} <= answerers
    assert not any("question" in q.text.lower() or q.text.endswith("?") for q in found)
    assert not any("five centers" == q.text for q in found)


INLINE_TRANSCRIPT = """Moderator: The floor is open. This question goes to Mr. Gu.
CCTV: What will the ministry do about exports this year?
Gu Jun: We will continue to open the market wider. Our goal is to raise exports by 5 percent this year.
We are confident that the plan will work, and we will report on it in the spring.
"""


@pytest.mark.parametrize("text", [seed_text(TRANSCRIPT), INLINE_TRANSCRIPT], ids=["seed", "inline-labels"])
def test_a_transcript_split_by_the_caller_gives_the_same_quotes(text):
    paras = paragraphs(text)
    found = find_quotes("S", text, paras, "transcript", split=[sentences(p) for p in paras])
    assert found and found == find_quotes("S", text, paras, "transcript")


@pytest.mark.parametrize("text", [seed_text(TRANSCRIPT), INLINE_TRANSCRIPT], ids=["seed", "inline-labels"])
def test_a_transcript_with_turns_from_the_caller_gives_the_same_quotes(text):
    paras = paragraphs(text)
    found = find_quotes("S", text, paras, "transcript", turns=speaker_turns(paras))
    assert found and found == find_quotes("S", text, paras, "transcript")


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.json")))
def test_fixture_quotes_are_found_with_their_speakers(name):
    gold = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    found = quotes_of((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), gold["kind"])
    recall, accuracy, misses = score(found, gold["quotes"])
    assert (recall, accuracy) == (1.0, 1.0), misses
    for nq in gold.get("not_quotes", []):
        assert not any(nq in q.text for q in found), nq
    assert not {q.speaker for q in found} & set(gold.get("not_speakers", []))


def test_missing_opening_mark_starts_the_quote_after_any_metadata_prefix():
    text = seed_text(NEWS)
    first = paragraphs(text)[0]
    starts = (text.index("date 2023-11-30"), text.index("[The region]"), text.index("We should"))
    for start in starts:
        paras = [Span(start, first.end, text[start:first.end]), *paragraphs(text)[1:]]
        q = find_quotes("S", text, paras, "news")[0]
        assert q.text.startswith("We should focus") and q.text.endswith("Can go")
        assert q.speaker == "Xi Jinping"


def test_straight_quotes_read_like_curly_ones():
    curly = seed_text(NEWS)
    straight = curly.replace("“", '"').replace("”", '"')
    as_pairs = [(q.text, q.speaker) for q in quotes_of(curly, "news")]
    assert [(q.text, q.speaker) for q in quotes_of(straight, "news")] == as_pairs


def test_names_come_from_the_text_not_from_a_list():
    text = seed_text(NEWS).replace("Xi Jinping", "Ana Torres").replace("Xi", "Torres")
    text = text.replace("Luo Dajin", "Kofi Mensah")
    speakers = {q.speaker for q in quotes_of(text, "news")}
    assert speakers == {"Ana Torres", "Kofi Mensah"}


@pytest.mark.parametrize(("text", "expected"), [
    (  # a pronoun goes to the last person named, and a short name expands
        "Premier Li Qiang met Finnish President Alexander Stubb in Beijing on Monday.\n\n"
        "“Our two countries have much to learn from each other in green technology,” Stubb said.\n\n"
        "Li said China welcomed Finnish companies. “The door of China will only open wider,” he said.\n",
        [("Our two countries ha", "Alexander Stubb"), ("The door of China wi", "Li Qiang")],
    ),
    (  # after a person called only by title, a pronoun goes to that title
        "Noon briefing by Ana Ruiz, Spokesperson for the Secretary-General.\n\n"
        "The Secretary-General today welcomed the climate report. In a video message, he said: "
        "“Our planet is issuing more distress signals than ever before.”\n\n"
        "Ana Ruiz told reporters the report was published on Tuesday. “We will share the full text "
        "with every delegation this afternoon,” she said.\n",
        [("Our planet is issuin", "Secretary-General"), ("We will share the fu", "Ana Ruiz")],
    ),
])
def test_a_pronoun_goes_to_whoever_was_last_named_or_titled(text, expected):
    assert [(q.text[:20], q.speaker) for q in quotes_of(text, "news")] == expected


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“The bill keeps faith with farmers,” said Sen. John Hoeven (R-N.D.) after the vote.", "John Hoeven"),
    ("“We can no longer afford two hospitals,” said Health Director Monika Aeschbacher (SVP) in Bern.",
     "Monika Aeschbacher"),
    ("“He is the best finisher I have had,” said manager Gary Airey – Danny’s uncle.", "Gary Airey"),
    ("“He is the best finisher I have had,” said manager Gary Airey - Danny’s uncle.", "Gary Airey"),
    ("Its official Korean Central News Agency (KCNA) said the drills were “a rehearsal for invasion.”",
     "Korean Central News Agency"),
    ("Rep. Angie Craig (D-Minn.) said the cuts would “hurt rural clinics more than anyone admits.”",
     "Angie Craig"),
])
def test_a_name_ends_where_a_bracket_or_a_dash_opens(sentence, speaker):
    assert [q.speaker for q in quotes_of(sentence + "\n", "news")] == [speaker]


def test_a_name_does_not_start_inside_a_word():
    text = ("Q.   Who told you?\n"
            "A.   Mr. Brandt, the CFO.  Gary Brandt.\n"
            "Q.   What exactly did Mr. Brandt say?\n"
            "A.   He said, \"Hold Harborview until after the audit.\"  That was it.\n")
    assert [q.speaker for q in quotes_of(text, "transcript")] == ["Gary Brandt"]  # no "O. Gary Brandt"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Atmospheric scientist Dr. Julián Orbegozo of the National University of Cuyo told a newspaper that "no '
     'programme could have stopped a storm of this intensity."', "Julián Orbegozo"),  # his employer after him
    ('A spokesperson for the Department of Health said "the wards are open and fully staffed."',
     "Department of Health"),  # a body's own spokesperson, no person named
    ('Jane Doe from the Red Cross said "the camps are full and the rain has not stopped."', "Jane Doe"),
    ('As Professor Ian Calloway of the Catchment Policy Institute told us, "the system has been marking '
     'its own homework."', "Ian Calloway"),
    ('One mother living in a hotel in Co. Kildare told us: "We have nowhere else to go at all."', None),
    ("Water resources expert Prof. N. Jayaraman of the Centre for Urban Water Studies said the city still "
     "relied on the lakes.\n\n“Chennai loses a third of its treated water to leaks,” he said.",
     "N. Jayaraman"),  # "Urban Water Studies said": the end of the centre's name, no person
])
def test_a_person_before_the_body_they_work_for_is_who_speaks(sentence, speaker):
    assert [q.speaker for q in quotes_of(sentence + "\n", "news")] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sedbergh boss Neil Fawcett was more philosophical. “One defeat in 12 isn’t a crisis. We were second "
     "best for an hour.”", "Neil Fawcett"),
    ("Yuko Sasaki (52), president of the processor Monbetsu Kaisan, expressed concern. “With less raw "
     "material, our factory will run four days a week.”", "Yuko Sasaki"),  # an age in brackets: a person
    ("Officials met Neil Fawcett, the manager, on Monday. “One defeat in 12 isn’t a crisis. We were second "
     "best for an hour.”", None),  # named, but not the subject
])
def test_a_quote_after_a_sentence_that_opens_on_a_person_is_theirs(text, speaker):
    assert [q.speaker for q in quotes_of(text + "\n", "news")] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Today cancer care here stops being something you travel for," said Marcus Ellery, chief executive.\n\n'
     'Among the first to be treated was Margaret "Peggy" Thorne, 71, a retired school secretary.\n\n'
     'Mrs Thorne was told she would need to travel to Birmingham. "I sat on the stairs and cried," she said.',
     "Margaret Thorne"),  # a nickname in quotes inside her name; "she" is not the last man named
    ("The 2024 China (Qiantang) Digital Trade Expo opened in Hangzhou. Datuk Lim Wei Sern, Malaysia's Deputy "
     "Minister of Investment, said trade between China and Malaysia grew.\n\n"
     "\"We see huge potential in digital trade,\" he said.",
     "Lim Wei Sern"),  # a bracket without quotes is no nickname: "China Digital" is nobody
])
def test_a_name_with_a_nickname_in_quotes_is_a_person(text, speaker):
    assert [q.speaker for q in quotes_of(text + "\n", "news")][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kemptal's First Mayor Florian Guggemos (Freie Wähler) also spoke of a bitter day.\n\n"
     "„We will not let our Bräufest die, whatever happens“, the mayor promised.", "Florian Guggemos"),
    ("Solicitor Graham Rennie, defending, said his client had been deeply ashamed of it.\n\nThe solicitor "
     "said the nights in custody had been “a short, sharp lesson”.", "Graham Rennie"),  # a title, no name
    ("Crowds lined the route of the City Mayor parade. “We will not let our festival die, whatever happens,” "
     "the mayor promised.", None),  # no mayor named: nobody, not "City Mayor"
])
def test_a_post_stands_for_whom_the_text_gives_it(text, speaker):
    assert [q.speaker for q in quotes_of(text + "\n", "news")] == [speaker]


def test_speech_set_off_by_dashes_is_quoted_with_its_speaker():
    text = ("The president of the tram company, Tomasz Kedzierski, admits that repairs cost more every year. "
            "– Last year we spent 12 500 zł per tram just on bogie repairs – he said.\n\n"
            "– We have been waiting for this for ten years – says Beata Olszewska, who lives nearby.\n\n"
            "The minister – who took office in May – said the plan was sound.\n")
    assert [(q.text, q.speaker) for q in quotes_of(text, "news")] == [
        ("Last year we spent 12 500 zł per tram just on bogie repairs", "Tomasz Kedzierski"),
        ("We have been waiting for this for ten years", "Beata Olszewska")]


def test_a_dateline_is_no_speaker_and_a_name_before_said_with_a_comma_is_learned():
    text = (
        "NAIROBI / LONDON, 14 July 2026 – \"Heat does not kill at random, and it never has,\" said Dr Miriam "
        "Achieng-Larsen, Executive Director of the Initiative. \"A child born today will live through four "
        "times as many dangerous heat days as her grandparents did.\"\n\n"
        "The report's lead author, Tomás Rivadeneira, said the findings were stark. \"For hundreds of "
        "millions of people, cooling is now a matter of survival,\" he said.\n"
    )
    found = quotes_of(text, "news")
    assert [(q.text[:12], q.speaker) for q in found] == [
        ("Heat does no", "Miriam Achieng-Larsen"),
        ("A child born", "Miriam Achieng-Larsen"),
        ("For hundreds", "Tomás Rivadeneira"),
    ]


@pytest.mark.parametrize(("text", "kept"), [
    ("Economists have described it as a “low-hire, low-fire” market, Jane Roe said.", False),
    ("Ann Lee said the idea that cooling was simply a “luxury good” was wrong.", False),
    ("Ann Lee described the milestone as a “turning point” and said more was to come.", True),
    ("Ann Lee added that the “human cost” of the fraud could not be measured in money.", True),
])
def test_a_short_quoted_term_after_an_article_is_speech_only_when_nothing_marks_it_a_term(text, kept):
    assert bool(quotes_of(text, "news")) is kept


def test_quoted_titles_and_unattributed_fragments_are_not_quotes():
    text = (
        "The city launched the “Clean Air for Every Child” campaign, which follows the "
        "“green and low-carbon transition plan” adopted last year.\n\n"
        "Officials call it a “people-first” approach.\n"
    )
    assert quotes_of(text, "news") == []


def test_an_attributed_short_phrase_is_a_quote():
    text = "Wang Yi, China's foreign minister, urged both sides to “meet each other halfway” on trade.\n"
    assert [(q.text, q.speaker) for q in quotes_of(text, "news")] == [("meet each other halfway", "Wang Yi")]


def test_a_quote_without_attribution_or_prior_speaker_has_no_speaker():
    text = "Notes.\n\n“Rivers remember every flood they have ever carried, long after we forget.”\n"
    (q,) = quotes_of(text, "news")
    assert q.speaker is None


def cite(start: int, source: str = "A") -> tuple[Cite, ...]:
    return (Cite(source, start, start + 10),)


def test_rank_drops_contained_duplicates_and_keeps_the_limit():
    long = Quote("We will open wider to the world and share opportunities.", "Li Qiang", cite(100))
    short = Quote("open wider to the world", "Li Qiang", cite(103))
    other = Quote("Trade is a two-way street for all of us here.", "Wang Yi", cite(10))
    ranked = rank_quotes([long, short, other], 2)
    assert ranked == [other, long]
    assert rank_quotes([long, short, other], 0) == []


def test_rank_prefers_attributed_substantive_quotes_and_reads_in_order():
    anon = Quote("Something was said here by someone at some point today.", None, cite(0))
    said = Quote("We are committed to opening up, and we will keep our promises.", "Gu Jun", cite(50))
    thanks = Quote("Thank you for your question, it is a good one.", "Gu Jun", cite(30))
    assert rank_quotes([anon, thanks, said], 1) == [said]
    assert rank_quotes([thanks, said], 1) == [said]
    later = Quote("We will build a new airport in the east of the city by 2030.", "Gu Jun", cite(200))
    assert rank_quotes([later, anon, said], 2) == [said, later]


def test_rank_gives_every_source_a_quote_before_a_second_from_one():
    many = [Quote(f"We will do thing number {i} for the people of this city.", "A B", cite(i * 100))
            for i in range(5)]
    lone = Quote("Short but said.", None, cite(0, "B"))
    ranked = rank_quotes([*many, lone], 3)
    assert lone in ranked and len(ranked) == 3
    assert [q.cite[0].source for q in ranked] == ["A", "A", "B"]


def test_the_ministry_said_names_the_body_and_appositives_are_skipped():
    text = (
        "China's Ministry of Commerce on Thursday announced new rules on export controls for graphite.\n\n"
        "“The measures are not targeted at any specific country or region,” the ministry said.\n\n"
        "Zhang Li, 45, a trader in Shenzhen, said: “Prices have already gone up by about 10 percent.”\n\n"
        "“We are ready,” Smith said, “to talk at any time, anywhere, with anyone.”\n"
    )
    assert [(q.text, q.speaker) for q in quotes_of(text, "news")] == [
        ("The measures are not targeted at any specific country or region", "Ministry of Commerce"),
        ("Prices have already gone up by about 10 percent.", "Zhang Li"),
        ("We are ready", "Smith"),
        ("to talk at any time, anywhere, with anyone.", "Smith"),
    ]


def test_ranking_both_seeds_to_eight_keeps_every_gold_quote():
    found = []
    for doc_id, name in (("S1", NEWS), ("S2", TRANSCRIPT)):
        found += quotes_of(seed_text(name), GOLD["sources"][name]["kind"], doc_id)
    ranked = rank_quotes(found, 8)
    assert len(ranked) <= 8
    for doc_id, name in (("S1", NEWS), ("S2", TRANSCRIPT)):
        own = [q for q in ranked if q.cite[0].source == doc_id]
        recall, accuracy, misses = score(own, GOLD["sources"][name]["quotes"])
        assert (recall, accuracy) == (1.0, 1.0), misses


def test_she_passes_over_a_man_named_later():
    text = ("Ms. Maria Lopez, the envoy, met Mr. Tom Brown on Monday.\n\n"
            "“We had a frank and useful talk about the harbour,” she said.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Maria Lopez"]


def test_rank_with_more_sources_than_the_limit_keeps_the_limit():
    quotes = [Quote(f"We will build {n} new bridges across the river this year", f"Speaker {n}",
                    (Cite(f"S{n}", 0, 10),)) for n in range(1, 30)]
    quotes += [Quote("Nothing to add here at all today", None, (Cite("S40", 0, 5),))] * 3
    kept = rank_quotes(quotes, 5)
    assert len(kept) == 5
    assert len({q.cite[0].source for q in kept}) == 5


def test_single_marks_are_quotes_only_in_pairs_and_apostrophes_stay():
    text = ("‘We are ready,’ said Ann Lee. The council’s plan, she said, was ‘sound’.\n\n"
            "Officials don't expect delays in the ’90s-era depot, Lee said.\n")
    found = quotes_of(text, "news")
    assert [(q.text, q.speaker) for q in found] == [("We are ready", "Ann Lee")]


def test_a_quote_over_paragraphs_in_single_marks_opens_each_and_closes_once():
    text = ("URTW general secretary Kieran Moynihan said:\n\n"
            "'This is a massive mandate. Thousands of our members turned out.\n\n"
            "'Our members kept this railway running through floods and a pandemic.\n\n"
            "'Nobody wants to strike. Our door is open.'\n\n"
            "The company's offer, it said, was 'fair and affordable'.\n")
    found = quotes_of(text, "news")
    assert [q.speaker for q in found[:3]] == ["Kieran Moynihan"] * 3
    assert [q.text for q in found[:3]] == [
        "This is a massive mandate. Thousands of our members turned out.",
        "Our members kept this railway running through floods and a pandemic.",
        "Nobody wants to strike. Our door is open."]


def test_a_single_marked_quote_that_runs_on_after_the_speaker_opens_each_paragraph_it_fills():
    text = ("Councillor Nadia Brennan-Oduya does not dispute the figures.\n\n"
            "‘We are doing everything a council can do,’ she says. ‘But let’s be honest about the scale "
            "of it. We completed 412 social rented homes last year.\n\n"
            "‘Every pound we spend on a hotel room is a pound we are not spending on a home.’\n")
    found = quotes_of(text, "news")
    assert [(q.text[:20], q.speaker) for q in found] == [
        ("We are doing everyth", "Nadia Brennan-Oduya"), ("But let’s be honest ", "Nadia Brennan-Oduya"),
        ("Every pound we spend", "Nadia Brennan-Oduya")]


def test_a_text_quoting_in_both_kinds_of_marks_is_read_without_swapping_them_back_and_forth():
    # The single marks quote more than the double ones, so they are read as the quotes; swapped, the
    # former doubles would outnumber them in turn: the marks are swapped once, never back and forth.
    text = ("Shona Keane has lived in a hotel room for fourteen months, she says.\n\n"
            "‘The first night,’ she says, ‘I didn’t unpack anything. I thought we were staying.\n\n"
            "‘That was fourteen months ago. The boys have had two birthdays in this room.’\n\n"
            "Councillor Nadia Brennan-Oduya spoke next.\n\n"
            "“We are doing everything a council can do,” she says. “But let’s be honest about it.\n\n"
            "“Every pound we spend on a hotel room is a pound we are not spending on a home.”\n")
    assert [q.text[:20] for q in quotes_of(text, "news")] == [
        "I didn’t unpack anyt", "That was fourteen mo"]


_LETTER = ("2025 Letter to Shareholders\n\nTo our shareholders,\n\n"
           "When I wrote to you a year ago, I said that we would grow faster and earn more. I am pleased to "
           "report that we did both.\n\n"
           "Our margin expanded by 150 basis points, and we now serve more than 62,000 business customers "
           "in 31 countries.\n\n"
           "I have never been more confident in our position, and I thank every one of our colleagues.\n\n"
           "{closing}\n\n{signers}\n\n"
           "This letter contains forward-looking statements that we undertake no obligation to update.\n")


def test_a_letter_signed_by_one_person_is_her_words_up_to_her_signature():
    text = _LETTER.format(closing="Sincerely,",
                          signers="Helen Marchetti-Boyd\nChair and Chief Executive Officer\nMeridale Inc.")
    found = quotes_of(text, "other", further=True)
    assert found and {q.speaker for q in found} == {"Helen Marchetti-Boyd"}
    assert any(q.text.startswith("I have never been more confident") for q in found)
    assert not any("forward-looking" in q.text for q in found)


def test_a_letter_to_shareholders_is_its_signer_s_words_though_it_closes_on_no_sincerely():
    text = _LETTER.replace("To our shareholders,", "Dear Shareholder,").format(
        closing="We closed our Wakefield bakery, which needed an invest-\n\n"
                "ment of around £30m simply to meet modern hygiene standards.",
        signers="Sir Gareth Pryce\nChairman\n4 March 2025")
    found = quotes_of(text, "other", further=True)
    assert found and {q.speaker for q in found} == {"Gareth Pryce"}
    assert any(q.text.startswith("I have never been more confident") for q in found)
    assert not any("forward-looking" in q.text or q.text.startswith("ment") for q in found)


def test_a_letter_signed_by_several_is_nobody_s_words():
    text = _LETTER.format(closing="Yours sincerely,", signers=(
        "Gráinne Ní Bhraonáin, Chief Executive, Safe Harbour Ireland\n"
        "Dr Fionnuala Keogh, President, Irish Society of Paediatric Medicine"))
    assert quotes_of(text, "other", further=True) == []


def test_he_says_is_nobody_when_only_women_were_named_before():
    text = ("Ruth Adeyemi, a professor of urban policy, said rents had risen.\n\n"
            "Adeyemi’s research suggests rentals have fallen. She puts the blame on what she calls bad "
            "policy.\n\n"
            "Graham Pike used to own 14 flats in Easton.\n\n"
            "“I’m not the villain here, whatever people think,” he says.\n")
    assert [q.speaker for q in quotes_of(text, "news")] in ([], [None])


@pytest.mark.parametrize(("before", "speaker"), [
    ("Ms Anna Cole won the final. Asked about the last point, she smiled.", "Anna Cole"),
    ("Ms Anna Cole won the final. Outside the court, her brother wept.", None),  # the subject is another
])
def test_a_quote_after_a_sentence_whose_subject_is_she_is_hers(before: str, speaker: str | None) -> None:
    text = f"{before} “I thought it would never end, honestly, and my legs were gone.”\n"
    (q,) = quotes_of(text, "news")
    assert q.speaker == speaker


def test_a_line_naming_someone_by_role_and_ending_on_a_colon_introduces_their_quote():
    text = ("Sky Sports News' chief reporter Sam Whitcombe:\n\n"
            "\"This is a deal that has been in the works for most of the summer.\"\n")
    (q,) = quotes_of(text, "news")
    assert q.speaker == "Sam Whitcombe"


def test_a_minister_s_portfolio_in_two_parts_is_part_of_the_title():
    text = ("\"Nobody will be left behind. The money is on its way,\" Integration and Regional Development "
            "Minister Helena Prado Vasconcelos said in a statement.\n")
    (q,) = quotes_of(text, "news")
    assert q.speaker == "Helena Prado Vasconcelos"


def test_a_quote_with_a_trailing_comma_is_cited_without_it():
    text = "“Ohio is ready for this,” Governor Mike DeWine said on Friday.\n"
    (q,) = quotes_of(text, "news")
    assert (q.text, q.speaker) == ("Ohio is ready for this", "Mike DeWine")


def test_an_interview_answer_is_given_to_whom_the_interview_is_with_not_to_a():
    text = (Path(__file__).parent / "fixtures" / "sources" / "transcript_qa.txt").read_text(encoding="utf-8")
    found = quotes_of(text, "transcript")
    assert found and {q.speaker for q in found} == {"Minister of Energy"}
    untitled = text.replace("Interview with the Minister of Energy", "Energy")
    assert {q.speaker for q in quotes_of(untitled, "transcript")} == {None}


@pytest.mark.parametrize("attribution", [
    "said chief executive Sarah Lyle.",
    "said chief executive officer Sarah Lyle, who joined in 2020.",
    "chief executive Sarah Lyle told reporters.",
    "Marks chief executive Sarah Lyle said.",
    "the company's chief executive Sarah Lyle said.",
])
def test_a_job_title_of_several_words_before_the_name_still_names_the_speaker(attribution):
    text = f"Retailer lifts profits.\n\n“We have had a strong year,” {attribution}\n"
    found = [(q.text, q.speaker) for q in quotes_of(text, "news")]
    assert found == [("We have had a strong year", "Sarah Lyle")]


def test_words_before_the_name_that_are_no_job_title_do_not_make_a_speaker():
    text = "Retailer lifts profits.\n\n“We have had a strong year,” as Sarah Lyle told reporters.\n"
    assert all(q.speaker != "Sarah Lyle" for q in quotes_of(text, "news"))


def test_a_partial_quote_after_a_present_tense_verb_is_named_speech():
    text = ("Tax bills will rise.\n\nIt is a budget that council leader Cllr Martin Rowe admits will hit "
            "“every corner of the borough”.\n")
    found = [(q.text, q.speaker) for q in quotes_of(text, "news")]
    assert found == [("every corner of the borough", "Martin Rowe")]


@pytest.mark.parametrize("verb", ["observes", "concludes", "contends", "acknowledges", "replies"])
def test_a_judgment_summary_s_present_tense_verbs_say_who_speaks(verb: str) -> None:
    # a court's press summary reports its judges in the present tense
    text = ("The appeal is dismissed.\n\n\u201cThe clause fixes the rate for every day of delay,\u201d Lord "
            f"Ferrier {verb}, \u201chowever long the delay lasts.\u201d [44]\n")
    assert {q.speaker for q in quotes_of(text, "other")} == {"Lord Ferrier"}


def test_a_short_partial_quote_is_kept_only_with_a_speaker_and_never_after_so_called():
    text = ("Budget approved.\n\nCllr Graham Whitlock said the council had “lost control” of the budget.\n\n"
            "Critics of the so-called “green premium” stayed away.\n\nIt was a “showcase” for the city.\n")
    found = [(q.text, q.speaker) for q in quotes_of(text, "news")]
    assert found == [("lost control", "Graham Whitlock")]


def test_one_quoted_word_is_no_quote_but_names_who_goes_on_to_speak():
    # the references disagree on one word said of a thing; the quote that goes on its clause is speech
    text = ("Output falls.\n\nAnalyst Tom Haverford said the decision was \"overdue\" and would be "
            "\"welcomed by the market once the shock wears off\".\n\n"
            "It was a \u201cshowcase\u201d for the region and \u201cnot the last\u201d of its kind.\n")
    found = [(q.text, q.speaker) for q in quotes_of(text, "news")]
    assert found == [("welcomed by the market once the shock wears off", "Tom Haverford")]


def test_a_name_set_off_after_its_job_title_is_the_speaker():
    text = ("Pain grows.\n\nThe alliance’s chief executive, Rachel Dunmore, said joint pain was "
            "“a hidden crisis that is costing the economy billions”.\n")
    found = [(q.text, q.speaker) for q in quotes_of(text, "news")]
    assert found == [("a hidden crisis that is costing the economy billions", "Rachel Dunmore")]


@pytest.mark.parametrize("sentence", [
    "Protesters outside Jane Doe's office chanted:",
    "They wrote a letter to Jane Doe:",
])
def test_a_name_that_is_not_the_subject_before_a_colon_is_no_speaker(sentence):
    text = (f"Talks.\n\nJane Doe, 45, a nurse, joined the protest. {sentence} "
            "“We want a fair deal for every nurse in the county.”\n")
    assert all(q.speaker != "Jane Doe" for q in quotes_of(text, "news"))


def test_the_president_is_not_the_spokesperson_for_the_president():
    from reportgen.summarize.people import People

    text = "Briefing by Stéphane Dujarric, Spokesperson for the President.\n\nThe chief spoke.\n"
    people = People(text)
    assert people.resolve("Spokesperson", 10) == "Stéphane Dujarric"
    assert people.resolve("the President", 80) != "Stéphane Dujarric"


def test_single_marks_quote_when_double_ones_only_quote_inside_them():
    text = ("‘They tell us “be patient, the water is coming” every summer,’ said Zahra Kadhim, a farmer.\n\n"
            "‘Patience doesn’t grow tomatoes,’ she added. The word “emergency” means nothing here.\n\n"
            "‘We are not asking for miracles, only for water in the canals,’ Kadhim said.\n")
    found = quotes_of(text, "news")
    assert [(q.text, q.speaker) for q in found] == [
        ("They tell us “be patient, the water is coming” every summer", "Zahra Kadhim"),
        ("Patience doesn’t grow tomatoes", "Zahra Kadhim"),
        ("We are not asking for miracles, only for water in the canals", "Zahra Kadhim"),
    ]


def test_double_marks_stay_the_quotes_when_single_ones_only_quote_inside_them():
    text = ("“He told me ‘go home’ and I went, because the shelter was full,” said Ann Lee.\n\n"
            "“We will reopen the shelter on Monday with forty beds,” the mayor, Tom Brown, said.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Ann Lee", "Tom Brown"]


@pytest.mark.parametrize("text", [
    "Reviews\n\n“Sold in 9 days, above asking! Couldn’t recommend the Cardiff team more.” — Sarah T., "
    "Cardiff\n",
    "Minutes\n\nSeveral of these members said policy would be set “meeting by meeting” from now on.\n",
])
def test_a_customer_s_testimonial_and_words_of_several_unnamed_are_no_quotes(text):
    assert quotes_of(text, "other") == []


def test_a_pull_quote_credited_to_a_person_the_text_names_is_hers():
    text = ("Episode 147\n\nThis week Marcus sits down with labour economist Dr. Priya Ramaswamy, who says "
            "hybrid work has found a floor.\n\n\"The office isn't dead. It's just become a meeting room "
            "with a commute attached.\" — Dr. Priya Ramaswamy\n")
    assert [q.speaker for q in quotes_of(text, "other")] == ["Priya Ramaswamy"]


def test_a_claim_credited_on_the_line_under_it_is_the_credited_person_s():
    text = ("Fact check: have grocery prices jumped 40%? Not according to Statistics Canada\n\n"
            "CLAIM\n“Under this government, grocery prices have jumped 40% in just three years.”\n"
            "— Darren Holloway, Official Opposition finance critic, in a post on X, Feb. 27, 2025\n\n"
            "The post by Darren Holloway, the opposition's finance critic, was viewed 1.3 million times.\n\n"
            "Statistics Canada data show store food prices rose 21.8% over the three years.\n")
    assert [(q.text[:20], q.speaker) for q in quotes_of(text, "news")] == [
        ("Under this governmen", "Darren Holloway")]


def test_a_post_of_a_body_then_the_name_after_a_comma_is_that_person():
    text = ("The club was fined and docked three points.\n\n"
            "\"What happened at Limfjord Park was unacceptable and dangerous,\" said the chair of the "
            "Disciplinary Committee, Hanne Kjærgaard Holm.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Hanne Kjærgaard Holm"]


def test_double_marks_stay_the_quotes_when_single_ones_only_mark_codes():
    text = ("Registrations rose in February, as ever after the new '261' plate, and fell short of the "
            "'262' plate's year.\n\nSiobhán Carrick-Doyle, the chief executive, said: \"February's numbers "
            "are encouraging for everyone in the trade.\n\n\"We are asking Government to commit to stable "
            "supports through to 2028,\" she added.\n")
    assert [q.speaker for q in quotes_of(text, "other")] == ["Siobhán Carrick-Doyle"] * 2


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“The situation is catastrophic, and I do not use that word lightly,” Minister of Water Resources "
     "Rashid Mahdi al-Obaidi told reporters.", "Rashid Mahdi al-Obaidi"),
    ("“We are not asking for miracles, only for water in the canals,” al-Hilfi said. Majid al-Hilfi, "
     "the deputy governor, spoke on Wednesday.", "Majid al-Hilfi"),
    ("“Along the road you pass whole villages where the doors are padlocked,” said Al Jazeera’s Hassan "
     "Raheem, reporting from Basra.", "Hassan Raheem"),
    ("“We have made our position on the dam very clear to Ankara,” said Minister of Foreign Affairs "
     "Fuad Hussein.", "Fuad Hussein"),
    ("Provincial Minister of Production Rodrigo Ezcurra Maldonado said that “nobody in this province has "
     "ever seen hail like this.”", "Rodrigo Ezcurra Maldonado"),
    ("“The season starts in May,” said Minister of Fisheries Ana Lopes.", "Ana Lopes"),
])
def test_speakers_named_with_particles_ministries_and_owners(sentence: str, speaker: str) -> None:
    (q,) = quotes_of(sentence + "\n", "news")
    assert q.speaker == speaker


def test_an_age_for_a_subject_and_a_name_spoken_of_only_by_family_name_are_the_last_person():
    text = ("In Abu al-Khasib, Abbas Jaber has stopped watering the palms his family has farmed.\n\n"
            "“We are drinking salt now, not water,” the 58-year-old told Al Jazeera.\n\n"
            "Jaber said that of his 400 palms, fewer than 90 still bear fruit.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Abbas Jaber"]


@pytest.mark.parametrize(("answer", "quoted"), [
    # A non-answer or a word about the proceedings is passed over for what the speaker holds.
    ("I'm not going to comment on any specific poll from this podium. Families are paying less for "
     "groceries than they were a year ago, and that matters more.",
     "Families are paying less for groceries than they were a year ago, and that matters more."),
    ("I'm joined by the deputy chief and by the head of our homicide unit. This is the kind of "
     "case that tears at a whole community, and we owe the family answers.",
     "This is the kind of case that tears at a whole community, and we owe the family answers."),
    ("[The letter referred to has been retained in the committee files.] The cuts fall hardest on "
     "rural counties, which have the fewest other places to turn for help.",
     "The cuts fall hardest on rural counties, which have the fewest other places to turn for help."),
    # A denial is a stance: quoted before a plain report of what happened.
    ("The council met on Tuesday to review the plan for the new lighting in the park. The lighting "
     "money wasn't cut, whatever you may have read this week.",
     "The lighting money wasn't cut, whatever you may have read this week."),
    # A commitment is what every answer is made of: it does not lift a line over the speaker's view.
    ("These were kids at a birthday gathering in a public park. We will keep more officers in the "
     "neighbourhood for as long as it takes.",
     "These were kids at a birthday gathering in a public park."),
    # A line too long to quote whole is paraphrased; the short one is quoted.
    ("We spent the whole of the winter going through every line on the network, section by section, "
     "with the inspectors from the regional office and the engineers from the two contractors who "
     "maintain the track. The mountain lines are in the worst shape.",
     "The mountain lines are in the worst shape."),
    # Handing over to a colleague is procedure, however the answer goes on.
    ("Good afternoon. I have one thing at the top before I hand it over to my colleague. The department "
     "is announcing new money for grid upgrades, and that work will start this summer.",
     "The department is announcing new money for grid upgrades, and that work will start this summer."),
    ("The work will start this summer. With that, I'd like to bring up Paul Okafor, who will walk you "
     "through where the ceasefire talks stand this week.",
     "The work will start this summer."),
    ("The request is before the committee today. I now turn to the Ranking Member, Senator Okafor, "
     "who I believe has questions on the budget.",
     "The request is before the committee today."),
    # Suspending a sitting, objecting that a witness be let finish, ending an examination, prompting a
    # guest: the running of the room.
    ("We'll suspend for a few minutes to change panels. The bank has raised its rate five times since "
     "March and will hold it there.",
     "The bank has raised its rate five times since March and will hold it there."),
    ("Your Honor, the witness should be allowed to finish his answer. The formula had a band, a floor "
     "and a ceiling, and we priced within it.",
     "The formula had a band, a floor and a ceiling, and we priced within it."),
    # Declining to comment, however politely put, is a non-answer too.
    ("I would not want to comment on the term you quoted beyond that. The minister sees this as "
     "confirmation of the course.",
     "The minister sees this as confirmation of the course."),
])
def test_a_transcript_answer_is_quoted_for_its_stance_not_its_procedure(answer, quoted):
    text = f"Q: What do you say to that?\n\nMARIA SOTO: {answer}\n\nQ: Thank you.\n"
    found = quotes_of(text, "transcript")
    assert [(q.text, q.speaker) for q in found] == [(quoted, "Maria Soto")]


def test_the_rest_of_an_answer_is_kept_as_further_lines_in_reading_order():
    # A brief quotes the line an editor would pick; the briefing file keeps the answer's other
    # substantive lines too, the evidence a user may promote, but never its procedure or a short aside.
    answer = ("Thank you for your question. The lighting money wasn't cut, whatever you may have read "
              "this week. We spent the winter checking every lamp post in the park with the contractors. "
              "That is enough for now. New lamps go up along the river path in the spring.")
    text = f"Q: What about the park?\n\nMARIA SOTO: {answer}\n\nQ: Thank you.\n"
    everything = quotes_of(text, "transcript", further=True)
    picked = [q.text for q in everything if not q.further]
    further = [q.text for q in everything if q.further]
    assert picked == ["The lighting money wasn't cut, whatever you may have read this week."]
    assert further == ["We spent the winter checking every lamp post in the park with the contractors.",
                       "New lamps go up along the river path in the spring."]
    assert {q.speaker for q in everything} == {"Maria Soto"}


def test_further_lines_follow_every_pick_and_are_left_out_without_the_rest():
    pick = Quote("We will build a new airport in the east of the city by 2030.", "Gu Jun", cite(200))
    more = Quote("The first runway opens in the spring of the year after next.", "Gu Jun", cite(300),
                 further=True)
    other = Quote("Trade is a two-way street for all of us here.", "Wang Yi", cite(10, "B"))
    assert rank_quotes([more, pick, other], 5) == [pick, other]  # room to spare: still not shown
    assert rank_quotes([more, pick, other], 1, keep_rest=True)[-1] == more
    assert rank_quotes([more, pick, other], 5, keep_rest=True) == [pick, other, more]


def test_a_single_marked_quote_beside_its_speaker_is_one_in_a_text_that_quotes_with_double_marks():
    # hurried copy quotes a line or two with single marks; there, only words set beside the verb that
    # names their speaker are quoted, not a headline's or a scare quote's
    text = ("Millbrook cuts 14 bus routes\n\n"
            '"We are out of options," transport director Marcus Delgado said on Tuesday. "I drove a route '
            'myself last week." The district has 62 drivers, down from 99.\n\n'
            'Superintendent Angela Whitfield called it "the hardest decision I have made in this job."\n\n'
            '"Four days\' notice. Four days," said Jenna Ruiz, whose son is losing his bus. "What am I '
            'supposed to do?"\n\n'
            "Another parent, Tom Kessler, said he understood the district's position but wanted a plan. "
            "'Tell us when the routes come back. Give us a number,' he said.\n\n"
            "The mayor, Jan Holt, said: 'The money is already spent and we cannot get it back.'\n\n"
            "READ MORE: Districts face 'worst driver shortage in a decade,' survey finds\n\n"
            "Parents called the decision 'a slap in the face for working families' on Facebook.\n")
    assert {q.text: q.speaker for q in quotes_of(text, "news")} == {
        "We are out of options": "Marcus Delgado", "I drove a route myself last week.": "Marcus Delgado",
        "the hardest decision I have made in this job.": "Angela Whitfield",
        "Four days' notice. Four days": "Jenna Ruiz", "What am I supposed to do?": "Jenna Ruiz",
        "Tell us when the routes come back. Give us a number": "Tom Kessler",
        "The money is already spent and we cannot get it back.": "Jan Holt"}


def test_a_call_s_review_quoting_the_caller_in_single_marks_leaves_its_own_notes_nobody_s():
    # a 999 call's transcript, then the review's notes in its own words, the last of them quoting the
    # caller with single marks: his words are his; the notes after the call are not
    from reportgen.sources.reading import Document
    from reportgen.summarize.per_source import study
    path = FIXTURES.parent / "abroad" / "rochdale_tower_fire_999_call_transcript_review_annex.txt"
    found = study(Document("S1", path.name, path.read_text(encoding="utf-8"))).quotes
    said = {q.text: q.speaker for q in found}
    assert said["The lady on the phone kept me calm and she kept my daughter awake. I do not blame her. I "
                "blame whoever decided what she was allowed to tell us, and how long it took them to change "
                "their minds."] == "Kamran Aziz"
    assert not [t for t in said if t.startswith(("Fire Control", "In all", "Call 7", "The younger child"))]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We heard them,” House Speaker Lorena Batts told supporters. “They want a House that listens,” "
     "Speaker Batts said.", "Lorena Batts"),
    ("“I am confident the numbers will hold,” Republican Carla Dunmore said on Tuesday.", "Carla Dunmore"),
    ("“We have evacuated more than 4,000 people by boat,” said Director-General Abdirahman Farah Jimale.",
     "Abdirahman Farah Jimale"),
    ("“Families have lost everything again,” said the Humanitarian Coordinator for Somalia, Marguerite "
     "Oyelaran, after visiting Beledweyne.", "Marguerite Oyelaran"),
    ("Park Seo-yeon, a research fellow at the institute, said the package was small. “It mostly helps "
     "households that would have spent the money anyway,” Park said.", "Park Seo-yeon"),
    ("Asked about the findings, the managing director, Eng. Peter Ouma Nyakach, said the utility "
     "\"welcomes any evidence that helps us reach the unserved\".", "Peter Ouma Nyakach"),
    ("The envoy, Amb. Salif Diarra, told reporters the mission \"will stay until the job is done\".",
     "Salif Diarra"),  # an engineer's and an ambassador's titles, as East and West Africa write them
    ("The operator, Jade Pilling, took the call at 02:17.\n\nFCO Pilling told the Review: \"I knew from "
     "the sound of his voice that the corridor was gone.\"", "Jade Pilling"),  # her post in capitals
    ("The operator, Jade Pilling, took the call at 02:17.\n\nD.9 FCO Pilling told the Review: \"I knew "
     "from the sound of his voice that the corridor was gone.\"", "Jade Pilling"),  # a report's numbering
    ("Last month I was at the landing centre. A woman named Kuni Behera, who has sold fish there for "
     "years, held my hand and said, \"Sir, the fish does not wait for the truck.\"", "Kuni Behera"),
    ("\"This is fraud against the consumer, plain and simple,\" said the head of the task force, Brig. Gen. "
     "Andi Rahmat Saputra.", "Andi Rahmat Saputra"),
    # one word a post in lower case introduces and a speech verb follows; the place before it is no person
    ("At Kramat Jati market in East Jakarta, cooking oil trader Sutrisno said he had bought oil since "
     "September.\n\n\"I would lose money on every bottle I sold,\" the 52-year-old said.", "Sutrisno"),
    ("Cabinet member for finance, Cllr Gwenllian ap Rhys, told the chamber: \"Nobody in this room came into "
     "public life to put up council tax.\"\n\nCllr ap Rhys added: \"There are no easy answers for any of us "
     "in this chamber.\"", "Gwenllian ap Rhys"),  # the Welsh "ap" (son or daughter of) joins a name
])
def test_speakers_behind_titles_parties_appositives_and_surnames_that_name_places(text, speaker):
    assert {q.speaker for q in quotes_of(text, "news")} == {speaker}


def test_a_statement_announced_in_the_paragraph_before_is_the_announcer_s_whoever_the_title():
    text = ("An IMF staff team led by Ms. Ana Ferreira held discussions with the authorities.\n\n"
            "At the conclusion of the mission, Ms. Ferreira issued the following statement:\n\n"
            "“Program performance has been broadly satisfactory. All quantitative criteria were met.\n\n"
            "“The IMF team would like to thank the authorities for their candid discussions.”\n")
    found = quotes_of(text, "other")
    assert found and {q.speaker for q in found} == {"Ana Ferreira"}


def test_an_answer_is_quoted_for_its_view_not_for_its_numbers():
    # The key figures carry the numbers; the quote is the view only the speaker can give.
    text = (
        "Press conference of the Ministry of Trade\n\n"
        "Moderator: Good morning. The spokesperson will take your questions.\n\n"
        "Reporter: How did exports do in the first half?\n\n"
        "Liu Fang: Exports rose 12 percent to 4.5 billion dollars in the first half of the year. "
        "Shipments to the region grew by 8 percent over the same period last year. "
        "We firmly believe that open markets serve every country that trades with us. "
        "Machinery made up 40 percent of the total, up from 35 percent a year earlier. "
        "Services exports reached 900 million dollars, a rise of 6 percent. "
        "Imports of energy fell by 3 percent in volume over the six months. "
        "The trade surplus widened to 1.2 billion dollars in the period. "
        "Small firms accounted for 55 percent of exporters this year.\n\n"
        "Moderator: Thank you. That concludes today's press conference.\n"
    )
    found = quotes_of(text, "transcript")
    assert [q.text for q in found] == [
        "We firmly believe that open markets serve every country that trades with us."
    ]
    assert found[0].speaker == "Liu Fang"


@pytest.mark.parametrize("kind", ["news", "transcript"])
def test_words_a_post_or_a_sign_carried_are_nobody_s_quote(kind: str) -> None:
    text = ("LT. RAY CASTILLO: We recovered two handguns and made three arrests this morning.\n\n"
            "REPORTER: There was a post circulating over the weekend saying \"retaliation is coming.\" "
            "Are you concerned?\n\n"
            "CHIEF DANA MORROW: We've seen that post and we're taking it seriously, and patrols are up.\n")
    assert not [q for q in quotes_of(text, kind) if "retaliation" in q.text and q.speaker]


def test_a_person_saying_something_is_still_their_quote() -> None:
    text = ("Mayor Grace Okonjo spoke outside city hall on Monday, saying \"this city grieves with you.\"\n")
    [quote] = quotes_of(text, "news")
    assert quote.speaker == "Grace Okonjo"


def test_rank_can_keep_every_quote_after_the_shown_ones_best_first() -> None:
    def q(text: str, src: str, start: int, speaker: str | None = "Ana Lim") -> Quote:
        return Quote(text, speaker, (Cite(src, start, start + len(text)),))

    quotes = [q("Nobody here wants another year of delays on the bypass.", "a", 0),
              q("Ok.", "a", 100, None),
              q("Our budget is balanced and the reserves are the highest they have been.", "b", 0),
              q("We will build ten new schools across the county", "b", 200),
              q("We will build ten new schools across the county by the end of next year.", "a", 300),
              q("The reserves are the highest they have been.", "b", 400)]
    shown = rank_quotes(quotes, 2)
    assert [x.text[:6] for x in shown] == ["Nobody", "We wil"]  # one each, by source
    every = rank_quotes(quotes, 2, keep_rest=True)
    assert every[:2] == shown
    # The substantive before the bare reply; no repeat of a shown quote, nor one inside another of its source
    assert every[2:] == [quotes[2], quotes[1]]


def test_a_second_quote_in_the_same_sentence_is_the_same_speakers():
    text = (
        "Catherine Ashdown, the governor, said the outlook was “genuinely uncertain” and that the committee "
        "would “take each decision as it comes”.\n\n"
        "Tom Reid, the coach, said he had “no complaints” but Anna Vale called the display “a yard off it”.\n"
    )
    assert [(q.text, q.speaker) for q in quotes_of(text, "news")] == [
        ("genuinely uncertain", "Catherine Ashdown"),
        ("take each decision as it comes", "Catherine Ashdown"),
        ("no complaints", "Tom Reid"),  # the second words are named as another's
        ("a yard off it", "Anna Vale"),
    ]


@pytest.mark.parametrize("role", [
    "Turkey’s ambassador to Baghdad",
    "Meanwhile, an energy analyst with Lagos-based Beacon Advisory",  # where the role is worked
    "A spokesman from the Kurdistan Regional Government",
])
def test_a_name_set_off_after_a_role_of_somewhere_is_the_speaker(role: str) -> None:
    text = (f"{role}, Selim Karaosman, said Ankara had acted “despite the severe drought affecting our own "
            "farmers”.\n")
    (q,) = quotes_of(text, "news")
    assert q.speaker == "Selim Karaosman"


@pytest.mark.parametrize("opening", [
    "Minister for Finance, Public Spending and Digital Reform, Darragh Byrne, said:",
    "The Deputy Secretary-General for Trade, Fisheries and Pacific Tourism, Malia Kofe, added:",
])
def test_a_post_whose_portfolio_holds_commas_gives_way_to_the_name_set_off_after_it(opening: str) -> None:
    text = (f"The scheme opens to councils on Monday.\n\n{opening} \u201cEvery council will know by June "
            "what it can build.\u201d\n")
    (q,) = quotes_of(text, "news")
    assert q.speaker == opening.split(", ")[-2]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“Roughly a third of local roads are still poor,” Vice-Minister of Transport Nurlan Sadvakasov told "
     "journalists.", "Nurlan Sadvakasov"),
    ("Its vice-president for water, Sandrine Le Bihan, admitted the timetable was «too slow».",
     "Sandrine Le Bihan"),
])
def test_a_hyphenated_post_is_a_post(sentence: str, speaker: str) -> None:
    text = f"Road works begin.\n\nThe Ministry of Transport has a new plan.\n\n{sentence}\n"
    assert [q.speaker for q in quotes_of(text, "news")] == [speaker]


def test_a_quoted_crosshead_gives_way_to_the_attributed_words_it_repeats():
    text = (
        "Officials from Ankara said the two countries must share data on the river's flow every week.\n\n"
        "“You can’t fight the sea with a bucket”\n\n"
        "“The palms are dying. You can’t fight the sea with a bucket,” said Abbas Jaber, a farmer.\n"
    )
    assert [(q.text, q.speaker) for q in quotes_of(text, "news")] == [
        ("The palms are dying. You can’t fight the sea with a bucket", "Abbas Jaber")]


def test_it_said_gives_the_quote_to_the_body_quoted_before_it_but_never_to_a_person():
    body = ("The Karari Emergency Response Room, a volunteer group, said in a statement that the RSF fired "
            "“indiscriminate artillery shells at the busiest hour of the day” on the market.\n\n"
            "It said the death toll was “expected to rise as many of the wounded are in critical "
            "condition”.\n")
    assert [q.speaker for q in quotes_of(body, "news")] == ["Karari Emergency Response Room"] * 2
    person = ("Ms Dana Reyes said the plan was “the best we could do in the time we had”.\n\n"
              "It said the toll was “expected to rise as many of the wounded are in critical condition”.\n")
    assert [q.speaker for q in quotes_of(person, "news")] == ["Dana Reyes"]


SPEECH_BODY = ("Thank you all for being here this morning.\n\n"
               "Three winters ago, the sea came over the wall and stayed for two days. We were lucky that "
               "nobody died, and we cannot count on being lucky again.\n\n"
               "So today I am announcing a new fund to raise the sea walls in every coastal town.\n")


@pytest.mark.parametrize(("title", "speaker"), [
    ("Speech by the Minister for Skills, Helen Marsh MP, at the National Skills Summit", "Helen Marsh"),
    ("Remarks by Governor Dana Whitlock at the Coastal Resilience Forum", "Dana Whitlock"),
    ("Keynote address by Dr. Amara Okafor, Governor of the Central Bank", "Amara Okafor"),
    ("Speech by Rt Hon Keir Starmer MP", "Keir Starmer"),
    ("Newsroom\n\nBriefing by Press Secretary Karine Jean-Pierre on the budget", "Karine Jean-Pierre"),
    ("Prime Minister Lena Ortiz's remarks at the Coastal Resilience Forum", "Lena Ortiz"),
    ("“Keep going”: Ngozi Albrecht’s commencement address to the Class of 2027", "Ngozi Albrecht"),
    # "Speech of", on a headline the page sets as its first paragraph
    ("Budget Speech 2027-28: Speech of Kavitha Raghunathan, Minister of Finance (Extract)",
     "Kavitha Raghunathan"),
    # called by title and family name in the headline, named in full on the page's banner above it
    ("Prime Minister of Canada\nMarc-Antoine Delisle\n\nNews\n\nPrime Minister Delisle's remarks at the "
     "Federation of Canadian Municipalities", "Marc-Antoine Delisle"),
    # a budget's cover: its theme, then who presents it, the name on a line of its own
    ("MINISTRY OF FINANCE\n\n2027 BUDGET STATEMENT\n\n\"Growing Together\"\n\nPresented to Parliament "
     "by\nHon. Amina Okonjo-Reyes, MP\nMinister of Finance", "Amina Okonjo-Reyes"),
    ("Annual Monetary Policy Statement\n\nDelivered by Dr Chanda M. Mwansa, Governor", "Chanda M. Mwansa"),
    # a parliament's written statement: its fields run long, with no sentence, and say who made it
    ("Flood and Coastal Erosion Risk Management: Investment Programme 2026 to 2028\nStatement made on 21 "
     "October 2025\nStatement UIN HCWS1047\nDepartment for Environment, Food and Rural Affairs\nMade by: "
     "Emma Hardcastle (Parliamentary Under-Secretary of State for Water and Flooding)\nCommons",
     "Emma Hardcastle"),
])
def test_a_speech_is_quoted_for_its_announcement_and_given_to_whoever_gives_it(title, speaker):
    found = quotes_of(f"{title}\n\n{SPEECH_BODY}", "other")
    assert "So today I am announcing a new fund to raise the sea walls in every coastal town." in \
        [q.text for q in found]
    assert {q.speaker for q in found} == {speaker}


def test_a_speech_s_words_after_a_quote_it_sets_up_are_the_speaker_s_again():
    # "She said, '...'": the sentence setting the quote up is no line to quote, but the speech goes on
    body = ("Last month I visited the fish landing centre at Astaranga on the coast. A woman who has sold "
            "fish there for thirty years held my hand and said, 'Sir, the fish does not wait for the "
            "truck.' I have not forgotten those words on any day since then. This new cold-chain mission "
            "is my answer to her and to every fisherwoman.\n\n")
    found = quotes_of(f"Remarks by Governor Dana Whitlock at the Forum\n\n{body}{SPEECH_BODY}", "other",
                      further=True)
    hers = [q.text for q in found if q.speaker == "Dana Whitlock"]
    assert "This new cold-chain mission is my answer to her and to every fisherwoman." in hers
    assert not any("Astaranga" in t or "fish does not wait" in t for t in hers)


def test_an_editor_s_note_on_a_speech_s_text_is_not_the_speaker_s():
    note = ("The following is a transcript of the address as delivered at the forum. It has been lightly "
            "edited for clarity and length.\n\n")
    found = quotes_of(f"Remarks by Governor Dana Whitlock at the Forum\n\n{note}{SPEECH_BODY}", "other",
                      further=True)
    assert found and not any("edited" in q.text or "transcript" in q.text for q in found)


def test_a_speech_s_numbered_paragraph_is_quoted_without_its_number():
    body = SPEECH_BODY.replace("So today", "12. So today")
    found = quotes_of(f"Remarks by Governor Dana Whitlock at the Forum\n\n{body}", "other")
    assert "So today I am announcing a new fund to raise the sea walls in every coastal town." in \
        [q.text for q in found]


def test_a_judge_s_sentencing_remarks_titled_in_capitals_are_the_judge_s_words_said_to_the_defendant():
    # the remarks speak to the defendant ("you"), hardly ever as "I": spoken all the same
    text = ("IN THE CROWN COURT AT BRISTOL\n\nSENTENCING REMARKS OF HIS HONOUR JUDGE ALASDAIR PENROSE\n\n"
            "Between March 2023 and August 2025 you carried out what is usually called a romance fraud on "
            "three women.\n\nYou told each of them that you were a contract engineer working offshore.\n\n"
            "You were, throughout, living on benefits and on what you took from these women.\n\n"
            "The total sentence is therefore 6 years and 9 months.\n")
    found = quotes_of(text, "other", further=True)
    assert "The total sentence is therefore 6 years and 9 months." in [q.text for q in found]
    assert {q.speaker for q in found} == {"Alasdair Penrose"}


def test_a_letter_that_speaks_only_to_its_reader_is_not_its_signer_s_words():
    # an officer's reply ("Your request ...", "You may ask for a review"): a form, not something she says
    text = ("Freedom of Information request FOI-2025-1184\n\nDear Requester,\n\n"
            "Your request has been dealt with under the Freedom of Information Act 2000.\n\n"
            "The Council holds information within the scope of your request, set out below.\n\n"
            "If you are unhappy with the way your request has been handled, you may ask for a review.\n\n"
            "The net cost to the General Fund in 2024/25 is estimated at £7.9m.\n\n"
            "Yours sincerely,\n\nPriya Halloran\nInformation Governance Officer\n")
    assert quotes_of(text, "other", further=True) == []


@pytest.mark.parametrize("text", [
    # A role alone may be anyone's: the office speaks, not a person.
    f"Remarks by the Secretary-General to the General Assembly\n\n{SPEECH_BODY}",
    # Two voices: which of them says what is not known.
    f"Remarks by Governor Dana Whitlock and Mayor Tom Ellis at the Forum\n\n{SPEECH_BODY}",
    # A report on the speech, titled after it: the reporter's sentences are nobody's quotes.
    "Remarks by Governor Dana Whitlock at the Coastal Resilience Forum\n\n"
    "The governor announced a new fund on Tuesday to raise sea walls in twelve coastal towns. Officials "
    "said the first grants would go out in the autumn. Engineers welcomed the plan at the forum.\n",
])
def test_a_speech_without_a_named_speaker_or_a_first_person_gives_no_quotes(text):
    assert quotes_of(text, "other") == []


# --- who said it, in wordings the first fixtures lacked ---------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    # A name, the role, then where the role is held: the name speaks, not the company.
    ("Incident.\n\nVikram Sethuraman, Chief Executive Officer, Kestrel Air, said: \"I want to thank our "
     "crew, who evacuated 182 people calmly.\"\n", "Vikram Sethuraman"),
    # A body, then what the person is, then the person: the person speaks.
    ("Surge.\n\n\"This is the same flooding footprint we saw in 2018,\" said NWS Wilmington meteorologist "
     "Tom Reyes.\n", "Tom Reyes"),
    # A middle initial is no acronym: the name is a person's, not a body's.
    ("Fire grows.\n\nSan Diego County Sheriff Kelly A. Marchetti told reporters the work went on. "
     "“We have knocked on more than 3,000 doors,” Marchetti said.\n", "Kelly A. Marchetti"),
    # A long post before the name: the person after it, not "Under Secretary".
    ("Sanctions.\n\n“Treasury will continue to target every link in this chain,” said Under Secretary of "
     "the Treasury for Terrorism and Financial Intelligence Marcus J. Delacroix.\n", "Marcus J. Delacroix"),
    # A double family name, written alone after the first mention.
    ("Prices rise.\n\nThe economist Valeria Sánchez Ortiz said the pass-through was low.\n\n"
     "“This time we estimate it will be around 35 %,” Sánchez Ortiz told EFE.\n", "Valeria Sánchez Ortiz"),
    # "The Minister of Economy, Ricardo Pellegrini,": the post and what it is of, then the name.
    ("Peso falls.\n\nThe Minister of Economy, Ricardo Pellegrini, defended the measure.\n\n"
     "Pellegrini assured that the Government “will not emit a single peso” to finance the Treasury.\n",
     "Ricardo Pellegrini"),
    # Letters after the name are no part of it.
    ("Report\n\nCommittee Chair Dr Helen Ashworth MP said: “Children are paying the price for a system "
     "that has been allowed to drift.”\n", "Helen Ashworth"),
    # A peer or a judge is named with the title: "Lord Mackintyre", not "Mackintyre" (nor the last
    # "Mr" before him).
    ("Judgment\n\nIt follows that Mr Tobias Adeyemi owned two dwellings.\n\nLord Mackintyre, dissenting, "
     "would have allowed the appeal. “The statutory language is clear, and it is not for this court to "
     "improve upon it,” he states.\n", "Lord Mackintyre"),
    # A name no title or verb marked, written in full in a list, is the full name of the one a title
    # names by family name later; a city manager is named by the post.
    ("Minutes\n\nPresent: Mayor Diane Kowalczyk, Councilors Rosa Delgado, Harold Ostrander and Tom Whitfield."
     "\n\nCouncilor Ostrander said, “We are being asked to approve 168 homes on a road that floods.”\n",
     "Harold Ostrander"),
    ("Minutes\n\nStaff present: City Manager Priya Raman.\n\nCity Manager Raman said “every year we wait, "
     "the same mile of road costs us more.”\n", "Priya Raman"),
    # The post before an honorific: "the Minister of Health, Hon. Dr Grace Mulenga," holds "the Minister".
    ("Cholera update\n\nAccording to the Minister of Health, Hon. Dr Grace Mulenga, more health workers "
     "were deployed. The Minister urged the public to “boil or chlorinate all drinking water”.\n",
     "Grace Mulenga"),
    # "The Minister" is the one a title gives that post: not a Chief Minister named first, and not one whose
    # post the list after his name seems to give; an honorific between post and name ("Shri") is no post.
    ("Claims paid\n\nChief Minister Bhairon Lal Choudhary welcomed the guests.\n\nUnion Agriculture "
     "Minister Harish Chandra Rawal paid the claims. “No farmer should run from office to office,” the "
     "Minister said.\n", "Harish Chandra Rawal"),
    ("Claims paid\n\nUnion Agriculture Minister Shri Harish Chandra Rawal paid the claims in the presence of "
     "Chief Minister of Rajasthan Shri Bhairon Lal Choudhary, Minister of State Smt. Kavita Meena, and "
     "officials.\n\n“No farmer should run from office to office,” the Minister said.\n",
     "Harish Chandra Rawal"),
    # A signed piece: "I said" outside the quote is its writer.
    ("Housing policy\n\nBy Dana Whitfield\n\nWhen I testified in 2016, I said, “Supply is necessary, but "
     "it is not sufficient.” I would say it more forcefully today.\n", "Dana Whitfield"),
    # A family name alone is never the byline's writer, who shares it ("Name | Published ..." as many
    # sites set a byline), but the person the story names with it.
    ("Final\n\nFaizan Bhatti | Published January 27, 2025\n\nRawalpindi captain Kamran Bhatti, 34, said the "
     "win was his best.\n\n“When we were 74 for three, nobody was panicking,” Bhatti said.\n",
     "Kamran Bhatti"),
    ("Final\n\nBy Faizan Bhatti\n\nRawalpindi captain Kamran Bhatti, 34, said the win was his best.\n\n"
     "“When we were 74 for three, nobody was panicking,” Bhatti said.\n", "Kamran Bhatti"),
    # A quote standing alone after the paragraph that brings its speaker in.
    ("Rents\n\nLuz Herrera, a home health aide in Phoenix, pays $1,650 a month. When I visited her in "
     "August, she walked me through her budget.\n\n“I take home $2,900 a month, and rent takes most of "
     "it.”\n", "Luz Herrera"),
    # A story calls a player it named by nationality or by ranking; a family name with an age beside it is
    # the one named in full before ("Germany's Lukas Brenner" alone marks no person).
    ("Final\n\nQuiroga beat Germany’s Lukas Brenner 6-4 on Sunday. Brenner, 29, takes home $597,890.\n\n"
     "“He played the big points better. That’s the whole story,” the German said.\n", "Lukas Brenner"),
    ("Final\n\nQuiroga beat Germany’s Lukas Brenner 6-4 on Sunday. Brenner, 29, takes home $597,890.\n\n"
     "The world No. 5 said his shoulder was “nothing serious, just a little sore after the final.”\n",
     "Lukas Brenner"),
    # A name no marker set apart, called later by honorific and family name, is a person's: "he" is his.
    ("By-election\n\nAshdown-Reyes took 10,482 votes, ahead of Labour's Daniel Okonkwo-Hart on 8,365.\n\n"
     "Ms Ashdown-Reyes thanked her supporters.\n\nMr Okonkwo-Hart congratulated his opponent.\n\n"
     "“This is a painful night and I won't pretend otherwise,” he said.\n", "Daniel Okonkwo-Hart"),
    # One named after "whether" is spoken of, not the one speaking.
    ("Transfer\n\nVilla head coach Andoni Etxeberria said the club had tracked him for two years.\n\n"
     "Asked whether Tiago Mendonça could feature against Brighton, the Spaniard added: \"We will see. "
     "He trained with the group this morning.\"\n", "Andoni Etxeberria"),
    # One a speaker tells something is spoken to, not the one speaking: "she added" is the judge's.
    ("Sentenced\n\nDarren Pike, 47, was jailed on Wednesday.\n\nJudge Helen Ashworth told Pike he had "
     "chosen his victims with care.\n\nShe added: \"The financial loss is serious.\"\n", "Helen Ashworth"),
    # A name that ends a place's ("... at Aberdeen Royal Infirmary, said") is no person.
    ("Storm\n\nShona Gallacher, a nurse due on shift at Aberdeen Royal Infirmary, said she turned back. "
     "“You just can’t get anywhere,” she said.\n", "Shona Gallacher"),
    # A clause opening on "What" is no name: "What Saltline has ..." makes no person of "Saltline".
    ("Coffee\n\nMarisol Etxeberria, 41, founded Saltline in 2015. Saltline now sells to 64 cafés, she says, "
     "though the profit was “a rounding error.”\n\nWhat Saltline has that the chain does not, she argues, "
     "is its supply chain. She has visited the cooperative five times.\n", "Marisol Etxeberria"),
    # People a story names by one word: with an age and a speech verb, as a pseudonym in quote marks,
    # or as it says it names them.
    ("Displaced\n\nMs. Amina Saide, a nurse, said the clinic had closed.\n\nAt the transit site, Rosa, a "
     "27-year-old mother of three, said she had left at night. “We heard the shooting and we ran,” she "
     "said.\n", "Rosa"),
    ("Detained\n\nHuman Rights Watch said detainees paid bribes. “Amna,” 52, said she sold her jewelry. "
     "“He took the money and we never heard from him again,” she said.\n", "Amna"),
    ("Detained\n\nHuman Rights Watch spoke to 41 people.\n\n“They hung me from the ceiling by my "
     "wrists,” said “Hamid,” 34, a teacher.\n", "Hamid"),
    ("War\n\nGeneral Abdel Fattah al-Burhan said the army would win.\n\n“We were told it would be over "
     "in three days,” said a teacher in Karari who gave his name only as Osman.\n", "Osman"),
    # "said the nurse": a word for what somebody is stands for the person just named.
    ("Homes\n\nDr Rashid Qureshi, an economist, expects prices to rise.\n\nJodie Earnshaw, 31, bought a "
     "flat in January. “We worked out we’d been paying more in rent than the mortgage would cost,” said "
     "the nurse, who works at St James’s.\n", "Jodie Earnshaw"),
    # A subject set apart from its verb by an aside of several clauses.
    ("Final\n\nTomás Quiroga won the title on Sunday.\n\nQuiroga, who lost to Brenner in both of their "
     "previous meetings, including the Rotterdam semi-final, said he had not slept.\n\n“I don’t know how I "
     "won that match, honestly,” he told reporters.\n", "Tomás Quiroga"),
    # A role, then an appositive describing who holds it: the person at its end.
    ("Final\n\nQuiroga’s coach, former Davis Cup player Martín Ledesma, said the plan had been simple: "
     "“make every rally a little bit ugly.”\n", "Martín Ledesma"),
    # A Hausa honorific before the name is no part of it.
    ("Pledges\n\nNigeria’s Minister of Humanitarian Affairs, Hajiya Zainab Bukar-Idris, said the country "
     "would match support. “We are not asking the world to carry this alone,” she said.\n",
     "Zainab Bukar-Idris"),
    # A post and the body it is of, then the name closing the sentence; "She" later is that person.
    ("Sanctions\n\nFC Øresund assistant coach Rasmus Vedel is banned for six matches.\n\n“What happened was "
     "unacceptable,” said the chair of the Disciplinary Committee, Hanne Kjærgaard Holm.\n\nShe added "
     "that the deduction would be activated “without further discussion” after a repeat.\n",
     "Hanne Kjærgaard Holm"),
])
def test_the_speaker_is_the_person_the_story_names(text, speaker):
    assert {q.speaker for q in quotes_of(text, "news")} == {speaker}


@pytest.mark.parametrize(("text", "found"), [
    # A second verb of the sentence's subject: "... defended the measure ... and affirmed that".
    ("Prices rose.\n\nThe Minister of Economy, Ricardo Pellegrini, defended the measure in a press "
     "conference and affirmed that the rise of prices \"is punctual and was foreseen\".\n",
     [("is punctual and was foreseen", "Ricardo Pellegrini")]),
    # Ranks written short stop no sentence: the speaker is the one set off after "spokesperson".
    ("Report.\n\nIn a written response, an RSF spokesperson, Brig. Gen. Osman Haroun, said the group “does "
     "not hold civilians” and denied the report.\n", [("does not hold civilians", "Osman Haroun")]),
])
def test_a_partial_quote_goes_to_the_subject_of_its_sentence(text, found):
    assert [(q.text, q.speaker) for q in quotes_of(text, "news")] == found


def test_a_family_name_two_people_share_goes_to_the_one_the_story_is_about():
    text = ("PROFILE\nShe Turned Her Mother's Job Into a Care Agency. Now Comes the Hard Part\n"
            "Dana Whitfield built Tendwell by betting on caregivers.\n\n"
            "Dana Whitfield still keeps her mother's pager. For 31 years it told Linda Whitfield where to go "
            "next.\n\n“She was the best at what she did,” Whitfield, 41, says.\n\n"
            "Linda Whitfield, for her part, is unimpressed. “I still don't really understand what she does "
            "all day,” she says.\n\n“We pay caregivers like professionals,” Whitfield says.\n")
    found = [(q.text[:12], q.speaker) for q in quotes_of(text, "news")]
    assert found == [("She was the ", "Dana Whitfield"), ("I still don'", "Linda Whitfield"),
                     ("We pay careg", "Dana Whitfield")]


def test_a_name_with_an_irish_or_portuguese_particle_is_the_speaker_s_whole_name():
    text = ("Trolley numbers hit a record on Tuesday.\n\n"
            "Sinn Féin health spokesman Pádraig Ó Súilleabháin said the service was in crisis.\n\n"
            "“Every year it is the same story,” Mr Ó Súilleabháin said.\n\n"
            "Maria do Céu Antunes has sold buttons on the Rua da Palma since 1989.\n\n"
            "“The tourists will still come,” Antunes said.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Pádraig Ó Súilleabháin", "Maria do Céu Antunes"]


def test_a_name_with_two_family_names_is_called_by_the_first():
    text = ("Lemon prices double in Lima markets\n\n"
            "Julio César Mendoza Paredes, who runs a small restaurant in Surquillo, raised his prices.\n\n"
            "“The customer notices when you skimp on the lemon,” Mendoza said.\n\n"
            "“The kilo went up two soles,” said Rodrigo Villarreal Montemayor, an economist.\n\n"
            "“That family stops buying something else,” Villarreal added.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == [
        "Julio César Mendoza Paredes", "Rodrigo Villarreal Montemayor", "Rodrigo Villarreal Montemayor"]


def test_an_interview_a_newsletter_prints_within_it_is_quoted_and_the_writer_s_words_after_it_are_not():
    text = ("The Rent Ledger\n\nThis week I got hold of the person who tracks the cap most closely.\n\n"
            "TRL: One year in, is the cap working?\n\n"
            "Inês Carvalho-Ribeiro: It depends what you wanted it to do. Nobody in a capped contract got a "
            "shock letter this year.\n\n"
            "TRL: And if the goal was affordability more broadly?\n\n"
            "Inês Carvalho-Ribeiro: Then no. A cap on existing contracts is a shield for people who already "
            "have a home.\n\n"
            "My take, for what it is worth: both of them are right about the half they want to talk about.\n")
    found = quotes_of(text, "news")
    assert {q.speaker for q in found} == {"Inês Carvalho-Ribeiro"}
    assert "Nobody in a capped contract got a shock letter this year." in [q.text for q in found]
    assert not any("My take" in q.text or "both of them" in q.text for q in found)


def test_a_match_report_s_line_ups_are_no_interview():
    text = ("Rovers edge City\n\nHale scored twice as Rovers won 2-1, the manager said it was deserved.\n\n"
            "Possession: Rovers 52% - City 48%\n\nShots: 17 - 9\n\n"
            "Kingsbridge Rovers: Petrović 8; Whitlock 8, Adeyemi 7, Sørensen 7, Clarke 6; Doyle 7.\n\n"
            "Line-ups\n\nKingsbridge Rovers: 1 Petrović; 2 Whitlock, 5 Adeyemi, 6 Sørensen, 3 Clarke.\n\n"
            "Aldermoor City: 1 Greaves; 2 Marriott, 5 Okonedo, 6 Hurst, 3 Akande; 4 Lomax, 10 Tierney.\n\n"
            "Referee: Simon Marsh (Lancashire)\n")
    assert quotes_of(text, "news") == []


def test_a_document_s_title_in_quote_marks_is_no_quote_though_the_sentence_s_comma_is_inside():
    text = ("Release.\n\nThe agencies published an advisory, “Maritime Sanctions Evasion: Updated Guidance "
            "for the Shipping Industry,” that describes the practices.\n\n"
            "“We will not stop,” said Jane Doe.\n")
    assert [q.text for q in quotes_of(text, "news")] == ["We will not stop"]


def test_a_post_is_no_person():
    from reportgen.summarize.people import person_name
    assert [person_name(p) for p in ("Prime Minister", "Under Secretary", "Surgeon General")] == [None] * 3
    assert person_name("John Major") == "John Major"


def test_a_work_s_title_after_titled_is_no_quote():
    text = ("Heat\n\nThe study, titled “Extreme heat exposure in late pregnancy and preterm birth: a "
            "nationwide linkage study in Brazil”, was funded by the Wellcome Trust. “Heat is a pregnancy "
            "risk,” said lead author Marina Costa.\n")
    assert [q.text for q in quotes_of(text, "news")] == ["Heat is a pregnancy risk"]


def test_a_place_or_a_school_ending_an_appositive_is_not_the_speaker():
    text = "Award\n\nHer mother, a teacher at Lincoln High School, said: “She worked for this.”\n"
    assert "Lincoln High School" not in {q.speaker for q in quotes_of(text, "news")}


def test_a_coach_s_label_in_a_press_conference_goes_to_the_coach_the_header_names():
    text = ("Finals\n\nPoland\n\nCoach Wojciech Nowakowski\n\nPost-Match Press Conference\n\n"
            "THE MODERATOR: Questions for head coach Wojciech Nowakowski, please.\n\n"
            "COACH NOWAKOWSKI: Congratulations to Brazil. They deserved it tonight.\n\n"
            "Q. Would you make the substitution again?\n\n"
            "COACH NOWAKOWSKI: Yes. I would do it again. The decision was correct with what I knew.\n")
    assert {q.speaker for q in quotes_of(text, "transcript", further=True)} >= {"Wojciech Nowakowski"}
    assert "Coach Nowakowski" not in {q.speaker for q in quotes_of(text, "transcript", further=True)}


def test_a_transcript_label_with_an_honorific_and_a_family_name_goes_to_the_full_name():
    text = ("Press Gaggle\n\nMS. OKAFOR: Welcome aboard. I have Tom Kessler with me. With that, Tom.\n\n"
            "MR. KESSLER: Thanks, Lena. Look, nine sovereign democracies meeting to talk about how they "
            "defend themselves is the message of this trip, and the President will carry it.\n\n"
            "Q Thank you. How big is the package?\n\n"
            "MR. KESSLER: We will have more to say on the package when the President announces it tomorrow "
            "in Warsaw with his counterpart.\n")
    kessler = [q.speaker for q in quotes_of(text, "transcript") if q.text.startswith(("Look", "We will"))]
    assert kessler == ["Tom Kessler", "Tom Kessler"]


def test_a_label_giving_an_office_goes_to_the_officer_the_record_lists_over_it():
    text = ("OFFICIAL RECORD OF PROCEEDINGS\n\nMEMBERS PRESENT:\n\n"
            "THE PRESIDENT\nTHE HONOURABLE CHEUNG WAI-KIN, JP\n\n"
            "PUBLIC OFFICERS ATTENDING:\n\n"
            "THE HONOURABLE WONG KA-YEE, JP\nSECRETARY FOR TRANSPORT AND LOGISTICS\n\n"
            "MR CHEUNG WAI-KIN (in Cantonese): President, will the Government freeze the fares on the "
            "long-haul routes?\n\n"
            "SECRETARY FOR TRANSPORT AND LOGISTICS (in Cantonese): President, I thank Mr CHEUNG Wai-kin for "
            "his question. If fares are frozen while costs keep rising, the quality of the service will "
            "suffer.\n")
    said = [q.speaker for q in quotes_of(text, "transcript", further=True) if "service will suffer" in q.text]
    assert said == ["Wong Ka-yee"]


def test_a_member_labelled_in_capitals_is_named_as_the_record_writes_its_members():
    text = ("OFFICIAL RECORD OF PROCEEDINGS\n\n"
            "PRESIDENT (in Cantonese): Mr CHEUNG Wai-kin, please raise your supplementary question.\n\n"
            "MR CHEUNG WAI-KIN (in Cantonese): President, every year the bus companies tell us they are "
            "losing money, and every year the passengers pay more for the same service.\n\n"
            "PRESIDENT (in Cantonese): Secretary, please reply.\n")
    said = {q.speaker for q in quotes_of(text, "transcript", further=True) if "bus companies" in q.text}
    assert said == {"Cheung Wai-kin"}


def test_a_label_with_a_short_title_goes_to_the_name_a_heading_gives_in_capitals():
    text = ("PRESS BRIEFING WITH DEPARTMENT OF AGRICULTURE SECRETARY RAMON T. ILAGAN\n\n"
            "USEC. DANTES: Good morning. Secretary, please.\n\n"
            "SEC. ILAGAN: Thank you. From December the rice will be sold to every qualified household at "
            "the same price in all the regions.\n\n"
            "Q: Is the SEC looking into the traders?\n\n"
            "SEC. ILAGAN: We have coordinated with the police, and anyone caught reselling the rice will be "
            "charged in court.\n")
    assert {q.speaker for q in quotes_of(text, "transcript")} == {"Ramon T. Ilagan"}


@pytest.mark.parametrize(("kind", "text", "quoted", "speaker"), [
    # Neither a son nor a man called "Mr." is "she", and a headline's short name is the story's full one.
    ("news",
     "Eleanor Voss, engineer and mayor, dies at 86\n\nEleanor Marie Voss, a civil engineer, died on "
     "Tuesday. She was 86.\n\nHer son, Paul Voss, said the cause was heart failure.\n\nFrank Delgado, "
     "who worked as her deputy for eleven years, praised her. “Ellie read every drawing,” "
     "Mr. Delgado, 79, said.\n\nMrs. Voss was elected mayor in 1995. “People forget that the "
     "basements were flooding,” she told the Ledger in 2007.\n",
     "People forget", "Eleanor Marie Voss"),
    # A name spoken to ("VEGA: Dana, ...") is not who a later "she" stands for, nor is the turn's speaker.
    ("transcript",
     "Debate\n\nDemocrat Marisol Vega, 52, and Republican Grant Holloway, 61, met on Wednesday.\n\n"
     "DANA WHITFIELD: Good evening. Tonight the candidates take questions on taxes.\n\n"
     "VEGA: Dana, he is cutting taxes for the people who need it least, and he knows it.\n\n"
     "HOLLOWAY: She said in March that \"every option is on the table\" when it comes to refunds. "
     "That is your refund, folks.\n",
     "every option is on the table", "Marisol Vega"),
])
def test_who_a_pronoun_before_a_quote_stands_for(kind, text, quoted, speaker):
    found = match(quotes_of(text, kind), quoted)
    assert found is not None and found.speaker == speaker


def test_an_interpreter_s_words_are_the_speaker_s_they_interpret_and_a_pronoun_is_nobody_s_name():
    text = ("Joint press conference\n\nMINISTER WICAKSONO: Thank you. Indonesia and Australia are "
            "neighbours, and neighbours do not need a reason to talk.\n\n"
            "JOURNALIST: A question for the Minister.\n\n"
            "MINISTER WICAKSONO: [Speaks in Bahasa Indonesia]\n\n"
            "INTERPRETER: Indonesia has a free and active foreign policy, and we will not join any "
            "alliance.\n\n"
            "JOURNALIST: [Speaks in Bahasa Indonesia]\n\n"
            "INTERPRETER: The journalist asks whether the visa quota for young Indonesians will rise.\n\n"
            "MINISTER HALLORAN: Tomás Reyes, 24, is a fine example. When I met him in May, he looked at me "
            "and said, \"Minister, we want to come and work.\" And we will let them.\n")
    found = quotes_of(text, "transcript")
    assert {q.speaker for q in found if "alliance" in q.text or "visa quota" in q.text} == {"Wicaksono"}
    assert [q.speaker for q in found if q.text.startswith("Minister, we")] == ["Tomás Reyes"]


def test_an_interpreter_speaking_of_the_minister_is_not_quoting_the_minister():
    text = ("Joint press conference\n\nMINISTER WICAKSONO: Thank you. Indonesia and Australia are "
            "neighbours, and neighbours do not need a reason to talk.\n\n"
            "JOURNALIST: A question for the Minister.\n\nMINISTER WICAKSONO: [Speaks in Bahasa Indonesia]"
            "\n\nINTERPRETER: The Minister would like to add one point in Indonesian. We ask our partners "
            "to treat the boats as a humanitarian problem first.\n")
    assert [q.text for q in quotes_of(text, "transcript") if "Minister would" in q.text] == []


def test_a_body_s_acronym_stays_as_written_and_a_two_word_role_after_it_leads_to_the_person():
    text = ("Borrowing\n\nPublic sector net borrowing was £17.4 billion in October. \"Higher spending on "
            "public services more than offset the growth in tax receipts,\" said ONS deputy director Marcus "
            "Feeney-Hall. The OBR said the gap was \"within the normal range of forecast error.\"\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Marcus Feeney-Hall", "OBR"]


@pytest.mark.parametrize("text", [
    "Hotels\n\nCampaigners wrote to the minister.\n\nAs one mother living in a hotel in Co. Kildare told us: "
    "\"My daughter asks me every night when we are going home.\"\n",
    "War\n\n\"We were told it would be over in three days,\" a teacher in Karari said.\n",
])
def test_a_place_named_just_before_the_verb_is_not_the_speaker(text):
    assert [q.speaker for q in quotes_of(text, "news")] == [None]


def test_the_interviewer_a_transcript_s_header_names_asks_whatever_else_she_says():
    text = ("TRANSCRIPT OF \"TODAY\" PROGRAMME\n\n"
            "INTERVIEW WITH: TOM ASHCROFT MP\nINTERVIEWED BY: RACHEL OKAFOR\n\n"
            "RACHEL OKAFOR: The government promised one and a half million new homes by the end of this "
            "parliament, and figures published yesterday show it is nowhere near.\n\n"
            "TOM ASHCROFT: No, I don't accept that. What those figures show is completions, and completions "
            "lag planning permissions by two or three years.\n\n"
            "RACHEL OKAFOR: Forty-one of your own backbenchers signed a letter last week calling for rent "
            "controls in England.\n\n"
            "TOM ASHCROFT: Over the longer term, the only thing that brings rents down is supply, and we are "
            "building it.\n")
    assert {q.speaker for q in quotes_of(text, "transcript")} == {"Tom Ashcroft"}


def test_a_quote_after_a_two_word_title_goes_to_the_person_named_once_with_that_title() -> None:
    text = ("In his opening address, the OPEC Secretary General, HE Karim Al-Mansouri, recalled that prices "
            "fell in October. “Volatility is not the same thing as weakness,” the Secretary General said. "
            "“The fundamentals remain healthy, and the role of this group is to keep them that way.”\n")
    found = quotes_of(text, "news")
    assert len(found) == 2
    assert {q.speaker for q in found} == {"Karim Al-Mansouri"}  # not "General", the title's last word


@pytest.mark.parametrize("text, speaker", [
    ('President Xi Jinping met the delegation in Beijing. "We will never accept such pressure from anyone," '
     'Xinhua quoted him as saying.\n', "Xi Jinping"),
    ('India\'s chief negotiator, Meera Kulkarni, said rich nations fell short. "Finance that must be '
     'repaid is not solidarity," the statement quoted her as saying.\n', "Meera Kulkarni"),
    ('Officials met on Monday. KCNA quoted Kim Jong Un as saying: "We will never accept this."\n',
     "Kim Jong Un"),
    ('Officials met on Monday. "We will never accept this at all," Defence Minister Ana Ruiz was quoted as '
     'saying by a newspaper.\n', "Ana Ruiz"),
])
def test_words_a_report_quotes_somebody_as_saying_are_theirs(text: str, speaker: str) -> None:
    quotes = find_quotes("S", text, paragraphs(text), "news")
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Detective Inspector Rachel Whitcombe, of Cumbria Police, said officers were working hard. "We will '
     'find them," DI Whitcombe said.\n', "Rachel Whitcombe"),
    ('Police said DCI Mark Ellis led the inquiry. "This was a cowardly attack," DCI Ellis said.\n',
     "Mark Ellis"),
])
def test_a_british_police_rank_in_short_is_a_title_not_a_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text, "news")] == [speaker]


def test_a_timeline_s_date_is_no_part_of_the_name_that_follows_it() -> None:
    text = ("14 March 2025 – Kestrel calls the report “false and malicious” and says it will sue. Chief "
            "executive Martin Aske tells analysts that the accounts “have been audited and stand up to "
            "any scrutiny”.\n")
    said = {q.text: q.speaker for q in find_quotes("S1", text, paragraphs(text), "news")}
    assert said == {"false and malicious": "Kestrel",
                    "have been audited and stand up to any scrutiny": "Martin Aske"}


ROSTER_MEETING = """\
PUBLIC BOARD MEETING

BOARD MEMBERS PRESENT:
  ELENA ALVARADO-FINCH, Chair
  MARCUS KESSLER, Vice Chairman

CHAIR ALVARADO-FINCH: Good morning. Today we consider the crash of a motorcoach that killed eight people \
near Brady, and what it tells us about fatigue on our highways.

VICE CHAIRMAN KESSLER: So we have a fatigued bus driver hitting a fatigued truck driver who was doing the \
right thing by stopping, with nowhere to stop.

CHAIR ALVARADO-FINCH: Thank you. The board will now vote on the findings as amended this morning.
"""

ORAL_HISTORY = """\
Voices of the Tinplate

Interviewee: Glyn Rees-Davies (born 1941, Llanelli)
Interviewer: Siân Prydderch

PRYDDERCH: What was your first job at the works?

REES-DAVIES: Behind the mill, catching. The hot bars came through the rolls and you caught them with tongs.

PRYDDERCH: And the pay?

REES-DAVIES: First wage packet, three pound eleven. I gave it to my mother unopened, that was the rule.
"""


@pytest.mark.parametrize(("text", "speakers"), [
    (ROSTER_MEETING, {"Elena Alvarado-Finch", "Marcus Kessler"}),  # the roster names them in capitals
    (ORAL_HISTORY, {"Glyn Rees-Davies"}),  # a family name with a hyphen, given in full above
])
def test_a_family_name_label_takes_the_full_name_the_text_gives(text: str, speakers: set[str]) -> None:
    assert {q.speaker for q in quotes_of(text, "transcript", further=True)} == speakers


def test_a_post_written_out_after_said_and_a_body_s_name_gives_way_to_the_name_between_commas() -> None:
    text = ("Smelter told to cut power use\n\n"
            "“The system is designed to ride through one dry year,” said Hydro Tasmania’s general manager "
            "of trading, Callum Ashby.\n\n"
            "“It is serious,” said the company’s chief executive, Mara Quinn.\n")
    found = quotes_of(text, "news")
    assert [(q.speaker, q.text) for q in found] == [
        ("Callum Ashby", "The system is designed to ride through one dry year"),
        ("Mara Quinn", "It is serious"),
    ]


def test_a_host_reading_out_a_listener_s_message_is_not_quoted_as_saying_it() -> None:
    text = ("Morning Call – Tuesday\n\n"
            "FIONA MAIR: Good morning. Our question today is whether the new ferry timetable works for you, "
            "and the texts are already coming in thick and fast this morning.\n"
            "FIONA MAIR: Moira in Ellon says: “My son takes the early boat and he’s missed work twice. The "
            "new times simply do not fit the shifts on the island at all.”\n"
            "DOUG, PETERHEAD: I work the harbour and I can tell you the new timetable has halved our trade "
            "on a Monday morning, and nobody asked any of us before it changed.\n")
    found = quotes_of(text, "transcript", further=True)
    assert found and not [q for q in found if "Moira" in q.text or "son" in q.text or "shifts" in q.text]


ANONYMOUS = ("The victims are entitled to lifelong anonymity and are referred to as Ms A, Mrs B and Ms C. "
             "Nothing may be published that is likely to identify them.\n\n"
             "Mrs B said: \"I lost everything I had saved for my retirement.\"\n\n"
             "\"It was all a lie,\" Ms C told the court.\n\n"
             "Ms A remortgaged her home. In her statement she says: \"I do not trust my own judgement any "
             "more.\" Mrs B has used all of her savings. Ms C has had to sell her car and has told the court "
             "that she no longer answers the telephone.\n")


@pytest.mark.parametrize("text", [
    # the body named before is not who speaks, nor the place the reader writes from
    "Kazhydromet said the sea level fell again. \"The trend is not slowing down. If it continues, some "
    "berths will need to be rebuilt within ten years,\" a specialist at the port authority, who asked not "
    "to be named, told DalaPress.\n",
    "A reader in Airlie Beach, who asked us not to use her name, sent this message a little after 1pm:\n\n"
    "“Sheltering in the bathroom with two kids and the dog. Whole building shaking.”\n",
])
def test_words_of_someone_the_text_keeps_unnamed_are_said_by_nobody(text: str) -> None:
    assert [q.speaker for q in quotes_of(text, "news")] == [None]


def test_a_contracted_pronoun_is_nobody_s_name() -> None:
    text = ("Mr. Owen Stackhouse: Thank you, Chair. The minister told us that the new trains are coming.\n\n"
            "Ms. Claire Vachon: They are. Twenty-one are now in revenue service on the corridor.\n\n"
            "Mr. Owen Stackhouse: I appreciate that answer. I'd just say, respectfully, \"we know what that "
            "service means to people in these towns\" has been said at this table before.\n")
    assert "I'd" not in {q.speaker for q in quotes_of(text, "transcript", further=True)}


def test_people_a_court_keeps_anonymous_are_known_by_their_letter_and_nobody_else() -> None:
    said = {q.text: q.speaker for q in quotes_of(ANONYMOUS, "news")}
    assert said["I lost everything I had saved for my retirement."] == "Mrs B"  # not "B"
    assert said["It was all a lie"] == "Ms C"
    # "Ms C. Nothing may be published" names nobody "C. Nothing"; and the words after the statement,
    # a sentence of their own, do not say who made it ("Mrs B has used ... Ms C has told the court")
    assert said["I do not trust my own judgement any more."] is None


def test_a_video_meeting_s_housekeeping_is_no_quote() -> None:
    # the chair is named, and says what she thinks too: her housekeeping is still nobody's quote
    text = ("RUTH ABERNETHY: The contract we signed in 2023 was never costed for collections every week, "
            "and I want that on the table tonight. Committee Room 2, I think Councillor Bellamy has his "
            "hand up.\n\n"
            "MARTIN BELLAMY: Thank you, Chair. Food waste collections will start in April, and every "
            "household will get a caddy before then.\n\n"
            "RUTH ABERNETHY: Kalani, you should be able to unmute now, and then the floor is yours for "
            "three minutes on the depot.\n\n"
            "KALANI IOANE: The depot at Marsh Lane cannot take another forty lorries a day, and residents "
            "were never asked about it.\n")
    quotes = quotes_of(text, "transcript", further=True)
    assert {q.speaker for q in quotes} >= {"Martin Bellamy", "Kalani Ioane"}
    assert not any("hand up" in q.text or "unmute" in q.text for q in quotes)


def test_a_short_name_the_text_defines_stands_for_the_full_name() -> None:
    text = ("Mr X complains that Calderstone Insurance Company Limited (\"Calderstone\") took too long to "
            "settle his claim.\n\nIn its final response of 20 March 2025, Calderstone said: \"We appreciate "
            "that the claim took longer than we would like.\"\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Calderstone Insurance Company Limited"]


def test_a_party_a_decision_defines_by_its_role_is_who_that_role_and_a_pronoun_after_it_name() -> None:
    text = ("In the matter of: Mr Dario Mendes Ferreira (the \"Player\") and Sporting Atlântico Futsal (the "
            "\"Club\")\n\n1. According to the report of the referee, Mr Tomasz Krawczyk, the Player pushed "
            "him in the chest.\n\n2. In his written submission, the Player did not dispute the facts. He "
            "wrote:\n\n\"I accept that I lost my temper at the end of a very emotional match.\"\n\n3. The "
            "Club, in its own submission, stated that it \"condemns without reservation any use of "
            "pyrotechnics\" and that it had banned four supporters.\n\n4. The Player said: \"I have played "
            "futsal for sixteen years and I have always respected officials.\"\n")
    player, club = "Dario Mendes Ferreira", "Sporting Atlântico Futsal"
    assert [q.speaker for q in quotes_of(text, "other")] == [player, club, player]

COUNTY_COLUMN = """\
Healthwatch County Durham, which
represents patients, said it had seen
a sharp increase in complaints about
waits and cancelled appointments.
Its manager, Priya Kaur-Bennett, said:
“People tell us the waiting itself is
only part of it. It is the not knowing
that wears them down, and the trust
has to get much better at keeping pa-
tients informed.”
Councillor Alan Sowerby, who chairs
Durham County Council’s adults, well-
being and health overview and scrutiny
committee, said he would call trust
bosses before the committee next
month.
“We will want to see month-by-month
targets, not just a headline promise,”
he said. “This committee has heard
recovery plans before.”
"""
"""A newspaper's column as a PDF gives it (fixtures/elsewhere, the hospital waiting list page)."""


def test_a_body_named_after_its_county_is_no_person_a_he_can_be() -> None:
    said = {q.text.split()[0]: q.speaker for q in quotes_of(COUNTY_COLUMN, "news")}
    assert said == {"People": "Priya Kaur-Bennett", "We": "Alan Sowerby", "This": "Alan Sowerby"}


def test_a_speech_from_a_pdf_keeps_its_sentence_before_a_footnote_s_number_not_the_footnote() -> None:
    text = ("Remarks by Claire Beaudoin\nGovernor of the Bank of Canada\n\nCheck against delivery\n\n"
            "For more information or to receive these remarks in French, please contact Media Relations.\n\n"
            "Today I want to step back from the month-to-month data and talk about productivity.1\n\n"
            "I will make three points, and I want to be clear that we cannot fix productivity ourselves.\n\n"
            "We estimate the neutral rate is in a range of 2.25% to 3.25%, and we will say more in April.\n\n"
            "1 I would like to thank Tomas Lindgren and Rachel Osei for their help in preparing these "
            "remarks.\n")
    found = quotes_of(text, "other", further=True)
    texts = [q.text for q in found]
    assert not any(t.startswith("1 I would like") for t in texts)  # the footnote, at the page's foot
    assert "Today I want to step back from the month-to-month data and talk about productivity." in texts
    assert not any("Media Relations" in t for t in texts)
    assert {q.speaker for q in found} == {"Claire Beaudoin"}


def test_an_answer_opening_on_the_question_is_the_answer_not_procedure() -> None:
    # "the question is ..." frames the answer; "That's a fair question" and "the question was" hand it on
    text = ("SEN. CURTIS PAYNE (R-ID): Should a federal backstop cover wildfire the way it covers floods?\n\n"
            "WHITEHORSE: Senator, for most years it should not need to. The question is the one year in ten "
            "that breaks every state pool at once.\n\n"
            "SEN. CURTIS PAYNE (R-ID): Thank you.\n\n"
            "MAYOR TERESA CASTELLANOS: That's a fair question, and I'll ask Director Rostami to address it "
            "at the end.\n")
    texts = [q.text for q in quotes_of(text, "transcript", further=True)]
    assert "The question is the one year in ten that breaks every state pool at once." in texts
    assert not any(t.startswith("That's a fair question") for t in texts)


def test_a_name_set_after_a_role_and_who_they_are_to_someone_is_the_speaker() -> None:
    # "The paramedic who attended Mr Fowle, Ms Joanne Pickering, told ...": she speaks, not Mr Fowle
    text = ("Mr Derek Alan Fowle, 81, died in hospital in March after waiting for an ambulance.\n\n"
            "The paramedic who attended Mr Fowle, Ms Joanne Pickering, told the inquest: \"We were the only "
            "crew free in the whole sector.\"\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Joanne Pickering"]


def test_a_newspaper_told_something_is_no_person_a_he_can_be() -> None:
    # the paper's name in its photo credit and "he told The Lagos Ledger": no person
    text = ("File photo: A technician at work on a transformer in Ikeja. Photo: The Lagos Ledger\n\n"
            "\"A 16.8 per cent jump will trigger a new wave of tampering,\" he told The Lagos Ledger.\n\n"
            "The Association of Electricity Distributors of Nigeria welcomed the decision, saying in a "
            "statement that the review would \"help close the liquidity gap and improve supply\".\n")
    assert "Lagos Ledger" not in {q.speaker for q in quotes_of(text, "news")}


def test_a_body_that_did_something_saying_is_the_one_saying_it() -> None:
    text = ("\"A 16.8 per cent jump will trigger a new wave of tampering,\" Tunde Oyelaran-Okoye said.\n\n"
            "The Association of Electricity Distributors of Nigeria (AEDN) welcomed the decision, saying in "
            "a statement that the review would \"help close the liquidity gap and improve supply\".\n")
    said = {q.text: q.speaker for q in quotes_of(text, "news")}
    assert said["help close the liquidity gap and improve supply"] == \
        "Association of Electricity Distributors of Nigeria"


def test_a_speech_s_footnotes_and_contact_line_are_no_points_either() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    text = ("Remarks by Claire Beaudoin\nGovernor of the Bank of Canada\n\n"
            "For more information or to receive these remarks in French, please contact Media Relations.\n\n"
            "Today I want to step back from the month-to-month data and talk about productivity.1 Canadian "
            "firms invest far less per worker than their US counterparts.\n\n"
            "Inflation has fallen from a peak of 8.1% in June 2022 to 1.9% in August.\n\n"
            "1 I would like to thank Tomas Lindgren and Rachel Osei for their help with these remarks.\n")
    found = study(Document("S1", "speech.txt", text))
    points = [s.text for s, (*_, usable, _runs) in zip((s for p in found.sentences for s in p), found.facts,
                                                        strict=True) if usable]
    assert points and not any("Media Relations" in p or p.startswith("1 I would") for p in points)


def test_a_post_before_of_is_no_person_speaking():
    sentence = ('Provincial Minister of Production Rodrigo Ezcurra Maldonado said that "nobody in this '
                'province has ever seen hail like this."\n')
    assert [q.speaker for q in quotes_of(sentence, "news")] != ["Provincial Minister"]


def test_a_barrister_s_label_with_his_letters_after_it_is_his_name():
    # "MR KELBROOK KC:": "KC" is his rank at the Bar, not the end of his name ("Kelbrook Kc")
    text = ("SENTENCING HEARING\n\nMr Simon Kelbrook KC (instructed by Dobson Marr LLP) for the defendant\n\n"
            "JUDGE RUSHOLME: Stand up, please. The credit for your plea is 10 per cent.\n\n"
            "MR KELBROOK KC: Your Honour, forgive me. The defence position is that an indication of plea "
            "was given in correspondence in the week before trial.\n\n"
            "JUDGE RUSHOLME: I have seen that letter. It was not an unequivocal indication.\n\n"
            "MR KELBROOK KC: I am grateful. We say the credit should be greater than that.\n")
    found = quotes_of(text, "transcript", further=True)
    his = {q.speaker for q in found if "defence" in q.text or "credit should" in q.text}
    assert his == {"Simon Kelbrook"}


def test_a_body_named_after_its_field_keeps_the_field_in_its_name():
    # "Financial" names a minister's portfolio before a name ("Finance Minister ..."), but it is a word of
    # the "Financial Conduct Authority", which speaks here
    text = ("The Financial Conduct Authority said Lowes had never been authorised. “If a product promises "
            "high returns with no risk, that is a warning sign,” a spokesperson said.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Financial Conduct Authority"]


def test_a_double_barrelled_name_broken_where_its_line_wraps_is_one_name():
    # a press release copied from a PDF keeps its hard line breaks, one of them at the name's hyphen
    text = ("The municipal utility closed the year with a profit of EUR 61 million and\n"
            "laid more district heating pipes than in any year since it was founded. „2024\n"
            "was the year in which the heat transition stopped being a slide in a\n"
            "presentation and became a building site,“ said Dr Katharina Wendeborn-\n"
            "Aulich, Chair of the Management Board. „We laid 23 kilometres of new\n"
            "district heating pipes – more than in the previous five years combined,\n"
            "and that costs money before it earns money, as our earnings show.“\n")
    assert {q.speaker for q in quotes_of(text, "news")} == {"Katharina Wendeborn-Aulich"}


def test_a_block_quotation_between_its_introduction_and_its_credit_is_the_credited_person_s():
    text = ("Harbour scheme divides the town\n\n"
            "The council approved the scheme on Monday. Its planning chair, Dr Amara Okonjo-Reyes, "
            "told the Royal Society of Arts in May:\n\n"
            "Every harbour town in this country was built by people who expected the sea to stay where it "
            "was. We no longer have that luxury.\n\n"
            "So we build for the water we will have, not the water we had.\n\n"
            "— Amara Okonjo-Reyes, lecture to the RSA, 14 May 2025\n\n"
            "Fishing crews were not consulted, the harbour users' group said. Its members listed their "
            "objections:\n\n"
            "The new wall narrows the channel. Boats over twelve metres will have to wait for the tide.\n\n"
            "— With files from Jonah Pettersen\n")
    quotes = quotes_of(text, "news", further=True)
    assert [(q.speaker, q.text[:25], q.further) for q in quotes] == [
        ("Amara Okonjo-Reyes", "Every harbour town in thi", False),
        ("Amara Okonjo-Reyes", "So we build for the water", True)]


@pytest.mark.parametrize("credit", [
    "Dr Rowena Achterberg, Head of Population Health Monitoring, Office for National Statistics",
    "— Rowena Achterberg, head of population health monitoring",
])
def test_a_credit_line_under_quoted_paragraphs_says_whose_words_they_are(credit: str) -> None:
    text = ("Births fall again\n\nThe number of live births fell by 2.1% in 2025.\n\n"
            "Statistician's comment\n\n\"The number of babies born in England and Wales fell again in 2025. "
            "Parents are also older than ever.\n\n\"The falls were largest among women in their "
            f"twenties.\"\n\n{credit}\n\nFollow ONS on X\n")
    assert [q.speaker for q in quotes_of(text, "other")] == ["Rowena Achterberg"] * 2


def test_a_name_alone_under_a_quote_is_no_credit_when_it_heads_what_follows() -> None:
    text = ("Voices from the flood\n\n\"We lost everything in one night, and nobody came for two days.\"\n\n"
            "Margaret Okafor, who runs the village shop, said the water rose faster than anyone expected.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == [None]


def test_a_credit_after_a_dash_on_the_quote_s_line_says_whose_words_they_are() -> None:
    text = ("Proposed line for the Echo, if asked:\n\n\"We underestimated how many of our older homes had "
            "serious damp and mould, and we are putting that right.\" - Siobhan Carville, Chief Executive, "
            "Mersey Vale Homes\n\nThe board meets on Thursday.\n")
    assert [q.speaker for q in quotes_of(text, "other")] == ["Siobhan Carville"]


def test_a_review_signed_with_an_initial_is_nobody_s_quote() -> None:
    text = ("Homes that needed a price cut took 71 days to sell.\n\n“Sold in 9 days, above asking! Couldn’t "
            "recommend the Cardiff team more.” — Sarah T., Cardiff ★★★★★\n\nBook a free valuation\n")
    assert [q.speaker for q in quotes_of(text, "news")] in ([], [None])


def test_a_credit_on_the_line_under_a_slide_s_quote_says_whose_words_they_are() -> None:
    text = ("Skerrivore Renewables plc | Capital Markets Day 2025 | 4\n\n\n\"We will grow without betting "
            "the balance sheet. Every gigawatt we add has to earn its place.\"\nMhairi Dunlop, Chief "
            "Executive\n5\n")
    assert [q.speaker for q in quotes_of(text, "other")] == ["Mhairi Dunlop"]


def test_a_name_marked_for_a_note_is_still_the_speaker_a_pronoun_goes_back_to() -> None:
    text = ("\"We have electrified the light bulb,\" says Dr. Wanjiku Mbugua-Otieno, Executive "
            "Director of the Kijiji Energy Alliance.\n\nAkinyi Owuor*, a mother of four in Siaya, said she "
            "leaves home before six. \"By the time I come back the children have gone to school,\" she "
            "told our enumerators.\n\n"
            "* Not her real name.\n")
    assert [q.speaker for q in quotes_of(text, "other")] == ["Wanjiku Mbugua-Otieno", "Akinyi Owuor"]


def test_a_name_after_what_the_person_does_in_an_appositive_is_a_person_a_pronoun_goes_back_to() -> None:
    text = ("\"I have never heard a room go as quiet,\" said Declan Fennelly, the firm's managing "
            "director.\n\nThe underbidder, London dealer Jonathan Pell-Ashby, was bidding on behalf of a "
            "client he would not name. \"My client was prepared to go a good deal further,\" he told The "
            "Chronicle.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Declan Fennelly", "Jonathan Pell-Ashby"]


def test_a_name_between_commas_after_a_long_post_is_a_person_a_pronoun_goes_back_to() -> None:
    text = ("\"When the kilo goes up two pesos, that family stops buying something else,\" said Rodrigo "
            "Villarreal Montemayor, an economist.\n\nThe head of the Profeco office in Nuevo León, Alejandra "
            "Ibarra Núñez, recalled that the price of tortilla is not controlled.\n\n\"Every tortillería "
            "must have the price per kilo in a visible place,\" she added.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Rodrigo Villarreal Montemayor",
                                                           "Alejandra Ibarra Núñez"]


def test_the_body_a_person_is_of_between_commas_is_not_who_speaks() -> None:
    text = ("Buyers' advocate Sophie Tran, of Tran Property Advocacy, warned that buyers were getting "
            "caught up in the momentum. \"A 74 per cent clearance rate means one in four homes didn't sell "
            "on the day,\" she said.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Sophie Tran"]


def test_a_body_that_speaks_after_a_which_clause_is_no_person_a_town_s_name_stands_for() -> None:
    text = ("The prefect, Alexandre Vernier, told reporters after meeting growers in Morlaix that the state "
            "would defer contributions.\n\n\"We will not let a health crisis become an economic disaster "
            "for the bay,\" he said.\n\nMorlaix Communauté, which runs the plant, said an upgrade had been "
            "approved.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Alexandre Vernier"]


def test_a_name_after_a_word_for_a_kind_of_body_is_no_person_a_pronoun_goes_back_to() -> None:
    text = ("Valeria Sosnowski, chief economist at the consultancy Pampa Datos, said the figures showed that "
            "the fall was getting harder. \"The easy part of the disinflation is over,\" she added.\n")
    assert [q.speaker for q in quotes_of(text, "news")] == ["Valeria Sosnowski"]


THREAD = """\
Conversation
Daniel Tremblay-Osei
@DTremblayOsei
1/3 Update on the federal response to the wildfires in British Columbia and Alberta this morning.
9:04 AM · Aug 14, 2026 · 486.2K Views
1.1K
3.9K

Daniel Tremblay-Osei
@DTremblayOsei
·
Aug 14
2/3 Right now 27,400 people are under evacuation order across both provinces. If you are told to go, go.
214
1.2K

Daniel Tremblay-Osei
@DTremblayOsei
·
Aug 14
3/3 Today I’m announcing that we will match every dollar Canadians donate to the wildfire appeal.
Canadian Red Cross
@RedCrossCanada
·
Aug 13
Your donation to the Western Canada Wildfires Appeal helps people who have been forced from their homes.
55
3K

Relevant people
Daniel Tremblay-Osei
@DTremblayOsei
Follows you
Minister of Emergency Preparedness. MP for Ottawa–Vanier–Gloucester. Father of three. Official account.

Most relevant replies

Grant Okonkwo
@gokonkwo_yeg
·
Aug 14
Replying to @DTremblayOsei
Seven hundred and fifty dollars does not cover a week in a motel in Kelowna right now, and you know it.
41
"""


def test_a_thread_s_posts_are_its_author_s_words_and_no_one_else_s_posts_are() -> None:
    quotes = quotes_of(THREAD, "other", further=True)
    assert {q.speaker for q in quotes} == {"Daniel Tremblay-Osei"}
    assert any(q.text.endswith("If you are told to go, go.") for q in quotes)
    assert not any("donation" in q.text or "motel" in q.text or "Father" in q.text for q in quotes)
    assert not any(q.text.startswith("2/3") for q in quotes)  # the post's count is no part of its words
