"""Transcripts: speaker lines (``Gu Jun:``) and the turns that follow them, and who asks or answers."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportgen.summarize.debris import has_leader_dots, names_listed
from reportgen.summarize.labels import (
    LOGGED_TURN,
    NAME_WORD,
    NUMBERED_VOICE,
    TIME_CODE,
    TIMESTAMP,
    app_label,
    caps_label,
    introduced,
    is_chair,
    line_label,
    names_alone,
    plenary_label,
)
from reportgen.summarize.people import (
    HONORIFICS,
    ROLES,
    SURNAME_FIRST,
    TITLES,
    UPPER,
    as_written,
    from_capitals,
    is_org_like,
    is_title,
    surname_first,
)
from reportgen.summarize.text import Span

# A speaker label: capitalised words (outlet names may hold "of", "the", "and", "&"), an optional
# ", title" or "(title)" after it, then a colon. Alone on its line, or followed by the turn's words.
_NUMBERED = re.compile(NUMBERED_VOICE)
_LABEL = (rf"{NUMBERED_VOICE}"
          rf"|[{UPPER}][\w.'’&-]*(?: (?:(?:of|the|and|for|de|van|von|bin|al|&) )?[{UPPER}][\w.'’&-]*){{0,6}}")
# Both forms in one pattern: the label holds no colon, so both end at the text's first colon, and
# what follows it (nothing but spaces, or words) says which form it can be.
_TIME_AFTER = rf"\s*[\[(]{TIME_CODE}[\])]"
_SPEAKER = re.compile(rf"^({_LABEL})(?:(?:\s*[,(][^:：\n]{{0,80}}"
                      rf"|[ \t]+(?:--?|–|—)[ \t]+(?P<post>[^:：\n]{{2,80}})|{_TIME_AFTER})?\s*[:：]\s*$"
                      rf"|(?:,\s*(?P<role>[A-Z][A-Z0-9 .,'’&/-]{{1,60}}?))?"
                      rf"(?:(?:\s*(?:\([^:：)\n]{{0,60}}\)|\[[^:：\]\n]{{0,40}}\])){{1,2}}|{_TIME_AFTER})?\s*[:：]\s+(?=\S))")
"""A TV transcript's label also gives the role, in capitals like the name: "DONNA KESSLER, HARLAN CREEK
RESIDENT: We had maybe 20 minutes." A recording's time code may follow the name ("Marcus Ofori
(00:01:52):", as automatic transcripts set it)."""
_NOTED_ONLY = re.compile(rf"({_LABEL})(?:[ \t]*\([^():\n]{{0,60}}\))?"
                         rf"[ \t]+((?:\[[^\[\]:\n]{{1,40}}\][ \t]*){{1,3}})$")
"""A speaker line with no words, only notes of what was not transcribed: "QUESTION (Tiago Marcondes)
[in Portuguese, not interpreted] [crosstalk]": that speaker's turn, though it gives nothing to quote."""
# Labels that introduce metadata rather than a speaker ("Photo: Xinhua", "Source: ...").
_NOT_SPEAKERS = frozenset("""
photo photos source sources editor editors note notes tags tag keywords keyword copyright date time
title author authors reporter by updated published share email e-mail tel fax address web website
read related also see video image caption file translator translated contact phone url link print
subject from to cc sent attachment attachments speakers participants panelists panellists guests contents
media press investors disclaimer usage office cell mobile doi funding credit credits licence license
next up coming watch listen latest breaking update live prepared questions opening presentation
our suggested recommended trending popular more topics transcript appearances present
background recommendation recommendations summary discussion analysis purpose alternatives overview
findings conclusion conclusions needs gaps response subtitles captions
""".split())
# Last words of a metadata label or of a report's section heading, not a speaker's ("Media Contact:",
# "Image Source:", "FINANCIAL IMPACT:", "Staff Recommendation:").
_NOT_ENDINGS = frozenset("contact contacts source sources photo photos caption tags keywords email phone tel "
                         "fax website address link links relations inquiries enquiries restrictions "
                         "disclaimer topics standards stories articles key legend impact impacts "
                         "recommendation recommendations summary analysis background steps present "
                         "attending attendance".split())
# What a moderator says to pass the floor (looked up as plain substrings of the lower-cased turn).
_HANDOFFS = (
    "question goes to", "questions go to", "question is for", "questions are for", "give the floor",
    "floor goes to", "floor is open", "floor is now open", "open the floor", "next question",
    "raise your hand", "would you like to", "would you please", "please go ahead", "invite mr", "invite ms",
    "invite dr", "take some questions", "take your questions", "take questions", "to answer this question",
    "to answer the question", "press conference is over", "press conference is concluded",
    "concludes today's", "let's welcome", "please, mr", "please, ms", "last question", "let's go to",
)
# The hand-off phrases grouped under one word each holds (the longest, or a shorter word inside it):
# a phrase is looked for only where its word stands, and most turns hold none of these few words.
_HANDOFF_WORDS = {max(phrase.split(), key=len) for phrase in _HANDOFFS}
_HANDOFF_GROUPS = tuple(
    (word, tuple(p for p in _HANDOFFS if word in p))
    for word in sorted(w for w in _HANDOFF_WORDS if not any(o != w and o in w for o in _HANDOFF_WORDS))
)
_MODERATOR_WORDS = frozenset({"moderator", "host", "chair", "chairperson", "presenter", "mc", "emcee",
                              "operator"})
_PRESENTERS = frozenset({"moderator", "anchor", "host", "presenter"})
"""What a speaker line may say a moderator is: "MARCUS DELANEY, CNN ANCHOR"."""
_UNNAMED = frozenset({"unidentified", "unknown"})
"""A voice a TV transcript cannot name ("UNIDENTIFIED MALE"): said, but by nobody to quote."""
PARTIES = frozenset({"agent", "customer", "caller", "advisor", "adviser", "client", "patient", "respondent",
                      "interviewee"})
"""The sides of a recorded call or interview, labelled by what they are: named where the talk names them."""
_HEARD = PARTIES | {"guest", "witness", "shareholder"}
"""What a speaker line may say a speaker is whose words are heard for themselves, though they ask: "CALLER
(Kofi, ...)", a call's "Customer", an AGM's "Shareholder (Mr Peter Hanley)"."""
_IN_ANOTHER_TONGUE = re.compile(r"[\[(](?:speaking|speaks|in|through)\b[^\])\n]{0,40}[\])]"
                                r"|[\[(]foreign language[\])]", re.IGNORECASE)
"""A caption's note for words not transcribed ("[SPEAKING FRENCH]", "(through interpreter)")."""
_OTHER_VOICE = re.compile(r"[\[(](?:inaudible|crosstalk|off[- ]mic|unidentified|overlapping)", re.IGNORECASE)
"""A paragraph the transcriber opens on a voice not the speaker's ("[INAUDIBLE] -- microphone?")."""
_CHAIRS = frozenset({"chair", "chairperson"})
"""Moderator words only when alone: "CHAIR WHITAKER" is a central bank's chair answering questions."""
_ELECTED = frozenset({"cllr", "councillor", "councilor", "senator", "sen", "rep", "representative", "mp",
                      "mla", "mep", "msp", "congressman", "congresswoman", "alderman", "assemblymember"})
