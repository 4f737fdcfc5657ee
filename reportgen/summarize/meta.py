"""What a source is (news, transcript, other), its title and date, and the briefing's title and date."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from itertools import islice

from reportgen.summarize.debris import (
    BREADCRUMB,
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    find_full_date,
    has_leader_dots,
    is_byline,
    is_furniture,
    is_furniture_label,
    is_list_item,
    is_menu,
    is_spaced_menu,
    is_widget_strip,
    iso_date,
)
from reportgen.summarize.labels import is_speaker_turn
from reportgen.summarize.people import NAME_JOINERS, ORG_WORDS
from reportgen.summarize.terms import STOPWORDS
from reportgen.summarize.text import Layout, Span, normalize
from reportgen.summarize.transcript import is_transcript

_REPORTING = re.compile(r"\b(?:said|says|told|reported|according to|announced)\b")
_WRITTEN_RECORD = re.compile(r"^[ \t]*(?:Written (?:Answers?|Questions?)|Questions? (?:on|upon) Notice|"
                             r"Questions in Writing)\b[^\n]{0,40}$", re.MULTILINE | re.IGNORECASE)
"""A parliament's record of questions put and answered in writing, as its page heads it ("Written Answers
Nos. 388-407", "Questions on Notice")."""
_RELEASE = re.compile(
    r"^[ \t]*(?:press|news|media) release(?:[ \t]*[-–—:|]?[ \t]*(?:no\.[ \t]*)?\d[\w ./-]{0,20})?[ \t]*$"
    r"|[>»›][ \t]*(?:press|news|media) releases?[ \t]*$"
    r"|/\s*PRNewswire\s*/|\(BUSINESS WIRE\)"
    r"|/\s*Globe ?Newswire\s*/"
    r"|^[ \t]*(?-i:[A-Z]{2,6}(?:/[A-Z]{2,6})*/\d{3,5}(?:-[A-Z]{2,6}(?:/[A-Z]{2,6})*/\d{3,5})?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
"""What marks a page as a press release: a "Press release" line above it (perhaps with its date or number:
"NEWS RELEASE 11-MAR-2026"), or the last step of the site's trail to it ("News  >  Health  >  Press
releases"), a wire's release tag, a UN release's symbol alone on its line ("SC/16327")."""
_ATTRIBUTION = re.compile(
    r"[sta](?<!\w[sta])(?:(?<=s)(?:aid|ays)|(?<=t)old|(?<=a)(?:ccording to|dd(?:ed|ing)))\b")
"""said, says, told, according to, added, adding (opening on a letter class, as _FIRST_PERSON does)."""
_STORY_ATTRIBUTIONS = 5
"""A story tells who said what: in its opening 3,000 to 4,000 characters every story we have read (30 of
them, of every shape) attributes six times or more; the statements, releases and reports of
institutions four times or fewer."""
_KIND_WINDOW = 4000
"""Characters of body text read for the voice (first person or reported): the opening tells."""
_FIRST_PERSON = re.compile(r"[WwOoI](?<!\w[WwOoI])(?:(?<=[Ww])[Ee]|(?<=[Oo])[Uu][Rr]|(?<=I))\b")
"""The words "we", "our" and "I", in any case; opening on a letter class lets the engine skip ahead (3x faster
than a leading ``\b``)."""
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WIRE_TAG = re.compile(r"^\((?:LEAD|URGENT|UPDATE|\d+(?:st|nd|rd|th) LD|LD)[^)]{0,20}\)\s*")
"""A wire's version tag before a headline: "(LEAD)", "(2nd LD)", "(URGENT)"."""
_WIRE_DATELINE = re.compile(
    rf"(?:[A-Z][A-Z .'-]+,(?:\s+[A-Z][\w.]*,?)?\s+(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})"
    r"\s*(?:\(|--|—|–|-\s)"
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}},\s+(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})"
    r"\s*\([A-Z]{2,}\))")
