"""Paragraphs and sentences: spans into the original text, page debris left out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.summarize.text import Span, layout, normalize, paragraphs, sentences

NBSP = "\u00a0"


def split(text: str) -> list[str]:
    return [s.text for s in sentences(Span(0, len(text), text))]


CASES = [
    # text, then the expected sentences joined by " | "
    ("The U.S. delegation arrived. Talks began.", "The U.S. delegation arrived. | Talks began."),
    ("Mr. Gu spoke first. Ms. Li replied.", "Mr. Gu spoke first. | Ms. Li replied."),
    ("It ranks No. 1 in Asia. Prices rose.", "It ranks No. 1 in Asia. | Prices rose."),
    ("The talks began on Jan. 5 in Rome. They ended.", "The talks began on Jan. 5 in Rome. | They ended."),
    ("Growth was 2.5 percent. It was weaker before.", "Growth was 2.5 percent. | It was weaker before."),
    ("He said, “We will win.” The crowd cheered.", "He said, “We will win.” | The crowd cheered."),
    ("“Is it ready?” she asked. Nobody answered.", "“Is it ready?” she asked. | Nobody answered."),
    ("Exports rose in the U.S. The yuan fell.", "Exports rose in the U.S. | The yuan fell."),
    ("Prices fell. Is. Markets calmed after it.", "Prices fell. | Markets calmed after it."),
    ("45 percent Is responsible for. of GDP came.", "45 percent Is responsible for. of GDP came."),
    ("1. Flood warning. Data will be shared.", "1. Flood warning. | Data will be shared."),
    ("Talks with J. Smith went on. Both agreed.", "Talks with J. Smith went on. | Both agreed."),
    ("A spokesperson, Brig. Gen. Osman Haroun, denied it. Talks went on.",
     "A spokesperson, Brig. Gen. Osman Haroun, denied it. | Talks went on."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence_splitting_edge_cases(text: str, expected: str) -> None:
    assert split(text) == expected.split(" | ")


def test_sentences_are_spans_of_the_original_text() -> None:
    text = f"Intro line here.\n  The first point stands.{NBSP}{NBSP}The second point follows.  \n"
    for para in paragraphs(text):
        assert text[para.start:para.end] == para.text
        for s in sentences(para):
            assert text[s.start:s.end] == s.text
    assert [s.text for p in paragraphs(text) for s in sentences(p)][-1] == "The second point follows."


def test_navigation_labels_and_pagination_are_not_paragraphs() -> None:
    text = (f"ㄑ{NBSP}Press Room\n\nAround China\nThe office held a briefing on May 2.\n\n"
            f"<{NBSP}{NBSP}1{NBSP}{NBSP}2{NBSP}{NBSP}3{NBSP}{NBSP}...{NBSP}12{NBSP}{NBSP}>\n"
            "Page 2 of 7\n▲\n")
    assert [p.text for p in paragraphs(text)] == ["The office held a briefing on May 2."]


def test_headline_is_a_title_not_body() -> None:
    headline = "Chinese President Xi Jinping visits Shanghai in first post-Covid visit"
    read = layout(f"{headline}\n\nXi arrived on Tuesday.\n")
    assert [t.text for t in read.titles] == [headline]
    assert [p.text for p in read.paragraphs] == ["Xi arrived on Tuesday."]


def test_unpunctuated_prose_in_the_body_stays_body() -> None:
    line = "it lists 23 futures and nine options products in metals, energy, chemicals and many other sectors"
    text = f"Xi visited the exchange on Tuesday.\n{line}\nMarket Reforms Ahead\n"
    read = layout(text)
    assert [p.text for p in read.paragraphs] == ["Xi visited the exchange on Tuesday.", line]


def test_a_short_line_between_paragraphs_is_a_section_heading() -> None:
    text = "Around China\nThe plan was published today.\n\nSolar farms\nThree farms will be built.\nShare\n"
    read = layout(text)
    assert [h.text for h in read.headings] == ["Solar farms"]
    assert [p.text for p in read.paragraphs] == [
        "The plan was published today.", "Three farms will be built.",
    ]


def test_a_quote_without_its_full_stop_is_body_not_a_headline() -> None:
    text = "“We will open the market wider,” the minister said on Friday\nPrices rose.\n"
    assert [p.text for p in paragraphs(text)][0].startswith("“We will open")


def test_photo_credit_is_cut_off_the_caption() -> None:
    text = "Xi inspected an exhibition on innovation. Photo: Xinhua\nVisitors [Photo/China Daily] came.\n"
    paras = paragraphs(text)
    assert paras[0].text == "Xi inspected an exhibition on innovation."
    assert "Photo" in paras[1].text  # a credit mid-line is left alone: only trailing credits are cut


def test_leading_metadata_is_a_date_and_the_paragraph_starts_after_it() -> None:
    text = " date 2023-11-30 ,[The region] We should focus on science. Can go, Xi said.\n"
    read = layout(text)
    assert read.dates == (("meta", "2023-11-30"),)
    assert read.paragraphs[0].text.startswith("We should focus")
    assert text[read.paragraphs[0].start:read.paragraphs[0].end] == read.paragraphs[0].text


def test_a_date_in_page_furniture_is_kept_as_a_date() -> None:
    read = layout("Xinhua | Updated: 2023-11-30 08:04\nXi visited the port on Tuesday.\n")
    assert read.dates == (("header", "2023-11-30"),)
    assert [p.text for p in read.paragraphs] == ["Xi visited the port on Tuesday."]


def test_trailing_dateline_is_a_date_not_text() -> None:
    text = f"The office held a press conference on March 28 in Beijing.{NBSP}April 8, 2024\n"
    read = layout(text)
    assert read.dates == (("dateline", "2024-04-08"),)
    assert read.paragraphs[0].text.endswith("Beijing.")


def test_speaker_lines_and_list_items_stay() -> None:
    text = "Gu Jun:\n\n1. Flood warning\n- Cycle lanes\n"
    assert [p.text for p in paragraphs(text)] == ["Gu Jun:", "1. Flood warning", "- Cycle lanes"]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    body = ("The regional council approved the new budget on Monday after a long\n"
            "debate that lasted most of the afternoon and ended with a clear vote\n"
            "in favour of the plan to rebuild the harbour and the old rail station.\n")
    text = "\n".join([body, body, body])
    paras = paragraphs(text)
    assert len(paras) == 3
    assert normalize(paras[0].text) == normalize(body)
    assert len(sentences(paras[0])) == 1


def test_a_slide_s_bullets_in_a_wrapped_text_are_paragraphs_past_its_number_and_running_footer() -> None:
    # a deck copied as text: each slide a block, its number above and its footer below with no blank line
    body = ("The regional council approved the new budget on Monday after a long\n"
            "debate that lasted most of the afternoon and ended with a clear vote\n"
            "in favour of the plan to rebuild the harbour and the old rail station.\n")
    slide = ("6\nH1 2025: a strong first half\n"
             "• Adjusted EBITDA of £301m, up 21% on H1 2024 (£248m)\n"
             "• Output of 4.7 TWh; average offshore load factor 41%\n"
             "Source: Company data, unaudited management accounts.\n"
             "Skerrivore Renewables plc | Capital Markets Day 2025 | 6\n")
    texts = [p.text for p in paragraphs("\n".join([body, slide, body]))]
    assert "• Adjusted EBITDA of £301m, up 21% on H1 2024 (£248m)" in texts
    assert "• Output of 4.7 TWh; average offshore load factor 41%" in texts
    assert not [t for t in texts if "Capital Markets Day" in t or t.startswith("6")]
    assert normalize(texts[0]) == normalize(body)


ONE_PER_LINE = ("The court heard that the defendant met each of the three women through a dating "
                "application and told each of them that he worked offshore.\n\n"
                "Mrs B sent the money the next morning. Easter came and went, and none of it was repaid.\n\n")


def test_a_passage_wrapped_in_a_text_of_one_paragraph_per_line_is_one_paragraph() -> None:
    # most paragraphs one long line each, a quoted message wrapped in an indented block, a footer
    # wrapped at the same width: each wrapped passage is one paragraph, cited across its lines
    block = ('     "I know I should not ask. I hate asking. But if the bank freezes my account again I lose\n'
             "     the contract and then I lose everything. I'll have it back to you by Easter,\n"
             '     I swear on my life."\n\n')
    footer = ("This document is published for the information of the public and the press. It is not\n"
              "the official record of the hearing.\n")
    text = ONE_PER_LINE * 3 + "On 14 February 2024 you wrote to Mrs B:\n\n" + block + footer
    paras = [normalize(p.text) for p in paragraphs(text)]
    assert normalize(block) in paras
    assert normalize(footer) in paras


@pytest.mark.parametrize("rows", [
    # a table's rows set out with wide gaps: each row its own, though the next opens in lower case
    "Fixed tariff, 12 months, electricity unit rate         27.69p\nstanding charge per day      53.68p\n",
    # a link under a headline
    "As Rents Soar, a Port City Bets It Can Build Its Way Out Of Its Housing Crisis\n"
    "https://www.example.com/2025/03/09/us/port-city-rent-housing.html\n",
])
def test_lines_that_only_look_unfinished_stay_apart(rows: str) -> None:
    text = ONE_PER_LINE * 3 + rows
    lines = [line for line in rows.splitlines() if line]
    assert not any("\n" in p.text for p in layout(text).paragraphs + layout(text).titles), lines


def test_normalize_folds_nbsp_and_runs() -> None:
    assert normalize(f"a{NBSP}{NBSP} b\n\tc ") == "a b c"


PIECES = [*"ab Z.,?!:“”\"'()-•1\n\u00a0\tㄑ<>", "Mr.", "U.S.", "2.5", "date 2023-11-30 ", "Photo: X", "Is."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=120).map("".join))
def test_every_span_indexes_the_original_text(text: str) -> None:
    read = layout(text)
    for span in (*read.paragraphs, *read.titles, *read.headings):
        assert text[span.start:span.end] == span.text
        assert span.text == span.text.strip()
    for para in read.paragraphs:
        for s in sentences(para):
            assert text[s.start:s.end] == s.text
            assert para.start <= s.start < s.end <= para.end


@pytest.mark.parametrize(("lines", "date"), [
    ("Published 14 March 2024\n\nThe Ledger spoke to Berglund in Kalmar on 11 March.", "2024-03-11"),
    ("Date: 2024-03-14\n\nThe Ledger spoke to Berglund at his office in Kalmar on 11 March.", "2024-03-14"),
    ("Published 14 March 2024\n\nThe port handled 41 million tonnes of cargo last year.", "2024-03-14"),
    ("April 8, 2024\n\nThe council held a hearing on March 28 in Beijing.", "2024-03-28"),
    ("Source: Xinhua| 2024-11-21 08:52:30|Editor: huaxia\n\nBRASILIA, Nov. 20 (Xinhua) -- Xi held talks "
     "with Lula on Wednesday.", "2024-11-20"),
    ("Regular Press Conference of the Ministry of Commerce (November 21, 2024)\n\n(2024-11-25 10:12)\n\n"
     "He Yadong: Good afternoon, friends from the media.", "2024-11-21"),
    ("KHARTOUM (AFP) - Shelling hit a market.\n\nPublished on: 16/06/2024\n", "2024-06-16"),
    ("Published 14th Mar 2025, 16:42 GMT\n\nA Leeds man was jailed.\n", "2025-03-14"),
    ("Posted on: March 4, 2025\n\nThis is a transcript of a press conference held Monday, March 3, 2025, "
     "at 2:00 p.m.", "2025-03-03"),
    ("NEWS RELEASE 11-MAR-2026\n\nOlder adults who use hearing aids fall less often.", "2026-03-11"),
    ("June 13, 2025 5:12 AM GMT+8\n\nTraders work on the floor of the exchange.\n\nSummary\n\n"
     "- Oracle surges 13%\n\n- Producer prices rise less than expected\n\n"
     "NEW YORK, June 12 (Reuters) - U.S. stocks closed higher on Thursday.", "2025-06-12"),
    ("Updated: 11/13/2026 - 09:05\n\nBuenos Aires, Nov 12 (EFE).- Argentina's monthly inflation "
     "accelerated to 4.7 % in October.", "2026-11-12"),
    # A numeric date either way round is read day first on a British page, and left unread elsewhere.
    ("TRANSCRIPT OF \"TODAY\" PROGRAMME\nDATE OF TRANSMISSION: 10/11/2026\n\nRACHEL OKAFOR: The "
     "government promised one and a half million new homes, and £4.1 billion to build them.", "2026-11-10"),
    ("Date: 10/11/2026\n\nThe council approved the plan, which costs $4 million.", None),
    # A decision's numbered reasons tell what happened before it; the page's date is the decision's.
    ("Published: 14.11.2025\n\nDecision of the Disciplinary Committee.\n\n1. The match took place in "
     "Lisbon on 2 November 2025 before 3,850 spectators.", "2025-11-14"),
])
def test_the_event_a_story_reports_dates_it_unless_a_date_line_says_otherwise(
        lines: str, date: str | None) -> None:
    from reportgen.summarize.meta import source_date

    assert source_date(layout(lines + "\n")) == date


def test_a_speech_in_the_first_person_is_no_news_story_even_if_it_reports_one_remark() -> None:
    from reportgen.summarize.meta import source_kind

    speech = ("Thank you all for coming. I want to start with a number. Our colleges trained a million "
              "people last year, and we will train more. I met an apprentice in Derby. She told me she "
              "builds engines. We owe her a system that works, and I intend to deliver it.\n")
    story = ("The minister said colleges trained a million people. She told reporters they would train more. "
             "\"We owe them a system that works,\" she said, adding that funding would rise.\n")
    assert source_kind(layout(speech).paragraphs) == "other"
    assert source_kind(layout(story).paragraphs) == "news"


def test_page_footers_and_toolbars_are_debris() -> None:
    text = ("【Font size: Large Medium Small】  Print | Close\n\nThe ministry held a briefing on trade.\n\n"
            "Address: No.2 Dong Chang'an Avenue, Beijing\n\n"
            "Copyright © Ministry of Commerce of the People's Republic of China.\n")
    assert [p.text for p in layout(text).paragraphs] == ["The ministry held a briefing on trade."]


@pytest.mark.parametrize("pitch", [
    "Subscribe to Nation.Africa for Sh10 a day. Get unlimited access to all our stories.",
    "Should you invest $1,000 in Norwood Instruments right now? Its total average return is 1,047%.",
    "You’re reading a free article with opinions that may differ from our Premium Services. Learn More",
    "Before you buy stock in Corvane Systems, consider this: our analysts picked 10 best stocks to buy now.",
    "The Motley Fool has positions in and recommends Norwood Instruments. The Motley Fool has a "
    "disclosure policy.",
    "Harbor Review has no position in any of the stocks mentioned.",
    "Subscribe from €1 for the first month",
    "Get the WDLR 11 News app: App Store | Google Play",
    # the comment box's notice under the story
    "Comments are closed on this article.",
    # an offer of news by email
    "Choose which Defense.gov products you want delivered to your inbox.",
    "Get the latest Port Macquarie news delivered to your inbox",
])
def test_a_publisher_s_sales_pitch_is_debris_though_written_in_sentences(pitch: str) -> None:
    text = f"The ministry held a briefing on trade.\n\n{pitch}\n"
    assert [p.text for p in layout(text).paragraphs] == ["The ministry held a briefing on trade."]


def test_a_story_about_email_keeps_its_sentence() -> None:
    text = "The ministry held a briefing on trade.\n\nThe minister said reports were sent to your inbox.\n"
    assert len(layout(text).paragraphs) == 2


@pytest.mark.parametrize("note", [
    "Accuracy and availability of NPR transcripts may vary. Transcript text may be revised.",
    "This transcript was created by NPR staff. It may not be in its final form.",
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
    "This article is a transcript of this conference call produced for The Motley Fool. There may be errors.",
    "Transcript copyright © 2027 VerbaCap, Inc. All rights reserved. This transcript may contain errors; "
    "check against the video before quoting.",
    "Transcript: automatically generated and reviewed by the Spokesperson's Service. Only the spoken "
    "version is authentic.",
    "This interview has been edited for length and clarity.",
    "This text is being provided in a rough draft format. Communication Access Realtime Translation (CART) "
    "is provided in order to facilitate communication accessibility.",
    # A page's footer, though it ends in a stop.
    "To view PDF files, you need Adobe Acrobat Reader.",
    "Terms of Use | Privacy Policy | Accessibility | Copyright Bank of Japan All Rights Reserved.",
    "Data delayed by at least 15 minutes.",
    "Market data provided by FactSet. Stock quotes delayed at least 15 minutes.",
    "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges.",
])
def test_a_broadcaster_s_note_and_a_page_s_footer_are_debris(note: str) -> None:
    text = f"The ministry held a briefing on trade.\n\n{note}\n"
    assert [p.text for p in layout(text).paragraphs] == ["The ministry held a briefing on trade."]


@pytest.mark.parametrize("line", ["3 min read", "Reading time: 4 min (1003 words)", "5 minutes read"])
def test_a_reading_time_is_debris_not_a_figure(line: str) -> None:
    from reportgen.summarize.figures import find_figures

    text = f"Storm hits coast\n\n{line}\n\nThe storm hit the coast on Monday.\n"
    paras = layout(text).paragraphs
    assert [p.text for p in paras] == ["The storm hit the coast on Monday."]
    assert find_figures("d", text, list(paras)) == []


@pytest.mark.parametrize("head", ["Press corner\nPress release\n\n", "BOSTON, Oct. 28 /PRNewswire/ -- ",
                                  "NEWS RELEASE 11-MAR-2026\n\n", "Press release No. 45/2025\n\n",
                                  "Meetings Coverage\nSC/16327\n28 April 2026\n\n", "SG/SM/22510\n\n",
                                  "News  >  Health  >  Press releases\n\n"])  # the site's trail to it
def test_a_press_release_is_other_even_when_it_reports_what_people_said(head: str) -> None:
    from reportgen.summarize.meta import source_kind

    body = ("The Commission said it would fund 20 battery plants. \"This is a big step,\" the head said. "
            "Officials said the call opens today.\n")
    text = head + body
    paras = layout(text).paragraphs
    assert source_kind(paras, text[:paras[0].start]) == "other"
    assert source_kind(layout(body).paragraphs) == "news"


def test_an_institution_s_own_long_page_is_other_and_a_story_of_the_same_length_is_news() -> None:
    from reportgen.summarize.meta import source_kind

    facts = ["The Committee voted by a majority of 7-2 to reduce Bank Rate by 25 basis points.",
             "Inflation fell to 3.8% in August, below the projection in the May Report.",
             "Wage growth has eased, and the labour market has loosened further.",
             "Global growth has been broadly as expected, though risks remain.",
             "The Committee will continue to monitor the data closely.",
             "Energy prices have fallen since the summer and are expected to stay lower.",
             "Household spending has been subdued, and saving remains high."]
    page = "\n\n".join(" ".join(facts) for _ in range(8)) + "\n"
    assert len(page) > 3_000
    assert source_kind(layout(page).paragraphs) == "other"
    story = "\n\n".join(" ".join(f"{fact[:-1]}, the bank said." if i % 3 == 0 else fact
                                   for i, fact in enumerate(facts)) for _ in range(8)) + "\n"
    assert source_kind(layout(story).paragraphs) == "news"


@pytest.mark.parametrize("byline", ["By Rhys Pemberton", "Rhys Pemberton at Headingley"])
def test_a_long_report_under_a_reporter_s_line_is_news(byline: str) -> None:
    from reportgen.summarize.meta import source_kind

    report = ("England were 41 for 3 in the first hour, with the ball swinging under heavy cloud. "
              "Calloway then batted for five hours and put on 143 with Nolan for the fifth wicket. ") * 20
    page = f"Calloway rescues England on the first day\n\n{byline}\n\n{report}\n"
    paras = layout(page).paragraphs
    assert len(report) > 3_000
    assert source_kind(paras, page[:paras[0].start]) == "news"
    assert source_kind(paras, "Calloway rescues England on the first day\n\n") == "other"


@pytest.mark.parametrize(("page", "title"), [
    ("Skip to contentSkip to site index\nU.S.\nU.S.|As Rents Soar, a Port City Bets It Can Build\n\n"
     "Her rent is now $2,400 a month.\n", "As Rents Soar, a Port City Bets It Can Build"),
    ("Go to Contents Go to Navigation\n(LEAD) S. Korea to spend 1.2 tln won on missile defense\n\n"
     "SEOUL, Aug. 5 (Yonhap) -- South Korea will spend more.\n\n#missile defense\n",
     "S. Korea to spend 1.2 tln won on missile defense"),
    ("Sign up for Al Jazeera\nWeekly Newsletter\n\n'We are drinking salt': Basra farmers flee seawater\n\n"
     "Farmers in southern Iraq are abandoning their land in growing numbers.\n",
     "'We are drinking salt': Basra farmers flee seawater"),
    ("The Guardian - Back to home\n\nStorm Corran live: gusts batter Scotland as 140,000 homes lose power\n\n"
     "More than 140,000 homes are without power this morning.\n",
     "Storm Corran live: gusts batter Scotland as 140,000 homes lose power"),
    ("Return to Transcripts main page\n\nTO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-CNN-NEWS "
     "OR USE OUR ORDER FORM\n\nMOORE, STRATEGIST: But Hal, that is a question about --\n\n"
     "DELANEY: The Senate passed the package today, and the House votes next week.\n", None),
    ("Hong Kong / Hong Kong economy\n\nSource: Land Registry; data as of March\n\n"
     "Hong Kong buyers snap up flats as prices steady\n\nBuyers returned to the market this week.\n",
     "Hong Kong buyers snap up flats as prices steady"),
    ("TRANSCRIPT: Chief Morrow, Mayor Okonjo announce arrests in Eastgate shooting\n\n"
     "MORROW: Good afternoon. Two men were arrested overnight and charged this morning.\n",
     "TRANSCRIPT: Chief Morrow, Mayor Okonjo announce arrests in Eastgate shooting"),
    ("Skip to main content\nMeetings Coverage and Press Releases\nHome\nSecretary-General\nGeneral Assembly\n"
     "Security Council\nEconomic and Social Council\nSC/16327\n28 April 2026\n"
     "Security Council Extends Mission for One Year, Adopting Resolution 2821\n\n"
     "The Security Council today extended the mandate of the mission until 30 April 2027.\n",
     "Security Council Extends Mission for One Year, Adopting Resolution 2821"),
    ("Meetings Coverage and Press Releases\nHome  >  Press Briefings  >  Noon Briefings\n\n"
     "Daily Press Briefing by the Office of the Spokesperson\n\n12 March 2025\n\n"
     "The following is a near-verbatim transcript of today's noon briefing.\n",
     "Daily Press Briefing by the Office of the Spokesperson"),
    ("Somalia: Riverine Floods - Flash Update No. 3 (12 November 2025)\nFormat\nSituation Report\n"
     "Source\nOCHA\nPosted\n13 Nov 2025\n\nHeavy rains have caused the rivers to overflow.\n",
     "Somalia: Riverine Floods - Flash Update No. 3 (12 November 2025)"),  # a long headline over its facts
    # No title line above the body: a first paragraph that reads as a headline is the headline; a
    # programme's headlines run together give the first.
    ("Return to Transcripts main page\n\nCNN NEWSROOM\n\nSenate Passes $38 Billion Wildfire Aid Package; "
     "Idaho Town Still Waiting To Rebuild; Interview With Rep. Teresa Villalobos (D-CA); New CNN Poll On "
     "Disaster Spending\n\nAired September 18, 2025 - 14:00   ET\n\n"
     "DELANEY: The Senate passed the package today, and the House votes next week.\n",
     "Senate Passes $38 Billion Wildfire Aid Package"),
    ("Lakefront Public Media\nNews\nPolitics\nPodcasts\n\nTHE COMMONS REPORT\nEpisode 147: ‘The meter is "
     "running’ — can Chicago-area transit avoid the fiscal cliff?\nOctober 8, 2026 · 6 min\n\n[00:00:06] "
     "MAYA ELLIOTT: From Lakefront Public Media, this is The Commons Report.\n\n[00:04:18] ELLIOTT: Darnell, "
     "you rode the Number 9 bus for a story last month—\n\nDARNELL: I did, and it was late every day.\n",
     "Episode 147: ‘The meter is running’ — can Chicago-area transit avoid the fiscal cliff?"),
    ("Skip to main content\nWEXHAM ROVERS FC\nMenu\nNews\nTickets\n\nNews / First Team / Press Conferences"
     "\n\nAshworth: ‘That’s what this club is about’\n\nSaturday 7 March 2026\n\nDeclan Ashworth hailed "
     "the character of his side after a late winner.\n\nREAD MORE: Match report – Rovers 2-1 Castlebridge\n",
     "Ashworth: ‘That’s what this club is about’"),
    # A trail to the page whose last step the next line repeats: that line is the headline.
    ("Skip to main content\nGlobal\nRegions\nWHO Headquarters (HQ)\nSelect language\nHome/Emergencies/"
     "Disease Outbreak News/Cholera – Multi-country (East and Southern Africa)\nCholera – Multi-country "
     "(East and Southern Africa)\n14 March 2025 | Disease Outbreak News\n\nSince the beginning of 2025, "
     "five countries have reported an unusual increase in cholera cases.\n\n"
     "Global Task Force on Cholera Control\n",
     "Cholera – Multi-country (East and Southern Africa)"),
    # The trail's last step repeated a few lines under it, past the date and the company's name, or as
    # the end of a line; not as a field's value, nor under a headline of its own.
    ("Investors › Regulatory news › Third Quarter 2025 Operational Update\n\n21 October 2025 | 07:00 BST\n\n"
     "Skerrow Energy plc\n(\"Skerrow\" or \"the Company\")\n\nThird Quarter 2025 Operational Update\n\n"
     "Skerrow Energy plc, the oil and gas producer, today provides an operational update.\n\n"
     "Rhodri Castellane, Chief Financial Officer\n",
     "Third Quarter 2025 Operational Update"),
    ("Investors › Annual Reports › 2025 Annual Report › Letter to Shareholders\n\n"
     "2025 Letter to Shareholders\n\nMarch 4, 2026\n\nTo our shareholders,\n\n"
     "When I wrote to you a year ago, I said that we would grow faster.\n\nSincerely,\n\n"
     "Helen Marchetti-Boyd\nChair and Chief Executive Officer\n",
     "2025 Letter to Shareholders"),
    ("News & Advisories › Customer Advisories › North Europe Advisories Page\n\nCUSTOMER ADVISORY\n\n"
     "Port congestion at Rotterdam and Antwerp-Bruges – schedule impact\n\n"
     "Region: North Europe Advisories Page\n\nCongestion has built up at both ports since April.\n",
     "Port congestion at Rotterdam and Antwerp-Bruges – schedule impact"),
    ("Home > News > Monetary policy > Monetary Policy Summary, September 2025\n\n"
     "Bank Rate reduced to 3.75% - September 2025\n\nMonetary Policy Summary, September 2025\n"
     "Published on 18 September 2025\n\nThe Committee voted by a majority of 7-2 to reduce Bank Rate.\n",
     "Bank Rate reduced to 3.75% - September 2025"),
    # A printed transcript's running header, its date then its name, stands above the title.
    ("Board of Governors of the Federal Reserve System\nHome > Monetary Policy > FOMC > Press Conferences\n"
     "Accessible Version | PDF\n\nJanuary 28, 2026 Chair Whitaker's Press Conference FINAL\n"
     "Transcript of Chair Daniel Whitaker's Press Conference\nJanuary 28, 2026\n\n"
     "CHAIR WHITAKER. Good afternoon. My colleagues and I remain focused on our goals.\n",
     "Transcript of Chair Daniel Whitaker's Press Conference"),
    # A headline too short to stand out, over its standfirst, with no title line above the body.
    ("Skip to content\nThe Atlantic\nPopular\nSubscribe\nHealth\n\nThe Long Drive\n\nWhen the only "
     "maternity ward in a rural Maine county closed, expectant mothers were left with a seventy-mile "
     "gamble.\n\nBy Jonah Whitcomb\n\nThe drive from Calder to the nearest labor unit takes 70 minutes.\n\n"
     "Maine, Medicaid, rural America, hospitals\n",
     "The Long Drive"),
    # A record's metadata line under its headline (a date and a few words) is no headline.
    ("Hansard - UK Parliament\nSkip to main content\nHome | Commons | Lords | Search Hansard\n"
     "House of Commons\nHousehold Energy Support\nVolume 781: debated on Tuesday 3 February 2026\n"
     "Download text\nShare this debate\n\n12.34 pm\nThe Chancellor of the Exchequer (Rachel Adeyemi)\n"
     "With permission, Mr Speaker, I will make a statement on support for households with energy bills.\n",
     "Household Energy Support"),
    # A government site's banner, in capitals and over its menu, is no headline.
    ("Skip to main content\nAn official website of the United States government\nHere’s how you know\n\n"
     "U.S. DEPARTMENT OF THE TREASURY\n\nAbout Treasury\nNews\n\nHome › News › Press Releases\n\n"
     "Treasury Targets Shadow Fleet Network Moving Iranian Oil\n\nNovember 13, 2026\n\n"
     "WASHINGTON — Today, the Department of the Treasury sanctioned 14 companies and 11 vessels.\n",
     "Treasury Targets Shadow Fleet Network Moving Iranian Oil"),
    # A trail whose separators were lost in copying, and a "Jump to" link, are furniture.
    ("Skip to main content\nUK Parliament\nHome  Committees  Health and Social Care Committee  News\n\n"
     "Children \"paying the price\" for years-long waits for community care, MPs warn\n\n20 November 2026\n\n"
     "Children are waiting more than two years for speech therapy, the committee said today.\n",
     "Children \"paying the price\" for years-long waits for community care, MPs warn"),
    # A headline written as sentences, over its standfirst and byline; a site's one-word name above it.
    ("Inc.\nPROFILE\nShe Turned Her Mother's Job Into a Care Agency. Now Comes the Hard Part\n"
     "Dana Whitfield built Tendwell by betting on caregivers. Her rivals say the math doesn't work\n\n"
     "By Jenna Ortiz\nNov 3, 2026\n\nDana Whitfield still keeps her mother's pager in a desk drawer, and "
     "she says it reminds her of what the job cost.\n\nRead more: How This Founder Grew a Business\n",
     "She Turned Her Mother's Job Into a Care Agency. Now Comes the Hard Part"),
    ("Opinions\n‘Build more’ is not a housing plan. Here’s what would actually lower rents.\n"
     "Zoning reform is necessary. It is nowhere near enough.\nBy Dana Whitfield\nNovember 18, 2026\n"
     "For three years I ran the research office at the Department of Housing, and I learned what works.\n\n"
     "Opinion | Why 6 million Americans can’t afford to move\n",
     "‘Build more’ is not a housing plan. Here’s what would actually lower rents."),
    # A skip link that quotes where it goes ends in a quote mark, not a sentence: furniture still.
    ("Skip to main content\nSkip to \"About this site\"\nLanguage selection\nFrançais\n\n"
     "Home › News › Speeches\n\nPrime Minister Delisle's remarks at the Federation of Canadian "
     "Municipalities Annual Conference\n\nJune 6, 2026\n\nThank you very much. Please, sit down.\n",
     "Prime Minister Delisle's remarks at the Federation of Canadian Municipalities Annual Conference"),
    # A menu whose separators were lost in copying, items set apart by wide gaps, is no headline.
    ("Yorkshire Evening Ledger\nNews  Sport  Leeds United  What's On  Property  Jobs  Puzzles\n"
     "Subscribe   Sign in\n\nNews › Transport\n\n"
     "Commuters face weekend of chaos as drivers vote to strike\n\n"
     "By Jess Pemberton\n\nDrivers will walk out for 48 hours from Friday, the union said.\n",
     "Commuters face weekend of chaos as drivers vote to strike"),
    # A cookie notice is no body, and a headline holding its date is still the headline.
    ("Kestrel Air\nBook   Manage Booking   Web Check-in   Flight Status   Offers\n\n"
     "We use cookies to improve your experience. By continuing to browse, you agree to our Cookie Policy.  "
     "Accept all\n\n"
     "Statement on flight KA-2317 (Mumbai-Guwahati), 14 November 2026\n\n"
     "Kestrel Air confirms that all passengers of flight KA-2317 have left the aircraft safely.\n",
     "Statement on flight KA-2317 (Mumbai-Guwahati), 14 November 2026"),
    # A document's label in capitals ("FACT SHEET:") heads a headline; it is no speaker's name.
    ("The White House\nBriefing Room\n\nFACT SHEET: Administration Announces $6.2 Billion to Harden the "
     "Grid\n\nMarch 18, 2027\n\nToday, the Administration is announcing $6.2 billion for 58 projects.\n\n"
     "Next Post: Statement from the Press Secretary on the Passage of the Permitting Act\n",
     "FACT SHEET: Administration Announces $6.2 Billion to Harden the Grid"),
    # A site's name over its menu, the menu a blank line below it; a site's official-website banner.
    ("IMDF - Irish Motor Distributors Federation\n"
     "Home  |  About IMDF  |  Members  |  Statistics  |  Policy\n\n"
     "New car registrations up 6.4% in February\n\nPress Release | 02 March 2026\n\n"
     "Official figures released today show new car registrations up 6.4%.\n",
     "New car registrations up 6.4% in February"),
    ("Skip to main content\nAn official website of the City of Cedar Harbor\n\n"
     "Ask the Mayor: April 16 – Budget, potholes and housing\n\n"
     "Ask the Mayor is a weekly call-in program, lightly edited for length and clarity.\n",
     "Ask the Mayor: April 16 – Budget, potholes and housing"),
    # A market ticker and a membership offer are the page's frame.
    ("Dow 44,812.30 +0.4%   S&P 500 6,402.17 +0.2%   Nasdaq 21,377.96 -0.1%\n\n"
     "Member login   |   Join today from £3.85 a week\n\n"
     "Vantora earnings live: cloud revenue jumps 31%\n\nVantora reported revenue of $38.4 billion on "
     "Tuesday, ahead of forecasts.\n", "Vantora earnings live: cloud revenue jumps 31%"),
    # The line under the site's trail is the headline, though in capitals, past a search box's "Search...".
    ("Ministry of Health | Republic of Zambia\n\n"
     "Home | About Us | Directorates | Media Centre | Contact Us\n\n"
     "Search...\n\nHome » Media Centre » Outbreak Updates\n\n"
     "CHOLERA OUTBREAK DAILY UPDATE No. 47 – 19 NOVEMBER 2026\n\n"
     "Posted by Public Relations Unit on 19 November 2026\n\n"
     "The Ministry of Health wishes to update the nation on the cholera outbreak declared in October.\n",
     "CHOLERA OUTBREAK DAILY UPDATE No. 47 – 19 NOVEMBER 2026"),
    # ... and so is a menu-like line under a trail read as debris (not a switch of language, "中文").
    ("Bank of Japan\nHome\nAbout the Bank\nMonetary Policy\nAnnouncements\n\n"
     "Home > Announcements > Speeches and Statements > Press Conferences > 2027\n\n"
     "Governor Ueda's Press Conference\n\nJanuary 25, 2027\n\n"
     "Governor Ueda: At the Monetary Policy Meeting held today, the Bank decided to raise the rate.\n",
     "Governor Ueda's Press Conference"),
    ("Home > Press and Media Service > Spokesperson's Remarks\n中文\nPrint | Email\n\n"
     "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on April 16, 2024\n"
     "2024-04-16 19:05\n\n"
     "Mao Ning: According to data released by the General Administration of Customs, trade grew.\n",
     "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on April 16, 2024"),
    # ... whatever banner stands above it, past a line that says what kind of page it is.
    ("Ministry of Foreign Affairs of Japan\nJapanese   Other Languages   Site Map   Search\n"
     "Home   Press Releases   Foreign Policy   Countries & Regions   About the Ministry\n\n"
     "Home > Countries & Regions > Oceania > Vanuatu\n\nJapan-Vanuatu Summit Telephone Talk\n\n"
     "February 17, 2026\n\n1. On February 17, the Prime Minister held a telephone talk with his "
     "counterpart.\n", "Japan-Vanuatu Summit Telephone Talk"),
    ("National Civil Protection Agency\n\nSQ | EN\nHome   About us   Emergencies   Media centre\n\n"
     "Media centre > Situation reports\n\nSITUATION UPDATE No. 4\nMw 6.4 Earthquake – Fier and Vlorë "
     "Counties\n\nThe death toll has risen to 37, the agency said on Saturday.\n",
     "Mw 6.4 Earthquake – Fier and Vlorë Counties"),
    # A cookie banner, a results ticker, a greeting banner, a section named by the trail, a footer.
    ("We and our partners use cookies to personalise content and ads. Accept all | Manage preferences\n\n"
     "Severn Valley Echo\n\nRogue builder who conned pensioners out of £214,000 jailed\n\n"
     "By Rachel Tennant\n\n"
     "A rogue builder who preyed on elderly homeowners was jailed on Wednesday at Worcester Crown Court.\n",
     "Rogue builder who conned pensioners out of £214,000 jailed"),
    ("Cookies on ONS website\nAccept additional cookies    Reject additional cookies    View cookies\n\n"
     "GDP first quarterly estimate, UK: January to March 2026\n\n"
     "UK gross domestic product is estimated to have grown by 0.3% in the quarter, the office said.\n",
     "GDP first quarterly estimate, UK: January to March 2026"),
    ("Live Scores\nFT  Kingsbridge Rovers 3-1 Aldermoor City\nHT  Saltcote 1-0 Brayford Villa\n\n"
     "Kingsbridge Rovers 3-1 Aldermoor City: Hale double sends Rovers into the top four\n\n"
     "Callum Hale scored twice as Kingsbridge Rovers came from a jittery spell to beat ten-man Aldermoor.\n",
     "Kingsbridge Rovers 3-1 Aldermoor City: Hale double sends Rovers into the top four"),
    ("Skip to main content\nWelcome to the United Nations\n\nUnited Nations\nMeetings Coverage and Press "
     "Releases\n\nHome\nMeetings Coverage\nPress Releases\nPress Briefings\nSecurity Council\n\n"
     "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
     "The following is a near-verbatim transcript of today's noon briefing by the Spokesperson.\n",
     "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"),
    ("Home > Press > Press Releases\n\nPress Releases\n\nGovernment to Provide Additional Humanitarian "
     "Assistance to Mozambique\n\nThe Government decided to provide an additional US$2 million in aid.\n",
     "Government to Provide Additional Humanitarian Assistance to Mozambique"),
    ("THE HARBOR REVIEW\nMagazine\nBusiness\n\nFEATURES / BUSINESS\n\nThe Grind\n\n"
     "Marisol Etxeberria built a coffee roastery out of a borrowed garage and a $9,000 machine. Now bean "
     "prices have doubled, and her rivals are closing.\n\nBy Nora Lindqvist\n\n"
     "About · Masthead · Advertise · Privacy Policy · Terms of Use\n"
     "© 2027 Harbor Review Media LLC · 75 Market Street, Suite 300, Portland, ME 04101 · (207) 555-0143\n",
     "The Grind"),
    ("Planète › Agriculture\n\nSubscribers only\n\nIn Normandy, dairy farms are vanishing\n\n"
     "At 5:30 am, the 78 Holsteins of Jean-Marc Leroux are already queuing in front of the milking parlour, "
     "as every morning for thirty-four years.\n", "In Normandy, dairy farms are vanishing"),
    # An email's "view in browser" line and its forwarding note are no headline.
    ("View this email in your browser\n\nForwarded this email? Sign up here.\n\n"
     "ECB stands pat as inflation cools\n\nThe European Central Bank left its deposit rate unchanged at "
     "2.25% on Thursday, the fourth meeting in a row without a move.\n", "ECB stands pat as inflation cools"),
    # A strip of the weather and the markets, a ticker with arrows or of headlines, the account's links
    # and a consent notice closed by its buttons stand where a title stands; none is one.
    ("Valparaíso 18°C, nublado   Dólar observado $948,20   UF $39.120   IPSA 6.512\n\n"
     "Port strike ends after nine days as dockworkers accept pay offer\n\n"
     "Dockworkers returned to the cranes on Monday after accepting a 6% rise.\n",
     "Port strike ends after nine days as dockworkers accept pay offer"),
    ("Hastings Coast Advocate\nSubscribe            Log in\n\nPort Macquarie  18°C  Partly cloudy\n\n"
     "Court & Crime\n\nUnlicensed pool builder fined $28,000\n\n"
     "A pool builder who kept taking deposits after his licence was cancelled has been fined.\n",
     "Unlicensed pool builder fined $28,000"),
    # a charity's slogan over its release, in sentences of a word or two, is no paragraph to title it
    ("THE PANTRY TRUST\nStop UK hunger. Together.\n\nNEWS RELEASE\n\n"
     "Record 3.1 million emergency food parcels handed out as working families are pushed to the brink\n\n"
     "Food banks in the network handed out 3,118,450 emergency food parcels across the UK last year.\n\n"
     "Priya Sandhu, Senior Media Officer\n",
     "Record 3.1 million emergency food parcels handed out as working families are pushed to the brink"),
    # a short first paragraph that opens the body with a colon is no site's name to pass over
    ("Call participants:\n\nPriya Raman -- Chief Executive Officer\n\n"
     "Norwood Instruments (NWDI) Q2 2025 Earnings Call Transcript\n\n"
     "Operator: Good day, and welcome to the Norwood Instruments second quarter earnings call.\n",
     "Norwood Instruments (NWDI) Q2 2025 Earnings Call Transcript"),
    # an embargo line dates the release; it is no headline
    ("University of Leeds\n\nNews  >  Health  >  Press releases\n\n"
     "EMBARGOED UNTIL 23:30 UK TIME TUESDAY 4 NOVEMBER 2025\n\n"
     "Dirty air days linked to thousands more pupils off sick, national study finds\n\n"
     "Children are more likely to miss school through illness in the days after air pollution rises.\n",
     "Dirty air days linked to thousands more pupils off sick, national study finds"),
    ("Gold price today ₹7,120 ▲ 0.4%  Silver price today ₹91 ▼ 1.2%  Crude oil price today ₹6,410 ▲ 0.8%\n\n"
     "Grocer warns of thinner margins as costs climb\n\n"
     "Britain's third-largest grocer said margins would narrow this year.\n",
     "Grocer warns of thinner margins as costs climb"),
    ("LIVE: Storm closes M6 ● Rail fares frozen for 2027 ● LIVE: Storm closes M6\n\n"
     "Council tax to rise 4.99% in Bolton\n\nBolton council voted on Wednesday to raise council tax.\n",
     "Council tax to rise 4.99% in Bolton"),
    ("Search    Sign in    Subscribe (free trial)\n\nLobster season opens early on the Gaspé coast after "
     "mild winter\n\nFishers set their traps on Saturday, a week earlier than last year.\n",
     "Lobster season opens early on the Gaspé coast after mild winter"),
    ("Nous utilisons des cookies pour améliorer votre expérience. [Accepter] [Paramètres]\n\n"
     "Tram line 3 to open in December\n\nThe city said on Tuesday that the line would open in December.\n",
     "Tram line 3 to open in December"),
    # The page's print and share links, a ticker of headlines that runs on past its last bullet, and a
    # headline's "FULL TRANSCRIPT:" kicker (no speaker) neither.
    ("Home > Judgments > Sentencing remarks\nPrint this page     Share this page\nR -v- Holroyd: Sentencing "
     "Remarks\nPublished 17 February 2025\n\nThe defendant was sentenced today at Leeds Crown Court for "
     "conspiracy to defraud.\n",
     "R -v- Holroyd: Sentencing Remarks"),
    ("BREAKING: Maize floor price set for new season  •  Kwacha firms against the dollar  •\n\n"
     "FULL TRANSCRIPT: Returning Officer declares Lukanga West by-election result\n\n"
     "The by-election was held on Thursday after the death in June of the sitting member.\n",
     "FULL TRANSCRIPT: Returning Officer declares Lukanga West by-election result"),
    # ... and so does a company's name in capitals over the document's title.
    ("HARLOW MINERALS LIMITED (ASX: HML)\n\nQuarterly Activities Report for the period ended 30 September "
     "2026\n\nHarlow Minerals Limited provides its report for the quarter, in which it drilled 14 holes.\n",
     "Quarterly Activities Report for the period ended 30 September 2026"),
    # A trail's last step may hold slashes (an archive's item number); the line under it is the headline,
    # though it opens on a series' name in capitals and a colon, over the catalogue's fields.
    ("SHIELDS HERITAGE TRUST · ORAL HISTORY ARCHIVE\n"
     "Collections › Voices of the Yards › OH/SHT/2024/117\n\n"
     "VOICES OF THE YARDS: Thomas Reay, welder, Calder Wharf shipyard (1958–1986)\n\n"
     "CATALOGUE RECORD\nItem reference:        OH/SHT/2024/117\n"
     "Interviewee:           Thomas Edward (\"Tommy\") Reay, b. 1942\n"
     "Interviewer:           Dr Siân Kettering (SK)\n\n"
     "Summary: Life story interview with a retired welder who served his apprenticeship at the yard.\n",
     "VOICES OF THE YARDS: Thomas Reay, welder, Calder Wharf shipyard (1958–1986)"),
    # A headline's own numbers and temperatures are no strip.
    ("Weather   Traffic   Sport   Contact\n\nSeville hits 46°C, Córdoba 45°C as heat record falls\n\n"
     "Temperatures reached 46°C in Seville on Sunday, the weather agency said.\n",
     "Seville hits 46°C, Córdoba 45°C as heat record falls"),
    # A record's date line, a report's tag of the countries it covers, a credit line and a line with a
    # link are the page's frame, not its headline.
    ("RAJYA SABHA\n\nWednesday, December 11, 2024/Agrahayana 20, 1946 (Saka)\n\n"
     "The House met at eleven of the clock.\n\nCoverage of tap water connections under Jal Jeevan Mission\n\n"
     "MR. CHAIRMAN: Question Hour. Question No. 136.\n",
     "Coverage of tap water connections under Jal Jeevan Mission"),
    ("Home › Updates › Nigeria\n\nNigeria + 3 more\n"
     "Fourth Conference on the Lake Chad Region: Co-Chairs’ Summary and Announced Pledges\n\n"
     "Format: News and Press Release\nSource: OCHA\n\nThe conference was held in Abuja on 3 March.\n",
     "Fourth Conference on the Lake Chad Region: Co-Chairs’ Summary and Announced Pledges"),
    ("MONETARY POLICY COMMITTEE STATEMENT\nMAY 2025\n\nDelivered by Dr Chanda M. Mwansa, Governor\n"
     "Lusaka, 21st May 2025\n\nPolicy rate raised by 50 basis points\n\n"
     "1. The Committee decided by a majority of six members to three to raise the Policy Rate.\n",
     "Policy rate raised by 50 basis points"),
    ("INTERNET\n\nTo search the parliamentary database, go to: http://parlinfo.aph.gov.au\n\n"
     "Senators press Reserve Bank on rate outlook\n\nCHAIR: I declare open this hearing of the committee.\n",
     "Senators press Reserve Bank on rate outlook"),
    # Links to a page's files and an address strip with its web address are no headline.
    ("Press summary (PDF, 212KB)   Judgment (PDF, 1.1MB)   Watch the hand-down\n\n"
     "Parliament Square London SW1P 3BD T: 020 7960 1886 www.supremecourt.uk\n\n"
     "Court rules on demurrage after a 96-day wait at Alexandria\n\n"
     "The Supreme Court allowed the appeal by a majority of three to two on Wednesday.\n",
     "Court rules on demurrage after a 96-day wait at Alexandria"),
    # A body's name over the page, in ordinary case, gives way to the headline close under it ...
    ("Skip to main content\nMinistry of Foreign Affairs of Japan\n\nPress Releases\n\n"
     "Protest against the Intrusion of Coast Guard Vessels into the Territorial Sea\n\nNovember 3, 2026\n\n"
     "Today, the Ministry lodged a strong protest with the Embassy over the intrusion.\n",
     "Protest against the Intrusion of Coast Guard Vessels into the Territorial Sea"),
    # ... and so does the body's name over the headline when the story's share buttons follow it ...
    ("Council of the European Union\n\nBaltic Sea: Council agrees fishing opportunities for 2026\n\n"
     "Share on X   Share on Facebook   Share on LinkedIn   Share by e-mail\n\n"
     "The Council today reached an agreement on the fishing opportunities for ten fish stocks.\n",
     "Baltic Sea: Council agrees fishing opportunities for 2026"),
    ("NJMCB Nordic Joint Marine Casualty Board\n\n"
     "MARINE CASUALTY REPORT 2025/07 — Fire on the vehicle deck of the ferry SOLVMAGE\n\n"
     "The fire was first reported to the bridge at 06:41 by a crew member on patrol.\n",
     "MARINE CASUALTY REPORT 2025/07 — Fire on the vehicle deck of the ferry SOLVMAGE"),
    # ... but not over another body's name: a committee and its portfolio's name both name bodies.
    ("Education and Employment Legislation Committee\n\nEmployment and Workplace Relations Portfolio\n\n"
     "CHAIR: I declare open this hearing of the committee on the budget estimates.\n",
     "Education and Employment Legislation Committee"),
    # ... but not a menu's last word over a cookie notice.
    ("Cookies on ONS website\nWe use some essential cookies to make this website work.\nAccept cookies\n\n"
     "Employment was largely unchanged in the latest quarter, the statistics office said on Tuesday.\n",
     None),
])
def test_a_page_s_headline_is_found_past_its_furniture(page: str, title: str | None) -> None:
    from reportgen.summarize.meta import source_title

    assert source_title(layout(page), page) == title


@pytest.mark.parametrize("label", ["ALSO READ", "Read more", "Related", "See also", "Don't miss"])
def test_a_link_to_another_page_is_no_paragraph(label: str) -> None:
    text = (f"Rail strike called off\n\nDrivers accepted a 4% offer on Monday.\n\n"
            f"{label}: Why 40 trains were cancelled last week\n\nServices resume on Tuesday.\n")
    assert [p.text for p in layout(text).paragraphs] == [
        "Drivers accepted a 4% offer on Monday.", "Services resume on Tuesday."]


def test_a_gallery_caption_is_debris_however_long() -> None:
    caption = "Item 1 of 2 The logo of OPEC is seen outside its headquarters in Vienna. " * 4
    text = f"{caption}\n\nOPEC+ agreed on Sunday to extend its cuts.\n"
    assert [p.text for p in layout(text).paragraphs] == ["OPEC+ agreed on Sunday to extend its cuts."]


@pytest.mark.parametrize("caption", [
    "Housing Minister Lucía Ferrer at the ministry headquarters in Madrid on Thursday. CLAUDIO ÁLVAREZ",
    "Emmanuel Macron at the Elysée Palace in Paris, on March 4, 2024. LUDOVIC MARIN / AFP",
])
def test_a_caption_credited_in_capitals_is_no_paragraph(caption: str) -> None:
    text = f"{caption}\n\nRents in Madrid have risen again this year.\n"
    assert [p.text for p in layout(text).paragraphs] == ["Rents in Madrid have risen again this year."]


@pytest.mark.parametrize("line", ["8. NEW BUSINESS", "Shares rose 4% after the results. REUTERS",
                                  "PHENOMENAL SEAS NEAR THE CENTRE. DAMAGING HEAVY SWELLS"])
def test_a_line_ending_in_capitals_without_a_caption_before_them_is_kept(line: str) -> None:
    from reportgen.summarize.debris import classify_line

    assert classify_line(line, 0, len(line)).kind != "debris"


@pytest.mark.parametrize("line", [
    "1. International Developments and Outlook ..................... 4",
    "China . . . . . . . . . . . . . . . . . . . . . . . . . Mr. Tian Lejun",
    "Lance Whitcombe, Chief, Crops Branch ........ (202) 720-2127",
])
def test_a_line_set_out_with_leader_dots_is_neither_a_paragraph_nor_the_headline(line: str) -> None:
    from reportgen.summarize.meta import source_title

    body = "The Monetary Policy Committee met on 17 and 18 August and held the policy rate at 6.5 per cent."
    text = f"QUARTERLY REPORT\n\nContents\n{line}\n\n{body}\n"
    assert [p.text for p in layout(text).paragraphs] == [body]
    assert source_title(layout(text), text) != line


def test_a_fact_box_s_row_is_no_headline() -> None:
    from reportgen.summarize.meta import source_title

    text = ("Storm Eowyn\nPeak gust          183 km/h at Mace Head\nDeaths            2\n\n"
            "Storm Eowyn brought record gusts to the west coast on Friday, the met office said.\n")
    assert source_title(layout(text), text) != "Peak gust 183 km/h at Mace Head"


def test_an_ellipsis_is_no_leader_dots() -> None:
    text = "The law says that a tenant . . . shall be given notice. . . . It was passed in 2019.\n"
    assert len(layout(text).paragraphs) == 1


def test_a_dateline_without_an_agency_dates_the_story() -> None:
    from reportgen.summarize.meta import source_date

    text = "(People's Daily Online) 10:26, June 26, 2025\n\nTIANJIN, June 25 -- The premier spoke.\n"
    assert source_date(layout(text)) == "2025-06-25"


@pytest.mark.parametrize(("page", "date"), [
    # a wire page stamps its story "OCT 6, 14:52"; its footer says which year it is serving
    ("Business & Economy\nOCT 6, 14:52\nUPDATED: OCT 6, 16:09\n\nRevenues fall 18.4%\n\n"
     "MOSCOW, October 6. /TASS/. Revenues in January-September 2026 declined by 18.4%.\n\n"
     "© 1999-2026 TASS. All rights reserved.", "2026-10-06"),
    # a newsletter dated "Nov 8" that looks back a year: the year in the story is not the page's
    ("The Rent Ledger\n\nMarta Vilanova\nNov 8\n\nA year ago, on 1 November 2025, parliament capped "
     "rents.\n\n© 2026 Marta Vilanova", "2026-11-08"),
    # no footer: the day alone gives no date, and the story's own full date stands
    ("Marta Vilanova\nNov 8\n\nA year ago, on 1 November 2025, parliament capped rents.", "2025-11-01"),
])
def test_a_date_shown_without_its_year_takes_the_year_of_the_page_s_copyright(page: str, date: str) -> None:
    from reportgen.summarize.meta import source_date

    assert source_date(layout(page + "\n")) == date


def test_a_photo_caption_dates_the_photo_and_a_weekday_date_line_dates_the_page():
    from reportgen.summarize.meta import source_date

    text = ("Budget 2026\n"
            "The minister (centre) outside Parliament on June 11, 2026. Photo credit: Lucy Wanjiru\n"
            "Friday, June 12, 2026\n\n"
            "Kenyans will pay more for betting under the budget the minister read in the House yesterday.\n")
    assert source_date(layout(text)) == "2026-06-12"


@pytest.mark.parametrize("line", [
    "Oct 28, 2025, 06:45 ET",
    "Aired October 28, 2025 - 14:00   ET",  # a broadcast transcript's stamp
    "Published October 28, 2025 14:00 ET",
    "28.10.2025 • 14:25",  # written with dots, the day comes first
    "Last updated: 28.10.2025 - 19:02",
    "Published: Oct. 28, 2025 at 5:02 PM EDT | Updated: 6:48 PM EDT",
    "Published: Oct. 28, 2025 at 6:12 AM EDT | Updated: 14 minutes ago",
])
def test_a_date_line_with_its_time_and_zone_is_a_date_not_a_heading(line: str) -> None:
    text = ("Acme reports results\n\nAcme Corp reported higher sales on Tuesday.\n\n"
            f"{line}\n\nSales rose in every region of the world.\n")
    read = layout(text)
    assert [h.text for h in read.headings] == []
    assert ("published", "2025-10-28") in read.dates


def test_a_cover_line_that_runs_on_to_the_next_is_no_heading() -> None:
    # a budget's cover: the theme, then "Presented ... by" over the minister's name (no area of the brief)
    text = ("2027 BUDGET STATEMENT\n\n\"Growing Together\"\n\nPresented to Parliament by\n"
            "Hon. Amina Okonjo-Reyes, MP, the Minister of Finance\n\n"
            "1. Mr Speaker, the deficit will fall to 3.1 percent of GDP next year.\n")
    read = layout(text)
    assert [h.text for h in read.headings] == []
    assert "Presented to Parliament by" not in [t.text for t in read.titles]


def test_a_speaker_cut_off_mid_sentence_is_a_turn_not_a_heading() -> None:
    text = ("HOST: The vote is tomorrow and the whips are counting.\n\n"
            "BRENNAN: Let me just --\n\n"
            "GARZA: The votes are there, and we will hold it on Thursday as planned.\n")
    read = layout(text)
    assert [h.text for h in read.headings] == []
    assert [p.text for p in read.paragraphs][1] == "BRENNAN: Let me just --"


def test_other_pages_headlines_under_a_list_label_are_debris_to_the_next_blank_line() -> None:
    text = ("Rents rise\n\nRents rose 5 percent in May, the agency said.\n\nMost Viewed\n"
            "1. Sudan: Hundreds Held Incommunicado at Secret Sites\n"
            "2. Counties threaten shutdown over Sh68bn arrears\n"
            "\nThe report is available online.\n")
    assert [p.text for p in paragraphs(text)] == ["Rents rose 5 percent in May, the agency said.",
                                                  "The report is available online."]


def test_a_menu_item_above_the_body_does_not_swallow_the_headline() -> None:
    text = ("NHK WORLD\nTop Stories\nBusiness\nJapan approves 21.3 trillion yen package as yen slides\n"
            "Nov. 20, 2026\nThe Japanese government has approved an economic package worth 21.3 trillion yen "
            "aimed at easing the burden of rising prices on households and supporting wage growth.\n")
    assert "Japan approves 21.3 trillion yen package as yen slides" in [t.text for t in layout(text).titles]


def test_a_choice_of_languages_and_a_bare_link_are_no_headline_or_heading() -> None:
    text = ("Available In English العربية Français\n\nSudan: Hundreds Held at Secret Sites\n\n"
            "The group detained at least 1,200 civilians, the report said.\n\n"
            "https://www.hrw.org/africa/sudan\n\nThe group denied the findings.\n")
    read = layout(text)
    assert read.titles[0].text == "Sudan: Hundreds Held at Secret Sites"
    assert [h.text for h in read.headings] == []


def test_a_meeting_s_minutes_are_a_record_not_a_story() -> None:
    from reportgen.summarize.meta import source_kind
    text = ("Regular Meeting Minutes\n\n1. CALL TO ORDER\n\n"
            "Mayor Diane Kowalczyk called the meeting to order at 6:00 p.m.\n\n"
            "Present: Mayor Diane Kowalczyk, Councilors Rosa Delgado and Harold Ostrander.\n\n"
            "Councilor Ostrander said the road floods every spring, and residents said they agreed with "
            "him.\n\nMotion carried 5-2.\n")
    assert source_kind(layout(text).paragraphs) == "other"


def test_a_story_about_a_fund_s_holdings_is_no_disclosure() -> None:
    text = ("The ministry held a briefing on trade.\n\n"
            "Norges Bank has no position in Tesla, a spokesman said, and has sold its shares.\n")
    assert len(layout(text).paragraphs) == 2


@pytest.mark.parametrize("line", ["Tags: Housing, Homelessness, Housing Australia Future Fund",
                                  "Summary: Read-out of the College meeting; Innovation Fund call results"])
def test_a_page_s_tags_and_summary_line_title_nothing(line: str) -> None:
    from reportgen.summarize.meta import source_title

    text = f"{line}\n\nThe minister visited the site on Monday. She met the builders.\n"
    assert source_title(layout(text), text) is None


def test_a_heading_under_a_page_s_tag_is_a_title_and_a_bracketed_photo_caption_is_debris() -> None:
    from reportgen.summarize.meta import source_title

    page = ("Home > News > Press Conferences\n\n"
            "Press Conference by the Chief Cabinet Secretary (Excerpt)\n\n"
            "Monday, March 2, 2026 (AM)\n\n"
            "[Photo: The Chief Cabinet Secretary holding a press conference]\n\n"
            "Opening Statement\n"
            "Earthquake off the coast of Iwate Prefecture\n\n"
            "Chief Cabinet Secretary: An earthquake with a magnitude of 6.9 struck off the Sanriku coast.\n\n"
            "Exchange rates\n\n"
            "Chief Cabinet Secretary: I will refrain from commenting on the level of exchange rates.\n")
    read = layout(page)
    assert source_title(read, page) == "Press Conference by the Chief Cabinet Secretary (Excerpt)"
    assert not [p for p in read.paragraphs if "Photo" in p.text or "Excerpt" in p.text]
    # "Opening Statement" names a part of every press conference; the topic under it heads the section
    assert [h.text for h in read.headings] == [
        "Earthquake off the coast of Iwate Prefecture", "Exchange rates"]


POST = ("Six months ago I told 418 colleagues we were going to try a four-day week. Half my board thought "
        "I'd lost it.\n\nToday I can share what happened.\n\n"
        "📉 Sickness absence down 37%, from 9.1 days per colleague a year to 5.7\n"
        "📈 Mortgage applications processed per week up 11% on the same period last year\n"
        "💷 Around £640k a year saved on recruitment and agency cover\n\n"
        "If you're a CEO thinking about this, my DMs are open. 📩\n")


def test_a_social_media_post_s_emoji_bullets_are_its_points_not_headings() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    read = layout(POST)
    paras = [p.text for p in read.paragraphs]
    assert "Sickness absence down 37%, from 9.1 days per colleague a year to 5.7" in paras
    assert "If you're a CEO thinking about this, my DMs are open. 📩" in paras
    assert not read.titles
    found = study(Document("S1", "post.txt", POST))
    assert {"37%", "11%", "Around £640k"} <= {f.text for f in found.figures}


def test_a_link_behind_an_arrow_is_no_point() -> None:
    text = ("Decision of the disciplinary committee\n\n"
            "⬇ Download decision (PDF, 6 pages)   |   ⬇ Greek original\n\n"
            "The committee banned the rower for four years after a positive test in March.\n")
    assert not any("Download" in p.text for p in layout(text).paragraphs)


COLUMN = """\
MORE than 68,000 patients are now
waiting for planned hospital treat-
ment in County Durham and Darlington,
the highest number since the trust
began publishing the figures.
Data released by the trust yes-
terday shows 68,412 people were on its
waiting list at the end of August, up
from 61,950 in August last year.
Of those waiting for planned care,
3,117 had been waiting more than a
year, and 41 had waited longer than 78
weeks, waits which NHS England said
should have been eliminated by now.
"""


def test_a_newspaper_column_copied_from_a_pdf_is_read_as_wrapped_lines() -> None:
    # lines of about 38 characters, each breaking off mid-sentence: paragraphs, not one per line
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "page.txt", COLUMN))
    figures = {f.text: f.label for f in found.figures}
    assert "68,412 people" in figures
    assert figures["68,412 people"].startswith("trust yesterday")  # the word broken at the line's end
    assert any(s.text.startswith("Of those waiting for planned care,\n3,117 had been waiting")
               for para in found.sentences for s in para)


def test_a_word_broken_at_a_line_s_end_is_shown_whole() -> None:
    from reportgen.writers.common import one_line

    assert one_line("our diagnostic\ninfra-\nstructure within the 18-\nweek standard") == \
        "our diagnostic infrastructure within the 18-week standard"
    assert one_line("a long-\nTerm plan") == "a long- Term plan"  # a capital after it: no broken word
