"""A briefing's title names its topic: a shared name that is not a person, a headline, or the lead."""

from __future__ import annotations

from reportgen.summarize.meta import briefing_title, headline_from

A = "Wang Yi met envoys in Geneva. The Geneva Talks opened. Wang Yi said the Geneva Talks matter."
B = "The Geneva Talks resumed on Monday. Wang Yi spoke first at the Geneva Talks."


def test_shared_topic_wins_over_a_shared_person():
    assert briefing_title([None, None], [A, B], people={"Wang Yi"}) == "Geneva Talks"


def test_a_person_is_never_the_title_even_when_most_named():
    title = briefing_title(["Talks resume in Geneva", None], ["Wang Yi. Wang Yi.", "Wang Yi spoke."],
                           people={"Wang Yi"})
    assert title == "Talks resume in Geneva"


def test_lead_sentence_makes_a_headline_without_dateline():
    lead = ("BERLIN, March 4 (Reuters) - German factory orders fell by 3.9% in January, "
            "far more than expected.")
    assert headline_from(lead) == "German factory orders fell by 3.9% in January"
    assert briefing_title([None], ["no names here at all"], lead=lead) == headline_from(lead)


def test_long_lead_is_cut_to_twelve_words():
    lead = " ".join(f"word{i}" for i in range(30)) + "."
    assert headline_from(lead).endswith("…") and len(headline_from(lead).split()) == 12


def test_a_name_only_half_the_sources_share_is_no_title():
    texts = ["By the Associated Press. The House passed the bill.",
             "Associated Press report on the vote count.",
             "Heat kills thousands each year.", "Halvorsen reports record sales."]
    titles = ["House passes spending bill", "Democrats keep the House", "Heat report", "Halvorsen results"]
    assert briefing_title(titles, texts) == "House passes spending bill"


EMAIL = """From: Priya Natarajan <p.natarajan@eastvale.example>
Sent: 04 March 2026 09:12
To: Board Members <board@eastvale.example>
Subject: RE: FW: Library opening hours - consultation results [OFFICIAL]

Dear all,

The consultation closed on Friday with 1,240 responses, and 71% of them backed the longer Saturday hours.

Regards,
Priya
"""


def test_an_exported_email_is_titled_by_its_subject_not_its_sender() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "mail.txt", EMAIL))
    assert found.source.title == "Library opening hours - consultation results"


MONITORED = """CLARION MEDIA MONITORING  ·  Broadcast Transcript Service
Order ref: CMM-2610-44817          Client: Wessex Energy Advice Network
Station:       KVR 103.4 FM
Programme:     The Lunchtime Phone-In with Sue Harker

TITLE: "How are you coping with your heating bills?" – KVR Lunchtime Phone-In

PRESENTER (Sue Harker): Good afternoon, it's four minutes past twelve, this is the Lunchtime Phone-In.

GUEST (Marcus Ibe): Thanks, Sue. The cap isn't a cap on your bill, it's a cap on the unit rate.
"""


def test_a_record_headed_by_a_title_field_is_titled_by_it_not_by_the_service_s_banner() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "clip.txt", MONITORED))
    assert found.source.title == '"How are you coping with your heating bills?" – KVR Lunchtime Phone-In'


WIKI_PAGE = """Jump to content
Main menu
Search
Donate
Log in

Lake Vänern ferry disaster
3 languages
Article
Talk
Read
View source
View history
Tools
From Wikipedia, the free encyclopedia

This article has multiple issues. Please help improve it or discuss these issues on the talk page.

MS Karlstad in 1961
Date\t14 September 1962
Location\tLake Vänern, Sweden
Deaths\t31

The Lake Vänern ferry disaster was the sinking of the ferry MS Karlstad on 14 September 1962.
"""


def test_a_wiki_page_copied_whole_is_titled_by_the_line_over_its_tabs() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    found = study(Document("S1", "wiki.txt", WIKI_PAGE))
    assert found.source.title == "Lake Vänern ferry disaster"


def test_a_wiki_page_is_no_news_story() -> None:
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    assert study(Document("S1", "wiki.txt", WIKI_PAGE)).source.kind == "other"


def test_a_running_head_in_a_legacy_font_s_letters_is_no_title() -> None:
    # A Sinhala gazette's head, typed in a legacy font and copied out as the Latin letters under its glyphs
    from reportgen.sources import Document
    from reportgen.summarize.per_source import study

    text = ("I fldgi ( -GS% Y% ,xld m%cd;dka;%sl iudcjd§ ckrcfha w;s úfYI .eiÜ m;%h - 2026'01'09\n\n"
            "Guaranteed Purchase Price of Paddy\n\n"
            "The Paddy Marketing Authority will purchase paddy at guaranteed prices from 15 January.\n")
    assert study(Document("S1", "gazette.txt", text)).source.title == "Guaranteed Purchase Price of Paddy"


def test_a_footer_every_page_shares_is_no_title() -> None:
    from pathlib import Path

    from reportgen.sources import Document
    from reportgen.summarize import summarize

    footer = "\n\nAbout Us | Contact Us | Terms of Use | Privacy Policy | Sitemap\n"
    docs = [Document("S1", Path("a.txt"), "Floods close the coast road\n\nThe coast road was closed on "
                     "Monday after heavy rain, the county said." + footer),
            Document("S2", Path("b.txt"), "Schools shut as rain goes on\n\nForty schools stayed shut on "
                     "Tuesday as the rain went on." + footer)]
    assert summarize(docs).title == "Floods close the coast road"
