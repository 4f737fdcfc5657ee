"""Transcripts: turns under their speaker lines, and who asks, moderates or answers."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conftest import NEWS, SHARED, TRANSCRIPT, seed_text

from reportgen.summarize.quotes import find_quotes
from reportgen.summarize.text import layout, paragraphs
from reportgen.summarize.transcript import is_transcript, speaker_roles, speaker_turns

FIXTURES = Path(__file__).parent / "fixtures" / "quotes"
GOLD = json.loads((SHARED / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_seed_turns_belong_to_the_name_line_above_them():
    text = seed_text(TRANSCRIPT)
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == [s["name"] for s in GOLD["sources"][TRANSCRIPT]["speakers"]]
    for turn in turns:
        assert text[turn.speaker_span.start:turn.speaker_span.end] == turn.speaker
        assert all(text[p.start:p.end] == p.text for p in turn.paragraphs)
    gu = turns[-1]
    assert gu.paragraphs[0].text.startswith("Thank you for your question. As we all know")
    assert any(p.text.startswith("Fourth, institutional mechanisms.") for p in gu.paragraphs)


def test_seed_roles_match_the_gold_speakers():
    roles = speaker_roles(speaker_turns(paragraphs(seed_text(TRANSCRIPT))))
    expected = {"question": "question", "moderator": "moderator", "answer": "answer"}
    assert roles == {s["name"]: expected[s["role"]] for s in GOLD["sources"][TRANSCRIPT]["speakers"]}


def test_inline_speaker_labels_and_three_speakers_with_outlets():
    text = fixture("transcript_three.txt")
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == [
        "Shou Xiaoli", "Wang Shouwen", "Shou Xiaoli", "CCTV", "Li Xingqian", "Reuters", "Shou Xiaoli",
        "Wang Shouwen", "Shou Xiaoli",
    ]
    cctv = turns[3]
    assert cctv.paragraphs[0].text.startswith("Exports of electric vehicles")
    assert text[cctv.paragraphs[0].start:cctv.paragraphs[0].end] == cctv.paragraphs[0].text
    assert speaker_roles(turns) == {
        "Shou Xiaoli": "moderator", "Wang Shouwen": "answer", "CCTV": "question",
        "Li Xingqian": "answer", "Reuters": "question",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (seed_text(TRANSCRIPT), True),
        (fixture("transcript_three.txt"), True),
        (seed_text(NEWS), False),
        (fixture("news_straight.txt"), False),
        (fixture("news_spanning.txt"), False),
        ("Photo: Xinhua\n\nSome text of an article.\n\nSource: China Daily\n\nEditor: Li Ming\n", False),
        ("Gu Jun:\n\nWe will keep going.\n", False),
        ("Revenue rose 9%.\n\nMedia Contact: Jane Roe, +1 555 0100\n\nInvestor Contact: Tom Lee, ir@x.com\n",
         False),
        ("Revenue rose 9%.\n\nInvestor Relations:\nMeredith Cole\n+1 (512) 555-0187\n\n"
         "Media:\nJordan Pak\npress@keystride.com\n", False),
        ("Q    Is a deal possible this week?\n\nMR. OKAFOR:  I am not going to put a timeline on it.\n",
         True),
        ("MS. HALVORSEN: Good afternoon, everyone.\n\nQ A follow-up on Ohio. Is a deal possible?\n\n"
         "MS. HALVORSEN: I am not going to put a timeline on it.\n", True),  # "Q" and one space
        # A fact sheet's "Key: value" lines are no speakers.
        ("Dulzura Fire\n\nIncident Facts\nCounty: San Diego County\n"
         "Location: State Route 94 and Honey Springs Road, east of Jamul\nAcres Burned: 21,470 Acres\n"
         "Containment: 38%\n\nResources Assigned\nPersonnel: 2,418\nWater Tenders: 34\nHand Crews: 58\n\n"
         "Firefighters strengthened containment lines on the southern flank overnight.\n", False),
    ],
)
def test_is_transcript(text, expected):
    assert is_transcript(paragraphs(text)) is expected


def test_a_page_s_teaser_label_after_the_last_answer_is_no_speaker():
    text = ("ASHWORTH: We needed energy, and the lads gave me it from the first whistle today.\n\n"
            "NEXT UP: Rovers v Portbury Town, Tuesday 10 March, 7.45pm KO\n")
    assert [t.speaker for t in speaker_turns(paragraphs(text))] == ["ASHWORTH"]


def test_speakers_whose_turns_are_all_questions_ask():
    text = ("Moderator: Welcome.\n\nZhang Hua: What will the city do about housing?\n\n"
            "Li Ming: We will build 200,000 affordable homes this year.\n\n"
            "Zhang Hua: And next year?\n\nLi Ming: More than that, and closer to metro lines.\n")
    roles = speaker_roles(speaker_turns(paragraphs(text)))
    assert roles == {"Moderator": "moderator", "Zhang Hua": "question", "Li Ming": "answer"}


def test_a_reporter_asking_is_a_turn_and_a_reporter_credit_is_not():
    text = ("CHIEF MORROW: We made three arrests this morning.\n\n"
            "REPORTER: Chief, was this gang-related? And was anyone else hurt?\n\n"
            "CHIEF MORROW: We're not going to characterize a motive today.\n")
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == ["CHIEF MORROW", "REPORTER", "CHIEF MORROW"]
    assert speaker_roles(turns)["REPORTER"] == "question"
    credit = "Reporter: Zhang Wei\n\nThe city will build 200,000 homes this year, officials said.\n"
    assert speaker_turns(paragraphs(credit)) == []


INTERVIEW = """\
[00:12:31] MARCUS LEHTO: So what share of work days are done from home?

[00:12:38] PRIYA RAMASWAMY: In our February wave it's 27.6% of paid full days. We round it to 28 when we \
talk about it, and the striking thing is that number has been basically flat since early 2023, whatever the \
mandates say.

[00:13:02] MARCUS LEHTO: Despite all the mandates.

[00:13:04] PRIYA RAMASWAMY: Despite all the mandates. The announcements are loud but the compliance is \
partial. If you look at workers who can do their jobs remotely, 41% are hybrid, 12% are fully remote, \
and the rest are in the office full time.

[00:27:40] MARCUS LEHTO: A CEO told us, "if you want to be a part-time employee, go find a part-time job."

[00:27:52] PRIYA RAMASWAMY: I hear that a lot. Senior staff attrition at the mandate firms was 14% higher in \
the following year, and it's the people you least want to lose, the ones with options, who leave first.
"""


def test_of_two_voices_the_one_who_asks_in_short_turns_is_the_host_and_what_he_quotes_is_nobody_s():
    paras = paragraphs(INTERVIEW)
    roles = speaker_roles(speaker_turns(paras))
    assert roles == {"MARCUS LEHTO": "question", "PRIYA RAMASWAMY": "answer"}
    quotes = find_quotes("S", INTERVIEW, paras, "transcript")
    assert quotes and {q.speaker for q in quotes} == {"Priya Ramaswamy"}


def test_an_evidence_session_s_question_numbers_are_no_part_of_the_speakers():
    text = ("Q118 Chair: Good morning. Could I start with the obvious question? Will the company survive?\n\n"
            "Helen Marsh: Yes. We have the liquidity to meet our obligations for the next eighteen months, "
            "and the shareholders have committed further equity.\n\nQ119 Chair: Briefly, please.\n")
    assert [t.speaker for t in speaker_turns(paragraphs(text))] == ["Chair", "Helen Marsh", "Chair"]


def test_a_spokesperson_alone_on_the_podium_answers():
    text = ("Mao Ning: Good afternoon. I have two announcements to make. Next question, please.\n\n"
            "AFP: Does China plan to respond to the new tariffs?\n\n"
            "Mao Ning: China firmly opposes the unilateral tariffs and will take the necessary measures.\n\n"
            "Bloomberg: Will there be talks?\n\n"
            "Mao Ning: I'd refer you to the competent authorities.\n")
    roles = speaker_roles(speaker_turns(paragraphs(text)))
    assert roles == {"Mao Ning": "answer", "AFP": "question", "Bloomberg": "question"}


def test_a_speakers_roster_is_no_turn():
    text = ("Speakers:\nMr. Chen Kelong, vice minister of industry\nMs. Liu Suyan, deputy head of it\n\n"
            "Chen Kelong:\n\nThe industry grew fast this year, and we will keep it on track.\n\n"
            "China Daily:\n\nWhat comes next?\n")
    assert [t.speaker for t in speaker_turns(paragraphs(text))] == ["Chen Kelong", "China Daily"]


EARNINGS_CALL = """Norwood Instruments (NYSE: NWDI)
Q3 2026 Earnings Call

Operator:
Good afternoon, and welcome to the call. I will now turn the call over to Priya Raman. Please go ahead.

Priya Raman -- Chief Executive Officer
Thank you, operator. Q3 was a strong quarter for Norwood, and our backlog ended the quarter at a new high.

Daniel Okafor -- Goldman Sachs -- Analyst
Can you say more about China, and whether the decline there has reached its floor yet?

Priya Raman -- Chief Executive Officer
China remains a headwind, and we are not assuming a recovery before the middle of next year.
"""

FED = """Transcript of Chair Daniel Whitaker's Press Conference

CHAIR WHITAKER. Good afternoon. Today the Committee decided to lower the target range by a quarter point.

MICHELLE SMITH. Paul.

PAUL DERRICK. Paul Derrick, Wall Street Journal. Is another cut likely in March, do you think?

CHAIR WHITAKER. We are not on a preset course, and we will decide meeting by meeting as the data come in.

MICHELLE SMITH. Let's go to Howard.
"""

HANSARD = """12.34 pm
The Chancellor of the Exchequer (Rachel Adeyemi)
With permission, Mr Speaker, I will make a statement. I am announcing a package worth two billion pounds.

Hon. Members: Hear, hear!

Mr Gareth Holloway (Sevenoaks Weald) (Con)
I thank the Chancellor. Last winter the Government took the winter fuel payment away from pensioners.

The Chancellor of the Exchequer
The right hon. Gentleman has a short memory, and the money comes from the levy, as I said before.

Mr Speaker
Order. Short questions and short answers, please.

Contains Parliamentary information licensed under the Open Parliament Licence v3.0.
"""


@pytest.mark.parametrize("text", [EARNINGS_CALL, FED, HANSARD])
def test_speaker_lines_without_a_colon_make_a_transcript(text):
    assert is_transcript(paragraphs(text))


def test_an_earnings_call_names_its_speakers_on_dash_lines_and_its_analysts_ask():
    turns = speaker_turns(paragraphs(EARNINGS_CALL))
    assert [t.speaker for t in turns] == ["Operator", "Priya Raman", "Daniel Okafor", "Priya Raman"]
    assert speaker_roles(turns) == {"Operator": "moderator", "Priya Raman": "answer",
                                    "Daniel Okafor": "question"}


def test_an_earnings_call_s_section_headings_are_no_speakers_and_its_operator_needs_no_colon():
    text = EARNINGS_CALL.replace("Operator:\n", "Prepared Remarks:\n\nOperator\n\n").replace(
        "Daniel Okafor -- Goldman", "Questions & Answers:\n\nOperator\n\nOur first question comes from "
        "Daniel Okafor.\n\nDaniel Okafor -- Goldman")
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == [
        "Operator", "Priya Raman", "Operator", "Daniel Okafor", "Priya Raman"]


def test_a_central_bank_chair_in_capitals_answers_and_the_hand_overs_moderate():
    turns = speaker_turns(paragraphs(FED))
    assert [t.speaker for t in turns] == ["CHAIR WHITAKER", "MICHELLE SMITH", "PAUL DERRICK",
                                          "CHAIR WHITAKER", "MICHELLE SMITH"]
    assert turns[0].paragraphs[0].text.startswith("Good afternoon.")
    assert speaker_roles(turns) == {"CHAIR WHITAKER": "answer", "MICHELLE SMITH": "moderator",
                                    "PAUL DERRICK": "question"}
    quotes = find_quotes("S", FED, paragraphs(FED), "transcript")
    assert quotes and {q.speaker for q in quotes} == {"Daniel Whitaker"}  # the full name, from the title


def test_hansard_offices_members_and_the_speaker():
    turns = speaker_turns(paragraphs(HANSARD))
    assert [t.speaker for t in turns] == ["Rachel Adeyemi", "Hon. Members", "Mr Gareth Holloway",
                                          "Rachel Adeyemi", "Mr Speaker"]
    assert speaker_roles(turns) == {"Rachel Adeyemi": "answer", "Hon. Members": "question",
                                    "Mr Gareth Holloway": "answer", "Mr Speaker": "moderator"}
    quotes = find_quotes("S", HANSARD, paragraphs(HANSARD), "transcript")
    assert {q.speaker for q in quotes} == {"Rachel Adeyemi", "Gareth Holloway"}
    assert not any("licensed" in q.text or q.text.startswith(("With permission", "I thank")) for q in quotes)


def test_hansard_speaker_lines_before_a_colon_name_the_office_holder_and_the_asking_member():
    text = ("Prime Minister\n\nThe Prime Minister was asked—\n\n"
            "Q1. [908214] Siân Pritchard-Rees (Newport West and Islwyn) (Lab): If he will list his official "
            "engagements for Wednesday 11 March.\n\n"
            "The Prime Minister (Sir Adrian Molyneux): This morning I had meetings with ministerial "
            "colleagues and others.\n\nHon. Members: Hear, hear.\n\n"
            "Mrs Helena Drummond-Clarke (Sevenoaks Weald) (Con): Growth in the last quarter was 0.1%. How "
            "many more firms have to go under before he admits he got it wrong?\n\n"
            "The Prime Minister: Business insolvencies are lower than they were in any year under the "
            "previous Government, and we protected the smallest firms.\n")
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == ["Siân Pritchard-Rees", "Sir Adrian Molyneux", "Hon. Members",
                                          "Mrs Helena Drummond-Clarke", "Sir Adrian Molyneux"]
    assert turns[-1].paragraphs[0].text.startswith("Business insolvencies")
    quotes = find_quotes("S", text, paragraphs(text), "transcript")
    assert {q.speaker for q in quotes if q.text.startswith("Business")} == {"Adrian Molyneux"}


def test_a_meeting_s_parts_in_capitals_name_their_holders_once_and_then_stand_for_them():
    text = ("CHAIR (Helen Marchetti): Good morning and welcome to the annual general meeting. I'm advised "
            "that a quorum is present, so I declare the meeting open. This has been a hard year for the "
            "company, and the Board has not declared a final dividend.\n\n"
            "CHIEF EXECUTIVE (Owen Tregarthen): Thank you, Helen. My remarks include forward-looking "
            "statements, which are subject to risks set out in our annual report. We cut our costs by 18 per "
            "cent and we kept every one of our three mills running through the downturn.\n\n"
            "SHAREHOLDER (Mr Amos Kerrigan, in the room): Why should we back the pay report this year?\n\n"
            "CHAIR: Because no executive received a bonus for the year, and the Board will review the "
            "hurdles for the long-term plan before the next grant is made.\n\n"
            "CHIEF EXECUTIVE: We can restart the Lowther line within six months of a decision to do so, "
            "and we will not take that decision until prices recover.\n")
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == ["Helen Marchetti", "Owen Tregarthen", "Mr Amos Kerrigan",
                                          "Helen Marchetti", "Owen Tregarthen"]
    quotes = find_quotes("S", text, paragraphs(text), "transcript")
    by = {q.text.split()[0]: q.speaker for q in quotes}
    assert by["Because"] == "Helen Marchetti" and by["We"] == "Owen Tregarthen"
    assert not [q for q in quotes if "quorum" in q.text]  # the meeting's procedure
    assert not [q for q in quotes if "forward-looking" in q.text]  # and every company's caveat


@pytest.mark.parametrize("line", [
    "ACME HOLDINGS (Acme Holdings Limited): Results for the year to 30 June are set out below in full.",
    "NORWOOD INSTRUMENTS (NYSE: NWDI): The company reported record sales for the quarter on Tuesday.",
])
def test_a_company_s_name_in_brackets_is_no_part_s_holder(line):
    text = f"{line}\n\nCHAIR: The meeting is closed, and I thank every one of you for coming today.\n"
    assert "Acme Holdings Limited" not in {t.speaker for t in speaker_turns(paragraphs(text))}


UN_RECORD = """Security Council
10187th meeting

