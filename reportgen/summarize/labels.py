"""Speaker lines that carry no colon: read by layout (to keep them as paragraphs) and by transcript.

Transcripts name their speakers in several house styles besides ``Name:``:
an earnings call's "Priya Raman -- Chief Executive Officer" line, a central bank's
"CHAIR WHITAKER. Good afternoon.", the US congressional record's
"Senator OKAFOR. Thank you." and Hansard's "The Chancellor of the Exchequer
(Rachel Adeyemi)", "Mr Tom Pryce (Bristol North) (Lab)" and "Mr Speaker". Each
pattern is strict enough that a headline or a company line ("Norwood Instruments
(NYSE: NWDI)") does not pass for one.
"""

from __future__ import annotations

import re

from reportgen.summarize.people import ROLES, is_org_like

_WORD = r"[A-Z][\w.'’-]*"
_DASH = re.compile(rf"({_WORD}(?: {_WORD}){{1,4}})[ \t]+(?:--|—|–)[ \t]+(\S[^\n]{{0,80}})")
"""'Name -- Role' or 'Name -- Firm -- Analyst', alone on its line."""
_PERSON = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? )?[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]*){1,3}"
_OFFICE_WORD = rf"(?:{_WORD}|of|the|for|and|at|in)"
_OFFICE = re.compile(rf"(The {_OFFICE_WORD}(?:,? {_OFFICE_WORD}){{0,8}}"
                     rf"|[A-Z][a-z]+ (?:for|of) {_OFFICE_WORD}(?:,? {_OFFICE_WORD}){{0,8}})"
                     rf" \(((?:Deputy |Senator |Councillor )?{_PERSON})\)")
"""An office and its holder: 'The Chancellor of the Exchequer (Rachel Adeyemi)', as the Dáil's record
has it 'Minister for Housing, Local Government and Heritage (Deputy Seán Walsh)' or 'Minister of State at
the Department of Health (Deputy Gráinne Tuohy)'."""
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr)\.? "
"""An honorific before a name, as a speaker line gives it ("Mr Penhaligon", "Dr. Anjali Raman")."""
_CAPS_OFFICE = re.compile(rf"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){{0,3}}|[A-Z][a-z]+) "
                          rf"\(({_PERSON}|{_HONORIFIC}[A-Z][a-z][\w'’-]*|[A-Z][a-z][\w'’-]*(?=, ))"
                          r"(?:, [^()\n]{1,60})?\)")
"""A part at a meeting, in capitals or one word in title case, and who plays it: 'CHAIR (Margaret
O'Halloran-Pike)', 'SHAREHOLDER (Mr Colin Dreyfus, Australian Retail Investors Association)', 'Shareholder
(Mr Peter Hanley)', a phone-in's 'CALLER (Dave, Swindon)' (a given name, where it is); the part alone on a
later line ('CHAIR') names the same person."""
_MEMBER = re.compile(rf"({_PERSON}) \([^()\n]{{2,60}}\) \([A-Za-z&/ ]{{2,12}}\)")
"""A member, their seat and their party: 'Mr Tom Pryce (Bristol North) (Lab)'."""
_CHAIR = re.compile(r"(?:Mr|Madam|Mrs|Ms)\.? (?:Deputy )?Speaker")
_CAPS = re.compile(r"(Q|[A-Z][A-Z'’-]+\.?(?: [A-Z][A-Z'’-]+\.?){1,4})\.[ \t]+(?=\S)")
"""'CHAIR WHITAKER. Good afternoon.', 'MS. JEAN-PIERRE. Thank you.', 'Q. Thank you.': a label in capitals
closed by a full stop, the turn on the same line."""
_TITLED_CAPS = re.compile(
    r"((?:The|Senator|Secretary|Representative|Chairman|Chairwoman|Governor|Director|Commissioner|General|"
    r"Admiral|Ambassador|Administrator|Judge|Justice|Mr\.|Mrs\.|Ms\.|Dr\.) "
    r"[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+)?)\.[ \t]+(?=\S)")
"""A US congressional record's 'The CHAIRMAN. The Committee will come to order.', 'Senator OKAFOR. Thank
you.', 'Mr. PRUITT. Roughly, yes.': a title as written, the name in capitals, a full stop."""


