"""Page debris: tell a line of an article from navigation, pagination, credits and metadata.

Pasted web pages carry section labels ("Press Room"), pagination rows ("< 1 2 3 >"),
photo credits ("Photo: Xinhua"), stray glyphs and metadata ("date 2023-11-30").
None of it may reach a briefing, so each line is classified once, here, by its shape
rather than by a list of known labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportgen.summarize.text import Span

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for name in names
}
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_STEP = r"(?:[^/>›»\n]|(?<=\S)/(?=\S)){1,60}"
BREADCRUMB = re.compile(rf"{_STEP}(?:\s[/>›»]\s{_STEP})+")
"""A site's trail to the page ("News / First Team / Press Conferences"), not the page's headline; a
step may hold a slash between words ("Collections › Voices of the Yards › OH/SHT/2024/117")."""

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_FULL_DATE = (
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}|\d{{1,2}}-{_MONTH}-\d{{4}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})"
)
_ORDINALS = frozenset({"st", "nd", "rd", "th"})
_FULL_DATE_AT = re.compile(rf"(?=[\djfmasond]){_FULL_DATE}", re.IGNORECASE)
_YEAR_LIKE = re.compile(r"\d{4}")


def find_full_date(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """Return the first full date ("2023-11-30", "March 28, 2024", "28 March 2024") in ``text[start:end]``.

    Every form holds four digits, so text without them is passed over at once:
    trying the month names at every letter of a long paragraph is what costs.
    """
    end = len(text) if end is None else end
    if not _YEAR_LIKE.search(text, start, end):
        return None
    return _FULL_DATE_AT.search(text, start, end)

_TIME_AFTER_DATE = (r"(?:[,\s]*(?:[-–—|•·]\s*|at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
                    r"(?-i:\s*[A-Z]{2,4}\b)?)?")
"""The time and zone that may follow a date: ", 06:45 ET", " - 14:00   ET", " 8:30 a.m. EDT"."""
_META_PREFIX = re.compile(
    rf"^(?:date(?: of (?:transmission|broadcast|publication|issue|recording))?|published|posted"
    rf"|(?:last )?updated|aired|time|released?)\s*[:：=]?\s*({_FULL_DATE}){_TIME_AFTER_DATE}"
    r"\s*[,;|]?\s*(?:\[[^\]\n]{0,60}\]\s*)?",
    re.IGNORECASE,
)
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
"""A weekday before a date ("Wednesday, December 11, 2024"), to be read ignoring case."""
_DATE_ONLY = re.compile(rf"^[\W_]*{WEEKDAY}?({_FULL_DATE}){_TIME_AFTER_DATE}[\W_]*$", re.IGNORECASE)
"""A line holding a date alone, perhaps with its time and zone: "Oct 28, 2025, 06:45 ET"."""
_MONTH_DAY_ONLY = re.compile(
    rf"(?:(?:published|posted|updated)\s*:?\s*)?{WEEKDAY}?(?:({_MONTH})\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH}))"
    rf"(?:st|nd|rd|th)?(?!\s*,?\s*\d{{4}}){_TIME_AFTER_DATE}\s*", re.IGNORECASE)
"""A line holding a date without its year, as a page shows a recent one: "Nov 8", "OCT 6, 14:52"."""
_COPYRIGHT = re.compile(r"(?:©|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b",
                        re.IGNORECASE)


def month_day(line: str) -> str | None:
    """Return ``--MM-DD`` (ISO 8601's date without a year) for a line that is only such a date, else None."""
    m = _MONTH_DAY_ONLY.fullmatch(line.strip()) if len(line) < 48 else None
    if m is None:
        return None
    month = MONTHS.get((m.group(1) or m.group(4)).rstrip(".").lower())
    day = int(m.group(2) or m.group(3))
    return f"--{month:02d}-{day:02d}" if month and 1 <= day <= 31 else None


def copyright_year(line: str) -> str | None:
    """Return the (last) year of a copyright line ("© 1999-2026 TASS"): the year the page was served."""
    m = _COPYRIGHT.search(line)
    return m.group(1) if m else None


_TRAILING_DATE = re.compile(rf"(?<=[.!?”\"'’])\s+({_FULL_DATE})\s*$", re.IGNORECASE)
_CREDIT = re.compile(
    r"(?:^|(?<=[.!?”\"’)])\s*|\s+)"
    r"(?:[\[(]\s*(?:file\s+)?(?:photos?|photograph|image|picture|video)\s*(?:[:/]|by\b)[^\])\n]{0,60}[\])]"
    r"|(?:file\s+)?(?:photos?|photograph|image|picture|credit)\s*(?::|/|by\b)\s*[\w .,&'’/-]{1,50})\s*$",
    re.IGNORECASE,
)
_CREDIT_WORD = re.compile(r"photo|image|picture|credit|video", re.IGNORECASE)
_LIST_MARKER = re.compile(
    r"^(?:[-•*·▪◦‣●–—]\s+|\(?\d{1,2}[.)]\s+|\(\d{1,2}\)\s*|\(?[a-hA-H]\)\s+|[a-h]\.\s+"
    r"|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]\s+)"
)
_NAV_WORDS = frozenset(
    "page pages next prev previous first last more back to top home of go".split()
)
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u26FF\u2705\u2714\u274C\u2728\u2B50]")
"""A pictograph that sets out a point ("📉", "✅", "⭐"); no arrow ("⬇ Download decision (PDF)" is a link)."""
_TRAILING_EMOJI = re.compile(r"(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\uFE0F\u200D]*)+$")
_PAGINATION_NOISE = re.compile(r"[\d\s<>«»‹›|/.…·,:\-–—→←]+")
_NONSPACE = re.compile(r"\S+")
_PAGE_MARK = re.compile(r"[\d<>«»‹›→←]")
_SENTENCE_END = frozenset(".!?”\"’…。！？")
_COOKIE_NOTICE = r"(?:we(?: and our partners)?|this (?:web)?site) uses? (?:\w+ ){0,2}cookies\b"
"""How a cookie notice opens: "We use some necessary cookies to make this website work."."""
_COOKIES = re.compile(_COOKIE_NOTICE, re.IGNORECASE)
FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
"""A footnote's mark as a superscript digit, set after the words it annotates: "more on the way.²"."""
FOOTNOTE_NUMBER = re.compile(r"(?<=[a-z)][.!?])(\d{1,2})(?=\s|$)")
"""A footnote's number right after a sentence's stop, as a text copied from a PDF keeps it:
"... productivity.1", "(Chart 2).2"."""
_EMBARGO = re.compile(r"(?:strictly[ \t]+)?(?:embargoed|under[ \t]+embargo)\b[^\n]{0,100}$", re.IGNORECASE)
_SCORE_TICKER = re.compile(r"(?:FT|HT)(?:\s{2,}|\t)\S.{0,40}\s\d{1,2}\s?[-–]\s?\d{1,2}\s\S.{0,40}$")
"""A line of a results ticker: "FT  Hollins Park 0-0 Marsden United", "HT  Saltcote 1-0 Brayford Villa"."""
_CLOSING_QUOTES = frozenset("”\"’")
_STOPS = frozenset(".!?,…")
_FINAL_PUNCT = ".!?:;,”\"’)]…。！？"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BULLETS = "-•*·▪◦‣●–—"
_KEEP_LEAD = "\"'“‘(<[" + _BULLETS