President:   Mr. Oyarzún Lagos . . . . . . . . . . . . . . . . . . (Chile)

Members:     China . . . . . . . . . . . . . . . . . . . . . . . . . Mr. Tian Lejun

The President (spoke in Spanish): I invite the following briefers to participate in this meeting: Ms. \
Ingvild Halvorsen, Assistant Secretary-General for Humanitarian Affairs; and Ms. Hadiza Mahamat Abakar, \
Coordinator of the Lake Chad Women's Peace Network.

Ms. Mahamat Abakar (spoke in French): When I was a girl, my mother fished from the shore of the lake. \
We are asking to be at the table where decisions about our lives are made.

Mr. Tian Lejun (China) (spoke in Chinese): The root causes of the crisis lie in poverty and \
underdevelopment, and the countries of the region must lead.
"""


def test_the_speaker_of_the_house_before_a_colon_chairs_and_a_record_s_notes_are_nobody_s_words():
    text = ("Mr Speaker: Order. I call the Leader of the Opposition.\n\n"
            "Mrs Helena Drummond-Clarke (Sevenoaks Weald) (Con): Growth in the last quarter was 0.1%, and "
            "38,000 small firms have closed their doors since the rise came in.\n\n"
            "The meeting rose at 12.40 p.m.\n")
    turns = speaker_turns(paragraphs(text))
    assert speaker_roles(turns)["Mr Speaker"] == "moderator"
    quotes = find_quotes("S", text, paragraphs(text), "transcript")
    assert {q.speaker for q in quotes} == {"Helena Drummond-Clarke"}
    assert not any("meeting rose" in q.text or "I call" in q.text for q in quotes)


def test_a_un_record_s_speaker_lines_give_the_country_and_the_language_and_its_member_list_is_no_turn():
    turns = speaker_turns(paragraphs(UN_RECORD))
    assert [t.speaker for t in turns] == ["The President", "Ms. Mahamat Abakar", "Mr. Tian Lejun"]
    quotes = find_quotes("S", UN_RECORD, paragraphs(UN_RECORD), "transcript")
    speakers = {q.text.split()[0]: q.speaker for q in quotes}
    assert speakers["When"] == "Hadiza Mahamat Abakar"  # named in full where the President invites her
    assert speakers["The"] == "Tian Lejun"


PUBLIC_HEARING = """CITY COUNCIL — REGULAR MEETING

Present: Mayor Teresa Castellanos; Councilors Aiyana Redcloud, Benedikt Sauer, Patrick Devereaux
Staff: City Manager Rachel Tennyson; City Recorder Lucille Baptiste

Mayor Castellanos: Each speaker gets three minutes. First speaker, please.

Speaker: Margaret Houlihan

Good evening. I'm a widow on a fixed income, and every increase comes out of my groceries.

Mayor Castellanos: Thank you, Ms. Houlihan. Next speaker.

Speaker: (Declined to give name)

Yeah, I'm not giving my name. This council voted itself a pay raise two years ago.

Councilor Devereaux: I'll be voting no. The operations building should have come to us separately.

Recorder Baptiste: The motion carries 5 to 2, with Councilors Devereaux and Sauer voting no.
"""


def test_a_public_hearing_s_speaker_lines_name_who_comments_below_them():
    turns = speaker_turns(paragraphs(PUBLIC_HEARING))
    assert [t.speaker for t in turns][:4] == ["Mayor Castellanos", "Margaret Houlihan", "Mayor Castellanos",
                                              "Unidentified speaker"]
    quotes = find_quotes("S", PUBLIC_HEARING, paragraphs(PUBLIC_HEARING), "transcript")
    said = {q.text.split()[0]: q.speaker for q in quotes}
    assert said.get("Good") == "Margaret Houlihan" or said.get("I'm") == "Margaret Houlihan"
    assert not any(q.text.startswith(("Yeah", "This council")) for q in quotes)  # nobody to quote
    devereaux = {q.speaker for q in quotes if "operations building" in q.text}
    assert devereaux == {"Patrick Devereaux"}  # not "Councilors Devereaux", read off the roll call


CAPTIONED_HEARING = """>> CHAIR LEBLANC-THORNE: Our first speaker is Mr. Gerald Fougère, who will speak \
in French.

>> GERALD FOUGÈRE: [SPEAKING FRENCH]

>> INTERPRETER: Good evening. My name is Gerald Fougère, I am a retired fisherman from Petit-Rocher. For me \
that is not a percentage, that is groceries. But why is it always the small customer who pays first?

>> CHAIR LEBLANC-THORNE: Thank you, Mr. Fougère. Councillor Nadeau-Sirois.

>> PAUL NADEAU-SIROIS: Thank you, Madam Chair. So I do not dispute that we need the vegetation work. Phase \
it in over three years instead of two, and cap the residential increase at 5% a year.

>> [INAUDIBLE] -- microphone?

>> CHAIR LEBLANC-THORNE: Yes, the microphone on the left please. Go ahead.
"""


def test_an_interpreter_gives_the_words_of_whom_the_captions_mark_as_speaking_another_language():
    quotes = find_quotes("S", CAPTIONED_HEARING, paragraphs(CAPTIONED_HEARING), "transcript")
    assert {q.speaker for q in quotes if q.text.startswith("For me")} == {"Gerald Fougère"}
    assert {q.speaker for q in quotes if q.text.startswith("So I do")} == {"Paul Nadeau-Sirois"}  # the voice
    # off the microphone asked, not he


def test_a_caption_label_in_capitals_with_a_mac_in_small_letters_is_a_person_s_name():
    text = (">> CHAIR LEBLANC-THORNE: Thank you, Mr. Fougère. Next, Ms. Shawna MacEachern.\n\n"
            ">> SHAWNA MacEACHERN: Hi. I'm a single mom, two kids, I work at the hospital in housekeeping. "
            "I already turn the heat down to 17 at night.\n\n"
            ">> CHAIR LEBLANC-THORNE: Thank you. Councillor Nadeau-Sirois.\n")
    assert {q.speaker for q in find_quotes("S", text, paragraphs(text), "transcript")
            if q.text.startswith("I already")} == {"Shawna MacEachern"}


def _record(*paragraphs: str) -> str:
    """Wrap paragraphs as the US congressional record prints them: first line indented, width 68."""
    return "\n".join(textwrap.fill(p, 68, initial_indent="    ") for p in paragraphs) + "\n"


HEARING = """                              CONTENTS
Halvorsen, Hon. Erik, Chairman and a U.S. Senator from Montana...     1
Delacroix, Hon. Marguerite:
    Opening Statement............................................     4

""" + _record(
    "The Committee met, pursuant to notice, at 10:03 a.m., in Room SD-366, Dirksen Senate Office "
    "Building, Hon. Erik Halvorsen, Chairman of the Committee, presiding.",
    "The CHAIRMAN. The Committee will come to order. The request funds Payments in Lieu of Taxes at "
    "$535 million, down from $620 million this year, and that is a cut the counties will feel in their "
    "roads and in their sheriffs' offices before the end of the year.",
    "I now turn to the Ranking Member, Senator Okafor, for her opening statement.",
    "Senator OKAFOR. Thank you, Mr. Chairman. This budget asks the Department to do more with a great "
    "deal less, and I do not know how you cut 12 percent and keep the visitor centers open all summer.",
    "Secretary DELACROIX. Thank you, Chairman Halvorsen. This budget makes hard choices, and I would "
    "rather tell you that plainly than pretend otherwise to the members of this Committee today.",
)


def test_a_congressional_record_s_paragraphs_speakers_and_index():
    paras = paragraphs(HEARING)
    assert not any("....." in p.text for p in paras)  # the contents' lines
    turns = speaker_turns(paras)
    assert [t.speaker for t in turns] == ["The CHAIRMAN", "Senator OKAFOR", "Secretary DELACROIX"]
    assert [len(t.paragraphs) for t in turns] == [2, 1, 1]  # an indented line opens a paragraph
    assert set(speaker_roles(turns).values()) == {"answer"}
    quotes = find_quotes("S", HEARING, paras, "transcript")
    # The chairman is named in full as presiding, the witness in the index ("Delacroix, Hon.
    # Marguerite:"); the senator only by family name in running text.
    assert [q.speaker for q in quotes] == ["Erik Halvorsen", "Okafor", "Marguerite Delacroix"]


TV = """MARCUS DELANEY, CNN ANCHOR: Hello and welcome. The Senate passed a $38 billion aid package today.

ED FARROW, CNN CORRESPONDENT (voice-over): Six weeks ago, this was Main Street. Today it is a row of chimneys.

DONNA KESSLER, HARLAN CREEK RESIDENT: We had maybe 20 minutes. I grabbed the dog and my mother's ashes.

FARROW: Kessler, who is 68, now lives in a camper on her lot while she waits for the insurers.

KESSLER: They're offering me $180,000 for the house, and the builder says it will cost $410,000 to rebuild.

UNIDENTIFIED MALE: They say the school's getting rebuilt first, and that's what I heard from everyone here.

SEN. LISA HARMON (D-OR): These are American towns, and we are not going to ask Oregon to find offsets.

DELANEY: Senator, will the House pass it before the recess, do you think?
"""


def test_a_tv_transcript_names_speakers_in_capitals_and_its_anchor_and_correspondent_are_not_quoted():
    turns = speaker_turns(paragraphs(TV))
    assert [t.speaker for t in turns] == ["MARCUS DELANEY", "ED FARROW", "DONNA KESSLER", "ED FARROW",
                                          "DONNA KESSLER", "UNIDENTIFIED MALE", "SEN. LISA HARMON",
                                          "MARCUS DELANEY"]  # a family name alone is the whole name
    assert speaker_roles(turns) == {"MARCUS DELANEY": "moderator", "ED FARROW": "question",
                                    "DONNA KESSLER": "answer", "UNIDENTIFIED MALE": "unnamed",
                                    "SEN. LISA HARMON": "answer"}
    quotes = find_quotes("S", TV, paragraphs(TV), "transcript")
    assert {q.speaker for q in quotes} == {"Donna Kessler", "Lisa Harmon"}


@pytest.mark.parametrize("text", [
    "Joint Ministerial Statement — Third Ministerial Meeting of the Energy Partnership\n\n"
    "Annex I: Projects\n\nThe ministers met in Lisbon. They agreed on a plan.\n",
    "Norwood Instruments (NYSE: NWDI)\n\nApple Inc (Cupertino) (AAPL)\n\nShares rose. Sales fell.\n",
    # a wire story's footer
    "Rich nations pledge climate cash\n\nThe pledges came on Wednesday. Delegates cheered.\n\n"
    "Our Standards: The GlobalWire Trust Principles.\n\nSuggested Topics:\nClimate Change\n",
])
def test_headings_that_look_like_speaker_lines_make_no_transcript(text):
    assert not is_transcript(paragraphs(text))


def test_section_labels_and_release_furniture_make_no_transcript_but_surnames_named_elsewhere_do():
    report = ("Health\n\nNeeds:\nSome 62,000 people lack access to clinics.\n\nResponse:\nPartners ran 14 "
              "mobile clinics.\n\nGaps:\nFuel for generators is short.\n")
    release = ("Falls fell by 13%.\n\nUsage Restrictions: Only for use with this news release.\n\n"
               "Disclaimer: AAAS is not responsible for the accuracy of news releases.\n\n"
               "Office: 44-139-272-4816\n\nCell: 44-7700-900458\n")
    interview = ("Tomas Berglund has run the port since 2017. The Review spoke to him.\n\n"
                 "Review: What happened?\n\nBerglund: Container traffic dropped.\n")
    assert not is_transcript(paragraphs(report))
    assert not is_transcript(paragraphs(release))
    assert is_transcript(paragraphs(interview))


def test_a_recall_notice_s_fields_make_no_transcript_but_titled_speakers_still_do() -> None:
    notice = ("Name of Product:\nOil-Filled Radiant Space Heaters\n\nHazard:\nThe power cord can overheat, "
              "posing fire and burn hazards.\n\nRecall Date:\nNovember 05, 2026\n\nSold At:\nWalmart stores "
              "nationwide from August 2024 through October 2026 for between $49 and $89.\n\n"
              "Manufactured In:\nChina\n\nAbout U.S. CPSC:\nThe Commission keeps consumers safe.\n")
    hearing = ("Secretary of State:\nWe have imposed sanctions on the network today.\n\nChief of Staff:\n"
               "The President has been briefed on the whole of it.\n")
    assert not is_transcript(paragraphs(notice))
    assert is_transcript(paragraphs(hearing))  # an office "of" something is someone


PODCAST = """\
[00:00:00] [MUSIC]