NUMBERED_VOICE = r"(?:Speaker|SPEAKER|Participant|PARTICIPANT|Caller|CALLER) \d{1,2}"
"""A voice an automatic transcript could not name: "Speaker 3 (00:03:19):"."""
TIME_CODE = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
"""A recording's time code: "00:01:52", "12:31"."""
_CLOCK = rf"[\[(]?{TIME_CODE}[\])]?"
TIMESTAMP = re.compile(rf"[\[(]?{TIME_CODE}(?:[.,]\d+)?[\])]?[ \t]+(?=\S)")
"""A recording's time code before a speaker line: "[00:04:12] MAYA ELLIOTT: ...", "(12:31) Host: ..."."""
LOGGED_TURN = re.compile(rf"[ \t]*{_CLOCK}(?:[ \t]{{2,}}|\t)(?:\d{{1,3}}(?:[ \t]{{2,}}|\t))?"
                         r"(?P<name>[^\W\d_][\w.'’/&-]*(?: [\w.'’/&-]+){0,3})(?:[ \t]{2,}|\t)(?=\S)")
"""A row of logged traffic, as an accident report's transcript of radio or cockpit voices sets it: the time,
maybe a channel, who speaks, then their words, each column set apart by a wide gap ("18:42:31     16
SØLVMÅGE          Correct. Three one eight.")."""
_TIMED_VOICE = re.compile(rf"(?:{_CLOCK}[ \t]+)?({NUMBERED_VOICE})(?:[ \t]+{_CLOCK})?"
                          r"|[\[(]?\d{1,2}:\d{2}:\d{2}[\])]?[ \t]+((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+)")
"""An automatic transcript's line over each turn: a numbered voice, alone or with a time code ("00:00:44
Speaker 2", "Speaker 2  01:24"), or a recording's time to the second and a name ("00:03:12 Ingrid
Solberg"; a live blog's "09:12 Markets Open Higher" has no seconds)."""


def timed_voice(line: str) -> str | None:
    """Return the voice an automatic transcript's line over a turn names (see _TIMED_VOICE and
    _NAME_THEN_TIME), or None; a name written family name first ("Hughes, Sarah") is given in full."""
    if len(line) > 60:
        return None
    if line[:1] in "[(0123456789SPC" and (m := _TIMED_VOICE.fullmatch(line)):
        return m.group(1) or m.group(2)
    if line[-1:].isdigit() and (m := _NAME_THEN_TIME.fullmatch(line)):
        return _in_order(m)
    if line[:2] == "**" and (m := _BOLD_THEN_TIME.fullmatch(line)):
        return m.group(1)
    return None


def _in_order(m: re.Match[str]) -> str:
    """Return the name `_DISPLAY_NAME` matched, given name first ("Hughes, Sarah" is Sarah Hughes)."""
    return m.group(1) or f"{m.group(3)} {m.group(2)}"


def display_name(raw: str) -> str | None:
    """Return the person a meeting app's display name names ("Hughes, Sarah (CFO)", "Daniel Hurst | Waste
    Services", "Anil Desai's iPad" name Sarah Hughes, Daniel Hurst and Anil Desai), or None when it names
    no person in that shape ("Committee Room 2", "Speaker 1")."""
    m = _DISPLAY.fullmatch(raw.strip())
    return _in_order(m) if m else None


_VOICE_TAG = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^<>\n]{1,80})>")
"""A WebVTT caption's voice: "<v Sarah Hughes>", "<v.loud Mark Reilly>", as Teams writes each caption."""
_APP_LABEL = re.compile(r"([^:\n]{3,80}?)[ \t]*:[ \t]+(?=\S)")


def app_label(text: str) -> tuple[str, int, int] | None:
    """Return who speaks a meeting app's caption, where their display name starts and where the words
    start: a WebVTT voice ("<v Sarah Hughes>Morning all") or a display name set apart from the person's
    by a bar or a device ("Daniel Hurst | Waste Services: Thank you", "Anil Desai's iPad: Sorry"); None
    for any other text. A voice that names no person in a name's shape is named as written."""
    if text.startswith("<v"):
        voice = _VOICE_TAG.match(text)
        if voice is None:
            return None
        raw = voice.group(1).strip()
        return display_name(raw) or raw, voice.start(1), voice.end()
    head = text[:80]
    if "|" not in head and "'s " not in head and "’s " not in head:
        return None  # most lines: no bar and no device, so no pattern to run
    label = _APP_LABEL.match(text)
    if label is None or not ("|" in label.group(1) or _DEVICE.search(label.group(1))):
        return None
    name = display_name(label.group(1))
    return (name, 0, label.end()) if name and not is_org_like(name) else None  # not "World News | Reuters"


_NEXT_SPEAKER_LINE = re.compile(r"(?:Speaker|SPEAKER|Caller|CALLER|Commenter|Witness|WITNESS):[ \t]*"
                                rf"((?:{_HONORIFIC})?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}}"
                                r"|\([^()\n]{3,40}\))[ \t]*")