@dataclass(frozen=True)
class Line:
    """What one line is and what is kept of it (``start:end``).

    ``kind`` is body, title (a headline-like line), label (a short line without
    punctuation: navigation, or a section heading when it stands between body
    paragraphs) or debris.
    """

    kind: str
    start: int
    end: int
    date: str | None = None
    date_kind: str | None = None


def iso_date(text: str, day_first: bool = False) -> str | None:
    """Return ``YYYY-MM-DD`` for a full date written as 2023-11-30, April 8, 2024, 8 April 2024 or 08.04.2024.

    "10/11/2026" could be either day first or month first: it is read only with ``day_first`` (as a
    British page writes it), else left unread.
    """
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text.strip())
    slashed = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text.strip())
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text.strip())
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif dotted:  # "09.06.2026": written with dots, a date puts the day first (as in Europe)
        d, mo, y = int(dotted.group(1)), int(dotted.group(2)), int(dotted.group(3))
    elif slashed:  # "16/06/2024": read only when one part cannot be a month, as 05/06 could be either
        a, b, y = int(slashed.group(1)), int(slashed.group(2)), int(slashed.group(3))
        if (a > 12) == (b > 12) and not (day_first and a <= 12 and b <= 12):
            return None
        d, mo = (b, a) if b > 12 else (a, b)
    else:
        parts = re.findall(r"[A-Za-z]+|\d+", text)
        nums = [int(p) for p in parts if p.isdigit()]
        names = [MONTHS.get(p.lower()) for p in parts if not p.isdigit() and p.lower() not in _ORDINALS]
        if len(nums) != 2 or not names or names[0] is None:
            return None
        mo = names[0]
        d, y = (nums[0], nums[1]) if nums[1] > 31 else (nums[1], nums[0])
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1000 <= y <= 2999):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


_BRITISH = re.compile(r"£|\bper cent\b|\bprogramme\b|\b(?:labour|colour|organisation|centre|favour)s?\b")


def _british(text: str) -> bool:
    """True for a text written the British way (pounds, "per cent", "programme"), whose numeric dates
    put the day first."""
    return _BRITISH.search(text, 0, 50_000) is not None


_FOOTNOTE_LINE = re.compile(r"(\d{1,2}) (?=[A-Z])")


def footnotes(paras: Sequence[Span]) -> set[int]:
    """Return the indexes of the paragraphs that are footnotes at a page's foot, each opening on its
    number ("1 I would like to thank ..."), where the text sets that number after a sentence's stop
    ("... productivity.1"): the document's notes, neither a point nor the speaker's words."""
    if not any(p.text[:1].isdigit() for p in paras):
        return set()  # the common case, settled without reading for marks
    marks = {m.group(1) for p in paras for m in FOOTNOTE_NUMBER.finditer(p.text)}
    return {i for i, p in enumerate(paras)
            if marks and (note := _FOOTNOTE_LINE.match(p.text)) is not None and note.group(1) in marks}