[00:00:06] MAYA ELLIOTT: From Lakefront Public Media, this is The Commons Report. I'm Maya Elliott. \
My guests are Darnell Foster and Kathryn Szabo. Welcome to you both.

[00:00:31] DARNELL FOSTER: Thanks, Maya.

[00:00:34] ELLIOTT: Darnell, start us off. Where does that number come from?

[00:00:38] FOSTER: The figure is the transit authority's own projection, and it is the hole that opens \
when the federal money runs out.

[00:01:12] ELLIOTT: And if nothing passes?

[00:01:18] KATHRYN SZABO: [laughs] Everybody has a doomsday plan now, and nobody believes the other \
side will blink first.
"""


def test_a_podcast_s_time_coded_speaker_lines_its_host_and_stage_directions():
    paras = paragraphs(PODCAST)
    assert is_transcript(paras)
    roles = speaker_roles(speaker_turns(paras))
    assert roles["MAYA ELLIOTT"] == "moderator"  # "I'm Maya Elliott", then questions: the host
    quotes = find_quotes("S", PODCAST, paras, "transcript")
    assert {q.speaker for q in quotes} == {"Darnell Foster", "Kathryn Szabo"}
    assert not any(q.text.startswith(("[", "00:")) for q in quotes)  # "[laughs]" is not said
    assert any(q.text.startswith("Everybody has a doomsday plan") for q in quotes)


PRESSER = """\
Ashworth: ‘That’s what this club is about’

Saturday 7 March 2026

Declan Ashworth hailed the character of his side after a 2-1 comeback victory over Castlebridge United.

“We knew if we kept going the chances would come,” Callum Reddy told Rovers+ at full-time.

Q: Declan, how would you sum that up?

ASHWORTH: Character. That’s the word. We were poor for 25 minutes, I’ll be honest, and they punished us. \
But the reaction after going a goal down, that’s what this club is about.

Q: What’s the latest on Rhys Dunmore?

ASHWORTH: It’s not good news. He felt his hamstring in the 32nd minute, and we are looking at six to eight \
weeks, maybe longer.
"""


def test_a_club_s_press_conference_page_its_headline_intro_and_the_manager_named_by_surname():
    paras = paragraphs(PRESSER)
    turns = speaker_turns(paras)
    assert [t.speaker for t in turns] == ["Q", "ASHWORTH", "Q", "ASHWORTH"]  # the headline is no turn
    quotes = find_quotes("S", PRESSER, paras, "transcript")
    assert ("Callum Reddy", "We knew if we kept going the chances would come") in {
        (q.speaker, q.text) for q in quotes}  # the intro's marked words
    answers = [q for q in quotes if q.speaker != "Callum Reddy"]
    assert answers and {q.speaker for q in answers} == {"Declan Ashworth"}
    assert not any(q.text.startswith("Declan Ashworth hailed") for q in quotes)


AUTOMATIC = """\
The following is an automatically generated transcript of the news conference.

Mayor Denise Caldwell (00:00:04):
Good afternoon, everybody. I'm Denise Caldwell, mayor of the City of Carlow Bay. We have six shelters open, \
and every one of them will stay open at least through Monday.

Mayor Denise Caldwell (00:01:20):
Next I'm going to bring up our fire chief, Chief Angela Ruiz, who has been going nonstop. Chief.

Speaker 3 (00:03:19):
Thank you, Mayor. Our crews carried out 63 water rescues, and every one of them put a firefighter in the \
water too. Turn around, don't drown, because the water is deeper than it looks.

Mayor Denise Caldwell (00:04:12):
Thank you, Chief. And Ray Donnelly, our public works director.

Ray Donnelly (00:04:18):
Thanks, Mayor. Our crews have cleared 3,400 fallen trees, and curbside pickup of storm debris starts on \
Monday in every ward of the city.

Speaker 6 (00:06:22):
Mayor, Dana Pruitt, Carlow Bay Ledger. Residents say they never got the alert. Was there a failure?

Mayor Denise Caldwell (00:06:31):
We are going to look at that, and we will do a full review of the timing of every alert we sent out.
"""


def test_an_automatic_transcript_s_timed_labels_and_numbered_voices_are_read() -> None:
    turns = speaker_turns(paragraphs(AUTOMATIC))
    mayor = "Mayor Denise Caldwell"
    assert [t.speaker for t in turns] == [mayor, mayor, "Angela Ruiz", mayor, "Ray Donnelly", "Speaker 6",
                                          mayor]
    assert speaker_roles(turns)["Speaker 6"] == "unnamed"  # who asks is not named by the turn before
    quotes = find_quotes("S", AUTOMATIC, paragraphs(AUTOMATIC), "transcript")
    assert {q.speaker for q in quotes} == {"Denise Caldwell", "Angela Ruiz", "Ray Donnelly"}
    assert not [q for q in quotes if "never got the alert" in q.text]  # a reporter's, not the mayor's
    # introductions are no quotes: the mayor's own, and who speaks next
    assert not [q.text for q in quotes if "I'm Denise" in q.text or "Ray Donnelly" in q.text
                or "bring up" in q.text], [q.text for q in quotes]


MINISTRY_PRESS_CONFERENCE = """Press Conference by Press Secretary HAYASHIDA Keiko (excerpt)

NHK, Ishiguro: I would like to ask about the incident near the islands. How does the Government view it?

Press Secretary HAYASHIDA: Thank you for your question. Japan has lodged a strong protest with the other \
side, both in Tokyo and in the capital. It is absolutely unacceptable to the Government of Japan.

Reuters, Lee: The other ministry said the boat had "entered its waters illegally." What is your response?

Press Secretary HAYASHIDA: Such a claim is entirely unacceptable to Japan and to its fishermen.

(End of excerpt)

Related Information
The Senkaku Islands (Japanese Territory)
Situation of the patrols around the islands (Coast Guard website)
"""


def test_a_ministry_press_conference_names_its_askers_by_outlet_and_its_press_secretary_by_title():
    # "Press Secretary HAYASHIDA:" opens on "Press", which alone is a page's label; outlets name their
    # reporters after a comma; "(End of excerpt)" ends the last answer, so the links below are nobody's.
    paras = paragraphs(MINISTRY_PRESS_CONFERENCE)
    assert is_transcript(paras)
    turns = speaker_turns(paras)
    assert [t.speaker for t in turns] == ["NHK, Ishiguro", "Press Secretary HAYASHIDA", "Reuters, Lee",
                                          "Press Secretary HAYASHIDA"]
    assert speaker_roles(turns) == {"NHK, Ishiguro": "question", "Press Secretary HAYASHIDA": "answer",
                                    "Reuters, Lee": "question"}
    quotes = find_quotes("S", MINISTRY_PRESS_CONFERENCE, paras, "transcript")
    assert {q.speaker for q in quotes} == {"HAYASHIDA Keiko"}  # family name first, as the page writes it
    assert not any("illegally" in q.text or "patrols" in q.text for q in quotes)


PREFECTURE_PRESS_CONFERENCE = """Regular Press Conference by the Governor (2 March 2026)

Date and time: Monday, 2 March 2026, 10:00-10:30
Venue: Prefectural Office, Main Building, 3rd Floor
Speaker: Governor MORIYAMA Hideki

Topics
1. The snow removal budget for the rest of the winter
2. The rural bus routes that were cut last autumn

Governor: Good morning. We will add 400 million yen for snow removal this winter.

Reporter (Hokuto Shimbun): When will the bus routes return?

Governor: The routes will return in April. I promise you that.
"""


def test_a_press_conference_s_details_name_who_gave_it_and_its_topics_are_nobody_s_words():
    # "Speaker:" under the venue says who gave the press conference, not who speaks next; the topics
    # below it are the page's. "Governor:" is the governor the details name, family name first.
    said = _said_in(PREFECTURE_PRESS_CONFERENCE, "governor.txt")
    assert not [text for text in said if "budget for" in text or "were cut" in text]
    assert said["The routes will return in April."] == "MORIYAMA Hideki"


RADIO_LOG = """\
AIR TRAFFIC CONTROL TRANSCRIPT: Kestrel Air 214, Dunmore Approach, 3 March 2026

Time (UTC)  Speaker     Text
14:02:11    KES214      Dunmore Approach, Kestrel two one four, we have a bird strike on the
                        left engine, request immediate return to the field.
14:02:19    APPROACH    Kestrel two one four, roger, turn left heading two seven zero,
                        descend four thousand feet.
14:02:26    KES214      Left two seven zero, four thousand, Kestrel two one four. We have
                        one four two souls on board and the engine is shut down.
14:03:40    APPROACH    Kestrel two one four, fire services are standing by for your arrival
                        on runway two seven.
14:04:02    KES214      Thank you, we will land on the first attempt and stop on the runway.

Note: the crew's words are reproduced as recorded. The investigation continues and its final report
will be published next year.
"""


def test_a_log_of_radio_traffic_is_its_stations_turns_each_row_with_the_lines_under_it():
    # Each row gives the time, the call sign and the words, which go on under them in their column; the
    # call sign is kept as the log writes it, or as the words name it in full ("Dunmore Approach"); the
    # note after the log is the report's, nobody's words.
    said = _said_in(RADIO_LOG, "atc.txt")
    assert said["We have\n                        one four two souls on board and the engine is shut down."] \
        == "KES214"
    assert said["Kestrel two one four, fire services are standing by for your arrival\n"
                "                        on runway two seven."] == "Dunmore Approach"
    assert not [text for text in said if "investigation" in text or "reproduced" in text]
    programme = ("Programme\n\n09:00  Registration  Foyer and cloakroom\n09:30  Keynote  Dr Amal Haddad, "
                 "Chief Economist\n10:30  Break  Coffee in the foyer\n11:00  Panel  Housing supply and "
                 "planning\n15:00  Break  Tea and coffee in the foyer\n")
    assert not is_transcript(paragraphs(programme))  # a day's programme in the same columns is no log


INTERVIEW_UNDER_CAUTION = """\
Record of taped interview, Carr Lane depot burglary

Key: DC – Detective Constable Priya Nair; JM – the interviewee, Mr Jonah Marsh; SOL – duty solicitor.