"""Titles of an elected member, as a committee's record gives them ("Cllr Priya Okafor", "Senator
CALLOWAY-REID"): a member's words are on the record though they ask."""
_QUESTION_WORDS = frozenset({"q", "question", "reporter", "journalist", "correspondent", "audience",
                            "members"})


_QA_LINE = re.compile(r"([QA])\.(?:[ \t]{2,}|\t)(?=\S)")
"""A court or inquiry transcript's question and answer, the letter set apart by two spaces or a tab:
"Q.  Who overruled you?", "A.  The finance director at the time"; "A. Smith" is a name."""
_QUOTED_WHOLE = re.compile(r"[‘“\"'][^\n]+[’”\"']\s*")
"""What follows a label when the line is a headline quoting the speaker, not the speaker's turn."""
_INDEX_ENTRY = re.compile(r",\s*(?:Hon|Mr|Mrs|Ms|Dr)\.\s")


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: who (as named on the speaker line) and the paragraphs they said."""

    speaker: str
    speaker_span: Span
    paragraphs: tuple[Span, ...]
    role: str = ""
    """What the speaker line says the speaker is, where it says ("Goldman Sachs -- Analyst")."""


STATION = "station"
"""The role of a voice in a log of radio or cockpit traffic (see `labels.LOGGED_TURN`): a call sign, whose
row holds all its words."""

Label = tuple[str, Span, "Span | None", str]
"""A speaker line read: the name, where it stands, the turn's words on the same line (or None), and
what the line says the speaker is."""


_TRANSCRIPT_TITLE = re.compile(r"\b[Tt]ranscript(?: \d{1,2}/\d{1,2}/\d{2,4})?$")
"""A transcript page's own headline ends on the word, maybe with its date: "... Daily Update Transcript
1/14/27"."""
_TIME_ALONE = re.compile(rf"[\[(]{TIME_CODE}[\])]\s*")
"""A caption service's time code after a speaker line's colon: "Gov. Teresa Ochoa: [00:07:29]"."""


_BRACKETED_VOICE = re.compile(r"[\[(]((?:[A-Z][A-Za-z'’.-]+ ){0,3}[A-Z][A-Za-z'’.-]+)[\])][ \t]+(?=\S)")
"""Closed captions' mark of whose voice it is, before their words: "[EFFIE MACPHAIL] We had a funeral",
"(PRESENTER) Good evening."."""
_VOICE_POSTS = _PRESENTERS | _QUESTION_WORDS | {"narrator", "interviewer", "announcer", "commentator"}


def _bracketed_voice(para: Span, text: str) -> Label | None:
    """Return the voice a caption's brackets name, or None for a sound's note ("[LAUGHTER] Yes, ...").

    A voice is a post ("(REPORTER)") or a name in capitals that the text writes out as one person's
    ("[NICOLSON]" where it names Alasdair Nicolson, "[EFFIE MACPHAIL]" Effie MacPhail): that name is the
    label. A note's words name nobody.
    """
    m = _BRACKETED_VOICE.match(para.text)
    if m is None or not m.group(1).split()[0].isupper():
        return None
    name = m.group(1)
    if name.lower() not in _VOICE_POSTS:
        written = [n for n in _names_by_family(text).get(name.rsplit(None, 1)[-1].lower(), ())
                   if " " not in name or n.lower() == name.lower()]
        if len(written) != 1:
            return None
        name = written[0]
    said = Span(para.start + m.end(), para.end, para.text[m.end():])
    return name, Span(para.start + 1, para.start + 1 + len(m.group(1)), m.group(1)), said, ""


@lru_cache(maxsize=4)
def _names_by_family(text: str) -> dict[str, frozenset[str]]:
    """Return the full names ``text`` writes (not in capitals), by their family name in small letters."""
    names: dict[str, set[str]] = {}
    for name in _person_names(text):
        if not name.isupper():
            names.setdefault(name.rsplit(None, 1)[-1].lower(), set()).add(name)
    return {family: frozenset(found) for family, found in names.items()}