def ends_on_footnote(text: str) -> re.Match[str] | None:
    """Return the footnote's number ``text`` ends on, after its last sentence's stop, or None."""
    found = FOOTNOTE_NUMBER.search(text, max(0, len(text) - 3))
    return found if found is not None and found.end() == len(text) else None



def is_list_item(text: str) -> bool:
    """Return True when a line starts with a list marker ("1.", "(a)", "- ", "• ")."""
    return bool(_LIST_MARKER.match(text))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _stray_lead(token: str) -> bool:
    """A leading token of one or two glyphs that are neither ASCII letters/digits nor markers."""
    return (
        0 < len(token) <= 2
        and not any(ch.isascii() and ch.isalnum() for ch in token)
        and token[0] not in _KEEP_LEAD
    )


_FURNITURE = re.compile(
    r"(?:advertisement|sponsored(?: content)?|sign (?:up|in)(?: (?:for|to)\b.{0,40})?"
    r"|subscribe(?: to\b.{0,60})?"
    r"|return to\b.{0,40}\b(?:page|home|homepage|index)|(?:.{1,40} [-–—|] )?back to (?:top|home)"
    r"|read more|related(?: stories| articles"
    r"| topics| content)?:?|share(?: this(?: article| story| page))?|copy link|print|next post|previous post"
    r"|stay connected|more on this (?:story|topic)|skip to\b.{0,40}|go to contents?\b.{0,40}"
    r"|welcome to (?:the )?[\w .,'’&-]{2,50}"
    r"|exclusive news, data and analytics\b.*|item \d+ of \d+\b.*"
    r"|page contents|quotes|for more information|contacts? for (?:the )?media|print friendly pdf"
    r"|skip advertisement|supported by|listen to this article\b.*"
    r"|(?:https?://|www\.)\S+|printer friendly|other ways to share|share this via\b.{0,30}"
    r"|an official website of (?:the )?[\w .,'’-]{2,60}?(?: here['’]s how you know)?"
    rf"|here['’]s how you know|cookies on\b.{{0,40}}|{_COOKIE_NOTICE}.*"
    r"|(?:accept|reject) (?:all |optional |additional )?cookies\b.*"
    r"|(?:next|previous) (?:post|article|story)\s*:.*"
    r"|(?:member )?(?:log ?in|sign ?in)(?:\s*\|.*)?|join (?:today|now)\b.*"
    r"|(?:also read|read (?:more|also|next)|related|see also|must read|don['’]t miss)\s*:\s.*"
    r"|jump to\b.{0,60}|from wikipedia, the free encyclopedia"
    r"|click to expand(?: image)?|donate(?: now)?"
    r"|(?:read|open|continue) in (?:the )?app|upgrade to (?:paid|premium)"
    r"|\(end\)(?: [a-z]{2,4}(?:/[a-z]{2,4})*)?"
    r"|view (?:this email |it )?(?:in|on) (?:your|a|the) (?:web )?browser\b.*"
    r"|unsubscribe\b.{0,60}|(?:update|manage) (?:your )?(?:email )?preferences\b.{0,40}"
    r"|(?:estimated )?reading time\s*:?\s*\d+\s*min(?:ute)?s?\b.{0,30}|\d+\s*min(?:ute)?s? read"
    r"|(?:image|media) (?:source|caption)\b.*"
    r"|forward-looking statements?|safe harbou?r statement|conference call(?: and webcast)?|webcast"
    r"|(?:media|press|investor) contacts?|notes? to editors?|disclaimer|【?font size\b.*"
    r"|(?:address|tel|telephone|fax|e-?mail)\s*[:：].*|copyright\b.*|©.*|all rights reserved\b.*"
    r"|(?:end\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,4})?)",
    re.IGNORECASE,
)
"""A web page's furniture on a line of its own: "Advertisement", "Image source, ...", "1:47 P.M. EDT", a
newsletter's "READ IN APP" and "Upgrade to paid" buttons, a wire's "(END) RSV/FGM/JCA" (its editors)."""


_CAPTION_COUNT = re.compile(r"Item \d+ of \d+ ")
"""A photo gallery's caption ("Item 1 of 2 The logo of ... REUTERS/..."), however long."""
_CAPS_CREDIT = re.compile(r"(?<=[a-z0-9)][.!?])[\"”’]?\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+"
                           r"(?:\s+(?:/\s+)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){1,5}$")
"""A photo caption's credit in capitals after its sentence: "Housing Minister Lucía Ferrer at the ministry
in Madrid on Thursday. CLAUDIO ÁLVAREZ", "... on March 4. LUDOVIC MARIN / AFP": the caption, not a
paragraph (the words before it must be a sentence in lower case, not a heading in capitals)."""
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_BRACKETED_CAPTION = re.compile(r"[\[(]\s*(?:photos?|images?|pictures?|videos?|captions?|graphics?)\b.*[\])]",
                                re.IGNORECASE)