[00:00] DC: This interview is being recorded. Can you tell me where you were on Friday night?
[00:09] JM: I was at home with my sister the whole evening, from about six until midnight.
[00:20] DC: Your van was seen on the Carr Lane camera at ten past eleven that night, heading to the depot.
[00:31] JM: [sighs] Then somebody else was driving it, not me –
[00:40] SOL: My client has answered the question.
[00:44] DC: We will come back to the van. I am showing you exhibit PN4, a receipt from the depot.
[00:58] JM: I have never seen that receipt before in my life.
"""


def test_a_timed_turn_that_breaks_off_is_no_heading():
    said = _said_in(INTERVIEW_UNDER_CAUTION, "interview.txt")
    assert said["Then somebody else was driving it, not me –"] == "Jonah Marsh"


def test_a_footnote_s_mark_is_no_part_of_what_was_said():
    text = INTERVIEW_UNDER_CAUTION.replace("heading to the depot.", "heading to the depot.²").replace(
        "[00:09] JM:", "[00:05] JM: Is this about the van?¹\n[00:09] JM:") + "\n² Camera 14, Carr Lane.\n"
    said = _said_in(text, "interview.txt")
    assert said["Your van was seen on the Carr Lane camera at ten past eleven that night, heading to the "
                "depot."] == "Priya Nair"
    assert not [words for words in said if "¹" in words or "²" in words]


def test_a_code_over_turns_is_the_person_the_key_names():
    # "DC" is the officer the key names, after her rank ("Detective Constable"); "SOL" names nobody.
    said = _said_in(INTERVIEW_UNDER_CAUTION, "interview.txt")
    assert said["Your van was seen on the Carr Lane camera at ten past eleven that night, heading to the "
                "depot."] == "Priya Nair"


@pytest.mark.parametrize("line", ["Yes, Minister: that is what they said on the day.",
                                  "Press: the page's contact for reporters is below.",
                                  "The Senkaku Islands (Japanese Territory)"])
def test_a_sentence_a_press_label_or_a_link_is_no_speaker_line(line):
    text = f"{line}\n\nMinister Ana Ruiz: We will open the new bridge in May, on time and on budget.\n"
    assert [t.speaker for t in speaker_turns(paragraphs(text))] == ["Minister Ana Ruiz"]


def test_a_speaker_line_giving_only_an_office_is_its_holder():
    text = ("Press Conference by the Chief Cabinet Secretary\n\nChief Cabinet Secretary KUROKI Masahiro\n\n"
            "Chief Cabinet Secretary: The Government will do everything possible to help the affected towns "
            "recover quickly.\n\nReporter: When will the Prime Minister visit?\n\n"
            "Chief Cabinet Secretary: The Prime Minister intends to visit the affected areas as soon as "
            "possible, without interfering with the rescue work.\n")
    quotes = find_quotes("S", text, paragraphs(text), "transcript")
    assert quotes and {q.speaker for q in quotes} == {"KUROKI Masahiro"}


def test_a_bulletin_in_capitals_and_a_release_s_fields_and_said_lines_make_no_transcript() -> None:
    bulletin = ("TROPICAL CYCLONE ADVISORY NUMBER 14 FOR FIJI\n\nHEADLINE:\n"
                "A HURRICANE WARNING REMAINS IN FORCE FOR THE YASAWA AND MAMANUCA GROUP.\n\n"
                "SITUATION:\nSTC KELERA IS MOVING SOUTH-SOUTHEAST AT ABOUT 12 KNOTS (22 KM/H).\n\n"
                "RAINFALL:\n24-HOUR RAINFALL TOTALS OF 150 TO 250MM ARE EXPECTED OVER VITI LEVU.\n\n"
                "FORECASTER: R. NAIVALU\n")
    release = ("Castlegate Engineering plc\n\nLEI: 2138006YQPLKX4G9MZ31\n\n"
               "Revenue rose 7.1% to £612.4m in the first half.\n\n"
               "Fiona Lachlan-Reid, Chief Executive, said:\n\n"
               "\"This has been a strong first half for Castlegate, and our order book is a record.\"\n\n"
               "Owain Prothero, Group Finance Director, added:\n\n"
               "\"Cash conversion of 87% allowed us to reduce net debt by £26.5m.\"\n\n"
               "Nothing in this announcement should be construed as a profit forecast.\n")
    for text in (bulletin, release):
        assert not is_transcript(paragraphs(text))
        assert not [t for t in speaker_turns(paragraphs(text)) if t.speaker in ("Lei", "LEI", "SITUATION")]
    quotes = find_quotes("S1", release, paragraphs(release), "other")
    assert {(q.speaker, q.text[:20]) for q in quotes} == {
        ("Fiona Lachlan-Reid", "This has been a stro"), ("Owain Prothero", "Cash conversion of 8")}


def test_a_said_line_in_a_transcript_gives_its_speaker_the_quoted_paragraphs_only() -> None:
    text = ("MODERATOR: Good morning. The minister will read a statement first.\n\n"
            "Anna Berg, Minister of Health, said:\n\n"
            "\"We will open two new hospitals next year and hire 800 nurses to staff them.\"\n\n"
            "The statement was issued by the ministry's press office at 9 a.m.\n\n"
            "REPORTER: Where will the hospitals be built, minister, and when do the works start?\n")
    turns = speaker_turns(paragraphs(text))
    said = [t for t in turns if "Berg" in t.speaker]
    assert said and [p.text[:12] for p in said[0].paragraphs] == ["\"We will ope"]


def test_an_estimates_hearing_names_its_witnesses_from_the_record_s_index_family_name_first() -> None:
    text = ("Estimates\nWednesday, 3 June 2026\n\n"
            "Speaker: Kovacs, Ms Irena (Secretary, Department of Employment); Tran, Mr Daniel (Chief "
            "Financial Officer)\n\n"
            "PROOF — This is a proof transcript. It is made available under the condition that it is "
            "recognised as such.\n\n"
            "CHAIR: We'll resume with outcome 1. Senator Whitfield, you have the call.\n\n"
            "Senator WHITFIELD: What was the department's average staffing level at the end of April?\n\n"
            "Ms Kovacs: At 30 April the department's average staffing level was 5,184 people.\n\n"
            "Mr Tran: Of the increase, 163 were conversions of labour hire roles to public service roles.\n\n"
            "Governor: Yes, Mr President, we still lag behind on the gas network in the north.\n")
    quotes = find_quotes("S1", text, paragraphs(text), "transcript")
    said = {q.speaker: q.text[:12] for q in quotes}
    assert said.get("Irena Kovacs") == "At 30 April " and said.get("Daniel Tran") == "Of the incre", said
    assert not [q for q in quotes if "proof transcript" in q.text or "Kovacs, Ms" in q.text]
    # "Yes, Mr President" answers a post: no index entry, so the governor's turn stays his
    assert speaker_turns(paragraphs(text))[-1].speaker == "Governor"


def test_a_caption_service_s_time_codes_after_the_colon_and_its_headline_make_no_turn_of_their_own() -> None:
    text = ("California Flu Surge Briefing: Gov. Ochoa, Dr. Natarajan Daily Update Transcript 1/14/27\n\n"
            "Read the transcript of Governor Teresa Ochoa's daily briefing on the influenza surge.\n\n"
            "Gov. Teresa Ochoa: [00:07:29]\n"
            "As of this morning, 1,284 Californians are in the hospital with influenza.\n\n"
            "[00:08:27]\n"
            "I've signed an executive order that frees up $48 million from the state's emergency reserve.\n\n"
            "Dr. Raymond Natarajan: [00:09:44]\n"
            "Statewide test positivity for influenza is 27.4%, up from 21.9% last week.\n")
    assert is_transcript(paragraphs(text))
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == ["Gov. Teresa Ochoa", "Dr. Raymond Natarajan"]
    assert "$48 million" in " ".join(p.text for p in turns[0].paragraphs)


def test_a_parliament_s_verbatim_report_names_its_speakers_before_a_dash() -> None:
    text = ("Affordable housing in the EU (debate)\n\n"
            "President. – The next item is the debate on the Commission statement on affordable housing.\n\n"
            "Henrik Vallgren, Member of the Commission. – Madam President, housing has become the social "
            "question of this decade. We estimate the investment gap at around EUR 57 billion a year.\n\n"
            "Margarethe Kloss-Hammer, on behalf of the PPE Group. – (DE) Madam President, in Germany alone "
            "we are short of some 700 000 homes.\n\n"
            "Tomasz Wróbel (ECR), blue-card question. – (PL) Mr Robles, is it not the case that supply "
            "falls where rents are capped?\n\n"
            "President. – The debate is closed.\n")
    assert is_transcript(paragraphs(text))
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == [
        "President", "Henrik Vallgren", "Margarethe Kloss-Hammer", "Tomasz Wróbel", "President"]
    assert turns[2].paragraphs[0].text.startswith("Madam President, in Germany")  # "(DE)" is the report's
    quotes = find_quotes("S1", text, paragraphs(text), "transcript")
    assert {q.speaker for q in quotes} >= {"Henrik Vallgren", "Margarethe Kloss-Hammer"}
    assert "President" not in {q.speaker for q in quotes}


_INTERVIEW = (
    "INTERVIEW\n"
    "Marta Quiroga, water minister: ‘The reservoirs will not refill on their own’\n\n"
    "Marta Quiroga has run the water ministry for two years. She receives us in her office in Seville.\n\n"
    "The reservoirs in Andalusia are at 21% of capacity. Is this the worst drought you have seen?\n\n"
    "It is the worst in the records we keep, which go back to 1940. We have cut irrigation quotas by half "
    "and I signed the emergency decree on Monday.\n\n"
    "Farmers say your ministry waited too long.\n\n"
    "I understand their anger. We started the desalination tenders in 2024, and the first plant opens in "
    "May.\n\n"
    "The plants will cost €1.2 billion.\n\n"
    "That money is already committed, and Europe is paying 60% of it.\n\n"
    "Will there be water cuts in the cities this summer?\n\n"
    "I will not promise what the sky decides. We have a plan for cuts of up to eight hours a day if it "
    "comes to that, and we hope it never does.\n\n"
    "What will you ask of households?\n\n"
    "To shower in five minutes and to report leaks. Our towns lose a fifth of their water in old pipes.\n\n"
    "Do you regret anything?\n\n"
    "Yes. We should have repaired the old pipes ten years ago, when money was cheap.\n\n"
    "This interview has been edited for length and clarity.\n"
)


def test_an_interview_printed_without_labels_gives_the_answers_to_its_subject_and_never_the_questions():
    paras = paragraphs(_INTERVIEW)
    assert is_transcript(paras)
    quotes = find_quotes("S", _INTERVIEW, paras, "transcript")
    assert quotes and {q.speaker for q in quotes} == {"Marta Quiroga"}
    said = " ".join(q.text for q in quotes)
    for asked in ("Is this the worst drought", "Farmers say your ministry", "The plants will cost",
                  "Do you regret", "edited for length"):
        assert asked not in said
    assert "We have cut irrigation quotas by half" in said


def test_an_explainer_under_question_subheads_is_no_interview():
    text = textwrap.dedent("""\
        Water cuts: what the drought decree means

        The government declared a drought emergency in Andalusia on Monday.

        What does the decree do?

        It lets the regional water authority cut irrigation quotas by half and fine towns that overspend.

        Who pays for the new plants?

        The ministry says Europe will cover 60% of the €1.2 billion cost of the desalination plants.

        Will cities face cuts?

        Officials have drawn up plans for cuts of up to eight hours a day, according to the ministry.

        When will the reservoirs refill?

        Forecasters expect below-average rain until October, the weather agency said.
        """)
    assert not is_transcript(paragraphs(text))


def test_a_speaker_line_may_give_the_post_in_title_case_and_a_transcript_note_is_no_speaker() -> None:
    # the post after a comma or a dash, the turn on the same line, however long the line
    text = ("Transcript: automatically generated and reviewed by the Spokesperson's Service.\n\n"
            "Arianna Castelli, Chief Spokesperson: Good afternoon, and welcome to the midday.\n\n"
            "We are awarding €3.4 billion to 72 clean-tech projects in 18 Member States.\n\n"
            "Question: How many of the projects are in the east?\n\n"
            "Arianna Castelli: Eleven of them, and that is more than ever before.\n\n"
            "Marek Novák – Executive Vice-President and Commissioner: Thank you, Arianna. The projects in "
            "the east will share €900 million, and the first payments go out in June and July.\n\n"
            "Yes, Minister: the series returns next week.\n")
    turns = speaker_turns(paragraphs(text))
    assert [(t.speaker, t.role) for t in turns] == [
        ("Arianna Castelli", "Chief Spokesperson"), ("Question", ""), ("Arianna Castelli", ""),
        ("Marek Novák", "Executive Vice-President and Commissioner")]
    assert turns[0].paragraphs[1].text.startswith("We are awarding")
    assert turns[-1].paragraphs[0].text.startswith("Thank you, Arianna.")


def test_a_post_alone_over_a_turn_is_whoever_an_earlier_speaker_line_gave_it_to() -> None:
    text = ("Fiona Gallacher – Chair: Good morning, and welcome to the annual general meeting of Strathearn "
            "Water.\n\n"
            "Ewan Dunmore – Chief Executive: Thank you, Fiona. Leakage fell by a fifth this year.\n\n"
            "Chair: Thank you, Ewan. The board has heard your concerns about pay, and we will act on them.\n")
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == ["Fiona Gallacher", "Ewan Dunmore", "Fiona Gallacher"]
    quotes = find_quotes("S", text, paragraphs(text), "transcript", turns=turns)
    assert {q.speaker for q in quotes if "board" in q.text} == {"Fiona Gallacher"}


MEMBER_CALL = """\
Transcript

00:00:02 Speaker 1
Okay, I think we're live. Good morning everyone. My name is Ingrid Solberg-Haugen, I'm policy director here \
at the secretariat. With me are Kwabena Asante-Mensah, who heads our market analysis team, and Liisa \
Karjalainen, who runs an installation business in Tampere. Kwabena, over to you.

00:00:44 Speaker 2
Thanks Ingrid. Can you see my slides? We counted 412,000 heat pump installations in 2025, down nine percent.

00:01:43 Speaker 1
Okay. Liisa, does that match what you're seeing?

00:01:50 Speaker 3
Yes and no. We installed 640 units last year, and the year before it was 910. My customers ask me whether \
to wait for a new subsidy.

00:02:40 Speaker 1
Oh, I see a hand up. Go ahead, you should be unmuted.

00:02:44 Speaker 4
Hi, yeah, thanks. Mats Ekdahl from Västkust Värme in Gothenburg. Do your numbers include commercial buildings?

00:03:02 Speaker 5
Sorry, a quick one from me too. Are installers still leaving the trade?

00:03:10 Speaker 2
Good question. Commercial was up eleven percent in Sweden last year, and we lost about 2,000 installers.
"""


def test_an_automatic_transcript_s_voices_are_named_by_what_they_say() -> None:
    # "00:00:44 Speaker 2" over each turn; nobody is named by a label, each voice by its own words
    # ("My name is ...", "Mats Ekdahl from ..."), by the floor handed to a first name ("Kwabena, over to
    # you.") or by thanks ("Thanks Ingrid."), the first name read as the one full name opening with it
    paras = paragraphs(MEMBER_CALL)
    assert is_transcript(paras)
    turns = speaker_turns(paras)
    host, analyst, installer = "Ingrid Solberg-Haugen", "Kwabena Asante-Mensah", "Liisa Karjalainen"
    assert [t.speaker for t in turns] == [host, analyst, host, installer, host, "Mats Ekdahl", "Speaker 5",
                                          analyst]
    quotes = find_quotes("S", MEMBER_CALL, paras, "transcript")
    said = {(q.speaker, q.text) for q in quotes}
    assert (analyst, "We counted 412,000 heat pump installations in 2025, down nine percent.") in said
    assert (installer, "We installed 640 units last year, and the year before it was 910.") in said
    assert not any(q.speaker and q.speaker.startswith("Speaker") and "installers" in q.text for q in quotes)


OTTER_PART_LABELLED = """\
Speaker 1  0:03
Okay, it's recording. So just for the tape, it's Leah Grant from the Valley Courier, and I'm with Dominic \
Achterberg, chief executive of Northgate Valley Homes. And Sophie's here from the press office. Is that \
all right?

Speaker 2  0:15
Yeah, that's fine.

Speaker 1  0:17
So let's start with the numbers. How many open damp and mould cases have you got right now?

Speaker 2  0:23
As of the end of May, 1,860. So it's coming down, but it's not coming down fast enough.

Leah Grant  2:40
Awaab's Law comes in for social landlords in October. Are you ready?

Dominic Achterberg  2:52
For the emergency hazards, yes. We've put an extra 4.2 million into the repairs budget this year.
"""


def test_a_numbered_voice_is_named_as_the_later_labels_name_the_same_people() -> None:
    # An export labelled in part: "Speaker 1" says it is Leah Grant, whose name labels later turns, and
    # introduces Dominic Achterberg, who answers next as "Speaker 2"; not "And Sophie's", nor his company
    turns = speaker_turns(paragraphs(OTTER_PART_LABELLED))
    assert [t.speaker for t in turns] == ["Leah Grant", "Dominic Achterberg"] * 3


@pytest.mark.parametrize("first_turn", [
    "Thanks Sigrún. Can you see my slides?",  # a first name no full name in the text opens with
    "Thanks Liisa. Can you see my slides?",  # one that opens two ("Liisa Karjalainen", "Liisa Virtanen")
])
def test_a_numbered_voice_is_not_named_by_a_first_name_that_is_no_one_s(first_turn: str) -> None:
    text = ("00:00:02 Speaker 1\nGood morning everyone, and welcome to the call. Kwabena Asante-Mensah, "
            "Liisa Karjalainen and Liisa Virtanen are with us today.\n\n"
            f"00:00:44 Speaker 2\n{first_turn} We counted 412,000 installations in 2025.\n\n"
            "00:01:10 Speaker 1\nThat is a lot of heat pumps, and it is down nine percent on the year.\n")
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns][:2] == ["Speaker 1", "Speaker 2"]


def test_a_live_blog_s_timed_headings_are_no_speaker_lines() -> None:
    # a live blog's entries open on a time without seconds and a heading in capitals: not a transcript
    text = ("Markets live: stocks rally as inflation cools\n\n"
            "09:12 Markets Open Higher\nThe FTSE 100 rose 0.8% in early trade, led by the banks.\n\n"
            "09:40 Pound Steadies\nSterling was flat at $1.27 after the figures were published.\n\n"
            "10:05 Oil Slips Back\nBrent crude fell 1.1% to $81.20 a barrel as supply worries eased.\n")
    assert not is_transcript(paragraphs(text))


INITIALS_INTERVIEW = """\
Jashvantbhai Raval, 61, was elected chairman of the union in 2022. He spoke to AgriLedger (AL) about prices.