def _speaker_label(para: Span, offices: dict[str, str]) -> Label | None:
    """Return the speaker line ``para`` opens with, or None; ``offices`` learns Hansard's office holders."""
    if (app := app_label(para.text)) is not None:  # a meeting app's caption: "<v Sarah Hughes>Morning all"
        voice, at, cut = app
        shown = para.text[at:cut].rstrip(" \t:>")
        said = Span(para.start + cut, para.end, para.text[cut:]) if cut < len(para.text) else None
        return voice, Span(para.start + at, para.start + at + len(shown), shown), said, ""
    if para.text[:1] in "[(0123456789":
        if (row := LOGGED_TURN.match(para.text)) is not None:  # "18:42:31   16   SØLVMÅGE   Correct. ..."
            name, at = row.group("name"), para.start + row.start("name")
            return name, Span(at, at + len(name), name), \
                Span(para.start + row.end(), para.end, para.text[row.end():]), STATION
        code = TIMESTAMP.match(para.text)
        if code:  # the line after its time code
            return _speaker_label(Span(para.start + code.end(), para.end, para.text[code.end():]), offices)
    if (para.text.startswith(("Q  ", "Q\t")) or (para.text.startswith("Q ") and para.text[2:3].isupper())) \
            and not para.text.isspace():  # a White House "Q    Thanks, ...", "Q A follow-up on Ohio."
        rest = para.text[1:].lstrip()
        return "Q", Span(para.start, para.start + 1, "Q"), Span(para.end - len(rest), para.end, rest), ""
    if para.text[1:2] == "." and para.text[:1] in "QA" and (qa := _QA_LINE.match(para.text)):
        rest = para.text[qa.end():]  # a court reporter's "Q.   How many ..." and "A.   Around 9,300."
        turn = Span(para.end - len(rest), para.end, rest)
        return qa.group(1), Span(para.start, para.start + 1, qa.group(1)), turn, ""
    if ":" not in para.text and "：" not in para.text:  # both colon patterns need one: a cheap scan
        if para.text.endswith("]") and (noted := _NOTED_ONLY.match(para.text)):
            name = noted.group(1)  # "QUESTION (Tiago Marcondes) [in Portuguese, not interpreted]"
            notes = Span(para.start + noted.start(2), para.end, noted.group(2))
            return name, Span(para.start, para.start + len(name), name), notes, ""
        return _colonless_label(para, offices)
    if (hansard := _hansard_label(para, offices)) is not None:
        return hansard
    m = _SPEAKER.match(para.text)
    if not m and ("," in para.text[:60] or " –" in para.text[:60] or " -" in para.text[:60]) and \
            (post := _POST_INLINE.match(para.text)) and \
            " " in post.group(1) and is_title(post.group(2).rsplit(None, 1)[-1]):
        name = post.group(1)  # "Arianna Castelli, Chief Spokesperson: Good afternoon ...": the post in
        # title case, where a TV transcript sets it in capitals
        return name, Span(para.start, para.start + len(name), name), \
            Span(para.start + post.end(), para.end, para.text[post.end():]), post.group(2)
    if not m:
        asker = _OUTLET_REPORTER.match(para.text) if "," in para.text[:60] else None
        if asker and (is_org_like(asker.group(1)) or "?" in para.text):  # "NHK, Ishiguro: I would like to
            # ask ...", "Reuters, Lee: ... What is your response?"
            name = asker.group(0)[:asker.end(2)]
            return name, Span(para.start, para.start + len(name), name), \
                Span(para.start + asker.end(), para.end, para.text[asker.end():]), ""
        return _colonless_label(para, offices)
    name = m.group(1).strip()
    words = name.lower().split()
    if name.lower() in _NOT_SPEAKERS or (words[0] in _NOT_SPEAKERS and not _titled(words)) or \
            words[-1] in _NOT_ENDINGS:
        if not (name.lower() in _QUESTION_WORDS and _speech(para.text[m.end():])):
            return None  # "Reporter: Zhang Wei" credits the story; "REPORTER: Chief, was it ...?" asks
    name_span = Span(para.start + m.start(1), para.start + m.start(1) + len(name), name)
    if m.end() >= len(para.text):
        if _INDEX_ENTRY.match(para.text, m.end(1)):
            return None  # a record's index of witnesses: "Delacroix, Hon. Marguerite:"
        if (job := m.group("post")) is not None:  # an earnings call's "Annika Lindqvist - President and
            # Chief Executive Officer:" over her turn; not a heading's "Q3 - Outlook:"
            return (name, name_span, None, job) if not ROLES.isdisjoint(job.lower().split()) else None
        return name, name_span, None, ""
    rest = para.text[m.end():]
    if _QUOTED_WHOLE.fullmatch(rest) or ("ranscript" in rest and _TRANSCRIPT_TITLE.search(rest)):
        return None  # a headline giving somebody's words: "Ashworth: ‘That’s what this club is about’";
        # a transcript's own headline: "California Flu Surge Briefing: ... Daily Update Transcript 1/14/27"
    if rest[:1] in "[(" and _TIME_ALONE.fullmatch(rest):
        return name, name_span, None, ""  # "Gov. Teresa Ochoa: [00:07:29]": the line says when the turn began
    if (named := introduced(para.text)) is not None:
        # "Speaker: Margaret Houlihan", the comment on the lines below: a public meeting's next speaker
        at = para.start + named.start(1)
        who = named.group(1) if named.group(1)[0] != "(" else "Unidentified speaker"  # "(Declined to ...)"
        return who, Span(at, at + len(named.group(1)), named.group(1)), None, ""
    if has_leader_dots(rest):
        return None  # a record's list of members, with leader dots: "President:   Mr. Oyarzún Lagos . . ."
    if surname_first(SURNAME_FIRST.match(rest)):
        return None  # a record's list of who speaks: "Speaker: Kovacs, Ms Irena (Secretary ...); ..."
    if " " not in rest.strip() and any(c.isdigit() for c in rest):
        return None  # a field and its code: "LEI: 2138006YQPLKX4G9MZ31", "ISIN: GB00BM8Z2S38"
    role = m.group("role") or ""
    if not role and is_chair(name):
        return name, name_span, Span(para.start + m.end(), para.end, rest), "moderator"  # "Mr Speaker: ..."
    if role and not name.isupper():
        return None  # "Yes, Minister: ..." is a sentence; only a label in capitals gives a role so
    return name, name_span, Span(para.start + m.end(), para.end, rest), role


_HANSARD_HEAD = re.compile(r"(?:Q?\d{1,3}\.[ \t]+)?(?:\[\d+\][ \t]+)?"
                           r"([A-Z][^:()\n]{1,90}(?:\([^:()\n]{2,60}\) ?){0,2})(?=: (?=\S))")
"""A Hansard speaker line before its colon, after the question's number on the order paper ("Q2. [908215]
Stephen Gilfillan (Dunfermline and Kincardine) (SNP)")."""


def _hansard_label(para: Span, offices: dict[str, str]) -> Label | None:
    """Read Hansard's speaker line set before a colon, the turn on the same line: "The Prime Minister (Sir
    Adrian Molyneux): I know ...", then "The Prime Minister: This morning ..."; "Mrs Helena Drummond-Clarke
    (Sevenoaks Weald) (Con): I join ..." (see `labels.line_label`, which reads them alone on a line)."""
    head = _HANSARD_HEAD.match(para.text)
    if head is None or ("(" not in head.group(1) and head.group(1) not in offices):
        return None
    found = line_label(head.group(1).rstrip(), offices)
    if found is None:
        return None
    name, role = found
    at = para.text.find(name, 0, head.end())
    span = Span(para.start + at, para.start + at + len(name), name) if at >= 0 else \
        Span(para.start + head.start(1), para.start + head.end(), head.group(1))
    rest = head.end() + 2
    return name, span, Span(para.start + rest, para.end, para.text[rest:]), role


_POST_INLINE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})(?:,|[ \t]+[–—-]{1,2})[ \t]+"
                          r"((?:(?:[A-Z][\w.'’&-]*|and|of|for|the)[ \t]+){0,5}[A-Z][\w.'’-]*)"
                          r"[ \t]*[:：][ \t]+(?=\S)")
"""A speaker line giving the name, then the post in title case, then the turn: "Arianna Castelli, Chief
Spokesperson: Good afternoon", "Rohan Dasgupta – Managing Director and CEO: Thank you, Margaret"."""


def _titled(words: Sequence[str]) -> bool:
    """True for a label naming someone by a title that opens on a metadata word ("Press Secretary
    HAYASHIDA"): a person, where "Press:" or "Press Office:" alone is the page's."""
    return len(words) > 2 and words[1] in TITLES


_OUTLET_REPORTER = re.compile(r"([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}), "
                              r"([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)\s*[:：]\s+(?=\S)")
"""A question's speaker line that names the outlet, then its reporter ("NHK, Ishiguro:", "Reuters, Lee:"),
as a ministry's press conference transcript sets it."""


def _speech(rest: str) -> bool:
    """True when the words after a label are said, not a name: four words or more, some in lower case."""
    words = rest.split()
    return len(words) >= 4 and any(w[:1].islower() for w in words)


def _colonless_label(para: Span, offices: dict[str, str]) -> Label | None:
    """Read the speaker lines of other house styles (see `labels`)."""
    caps = caps_label(para.text) or plenary_label(para.text)
    if caps:  # "CHAIR WHITAKER. Good afternoon.", "Henrik Vallgren, Member of the Commission. – ..."
        name = caps.group(1)
        rest = Span(para.start + caps.end(), para.end, para.text[caps.end():])
        role = "moderator" if name == "President" else ""  # a parliament's chair
        return name, Span(para.start, para.start + len(name), name), rest, role
    found = line_label(para.text, offices)
    if found is None:
        return None
    name, role = found
    at = para.text.find(name)
    span = Span(para.start + at, para.start + at + len(name), name) if at >= 0 else para
    return name, span, None, role