"""A public meeting's line naming who speaks next, the words below it: "Speaker: Dr. Anjali Raman",
"Caller: Ruth Okafor", "Speaker: (Declined to give name)"."""


def introduced(line: str) -> re.Match[str] | None:
    """Return the match of a line naming the next speaker (group 1: the name), or None."""
    return _NEXT_SPEAKER_LINE.fullmatch(line) if line[:1] in "CSW" else None


def is_chair(name: str) -> bool:
    """True for the Speaker of a house of parliament named as its label ("Mr Speaker", "Madam Deputy
    Speaker"): the chair, who runs the sitting."""
    return name.endswith("Speaker") and _CHAIR.fullmatch(name) is not None


def line_label(line: str, offices: dict[str, str]) -> tuple[str, str] | None:
    """Return (speaker, role words) when ``line`` alone names a speaker in one of the colon-less styles.

    ``offices`` maps an office to its holder; it learns each "The Office (Name)" line, so the office
    alone on a later line ("The Chancellor of the Exchequer") names the same person.
    """
    if (voice := timed_voice(line)) is not None:
        return voice, ""
    if len(line) > 140 or line[:1] not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        return None
    if "(" in line:
        m = _OFFICE.fullmatch(line)
        if m and not ROLES.isdisjoint(m.group(1).lower().split()):  # not "The Senkaku Islands (Japanese
            # Territory)", a link's title: an office holds a title word
            offices[m.group(1)] = m.group(2)
            offices.setdefault(m.group(2), m.group(2))  # and the holder's name alone on a later line
            return m.group(2), m.group(1)
        m = _CAPS_OFFICE.fullmatch(line)
        if m and not is_org_like(m.group(2)):
            offices[m.group(1)] = m.group(2)
            return m.group(2), m.group(1)
        m = _MEMBER.fullmatch(line)
        return (m.group(1), "member") if m else None
    if line in offices:
        holder = offices[line]
        return holder, "" if holder == line else line  # a name standing alone (see `names_alone`)
    if (named := introduced(line)) is not None:
        return named.group(1), ""
    m = _DASH.fullmatch(line) if "-" in line or "—" in line or "–" in line else None
    if m and not is_org_like(m.group(1)) and not ROLES.isdisjoint(m.group(2).lower().split()):
        return m.group(1), m.group(2)  # a person and a job, not "Joint Statement — Third Meeting"
    if _CHAIR.fullmatch(line):
        return line, "moderator"
    if line == "Operator":  # an earnings call's operator, on a line of its own
        return line, "operator"
    return None


NAME_WORD = r"[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*"
"""Regex (no groups) for one word of a person's name, accents and joins kept: "Rees-Davies", "O'Neill"."""
_DISPLAY_NAME = (rf"(?:({NAME_WORD}(?: {NAME_WORD}){{1,3}})|({NAME_WORD}), ({NAME_WORD}(?: {NAME_WORD})?))"
                 rf"(?: \([^()\n]{{1,40}}\))?")
"""A meeting app's display name: the name, family name first after a comma in some directories, and the
app's note in brackets ("Hughes, Sarah (CFO)"); groups 1, or 2 and 3, hold the name."""
_DEVICE = re.compile(r"['’]s (?:iPad|iPhone|Android|Galaxy|Pixel|[Ll]aptop|PC|Mac|MacBook|Surface)\b")
_DISPLAY = re.compile(rf"{_DISPLAY_NAME}(?:[ \t]+\|[ \t]+[^|:\n]{{1,40}}|{_DEVICE.pattern}[^:\n]{{0,20}})?")
"""A display name as a meeting app shows it, maybe with the person's team after a bar ("Daniel Hurst |
Waste Services") or their device ("Anil Desai's iPad")."""
_NAME_THEN_TIME = re.compile(rf"{_DISPLAY_NAME}(?: {{2,}}|\t)[ \t]*{TIME_CODE}[ \t]*")
"""A meeting app's line over each turn: the name, then its time code after a gap of two spaces or more
("Dominic Achterberg  2:52", "Hughes, Sarah (CFO)   21:47", "Reilly, Mark (Guest)   1:03:22"); the
part in brackets is the app's note, not the name."""
_BOLD_THEN_TIME = re.compile(rf"\*\*({NAME_WORD}(?: {NAME_WORD}){{0,3}}):?\*\*:?[ \t]+{_CLOCK}[ \t]*")
"""A podcast export's line over each turn: the name in Markdown's bold, then the time code ("**Priya
Nair** [00:12:03]"); without its time code a bold line is as likely a heading."""
_NAME_ALONE = re.compile(rf"\n[ \t]*({NAME_WORD}(?:(?: [A-Z]\.)? {NAME_WORD}){{1,3}})"
                         r"(?P<post>[ \t]+(?:-|--|–|—)[ \t]+\S[^\n]*)?[ \t]*(?=\r?\n)")