AL: Green fodder and cattle-feed prices have risen sharply this year. How bad is it for your members?

JR: It is the worst I have seen since 2015. Dry fodder is up 25-30% in most talukas.

AL: What does that mean in rupees?

JR: From August 1 we are raising the procurement price for cow milk to Rs 46.50 per litre.

AL: Tell us about the new plant.

JR: It is a Rs 780-crore investment at Dholka, with a capacity of 15 lakh litres a day.

AL: Finally, what should policymakers understand?

JR: Cooperatives are not charities, but they are not companies either.
"""


def test_an_interview_under_initials_names_the_one_person_with_those_initials() -> None:
    # "JR:" is the chairman the introduction names; "AL:" (the magazine) is nobody's initials and asks
    paras = paragraphs(INITIALS_INTERVIEW)
    assert is_transcript(paras)
    turns = speaker_turns(paras)
    assert [t.speaker for t in turns] == ["AL", "Jashvantbhai Raval"] * 4
    assert speaker_roles(turns) == {"AL": "question", "Jashvantbhai Raval": "answer"}
    quotes = find_quotes("S", INITIALS_INTERVIEW, paras, "transcript")
    assert ("Jashvantbhai Raval", "Cooperatives are not charities, but they are not companies either.") in \
        {(q.speaker, q.text) for q in quotes}


def test_a_press_conference_of_questions_and_one_person_s_initials_is_his() -> None:
    text = ("Rovers boss Craig Hallam spoke to the press after the 2–1 win. Here is what he had to say.\n\n"
            "Q: Craig, a first win here since 2009. How does that feel?\n\n"
            "CH: Aye, it feels good. First half we were miles off it, and we had 38 per cent of the ball.\n\n"
            "Q: What did you say at the break?\n\n"
            "CH: I said we have come here with 600-odd fans who paid good money, and gave them nothing.\n\n"
            "Q: Is Tomasz Wilk for sale?\n\n"
            "CH: No. And he is not for sale. We had to suffer for it today, and we will suffer again.\n")
    paras = paragraphs(text)
    assert is_transcript(paras)
    assert [t.speaker for t in speaker_turns(paras)] == ["Q", "Craig Hallam"] * 3
    quotes = find_quotes("S", text, paras, "transcript")
    assert "And he is not for sale." in {q.text for q in quotes if q.speaker == "Craig Hallam"}


@pytest.mark.parametrize(("text", "speakers"), [
    # an emergency call: the key's line is no turn ("D.3 Key:"), and "KA" is the caller it names after
    # his honorific
    ("Annex D – Transcript of emergency call 7\n\n"
     "D.3 Key: FCO – Fire Control Operator; KA – the caller, Mr Kamran Aziz.\n\n"
     "[00:00] FCO: Fire and rescue service, what is the address of the emergency?\n\n"
     "[00:05] KA: Ashworth House, Heywood Road. Flat 17. There is smoke everywhere on the stairs.\n\n"
     "[00:12] FCO: OK, we have crews on their way to you now. Is the fire in your flat?\n\n"
     "[00:20] KA: No, no, it is below us. I can see flames out of the window underneath us.\n\n"
     "[00:31] FCO: Right, Kamran, listen to me. Close that front door and put wet towels down.\n\n"
     "[00:40] KA: OK, OK, I am doing it now, the towels are in the bathroom.\n",
     ["Fire Control Operator", "Kamran Aziz"] * 3),
    # an oral history's catalogue names "Thomas Reay"; the interviewer greets him as "Tommy Reay": one
    # family name, so "TR" is the name given more often; "SK" is the one person with those initials
    ("VOICES OF THE YARDS: Thomas Reay, welder, Calder Wharf shipyard\n\n"
     "Recorded by Dr Siân Kettering in 2024. Thomas Reay talks about the yard and the strike.\n\n"
     "SK: This is Siân Kettering, and I'm with Tommy Reay at his home. Where were you born?\n\n"
     "TR: Laygate, March 1942. Me dad was on the ferries and me mam took in washing.\n\n"
     "SK: And how did you come to go into the yard?\n\n"
     "TR: There was no question, really. You either went down the pit, or the sea, or the yards.\n\n"
     "SK: What was the strike about?\n\n"
     "TR: It was never about the basic, it was always the prices.\n",
     ["Siân Kettering", "Thomas Reay"] * 3),
])
def test_initials_labels_name_the_person_the_text_names(text: str, speakers: list[str]) -> None:
    paras = paragraphs(text)
    assert is_transcript(paras)
    assert [t.speaker for t in speaker_turns(paras)] == speakers


def test_a_situation_report_s_needs_response_and_gaps_are_no_speakers() -> None:
    # a ReliefWeb flash update sets each sector's "Needs:", "Response:" and "Gaps:" lines; its related
    # reports' titles below ("Mozambique: Tropical Cyclone ...") are no turns either
    path = Path(__file__).parent / "fixtures" / "distant" / \
        "o_un_ocha_flash_update_reliefweb_page_key_figures_bullets_appeal_funded_percent_cluster_sections.txt"
    text = path.read_text(encoding="utf-8")
    paras = paragraphs(text)
    assert not is_transcript(paras)
    assert {q.speaker for q in find_quotes("S", text, paras, "other")} <= {"Adaeze Okonkwo-Silva", None}


def test_an_earnings_call_s_name_dash_post_lines_open_turns() -> None:
    text = ("Norrvik Logistics AB Q3 2024 Earnings Call Transcript\n\n"
            "Operator:\nGood morning, and welcome to the Norrvik Logistics Q3 2024 results call.\n\n"
            "Annika Lindqvist - President and Chief Executive Officer:\n"
            "Thank you. In a market that is still soft, we delivered our best third-quarter margin.\n\n"
            "Q3 - Outlook:\nWe expect volumes to stay flat through the winter.\n\n"
            "Sofia Marchetti, Nordea Markets:\nThanks. Is 8.7% a level we should think of as sustainable?\n\n"
            "Annika Lindqvist - President and Chief Executive Officer:\n"
            "We are not guiding on margin, but the programme is ahead of plan.\n")
    paras = paragraphs(text)
    assert is_transcript(paras)
    turns = speaker_turns(paras)
    # "Q3 - Outlook:" is a heading of her turn, with no post: no speaker
    assert [(t.speaker, len(t.paragraphs)) for t in turns] == [
        ("Operator", 1), ("Annika Lindqvist", 3), ("Sofia Marchetti", 1), ("Annika Lindqvist", 1)]
    assert turns[1].role == "President and Chief Executive Officer"


def test_labels_in_capitals_are_named_by_the_list_of_who_is_present() -> None:
    # a central bank's record: its turns go by office, the list above them names each office's holder
    text = ("TRANSCRIPT OF THE PRESS BRIEFING BY THE GOVERNOR\n\n"
            "Present:\nDr. Wanjiru Kamau-Otieno – Governor (GOVERNOR)\n"
            "Ms. Achieng Odhiambo – Director, Communications (MODERATOR)\n\n"
            "MODERATOR: Good morning, and welcome to this briefing. The Governor will speak first.\n\n"
            "GOVERNOR: Thank you. The Committee decided to lower the Central Bank Rate to 10 percent.\n\n"
            "REPORTER (Bloomberg): Is this the end of the easing cycle, Governor?\n\n"
            "GOVERNOR: I will not pre-commit the Committee. We still see space, given where inflation is.\n")
    paras = paragraphs(text)
    assert is_transcript(paras)
    assert [t.speaker for t in speaker_turns(paras)] == [
        "Achieng Odhiambo", "Wanjiru Kamau-Otieno", "REPORTER", "Wanjiru Kamau-Otieno"]
    quotes = find_quotes("S", text, paras, "transcript")
    said = {q.text for q in quotes if q.speaker == "Wanjiru Kamau-Otieno"}
    assert "I will not pre-commit the Committee." in said


@pytest.mark.parametrize("text", [
    # a roundup's lines by place, each used once: no interview
    "Jane Ross reports.\n\nUS: Payrolls rose by 118,000 in February, the Labor Department said.\n\n"
    "EU: Inflation eased to 2.4% in March, Eurostat said on Tuesday morning.\n\n"
    "UK: The Bank of England held rates at 5.25% for a sixth meeting in a row.\n",
    # initials used often, but two people share them: nobody is named by a guess
    INITIALS_INTERVIEW.replace("He spoke to", "Jaya Rao, his deputy, and he spoke to"),
    # and two family names, though one of them is named more often
    INITIALS_INTERVIEW.replace("He spoke to", "Jaya Rao, his deputy (Jaya Rao chairs the board), and he "
                               "spoke to"),
])
def test_initials_name_nobody_by_a_guess(text: str) -> None:
    paras = paragraphs(text)
    turns = speaker_turns(paras) if is_transcript(paras) else []
    assert not {"Jashvantbhai Raval", "Jaya Rao"} & {t.speaker for t in turns}


DEPOSITION = """\
Case: 1:23-cv-04417 Document #: 88-7 Filed: 05/02/25 Page 2 of 6

                                                                 Page 1
 1             IN THE UNITED STATES DISTRICT COURT
 2                      EASTERN DIVISION
 3
 4          VIDEOTAPED DEPOSITION OF DANIEL J. KORZENIEWSKI
 5               taken on Tuesday, March 4, 2025
 6
 7   APPEARANCES:
 8       HALE OYELARAN & PARTNERS LLP, by
 9       MS. ADAEZE OYELARAN, appeared on behalf of the Plaintiff.
10
11   BY MS. OYELARAN:
12       Q.   Mr. Korzeniewski, how many VR-7 Commuter bikes did
13   Voltridge sell in the United States?
14       A.   Through the end of 2023, approximately 48,600 units.
15       Q.   As of today, how many reports of thermal
16   incidents has Voltridge received on that pack?
17            MR. BRANDT:  Objection.  Form.
18       A.   I believe the number in our system is 212.  That
19   includes everything from a hot smell to a fire.
20       Q.   How many of those 212 involved a fire that
21   damaged property?
22       A.   Seventeen that we've confirmed.
23       Q.   Why not recall them?
24       A.   Setting aside anything from counsel, the business
25   view was that the field rate was acceptable.

          MIDWEST REPORTING GROUP, LLC  |  312-555-0148
"""


def test_a_court_transcript_s_lines_are_read_past_their_numbers_in_the_margin() -> None:
    # the answer is read from "A." on, its wrapped line on its own, never with "19" or "25" in it
    paras = paragraphs(DEPOSITION)
    texts = [p.text for p in paras]
    assert "A.   I believe the number in our system is 212.  That" in texts
    assert "view was that the field rate was acceptable." in texts
    assert all(DEPOSITION[p.start:p.end] == p.text for p in paras)
    assert is_transcript(paras)
    turns = speaker_turns(paras)
    assert [t.speaker for t in turns][:4] == ["Q", "A", "Q", "MR. BRANDT"]


def test_the_answers_of_a_court_transcript_are_its_witness_s() -> None:
    # "A." stands for the witness the caption names, not for the first person the text names ("Adaeze
    # Oyelaran"); a short answer stating a number is quoted, the objection is not
    quotes = find_quotes("S", DEPOSITION, paragraphs(DEPOSITION), "transcript")
    said = {(q.speaker, q.text) for q in quotes}
    witness = "Daniel J. Korzeniewski"
    assert (witness, "Through the end of 2023, approximately 48,600 units.") in said
    assert (witness, "I believe the number in our system is 212.") in said
    assert (witness, "Seventeen that we've confirmed.") in said
    assert (witness, "view was that the field rate was acceptable.") in said
    assert not any("Objection" in q.text for q in quotes)
    assert {q.speaker for q in quotes} == {witness}


def test_an_answer_s_whole_sentence_is_quoted_before_a_line_its_margin_cut() -> None:
    # "I'd have to check my invoices, but that sounds" is where the transcript's line ends, not the
    # witness's sentence: the answer's whole sentence is the one the brief shows
    text = DEPOSITION.replace("18       A.   I believe the number in our system is 212.  That\n"
                              "19   includes everything from a hot smell to a fire.",
                              "18       A.   I'd have to check my invoices, but that sounds\n"
                              "19   about right. It may be a little higher by now.")
    shown = {q.text: not q.further for q in find_quotes("S", text, paragraphs(text), "transcript")}
    assert shown["It may be a little higher by now."]
    assert not shown["I'd have to check my invoices, but that sounds"]


@pytest.mark.parametrize(("line", "witness"), [
    ("DR. AMINA OKAFOR, sworn", "Amina Okafor"),
    ("MS AILSA DRUMMOND (affirmed)", "Ailsa Drummond"),
    ("JOHN R. PEMBERTON, having been first duly sworn, testified", "John R. Pemberton"),
])
def test_a_witness_is_named_where_the_transcript_swears_them_in(line: str, witness: str) -> None:
    text = DEPOSITION.replace("VIDEOTAPED DEPOSITION OF DANIEL J. KORZENIEWSKI", line)
    quotes = find_quotes("S", text, paragraphs(text), "transcript")
    assert {q.speaker for q in quotes} == {witness}


def test_a_witness_resumed_is_named_where_the_day_s_transcript_takes_them_up_again() -> None:
    text = DEPOSITION.replace("VIDEOTAPED DEPOSITION OF DANIEL J. KORZENIEWSKI", "JOHN PEMBERTON, resumed.")
    quotes = find_quotes("S", text, paragraphs(text), "transcript")
    assert {q.speaker for q in quotes} == {"John Pemberton"}


def test_a_witness_who_gives_their_full_name_is_known_by_it() -> None:
    # sworn in as "MS AILSA DRUMMOND", asked for her full name, she answers with her middle name: her
    # answers are the full name's, as a reference names her; another person's name answered is not hers
    sworn = DEPOSITION.replace("VIDEOTAPED DEPOSITION OF DANIEL J. KORZENIEWSKI",
                               "MS AILSA DRUMMOND (affirmed)")
    for answer, witness in (("Ailsa Catriona Drummond.", "Ailsa Catriona Drummond"),
                            ("Ailsa Drummond.", "Ailsa Drummond"), ("Helen Carrow.", "Ailsa Drummond")):
        asked = "    Q.   Could you give your full name?\n"
        text = sworn.replace("BY MS. OYELARAN:\n", f"BY MS. OYELARAN:\n{asked}    A.   {answer}\n")
        quotes = find_quotes("S", text, paragraphs(text), "transcript")
        assert {q.speaker for q in quotes} == {witness}
    # sworn by her family name alone, she gives her first name too
    text = DEPOSITION.replace("VIDEOTAPED DEPOSITION OF DANIEL J. KORZENIEWSKI", "DR. OKAFOR, sworn")
    asked = "    Q.   Your full name?\n    A.   Amina Okafor.\n"
    text = text.replace("BY MS. OYELARAN:\n", f"BY MS. OYELARAN:\n{asked}")
    assert {q.speaker for q in find_quotes("S", text, paragraphs(text), "transcript")} == {"Amina Okafor"}


POSTGAME = """\
Basketball » NCAA Tournament » 2025 » Dan Kearney