_QUESTION_NUMBER = re.compile(r"Q\d{1,4}\s+(?=[A-Z])")


def _unnumbered(label: Label) -> Label:
    """Return a speaker line's label without an evidence session's question number ("Q118 Chair")."""
    name, span, rest, role = label
    number = _QUESTION_NUMBER.match(name)
    if number is None:
        return label
    cut = number.end()
    return name[cut:], Span(span.start + cut, span.end, span.text[cut:]), rest, role


def speaker_turns(paras: Sequence[Span], voices: Mapping[str, str] | None = None,
                  headings: Sequence[Span] = (), *, captioned: bool = False, text: str = "") -> list[Turn]:
    """Group paragraphs under the speaker line above them; text before the first line is left out.

    A speaker line is ``Name:`` alone on its line or ``Name: words...`` with the
    turn starting on the same line. ``voices`` are the names the source sets alone on a line above
    each turn, to their posts, where its layout found them (see `labels.names_alone`; by default,
    found in ``paras``). A name listed with a firm for its post ("Gabriel Moreau - Castlebar Capital
    Markets LLC") is an analyst's, who asks. Each of ``headings`` ends the turn it stands in: what
    follows it before the next speaker line is the document's (a call's "Footnotes"), nobody's turn.
    A ``captioned`` text's captions each name their voice again ("Daniel Hurst: every council ...",
    "Daniel Hurst: For us that's ..."): a voice's captions one after another are one turn. ``text``, the
    whole source, holds what its layout set apart from the paragraphs, a record's list of who attends.
    """
    turns: list[Turn] = []
    breaks = [h.start for h in headings]
    current: Label | None = None
    body: list[Span] = []
    posts = _posts(paras, voices)
    offices = {name: name for name in posts}
    named: dict[str, Label] = {}  # family name -> the label that first gave the whole name
    quoted_only = False  # the line said who speaks ("..., Chief Executive, said:"): its quotes are the turn
    last = 0
    for para in paras:
        ended = current is not None and (
            (len(para.text) <= 40 and _END_MARK.fullmatch(para.text) is not None) or
            (quoted_only and para.text[:1] not in _OPENING_QUOTES) or
            (bool(breaks) and bisect_left(breaks, last) < bisect_left(breaks, para.start)))
        details = _among_details(para, text, last)
        last = para.end
        label = None if ended or details else _speaker_label(para, offices)
        if label is None and captioned and not ended and para.text[:1] in "[(":
            label = _bracketed_voice(para, text)
        if label is None and current is not None and current[0] == "Q" and para.text.startswith("A. ") and \
                not para.text[3:4].isspace():  # the answer to a "Q.", as a sports press conference sets
            # them: "A." one space before the words reads as a name's initial ("A. Smith") anywhere else
            said = Span(para.start + 3, para.end, para.text[3:])
            label = "A", Span(para.start, para.start + 1, "A"), said, ""
        if label:
            label = _in_full(_unnumbered(label), named)
            if label[3] and " " in label[0] and all(is_title(w) for w in label[3].split()):
                offices.setdefault(label[3], label[0])  # "Margaret Ellwood – Chair: Good morning ...", then
                # "Chair: Before we turn to ...", as a Hansard office alone names the holder it gave
            if captioned and current is not None and label[0] == current[0] and label[2] is not None:
                body.append(label[2])
                continue
        if ended or label:
            if current:
                turns.append(Turn(current[0], current[1], tuple(body), current[3]))
            current, body = None, []  # "(End of excerpt)": what follows is the page's, nobody's turn
        if label:
            quoted_only = label[2] is None and _SAID_LINE.search(para.text) is not None
            current = label
            if not label[3] and posts.get(label[0]) and is_org_like(posts[label[0]]):
                current = label = (*label[:3], "analyst")
            if label[2] is not None:
                body.append(label[2])
            if label[3] == STATION:  # what comes after the log is the report's, nobody's turn
                turns.append(Turn(label[0], label[1], tuple(body), STATION))
                current, body = None, []
        elif current:
            body.append(para)
    if current:
        turns.append(Turn(current[0], current[1], tuple(body), current[3]))
    kept = _without_bulletin_sections(turns)
    return _by_key(_by_roster(_by_initials(_named_voices(kept), paras), paras, text), text) or \
        unlabelled_turns(paras)


_DETAIL = re.compile(r"[A-Z][\w ]{1,30}:[ \t]+\S")


def _among_details(para: Span, text: str, last: int) -> bool:
    """True for a "Speaker: Name" line right under another of the page's details, which its layout left
    out of the paragraphs (``last`` is where the paragraph above ends): "Venue: Press Conference Room"
    then "Speaker: Mayor KANESHIRO Ayako" says who gave the press conference, not who speaks next as a
    public meeting's line does."""
    if last == para.start - 1 or not text.startswith("\n", para.start - 1) or introduced(para.text) is None:
        return False
    return _DETAIL.match(text, text.rfind("\n", 0, para.start - 1) + 1) is not None


_INITIALS = re.compile(r"[A-Z]{2,3}")
"""A label of a name's initials, as a magazine prints its interviews: "JR: It is the worst I have seen"
under "Jashvantbhai Raval, 61, ... was elected chairman"; "AL:" for the magazine asking."""


def _initials_named(labels: Counter[str], text: str) -> dict[str, str]:
    """Return the full name each initials label stands for, where the text names exactly one person by
    those initials; only in a text of two or more such labels used three times or more each (an
    interview), or of one such label answering a "Q:" as often (a club's "Q: ... CH: ..." with its
    manager), never for a roundup's "US:" or "EU:" lines."""
    used = [label for label, n in labels.items() if n >= 3 and _INITIALS.fullmatch(label)]
    asked = any(n >= 3 and label.lower() in _QUESTION_WORDS for label, n in labels.items())
    if len(used) < (1 if asked else 2):
        return {}
    seen: dict[str, Counter[str]] = {label: Counter() for label in used}
    for name in _person_names(text):
        words = name.split()
        if len(words) in (2, 3) and (initials := "".join(w[0] for w in words)) in seen:
            seen[initials][name] += 1
    return {label: names.most_common(1)[0][0] for label, names in seen.items()
            if len({name.rsplit(None, 1)[-1] for name in names}) == 1}  # one family name: "Thomas Reay" in
    # the catalogue, "Tommy Reay" as the interviewer greets him, the more often named (the first if even)


def _by_initials(turns: list[Turn], paras: Sequence[Span]) -> list[Turn]:
    """Return ``turns`` with each initials label named as `_initials_named` finds, or as they were."""
    labels = Counter(t.speaker for t in turns)
    if not any(_INITIALS.fullmatch(label) for label in labels):
        return turns
    return _renamed(turns, _initials_named(labels, "\n".join(p.text for p in paras)))


def _renamed(turns: list[Turn], names: Mapping[str, str]) -> list[Turn]:
    """Return ``turns`` with each speaker label in ``names`` replaced by the name it stands for."""
    if not names:
        return turns
    return [Turn(names[t.speaker], t.speaker_span, t.paragraphs, t.role) if t.speaker in names else t
            for t in turns]