"""A caption in brackets: "[Photo: The Chief Cabinet Secretary holding a press conference]"."""
_PROMO = re.compile(r"(?:Subscribe (?:to|now|today|from)|Sign up (?:for|to|now)|Forwarded this e-?mail|"
                    r"Get unlimited access|Already a "
                    r"subscriber|Support (?:our|independent) journalism|Should you invest \$[\d,]+ in"
                    r"|You(?:['’]re| are) reading a free article|Before you buy stock in"
                    r"|(?:Get|Download) (?:the|our) [\w' ]{0,40}?\bapps?"
                    r"|(?:Get|Choose|Receive|Have)\b.{0,80}?\b(?:delivered|sent|straight|direct(?:ly)?)"
                    r" to your inbox"
                    r"|(?:Comments|Commenting) (?:are|is|have been) (?:now )?"
                    r"(?:closed|disabled|turned off))\b")
"""A publisher's sales pitch in full sentences: "Subscribe to Nation.Africa for Sh10 a day. ...", the
"Should you invest $1,000 in ..." and "Before you buy stock in ..." boxes under syndicated market
stories and transcripts; its comment box's notice ("Comments are closed on this article."); its offer of
news by email ("Choose which Defense.gov products you want delivered to your inbox.")."""
_DISCLOSURE = re.compile(r"[^.]{0,80}?\b(?:ha(?:s|ve) (?:no )?positions? in (?:and recommends|any of the "
                         r"(?:stocks|companies|securities))|has a disclosure policy)\b")
"""A market site's disclosure of its own holdings: "The Motley Fool has positions in and recommends
Norwood Instruments.", "... has no position in any of the stocks mentioned."; about the publisher."""
_PDF_READER = re.compile(r"\bTo (?:view|open|read)\b.{0,40}\bPDF|\bAdobe (?:Acrobat )?Reader\b")
"""A site's note under its downloads ("To view PDF files, you need Adobe Acrobat Reader.")."""
_DELAYED_DATA = re.compile(r".{0,20}\b(?:data|quotes|prices)\b.{0,60}\bdelayed\b.{0,20}\b\d+ min",
                           re.IGNORECASE)
"""A market page's note on its prices ("Data delayed by at least 15 minutes.", "Stock quotes delayed at
least 15 minutes.")."""
_TRANSCRIPT_NOTE = re.compile(
    r"(?:Accuracy and availability of [\w’' ]{0,40}transcripts? may vary|THIS IS A RUSH TRANSCRIPT"
    r"|This transcript (?:was|is|has been) (?:created|produced|generated|auto-generated|machine-generated)\b"
    r"|Transcripts? (?:are|is) (?:created|produced|generated) on a rush deadline"
    r"|This (?:article|document|page) is a transcript of|Transcript copyright\b"
    r"|This transcript may contain errors|This interview (?:has been|was) (?:edited|condensed|translated)\b"
    r"|Transcript: (?:automatically|machine|auto)[- ]generated\b"
    r"|This record contains the text of speeches delivered in"
    r"|This (?:text )?is being provided in a rough[- ]draft format"
    r"|The meeting (?:rose|was (?:called to order|suspended|adjourned|resumed)) at \d)",
    re.IGNORECASE)
"""A broadcaster's note on its transcript ("Accuracy and availability of NPR transcripts may vary. ..."):
about the text, not from anyone in it."""
_UPDATED_AT = re.compile(r"(?:last )?updated\s*:?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
                         r"|(?:\d+|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?) ago)", re.IGNORECASE)
"""A page's time of update without its date ("Updated: 6:48 PM EDT", "Updated: 14 minutes ago"), the
date given just before."""
_LICENCE = re.compile(r"Contains [\w ]{0,60}information licensed under\b")
"""A licence footer: "Contains public sector information licensed under the Open Government Licence"."""
_BYLINE = re.compile(r"By [A-Z][\w.'’-]*(?: [\w.'’&,|:/-]+){0,14}")
"""A byline: "By Jenna Whitcomb", "By ZHU LIXIN in Hefei | ..." (case matters: not "By the numbers")."""
_TRAILING_PAREN_DATE = re.compile(rf"\s*\(\s*{_FULL_DATE}\s*\)$", re.IGNORECASE)


_SPACED_TRAIL = re.compile(r"Home(?:[ \t\u00a0]{2,}[^ \t][^\n]{0,40}?){2,}", re.IGNORECASE)
"""A site's trail to the page whose separators were lost in copying: "Home  Committees  News"."""


_WIDE_GAP = re.compile(r"[ \t\u00a0]{2,}")


def is_spaced_menu(line: str) -> bool:
    """True for a site's menu whose separators were lost in copying: four items or more of one to three
    words, set apart by wide gaps, at most one with a digit ("News  Sport  Leeds United  What's On",
    "Book   Manage Booking   Web Check-in   Flight Status")."""
    if "  " not in line and "\t" not in line:
        return False
    return _menu_items(_WIDE_GAP.split(line.strip()), longest=25, spaces=2)


def _menu_items(items: list[str], longest: int, spaces: int) -> bool:
    """True for four items or more, each of at most ``longest`` characters and ``spaces`` spaces, at most
    one with a digit: what a menu's items are."""
    return len(items) >= 4 and all(len(item) <= longest and item.count(" ") <= spaces for item in items) and \
        sum(1 for item in items if any(c.isdigit() for c in item)) <= 1