NCAA TOURNAMENT: FIRST ROUND

March 21, 2025

Dan Kearney

Providence, Rhode Island, USA

Postgame Press Conference

THE MODERATOR: We're joined by the head coach. We'll go straight to questions.

Q. Coach, just your overall thoughts on the game.

A. Yeah, first of all, congratulations to Marlowe State. I thought our guys competed for 34 minutes.

I told them in the locker room, nobody outside our building picked us to be in this game.

Q. What changed in that last stretch? You were 7-for-29 from three.

A. Look, we live and die with the three a little bit, and tonight we died with it.

Q. How is the ankle?

A. He'll be fine.
"""


def test_a_press_conference_s_a_lines_are_the_answers_of_the_one_its_header_names() -> None:
    # "A." one space before the answer, as a sports press conference sets it; the coach is named only
    # alone on a line of the header, under the date
    paras = paragraphs(POSTGAME)
    assert [t.speaker for t in speaker_turns(paras)] == ["THE MODERATOR", "Q", "A", "Q", "A", "Q", "A"]
    quotes = find_quotes("S", POSTGAME, paras, "transcript")
    said = {q.text: q.speaker for q in quotes}
    assert said["Look, we live and die with the three a little bit, and tonight we died with it."] == \
        "Dan Kearney"
    assert said["I told them in the locker room, nobody outside our building picked us to be in this game."] \
        == "Dan Kearney"
    assert not any(q.text.startswith("A.") or "?" in q.text for q in quotes)


@pytest.mark.parametrize(("answer", "quoted"), [
    ("You're allowed. I'm not.", None),  # together still too short to say anything
    ("We lost. Not an excuse. An explanation.", "We lost. Not an excuse. An explanation."),
    ("We were tired. Were we unlucky? I don't think so.", None),  # a question parts them
    ("That is not an excuse. Let's go to the phones. Jen, Reuters.", None),  # running the room
    ("We knew. Dana, good morning. It was hard.", None),
    ("Minister, the figures. They are not good.", None),  # said to someone
])
def test_short_sentences_said_together_are_quoted_together(answer: str, quoted: str | None) -> None:
    # each short sentence alone is too short to quote; two or three said together make the line a
    # reporter quotes, unless they only run the room
    footer = "For information media. Not an official record."  # the UN's, under every briefing
    text = POSTGAME.replace("A. He'll be fine.", f"A. {answer}\n\n{footer}")
    said = {q.text: q.speaker for q in find_quotes("S", text, paragraphs(text), "transcript")}
    assert not [t for t in said if "record" in t]  # not the last turn's words
    assert [t for t in said if t in answer] == ([quoted] if quoted else [])
    if quoted:
        assert said[quoted] == "Dan Kearney"


def test_a_paragraph_opening_on_an_initial_is_no_answer_outside_a_question_and_answer() -> None:
    text = ("The council met on Tuesday.\n\nA. Smith, the treasurer, said the budget was balanced and "
            "that reserves stood at £4m.\n\nB. Jones disagreed with the forecast for next year.\n")
    assert speaker_turns(paragraphs(text)) == []


def test_a_table_ranked_down_its_first_column_keeps_its_ranks() -> None:
    # numbers counting up at the start of 26 lines, but each line holds numbers across: a ranked table,
    # its rank part of the row, not a transcript's line number in the margin
    rows = "\n".join(f"{i:>2}  Country {chr(64 + i)} won {30 - i} gold medals and {i + 3} silver."
                     for i in range(1, 27))
    text = f"Medal table after day nine\n\nNorway lead the medal table after nine days.\n\n{rows}\n"
    assert " 2  Country B won 28 gold medals and 5 silver.".strip() in [p.text for p in paragraphs(text)]


def test_the_chair_of_an_inquiry_moderates_and_is_not_quoted() -> None:
    # "THE CHAIR:" holds the floor ("We will rise for 15 minutes."); "CHAIR WHITAKER" would answer
    text = ("THE CHAIR:  Good morning, everyone.  Yes, Mr Cairncross.\n\n"
            "MR CAIRNCROSS:  Ms Drummond, was the maintenance budget for 2022 cut by a third?\n\n"
            "MS DRUMMOND:  It was.  I argued against it at the board and I was overruled by the finance "
            "director.\n\n"
            "THE CHAIR:  We will rise for 15 minutes.\n\n"
            "MR CAIRNCROSS:  Who overruled you, and did you put your objection in writing?\n\n"
            "MS DRUMMOND:  The finance director, with the support of the chief executive.  I wrote to the "
            "board the same week.\n")
    paras = paragraphs(text)
    assert speaker_roles(speaker_turns(paras))["THE CHAIR"] == "moderator"
    assert not any("rise" in q.text for q in find_quotes("S", text, paras, "transcript"))


NAMES_ALONE = """\
Tessaro Freight (TFH) Presents at Castlebar Capital Industrials Conference (Transcript)

Company Participants

Renata Villanueva-Cho - Executive Vice President & Chief Financial Officer
Owen Pettigrew - Vice President, Investor Relations

Conference Call Participants

Gabriel Moreau - Castlebar Capital Markets LLC

Presentation

Gabriel Moreau

Okay, I think we're live. Welcome back to day two here in Boston, and welcome to Tessaro.

Owen Pettigrew

Thanks, Gabe. Today's comments include forward-looking statements; we may also refer to non-GAAP measures.

Gabriel Moreau

Renata, let's start where everyone starts. Where are we in the freight cycle?

Renata Villanueva-Cho

Pricing has held up better than volume, which I think is the story of this cycle for the carriers.
"""

AUTHOR_BOX = """\
Council approves the harbour plan

Jane Whitlock

The council approved the harbour plan on Tuesday after a debate that ran past midnight, members said.

Residents had asked for the vote to be delayed until the flood study was published next spring.

Jane Whitlock

Jane Whitlock covers local government and the harbour for the Gazette and has done so since 2019.
"""


def test_names_set_alone_over_each_turn_are_speaker_lines() -> None:
    # a transcript site's style: each name alone on a line above the turn, the list of who takes part
    # at the top ("Owen Pettigrew - Vice President, ..."), where one speaker speaks only once
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study
    found = study(Document("S1", "call.txt", NAMES_ALONE))
    assert found.source.kind == "transcript"
    said = {(q.speaker, q.text[:20]) for q in found.quotes}
    assert ("Renata Villanueva-Cho", "Pricing has held up ") in said
    assert "Gabriel Moreau" not in {q.speaker for q in found.quotes}  # listed with a firm: an analyst asks
    read = layout(NAMES_ALONE)
    turns = speaker_turns(read.paragraphs, dict(read.voices))
    assert [t.speaker for t in turns] == ["Gabriel Moreau", "Owen Pettigrew", "Gabriel Moreau",
                                          "Renata Villanueva-Cho"]
    # one name alone twice (an author's box) makes no dialogue
    assert study(Document("S1", "story.txt", AUTHOR_BOX)).source.kind != "transcript"


def test_a_name_alone_with_a_middle_initial_is_a_speaker_line() -> None:
    # "Thomas R. Gallo" alone over his turn: his words, not the words of the one who spoke before him
    text = NAMES_ALONE.replace("Owen Pettigrew", "Owen T. Pettigrew")
    read = layout(text)
    turns = speaker_turns(read.paragraphs, dict(read.voices))
    assert [t.speaker for t in turns] == ["Gabriel Moreau", "Owen T. Pettigrew", "Gabriel Moreau",
                                          "Renata Villanueva-Cho"]


def test_a_caption_file_in_capitals_is_a_transcript_whose_speakers_are_quoted() -> None:
    captions = (">> MODERATOR: GOOD EVENING. I'LL HAND IT TO THE DIRECTOR.\n\n"
                ">> MARCUS LINDGREN: WE ARE PROPOSING A 14.5% INCREASE IN WATER AND SEWER RATES IN 2026.\n\n"
                ">> MODERATOR: MARCUS, CAN YOU SAY WHAT IT ALL COSTS?\n\n"
                ">> MARCUS LINDGREN: THE CAPITAL PLAN IS $38 MILLION OVER FOUR YEARS, FINANCED BY A BOND.\n\n"
                ">> INGRID HAUGEN: I WILL NOT VOTE FOR THIS ORDINANCE IF THAT PIECE IS TAKEN OUT.\n")
    assert is_transcript(paragraphs(captions))  # as a caption file in mixed case would be
    turns = speaker_turns(paragraphs(captions))
    assert [t.speaker for t in turns] == ["MODERATOR", "MARCUS LINDGREN", "MODERATOR", "MARCUS LINDGREN",
                                          "INGRID HAUGEN"]
    quotes = find_quotes("S", captions, paragraphs(captions), "transcript", turns=turns)
    said = {q.speaker for q in quotes if q.text.startswith(("WE ARE PROPOSING", "I WILL NOT VOTE"))}
    assert said == {"Marcus Lindgren", "Ingrid Haugen"}


MAGAZINE_INTERVIEW = """\
THE INTERVIEW

Hélène Vasseur-Mbaye: “A metro line is a forty-year promise”

When Hélène Vasseur-Mbaye took over the transport authority, Line A was full and Line E was a drawing.

Ridership is above pre-pandemic levels. Is Lyon an exception?

Partly. We are a dense city, and the trams we opened in the last cycle were in the right places.

Line E is now costed at €1.9bn. What happened?

Concrete, steel and interest rates happened. I won’t pretend otherwise, and I refused to cut stations.

Critics say the same money could have bought ten tram lines.

I hear that a lot. It is a fair question and the wrong comparison for the narrow streets of the west.

Some councillors say fares should be free, as they are in Dunkirk.

Fares cover roughly a quarter of our operating costs. I would rather spend that money on frequency.

The monthly pass went from €68 to €71 in July.

Yes, a little under four and a half per cent, roughly in line with our costs, and no more than that.

What keeps you awake at night?

Drivers. We have around 2,600 bus drivers and about 180 vacancies, and one in five leaves in a year.

And the bus fleet? You promised it would be zero-emission.

We are at 41 per cent electric or biogas, and I’m less confident about the grid connections at depots.

Last question. What would you tell your successor?

That you don’t get to rush it. We are just the latest people holding the shovel on a very long job.

• Hélène Vasseur-Mbaye, 54, trained as a civil engineer.

This interview has been edited for length and clarity.

Share   LinkedIn   X   Email   Print

More from The Interview

The Copenhagen cycle-lane engineer who counts every bike

“Rail freight needs a referee, not a cheerleader” – Austria’s network manager on capacity

Subscribers get the full archive and the monthly newsletter. Already a subscriber? Sign in.

© 2025 Transit Europe Review. All rights reserved.
"""


def test_an_interview_printed_without_labels_is_read_up_to_its_last_answer() -> None:
    # the page's bio, note and links after the last answer do not make its questions too few to count
    paras = paragraphs(MAGAZINE_INTERVIEW)
    assert is_transcript(paras)
    assert [t.speaker for t in speaker_turns(paras)][:4] == ["Q", "A", "Q", "A"]
    quotes = find_quotes("S", MAGAZINE_INTERVIEW, paras, "transcript")
    said = {q.text: q.speaker for q in quotes}
    # "A" stands for the person the interview presents, never a name that ends on the letter ("Line A")
    last = "We are just the latest people holding the shovel on a very long job."
    assert said[last] == "Hélène Vasseur-Mbaye"
    assert "Line A" not in said.values()


@pytest.mark.parametrize("note", ["This transcript has been edited for length and clarity.",
                                  "This interview appears in the November 2025 print edition, page 34.",
                                  "This transcript has not been reviewed for accuracy and may be revised."])
def test_an_editor_s_note_after_the_last_answer_is_nobody_s_quote(note: str) -> None:
    text = ("MODERATOR: Welcome back. What did the board decide on the new depot?\n\n"
            "DARNELL FOSTER: We approved the depot, and we expect it to open with forty electric buses.\n\n"
            f"{note}\n")
    paras = layout(text).paragraphs
    quotes = find_quotes("S", text, paras, "transcript")
    assert any(q.speaker == "Darnell Foster" for q in quotes)
    assert not [q for q in quotes if q.text == note]


def _panel(captions: list[str], start: int = 5, step: int = 5) -> str:
    """A video page's transcript panel: each caption on the one line between two bare time codes."""
    lines = []
    for i, caption in enumerate(captions):
        seconds = start + i * step
        lines += [f"{seconds // 60}:{seconds % 60:02d}", caption]
    return "\n".join(lines) + "\n"


VIDEO_PAGE = ("Harbour Talk #3: what the new breakwater will cost\n\nPort of Kelmarsh\n1.2K subscribers\n\n"
              "The port's engineer answers your questions about the new breakwater.\n\nTranscript\n\n"
              + _panel(["[Music]", "hi everyone welcome back to harbour talk",
                        "today we're on the north wall with our engineer",
                        "so the breakwater will be about 640 meters long",
                        "and it uses roughly 210,000 tonnes of rock",
                        "we expect about 35 crew on site at peak",
                        "the contract was signed for 48 million pounds",
                        "and the design life is around 100 years",
                        "that's all for today thanks for watching"]))