_ROSTER_LINE = re.compile(rf"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Hon)\.? )?({NAME_WORD}(?: {NAME_WORD}){{1,3}})"
                          r"(?:[ \t]+[-–—][ \t]+|, )[^()\n]{2,80}[ \t]+\(([A-Z][A-Z .'’-]{1,40})\)[ \t]*")
"""A line of a record's list of who is present, with the label its turns go by: "Dr. Wanjiru Kamau-Otieno
– Governor (GOVERNOR)"."""


def _by_roster(turns: list[Turn], paras: Sequence[Span], text: str) -> list[Turn]:
    """Return ``turns`` with each label in capitals named as the list of who is present, above the first
    turn, names it ("GOVERNOR:" of "Dr. Wanjiru Kamau-Otieno – Governor (GOVERNOR)", an office of "THE
    HONOURABLE WONG KA-YEE, JP" over "SECRETARY FOR TRANSPORT AND LOGISTICS" in ``text``); or as they
    were."""
    labels = {t.speaker for t in turns if t.speaker.isupper()}
    if not labels:
        return turns
    names: dict[str, str] = {}
    for para in paras:
        if para.start >= turns[0].speaker_span.start:
            break
        for line in para.text.split("\n") if ")" in para.text else ():
            if (m := _ROSTER_LINE.fullmatch(line.strip())) and m.group(2) in labels:
                names.setdefault(m.group(2), m.group(1))
    head = text[:turns[0].speaker_span.start]
    for office in sorted(labels - names.keys()):
        listed = rf"^[ \t]*{_HOLDER_LINE}[ \t]*\r?\n[ \t]*{re.escape(office)}[ \t]*$"
        if office in head and (m := re.search(listed, head, re.MULTILINE)):
            names[office] = from_capitals(m.group(1), text)
    return _renamed(turns, names)


_CODE = re.compile(r"[A-Z][A-Z0-9]{1,4}")
_KEYED_NAME = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’-]+){1,2})(?: \([^()]*\))?$")
"""The person a key's entry ends on: "Fire Control Operator Jade Pilling" (after the post, the last two
capitalised words), "the caller, Mr Kamran Aziz", "Mrs Sana Aziz (audible in the background)"."""


def _by_key(turns: list[Turn], text: str) -> list[Turn]:
    """Return ``turns`` with each label that is a code ("FCO:", "SA:") named as the transcript's key, above
    the first turn, names it: "Key: OP – BT emergency operator; FCO – Fire Control Operator Jade Pilling;
    SA – Mrs Sana Aziz"; or as they were."""
    codes = {t.speaker for t in turns if _CODE.fullmatch(t.speaker)}
    if not codes:
        return turns
    head = text[:turns[0].speaker_span.start]
    names: dict[str, str] = {}
    for code in sorted(codes):
        entry = re.search(rf"(?<![\w-]){code}[ \t]+[–—-][ \t]+([^;\n]{{2,120}}?)[ \t]*"
                          r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?=;|\.\s|\.?\r?\n|\.?$)", head)
        if entry and (named := _last_name_in(entry.group(1))):
            names[code] = named
    return _renamed(turns, names)


def _last_name_in(entry: str) -> str | None:
    """Return the person a key's entry ends on (see `_KEYED_NAME`), or None ("BT emergency operator")."""
    m = _KEYED_NAME.search(entry)
    if m is None:
        return None
    words = m.group(1).split()
    before = entry[:m.start(1)].split()
    if words[0].rstrip(".").lower() in HONORIFICS:
        words = words[1:]
    elif len(words) == 3 and before and before[-1][:1].isupper():
        words = words[1:]  # a post runs on before the name: "Fire Control Operator Jade Pilling"
    return " ".join(words) if len(words) > 1 else None


_HOLDER_LINE = (r"(?:(?:DR|IR|PROF) )?(?:THE (?:HON(?:OURABLE|ORABLE)?\.?|RT\.? HON\.?) )?"
                r"(?:(?:MR|MRS|MS|MISS|DR)\.? )?([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3})"
                r"(?:, [A-Z][A-Z .,]{0,30})?")
"""A name on a record's list of who attends, in capitals, with the form of address and the honours around
it: "THE HONOURABLE WONG KA-YEE, JP", "DR THE HONOURABLE TSE HO-YAN, MH"; the office its turns go by is
on the line below."""