_FILE_LINK = re.compile(
    r"\((?:PDF|DOCX?|XLSX?|ODT|ODS|CSV|RTF|PPTX?|ZIP)\b[^()]{0,12}?\d+(?:[.,]\d+)? ?[KMG]B\)", re.IGNORECASE)
"""A download link's type and size: "Press summary (PDF, 212KB)   Judgment (PDF, 1.1MB)" is a page's links to
its files, never a headline."""
_TEMPERATURE = re.compile(r"[-−–]?\d{1,2}(?:\.\d)?\s?°\s?[CF]?")
"""A weather widget's temperature: "18°C", "-3 °F"."""
_TICKER = re.compile(r"[+\-−–]\d+(?:\.\d+)?%")
_TRAILING_OFF = frozenset({"search", "search this site", "search the site", "loading", "read more", "more"})
"""A page's widgets whose words trail off ("Search...", "Loading…"): never a sentence."""
_MENU_SEPARATOR = re.compile(r"[ \t\u00a0]*[|·•●][ \t\u00a0]*|[ \t\u00a0]{2,}")
"""Between a one-line menu's or strip's items: a bar, a middle dot or a bullet ("About · Masthead ·
Advertise"), or a wide gap."""


def is_menu(line: str) -> bool:
    """True for a site's menu on one line, its items set apart by bars or wide gaps: four items or more
    of one to four words, at most one with a digit ("Home | About IMDF | Members | Statistics")."""
    return _menu_items(_strip_items(line), longest=30, spaces=3)


def _strip_items(line: str) -> list[str]:
    """Return the items of a one-line menu or strip, as its separators set them apart."""
    return [item for item in _MENU_SEPARATOR.split(line.strip()) if item]


_STRIP_MARK = re.compile(r"[|·•●▲▼△▽]|[ \t\u00a0]{2}")
"""What sets a strip's items apart, or marks its ticker: a line without any is no strip."""
_SITE_WIDGETS = frozenset(
    "search|log in|login|sign in|register|register (free)|subscribe|newsletter|my account|e-paper|epaper|"
    "menu|donate|create account|sign up|contact|contact us|sitemap|site map|about us|help|accessibility|"
    "print|print this page|print this article|share|share this page|share this article|email this page"
    .split("|"))
"""The site's own links, beside its search box ("Search    Log in    Register (free)") or over the page
("Print this page     Share this page")."""
_CONSENT = re.compile(r"cookie|privacy policy|gdpr|rodo|popia|datenschutz", re.IGNORECASE)
_BUTTON_END = re.compile(r"\[[^\]\n]{1,30}\]\s*$")


def _consent_notice(line: str) -> bool:
    """True for a consent notice closed by its button ("... uses cookies ... [Agree]")."""
    return "[" in line and _BUTTON_END.search(line) is not None and _CONSENT.search(line) is not None


def _account_links(items: list[str]) -> bool:
    """True for the account's links ("Search", "Log in", "Register (free)"): two of three items or more,
    or two of two ("Print this page", "Share this page")."""
    widgets = sum(1 for item in items if item.lower() in _SITE_WIDGETS)
    return widgets >= 2 and (len(items) >= 3 or widgets == len(items))


def is_site_widget(line: str) -> bool:
    """True for a line of the site's own widgets, never the story's: the account's links ("Search    Log in
    Register (free)"), a consent notice closed by its button."""
    return _consent_notice(line) or (
        _STRIP_MARK.search(line) is not None and _account_links(_strip_items(line)))


def is_widget_strip(line: str) -> bool:
    """True for a strip of a page's widgets over its story, which a title's place may hold but no
    headline reads like: the weather and the markets ("Kushiro 4°C ☁   Nemuro 2°C ☀   Abashiri −3°C"),
    a ticker ("Sensex 81,204.55 ▲ 0.42%  Nifty ..."), a one-line menu, the site's own widgets."""
    if _STRIP_MARK.search(line) is None:
        return _consent_notice(line)
    if sum(line.count(arrow) for arrow in "▲▼△▽") >= 2 or line.count("●", 1) >= 2:
        return True
    items = _strip_items(line)
    if len(items) >= 2 and line.rstrip()[-1:] in "|·•●":
        return True  # a ticker of headlines running on ("BREAKING: Maize floor price set ...  •  Kwacha
        # firms against the dollar  •"): no headline ends on a separator
    if len(items) >= 3 and sum(1 for item in items if any(c.isdigit() for c in item)) >= 2 and \
            all(len(item) <= 45 for item in items):
        return True
    if len(items) >= 2 and any(_TEMPERATURE.fullmatch(item) for item in items):
        return True  # the weather where the paper is: "Port Macquarie  18°C  Partly cloudy"
    return _menu_items(items, longest=30, spaces=3) or _account_links(items) or _consent_notice(line)