def test_a_video_page_s_captions_are_read_line_by_line_as_a_transcript() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "video.txt", VIDEO_PAGE))
    assert found.source.kind == "transcript"
    values = {f.value for f in found.figures}
    assert {640, 210000, 35, 48000000, 100} <= values, [f.text for f in found.figures]
    for f in found.figures:
        assert VIDEO_PAGE[f.cite[0].start:f.cite[0].end] == f.text
    paras = layout(VIDEO_PAGE).paragraphs
    assert "so the breakwater will be about 640 meters long" in [p.text for p in paras]
    assert not any(p.text[:1].isdigit() and ":" in p.text[:3] for p in paras)  # no time code is read


SUBTITLES = """1
00:00:01,000 --> 00:00:04,200
Good evening. Tonight the harbour board
says repairs will cost 14 million dollars.

2
00:00:04,300 --> 00:00:08,000
We expect the work to take 18 months.

3
00:00:08,100 --> 00:00:11,500
- Will fares rise?
- Fares will rise by about 5%.

4
00:00:11,600 --> 00:00:15,000
About 2,400 ferry passengers a day
use the north pier.

5
00:00:15,100 --> 00:00:18,000
The board meets again
on the 3rd of March.

6
00:00:18,100 --> 00:00:21,000
Some 40 workers will be on site
at the peak of the works.
"""


def test_a_subtitle_file_s_cues_are_read_as_a_transcript_without_their_timings() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "news.srt.txt", SUBTITLES))
    assert found.source.kind == "transcript"
    assert {14000000, 18, 5, 2400, 40} <= {f.value for f in found.figures}
    assert not any("-->" in p.text for p in layout(SUBTITLES).paragraphs)


def _srt(cues: list[str]) -> str:
    """Return ``cues`` (each one or more lines) as a subtitle file, each under its number and timing."""
    return "\n\n".join(f"{n}\n00:00:{n * 4:02d},000 --> 00:00:{n * 4 + 3:02d},500\n{cue}"
                       for n, cue in enumerate(cues, 1)) + "\n"


def _said_in(captions: str, path: str = "captions.srt") -> dict[str, str | None]:
    """Return every quote of a briefing of ``captions`` (or of the text at ``path``) alone, to its speaker."""
    from reportgen.sources import Document
    from reportgen.summarize import summarize

    briefing = summarize([Document("S1", path, captions)], every_quote=True)
    return {q.text: q.speaker for q in briefing.quotes}


SPEECH_CUES = _srt([
    ">> HOST: Please welcome the mayor,\nAdaeze Okonkwo-Brandt.",
    ">> MAYOR OKONKWO-BRANDT:",
    "Thank you all for coming.",
    "Under the Riverside Housing\nFund, the city is investing",
    "a further 90 million pounds\nin new homes by 2030.",
    "[APPLAUSE]",
    "We will not build them\non the flood plain.",
    "Every one of those homes\nwill be for social rent.",
    "Nine thousand of them. [LAUGHTER]\nI did say nine thousand homes, every one.",
])


def test_a_subtitle_cue_s_lines_are_read_as_one_caption() -> None:
    said = _said_in(SPEECH_CUES)
    mayor = "Adaeze Okonkwo-Brandt"
    # each line alone is too short to quote; the cue the captioner set is one thought
    assert said.get("Under the Riverside Housing\nFund, the city is investing") == mayor, said
    assert said.get("We will not build them\non the flood plain.") == mayor, said
    assert said.get("I did say nine thousand homes, every one.") == mayor, said
    assert not [text for text in said if "APPLAUSE" in text or "LAUGHTER" in text or "MAYOR" in text], said


SUBTITLES_NOTE = "Subtitles: broadcaster closed captions (.srt), unedited, timings relative to the clip."
NEWS_PACKAGE = SUBTITLES_NOTE + "\n\n" + _srt([
    "(PRESENTER) Good evening. The last\nlibrary in Eastmoor closes on Friday.",
    "Our reporter has been\nto the reading room.",
    "[GRACE OYELARAN-HUGHES] My children\ndid their homework here every night.",
    "They will have to go across town.\nThere is nowhere else in walking distance.",
    "Grace Oyelaran-Hughes has used\nthe library for twenty years.",
    "(PRESENTER) The council's leader,\nCouncillor Tomasz Palmer, is with me.",
    "[PALMER] We have had to find\n14 million pounds of savings this year.",
    "[LAUGHTER] Nobody on this council\nwanted to close a single library.",
    "We will keep a mobile library\nvisiting Eastmoor twice a week.",
])


def test_a_caption_s_voice_in_brackets_is_its_speaker_in_full() -> None:
    said = _said_in(NEWS_PACKAGE)
    assert said.get("My children\ndid their homework here every night.") == "Grace Oyelaran-Hughes", said
    assert said.get("We will keep a mobile library\nvisiting Eastmoor twice a week.") == "Tomasz Palmer", said
    assert said.get("Nobody on this council\nwanted to close a single library.") == "Tomasz Palmer", said
    assert "Subtitles" not in said.values() and "LAUGHTER" not in said.values(), said


def test_a_sentence_of_a_turn_that_names_its_speaker_is_not_their_own() -> None:
    said = _said_in(NEWS_PACKAGE)
    assert said.get("There is nowhere else in walking distance.") == "Grace Oyelaran-Hughes", said
    assert "Grace Oyelaran-Hughes has used\nthe library for twenty years." not in said, said  # the reporter's


LIVE_BLOG = "\n\n".join(f"{hour}:{minute}\n{head}\n{body}" for hour, minute, head, body in [
    ("18", "47", "Coverage ends for today", "That is where we leave our coverage; the strike goes on."),
    ("17", "55", "Union rejects offer", "The union turned down the offer put forward at lunchtime."),
    ("16", "20", "What a day costs", "An economist puts the cost to shippers at €12 million a day."),
    ("15", "05", "Reader question", "Most parcels arrive by road from centres that hold stock."),
    ("13", "40", "Employers improve offer", "The employers tabled a pay rise of 6% over two years."),
    ("12", "10", "Stacks stand still", "Cranes stand idle at the container terminal this morning."),
    ("11", "30", "Lorries backing up", "About 600 lorries are queuing on the approach roads."),
]) + "\n"


def test_a_live_blog_s_entries_under_their_times_are_no_captions() -> None:
    read = layout(LIVE_BLOG)
    assert not read.captioned
    assert "Union rejects offer" not in [p.text for p in read.paragraphs]  # still a heading, not speech


CALL_WITH_NOTES = """Annex C: transcript of call 4

C.1 Key: OP – the operator; JM – the caller, Ms Jana Moravec. Names of others are [redacted].

OP: Fire and rescue, what is the address of the emergency?

JM: It's the flats on Mill Lane, number 12, the smoke is coming under the door.

OP: Stay in the flat, put wet towels along the bottom of the door and stay on the line with me.

JM: Okay, okay, I've got the towels, my son is with me.

OP: Is anyone else in the flat with you?

JM: No, just the two of us, my husband is at work tonight.

OP: The crews are two minutes away. Keep the window shut unless the smoke gets worse.

JM: I can hear the sirens now, thank you, thank you.

Footnotes

¹ The first crew arrived at 03:12, four minutes after the call was connected.

² The advice given was in line with the policy then in force for the building.

Observations

C.4 The operator's handling of the call was calm and accurate throughout.
"""


def test_a_transcript_s_footnotes_are_nobody_s_words() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "call.txt", CALL_WITH_NOTES))
    said = {q.text: q.speaker for q in found.quotes}
    assert any(speaker == "Jana Moravec" for speaker in said.values()), said
    assert not any("crew arrived" in text or "policy then in force" in text or "calm and accurate" in text
                   for text in said), said


MEETING_EXPORT = """Colleague briefing - Q3 update-20250312_100211-Meeting Recording
March 12, 2025, 10:02AM

Byrne, Aoife started transcription

Byrne, Aoife (Host)   0:41
Morning all, thanks for joining. I'll hand straight over to Tomas for the numbers.

Lindqvist, Tomas (CFO)   1:05
Thanks Aoife. Revenue for the quarter was 41.2 million, up 6% on last year, and we kept our margin at 5.1%.

Byrne, Aoife (Host)   3:12
The first question in the chat asks whether the Kettering site stays open next year.

Lindqvist, Tomas (CFO)   3:30
It does. We are putting 2.5 million into the Kettering ovens, and nobody there should read more into it.

Joseph Mwangi   1:02:07
Joseph Mwangi from the union side. We will want that commitment in writing before the consultation starts.

Lindqvist, Tomas (CFO)   1:02:40
That's fair, Joseph, and you'll have it in writing from me by the end of the week.
"""


def test_a_meeting_app_s_name_and_time_lines_name_each_turn() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "briefing.txt", MEETING_EXPORT))
    assert found.source.kind == "transcript"
    said = {q.text: q.speaker for q in found.quotes}
    assert said.get("We will want that commitment in writing before the consultation starts.") == \
        "Joseph Mwangi", said
    assert any(speaker == "Tomas Lindqvist" and "Kettering ovens" in text
               for text, speaker in said.items()), said


def _cues(lines: list[tuple[str, str]], ident: str) -> str:
    """Return ``lines`` as a WebVTT file, one cue per line, each under its identifier and timing."""
    cues = [f"{ident.format(n=n)}\n00:00:{n * 4:02d}.000 --> 00:00:{n * 4 + 3:02d}.500\n{line}"
            for n, line in enumerate((f"{voice}{words}" for voice, words in lines), 1)]
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"


TEAMS_VTT = _cues([
    ("<v Sarah Hughes>", "Morning all, thanks for joining, we will keep this short.</v>"),
    ("<v Sarah Hughes>", "We shipped 41,200 units in October, which is a record for the plant.</v>"),
    ("<v Femi Okoro>", "That's ahead of plan, and the Leyland line ran at 87% of capacity all month.</v>"),
    ("<v Femi Okoro>", "The engineer quoted £38,500 for the new compressor and the fitting.</v>"),
    ("<v Hughes, Sarah (CFO)>", "I'd rather pay that now than lose another week in December.</v>"),
    ("<v Mark Reilly>", "Agreed, and I will sign the order off this afternoon.</v>"),
], "3b1f6a8e-5c2d-4e7a-9f10-2a6b8c4d0e{n:02d}/{n}-0")


def test_a_teams_caption_file_s_voices_are_its_speakers_and_its_tags_and_cue_names_are_left_out() -> None:
    from reportgen.sources import Document
    from reportgen.summarize import summarize

    briefing = summarize([Document("S1", "standup.vtt", TEAMS_VTT)], max_figures=None, every_quote=True)
    said = {q.text: q.speaker for q in briefing.quotes}
    assert said.get("The engineer quoted £38,500 for the new compressor and the fitting.") == "Femi Okoro"
    assert said.get("I'd rather pay that now than lose another week in December.") == "Sarah Hughes"
    shown = [q.text for q in briefing.quotes] + [f.label for f in briefing.figures] + \
        [p.text for p in briefing.context] + [p.text for a in briefing.areas for p in a.points]
    assert briefing.context and not [s for s in shown if "<" in s or ">" in s or "3b1f6a8e" in s]
    assert {41200, 87, 38500} <= {f.value for f in briefing.figures}


ZOOM_VTT = _cues([
    ("Ruth Abernethy (Chair): ", "Thank you. Committee Room 2, I think Councillor Bellamy has his hand up."),
    ("Committee Room 2: ", "Yes, thank you, Chair, it's Martin Bellamy. Look, my concern"),
    ("Committee Room 2: ", "is the money. I have never once seen new burdens funding that lasted."),
    ("Daniel Hurst | Waste Services: ", "It's fair. The honest answer is we don't have the settlement."),
    ("Daniel Hurst | Waste Services: ", "The disposal saving covers about half of the running cost."),
    ("Ruth Abernethy (Chair): ", "Councillor Desai. You're on mute, Anil."),
    ("Anil Desai's iPad: ", "Sorry. Are these vehicles electric? I can't see what they run on."),
    ("Daniel Hurst | Waste Services: ", "They're diesel, I'm afraid, but we specified them to run on HVO."),
    ("Anil Desai's iPad: ", "That's disappointing, for a climate committee. I'll leave it there."),
], "{n}")


def test_a_zoom_caption_file_s_display_names_name_the_people_behind_them() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "committee.vtt", ZOOM_VTT))
    said = {q.text: q.speaker for q in found.quotes}
    assert said.get("The honest answer is we don't have the settlement.") == "Daniel Hurst", said
    assert said.get("That's disappointing, for a climate committee.") == "Anil Desai", said
    assert said.get("I have never once seen new burdens funding that lasted.") == "Martin Bellamy", said
    # none of the room's words are the chair's, and her housekeeping ("... Councillor Bellamy has his hand
    # up.") is no quote
    assert [text for text, speaker in said.items() if speaker == "Ruth Abernethy"] == []


MATCH_REPORT = """Harbury Town 3-2 Caldmoor Rovers: Castellanos strikes late

Mateo Castellanos scored four minutes into stoppage time to give Harbury Town a 3-2 win on Saturday.

"I'm proud of the lads, they never stopped running," said Harbury manager Neil Milburn.

Rovers boss Kath Ellery said her side had been "undone by a moment of quality" in front of 14,286 fans.

HARBURY TOWN (4-2-3-1): Pollard; Ainsworth, Kessie, Drummond (c), Vale; Morrow (Fenwick 78), Ojo; Castellanos.
Booked: Ojo 41, Drummond 90+2.

CALDMOOR ROVERS (3-5-2): Askew; Okonjo, Harris (c) (Dolan 71), Whitby; Leckie, Kavanagh, Stead, Gill.
Booked: Stead 29, Whitby 66, Leckie 90+3.

PLAYER RATINGS: Pollard 6, Ainsworth 7, Kessie 7, Drummond 6, Vale 7, Morrow 6, Ojo 7, Castellanos 9.
"""


def test_a_match_report_s_line_ups_are_no_turns_of_the_teams() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "match.txt", MATCH_REPORT))
    assert found.source.kind == "news"
    assert {q.speaker for q in found.quotes} == {"Neil Milburn", "Kath Ellery"}


