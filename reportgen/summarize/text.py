"""Paragraphs and sentences as spans into the decoded source text.

Every later step works on `Span`s, so whatever it picks can be cited to the
character: ``source_text[span.start:span.end] == span.text``. Page debris
(navigation, pagination, credits, metadata) is left out of the paragraphs here,
once, so no later step can pick it up.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from reportgen.summarize.debris import (
    BREADCRUMB,
    classify_line,
    copyright_year,
    find_full_date,
    is_document_part,
    is_list_item,
    iso_date,
    month_day,
)
from reportgen.summarize.labels import LOGGED_TURN, TIME_CODE, is_speaker_turn, line_label, names_alone

DATELINE = re.compile(r"[A-Z][A-Z .'/-]*[A-Z](?:,[^\n]{0,40}?)?\s*(?:--|—|–|(?<=\s)-(?=\s))\s*")
"""A wire story's dateline: "BEIJING, Dec. 7 (Xinhua) --", "COLUMBUS, Ohio (Wire) - ", "LONDON - "."""


@dataclass(frozen=True)
class Span:
    """A stretch of a source's text and where it stands in it."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Layout:
    """A source read once: body paragraphs, title-like lines and the dates found in metadata."""

    paragraphs: tuple[Span, ...]
    titles: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()
    """Short section headings standing between body paragraphs (navigation labels are not kept)."""
    dates: tuple[tuple[str, str], ...] = field(default=())
    """(kind, ISO date) pairs: "meta" (a ``date ...`` line), "published" (a ``Published ...`` line),
    "dateline" (a date closing a paragraph) or "header" (a date inside a line of page furniture); and
    "month-day" (``--MM-DD``, a furniture line dating the page without a year: "Nov 8") and "copyright"
    (``YYYY``, the year of a "© 2026" line)."""
    headline: Span | None = None
    """The line right under the site's trail to the page, above the body: where a page sets its own
    headline, whatever banner stands higher ("Home > Countries & Regions > Oceania > Vanuatu" over
    "Japan-Vanuatu Summit Telephone Talk")."""
    voices: tuple[tuple[str, str], ...] = ()
    """The names a transcript sets alone on a line above each turn, with their posts (see
    `labels.names_alone`)."""
    captioned: bool = False
    """Whether the body is a stream of captions, each under its time code (see `caption_lines`)."""


_LINE = re.compile(r"[^\n\r]+")
_PROSE_LINE = r"[ \t]*+\S++(?:[ \t]{1,2}+\S++)*+"  # possessive: a line is read once, never backtracked
"""A line of words, no wider gap between them than two spaces (a table's row sets its cells apart)."""
_LINE_RUNNING_ON = re.compile(
    rf"(?=[^\n\r]{{50}}[^\n\r]*+(?<=[^\s.!?:;\"”’)])\r?\n[ \t]*+[\w“\"‘'])"  # a cheap look first
    rf"{_PROSE_LINE}(?:(?:(?<=[^\n\r]{{49}}[^\s.!?:;\"”’)])\r?\n(?=[ \t]*[a-z])(?![ \t]*(?:https?:|www\.))"
    rf"|(?<=[^\n\r]{{49}},)\r?\n(?=[ \t]*[\w“\"‘'])){_PROSE_LINE}[ \t]*(?=\r?$|\n))+|[^\n\r]+",
    re.MULTILINE)
"""A line, and the lines it runs on into: in a text of one paragraph per line, a passage wrapped at a
width all the same (a judge's remarks quoting a message in an indented block, a page's footer): a long
line that breaks off mid-sentence goes on where the next line opens in lower case, or after a comma."""
_BLOCK = re.compile(r"[^\n\r]+(?:\r?\n[^\S\n]*[^\s][^\n\r]*)*")
_INDENTED_BLOCK = re.compile(r"[^\n\r]+(?:\r?\n(?![ \t]{2})[^\S\n]*[^\s][^\n\r]*)*")
"""A block whose paragraphs open on an indented line, as typed and official records (the US
congressional record) wrap them: an indented line starts the next paragraph."""
_OPENER = re.compile(r"^[ \t]{2,}\S[^\n]*\r?\n\S", re.MULTILINE)
"""An indented line followed by a flush-left one: a paragraph's first line and its second."""


def past_lead(span: Span, lead: re.Pattern[str]) -> Span:
    """Return ``span`` after what ``lead`` matches at its start (a paragraph's number), or ``span``."""
    found = lead.match(span.text)
    if found is None or not found.end():
        return span
    return Span(span.start + found.end(), span.end, span.text[found.end():])


def normalize(text: str) -> str:
    """Return ``text`` with every whitespace run (NBSP included) as one space, for analysis only."""
    return " ".join(text.split())


def _hard_wrapped(text: str) -> bool:
    """True when lines are wrapped at a fixed width, so one paragraph spans several lines.

    Wrapped lines break mid-sentence: most lines followed by another non-blank line
    end without sentence punctuation, and line lengths stay within a narrow band (40 to 100
    characters, or near the width of a newspaper's narrower column).
    """
    head = text[:200_000].replace("\r", "")
    rows = head.split("\n")
    joined = [a.rstrip() for a, b in zip(rows, rows[1:], strict=False) if a.strip() and b.strip()]
    filled = [ln for ln in rows if ln.strip()]
    if len(joined) < 5 or not filled:
        return False
    open_ended = sum(1 for ln in joined if ln[-1] not in ".!?:;\"”’)")
    if open_ended < 0.7 * len(joined):
        return False
    widths = sorted(len(ln.rstrip()) for ln in filled)
    if widths[-1] > 120:
        return False
    if sum(1 for w in widths if 40 <= w <= 100) >= 0.5 * len(filled):
        return True
    width = widths[(len(widths) - 1) * 9 // 10]  # a newspaper's column, as a PDF gives it: nine lines in
    # ten no wider than about 38 characters, most of them near that
    return width >= 25 and sum(1 for w in widths if 0.6 * width <= w <= width) >= 0.5 * len(filled)


def _indent_led(text: str) -> bool:
    """True when a wrapped text opens its paragraphs on an indented line, the lines after it flush left."""
    return len(_OPENER.findall(text, 0, 200_000)) >= 5


_MARGIN_NUMBER = re.compile(r"^[ \t]*(\d{1,2})(?=[ \t]|\r?$)[ \t]*", re.MULTILINE)
"""A line's number in the margin, as a court reporter or an inquiry numbers each page's lines 1 to 25."""
_MARGIN_HINT = re.compile(r"\n[ \t]*2(?:[ \t][^\n]*)?\r?\n[ \t]*3(?:[ \t]|\r?\n)")
"""Lines 2 and 3 of a page, numbered in the margin: a cheap first test before `_margin_numbered`."""


def _margin_numbered(text: str) -> bool:
    """True when most lines carry their number in the margin: twenty or more lines numbered one more
    than the numbered line before them, in a text whose lines are mostly numbered so. A numbered list
    ("1. Flood warning.") puts a stop after its number; a table's first column does not count up."""
    if _MARGIN_HINT.search(text, 0, 20_000) is None:
        return False
    head = text[:200_000]
    found = list(_MARGIN_NUMBER.finditer(head))
    numbers = [int(m.group(1)) for m in found]
    counting = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b == a + 1)
    lines = sum(1 for line in head.splitlines() if line.strip())
    if counting < 20 or counting * 2 < lines:
        return False
    rows = 0  # a table ranked down its first column has numbers across each row
    for m in found:
        end = head.find("\n", m.end())
        rows += len(_NUMERAL.findall(head, m.end(), end if end >= 0 else len(head))) >= 2
    return rows * 3 < len(found)


_CUE_TIME = rf"{TIME_CODE}(?:[.,]\d{{1,3}})?"  # a recording's time code, to the millisecond
_CUE_TIMING = re.compile(rf"[ \t]*{_CUE_TIME}(?:[ \t]*-->[ \t]*{_CUE_TIME}(?:[ \t][^\n\r]*)?)?[ \t]*")
"""A caption's time code, alone on its line: a video page's transcript panel ("1:05"), a subtitle file's
timing ("00:00:03,200 --> 00:00:06,900", "00:01:02.340 --> 00:01:05.120 align:start")."""
_CUE_HINT = re.compile(rf"\n{_CUE_TIMING.pattern}\r?\n")
MIN_CUES = 6
"""Captions that make a caption stream (a few lines under times could be a programme's running order)."""


def caption_lines(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Return where a caption stream's time-code lines (and cue identifiers) start and where its caption
    lines start.

    A subtitle file's captions are the lines under a timing ("00:00:03,200 --> 00:00:06,900") up to a
    blank line; a video page's transcript panel sets each caption on the one line between two bare time
    codes ("1:05"), with no blank line anywhere (a live blog's entries, under a bare time too, run on
    and are set apart by blank lines). Each caption stands alone, often unpunctuated ("we found active
    corrosion at 340 separate locations"), so it is read as a paragraph of its own: its span is cited
    exactly, with no time code in it. Both sets are empty unless `MIN_CUES` captions are found.
    """
    if _CUE_HINT.search(text, 0, 200_000) is None:
        return frozenset(), frozenset()
    rows: list[tuple[int, bool, bool]] = []  # per line with words: start, a timing?, a blank line above?
    last = 0
    for m in _LINE.finditer(text):
        if m.group(0).strip():
            rows.append((m.start(), _CUE_TIMING.fullmatch(m.group(0)) is not None,
                         text.count("\n", last, m.start()) > 1))
            last = m.end()
    captions: set[int] = set()
    idents: set[int] = set()  # a cue's identifier over its timing ("12", "8f0b2c1e-.../12-0")
    cue = ""  # the timing over the current line: "" (none), "bare" or "arrow"
    for i, (start, timing, gap) in enumerate(rows):
        if timing:
            cue = "arrow" if "-->" in text[start:start + 40] else "bare"
            above = text[rows[i - 1][0]:start].strip() if i else ""
            if cue == "arrow" and above and not (gap or rows[i - 1][1]) and (i == 1 or rows[i - 1][2]) \
                    and len(above) <= 60 and not any(c.isspace() for c in above):
                idents.add(rows[i - 1][0])
            continue
        if gap:
            cue = ""
        elif cue == "bare":
            if i + 1 < len(rows) and rows[i + 1][1] and not rows[i + 1][2]:
                captions.add(start)
            cue = ""
        elif cue == "arrow":
            captions.add(start)
    if len(captions) < MIN_CUES:
        return frozenset(), frozenset()
    return frozenset(start for start, timing, _ in rows if timing) | idents, frozenset(captions)


_LOGGED_HINT = re.compile(r"\n[ \t]*[\[(]?\d{1,2}:\d\d")
"""A line opening on a time: a cheap first test before `logged_rows`."""
_LOGGED_LINE = re.compile(rf"^(?:{LOGGED_TURN.pattern})[^\n\r]*", re.MULTILINE)
_RUNNING_ON = re.compile(r"\r?\n(?:[ \t]{8,}|\t)\S[^\n\r]*")
"""A logged turn's words going on, on a line indented to their column."""
MIN_LOGGED = 3
"""Rows that make a log (two could be a table's)."""


def logged_rows(text: str) -> dict[int, int]:
    """Return where each row of a log of radio or cockpit traffic starts (its time) and ends (its words
    going on below, on lines indented to their column; see `labels.LOGGED_TURN`).

    A log is an exchange: `MIN_LOGGED` rows or more, two voices or more that each speak twice, and words
    of five or more in half the rows (a programme's "09:30  Keynote  Main hall" rows are no log).
    """
    if _LOGGED_HINT.search(text, 0, 200_000) is None:
        return {}
    rows: dict[int, int] = {}
    voices: Counter[str] = Counter()
    wordy = 0
    for m in _LOGGED_LINE.finditer(text):
        end = m.end()
        while (more := _RUNNING_ON.match(text, end)) and \
                not LOGGED_TURN.match(text, text.find("\n", end) + 1):  # the next row, set in as far
            end = more.end()
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        rows[start] = start + len(text[start:end].rstrip())
        voices[m.group("name")] += 1
        wordy += len(text[m.end("name"):end].split()) >= 5
    if len(rows) < MIN_LOGGED or sum(n >= 2 for n in voices.values()) < 2 or wordy * 2 < len(rows):
        return {}
    return rows


_WHOLE = re.compile(r"[\s\S]+")


def _units(text: str, unit: re.Pattern[str], rows: dict[int, int]) -> Iterator[re.Match[str]]:
    """Return ``unit``'s matches over the text, each logged row (see `logged_rows`) one unit whole."""
    at = 0
    for start, end in rows.items():
        yield from unit.finditer(text, at, text.rfind("\n", 0, start) + 1)
        yield _WHOLE.match(text, start, end)  # type: ignore[misc]
        at = end
    yield from unit.finditer(text, at)


def _blocks(text: str, unit: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Return the blocks of a hard-wrapped text, each cut where a line starts a part of its own: a
    bullet's line, and a page's number or running footer that a slide or a page runs into without a
    blank line ("... H1 2024 (£248m)\nSkerrivore Renewables plc | Capital Markets Day 2025 | 6")."""
    for m in unit.finditer(text):
        start, end = m.span()
        if "\n" not in m.group(0):
            yield m
            continue
        cuts = [c.start() for c in _BLOCK_PART.finditer(text, start, end)]
        if _PAGE_NUMBER.fullmatch(text, start, text.find("\n", start)):
            cuts.insert(0, text.find("\n", start))  # "1\nDisclaimer\nThis presentation ..."
        if _PAGE_NUMBER.fullmatch(text, (last := text.rfind("\n", start, end)) + 1, end) and last not in cuts:
            cuts.append(last)
        if not cuts:
            yield m
            continue
        for cut in cuts:
            if cut > start:
                yield _WHOLE.match(text, start, cut)  # type: ignore[misc]
            start = cut + 1
        yield _WHOLE.match(text, start, end)  # type: ignore[misc]


_BLOCK_PART = re.compile(
    r"\n(?=[ \t]*[•▪●◦‣■►][ \t]|(?:Sources?|Notes?):|[^\n]* \| [^\n]* \| [^\n]*\d[ \t]*$)", re.MULTILINE)
"""A line of a block that starts a part of its own: a bullet's, a slide's or a table's "Source: ...", or a
running footer's with the page's number (see `_blocks`)."""
_PAGE_NUMBER = re.compile(r"[ \t]*\d{1,3}[ \t]*")


_STYLE_OPENS = re.compile(r"(?:<(?!v[ \t.])[a-z][^<>\n]*>|\{\\[^{}\n]*\}|[ \t])*")
"""Styling tags opening a caption line ("<i>", '<font color="#ffff00">', "{\\an8}"), not a voice ("<v Name>",
which names who speaks)."""
_STYLE_CLOSES = re.compile(r"(?:</[a-z][^<>\n]*>[ \t]*)+$")


def _untagged(text: str, start: int, end: int) -> tuple[int, int]:
    """Return a caption line's start and end past the styling tags around its words."""
    opens = _STYLE_OPENS.match(text, start, end)
    start = opens.end() if opens else start
    closes = _STYLE_CLOSES.search(text, start, end) if text[end - 1:end] == ">" else None
    return start, closes.start() if closes else end


_NEW_VOICE = re.compile(r"[ \t]*(?:>>|[-–—♪\[(]|<v[ \t.])")
"""A caption line that opens on a change of voice (">> MEC GQIRANA:", "- Yes."), a note ("[APPLAUSE]") or a
speaker in brackets ("(REPORTER) On a good day")."""


def _cue_runs_on(text: str, last: Span, line: Span, offices: dict[str, str]) -> bool:
    """True when caption ``line`` goes on with the words of ``last``, the line above it in the same cue.

    A subtitle file breaks a cue's words into lines by width alone ("Under the Commuter Rail Recovery" /
    "Programme, government is investing R4,7"): read apart, neither is a sentence worth quoting. A line
    under a speaker's label alone, a note, or a new voice stands apart.
    """
    if text[last.end:line.start].strip(" \t\r") != "\n" or _NEW_VOICE.match(line.text) or \
            is_speaker_turn(line.text) or line_label(line.text, offices):
        return False
    alone = last.text.endswith((":", "]", ")")) and (last.text.isupper() or last.text[:1] in "[(>")
    return not alone  # a label alone (">> MINISTER MABUZA-NGCOBO:") or a note alone ("[APPLAUSE]")


_CAPTION_VOICE = re.compile(r"[ \t]*([A-Z][^:.!?<>\n]{1,48}?)[ \t]*:[ \t]+(?=\S)")


def _caption_voices(text: str, captions: Collection[int]) -> dict[str, str]:
    """Return the names that open two captions or more ("Committee Room 2: Yes, thank you, Chair"), each to
    no post: a meeting app names every caption's voice, a room's or a device's as readily as a person's."""
    seen = Counter(m.group(1) for start in captions if (m := _CAPTION_VOICE.match(text, start)))
    return {voice: "" for voice, uses in seen.items() if uses > 1}


_NUMERAL = re.compile(r"(?<![\w.,])\d")
"""Where a number starts (not a digit inside "48,600" or "A4")."""


@lru_cache(maxsize=16)
def layout(text: str) -> Layout:
    """Return the source's body paragraphs, title lines and metadata dates, debris left out.

    A transcript whose lines are numbered in the margin is read line by line, each line past its
    number: a turn's words then stand apart from the numbers between them. A caption stream is read
    line by line too, each caption a paragraph and its time codes left out (see `caption_lines`).
    """
    numbered = _margin_numbered(text)
    timings, captions = caption_lines(text)
    rows = {} if numbered or captions else logged_rows(text)
    if numbered or captions:
        unit = _LINE
    else:
        unit = (_INDENTED_BLOCK if _indent_led(text) else _BLOCK) if _hard_wrapped(text) else _LINE_RUNNING_ON
    paras: list[Span] = []
    titles: list[Span] = []
    headings: list[Span] = []
    dates: list[tuple[str, str]] = []
    pending: Span | None = None
    voices = names_alone(text)  # a transcript's speakers named alone on a line above each turn
    voices.update(_caption_voices(text, captions))
    offices = {name: name for name in voices}
    listing = -1  # where the last line of a list of links to other pages ends ("Most Viewed" and under it)
    trail = ""  # the site's trail to the page, when it is the last line with words
    headline: Span | None = None
    blocks = unit is _BLOCK or unit is _INDENTED_BLOCK
    for m in _units(text, unit, rows) if rows else _blocks(text, unit) if blocks else unit.finditer(text):
        if listing >= 0:
            if text.count("\n", listing, m.start()) > 1 or len(m.group(0)) > 160:
                listing = -1  # a blank line (or a paragraph) ends the list
            else:
                listing = m.end()
                continue
        if paras and m.end() - m.start() <= 40 and _LINKS_LABEL.fullmatch(m.group(0).strip()):
            listing = m.end()  # "Most Viewed", "Related stories": headlines of other pages follow (above
            continue           # the body such a word is an item of the site's menu)
        if m.start() in timings:
            continue
        margin = _MARGIN_NUMBER.match(text, m.start(), m.end()) if numbered else None
        line = classify_line(text, margin.end() if margin else m.start(), m.end())
        if m.start() in captions:  # a caption: words said, however short or unfinished, without the
            start, end = _untagged(text, line.start, line.end)  # styling tags
            line = replace(line, kind="body", start=start, end=end)
        elif m.start() in rows:  # a logged turn, its time and voice with it (see `logged_rows`)
            line = replace(line, kind="body", start=m.start(), end=m.end())
        if margin and line.kind == "title" and not text[line.start:line.end].isupper():
            line = replace(line, kind="body")  # a numbered line of speech, running on
        if line.date and line.date_kind:
            dates.append((line.date_kind, line.date))
        elif line.kind != "body" and (found := find_full_date(text, line.start, max(line.start, line.end))) \
                and not _PHOTO_CREDIT.search(text, m.start(), m.end()):  # a caption dates the photo
            date = iso_date(found.group(0))  # "Xinhua | Updated: 2023-11-30 08:04"
            if date:
                dates.append(("header", date))
        elif line.kind != "body" and len(paras) < 3 and (day := month_day(m.group(0))):  # in the
            # page's head, where it dates the page
            dates.append(("month-day", day))
        elif ("©" in (raw := m.group(0)) or "opyright" in raw) and len(raw) < 200 and \
                (year := copyright_year(raw)):
            dates.append(("copyright", year))  # a footer, though it ends in a stop
        if line.start >= line.end:
            continue
        span = Span(line.start, line.end, text[line.start:line.end])
        kind = line.kind
        if trail and kind in ("label", "title") and not paras and " " in span.text and \
                not trail.endswith(span.text) and (span.text.count(" ") > 1 or span.text.istitle()):
            headline = headline or span  # the line under the trail, "Governor Ueda's Press Conference",
            # "The Grind": the page's own headline (not a switch of language, "中文", the trail's last
            # step again, or a two-word label in lower case, "Subscribers only")
            if not titles:
                kind = "title"
        trailing = kind in ("debris", "label") and not paras and BREADCRUMB.fullmatch(span.text) is not None
        trail = span.text if trailing else ""
        if kind == "title" and (_REPORTED.search(span.text) or (paras and _prose(span.text))):
            kind = "body"
        elif kind != "body" and _FACT_ROW.fullmatch(span.text) and _in_fact_box(text, m.start(), m.end()):
            kind = "body"  # "Flood alerts: 84 in England", among lines like it: a fact, not a heading
        elif (kind != "body" or span.text.endswith(")")) and line_label(span.text, offices):
            kind = "body"  # a transcript's speaker line ("Priya Raman -- Chief Executive Officer")
        elif kind in ("title", "label") and paras and is_speaker_turn(span.text):
            kind = "body"  # a turn cut off ("BRENNAN: Let me just --"): no heading, though unfinished
        if kind == "body":
            if pending is not None:
                headings.append(pending)
            pending = None
            if m.start() in captions and paras and _cue_runs_on(text, paras[-1], span, offices):
                paras[-1] = Span(paras[-1].start, span.end, text[paras[-1].start:span.end])
            else:
                paras.append(span)
            continue
        runs_on = bool(paras) and not _UNFINISHED.isdisjoint(span.text.rsplit(None, 1)[-1:])  # "Presented
        # to the National Assembly by", under a cover's first lines: the next line ends it; it heads nothing
        short = (kind == "label" or (kind == "title" and len(span.text.split()) <= 6)) and not runs_on
        if pending is not None and kind == "title" and is_document_part(pending.text):
            pending = span  # "Opening Statement", then its topic: the topic heads what follows
        else:
            pending = span if short and paras and pending is None else None
        if kind == "title" and pending is None and not runs_on:
            titles.append(span)
    return Layout(tuple(paras), tuple(titles), tuple(headings), tuple(dates), headline, tuple(voices.items()),
                  captioned=bool(captions))


_UNFINISHED = frozenset("by of the a an and or with from".split())
"""Words no heading ends on: the line runs on to the next ("Presented to the National Assembly by" over
the speaker's name)."""
_LINKS_LABEL = re.compile(
    r"(?:most (?:viewed|read|popular|shared|watched|commented)(?: (?:stories|articles|now|today))?"
    r"|(?:trending|popular)(?: (?:now|stories|articles|today))?"
    r"|related(?: (?:stories|articles|topics|content|coverage|news|reading|links))?"
    r"|recommended(?: (?:for you|stories|reading))?|more (?:stories|news|to read)"
    r"|read next|up next|you (?:may|might) also like|editor'?s picks|top stories|latest (?:news|stories)"
    r"|don'?t miss|further reading|see also)\s*:?", re.IGNORECASE)
"""A label over a list of other pages' headlines, which run to the next blank line: never the source's."""
_FACT_ROW = re.compile(r"(?:[A-Z][^:\n]{2,60}:|[A-Z][^\W\d][^:\n—–\d]{1,59}?[ \t]+[—–-])[ \t]+"
                       r"(?![^\n]*(?:\d[/.-]\d\d?[/.-]\d|\d:\d\d|\d[ \t]+(?:January|February|March|April|May|"
                       r"June|July|August|September|October|November|December)\b))"
                       r"(?:[^\W\d]+\.? ){0,2}[$€£¥₹₱]?\d[^\n]*")
"""A fact box's line: a short label, a colon (or a dash after a label without digits, "Nadu paddy —"),
then a value that opens on a number ("more than 60", "Rs. 120.00 per kg"), not a date or a time
("Published on: 16/06/2024 - 19:54" is the page's stamp; "Interview with ..., ABC AM – 19 February
2026" a link to another page)."""


def _in_fact_box(text: str, start: int, end: int) -> bool:
    """True when the line before or after ``text[start:end]`` is a fact box's line too."""
    before = text.rfind("\n", 0, max(0, start - 1))
    after = text.find("\n", end + 1)
    lines = (text[before + 1:start].strip(), text[end:after if after >= 0 else len(text)].strip())
    return any(_FACT_ROW.fullmatch(line) for line in lines)


_PHOTO_CREDIT = re.compile(r"\b(?:photo|image|picture)(?:\s+credit)?\s*:", re.IGNORECASE)
_SAID = r"\b(?:said|says|told|added|asked)\b"
_REPORTED = re.compile(rf"[“”\"].*{_SAID}|{_SAID}.*[“”\"]")
"""A quote and its attribution: a line that reports speech is body text even without a full stop."""


def _prose(text: str) -> bool:
    """True for a long, mostly lower-case line: body text that lost its full stop, not a heading."""
    words = text.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) > 15 and capitals < 0.5 * len(words)


def paragraphs(text: str) -> list[Span]:
    """Return the body paragraphs of a source as trimmed spans, page debris left out."""
    return list(layout(text).paragraphs)


_ABBREV = frozenset(
    "mr mrs ms dr prof st gen gov sen rep col lt capt sgt rev hon pres vs etc inc co corp ltd jr sr "
    "brig maj adm cmdr cpl pvt supt insp det msgr eng engr amb "
    "dept univ approx est fig e.g i.e a.m p.m u.s u.k u.n e.u".split()
)
_BEFORE_NUMBER = frozenset("no nos vol art p pp rs jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MAY_END = frozenset("etc inc co corp ltd jr sr u.s u.k u.n e.u a.m p.m".split())
_STARTERS = frozenset(
    "the a an he she it we they i this that these those in on at but and so there his her its their "
    "our however meanwhile according after before while when".split()
)
_END = re.compile(r"(?=[.!?…。！？])(?:(?:[.!?…]+|[。！？]+)[\"'”’)\]]*(?=\s|$)|[。！？]+)")
"""Sentence-ending punctuation; the lookahead lets the engine skip to candidates (3x faster)."""
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_MARKER_ONLY = re.compile(r"\s*\(?(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})[.)]\s*")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?$")
_NEXT = re.compile(r"\s*(\S)(\S*)")
_LAST_TOKEN = re.compile(r"\S*$")


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """Decide whether the punctuation at ``m`` ends a sentence."""
    nxt = _NEXT.match(text, m.end())
    if not nxt:
        return True
    first = nxt.group(1)
    if first.islower() or first in ",;:":
        return False  # "Is responsible for. of China's ..." or "U.S. officials"
    if not m.group(0).startswith("."):
        return True
    found = _LAST_TOKEN.search(text, max(0, m.start() - 40), m.start())
    token = found.group(0) if found else ""
    key = token.lower().lstrip("(\"“'‘")
    if first.isdigit() and key in _BEFORE_NUMBER:
        return False  # "No. 1", "Jan. 5"
    if key in _MAY_END:
        return (first + nxt.group(2)).lower().strip("\"“'‘") in _STARTERS
    if key in _ABBREV or _INITIALS.fullmatch(token) or (len(token) == 1 and token.isupper()):
        return False  # "Mr. Gu", "J. Smith"
    return True


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def sentences(para: Span) -> list[Span]:
    """Split a paragraph into sentences; keep abbreviations, decimals and quotes whole.

    A one-word fragment that is not a list marker (the machine-translation "Is.")
    is left out, so it cannot stand as a point of its own.
    """
    text = para.text
    pieces: list[tuple[int, int]] = []
    begin = 0
    for m in _END.finditer(text):
        if m.end() <= begin or not _is_boundary(text, m) or (
                m.end() - begin < 8 and _MARKER_ONLY.fullmatch(text, begin, m.end())):
            continue
        pieces.append((begin, m.end()))
        begin = m.end()
    if begin < len(text):
        pieces.append((begin, len(text)))
    out: list[Span] = []
    for a, b in pieces:
        raw = text[a:b]
        chunk = raw.strip()
        if not chunk:
            continue
        a += len(raw) - len(raw.lstrip())
        b = a + len(chunk)
        fragment = len(chunk) < 24 and _words(chunk) <= 1 and len(pieces) > 1
        if fragment and not is_list_item(chunk) and not chunk.endswith(":"):
            continue
        out.append(Span(para.start + a, para.start + b, chunk))
    return out