def is_furniture(norm: str) -> bool:
    """True for page furniture: a known web label, a clock time, a navigation bar ("Home | China | ..."),
    a choice of languages."""
    if norm.count("|") >= 2 or norm.count(" > ") >= 2 or norm.count(" · ") >= 3:
        return True  # "About · Masthead · Advertise · Privacy Policy" too
    if norm.count("%") >= 3 and len(_TICKER.findall(norm)) >= 3:
        return True  # a market ticker: "Dow 44,812.30 +0.4%   S&P 500 6,402.17 +0.2%   Nasdaq ..."
    return len(norm) <= 200 and (_FURNITURE.fullmatch(norm) is not None or is_byline(norm) or
                                 _languages(norm))


_LANGUAGES = frozenset("""
english français francais french español espanol spanish deutsch german italiano italian português portugues
portuguese русский russian العربية عربي arabic 中文 简体中文 繁體中文 chinese 日本語 japanese 한국어 korean
türkçe turkish فارسی farsi persian हिन्दी hindi اردو urdu עברית hebrew polski polish українська ukrainian
nederlands dutch svenska swedish kiswahili swahili bahasa indonesia melayu ελληνικά greek ไทย thai
""".split())
_LANGUAGE_FRAME = frozenset("available in also read this page article language languages select : | / ·"
                            .split())


def _languages(norm: str) -> bool:
    """True for a page's choice of languages: "Available In English العربية Français", "English | 中文"."""
    words = norm.lower().replace("|", " | ").split()
    named = sum(1 for w in words if w in _LANGUAGES)
    return named >= 2 and all(w in _LANGUAGES or w in _LANGUAGE_FRAME for w in words)


_FIELD_LABEL = (r"(?:sources?|notes?|photos?|credits?|data|by|gallery|read more|next up|citable reference|"
                r"editing|tags?|topics|keywords|subjects|summary|subtitles?|captions?|"
                r"(?:additional )?reporting|writing|graphics?|contact)\s*:")
_FURNITURE_LABEL = re.compile(rf"{_FIELD_LABEL}|(?:welcome to|search for)\s", re.IGNORECASE)


def is_furniture_label(line: str) -> bool:
    """True for a line a page's furniture opens: "Source: AP", "Gallery: ...", "Welcome to ...".

    Such a line may look like a headline or a section heading; it is neither.
    """
    return _FURNITURE_LABEL.match(line) is not None


_FIELD = re.compile(_FIELD_LABEL, re.IGNORECASE)


def is_field(sentence: str) -> bool:
    """True for a sentence that opens on one of the page's field labels ("Source: ...", "Photo: ...",
    "Subtitles: broadcaster closed captions ..."): the page's word on the story, no point of it."""
    return _FIELD.match(sentence) is not None


_BOILERPLATE = re.compile(
    r"\b(?:(?:host|hold)s? (?:a|its) (?:conference call|webcast)|can be accessed by dial|by dialing|may dial"
    r"|conference ID"
    r"|replay (?:of (?:the|this|today's|today’s) (?:call|webcast) )?will be available"
    r"|forward-looking statements?|not an official record"
    r"|please contact (?:our |the )?(?:media relations|press office|media team|communications team))",
    re.IGNORECASE)
"""A release's standing sentences in its body ("Keystride will host a conference call today at ...",
"The call can be accessed by dialing ...", "Yarrabee does not undertake to update any forward-looking
statement.", "For more information ..., please contact Media Relations"), and the UN's "For information
media. Not an official record.": the same under every release, so never a point or a quote."""


_BOILERPLATE_WORDS = ("dial", "onference", "ebcast", "eplay", "orward-looking", "lease contact",
                      "fficial record")
"""A part of every wording _BOILERPLATE knows, whatever its first letter's case: a cheap test first."""


def is_boilerplate(text: str) -> bool:
    """True for a sentence every release or call of its kind carries (see _BOILERPLATE)."""
    return any(w in text for w in _BOILERPLATE_WORDS) and _BOILERPLATE.search(text) is not None


_NOTES_TO_EDITORS = r"Notes? (?:to|for) [Ee]ditors"
_BACK_MATTER = re.compile(
    r"(?:About|Forward[- ]looking|Cautionary|Safe harbou?r|Use of non-GAAP|Non-GAAP financial measures?"
    r"|(?:Media|Press|Investors?) (?:contacts?|relations|enquiries|inquiries)|Contacts?"
    rf"|{_NOTES_TO_EDITORS}|Conference call|Webcast)\b.*|(?:Foot|End)?notes|References", re.IGNORECASE)
RELEASE_END = re.compile(rf"^[ \t]*(?:-?ENDS?-?|#{{3}}|-30-|{_NOTES_TO_EDITORS}:?)[ \t]*$", re.MULTILINE)
"""Where a press release's own words end: its "ENDS" (or "###", "-30-") or its notes to editors below."""


def is_back_matter(heading: str) -> bool:
    """True for the heading of a release's back matter ("About Keystride Networks", "Forward-Looking
    Statements", "Media Contact"): the same words under every release the issuer sends, not news; or of
    a document's notes ("Footnotes", "References")."""
    return _BACK_MATTER.fullmatch(heading) is not None