PHONE_IN = """PRESENTER (Sue Harker): So today we're asking: how are you coping with your bills? Dave.

CALLER (Dave, Swindon): Our direct debit has gone from ninety-six pound a month to a hundred and forty-two.

GUEST (Marcus Ibe): Dave, first thing, you're not on your own. We see a lot of direct debits set too high.

CALLER (Margaret, Marlborough): We had a heat pump put in two years ago, and it cost us £11,200 in all.
"""


def test_a_phone_in_s_callers_are_named_by_the_given_name_in_their_label() -> None:
    turns = speaker_turns(paragraphs(PHONE_IN))
    assert [t.speaker for t in turns] == ["Sue Harker", "Dave", "Marcus Ibe", "Margaret"]


COUNCIL_COMMITTEE = """Chair: Thank you, Daniel. I've got Councillor Okafor first.

Cllr Priya Okafor: Thanks, Chair. I'm supportive of this report. But the flats worry me. Participation \
was one in five in the trial. What's different this time?

Daniel Hurst: That's fair. The bins will be at ground level this time, not up three flights of stairs.

Senator Ada Brennan-Moss: My office hears about this more than anything else. Will you act on it?

Daniel Hurst: We will report back in September.
"""


def test_an_elected_member_s_words_are_on_the_record_though_they_ask() -> None:
    turns = speaker_turns(paragraphs(COUNCIL_COMMITTEE))
    roles = speaker_roles(turns)
    assert (roles["Cllr Priya Okafor"], roles["Senator Ada Brennan-Moss"]) == ("answer", "answer")
    quotes = find_quotes("S", COUNCIL_COMMITTEE, paragraphs(COUNCIL_COMMITTEE), "transcript", turns=turns)
    assert {"Priya Okafor", "Ada Brennan-Moss"} <= {q.speaker for q in quotes}


AGM_QUESTIONS = """Chair: We will now take questions from the floor. Yes, madam, at the front.

Shareholder (Ms Bronwyn Achterberg, Retail Investors Circle): Thank you, Chair. The dividend was cut by half \
while the directors' fees rose again. That is not a partnership. Will the board freeze its fees next year?

Chair: Thank you, Ms Achterberg. The board will review its fees in March.
"""


def test_an_agm_s_shareholder_is_named_in_the_label_and_heard_though_they_ask() -> None:
    turns = speaker_turns(paragraphs(AGM_QUESTIONS))
    assert [(t.speaker, t.role) for t in turns][1] == ("Ms Bronwyn Achterberg", "Shareholder")
    assert speaker_roles(turns)["Ms Bronwyn Achterberg"] == "answer"
    quotes = find_quotes("S", AGM_QUESTIONS, paragraphs(AGM_QUESTIONS), "transcript", turns=turns)
    assert {q.speaker for q in quotes if "dividend" in q.text} == {"Bronwyn Achterberg"}


def test_a_phone_in_caller_who_asks_is_heard_for_their_story() -> None:
    # Kofi asks at every turn, as callers do; what he tells of his flat is his, to quote
    text = PHONE_IN + (
        "CALLER (Kofi, Chippenham): So I'm renting a one-bed flat with storage heaters and the landlord "
        "won't do anything about it. What can I actually do?\n\n"
        "GUEST (Marcus Ibe): Kofi, an F rated property can't legally be let without an exemption.\n\n"
        "CALLER (Kofi, Chippenham): I don't want to lose the flat, though. Is there anything else?\n")
    turns = speaker_turns(paragraphs(text))
    assert speaker_roles(turns)["Kofi"] == "answer"
    quotes = find_quotes("S", text, paragraphs(text), "transcript", turns=turns)
    assert "Kofi" in {q.speaker for q in quotes}


def test_a_match_report_s_line_ups_are_no_points() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "match.txt", MATCH_REPORT))
    points = [s.text for s, (*_, usable, _runs) in zip((s for p in found.sentences for s in p), found.facts,
                                                        strict=True) if usable]
    assert points and not [p for p in points if "Askew" in p or "Pollard" in p]


MINISTRY_PRESSER = """\
Home > Press Conferences > Press Conferences by the Minister

Press Conference by Minister of Agriculture, Forestry and Fisheries Tanaka Hiroshi (Excerpt)

Opening Remarks

Minister: Good morning. The Ministry will make an additional release of 150,000 tonnes of government
stockpile rice, and we expect it to reach the shelves at around 2,000 yen for a 5-kilogram bag.

Reporter (NHK): Minister, prices are still far above last year. Is the release enough?

Minister: I take this very seriously, and I want consumers to be able to buy rice at a price they can
accept. That is the goal, and we will judge ourselves against it.
"""


def test_a_minister_labelled_by_the_office_is_the_one_the_title_names_after_the_portfolio() -> None:
    quotes = find_quotes("S", MINISTRY_PRESSER, paragraphs(MINISTRY_PRESSER), "transcript")
    assert quotes and {q.speaker for q in quotes} == {"Tanaka Hiroshi"}


CALL_EXPORT = """\
Call ID: NVE-IN-25-7731904
Team: Billing Resolutions (Leeds)

Agent: Good afternoon, thanks for calling Northvale Energy, my name is Daniel. Can I take your account
number?

Customer: Yes, it's 4410 228 8820.

Agent: Lovely, thank you, Mrs Okafor. How can I help today?

Customer: I've had a bill for one thousand two hundred and eighty-four pounds for the summer, and I live
on my own.

Agent: That's completely on us, and I'm sorry. I'm going to cancel the bill and re-issue it on your real
reading.

Customer: I'm a pensioner. I can't have two hundred and forty pounds just disappear out of my account.
"""


def test_the_sides_of_a_call_are_named_as_the_call_names_them() -> None:
    # the agent gives his given name; the customer is the one he calls "Mrs Okafor"
    paras = paragraphs(CALL_EXPORT)
    turns = speaker_turns(paras)
    assert {t.speaker for t in turns} >= {"Daniel", "Mrs Okafor"}
    said = {q.text: q.speaker for q in find_quotes("S", CALL_EXPORT, paras, "transcript", turns=turns)}
    assert said["That's completely on us, and I'm sorry."] == "Daniel"
    assert said["I can't have two hundred and forty pounds just disappear out of my account."] == "Mrs Okafor"


def test_a_podcast_export_s_bold_names_over_their_time_codes_are_speaker_lines() -> None:
    text = ("**Priya Nair** [00:00:04]\nHello and welcome to Spokes & Streets. I'm Priya Nair.\n\n"
            "**Hamid Qureshi** [00:03:14]\nIn the first twelve months we had 486,000 trips on Glide bikes, "
            "about double what the business case assumed.\n\n"
            "**Priya Nair** [00:04:02]\nAnd what does a ride cost?\n\n"
            "**Bethan Morgan** [00:04:05]\nIt's £1 to unlock and 15p a minute after that, and most pass "
            "holders are paying nothing per ride.\n")
    read = layout(text)
    turns = speaker_turns(read.paragraphs, dict(read.voices))
    assert [t.speaker for t in turns] == ["Priya Nair", "Hamid Qureshi", "Priya Nair", "Bethan Morgan"]
    # a bold line without its time code is as likely a heading: no speaker
    assert speaker_turns(paragraphs("**Key Points**\nRents rose by 4% in the year to March.\n")) == []


def test_a_staff_report_s_section_headings_in_capitals_are_no_speakers() -> None:
    text = ("COUNCIL MEMORANDUM\n\nRECOMMENDATION:\nThat Council award the contract for Phase 2 of the lead "
            "service line programme to Prairie State Underground, LLC, in the amount of $4,186,250.\n\n"
            "BACKGROUND:\nThe City has about 6,900 lead service lines. Phase 1 replaced 1,140 of them.\n\n"
            "COMMUNITY IMPACT:\nResidents will be notified 14 days before work begins on their street.\n\n"
            "FINANCIAL IMPACT:\nThe project is funded by a state revolving fund loan of $3.5 million, half "
            "of it forgivable.\n")
    assert not is_transcript(paragraphs(text))


def test_a_dail_minister_s_line_gives_the_office_then_the_deputy_who_holds_it() -> None:
    text = ("Deputy Aoife Brennan: I move the motion. Rents in this city have risen by a third.\n\n"
            "Minister for Housing, Local Government and Heritage (Deputy Seán Walsh): I move amendment No. "
            "1. Nobody in this House disputes that rents are too high. Where we differ is on the cure.\n\n"
            "Deputy Aoife Brennan: The Minister's own party voted against this three times.\n")
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == ["Deputy Aoife Brennan", "Deputy Seán Walsh",
                                          "Deputy Aoife Brennan"]
    said = {q.text: q.speaker for q in find_quotes("S", text, paragraphs(text), "transcript", turns=turns)}
    assert said["Nobody in this House disputes that rents are too high."] == "Seán Walsh"


PRESS_SECRETARY = """\
PRESS SECRETARY DANA WHITCOMB: Good afternoon. I have a few things at the top, and then General Hale \
will give an operational update before we take your questions. First, the Secretary approved the \
deployment of about 1,800 soldiers to Romania. They'll replace a unit that's been there since last \
fall, so this is a rotation. With that, General Hale.

GEN. HALE: Thanks, Dana. Overnight, forces intercepted 23 drones over the Red Sea, and there was no damage \
to our ships or injuries to our people.

MS. WHITCOMB: Okay. We'll go to questions. Lita.

Q: Senator Kessel calls it a drawdown dressed up as a rotation. Is the net number going down?

MS. WHITCOMB: No. The net number stays the same, and the brigade that's coming home will be back in \
Kentucky by the end of June.

Q: Is there money in the package for Standard Missiles?

MS. WHITCOMB: It does. There's about $1.6 billion in there for replenishing Standard Missiles, and we're \
working with industry to get those lines moving faster.

MS. WHITCOMB: Let's go to the phones. Jen, Reuters.

Q: When will the Secretary testify?

MS. WHITCOMB: He'll be on the Hill on the 3rd of June. All right, last question. Nancy.
"""


def test_a_press_secretary_who_calls_on_reporters_and_answers_them_is_quoted_under_both_labels():
    turns = speaker_turns(paragraphs(PRESS_SECRETARY))
    assert speaker_roles(turns) == {"PRESS SECRETARY DANA WHITCOMB": "answer", "GEN. HALE": "answer",
                                    "Q": "question"}  # "MS. WHITCOMB" is the press secretary named in full
    quotes = find_quotes("S", PRESS_SECRETARY, paragraphs(PRESS_SECRETARY), "transcript")
    said = {q.text: q.speaker for q in quotes}
    assert said["The net number stays the same, and the brigade that's coming home will be back in Kentucky "
                "by the end of June."] == "Dana Whitcomb"
    assert said["They'll replace a unit that's been there since last fall, so this is a rotation."] == \
        "Dana Whitcomb"


def test_a_minister_introduced_by_office_speaks_later_under_her_name_alone():
    text = """12.41 pm
The Secretary of State for Environment, Food and Rural Affairs (Rachel Dunmore)
With permission, Mr Speaker, I will make a statement on the flooding caused by Storm Ivo.

Oliver Pennington-Shaw (Tewkesbury) (Con)
I thank the Secretary of State for advance sight of her statement. Is the money new money at all?

Rachel Dunmore
The hon. Gentleman is right to raise maintenance, and we have increased the budget by 12% this year.
"""
    turns = speaker_turns(paragraphs(text))
    assert [t.speaker for t in turns] == ["Rachel Dunmore", "Oliver Pennington-Shaw", "Rachel Dunmore"]
    quotes = find_quotes("S", text, paragraphs(text), "transcript")
    assert {q.text: q.speaker for q in quotes}[
        "The hon. Gentleman is right to raise maintenance, and we have increased the budget by 12% this "
        "year."] == "Rachel Dunmore"


def test_a_label_may_open_on_a_capital_with_an_accent():
    # a translated government press conference labels its speakers by family name and ministry: "Ö" and
    # "É" are capitals too
    text = ("QUESTION SCHÖNFELD: To the Interior Ministry. How many asylum applications were there?\n\n"
            "ÖZDEMIR-KRAUSE (BMI): Between January and October, 101,000 first-time applications were "
            "registered.\n\n"
            "QUESTION: And the rejections at the borders?\n\n"
            "Özdemir-Krause (BMI): Just under 9,400 persons since May.\n\n"
            "Mme Élodie Laframboise: Thank you, Chair. I have one more question on the corridor.\n")
    speakers = [t.speaker for t in speaker_turns(paragraphs(text), text=text)]
    assert speakers == ["QUESTION SCHÖNFELD", "ÖZDEMIR-KRAUSE", "QUESTION", "Özdemir-Krause",
                        "Mme Élodie Laframboise"]


def test_a_note_in_square_brackets_may_stand_between_a_label_and_its_colon():
    # an interpreted press conference notes the channel each speaker is heard on, as a parenthesis would
    text = ("MODERATOR [through interpreter]: Good afternoon. The minister will speak first.\n\n"
            "MINISTER ADEYEMI-BRANDT [in English]: Thank you. We will open four new clinics this year.\n\n"
            "QUESTION (Lars Ekdahl, Dagens Nyheter) [through interpreter]: Who pays for the clinics?\n\n"
            "MINISTER ADEYEMI-BRANDT [EN]: The federal budget pays for all of them.\n")
    turns = speaker_turns(paragraphs(text), text=text)
    assert [t.speaker for t in turns] == ["MODERATOR", "MINISTER ADEYEMI-BRANDT", "QUESTION",
                                          "MINISTER ADEYEMI-BRANDT"]
    assert turns[1].paragraphs[0].text == "Thank you. We will open four new clinics this year."


def test_a_speaker_line_of_notes_alone_is_that_speaker_s_turn_and_no_words():
    # a reporter's interjection not interpreted: the line names the speaker and notes it, nothing said
    text = ("MINISTER HALVORSEN: The bridge opens in May. I understand the concern about the cost —\n\n"
            "QUESTION (Ines Rocha, Publico) [in Portuguese, not interpreted] [crosstalk]\n\n"
            "MINISTER HALVORSEN: If I may finish. The cost is fixed in the contract.\n")
    turns = speaker_turns(paragraphs(text), text=text)
    assert [t.speaker for t in turns] == ["MINISTER HALVORSEN", "QUESTION", "MINISTER HALVORSEN"]
    quotes = find_quotes("S", text, paragraphs(text), "transcript")
    assert quotes and not any("QUESTION" in q.text or "crosstalk" in q.text for q in quotes)