_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s|[Mm]e)\b|\bI['’]")
"""A word of someone speaking for themselves: what answers and speeches hold and reports do not."""
_REPORTED = re.compile(r"\b(?:says|say|claims?|argues?|accuse[sd]?)\b")
"""A prompt reporting what others say: "The Popular Party says you have declared war on ..."."""
_MIN_QUESTIONS = 4


def unlabelled_turns(paras: Sequence[Span]) -> list[Turn]:
    """Return the turns of an interview printed without speaker labels (its questions set in bold, lost
    in plain text), as "Q" and "A" turns, or [] for any other text.

    It is one when, from its first question to its last answer, a paragraph in four or more is a
    question standing alone, most questions say "you" and most answers speak in the first person: an
    explainer's question subheads ("What does the law change?") are answered in the third person, and
    a story's rhetorical questions are too few. An "A" turn stands for the person the interview presents.
    """
    asks = [i for i, p in enumerate(paras) if a_question(p.text)]
    if len(asks) < _MIN_QUESTIONS or len(asks) * 4 < asks[-1] + 2 - asks[0]:  # up to the last answer: a
        return []  # magazine page's bio, credits and links come after it
    addressed = sum(_ADDRESSED.search(paras[i].text) is not None for i in asks)
    turns: list[Turn] = []
    for n, i in enumerate(asks):
        turns.append(Turn("Q", Span(paras[i].start, paras[i].start, ""), (paras[i],)))
        answer: list[Span] = []
        for para in paras[i + 1:asks[n + 1] if n + 1 < len(asks) else len(paras)]:
            if answer and _a_prompt(para.text):  # "The Popular Party says you have declared war on ...":
                # put to the interviewee, though no question mark ends it
                turns += [Turn("A", Span(answer[0].start, answer[0].start, ""), tuple(answer)),
                          Turn("Q", Span(para.start, para.start, ""), (para,))]
                answer = []
            else:
                answer.append(para)
        if answer:
            turns.append(Turn("A", Span(answer[0].start, answer[0].start, ""), tuple(answer)))
    answers = [t for t in turns if t.speaker == "A"]
    voiced = sum(any(FIRST_PERSON.search(p.text) for p in t.paragraphs) for t in answers)
    if addressed * 2 < len(asks) or voiced * 2 < len(answers) or len(answers) * 4 < len(asks) * 3:
        return []
    return turns


def _a_prompt(text: str) -> bool:
    """True for a short paragraph between answers that is the interviewer's: it asks, says "you",
    reports what others say, or puts one short statement to answer ("Spain has one of the smallest
    public housing stocks in Europe."), and never speaks in the first person."""
    return text.count(" ") < 60 and FIRST_PERSON.search(text) is None and (
        "?" in text or _ADDRESSED.search(text) is not None or _REPORTED.search(text) is not None
        or (text.count(" ") < 20 and ". " not in text))


def a_question(text: str) -> bool:
    """True for a paragraph that is a question put, not a quote of one: it ends on a question mark."""
    return text.rstrip(" ”\"’").endswith("?") and text[:1] not in "“\"‘'" and text.count(" ") < 80


def _without_bulletin_sections(turns: list[Turn]) -> list[Turn]:
    """Return ``turns`` without a bulletin's sections (see `_in_capitals`); a caption file in capitals
    ("MARCUS LINDGREN: WE ARE PROPOSING ..."), where two or more labels each come back, keeps them."""
    capitals = [_in_capitals(t.speaker, t.paragraphs) for t in turns]
    if not any(capitals) or _come_back(Counter(t.speaker for t, caps in zip(turns, capitals, strict=True)
                                               if caps)):
        return turns
    return [t for t, caps in zip(turns, capitals, strict=True) if not caps]


def _come_back(capitals: Counter[str]) -> bool:
    """True when two or more labels over words in capitals each head two turns or more: speakers take
    turns in a caption file in capitals, where a bulletin names each of its sections once."""
    return sum(1 for uses in capitals.values() if uses >= 2) >= 2


def _in_capitals(label: str, said: Sequence[Span]) -> bool:
    """True for a section of a bulletin set all in capitals ("SITUATION:" over "AT 10AM TODAY, SEVERE
    TROPICAL CYCLONE KELERA ..."): a weather or shipping bulletin's part, where a transcript's speech
    is in mixed case under its speaker's label."""
    return bool(said) and label.isupper() and all(p.text.upper() == p.text for p in said) and \
        sum(len(p.text) for p in said) >= 20


_SAID_LINE = re.compile(r"\b(?:said|says|added|adds|commented|comments|stated|states)\s*[:：]\s*$")
"""A release's line that brings in a speaker's statement: "Fiona Lachlan-Reid, Chief Executive, said:"."""
_OPENING_QUOTES = "\"“‘'«„"


_END_MARK = re.compile(r"[(\[—–-]*\s*(?:end of (?:the )?(?:excerpt|transcript|briefing|press conference|"
                       r"remarks|statement)|end)\s*[)\]—–-]*\.?", re.IGNORECASE)
"""A transcript's closing line: "(End of excerpt)", "— END OF TRANSCRIPT —", "END"."""


def _named_voices(turns: list[Turn]) -> list[Turn]:
    """Return ``turns`` with each numbered voice ("Speaker 2", a meeting room's "Committee Room 2") named
    where the text says who it is, or as it was.

    A voice is named by its own first turn ("My name is Ingrid Solberg, I'm policy director ...", "Hi.
    Mats Ekdahl from Västkust Värme"); else by the turn before its first one, as a host introduces each
    official in turn ("... our fire chief, Chief Angela Ruiz. Chief." then "Speaker 3: Thank you,
    Mayor. ...") or hands the floor by a first name ("Kwabena, over to you."); else by the turn after
    it ("Thanks Ingrid."). A first name stands for the one full name in the text that opens with it.
    A voice that asks (a reporter) is never named by an introduction in the turn before, which names
    whoever answers; only by what names it directly. The two sides of a call ("Agent", "Customer") are
    named so too, by a given name alone ("my name is Daniel"), or by what the other side calls them
    ("thank you, Mrs Okafor"); each keeps its side as its role.
    """
    voices = {t.speaker for t in turns if t.speaker[-1:].isdigit() or t.speaker.lower() in PARTIES}
    if not voices:  # ("Speaker 2", "Committee Room 2", a call's "Agent" and "Customer")
        return turns
    labels = {t.speaker for t in turns}
    asking = {t.speaker for t in turns if any("?" in p.text for p in t.paragraphs)}
    full = _full_names(turns)
    names: dict[str, str] = {}

    def name(voice: str, found: str) -> None:
        if voice not in names and found and found not in names.values():
            names[voice] = found

    firsts = {t.speaker: t for t in reversed(turns) if t.speaker in voices and t.paragraphs}
    for voice, turn in firsts.items():
        if (own := _SELF_NAMED.search(turn.paragraphs[0].text, 0, 160)) is not None:
            name(voice, own.group(1) or own.group(2))
        elif (given := _GIVEN_NAME_SAID.search(turn.paragraphs[0].text, 0, 160)) is not None:
            name(voice, given.group(1))  # "thanks for calling Northvale Energy, my name is Daniel"
    if len(voices) == 2:  # two parties: whom one calls by name is the other
        for turn in turns:
            if turn.speaker not in voices:
                continue  # (a field of the export's header read as a turn: "Team: Billing Resolutions")
            other = next(iter(voices - {turn.speaker}))
            called = next((m for p in turn.paragraphs if (m := _CALLED_BY_NAME.search(p.text))), None)
            if other not in names and called is not None:
                name(other, f"{called.group(1)} {called.group(2)}")  # "Lovely, thank you, Mrs Okafor."
    for before, turn in zip(turns, turns[1:], strict=False):
        voice = turn.speaker
        if voice not in voices or voice in names or not before.paragraphs or before.speaker == voice:
            continue
        last = before.paragraphs[-1].text
        handed = _HANDED_TO.search(_last_sentence(last))
        if handed is not None:
            name(voice, full.get(handed.group(1) or handed.group(2), ""))
        elif voice not in asking and firsts.get(voice) is turn:
            runs = [" ".join(words) for run in _INTRODUCED.findall(last)
                    if len(words := _untitled(run.split())) >= 2 and words[0] not in _OPENERS]
            runs = [run for run in runs if not run.endswith(("'s", "’s")) and not is_org_like(run)]
            labelled = [run for run in runs if run in labels and run != names.get(before.speaker)]
            if labelled or runs:  # the last person named, or the last a later turn is labelled with: "I'm
                name(voice, (labelled or runs)[-1])  # with Dominic Achterberg, chief executive of
                # Northgate Valley Homes. And Sophie's here from the press office." over "Speaker 2"
    for before, turn in zip(turns, turns[1:], strict=False):
        if before.speaker in voices and before.speaker != turn.speaker and turn.paragraphs and \
                (thanks := _THANKED.match(turn.paragraphs[0].text)) is not None:
            name(before.speaker, full.get(thanks.group(1), ""))
    if not names:
        return turns
    return [Turn(names[t.speaker], t.speaker_span, t.paragraphs,
                 t.speaker.lower() if t.speaker.lower() in PARTIES else t.role)  # the side it spoke for
            if t.speaker in names else t for t in turns]


_INTRODUCED = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}")
_OPENERS = frozenset("And But So Or Then Now Also".split())
"""A word opening a sentence before a name, not the name's first."""
_FULL_NAME = re.compile(rf"(?<![\w'’-]){NAME_WORD}(?: {NAME_WORD}){{1,3}}")
_SELF_NAMED = re.compile(rf"\b(?:[Mm]y name(?: is|['’]s)|I['’]m|I am|[Ii]t['’]s|[Tt]his is)[ \t]+"
                         rf"({NAME_WORD}(?: {NAME_WORD}){{1,3}})"
                         rf"|(?:^|[.!?,] )({NAME_WORD}(?: {NAME_WORD}){{1,2}}) (?:from|with|here)\b")