_DOCUMENT_PART = re.compile(
    r"(?:(?:prepared|opening|closing|introductory) (?:remarks|statements?)|questions? (?:and|&) answers?"
    r"|question[- ]and[- ]answer session|q ?& ?a(?: session)?|(?:call |conference call )?participants"
    r"|duration:.*|statements?|explanations? of (?:vote|position)|alphabetical listing\b.*|appendix\b.*"
    r"|press release|link copied.*)", re.IGNORECASE)


def is_document_part(heading: str) -> bool:
    """True for a heading that names a part of the document, not a topic: "Prepared Remarks", "Questions
    and Answers", "Call Participants", "Opening Statements", "Appendix": every transcript of its kind
    has them, whatever it is about."""
    return _DOCUMENT_PART.fullmatch(heading.strip()) is not None


def is_byline(line: str) -> bool:
    """True for a byline ("By Jenna Whitcomb"), spaces already collapsed."""
    return line.startswith("By ") and _BYLINE.fullmatch(line) is not None


def _is_pagination(norm: str) -> bool:
    if len(norm) > 160 or not _PAGE_MARK.search(norm):
        return False
    rest = _PAGINATION_NOISE.sub(" ", norm).lower().split()
    return len(rest) <= 6 and all(w in _NAV_WORDS for w in rest)


_LEADER_DOTS = re.compile(r"(?:\.[ \t]?){6,}")


def has_leader_dots(line: str) -> bool:
    """True when ``line`` holds leader dots: six or more, spaced or not (an ellipsis has three, or four
    at a sentence's end)."""
    return ("....." in line or ". . . ." in line) and _LEADER_DOTS.search(line) is not None


_PAGE_TAG = re.compile(
    r"(?:\(|\[)\s*(?:excerpts?|summary|full text|(?:provisional |unofficial |english )?translation"
    r"|transcript|video|audio|pdf|updated|live|opinion|analysis|english|press release|statement"
    r"|photos?|[\w .-]{0,40} website|as delivered|check against delivery)\s*(?:\)|\])$", re.IGNORECASE)
"""A tag a page puts after a heading or a link: "(Excerpt)", "(Japan Coast Guard website)", "[PDF]"."""


def _tagged_heading(line: str) -> bool:
    """A short line of words under a page's tag: "Press Conference by the Chief Cabinet Secretary
    (Excerpt)", "Situation of the patrol (Japan Coast Guard website)": a heading or a link, though it
    ends in a bracket (a row of a list, "Referee: Simon Marsh (Lancashire)", stays body)."""
    if line[-1] not in ")]" or not (tag := _PAGE_TAG.search(line)):
        return False
    head = line[:tag.start()].rstrip()
    return bool(head) and head[-1] not in _FINAL_PUNCT and len(head.split()) <= 14


_GARBLED = re.compile(r"[^\W\d_][%;$§][^\W\d_]")
"""A sign between two letters of one word ("m%cd;dka;%sl"): text typed in a legacy font for another script
(Sinhala, Tamil, Hindi), copied out as the Latin letters its glyphs sit on."""


SENTENCE_WITHIN = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]")
"""One sentence ending and the next beginning, inside a line or a paragraph ("S. Korea" is no full stop)."""