"""A wire dateline: "BRASILIA, Nov. 20 (Xinhua) --", "COLUMBUS, Ohio, Jan. 21 (Reuters) -", and as Spanish
agencies write it, "Buenos Aires, Nov 12 (EFE).-"."""
_EVENT = re.compile(
    r"\b(?:held|hosted|convened|opened|took place|met|visited|attended|signed|launched|began|started"
    r"|will hold|will be held|spoke to|talked to|interviewed)\b[^.!?]{0,100}?"
    r"\b(?:(?:on|in)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)(?:"  # "held Monday, March 3, 2025"
    rf"(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\b(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\b\.?(?:,?\s+(?P<year2>\d{{4}}))?)"
)
_NAMED = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'-]*)+")
_LEADING = frozenset("the a an in at on as during according after before under while when with".split())


_MINUTES = re.compile(r"(?=[pankrmc])(?:^(?:present|absent|ayes|nays|noes|roll call)\s*:"
                      r"|\bmotion (?:carried|passed|failed)\b|\bcalled (?:the meeting )?to order\b"
                      r"|\bmeeting (?:was )?adjourned\b)",
                      re.IGNORECASE | re.MULTILINE)
"""The marks of a meeting's minutes: who was present, how a motion went, when it was called to order.
(The lookahead lets the search skip, at one test each, the many letters no mark begins with.)"""


def source_kind(paras: Sequence[Span], head: str = "", voices: Mapping[str, str] | None = None,
                captioned: bool = False) -> str:
    """Return "transcript", "news" or "other" (statements, lists) from the shape of the paragraphs.

    ``head`` is the text above the first paragraph: a "Press release" or "/PRNewswire/" line there
    says what the page is, whatever its voice. ``voices``: see `transcript.is_transcript`. A text
    ``captioned`` (see `text.caption_lines`) is speech written down, labelled or not.
    """
    if captioned:
        return "transcript"
    if _WRITTEN_RECORD.search(head):
        return "other"  # a parliament's written answers: the minister's answers under labels, never spoken
    if "free encyclopedia" in head and _ENCYCLOPEDIA.search(head):
        return "other"  # a wiki's article: no report of the day, whatever it quotes
    if is_transcript(paras, voices):
        return "transcript"
    if not paras or _RELEASE.search(head) or _RELEASE.search(paras[0].text[:200]):
        return "other"
    if len({m.group(0).lower()[:5] for m in _MINUTES.finditer("\n".join(p.text for p in paras[:60]))}) >= 2:
        return "other"  # a meeting's minutes ("Present: ...", "Motion carried 5-2."): a record, not a story
    items = sum(1 for p in paras if is_list_item(p.text))
    if items >= max(2, 0.3 * len(paras)):
        return "other"
    body = " ".join(p.text for p in paras[:40])[:_KIND_WINDOW]
    if len(body) >= _KIND_WINDOW * 3 // 4 and not _bylined(head) and \
            sum(1 for _ in islice(_ATTRIBUTION.finditer(body), _STORY_ATTRIBUTIONS)) < _STORY_ATTRIBUTIONS:
        return "other"  # an institution's own page ("The Committee voted ...", "WHO assesses ...")
    first_person = len(_FIRST_PERSON.findall(body))
    if first_person < 3:
        return "news"  # the common case, settled in one pass
    needed = (first_person + 2) // 3  # this many reporting verbs make it a story
    if sum(1 for _ in islice(_REPORTING.finditer(body), needed)) < needed:
        return "other"  # a speech or statement speaks for itself; a story reports what others said
    return "news"