"""A voice saying who it is: "My name is Ingrid Solberg-Haugen", "Hi, yeah, thanks. Mats Ekdahl from
Västkust Värme", a room's microphone "Yes, thank you, Chair, it's Martin Bellamy"."""
_GIVEN_NAME_SAID = re.compile(rf"\b[Mm]y name(?: is|['’]s)[ \t]+({NAME_WORD})\b")
"""A voice giving its given name alone, as a call centre's agent does: "my name is Daniel"."""
_CALLED_BY_NAME = re.compile(r"\b(?:[Tt]hank you|[Tt]hanks|[Ss]orry|[Hh]ello|[Hh]i|[Oo]kay|[Yy]es),? "
                             rf"(Mrs|Mr|Ms|Miss|Mx|Dr)\.? ({NAME_WORD})\b")
"""A party called by honorific and family name: "Lovely, thank you, Mrs Okafor."."""
_HANDED_TO = re.compile(rf"(?:^|, )({NAME_WORD}), (?!and\b|or\b)|, ({NAME_WORD})[.?!]?$")
"""The floor handed to somebody by name in a turn's last sentence: "Kwabena, over to you.", "Oh, I see,
Mats, go ahead", "Over to you, Liisa."."""
_THANKED = re.compile(rf"(?:Thanks|Thank you|Cheers)(?: so much| very much)?,? ({NAME_WORD})\b")
"""A turn thanking the voice before it by name: "Thanks Ingrid. Morning everyone."."""


def _last_sentence(text: str) -> str:
    """Return the last sentence of ``text`` (after its last full stop, question or exclamation mark)."""
    body = text.rstrip().rstrip(".?!")
    cut = max(body.rfind(". "), body.rfind("? "), body.rfind("! "))
    return text.rstrip()[cut + 2 if cut >= 0 else 0:]


def _full_names(turns: list[Turn]) -> dict[str, str]:
    """Return the full names the turns give, by first name, for a first name that opens only one of them
    ("Kwabena" for "Kwabena Asante-Mensah"); titles are no first names."""
    seen: dict[str, set[str]] = {}
    for t in turns:
        for p in t.paragraphs:
            for name in _person_names(p.text):
                seen.setdefault(name.split()[0], set()).add(name)
    return {first: next(iter(found)) for first, found in seen.items() if len(found) == 1}


def _person_names(text: str) -> Iterator[str]:
    """Yield the runs of two to four capitalised words in ``text`` that may name a person, after their
    titles and honorifics ("Mr Graham Petrie" is Graham Petrie), none an organisation's."""
    for m in _FULL_NAME.finditer(text):
        words = _untitled(m.group(0).split())
        name = " ".join(words)
        if len(words) >= 2 and not is_org_like(name):
            yield name


def _untitled(words: list[str]) -> list[str]:
    """Return a name's words without the titles and honorifics before it (TITLES holds both): "Chief
    Angela Ruiz" is Angela Ruiz; "Mr Aziz" leaves one word, no full name."""
    while words and words[0].lower().strip(".") in TITLES:
        words = words[1:]
    return words


def _in_full(label: Label, named: dict[str, Label]) -> Label:
    """Return ``label`` with the whole name and role an earlier label gave ("KESSLER" after "DONNA
    KESSLER, HARLAN CREEK RESIDENT"; "MS. WHITCOMB" after "PRESS SECRETARY DANA WHITCOMB": a family name
    after titles alone); learn a label that gives them."""
    words = label[0].split()
    if len(words) > 1 and not all(is_title(w) for w in words[:-1]):
        named.setdefault(words[-1], label)
        return label
    first = named.get(words[-1])
    if first is None and len(words) > 1:
        named[words[-1]] = label
        return label
    return label if first is None else (first[0], label[1], label[2], label[3] or first[3])


_SPEAKING_WORDS = _MODERATOR_WORDS | _QUESTION_WORDS | TITLES | frozenset({"a", "answer", "interviewer"})
"""One-word labels that name a speaker wherever they stand ("Spokesperson:", "Q:")."""


def _posts(paras: Sequence[Span], voices: Mapping[str, str] | None) -> Mapping[str, str]:
    """Return the names set alone over each turn, to their posts (see `speaker_turns`)."""
    return names_alone("\n".join(p.text for p in paras)) if voices is None else voices


def is_transcript(paras: Sequence[Span], voices: Mapping[str, str] | None = None) -> bool:
    """Return True when the text reads as a transcript: two or more turns by two or more speakers.

    A label of one word that is no speaking role names a speaker only when the text names them
    elsewhere too ("Berglund:" after "Tomas Berglund, 61, has run ..."): a report's "Needs:",
    "Response:" and "Gaps:" head its sections. ``voices``: see `speaker_turns`.
    """
    offices = {name: name for name in _posts(paras, voices)}
    uses: Counter[str] = Counter()
    capitals: Counter[str] = Counter()  # labels over words in capitals: a bulletin's sections, or speakers
    plain: set[str] = set()
    for i, para in enumerate(paras):
        label = _speaker_label(para, offices)
        if label is None or not _names_a_turn(label, para):
            continue
        if _in_capitals(label[0], [label[2] or (paras[i + 1] if i + 1 < len(paras) else para)]):
            capitals[label[0]] += 1
            continue
        uses[label[0]] += 1
        if _plainly_a_speaker(label[0]) or label[3] == STATION:
            plain.add(label[0])
            if len(plain) > 1:
                return True  # two speakers named beyond doubt settle it: the rest is not read
    if _come_back(capitals):
        uses.update(capitals)
    if len(uses) < 2:
        return not uses and bool(unlabelled_turns(paras))
    text = "\n".join(p.text for p in paras)
    named = [name for name, n in uses.items() if _plainly_a_speaker(name) or _named_elsewhere(name, n, text)]
    if len(named) < 2 and _initials_named(uses, text):
        # an interview under initials, one of them a name's: each initials label used three times names
        # one of its voices
        named += [name for name, n in uses.items() if n >= 3 and _INITIALS.fullmatch(name)]
    return len(set(named)) > 1


def _names_a_turn(label: Label, line: Span) -> bool:
    """True when a speaker line may head somebody's turn: not a fact sheet's field and its value, or a
    release's "..., said:" over a statement (a bulletin's sections in capitals: see `_come_back`)."""
    name, _, rest, _ = label
    if (rest is not None and _is_value(rest.text)) or _a_field(name):
        return False
    return not (rest is None and _SAID_LINE.search(line.text))


def _a_field(name: str) -> bool:
    """Return True for a form's field name ("Sold At:", "Recall Date:", "Name of Product:", "About U.S.
    CPSC:"): a label ending on a preposition or a field's noun, or opening on "Name" or "About", names
    no one."""
    words = name.lower().split()
    return len(words) > 1 and (words[-1] in _FIELD_ENDS or words[0] in ("about", "name"))