def classify_line(text: str, start: int, end: int) -> Line:
    """Classify ``text[start:end]`` (one line) and trim what is kept of it to body text."""
    start, end = _strip_span(text, start, end)
    if text.startswith("©", start):
        return Line("debris", start, end, None, None)  # a footer's "© 2027 Harbor Review Media LLC · ...",
        # however it ends (the year is kept: see `copyright_year`)
    # Stray glyphs before the first word ("ㄑ Press Room"); an emoji is a social media post's bullet
    bullet = False  # ("📉 Sickness absence down 37%, from 9.1 days ... to 5.7"): a point, no heading
    while start < end:
        m = _NONSPACE.match(text, start, end)
        if not m or not _stray_lead(m.group(0)) or m.end() == end:
            break
        bullet = bullet or _EMOJI.match(m.group(0)) is not None
        start, end = _strip_span(text, m.end(), end)
    date = date_kind = None
    line = text[start:end]
    if ("%" in line or ";" in line) and len(_GARBLED.findall(line)) >= 3:
        return Line("debris", start, end, None, None)  # a legacy font's letters read as Latin ones, a Sinhala
        # gazette's running head: "I fldgi ( -GS% Y% ,xld m%cd;dka;%sl iudcjd§ ckrcfha": no title
    if has_leader_dots(line):
        return Line("debris", start, end, None, None)  # a table of contents ("Opening Statement.....  4"),
        # a list of members or contacts set out with leader dots ("China . . . . . . Mr. Tian Lejun")
    m = _META_PREFIX.match(line)
    if m:  # "Date: ..." states the date; "Published ..." only when the page went up (an event may be older)
        date = iso_date(m.group(1)) or iso_date(m.group(1), day_first=_british(text))
        date_kind = "meta" if line[:4].lower() == "date" else "published"
        start, end = _strip_span(text, start + m.end(), end)
        line = text[start:end]
    elif (m := _DATE_ONLY.match(line)) is not None:
        return Line("debris", start, start, iso_date(m.group(1)), "published")
    m = _TRAILING_DATE.search(line) if line[-1:].isdigit() else None
    if m:
        date, date_kind = iso_date(m.group(1)), "dateline"
        start, end = _strip_span(text, start, start + m.start())
        line = text[start:end]
    if line[-1:] in ".…" and line.rstrip(".… ").lower() in _TRAILING_OFF:
        return Line("debris", start, end, date, date_kind)  # a search box's placeholder: "Search..."
    if line[:1] in "EeUuSs" and _EMBARGO.match(line):  # "EMBARGOED UNTIL 00:01 BST THURSDAY 12 JUNE 2025":
        found = _FULL_DATE_AT.search(line)  # when the release may be published, no headline
        date = iso_date(found.group(0)) if found else None
        return Line("debris", start, end, date, "published" if date else None)
    if line[:1] in "FH" and _SCORE_TICKER.match(line):
        return Line("debris", start, end, date, date_kind)  # a results ticker: "FT  Hollins Park 0-0 Marsden"
    if (line[-1:] in _SENTENCE_END or (line[-1:].isdigit() and ends_on_footnote(line))) and \
            line[:1] != "#" and _WORD.search(line):  # (a footnote's number after the stop: "productivity.1")
        footer = line.startswith(("Copyright", "©", "All rights reserved")) or (
            "PDF" in line and _PDF_READER.search(line) is not None) or line.count(" | ") >= 2 or (
            "elayed" in line and _DELAYED_DATA.match(line) is not None) or (
            line[:1] in "WwTt" and _COOKIES.match(line) is not None) or (
            line.startswith("Contains ") and _LICENCE.match(line) is not None) or (
            "osition" in line or "isclosure" in line) and _DISCLOSURE.match(line) is not None
        quoted_end = line[-1] in _CLOSING_QUOTES and line[-2:-1] not in _STOPS
        if footer or _CAPTION_COUNT.match(line) or _PROMO.match(line) or _TRANSCRIPT_NOTE.match(line) or (
                quoted_end and is_furniture(" ".join(line.split()))):
            return Line("debris", start, end, date, date_kind)  # a page footer, though it ends in a stop; a
            # link that quotes where it goes ('Skip to "About this site"'), though it ends in a quote mark
        return Line("body", start, end, date, date_kind)  # the common case: a finished sentence
    tail = max(0, len(line) - 90)  # a credit closes the line
    m = _CREDIT.search(line, tail) if _CREDIT_WORD.search(line, tail) else None
    if m:
        start, end = _strip_span(text, start, start + m.start())
        line = text[start:end]
    if not line or not _WORD.search(line):
        return Line("debris", start, end, date, date_kind)
    if line[-1:].isupper() and (credit := _CAPS_CREDIT.search(line, tail)) and \
            len(_LOWER_WORD.findall(line, 0, credit.start())) >= 3:
        return Line("debris", start, end, date, date_kind)  # a photo caption, credited in capitals
    norm = " ".join(line.split())
    if _is_pagination(norm) or is_furniture(norm) or _CAPTION_COUNT.match(norm) or _PROMO.match(norm) or \
            _UPDATED_AT.fullmatch(norm) or (norm[0] in "[(" and _BRACKETED_CAPTION.fullmatch(norm)) or \
            _SPACED_TRAIL.fullmatch(line) or is_spaced_menu(line) or is_site_widget(line) or \
            ("B)" in norm and _FILE_LINK.search(norm)) or \
            ("www." in norm and not SENTENCE_WITHIN.search(norm)):  # (an unfinished address strip: "...
        return Line("debris", start, end, date, date_kind)  # SW1P 3BD T: 020 7960 1886 www.supremecourt.uk")
    if norm.startswith("#"):
        head = norm.lstrip("#")
        if not head.startswith(" "):
            return Line("debris", start, end, date, date_kind)  # "#missile defense": a tag, not a heading
        return Line("title" if head.strip() else "debris", start, end, date, date_kind)
    bare = _TRAILING_PAREN_DATE.sub("", norm) or norm  # "Regular Press Conference (November 21, 2024)"
    if bullet or bare[-1] > "\u2000":
        bare = _TRAILING_EMOJI.sub("", bare) or bare  # "... my DMs are open. 📩": a sentence, finished
    if is_list_item(norm) or (bare[-1] in _FINAL_PUNCT and not _tagged_heading(bare)):
        return Line("body", start, end, date, date_kind)
    words = len(_WORD.findall(norm))
    if words <= 4:
        return Line("label", start, end, date, date_kind)
    if words <= 30 and not bullet and not SENTENCE_WITHIN.search(norm):
        return Line("title", start, end, date, date_kind)
    return Line("body", start, end, date, date_kind)


def names_listed(words: str) -> bool:
    """Return True for a list of names set apart by commas and semicolons, hardly a word in lower case:
    a match report's line-up ("Askew; Okonjo, Harris (c) (Dolan 71), Whitby; ..."), its ratings
    ("Pollard 6, Ainsworth 7, ..."): nobody's words and no point (a caption file's turns in capitals
    are speech)."""
    if words.count(",") + words.count(";") < 3 or words.isupper():
        return False
    found = _WORD.findall(words)
    return len(found) > 4 and sum(w[0].islower() for w in found) * 7 <= len(found)