"""Two to four capitalised words alone on a line (an initial between them: "Thomas R. Gallo"), or with a
post after a dash, as a list of who takes part gives them ("Owen Pettigrew - Vice President, Investor
Relations"); found after the line break, which is fast to seek."""


def names_alone(text: str) -> dict[str, str]:
    """Return the names a transcript sets alone on a line above each turn, each to the post the list of
    who takes part gives it ("" where none).

    A transcript site writes "Renata Villanueva-Cho" on a line of its own, her answer under it, and
    her again at her next turn. A name counts when it stands alone (or in the list of who takes part)
    twice or more and a sentence of eight words or more follows it alone once, and two names or more
    do so: one name alone (an author's box, a heading) makes no dialogue. The names seed
    `line_label`'s ``offices``, each held by itself.
    """
    seen: dict[str, int] = {}
    posts: dict[str, str] = {}
    spoken: set[str] = set()
    for m in _NAME_ALONE.finditer("\n" + text):
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        if m.group("post"):
            posts.setdefault(name, m.group("post").strip(" \t-–—"))
        elif name not in spoken:
            below = text[m.end() - 1:m.end() + 300].lstrip()  # ("\n" + text): one character behind
            if below.split("\n", 1)[0].count(" ") >= 7:
                spoken.add(name)
    named = [name for name in spoken
             if seen[name] > 1 and not is_org_like(name) and name.split(None, 1)[0].lower() not in ROLES]
    return {name: posts.get(name, "") for name in named} if len(named) > 1 else {}


_SPEAKER_TURN = re.compile(r"[A-Z][A-Z.'’ -]+(?:, [A-Z][A-Z0-9 .,'’&/()-]*)?: ")
_KICKER = re.compile(r"(?:(?:FULL |EDITED )?TRANSCRIPT|VIDEO|WATCH|LIVE|LIVE UPDATES?|UPDATE|UPDATED|"
                     r"EXCLUSIVE|BREAKING|ANALYSIS|OPINION|EXPLAINER|INTERVIEW|FACT CHECK|FACT SHEET|"
                     r"READOUT|STATEMENT|PRESS RELEASE|NEWS RELEASE|MEDIA ADVISORY|NOTICE|PHOTOS|"
                     r"EDITORIAL|REVIEW): ")
"""A headline's label in capitals ("TRANSCRIPT: Chief Morrow ... announce arrests"), not a speaker."""


def is_speaker_turn(line: str) -> bool:
    """True when ``line`` opens with a speaker's name in capitals and a colon ("BRENNAN: Let me just --",
    "ALICIA MOORE, STRATEGIST: But Hal, --"), maybe after the time of the recording ("[08:40] SA: ..."), not
    with a headline's label."""
    if line[:1] in "[(0123456789" and (clock := TIMESTAMP.match(line)):
        line = line[clock.end():]
    return _SPEAKER_TURN.match(line) is not None and _KICKER.match(line) is None


_PLENARY = re.compile(r"((?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+|President)((?:,| \()[^.–—\n]{0,80}?)?\. [–—] "
                      r"(?:\([A-Z]{2}\) )?(?=\S)")
"""A parliament's verbatim report: "Henrik Vallgren, Member of the Commission. – Madam President, ...",
"Tomasz Wróbel (ECR), blue-card question. – (PL) Mr Robles, ...", "President. – The debate is closed."
(the speech's language, "(PL)", is the report's note, not the speaker's words)."""


def plenary_label(text: str) -> re.Match[str] | None:
    """Return the match of a verbatim report's speaker opening ``text`` (see _PLENARY), or None."""
    if not text[:1].isupper() or (". –" not in text[:130] and ". —" not in text[:130]):
        return None
    return _PLENARY.match(text)


def caps_label(text: str) -> re.Match[str] | None:
    """Return the match of a capitals label opening ``text`` ("CHAIR WHITAKER. ...", "Senator OKAFOR. ..."),
    or None."""
    if not text[:1].isupper():
        return None
    if text[1:2] == "." or text[1:2].isupper():
        return _CAPS.match(text)
    return _TITLED_CAPS.match(text)  # most sentences fail at once: no title, or no capitals after it