_FIELD_ENDS = frozenset("at in on of for to by from with per date number type status product address "
                        "phone email contact location description details summary code".split())


def _is_value(words: str) -> bool:
    """Return True when what follows a label is a value, not speech: "Dozers: 43", "Containment: 38%",
    "Cause: Under Investigation" (a fact sheet's lines), a list of names, where a turn says a sentence."""
    words = words.strip()
    return words[:1].isdigit() or words[:1] in "$€£" or \
        (words.count(" ") < 6 and words[-1:] not in ".?!…”\"’'—–-)") or names_listed(words)



def _plainly_a_speaker(name: str) -> bool:
    return " " in name or name.lower() in _SPEAKING_WORDS


def _named_elsewhere(name: str, uses: int, text: str) -> bool:
    """Return True when the text names ``name`` ("BERGLUND" as "Berglund") beyond its ``uses`` as a label."""
    word = as_written(name)
    found = len(re.findall(rf"\b{re.escape(word)}\b", text))
    return found > (uses if word == name else 0)


def speaker_roles(turns: Sequence[Turn]) -> dict[str, str]:
    """Return each speaker's role: "question" (an outlet or reporter), "moderator", "unnamed" or "answer".

    Outlets ("Southern Metropolis Daily", "CCTV", "Reuters") ask; a speaker
    whose turns are short hand-offs ("This question goes to Mr. Gu.") moderates;
    everyone else answers.
    """
    by_speaker: dict[str, list[Turn]] = {}
    replies: dict[str, list[Turn]] = {}  # the same, of turns that come straight after a question
    for before, turn in zip((None, *turns), turns, strict=False):
        by_speaker.setdefault(turn.speaker, []).append(turn)
        if before is not None and asks(before):
            replies.setdefault(turn.speaker, []).append(turn)
    roles = {name: _role(name, own, replies.get(name, ())) for name, own in by_speaker.items()}
    if "answer" not in roles.values():  # a spokesperson alone on the podium answers, not moderates
        roles = {name: "answer" if role == "moderator" else role for name, role in roles.items()}
    answering = [name for name, role in roles.items() if role == "answer"]
    if len(answering) == len(roles) == 2:  # an interview, its two voices named alike
        host = _host_of(answering, by_speaker)
        if host is not None:
            roles[host] = "question"
    return roles


_ASKED = re.compile(r"\?[\s\"”’)]*$")
"""How a turn that asks ends."""


def asks(turn: Turn) -> bool:
    """Return True when ``turn`` ends on a question (what follows it may answer)."""
    return bool(turn.paragraphs) and _ASKED.search(turn.paragraphs[-1].text) is not None


def _host_of(pair: Sequence[str], by_speaker: dict[str, list[Turn]]) -> str | None:
    """Return which of two speakers interviews the other, or None: the one who asks more often and
    speaks a third as long as the other at most (a podcast's host, whom the turns do not call one; a
    machine transcript drops most question marks)."""
    texts = {name: [_said(t) for t in by_speaker[name]] for name in pair}
    asks = {name: sum("?" in t for t in texts[name]) for name in pair}
    for host, guest in (pair, pair[::-1]):
        if asks[host] > asks[guest] and _median_words(texts[host]) * 3 <= _median_words(texts[guest]):
            return host
    return None


def _role(name: str, own: Sequence[Turn], after_questions: Sequence[Turn] = ()) -> str:
    """Return one speaker's role from their name, then from their turns (read only as far as needed).

    ``after_questions`` are the speaker's turns that follow a question: one who hands the floor on but
    also takes questions in turns of their own (a press secretary, who opens and calls on reporters)
    answers."""
    words = {w.lower().strip(".") for w in name.split()}
    said = {w.lower().strip("()") for t in own for w in t.role.split()}  # what the speaker lines say they are
    titled = words & _MODERATOR_WORDS
    if (titled and (len(words - {"the"}) == 1 or not titled <= _CHAIRS)) or said & _PRESENTERS:
        return "moderator"
    if words & _UNNAMED or _NUMBERED.fullmatch(name):
        return "unnamed"
    if said == {"member"} or said & _HEARD or words & _ELECTED:
        return "answer"  # a member of parliament or a council: what they say is on the record, questions
        # or not; a phone-in's caller tells their story, though they ask too; so do both sides of a call
    if words & _QUESTION_WORDS or "analyst" in said or said & _QUESTION_WORDS or \
            (is_org_like(as_written(name)) and not words & HONORIFICS
             and not words & TITLES):  # "The CHAIRMAN", "Senator OKAFOR": people, in capitals
        return "question"
    if all(_IN_ANOTHER_TONGUE.fullmatch(p.text) for t in own for p in t.paragraphs) and own[0].paragraphs:
        return "answer"  # "[SPEAKING FRENCH]": what they say, an interpreter's turn gives
    texts = [_said(t) for t in own]
    asking = sum("?" in t for t in texts)
    if len(name.split()) == 1 and asking * 2 >= len(own) and name not in ("A", "Answer"):
        return "question"
    if asking * 2 >= len(own) and _introduces_self(name, texts[0]):
        return "moderator"  # "I'm Maya Elliott", then mostly questions: the host of a show
    if _median_words(texts) <= 4 and max(len(t.split()) for t in texts) <= 12:
        return "moderator"  # "Paul.", "Rachel.", "Let's go to Howard.": only ever hands the floor on
    handoffs = sum(_hands_off(t) for t in texts)
    if handoffs and (handoffs * 2 >= len(own) or (handoffs > 1 and _median_words(texts) < 60)) and \
            sum(not _hands_off(t) and len(t.split()) >= 12
                for t in map(_said, after_questions)) < 2:
        return "moderator"
    if asking == len(own) and _median_words(texts) < 80:
        return "question"
    return "answer"


def _said(turn: Turn) -> str:
    """Return a turn's words, but for paragraphs that open on another voice ("[INAUDIBLE] -- microphone?")."""
    return " ".join(p.text for p in turn.paragraphs if not _OTHER_VOICE.match(p.text))


def _introduces_self(name: str, first_turn: str) -> bool:
    """Return True when a first turn says who the speaker is, as a host opens a show ("I'm Maya Elliott")."""
    given = name.split()[0]
    given = as_written(given)
    head = first_turn[:400]
    return f"I'm {given}" in head or f"I’m {given}" in head or f"I am {given}" in head


def _median_words(texts: Sequence[str]) -> int:
    """Return the median word count of a speaker's turns (an answerer's long turns are never counted)."""
    lengths = sorted(len(t.split()) for t in texts)
    return lengths[len(lengths) // 2] if lengths else 0


def _hands_off(turn: str) -> bool:
    """Return True when a turn opens or closes with a hand-off (only its ends are read: cheap)."""
    ends = f"{turn[:400]} {turn[-400:]}".lower().replace("’", "'").replace("mr.", "mr").replace("ms.", "ms")
    for word, phrases in _HANDOFF_GROUPS:
        if word in ends:
            for phrase in phrases:
                if phrase in ends:
                    return True
    return False