_CORRESPONDENT = re.compile(r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+ (?:at|in) (?:[A-Z][\w'’.-]* ?){1,3}")
"""A reporter's line naming where the story was filed from ("Rhys Pemberton at Headingley")."""


def _bylined(head: str) -> bool:
    """True when a line above the body is a byline: somebody wrote the page up as a story."""
    return any(is_byline(norm := " ".join(line.split())) or _CORRESPONDENT.fullmatch(norm)
               for line in head.split("\n"))


def _shouted(line: str) -> bool:
    """True for a long line in capitals: a notice ("TO ORDER A VIDEO OF THIS TRANSCRIPT"), not a title."""
    if line.count(" ") < 8:
        return False
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.8 * len(letters)


_EMAIL_FROM = re.compile(r"\s*From:[ \t]*\S")
_SUBJECT = re.compile(r"^Subject:[ \t]*(?:(?:RE|FW|FWD|AW|WG|TR)[ \t]*:[ \t]*)*(\S[^\n]*?)"
                      r"(?:[ \t]*\[[^\]\n]*\])?[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
"""An email's subject line, past its "RE:" and "FW:" prefixes and a marking in brackets at its end
("Subject: RE: Damp & mould programme - Q3 position for Board [OFFICIAL-SENSITIVE]")."""


def _email_subject(text: str) -> str | None:
    """Return the subject of a text that opens as an exported email does (a "From:" line first), or
    None: its title, where its first line names only the sender."""
    if not _EMAIL_FROM.match(text):
        return None
    found = _SUBJECT.search(text, 0, 2_000)
    return found.group(1) if found else None


_ENCYCLOPEDIA = re.compile(r"^[ \t]*From [A-Z][\w ]{2,40}, the free encyclopedia[ \t]*$", re.MULTILINE)
_WIKI_TABS = frozenset("article talk read edit view history source tools languages language add".split())
"""The words of a wiki's tabs between its page title and "From Wikipedia, the free encyclopedia"
("Article  Talk  Read  Edit  View history  Tools", "6 languages")."""


def _encyclopedia_title(text: str) -> str | None:
    """Return the title of a wiki page copied whole: the line over its tabs, over "From Wikipedia, the
    free encyclopedia". The page's first title-like lines are its menu, and under the tagline come a
    maintenance banner and the infobox's caption."""
    if "free encyclopedia" not in text[:3_000] or not (tagline := _ENCYCLOPEDIA.search(text, 0, 3_000)):
        return None
    for line in reversed(text[:tagline.start()].split("\n")[-12:]):
        words = line.lower().split()
        if words and not all(w in _WIKI_TABS or w.isdigit() for w in words):
            return normalize(line)
    return None


_TITLE_FIELD = re.compile(r"^[ \t]*(?:TITLE|Title|HEADLINE|Headline)[ \t]*:[ \t]*(\S[^\n]{5,200}?)[ \t]*\r?$",
                          re.MULTILINE)
"""A record's field for its title, as a monitoring service or a wire's export heads a transcript or a
story ("TITLE: "How are you coping with your heating bills?" – KVR Lunchtime Phone-In")."""


def _title_field(text: str) -> str | None:
    """Return the title a record's header gives in a field of its own, or None."""
    head = text[:3_000]
    if "itle" not in head and "ITLE" not in head and "eadline" not in head and "EADLINE" not in head:
        return None  # the common case, settled without the pattern
    found = _TITLE_FIELD.search(text, 0, 3_000)
    return found.group(1) if found else None


def source_title(layout: Layout, text: str = "") -> str | None:
    """Return the source's headline: its first title-like line (an email's subject, a record's title
    field), or None.

    When no title-like line stands above the body, a first paragraph that reads as a headline is
    one the page's layout did not set apart (a transcript's programme line, a headline quoting
    someone: "Ashworth: ‘That’s what this club is about’"). With the source's ``text``, a short
    line over a site's menu ("Meetings Coverage and Press Releases" over "Home",
    "Secretary-General", "General Assembly", ...) or over its trail to the page is the site's
    banner, passed over when a later line can be the headline.
    """
    stated = _email_subject(text) or _title_field(text) or _encyclopedia_title(text)
    if stated:
        return stated
    trailed = _trail_headline(text) or _under_trail(layout)
    if trailed:
        return trailed
    titles = list(_title_lines(layout))
    paras = layout.paragraphs
    lead = 0
    while lead < min(2, len(paras) - 1) and is_widget_strip(paras[lead].text):
        lead += 1  # "Search    Log in    Register (free)", a consent notice: the page's, over its headline
    body = paras[lead + 1] if len(paras) > lead + 1 and len(paras[lead].text.split()) <= 4 and \
        ":" not in paras[lead].text and not paras[lead].text.upper().startswith("SOURCE") else \
        paras[lead] if paras else None
    # (a first "paragraph" of a few words, "Inc.", "Stop UK hunger. Together.", is the site's name or its
    # slogan over the page; "Call participants:" opens the body, "SOURCE Halvorsen Industrial, Inc." is a
    # wire release's last line)
    if body is not None and all(end > body.end for _, _, end in titles) and not _running_header(body.text) \
            and not (titles and titles[0][1] - body.end < 200 and
                     _banner(normalize(body.text), body.end, titles[:1])):
        # (a company's name in capitals over the title line: "YARRABEE RESOURCES LIMITED (ASX: YRR)")
        if _headline_like(body.text):
            return first_headline(normalize(body.text))
        above = _line_above(text, body.start) if text and len(body.text.split()) >= 15 else ""
        if above:  # "The Long Drive" over its standfirst: a headline too short to stand out as one
            return above
        if text and len(body.text.split()) <= 14 and _byline_soon(text, body.end):
            return first_headline(normalize(body.text))  # the byline's story: "‘Build more’ is not a housing
            # plan. Here’s what would actually lower rents." / standfirst / "By Dana Whitfield"
    first: str | None = None
    for n, (title, start, end) in enumerate(titles):
        if _dated_metadata(title):  # "Volume 781: debated on Tuesday 3 February 2026" under its headline
            above = _line_above(text, start) if text else ""
            if above:
                return above
            first = first or title  # "Statement on flight KA-2317, 14 November 2026": the headline, if
            continue                # no other line is
        if not (text and title.count(" ") < 12 and _over_a_menu(text, end)) and \
                not _banner(title, end, titles[n + 1:n + 2]):
            return title
        first = first or title
    return first


def _under_trail(layout: Layout) -> str | None:
    """Return the title line right under the site's trail to the page ("Home » Media Centre » Outbreak
    Updates" over "CHOLERA OUTBREAK DAILY UPDATE No. 47 – 19 NOVEMBER 2026"), where a page sets its
    headline, though in capitals; a kicker in capitals over it gives way ("SITUATION UPDATE No. 4")."""
    spans = layout.titles
    for n, span in enumerate(spans[:-1]):
        if ">" in span.text or "»" in span.text or "›" in span.text or "/" in span.text:
            if BREADCRUMB.fullmatch(span.text.strip()):
                first = next((p for p in layout.paragraphs if p.start > span.end), None)
                line = normalize(first.text) if first is not None else ""
                if first is not None and first.start < spans[n + 1].start and \
                        _headline_like(line, labelled=True) and _own_headline(line.split(": ", 1)[-1]):
                    return line  # the headline the layout read as a
                    # paragraph ("VOICES OF THE YARDS: Thomas Reay, welder, ..." over a catalogue's fields:
                    # right under the trail, a series' name in capitals is no speaker's label)
                under = [(normalize(s.text), s.start, s.end) for s in spans[n + 1:n + 3]]
                if len(under) > 1 and _banner(under[0][0], under[0][2], under[1:]):
                    under = under[1:]
                return _own_headline(under[0][0])
            break  # a page has one trail: the first line that has a trail's marks and is none ends it
    headline = layout.headline
    if headline is not None and _KIND_KICKER.fullmatch(normalize(headline.text)):
        # "Press Release", "SITUATION UPDATE No. 4": what the page is; its headline is the next title
        headline = next((s for s in layout.titles if headline.end < s.start < headline.end + 300), None)
    return _own_headline(normalize(headline.text)) if headline else None


_KIND_KICKER = re.compile(
    r"(?:(?:press|news|media) release|(?:joint )?statement|situation (?:update|report)|update|transcript|"
    r"readout|speech|fact ?sheet|notice|news)(?:\s+(?:no\.?|number|#)\s*[\w/.-]+)?", re.IGNORECASE)
"""A line under a site's trail that says what kind of page it is, numbered or not, not what it says."""


def _own_headline(line: str) -> str | None:
    """Return ``line`` unless it is the page's metadata or frame, not a headline."""
    if _dated_metadata(line) or (_page_frame(line) and not _shouted(line)) or "|" in line:
        return None
    return line


def _banner(title: str, end: int, following: Sequence[tuple[str, int, int]]) -> bool:
    """True for a site's name over the page (the title line ending at ``end``) when the next title line
    is the headline: in capitals ("U.S. DEPARTMENT OF THE TREASURY") when the next line is in ordinary
    case (a headline in capitals wrapped over two lines goes on in capitals), or a body's name
    ("Ministry of Foreign Affairs of Japan", "U.S. Food and Drug Administration") close over a line in
    ordinary case."""
    if not following:
        return False
    if title.isupper():
        return title.count(" ") < 6 and not following[0][0].isupper()
    headline = following[0][0]
    return _body_name(title) and following[0][1] - end < 300 and not _body_name(headline) and \
        _headline_like(headline) and any(w.islower() and w not in _SMALL for w in headline.split()[1:])


_SMALL = NAME_JOINERS | {"on"}
"""The words a body's name leaves in lower case ("Council of the European Union", "Committee on ...")."""


def _body_name(line: str) -> bool:
    """True for a line that only names a body: every word capitalised but its small words, and a body's
    word heads it ("Ministry of ...", "... Refugee Agency", "... NHS Foundation Trust")."""
    words = line.replace(",", " ").split()
    if not 2 <= len(words) <= 10 or any(c.isdigit() or c == ":" for c in line) or any(
            w[0].islower() and w not in _SMALL or not w[0].isalnum() and w != "&"
            for w in words):
        return False
    heads = [w.lower() for w in words]
    return heads[-1] in ORG_WORDS or any(
        w in ORG_WORDS and nxt == "of" for w, nxt in zip(heads, heads[1:], strict=False))


def _dated_metadata(line: str) -> bool:
    """True for a line that is a date and a few words about it ("Volume 781: debated on Tuesday 3
    February 2026", "Published 3 February 2026"): a record's metadata, not its headline."""
    date = find_full_date(line)
    if date is None:
        return False
    rest = (w.strip(".,:;") for w in (line[:date.start()] + " " + line[date.end():]).split())
    return sum(1 for w in rest if w.isalpha() and w.lower() not in WEEKDAYS) <= 3


def _line_above(text: str, start: int) -> str:
    """Return the line just above ``start`` (blank lines passed over) when it reads as a headline, else ""."""
    line = text[:start].rstrip().rsplit("\n", 1)[-1].strip()
    if not _headline_like(line) or _page_frame(line) or find_full_date(line) or has_leader_dots(line):
        return ""  # not a contents entry: "Box 1: Drought and Domestic Food Prices ........ 12"
    return normalize(line)


_SECTIONS = frozenset("releases statements speeches publications announcements briefings updates reports "
                      "stories articles features news notices remarks".split())
"""What a site's section is called ("Press Releases"): a trail's last step so named is the section, not the
page ("Home > Press > Press Releases" over "Press Releases" over the release's own headline)."""


def _trail_headline(text: str) -> str | None:
    """Return the headline named by a site's trail to the page and repeated on the next line, in the page's
    first 3,000 characters: "Home/Emergencies/Disease Outbreak News/Cholera – Multi-country (East and
    Southern Africa)" over "Cholera – Multi-country (East and Southern Africa)"; or repeated, whole or
    as a line's end, a few lines under it, unless a line of its own that can be a headline comes first.

    A line-by-line comparison, not a pattern: five times cheaper over a thousand sources.
    """
    trail = ""
    step, lines_after = "", 0  # the last step of the last trail seen, and the lines read since
    for line in text[:3000].split("\n"):
        page = line.strip()
        if not page:
            continue
        if len(page) >= 12 and len(trail) > len(page) and trail.endswith(page) and " " in page and \
                page.rsplit(None, 1)[-1].lower() not in _SECTIONS and \
                trail[:-len(page)].rstrip()[-1:] in ("/", ">", "›", "»"):
            return normalize(page)
        if step and lines_after < _TRAIL_REACH and len(page) < 150 and page.endswith(step) and \
                ":" not in page:
            return normalize(page)  # "Investors › Regulatory news › Third Quarter 2025 Operational Update"
            # over the date and the company's name, then "Third Quarter 2025 Operational Update"; "... ›
            # Letter to Shareholders", then "2025 Letter to Shareholders" (not "Region: North Europe")
        if step and page.count(" ") >= 4 and page[:1].isalpha() and "|" not in page and \
                page[-1] not in ".!?)]":
            step = ""  # a headline of its own under the trail ("Bank Rate reduced to 3.75% - September
            # 2025"), over its trail's last step as a subtitle: the layout reads that one
        lines_after += 1
        if page[-1:].isalnum() and ("›" in page or "»" in page or " > " in page or " / " in page) and \
                BREADCRUMB.fullmatch(page):
            last = re.split(r"\s[/>›»]\s", page)[-1].strip()
            if len(last) >= 12 and last.count(" ") >= 2 and last.rsplit(None, 1)[-1].lower() not in _SECTIONS:
                step, lines_after = last, 0
        trail = page
    return None


_TRAIL_REACH = 6
"""How many lines under a site's trail its last step may stand again as the page's headline."""


_HEADLINE_END = re.compile(r"[.!:;,—–-]\W*$|^\W")
"""A paragraph that ends a statement, breaks off ("that is a question about --") or opens on punctuation
("[Senate Hearing 119-87]") is no headline."""


def _byline_soon(text: str, end: int) -> bool:
    """True when a byline stands within the four lines after ``end``: what is above it is the headline."""
    return any(is_byline(" ".join(line.split())) for line in text[end:end + 600].split("\n")[1:6])


def _headline_like(text: str, *, labelled: bool = False) -> bool:
    """True when the first body paragraph reads as a headline the page layout did not mark as one: three
    to thirty words, not closed as a sentence ("Joint pain: ‘I’ve been in agony every day for two years’",
    "Senate Passes $38 Billion Wildfire Aid Package; Idaho Town Still Waiting To Rebuild; ..."), and
    (unless ``labelled``) not opening on what may be a speaker's label."""
    return 3 <= len(text.split()) <= 30 and "\n" not in text.strip() and not _HEADLINE_END.search(text) \
        and (labelled or not is_speaker_turn(text))


def first_headline(line: str) -> str:
    """Return the first of a programme's headlines run together with semicolons, or the line."""
    head = line.split("; ", 1)[0]
    return head if head != line and len(line.split()) > 15 and len(head.split()) >= 3 else line


_MENU_WORD = r"[A-Z&][^\W\d]*(?:[-'’][^\W\d]+)*"
_MENU_ITEM = re.compile(rf"[ \t]*(?!By ){_MENU_WORD}(?:[ \t]+(?:{_MENU_WORD}|and|of|the|for)){{0,3}}[ \t]*\n")
"""A line of a site's menu: one to four capitalised words, no digit ("Economic and Social Council")."""


def _over_a_menu(text: str, end: int) -> bool:
    """True when a site's trail ("Home > Press Briefings > Noon Briefings") or four menu lines or more
    follow the line ending at ``end``."""
    at = text.find("\n", end)
    if at < 0:
        return False
    stop = text.find("\n", at + 1)
    following = text[at + 1:stop if stop >= 0 else len(text)].strip()
    if not following:  # "IMDF - Irish Motor Distributors Federation", a blank line, then its menu
        following = text[at:at + 400].lstrip().split("\n", 1)[0].strip()
        while text.startswith("\n", at + 1):
            at += 1  # the menu's items are counted from its first line
    if following.startswith("Share ") and is_widget_strip(following):
        return False  # "Share on X   Share on Facebook   ...": the story's buttons, under its headline
    if following and (BREADCRUMB.fullmatch(following) or is_menu(following)):
        return True  # "Home > Committees > ...", "Home  |  About IMDF  |  Members  |  Statistics"
    items = 0
    while at >= 0 and items < 4:
        m = _MENU_ITEM.match(text, at + 1)
        if m is None:
            break
        items += 1
        at = m.end() - 1
    return items >= 4


def _running_header(line: str) -> bool:
    """True for a page's running header: a full date, then the document's name ("January 28, 2026
    Chair Whitaker's Press Conference FINAL"), or a record's date line ("Wednesday, December 11,
    2024/Agrahayana 20, 1946 (Saka)"). A headline does not open on its date."""
    date = find_full_date(line, 0, 40)
    if date is None or not any(c.isalpha() for c in line[date.end():]):
        return False
    return date.start() == 0 or _WEEKDAY.fullmatch(line[:date.start()]) is not None


_WEEKDAY = re.compile(WEEKDAY, re.IGNORECASE)
_CREDIT = re.compile(r"(?:(?:delivered|presented|prepared|issued|written|compiled) )?by[ \t]", re.IGNORECASE)
"""A credit line's opening: "By Dana Whitfield", "Delivered by Dr Chanda M. Mwansa, Governor"."""
_MORE_PLACES = re.compile(r"[A-Z][^\n+]{1,40} \+ \d{1,2} more")
"""A humanitarian site's tag of the countries a report covers: "Mozambique + 1 more"."""


def _page_frame(line: str) -> bool:
    """True for a line of the page's frame that may look like a headline but is none: a turn cut off
    ("ALICIA MOORE, STRATEGIST: But Hal, --"), a notice in capitals, a trail ("News / First Team /
    Press Conferences"), furniture ("Source: Ministries of Health; ..."), a byline or a credit, a running
    header, a line with a link ("To search the parliamentary database, go to: http://...")."""
    return is_speaker_turn(line) or _shouted(line) or BREADCRUMB.fullmatch(line.strip()) is not None or \
        is_furniture_label(line) or _CREDIT.match(line) is not None or _running_header(line) or \
        is_spaced_menu(line) or _ROW_GAP.search(line.strip()) is not None or is_widget_strip(line) or \
        is_furniture(" ".join(line.split())) or "http://" in line or "https://" in line or \
        _MORE_PLACES.fullmatch(line.strip()) is not None


_ROW_GAP = re.compile(r"[^\s:][ \t\u00a0]{3,}\S")
"""A wide gap inside a line: a table's or a fact box's row ("Max. rainfall       38 mm in 25 minutes"), or a
page header's parts set apart; a headline's words run on. (A field's name and its value, "To:
Harcourt Vane Capital Markets Limited", may still name the document.)"""


def _title_lines(layout: Layout) -> Iterator[tuple[str, int, int]]:
    """Yield the lines that may be the source's headline, cleaned, with where each starts and ends."""
    for span in layout.titles:
        if _page_frame(span.text):
            continue
        title = normalize(span.text).lstrip("#").strip()
        if "|" in title:  # "U.S.|As Rents Soar, ...": a section label glued to the headline
            title = max(title.split("|"), key=len).strip()
        title = _WIRE_TAG.sub("", title)
        if title:
            yield title, span.start, span.end


_NUMBERED = re.compile(r"\d{1,3}\.[ \t]")
"""A numbered paragraph: a document's body (a decision's reasons, a report's findings), never a news lead."""


def _event_date(paras: Sequence[Span], year: int | None, published: str | None) -> str | None:
    for para in paras[:4]:
        m = _EVENT.search(para.text) if not _NUMBERED.match(para.text) else None
        if not m:
            continue  # (a decision's numbered reasons: "1. The match took place in Lisbon on 2 November")
        said_year = m.group("year") or m.group("year2")
        month = MONTHS.get((m.group("month") or m.group("month2")).rstrip(".").lower())
        day = int(m.group("day") or m.group("day2"))
        y = int(said_year) if said_year else year
        if month is None or y is None:
            continue
        found = iso_date(f"{y}-{month}-{day}")
        if found and published and not said_year and found > published:
            found = iso_date(f"{y - 1}-{month}-{day}")
        if found:
            return found
    return None


def source_date(layout: Layout) -> str | None:
    """Return the source's date as ``YYYY-MM-DD``.

    A metadata line (``date 2023-11-30``) wins; else the date of the event the
    opening paragraphs report ("held a press conference on March 28", the year
    taken from the published dateline); else the dateline; else the first full
    date in the text.
    """
    meta = [d for kind, d in layout.dates if kind == "meta"]
    if meta:
        return meta[0]
    published = next((d for kind, d in layout.dates if kind in ("published", "dateline", "header")), None)
    if published is None:
        published = _this_year(layout.dates)
    if published is None:
        for para in layout.paragraphs[:10]:
            m = find_full_date(para.text)
            if m and (published := iso_date(m.group(0))):
                break
    year = int(published[:4]) if published else None
    return _event_date(layout.paragraphs, year, published) or _wire_date(layout.paragraphs, year, published) \
        or published


def _this_year(dates: Sequence[tuple[str, str]]) -> str | None:
    """Return the date a page shows without its year ("Nov 8", "OCT 6, 14:52"), in the year of its
    copyright line: a site leaves the year out for a date of the year it is serving the page in."""
    day = next((d for kind, d in dates if kind == "month-day"), None)
    year = next((d for kind, d in reversed(dates) if kind == "copyright"), None)
    return iso_date(f"{year}{day[1:]}") if day and year else None


def _wire_date(paras: Sequence[Span], year: int | None, published: str | None) -> str | None:
    """Return the date of a wire dateline opening the story ("BRASILIA, Nov. 20 (Xinhua) --")."""
    for para in paras[:8]:  # a photo caption and a summary may come first
        m = _WIRE_DATELINE.match(para.text)
        if m is None or year is None:
            continue
        month = MONTHS.get((m.group("month") or m.group("month2")).rstrip(".").lower())
        day = int(m.group("day") or m.group("day2"))
        found = iso_date(f"{year}-{month}-{day}") if month else None
        if found and published and found > published:
            found = iso_date(f"{year - 1}-{month}-{day}")
        if found:
            return found
    return None


def named_phrases(text: str) -> Counter[str]:
    """Return multi-word capitalised names in ``text`` ("Yangtze River Delta") and their counts."""
    found: Counter[str] = Counter()
    for m in _NAMED.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _LEADING:
            words.pop(0)
        if words:
            words[-1] = re.sub(r"[’']s$", "", words[-1])
        if len(words) >= 2 and words[-1].lower() not in STOPWORDS:
            found[" ".join(words)] += 1
    return found


def briefing_title(
    titles: Sequence[str | None],
    texts: Sequence[str],
    *,
    people: Collection[str] = (),
    lead: str | None = None,
) -> str:
    """Return a title for the whole briefing.

    One source: its headline. Several: the name most of them share, unless it
    is a person's (``people``: who is quoted), since a briefing is about a topic.
    Failing both: the lead sentence's main clause, then the first headline.
    """
    if len(texts) == 1 and titles and titles[0]:
        return titles[0]
    spread: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text in texts[:200]:  # enough to see what most sources share
        counts = named_phrases(text[:50_000])
        spread.update(counts.keys())
        total.update(counts)
    names = {w for person in people for w in person.split()}
    most = max(2, len(texts[:200]) // 2 + 1)  # more than half ("Associated Press" credits two of four)
    shared = [k for k in total
              if total[k] >= 2 and (len(texts) == 1 or spread[k] >= most) and not set(k.split()) & names]
    if shared:
        return min(shared, key=lambda k: (-spread[k], -total[k], -len(k.split()), k))
    headline = next((t for t in titles if t), None)
    if headline:
        return headline
    return headline_from(lead) if lead else "Briefing"


_DATELINE = re.compile(r"^[A-Z][A-Z .,'/-]+,?[^-–—]{0,40}?\)?\s*[-–—]+\s*")
_MAX_TITLE_WORDS = 12


def headline_from(sentence: str) -> str:
    """Return a headline-like title from a lead sentence: no dateline, its first clause, at most 12 words."""
    text = " ".join(sentence.split())
    text = _DATELINE.sub("", text)
    clause = re.split(r",\s|;\s|\s[-–—]\s", text, maxsplit=1)[0].rstrip(" .")
    words = clause.split()
    if len(words) > _MAX_TITLE_WORDS:
        words = words[:_MAX_TITLE_WORDS]
        return " ".join(words).rstrip(",;:") + "…"
    return " ".join(words) or "Briefing"


def briefing_date(dates: Sequence[str | None]) -> str | None:
    """Return the latest source date: a briefing is as current as its newest source."""
    known = sorted(d for d in dates if d)
    return known[-1] if known else None
