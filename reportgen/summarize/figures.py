"""Key figures: the numbers a source states, what they measure, and which ones matter.

A figure is a number with a unit: a share ("about 21 percent of the land area",
"one in five adults", "a third of"), money ("$1.2 billion", unit "USD"), a count
of measured things ("23 futures products", "240 million people", "23 were
injured"), a size or length ("24-member body", "three-year plan", "for 14
consecutive years"), a multiple ("doubled", "five times"), a vote's tally or a
game's score ("a 2-1 win"), or a founding year stated as a fact ("established
in 1999"). Values follow the one rule in
`reportgen.summarize.numbers`: the number stated, scaled by its multiplier word;
a range ("between 10 and 15 percent") is one figure whose value is its lower
bound. The figure's text is the verbatim phrase, qualifier included ("more than
45 percent"), so its cite is exact.

What is left out, because it is not a statistic: dates and years used as dates,
times, page and list numbers, ordinals, numbers inside names and ids ("G20",
"COVID-19", "No. 1", "Apollo 11", a quoted "five centers"), digit runs
(pagination rows, phone numbers), vague amounts ("hundreds of", "tens of
thousands"), bare numbers with neither unit, multiplier nor qualifier, "one",
time frames ("the past five years", "three years ago"), and counts that point at
things the text names rather than measure them: a count after "the", "its", an
ordinal or (when small) a possessive ("the three places", "its three neighboring
provinces"), and small spelled-out counts of talk ("two points", "in four areas:").

Speed: two cheap passes find where a number may start (digit runs; number words
as a prefix trie over the lower-cased text); the full pattern and the judging run
only there, on a window of the sentence around each one.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from itertools import islice
from operator import attrgetter
from typing import Any, NamedTuple

from reportgen.model import Cite, Figure
from reportgen.summarize.debris import FOOTNOTE_MARKS, WEEKDAYS
from reportgen.summarize.numbers import (
    CARDINAL_WORDS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    FRACTIONS,
    GROUPING,
    MULTIPLIERS,
    NUMERAL,
    ORDINALS,
    RARER_CURRENCY_CODES,
    SAID_DECIMAL,
    SAID_DIGITS,
    WORD_NUMBER,
    as_value,
    multiplier,
    parse_number,
)
from reportgen.summarize.terms import WordTable
from reportgen.summarize.text import DATELINE, Span

_QUALIFIER = (
    r"(?:(?:not|no)\s+)?(?:more|less|fewer|greater|higher|lower)\s+than|not\s+exceeding|up\s+to|"
    r"at\s+(?:least|most)|"
    r"as\s+(?:many|much|few|little|high|low)\s+as|close\s+to|in\s+excess\s+of|upwards\s+of|"
    r"(?:just|well|slightly)\s+(?:over|under|above|below)|an\s+estimated|estimated|nearly|almost|"
    r"about|around|approximately|roughly|some|over|under|above|below|exceeding|only|just"
)
_LETTER_SIGNS = r"(?-i:RM|MK)"
"""Currencies in capital letters against the number: "RM78,000" (ringgit), "MK1.6 billion" (kwacha)."""
_ABBREVIATED_SIGNS = r"(?-i:\bTk|\bRp|\bDhs?|\bS/|\bNIS|\bTL|\bVNĐ)\.?\s?"
"""Currencies written short, before the number or a space: "Tk 140" (taka), "Rp15,700" and "Rp 17.200"
(rupiah), "Dh1.84 billion" (dirham), "S/ 4.20" and "S/. 1,2" (Peru's sol), "NIS 1,100" (shekels), "TL 85
billion" (Turkish lira), "VNĐ1.2 trillion" (dong)."""
_CURRENCY_SIGN = (
    rf"(?:US|HK|A|C|S|NZ|NT|R|MX|N)\$\s?|\$(?:A|US)(?![A-Za-z])|\$|€\s?|£|¥|₹|₱\s?|GH[¢₵]\s?|₵\s?|₸\s?|₺\s?|₪\s?|₫\s?|"
    rf"{_LETTER_SIGNS}(?=\d)|{_ABBREVIATED_SIGNS}(?=\d)|"
    rf"\b(?:{'|'.join(CURRENCY_CODES)})(?![A-Za-z])\s?"
    rf"|(?-i:\b(?:{'|'.join(RARER_CURRENCY_CODES)})(?![A-Za-z]))\s?"
    r"|\bRs\.?\s?|\bK?[Ss]h(?:s|\.)?\s?|₦|R(?=\d)|N(?=\d)|K(?=\d)"
)
"""A currency before its number; the rarer ISO codes in capitals only (see numbers.RARER_CURRENCY_CODES).
"R" alone (South Africa's rand), "N" alone (Nigeria's naira, "N1,250/litre") and "K" alone (Zambia's
kwacha, "K231.4 billion") are taken only where `_RAND` says the number is an amount: see `_candidate`.
"N$" is Namibia's dollar, "RM" Malaysia's ringgit
and "MK" Malawi's kwacha, in capitals and against the number ("RM78,000", "MK1.6 billion")."""
_MULT = (
    r"(?:\s*|[-‐‑])(?:hundred\s+)?(?:thousand|million|billion|trillion)\b|\s+dozen\b|\s?(?:mn|bn|tn|trn|mln)\b"
    r"|(?:\s+|[-‐‑])lakhs?(?:\s+crores?)?\b|(?:\s+|[-‐‑])crores?\b|(?<=\d)[mbk]\b"
)
"""A multiplier after its number, maybe joined by a hyphen: "$10-billion", "a Rs 780-crore plant"."""
_PERCENT = (
    r"\s?%|\s+(?:percent|per\s+cent|pct)\b|\s?pc\b|\s+percentage\s+points?\b|\s+basis\s+points?\b|\s?bps?\b"
)
_A_POINT_AHEAD = r"[\s-]+(?:percentage\s+)?point\b"
"""After a fraction, the point it is a part of: "a quarter point", "half a percentage point"."""
_FRACTION = (
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?:(?:thirds|fifths|tenths)\b|(?:half|third|quarter|quarters|fifth|tenth)(?=[’”]?\s+of\b|\s*[.,;)]|$"
    rf"|{_A_POINT_AHEAD}))"
    rf"|half(?=\s+of\b|\s+an?{_A_POINT_AHEAD})"
    r"|(?:" + "|".join(rf"(?<=\bby {q})" for q in ("", "about ", "around ", "roughly ", "nearly ", "almost ",
                                                  "more than ", "over ", "up to ", "some ")) + r")"
    r"(?:a[\s-]+(?:third|quarter|fifth|tenth)|half)(?=\s*[.,;)]|$|\s+(?:in|on|over|since|from|to|this|last|"
    r"between|during|compared|against|as|and|but|while|after|before|within|across|at|year)\b))"
)
"""A fraction; a singular one or "quarters" (a business's too) only before "of" or a stop ("a third time"),
or after "by" ("rose by about a third")."""
_HALVES = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
"""Fraction glyphs written after a numeral, as in an IMF statement's "4½ percent"."""
_CORE = re.compile(
    rf"(?P<frac>{_FRACTION})|(?P<cur>{_CURRENCY_SIGN})?(?P<num>{NUMERAL}[½¼¾]?|{SAID_DIGITS}|{WORD_NUMBER}\b(?:\s+and\s+a\s+half\b|{SAID_DECIMAL})?|an?(?=\s+(?:hundred|"
    rf"thousand|million|billion|trillion|dozen)\b))(?P<mult>{_MULT})?(?P<pct>{_PERCENT})?",
    re.IGNORECASE,
)
_QUAL_ENDS = {"than", "to", "least", "most", "as", "of", "over", "under", "above", "below", "estimated",
              "nearly", "almost", "about", "around", "approximately", "roughly", "some", "exceeding", "only",
              "just"}
_QUAL_LAST_PAIRS = frozenset(w[-2:] for w in _QUAL_ENDS)
_QUAL_BEFORE = re.compile(rf"(?<![\w])(?P<qual>{_QUALIFIER})\s+$", re.IGNORECASE)
_CUR_BEFORE = re.compile(rf"(?:{_CURRENCY_SIGN}|{_LETTER_SIGNS}|{_ABBREVIATED_SIGNS})$")
"""A currency sign ending the text before a number (the number is past the search's end)."""
_RAND = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?: \d{3})+(?![\d,.])"
                   r"|\d+(?:\.\d+)?[\s‐‑-]?(?:bn|mn|m|tn|trn|million|billion|trillion)\b"
                   r"|\d+\.\d\d(?![\d.])")
"""After "R" or "N", an amount of rand or naira: "R1.5bn", "R5.8-billion", "R612m", "R9.80 a share", "R1 500",
"N1,250", "N2.3trn"; not a road ("the R61", "the N7"), a reproduction number ("R0"), a mask ("N95"), a
round ("R2") or a model ("R2.5")."""
_REFERENCE_END = re.compile(r"\b(?:article|section|clause|rule|form|paragraph|chapter|schedule|annex"
                            r"|item|part|page|no\.?|number)\s*$", re.IGNORECASE)
"""Before "5c", a reference ("Article 5c", "section 3c"): a subsection, not five cents."""
_LEAD_BEFORE = re.compile(r"(?<![\w])(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+$",
                          re.IGNORECASE)
_FRAGMENT = re.compile(r"[ \u00a0]+(?=[a-z])([^.\n]*)")
_DIGITS = re.compile(r"\d(?:\d|[.,]\d)*")  # a numeral: "240", "1,200.5" (one pass, no backtracking)
_THOUSANDS = re.compile(r"\d{1,3}(?:[, \u00a0\u202f]\d{3})+")
"""A whole number grouped in thousands: a count, never a model number or an article."""
_ANCHOR_KIND = {
    **{w: "word" for w in CARDINAL_WORDS},
    **{w: "lead" for w in ("hundred", "thousand", "million", "billion", "trillion", "dozen")},
    **{w: "frac" for w in FRACTIONS},
    **{w: "verb" for w in ("doubled", "tripled", "trebled", "quadrupled", "halved", "double", "triple",
                           "treble", "quadruple", "halve")},
    "twice": "twice",
    **{f"{w}fold": "fold" for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                    "twenty", "hundred", "thousand")},
    **{w: "ordinal" for w in ORDINALS if w not in FRACTIONS},  # "third", "fifth" are fractions too
}


def _trie(words: Sequence[str]) -> str:
    """Return a regex matching exactly ``words``, factored by common prefixes (fast to scan with)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(tree)


_WORD_ANCHOR = re.compile(r"(?<![a-z])" + _trie(list(_ANCHOR_KIND)) + r"\b")
_WORD_ANCHOR_AFTER = re.compile(r"[^a-z](" + _trie(list(_ANCHOR_KIND)) + r")\b")
"""A number word after the character before it: faster to scan for than a look-behind at every position."""
_WORD_ANCHOR_CASED = re.compile(
    r"(?<![A-Za-z])" + _trie([f for w in _ANCHOR_KIND for f in (w, w.capitalize())]) + r"\b")

_CURRENCY_COUNTRIES = ("US", "U.S.", "Hong Kong", "Australian", "Canadian", "Singapore", "New Zealand",
                       "Danish", "Egyptian", "South Sudanese", "Sudanese", "Lebanese", "Syrian", "Philippine",
                       "Mexican", "Argentine", "Colombian", "Chilean", "Turkish", "Kenyan", "Ugandan",
                       "Tanzanian")
"""Whose currency a word after the amount names ("Hong Kong dollars", "Ugandan shillings")."""
_CURRENCY_NAMES = ("dollar", "euro", "pound", "yuan", "renminbi", "yen", "rupee", "won", "franc", "rouble",
                   "ruble", "kronor", "krona", "kroner", "krone", "rand", "ringgit", "baht", "lira", "zloty",
                   "złoty", "złotych", "zł", "rupiah", "naira", "dirham", "riyal", "peso", "shekel", "dong",
                   "shilling", "cedi", "kwacha", "tenge", "taka", "€")
"""Currencies named after their amount, in the singular (a plural adds "s"; a pound may be "sterling")."""
_CURRENCY_WORD = re.compile(
    r"(?:\s+|[-‐‑](?=[a-z]))(?:(?P<us>"
    + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in _CURRENCY_COUNTRIES) + r")\s+)?"
    r"(?P<word>" + "|".join(f"{re.escape(w)}s?" + (r"(?:\s+sterling)?" if w == "pound" else "")
                            for w in _CURRENCY_NAMES) + r")(?!\w)",
    re.IGNORECASE,
)
"""A currency named after its amount; the euro's sign and the zloty's "zł" too, as much of Europe writes
them ("0,41 € per litre", "812,4 mln zł")."""
_WORD_CODES = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yuan": "CNY", "renminbi": "CNY",
               "yen": "JPY", "rupee": "INR", "won": "KRW", "franc": "CHF", "rouble": "RUB",
               "ruble": "RUB", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "krone": "NOK",
               "rand": "ZAR", "ringgit": "MYR", "baht": "THB", "lira": "TRY", "zloty": "PLN",
               "rupiah": "IDR", "naira": "NGN", "dirham": "AED", "riyal": "SAR", "€": "EUR", "zł": "PLN",
               "złoty": "PLN", "złotych": "PLN", "peso": "pesos", "shekel": "ILS", "dong": "VND",
               "shilling": "shillings", "cedi": "GHS", "kwacha": "ZMW", "tenge": "KZT", "taka": "BDT"}
"""Currency words to their ISO codes; a peso is one of several countries', named by the country before it
("Philippine pesos") or else written as the text writes it."""
_SHILLING_CODES = {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS"}
_PESO_CODES = {"philippine": "PHP", "mexican": "MXN", "argentine": "ARS", "colombian": "COP",
               "chilean": "CLP"}
_DOLLAR_CODES = {"hong kong": "HKD", "australian": "AUD", "canadian": "CAD", "singapore": "SGD",
                 "new zealand": "NZD"}
_POUND_CODES = {"egyptian": "EGP", "sudanese": "SDG", "south sudanese": "SSP", "lebanese": "LBP",
                "syrian": "SYP"}

_TIME_UNITS = ("year", "month", "week", "day", "hour", "minute", "decade", "century", "centurie")
_TIME_WORD = re.compile(r"\s+(?:(?:consecutive|straight|successive|full)\s+)?"
                        r"(?P<u>years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)"
                        r"|(?:(?<=consecutive )|(?<=straight )|(?<=successive ))quarters?)\b",
                        re.IGNORECASE)
"""A span of time after a number ("five years", "15 consecutive years"); quarters only in a run
("three straight quarters"), as "three quarters" alone is a fraction."""
_HYPHEN_WORD = re.compile(r"[-‐‑–](?P<w>[A-Za-z]+)(?P<old>-old\b)?")
_AREA = re.compile(r"[\s‐‑–-]+(sq\.?|square|cubic)[\s‐‑–-]+(ft|feet|foot|m|metres?|meters?|km|kilometres?|"
                   r"kilometers?|mi|miles?|yards?|yd)\b", re.IGNORECASE)
_AREA_FIRST = frozenset({"sq", "sq."})  # "square metres" written out is a noun phrase like any other
_AREA_KINDS = {"sq": "square", "square": "square", "cubic": "cubic"}
_AREA_UNITS = {"ft": "feet", "feet": "feet", "foot": "feet", "m": "metres", "metre": "metres",
               "metres": "metres", "meter": "meters", "meters": "meters", "km": "kilometres",
               "kilometre": "kilometres", "kilometres": "kilometres", "kilometer": "kilometers",
               "kilometers": "kilometers", "mi": "miles", "mile": "miles", "miles": "miles", "yard": "yards",
               "yards": "yards", "yd": "yards"}
"""An area or a volume after a number ("298 sq ft", "174,000-cubic-meter"): its kind and its length, written
out in full and in the plural as the text spells it."""
_TO_ONE = re.compile(r"[-‐‑–]1(?![\d.,]\d)(?:\s+ratio\b)?")
_TIMES = re.compile(r"\s*(?:-fold\b|fold\b|\s+times\b)", re.IGNORECASE)
_ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "th", "st", "nd", "rd"}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s+(?:the\s+)?$")
_MONTH_TAILS = tuple(f"{m}{dot}" for m in (
    "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July",
    "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December")
    for dot in ("", ".")) + ("the",)
"""How text that _MONTH_BEFORE matches ends, spaces stripped: a cheap test before the search."""
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b")
_FOUNDED = re.compile(
    r"\b(?P<verb>(?:established|founded|set\s+up|created|incorporated|formed|launched|"
    rf"built)\s+(?:in\s+)?(?:{_MONTH}\.?\s+(?:\d{{1,2}},?\s+)?)?)$",
    re.IGNORECASE,
)
_ID_WORDS = {
    "no", "nos", "number", "article", "articles", "section", "sections", "chapter", "part", "paragraph",
    "clause", "item", "point", "phase", "stage", "level", "grade", "room", "line", "route", "highway",
    "flight", "vol", "volume", "issue", "episode", "season", "table", "figure", "fig", "annex", "appendix",
    "rule", "resolution", "decree", "order", "version", "step", "gate", "terminal", "platform", "page",
    "pages", "p", "pp", "lot", "block", "unit", "floor", "track", "channel", "class", "category", "type",
    "model", "mark", "top", "tier", "act", "schedule", "exhibit", "note", "footnote", "session", "round",
    "term", "plenum", "congress", "summit", "meeting", "edition", "ranked", "rank", "no.", "ward",
    "day", "week", "game", "match", "leg", "lap", "heat", "question", "recommendation", "proposal",
    "option", "objective", "principle", "demand", "target", "goal", "action",
}
_ONE_IN = re.compile(r"\b(?:one|1)\s+in\s+$", re.IGNORECASE)
_N_IN = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of\s+every)\s+"
                   r"(?:every\s+)?$", re.IGNORECASE)
""""one in five adults", "four in ten births", "three of every four jobs": a share, the first number out of
the second."""
_POSITION = re.compile(r"\s?(?:°|degrees?\b)(?:[\s\d.,′'’\"″]|(?:minutes?|comma|point|zero|one|two|three"
                       r"|four|five|six|seven|eight|nine)\b)*?(?:north|south|east|west|(?-i:[NSEW]))\b",
                       re.IGNORECASE)
"""Degrees that give a position, a latitude or a longitude, with their minutes (a compass point's letter in
capitals only: "56° 41.2′ N")."""
_DEGREES = re.compile(r"\s?°\s?([CF])\b|\s+degrees?\s+(Celsius|Fahrenheit|centigrade)\b", re.IGNORECASE)
_OUT_OF = re.compile(r"\b(\d+|[a-z]+)\s+out\s+of\s+(?:every\s+)?$", re.IGNORECASE)
_BEFELL = r"killed|dead|injured|wounded|missing|hurt|arrested|died|rescued|hospitali[sz]ed"
"""What befalls the people a casualty count counts (see _CASUALTY and _HURT_AFTER)."""
_CASUALTY = re.compile(
    r"\s+(?:of\s+(?:them|whom)\s+)?(?:(?:were|was|have\s+been|had\s+been|are)\s+)?"
    rf"(?:(?:later|also|subsequently|reportedly)\s+)?(?:found\s+)?(?P<what>{_BEFELL}|detained|displaced|"
    r"evacuated)\b")
"""People, though the word is left out: "23 were injured", "six of them were later found dead"."""
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|mum|dad|grandmother|grandfather|grandparent)\s+of\s+$",
                        re.IGNORECASE)
"""A parent named by their children's number, which is no count of the hurt ("a father of three was
injured")."""
_ONE_OF = {"person": "people", "death": "deaths", "fatality": "deaths", "passenger": "passengers",
           "child": "children", "man": "people", "woman": "people", "patient": "patients",
           "worker": "workers", "consumer": "consumers", "pedestrian": "pedestrians", "driver": "drivers",
           "civilian": "civilians", "soldier": "soldiers", "officer": "officers", "resident": "residents",
           "firefighter": "firefighters", "crew member": "crew members", "student": "students"}
_ONE_NOUN = re.compile(r"[ \u00a0]+(crew member|[a-z]+)\b")
_HURT_AFTER = re.compile(rf"[^.;:()]{{0,40}}?\b({_BEFELL}|taken to hospital|admitted to|treated)\b")
_HURT_AS = {"died": "dead", "killed": "dead", "wounded": "injured", "hurt": "injured",
            "hospitalised": "in hospital", "hospitalized": "in hospital", "taken to hospital": "in hospital",
            "admitted to": "in hospital"}
"""How a label says what befell the one counted ("people dead", "passengers in hospital")."""


def _one_hurt(sent: str, first: int, end: int, after: str) -> _Found | None:
    """Read a count of one that is news: a death ("1 death"), or one person hurt, lost or held ("One
    person has died", "one was taken to hospital", "One consumer was treated for smoke inhalation");
    any other "one" is no statistic ("One person familiar with the matter said")."""
    noun = _ONE_NOUN.match(sent, end)
    word = noun.group(1).lower() if noun else ""
    unit = _ONE_OF.get(word)
    tail = noun.end() if noun and unit else end
    if unit == "deaths":
        return _Found(first, tail, 1, unit, unit)
    if unit is None and word not in ("was", "has", "had", "is", "remains", "remained"):
        return None  # "one goal", "one of them": not one of the people counted
    hurt = _HURT_AFTER.match(sent, tail)
    if hurt is None:
        return None
    unit = unit or "people"
    return _Found(first, tail, 1, unit, f"{unit} {_HURT_AS.get(hurt.group(1), hurt.group(1))}")


_PART_PEOPLE = re.compile(
    r"\s+(?:of\s+(?:them|whom)\s+)?(?:were|are)\s+(?:all\s+)?(?P<who>children|minors|women|men|girls|boys|"
    r"civilians|journalists|students|foreigners|doctors|nurses|teachers|soldiers|officers|firefighters|"
    r"refugees|migrants)\b")
"""Who a count of people was, said after it: "at least nine were children", "four of whom were women"."""
_WHOLE_BEFORE = re.compile(r"\bof\s+(?:whom|which|them)\b|^\W*of\s+the\b", re.IGNORECASE)
"""A whole named before a count ("25 people, of whom nine were children", "Of the 1,200 staff, 300 are
nurses"): the count is a part of it, read as such by the figure before."""
_CASUALTY_STARTS = ("were", "was", "have", "had", "are", "killed", "dead", "injured", "wounded", "missing",
                    "hurt", "arrested", "detained", "displaced", "evacuated", "died", "rescued", "hospitali",
                    "of")
"""How a word that _CASUALTY reads after a number starts (lower case): a cheap test before the match."""
_NOUN_AFTER = re.compile(r"[ \u00a0]+([a-z][a-z]+(?:-[a-z]+)*)(?![\w’'])")
_OPENING = re.compile(r"[^\d,;:()“”\"$€£¥₹\u2212]*")
_NOTE_FIRST = re.compile(r"\s*\[[^\]\n]{1,60}\]\s*(?:[—–-]\s*)?")
"""A note in square brackets opening a sentence ("[laughs]", "[first seconds not interpreted] —"):
the transcriber's or the editor's, never what a number measures."""
_AMOUNT_WORDS = {"percent", "per", "cent", "million", "billion", "trillion", "thousand", "yuan", "dollars",
                 "euros", "pounds", "points", "percentage", "year", "year-on-year", "%", "bp", "bps", "basis",
                 "pc", "lakh", "lakhs", "crore", "crores", "bn", "mn"}
_NOT_UNITS = {"odd", "something", "strong", "plus", "off", "point", "nil", "way", "fold", "time", "all",
              "thirds", "third", "half", "quarter", "quarters", "fifths", "tenths"}
_WORD = re.compile(r"[A-Za-z][A-Za-z’'&-]*")
_TIME_LEADS = {"centuries", "consecutive", "straight", "successive", "full"}
_CODE_WORDS = {"USD", "EUR", "GBP", "CNY", "RMB", "JPY", "HKD", "INR", "CHF", "AUD", "CAD", "US", "HK"}
_DASHES = ("-", "‐", "‑", "–")
_GLUE_RIGHT = frozenset("-‐‑–/:.")
_CURRENCY_FIRST = frozenset({c.split()[0].lower().rstrip(".") for c in _CURRENCY_COUNTRIES}
                           | {f"{w}{s}" for w in _CURRENCY_NAMES for s in ("", "s")})
"""The words a currency named after its amount opens on (see `_CURRENCY_WORD`), as `_next_word` gives them."""
_MONTH_STEMS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
_CLOCK_WORDS = {"a.m", "p.m", "am", "pm", "o'clock", "o’clock", "gmt", "utc", "hrs", "h"}
_DEFINITE = {"the", "its", "their", "his", "her", "our", "your", "my", "these", "those", "both",
             "whose", "same", "other", "first", "last", "next", "past", "previous", "coming", "final",
             "remaining", "initial", "following", "top"}
"""Words before a count that make it a pointer to things the text names ("the three places")."""
_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from",
    "that", "which", "who", "whom", "as", "than", "is", "are", "was", "were", "be", "been", "being",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had",
    "per", "each", "its", "their", "his", "her", "this", "these", "those", "it", "they", "he", "she",
    "we", "you", "i", "so", "such", "into", "onto", "over", "under", "about", "after", "before", "since",
    "during", "while", "when", "where", "whereas", "if", "not", "no", "also", "thus", "there", "here",
    "then", "do", "does", "did", "up", "down", "out", "off", "across", "through", "between",
    "among", "including", "like", "via", "ago", "later", "earlier", "old", "aged", "last", "next",
    "past", "more", "less", "most", "least", "only", "just", "all", "both", "either", "neither",
}
_LEADING_ADJ = {"more", "new", "additional", "other", "further", "extra", "fewer", "such", "different",
                "separate", "major", "key", "total"}
_PLURAL_IRREGULAR = {"people", "children", "men", "women", "staff", "personnel", "police", "cattle",
                     "livestock", "feet", "teeth", "mice", "geese", "sheep", "fish", "aircraft",
                     "troops", "data", "media", "criteria", "phenomena", "deer", "crew", "spacecraft",
                     "poultry", "offspring"}
_PER_SLASH = re.compile(r"\s?/\s?([a-zA-Z]{1,4}[23³]?)\b")
"""After a measure, what it is per: "km/h", "kg / m3"."""
_MEASURES = {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
             "meters", "metre", "meter", "kg", "kilograms", "tonnes", "tons", "tonne", "ton", "hectares",
             "acres", "barrels", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "mu", "litres", "liters",
             "teu", "sq", "square", "cubic", "pence", "cents", "bpd", "mph", "kph", "mm", "cm",
             "m", "ft", "kt", "knots", "nm", "mi", "hpa", "lb", "lbs", "oz", "mg", "ml"}
_SYMBOLS = frozenset({"km", "kg", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "bpd", "mph", "kph", "mm",
                      "cm", "m", "ft", "kt", "nm", "mi", "hpa", "lb", "lbs", "oz", "mg", "ml"})
"""The measures written as symbols: the number's label says what they measure, from its clause."""
_CLAUSE_GOES_ON = frozenset("""
high tall long wide deep thick away apart across above below beneath under over ahead behind higher lower
taller longer wider deeper north south east west northeast northwest southeast southwest inland offshore
late early earlier later overnight daily ago
""".split())
"""Words after a measure that say which way it runs or when ("40 ft tall", "150 km west of Nadi", "13.3
million bpd late last year"), not what it sizes."""
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")
_PER_UNIT = re.compile(r"\s+per\s+([A-Za-z]+)(?:[ ]([A-Za-z]+))?")
_PERSON_UNITS = {"people", "residents", "inhabitants", "citizens", "persons", "individuals"}
_POPULATION_CUE = re.compile(r"\b(?:home\s+to|population|inhabitants)\b", re.IGNORECASE)
_POPULATION_AFTER = re.compile(r"(?:\s+[a-z][\w-]*)?\s+population\b")
"""A population named after its number: "over 400 million middle-income population"."""
_PEOPLE_BEFORE = re.compile(r"\bpeople\b[^,.;:()\d]{0,25}(?:,|\band)\s+$", re.IGNORECASE)
"""People counted just before, so a number after them counts people too: "4.3 million people in Niger
and [3.4 million] in Chad"."""
_POPULATION_OF = re.compile(r"\b(?:population|inhabitants|residents)\b[^,.;]{0,20}$", re.IGNORECASE)
_WORDS = re.compile(r"(?:[ \u00a0]+(?:[A-Za-z][A-Za-z’'&-]*(?![\w-])|[A-Z][A-Za-z]*-?\d[A-Za-z\d-]*)){1,8}")
"""The words after a number that may name what it counts; a model's name or a code among them ("58 Airbus
A320-family aircraft", "5 COVID-19 patients") is one word."""
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]“”‘\"–—\s](?:(?<=,)(?!\d)|(?<=[;:()\[\]“”‘\"–—])|(?<=\s)(?:-|and|but|while|whereas|which|"
    r"that|who|when|where|because|although|as)\s)"
)
"""A clause break: ",", ";", a bracket or quote, " - ", " and ", " which " ... (one leading character
class, so the engine skips letters fast)."""
_VERBS = {
    "is", "are", "was", "were", "be", "been", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "has", "have", "had", "do", "does", "did", "said", "say", "says", "left", "rose",
    "fell", "grew", "went", "came", "made", "took", "got", "saw", "paid", "sold", "held", "kept", "lost",
    "spent", "won", "ran", "met", "became", "began", "brought", "bought", "built", "fled", "felt", "found",
    "gave", "led", "lent", "told", "thought", "sought", "stood", "live", "lives", "work", "works", "own",
    "owns", "use", "uses", "remain", "remains", "support", "supports", "oppose", "opposes", "believe",
    "believes", "think", "thinks", "want", "wants", "expect", "expects", "agree", "agrees", "favour",
    "favor", "prefer", "plan", "plans", "hold", "holds", "come", "comes", "go", "goes", "account",
    "accounts", "make", "makes", "get", "gets", "see", "sees", "rise", "rises", "fall", "falls",
}
"""Verb forms that end the noun phrase after "of" ("45 percent of voters said ...")."""
_DISCOURSE_NOUNS = {
    "points", "areas", "aspects", "questions", "speakers", "guests", "things", "ways", "parts", "issues",
    "topics", "reasons", "remarks", "suggestions", "comments", "words", "sides", "answers", "steps",
    "respects", "dimensions", "fronts", "pillars", "priorities", "tasks", "principles", "goals", "messages",
    "observations", "examples", "options",
}
_SCORING = re.compile(r"\b(?:scored|scoring|scores|conceded|conceding|netted|kicked)\b")
"""Verbs that make a discourse noun a game's count: "scored seven goals", "conceded three points",
"scored 19 goals ..., including seven goals in the Champions League"."""
_MARGIN_AFTER = re.compile(r"\s+(?:clear|ahead|behind|off|adrift|above|below|short|better|worse)\b")
"""What makes "four points" a margin, not the points of a talk: "four points clear of Hallam"."""
_STANDING_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:clear|ahead|short|adrift)[ \u00a0]+of|behind|remaining|outstanding"
    r"|off[ \u00a0]+(?:the[ \u00a0]+(?:pace|lead|top)|top|first|second|third|fourth)|to[ \u00a0]+go"
    r"|left(?=[ \u00a0]+(?:to|in|for|on)\b|[,.;:!?)]|$))\b")
"""What a count stands at, said after it: "four points clear of Hallam City", "nine games remaining",
"27 points left to play for": the words after name the count better than those before."""
_MULTIPLE_VERB = re.compile(
    r"(?P<verb>doubled|tripled|trebled|quadrupled|halved|double|triple|treble|quadruple|halve)\b")
_MULTIPLE_VALUES = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5, "double": 2,
                    "triple": 3, "treble": 3, "quadruple": 4, "halve": 0.5}
_TARGET_BEFORE = re.compile(
    r"\b(?:to|will|would|could|must|should|shall|and)(?:\s+(?:at\s+least|roughly|more\s+than|nearly|almost))?\s+$",
    re.IGNORECASE)
"""What a base-form multiple follows as a target: "pledged to triple", "will at least double"."""
_DETERMINER = re.compile(
    r"(?:(?:the\s+)?[a-z]+['’]s|the|its|their|his|her|our|all|[A-Z][\w.-]*(?:\s[A-Z][\w-]*)*['’]s)\b")
"""What may stand before the whole a count is part of: "the", "China's", "the country's"."""
_COUNT_PP = re.compile(r"\s+(?:in|on|at|from|for|across|under|of|along|within|to)\s")
_LABEL_PP = re.compile(r"\s+(?:in|on|for|of|to|at|from|by)\s")
_OF_NP = re.compile(r"\s+of\s+")
_NEXT_FIGURE = re.compile(r"\s+(?:to|against|than|versus|vs\.?|from)\s+(?:the\s+)?[$€£¥]?\d")
"""A share's whole running into the next figure: "4.1 percent of GDP in 2025 to 3.2 percent"."""
_CHANGE_GAP = re.compile(
    r"(?:\s+(?:in|for)\s+\d{4}|\s+(?:last|this)\s+year)?,\s*(up|down|a rise of|an increase of|a fall of"
    r"|a drop of|a decline of|rising|falling|increasing|decreasing)\s+(?:by\s+)?", re.IGNORECASE)
"""Between a level and its change: "£1.2 billion, up 14%", "$45.6 billion in 2023, down 12 percent"."""
_A_GAP = re.compile(r"(?:\s+(?:for|in|on)\s[^,;:()\d]{0,40})?,\s*an?\s+")
_CHANGE_NOUN_AFTER = re.compile(
    r"\s+(increase|rise|gain|jump|drop|fall|decline|decrease|cut|reduction)\b(?!\s+(?:in|of)\b)",
    re.IGNORECASE)
"""After a level and ", a 3.3%": the change it is ("increase"), unless the words after name what changed."""
_WEIGHED = re.compile(r"\bweigh(?:s|ed|ing)?\b|\bweight\b", re.IGNORECASE)
_OUNCES_AFTER = re.compile(r"(?:,|\s+and)\s+[\w-]+\s+ounces?\b", re.IGNORECASE)
"""What makes pounds a weight: a verb of weighing before them, or ounces after ("7 pounds, 2 ounces")."""
_DOWNWARD = {"down", "a fall of", "a drop of", "a decline of", "falling", "decreasing",
             "drop", "fall", "decline", "decrease", "cut", "reduction"}
_AUXILIARIES = {"have", "has", "had", "is", "are", "was", "were", "will", "would"}
_LEVEL_VERBS = {"reached", "rose", "fell", "totalled", "totaled", "hit", "stood", "was", "were", "grew",
                "closed", "ended", "finished", "settled",
                "climbed", "dropped", "increased", "decreased", "came", "amounted", "reaching", "totalling",
                "totaling"}
_GLUED_UNIT = re.compile(r"(?:[GMkT]Wh?|km/h|km|kg|Mt|Gt|mph|ha|mm|cm|kph|m³|bpd|ppm"
                         r"|[KMGT]B|mAh|[GMk]?Hz|nm|MP|Wh?|x)(?![\w])")
"""A unit glued to its number: "51TWh", "12km", and a device's "16GB", "5,500mAh", "120Hz", "2nm", "50MP",
"90W", "5x"."""
_OIL_RATE = re.compile(r"[ \u00a0]?((?:mm|m|k|t)?b(?:bl)?/d|(?:mm|m|k)bpd|(?:m|k)?boe/d)(?![\w/])",
                       re.IGNORECASE)
"""An oil rate's abbreviation ("106.4 mb/d", "189 tb/d", "9.5 mbpd"): kept as written, since "m" is a
million to OPEC and the IEA but a thousand in American "Mbbl/d"."""
_DEVICE_UNITS = {**{u: u for u in ("KB", "MB", "GB", "TB", "mAh", "Hz", "kHz", "MHz", "GHz", "nm", "W",
                                    "Wh")}, "MP": "megapixels", "x": "times"}
"""The glued units of a device's specification, named by the noun after them ("16GB of RAM"), and
what each is written as."""
_FILE_TYPE = re.compile(r"\b(?:PDF|DOCX?|XLSX?|CSV|ZIP|download)\b", re.IGNORECASE)
"""A file named before its size: a link to download it, not a fact of the story."""
_RATIO_BEFORE = re.compile(
    r"(?P<name>\b(?:hazard|odds|risk|rate)\s+ratio|\brelative\s+risk|\ba?(?:HR|OR)|\bI?RR)"
    r"(?:\s*[\[(]a?(?:HR|OR)[\])]|\s*[\[(]I?RR[\])])?\s+$")
"""A study's named statistic before its value: "(hazard ratio 0.87", "(HR 0.79", "odds ratio 0.82",
"hazard ratio [HR] 0.78"."""
_RATIO_ENDS = ("ratio ", "risk ", "HR ", "OR ", "RR ", "HR] ", "OR] ", "RR] ", "HR) ", "OR) ", "RR) ")
_WARMTH = re.compile(r"\b(?:temperatures?|heat(?:wave)?|hot(?:test)?|cold(?:est)?|warm(?:est|er)?|"
                     r"cool(?:er)?|frost|freezing|degrees|high of|low of|highs|lows|thermometer|weather)\b",
                     re.IGNORECASE)
"""A sentence about the weather, where "40C" is a temperature (elsewhere "34C" may be a size or a seat)."""
_RATIO_NAMED = re.compile(r"(?<![\w'’-])((?:[\w'’]+-)+[\w'’]+\s+ratio)\s+of\s+$")
"""A ratio named before its value, by what it sets against what: "book-to-bill ratio of", "debt-to-GDP
ratio of" (not "a ratio of 3 to 1", which says it whole)."""
_RATIO_UNITS = {"hr": "hazard ratio", "ahr": "hazard ratio", "or": "odds ratio", "aor": "odds ratio",
                "rr": "relative risk", "irr": "rate ratio", "risk ratio": "relative risk"}
_CONFIDENCE = re.compile(r"\s*(?:CI\b|confidence\s+interval)")
"""After a percentage: its confidence level ("95% CI 0.81-0.94"), not a measurement."""
_WINDOW_NOUNS = frozenset("""
yield yields note notes bond bonds bill bills treasury treasuries gilt gilts bund bunds mortgage mortgages
swap swaps average averages high highs low lows breakeven
""".split())
"""What an "N-year" or "N-week" names rather than measures: "the 10-year yield", "a 52-week high"."""
_PEOPLE_NOUNS = frozenset("""
boy girl man woman child baby toddler teenager son daughter mother father grandmother grandfather wife
husband brother sister student pupil apprentice teacher nurse doctor patient victim driver worker resident
pensioner farmer soldier officer survivor suspect defendant witness mum dad
""".split())
"""Who an "N-year-old" may describe when the number is an age, not a figure."""
_AGED = re.compile(r"\baged\s+(?:(?:over|under|between|about|around|from)\s+)?"
                   r"(?:\d{1,3}\s*(?:to|and|-|–)\s*)?$",  # "aged 16 to 64 years": both ends are ages
                   re.IGNORECASE)
_RATE_BASES = {10, 100, 1000, 10000, 100000, 1000000}
_PER_BASE = re.compile(
    r"\s+per\s+(1,000,000|100,000|10,000|1,000|100|thousand|million)(?![\d,])(?:\s+([a-z]+))?")
_PER_CURRENCY = re.compile(r"\s+(?:per|to\s+the|against\s+the)\s+(?:(?:US|U\.S\.)\s+)?"
                           r"(dollar|euro|pound|yen|yuan|greenback)\b(?!\s+(?:of|spent|invested|raised)\b)")
"""A currency's price in another ("129.4 per dollar", "157.2 to the dollar"): an exchange rate."""
_NUMBER_OF = re.compile(
    r"\bnumber of ((?:[a-z-]+ ){0,3}?([a-z-]+s|people|children|staff))\b(?!.*\bnumber of\b)", re.IGNORECASE)
"""What "the number of" counts: the whole phrase ("fully paid-up Member States"), then its noun."""
_MOVEMENT_WORDS = frozenset("""
fell rose gained lost dropped climbed jumped slipped shed declined grew increased decreased up down
""".split())
_NUMBER_END = (r"\s+\S*(?:\s+(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|lakh\s+crores?"
               r"|per\s*cent|percent|percentage\s+points?))?$")
"""A number ending the text, with its scale or percent word: "1.08", "3 billion", "12.5 per cent", "₹3
lakh"."""
_MOVED_END = re.compile(rf"\b(?:{'|'.join(sorted(_MOVEMENT_WORDS))}){_NUMBER_END}", re.IGNORECASE)
"""A change stated before its new level: "fell $1.08 to $76.99" is a fall of $1.08, not a range."""
_FROM_TO_GAP = re.compile(r"\s+to\s+")
_IN_NP = re.compile(r"\s+(?:in|of|on)\s+")
_PP_AFTER_HEAD = re.compile(r"\s+(?:in|at|on|for|from|by|to|with|among|across)\s")
"""A phrase after a share's whole that says where or when ("of the vote in the affected counties"): part of
what the share measures, but no part of the figure's words."""
_BROKEN_OF = re.compile(r"(?:\s+[A-Za-z]+){1,4}\.\s+of\s+")
_NOT_OF_THE_WHOLE = frozenset(_QUAL_ENDS | _AMOUNT_WORDS)
"""Words of "of the association's roughly 1,100 members" that say how many, not what: out of its label."""
_SHARE_WORDS = frozenset({"cent", "percent", "%", *FRACTIONS})
_QUAL_AFTER = re.compile(rf"[ \u00a0]+(?:{_QUALIFIER})(?=[ \u00a0])", re.IGNORECASE)
_NEXT_NUMBER = re.compile(rf"[ \u00a0]+(?:{NUMERAL}|{WORD_NUMBER})[ \u00a0]+", re.IGNORECASE)
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_EARLIER = r"compared\s+(?:with|to)|(?:up|down)\s+from|versus|vs\.?|against"
_EARLIER_BEFORE = re.compile(rf"\b(?:{_EARLIER})\s+$")
"""What introduces a value to set beside the one before it: "compared with", "up from"."""
_EXPECTED_AFTER = re.compile(r"\s+(expected|forecast|estimated|projected)\b(?!\s+(?:to|by|in|at)\b)",
                             re.IGNORECASE)
"""A value set beside another as what was expected of it: "$37.9 billion expected" (not "expected to")."""
_PERIOD_OF = r"(?:in|during|for)\s+(?:the\s+|its\s+|their\s+)?"
_PERIOD_WORDS = r"first|second|third|fourth|final|last|previous|prior|same|early|late|mid"
"""How a period is named ("in the third quarter", "in its final year", "in the early 2000s"): for the
time a value was measured (_MEASURED_WHEN) and for the time a label already holds (_TIME_TAIL)."""
_MEASURED_WHEN = re.compile(
    r"(?:\s+a\s+(?:year|month|week|day))?"  # "more than four hundred a year in the early 2000s"
    rf"\s+({_PERIOD_OF}(?:(?:{_PERIOD_WORDS})\b"
    rf"|(?:{_MONTH}|[12]\d{{3}}s?)\b|(?:prior|previous|same)-)[^,.;:()]{{0,40}}?"
    rf"|(?:a|one|two|three|four|five|six|ten|\d+)\s+(?:year|month|week|quarter|decade|day)s?\s+(?:ago|earlier|before)"
    r"|(?:last|this)\s+(?:year|month|week|quarter)|previously|before|today|now|over\s+the\s+same\s+period"
    r"\s+last\s+year)(?=[,.;:()]|\s*$|\s+(?:and|but|according|as|when|while|with|after|before)\b)",
    re.IGNORECASE)
"""When the value set beside another was measured: "in the third quarter of 2023", "a year ago"."""
_BETWEEN_END = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_BETWEEN_NEAR_END = re.compile(r"\bbetween\s+\S*(?:\s\S+)?$", re.IGNORECASE)
_FROM_BY_END = re.compile(rf"\b(?:from|by){_NUMBER_END}", re.IGNORECASE)
_SPAN_VERB = r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+from"
_SPAN_FROM = re.compile(rf"{_SPAN_VERB}\s+$", re.IGNORECASE)
_SPAN_FROM_END = re.compile(rf"{_SPAN_VERB}{_NUMBER_END}", re.IGNORECASE)
"""What makes "from ... to ..." one range ("ranged from 27 to 30 pesos"), not a change from one level to
another: before the first number, and before the "to" after it."""
_WHOLE_CURRENCIES = frozenset({"IDR", "VND", "KRW"})
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
"""A currency never written with cents: after its sign, "17.200" groups thousands by dots ("Rp 17.200"),
as its country writes them, even in an English text."""
_DIGIT_SPACE_END = re.compile(r"\d\s+$")
_TO = re.compile(r"\s+to\s")
_AND = re.compile(r"\s+and\s")
_MARKER_LEFT = re.compile(r"[\s(\[•*-]*")
_MARKER_RIGHT = re.compile(r"[.)\]](?:\s|$)")
_ORDINAL_END = re.compile(r"\b(?:first|second|third|fourth|last|latter|former)\s*$")
_PHRASE_WORD = re.compile(r"[\w’'$%.-]*\w")
_HEAD_WORD = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z’'-]*)")
_DIGIT = re.compile(r"\d")
_WORD_CHARS = re.compile(r"\w+")
_TIME_FRAME_WORDS = ("past", "last", "next", "coming", "previous", "recent", "first", "the", "its", "their",
                     "following", "every")
_TIME_FRAME_BEFORE_REVERSED = re.compile(
    r"(?:\s*[-–]\s*\w+\s+|\s+(?:ot|ro)\s+\w+\s+|\s+)(?:"
    + "|".join(w[::-1] for w in _TIME_FRAME_WORDS) + r")\b", re.IGNORECASE)
"""A time frame the text before a duration ends in ("the past", "the next two or": a date, not a
figure), read backwards: matched at the start of the reversed text, not searched for at its end."""
_TIME_FRAME_AFTER = re.compile(r"\s+(?:ago|later|earlier|old|before|after|from\s+now)\b")
_CLOCK_AFTER = re.compile(r"\s+(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                          r"|twelve|midnight|noon|1[0-2](?![\d.:])|[1-9](?![\d.:]))\b"
                          r"(?!\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\b)")
"""Minutes that tell the time, read aloud: "seventeen minutes past eight", "ten minutes to nine"."""
_RANGE_TAIL = re.compile(
    rf"\s*(?:[-–]|\s(?:to|and)\s)\s*(?P<cur>{_CURRENCY_SIGN})?(?P<num>{NUMERAL}|\b{WORD_NUMBER}\b)"
    rf"(?P<mult>{_MULT})?(?P<pct>{_PERCENT})?",
    re.IGNORECASE,
)


_LABEL_DEBRIS = " •·▪◦*–—-\u2212"
_MINUS_BEFORE = re.compile(r"(?:(?<![\w.,%)\u2212-])[-\u2212]|(?<!\bplus or )\bminus\s+)$", re.IGNORECASE)
"""A minus sign set before a number, not a hyphen joining it to a word or a range: "−0.4%", "-5C"."""


class _Found(NamedTuple):
    """A figure inside one sentence, before it gets its source offsets (a tuple: cheap to make)."""

    start: int
    end: int
    value: int | float
    unit: str
    label: str


def find_figures(doc_id: str, text: str, sentences: Sequence[Span]) -> list[Figure]:
    """Return the figures stated in ``sentences`` of source ``doc_id``, each cited to its exact phrase."""
    sents = sorted(sentences, key=attrgetter("start"))
    starts = [s.start for s in sents]
    ends = [s.end for s in sents]
    per_sentence: dict[int, list[tuple[int, str]]] = {}
    for pos, kind in _anchors(text):
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < ends[i]:
            per_sentence.setdefault(i, []).append((pos - starts[i], kind))
    figures: list[Figure] = []
    before: tuple[int, list[_Found]] = (-2, [])  # the last sentence read and what it gave
    for i, anchors in per_sentence.items():
        sent = sents[i]
        # the sentence before, in the same paragraph, may name what a bare count counts ("Of these, 31")
        said = before[1] if before[0] == i - 1 and "\n" not in text[ends[i - 1]:sent.start] else []
        scanned = _scan(sent.text, anchors, _continuation(text, sent.end), said)
        before = (i, scanned)
        for found in scanned:
            start, end = sent.start + found.start, sent.start + found.end
            if found.value in _SCALES and text[start - 1:start] == "(" and text[end:end + 1] == ")":
                continue  # a table's column says its scale: "(1,000 acres)", "(1,000 bushels)"
            # "• In total": a bullet is no word; "package of bills Friday": the day says when, not what
            label = _without_day(found.label).strip(_LABEL_DEBRIS) or "figure"
            if "-\n" in sent.text and "- " in label:
                label = _unbroken(label, sent.text)
            figures.append(Figure(found.value, found.unit, label, text[start:end],
                                  (Cite(doc_id, start, end),)))
    return _pounds_of_weight(text, _local_currency(text, figures))


_POUND_LANDS = ("£", "sterling", "Britain", "British", "UK", "U.K.", "England", "English", "Scotland",
                "Scottish", "Wales", "Welsh", "Ireland", "London", "Egypt", "Lebanon", "Syria", "Sudan")
"""Names that make "pounds" money: the pound's sign and word, and the lands whose currency it is."""


def _pounds_of_weight(text: str, figures: list[Figure]) -> list[Figure]:
    """Read "pounds" as a weight in a story in dollars or on America that names no land of the pound:
    "842 pounds per harvested acre", "13.9 million 480-pound bales" in a US crop report are no sterling."""
    if not any(f.unit == "GBP" and "pound" in f.text.lower() for f in figures):
        return figures
    head = text[:20_000]
    if not ("$" in head or _mentioned(head, _SHARED_SIGNS["USD"][0], 1)) or _mentioned(head, _POUND_LANDS, 1):
        return figures
    return [dataclasses.replace(f, unit="pounds") if f.unit == "GBP" and "pound" in f.text.lower() else f
            for f in figures]


_SCALES = frozenset({100, 1000, 1_000_000, 1_000_000_000})


def _local_currency(text: str, figures: list[Figure]) -> list[Figure]:
    """Give a bare "$" or "¥" the currency of the country the story is about, when only one is named.

    "$4.2 billion" in a story on Queensland's budget is Australian dollars, and "¥1.2 trillion" in one
    on Toyota is yen; where the text names the United States (or China), or no country, "$" stays
    USD (and "¥" CNY), as before.
    """
    signs = {f.unit for f in figures if f.unit in _SHARED_SIGNS and _bare_sign(f.text)}
    if not signs:
        return figures
    local = {sign: code for sign in signs if (code := local_code(text, sign)) != sign}
    return [dataclasses.replace(f, unit=local[f.unit]) if f.unit in local and _bare_sign(f.text) else f
            for f in figures]


def local_code(text: str, code: str) -> str:
    """Return the currency a bare sign first read as ``code`` ("$" as USD, "¥" as CNY, "Rs" as INR) writes
    in ``text``: another country's, when the text names it (twice) and no other, nor the sign's own, and
    does not write that country's money with a sign of its own ("A$"). A peso country's "$" is either
    currency; where the text names pesos, it is "$", as written."""
    if code not in _SHARED_SIGNS:
        return code
    keeps, others = _SHARED_SIGNS[code]
    head = text[:20_000]
    homes = [home for home, names in others if _mentioned(head, names, 2)]
    if len(homes) != 1 or _signed(head, _OWN_SIGNS.get(homes[0], ())):
        return code  # "A$1.2 billion ($800 million)": the text writes its own money so, and "$" is USD's
    if homes[0] in _PESO_CODES.values():
        # Mexico's papers write pesos "$27.40" and a wire on Mexico writes dollars so: the sign as written
        return "$" if _mentioned(head, ("peso", "pesos"), 2) else code
    return homes[0] if not _mentioned(head, keeps, 1) else code


_OWN_SIGNS = {"AUD": ("A$", "AU$"), "CAD": ("C$", "CA$"), "NZD": ("NZ$",), "SGD": ("S$",), "HKD": ("HK$",),
              "TWD": ("NT$",), "MXN": ("MX$", "Mex$")}
"""The signs that write a country's own dollar or peso apart from the US dollar."""


def _signed(text: str, signs: tuple[str, ...]) -> bool:
    """Return whether one of ``signs`` stands in ``text`` before an amount ("HK$4", not the "S$" of "US$4"
    nor a table's "(NZ$, per tray)", which says what its bare "$" is)."""
    for sign in signs:
        at = text.find(sign)
        while at >= 0:
            after = at + len(sign)
            if not text[at - 1:at].isalpha() and text[after:after + 2].strip()[:1].isdigit():
                return True
            at = text.find(sign, at + 1)
    return False


def _mentioned(text: str, names: tuple[str, ...], times: int) -> bool:
    """Return whether ``names`` stand in ``text`` as words ``times`` times or more ("Australia", not
    inside "Australian"). Found by substring search, which is many times faster here than a pattern
    of the names, and counted only until it is enough."""
    seen = 0
    for name in names:
        at = text.find(name)
        while at >= 0:
            after = at + len(name)
            if not (text[at - 1:at].isalnum() or text[after:after + 1].isalnum()):
                seen += 1
                if seen >= times:
                    return True
            at = text.find(name, after)
    return False


def _bare_sign(phrase: str) -> bool:
    """Return whether a figure's currency is a bare sign shared by several currencies ("about $50",
    "¥1.2 trillion", "Rs 1.5 billion", "2,500 dirhams"), not one that says whose ("US$", "A$", "$A", "₹")."""
    at = min((i for i in (phrase.find("$"), phrase.find("¥"), phrase.find("Rs")) if i >= 0), default=-1)
    if at < 0:
        return "dirham" in phrase or "Dh" in phrase
    sign = 2 if phrase.startswith("Rs", at) else 1
    return not phrase[at - 1:at].isalpha() and not phrase[at + sign:at + sign + 1].isalpha()


_SHARED_SIGNS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]] = {
    # The code a bare sign is read as: the names that keep it so, then each other country's code and
    # the names of it that, twice or more and alone, make the sign its currency.
    "USD": (("U.S.", "US", "USA", "United States", "American", "Americans", "Washington", "Wall Street",
             "Federal Reserve", "Nasdaq"), (
        ("AUD", ("Australia", "Australian", "Queensland", "New South Wales", "Victoria", "Sydney",
                 "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "ASX")),
        ("CAD", ("Canada", "Canadian", "Ontario", "Quebec", "Ottawa", "Toronto", "Alberta", "Vancouver")),
        ("NZD", ("New Zealand", "Auckland", "Wellington")),
        ("SGD", ("Singapore", "Singaporean")),
        ("HKD", ("Hong Kong", "Kowloon", "HKSAR")),
        ("TWD", ("Taiwan", "Taipei")),
        ("MXN", ("Mexico", "Monterrey", "Guadalajara", "Nuevo León", "Jalisco")),  # the peso's "$"
        ("ARS", ("Argentina", "Buenos Aires")),
        ("CLP", ("Chile", "Santiago")),
        ("COP", ("Colombia", "Bogotá", "Bogota", "Medellín")))),
    "CNY": (("yuan", "renminbi", "RMB", "China", "Chinese", "Beijing", "Shanghai"), (
        ("JPY", ("yen", "Japan", "Japanese", "Tokyo", "Nikkei", "Topix", "BOJ", "Bank of Japan")),)),
    "INR": (("India", "Indian", "New Delhi", "Mumbai", "crore", "crores", "lakh", "lakhs"), (
        ("PKR", ("Pakistan", "Pakistani", "Karachi", "Lahore", "Islamabad")),
        ("LKR", ("Sri Lanka", "Sri Lankan", "Colombo")),
        ("NPR", ("Nepal", "Nepali", "Nepalese", "Kathmandu")))),
    "AED": (("UAE", "Emirates", "Emirati", "Dubai", "Abu Dhabi", "Sharjah"), (
        ("MAD", ("Morocco", "Moroccan", "Rabat", "Casablanca", "Marrakesh", "Tangier")),)),
}


def _continuation(text: str, end: int) -> str:
    """Return the next sentence fragment when it starts in lower case (a machine-translation break)."""
    if text[end:end + 1] not in (" ", "\u00a0"):  # _FRAGMENT's cheap first tests: a space, then
        return ""                                # more space or a lower-case letter
    nxt = text[end + 1:end + 2]
    if not ("a" <= nxt <= "z" or nxt == " " or nxt == "\u00a0"):
        return ""
    m = _FRAGMENT.match(text, end, end + 200)
    return " " + m.group(1) if m else ""


def _anchors(text: str) -> list[tuple[int, str]]:
    """Return where a number may start: each numeral, and each number word standing alone.

    Two cheap passes (digits; number words as a trie over the lower-cased text, so the engine
    never walks a long list of alternatives) keep this fast; the full pattern then runs only here.
    """
    found = [(m.start(), "") for m in _DIGITS.finditer(text)]
    low = text.lower()
    if len(low) == len(text):
        first = _WORD_ANCHOR.match(low)  # only a word at the very start has no character before it
        if first:
            found.append((0, _ANCHOR_KIND[first.group(0)]))
        found += [(m.start(1), _ANCHOR_KIND[m.group(1)]) for m in _WORD_ANCHOR_AFTER.finditer(low)]
    else:  # lower() changed some lengths (rare letters): search the original, both cases
        found += [(m.start(), _ANCHOR_KIND[m.group(0).lower()]) for m in _WORD_ANCHOR_CASED.finditer(text)]
    found.sort()
    return found


_SAID_BEFORE = re.compile(r"(?P<of>(?:Of|Among)\s+(?:these|those|them|whom|which))\s*,\s*"
                          r"|(?:Another|A\s+further)\s+(?=\S)")
"""A sentence opening on a count its sentence does not name, the sentence before does: "... inspected 4,870
buildings. Of these, 1,240 have been classed as unsafe"; "27,400 people are under evacuation order.
Another 9,850 are on evacuation alert"."""


def _wholes_before(sent: str, said: Sequence[_Found]) -> list[_Found]:
    """Return the counts of the sentence before that a count opening this one may be of (see _SAID_BEFORE),
    set where the opening's words stand (so this sentence's readers take them for its own figures
    before its first number), or none."""
    if not said or sent[:1] not in "OAa" or (opening := _SAID_BEFORE.match(sent)) is None:
        return []
    at = opening.end("of") if opening.group("of") else 0
    return [f._replace(start=0, end=at) for f in said
            if f.unit and f.unit not in _CHANGE_UNITS and f.unit not in _MONEY_UNITS]


def _scan(sent: str, anchors: list[tuple[int, str]], after: str, said: Sequence[_Found] = ()) -> list[_Found]:
    """Read the figures of one sentence at its anchors; ``said`` holds the figures of the sentence before
    it, in its paragraph (their offsets in that sentence)."""
    wholes = _wholes_before(sent, said) if said else []
    out: list[_Found] = list(wholes)
    taken = 0
    streaky = any(word in sent for word in _STREAK_WORDS)
    for pos, kind in anchors:
        if pos < taken:
            continue
        if streaky and kind in ("", "ordinal", "frac") and (streak := _streak(sent, pos, after)):
            out.append(streak)  # "the 44th consecutive quarterly fall": a count of periods in a run
            taken = streak.end
            continue
        if kind == "" and sent[pos + 1:pos + 5].lstrip("0123456789 ")[:1] in ("-", "–", "t", "i"):
            tally = _tally(sent, pos)  # the cheap test: a dash, "to" or "in" after the first digits
            if tally:
                out += tally
                taken = tally[-1].end
                continue
        if kind == "verb":
            found = _multiple(sent, pos, after)
        elif kind == "twice":
            found = _twice(sent, pos, after)
        elif kind == "fold":
            found = _fold(sent, pos, after)
        else:
            found = _candidate(sent, pos, kind, after)
        if found is None:
            found = _implied(sent, pos, out, wholes=wholes) if out and kind in ("", "word") else None
            if found is None and kind == "" and "%)" in sent:
                found = _counted_share(sent, pos, after)
            if found is None:
                continue
        elif not found.unit and out and kind in ("", "word"):  # "another 1.1 bn": of what came before
            found = _implied(sent, pos, out, found, wholes) or found
        if out and found.unit in _MONEY_UNITS and out[-1].unit in _MONEY_UNITS and \
                _OPEN_PAREN.fullmatch(sent, out[-1].end, found.start):
            continue  # "1 trillion yuan ($139 billion)": the same amount converted
        if out and _FROM_TO_GAP.fullmatch(sent, out[-1].end, found.start) and \
                found.label.split()[-1:] == out[-1].label.split()[-1:]:  # one clause: "... fell"
            lead = sent[:out[-1].start].rstrip().lower()
            way = "from" if lead.endswith("from") else "by" if _last_word(lead)[0] in _MOVEMENT_WORDS else ""
            if way:  # "rose from 4.2 million to 5.1 million", "fell $1.08 to $76.99"
                found = found._replace(label=f"{out[-1].label} to")
                out[-1] = out[-1]._replace(label=f"{out[-1].label} {way}")
        if out and found.unit == "percent" and out[-1].unit != "percent":
            gap = (sent, out[-1].end, found.start)
            change = _CHANGE_GAP.fullmatch(*gap) or (
                _A_GAP.fullmatch(*gap) and _CHANGE_NOUN_AFTER.match(sent, found.end))
            if change:  # "revenue of £1.2 billion, up 14% on the previous year", "$886 billion ..., a 3.3%
                # increase over last year's level": the change in it
                way = "fall" if change.group(1).lower() in _DOWNWARD else "rise"
                found = found._replace(label=f"{way} in {_measured(sent, out[-1].label, out[-1].start)}")
        if out and found.unit == "percent" and sent[found.end:found.end + 1] == ")" and \
                _OPEN_PAREN.fullmatch(sent, out[-1].end, found.start) and \
                _is_part_count(sent, out[-1], found.end):
            found = found._replace(label=f"{out[-1].label} (share)")  # "173 (38%) occurred in the
            # community", "of which 389 (64%) were positive": what share of the whole that count is
        if out and _EARLIER_BEFORE.search(sent, max(0, found.start - 20), found.start):
            found = _earlier_value(sent, found, out)
        if out and out[-1].unit == "pounds" and found.unit == "ounces" and \
                sent[out[-1].end:found.start] in (", ", " and "):  # "six pounds, four ounces"
            pounds = out.pop()
            weight = Decimal(str(pounds.value)) + Decimal(str(found.value)) / 16
            found = _Found(pounds.start, found.end, as_value(weight), "pounds", pounds.label)
        if out and out[-1].unit == "year" and found.unit == "month" and \
                sent[out[-1].end:found.start] == " and ":  # "jailed for six years and eight months"
            found = _years_and_months(out.pop(), found)
        out.append(found)
        taken = found.end
    if wholes:
        out = out[len(wholes):]
    return _by_year(sent, out) if len(out) > 1 else out


def _years_and_months(years: _Found, months: _Found) -> _Found:
    """One span, in years where that is exact to two decimals ("four years and nine months" is 4.75 years),
    else in months ("six years and eight months" is 80 months, not 6.6667 years)."""
    total = Decimal(str(years.value)) * 12 + Decimal(str(months.value))
    in_years = total / 12
    if in_years == in_years.quantize(Decimal("0.01")):
        return _Found(years.start, months.end, as_value(in_years), "year", years.label)
    return _Found(years.start, months.end, as_value(total), "month", years.label)


def _by_year(sent: str, found: list[_Found]) -> list[_Found]:
    """Name each figure of a series by year by its year: "averaging 2.0% in 2026, 1.7% in 2027 and 1.9% in
    2028" gives "... in 2026", "... in 2027", "... in 2028" (without it, a projection for one year reads as
    the same figure as another's)."""
    years = [_IN_YEAR.match(sent, f.end) for f in found]
    if sum(1 for y in years if y) < 2:
        return found
    return [f._replace(label=f"{f.label} in {y.group(1)}") if y and y.group(1) not in f.label else f
            for f, y in zip(found, years, strict=True)]


_YEAR_LEADS = frozenset({"in", "fiscal", "during", "since", "for", "by", "of", "year", "fy"})
"""Words before a year that make it one ("in fiscal 2025 to $338 million"), not a range's low end."""
_IN_YEAR = re.compile(r"\s+in\s+((?:fiscal\s+)?(?:19|20)\d\d)\b(?!\s*[-–/]\d)")
"""A year a figure is given for: "1.9% in 2028", "3.75% in fiscal 2027"."""


def _is_part_count(sent: str, count: _Found, close: int) -> bool:
    """Return whether ``count``, followed by a percent in brackets closing at ``close``, is a count of
    things (not money, not a change): "173 (38%) occurred", not "fell by 18,000 (0.1%)" or "$4 billion
    (12%) higher"."""
    if count.unit in _CHANGE_UNITS or count.unit in _MONEY_UNITS:
        return False
    moved = _last_word(sent[:count.start].rstrip())[0].lower()
    return moved not in _MOVEMENT_WORDS and moved not in ("by", "from", "to") and \
        _next_word(sent[close + 1:close + 16]) not in _COMPARED


_COMPARED = frozenset("higher lower more less up down above below over under".split())


_IMPLIED_BEFORE = re.compile(
    rf"(?:\b(?:{_EARLIER}|against)|(?P<from>,\s*from)"
    r"|\b(?P<another>another|a\s+further)|\b(?P<part>of\s+(?:whom|which|them)|out\s+of|including)|\b(?P<also>and)"
    r"|\b(?P<to>to(?:\s+(?:end|close|settle|finish)\s+at)?))\s+$", re.IGNORECASE)
_WITH_SHARE = re.compile(rf"({NUMERAL})\s*\(\s*\d{{1,3}}(?:\.\d+)?\s*%\s*\)")
_WORDS_AFTER = re.compile(r"[ \t]+([a-z][a-zA-Z’'-]*"
                          r"(?:[ \t]+(?!(?:and|but|or|while)[ \t]+\d)[a-zA-Z’'-]+){0,5})")


def _counted_share(sent: str, pos: int, after: str) -> _Found | None:
    """Read a bare count followed by its share in brackets: "4,702 (95.1%) voted yes", a result's row
    "Maya Fenwick (Green Party) 712 (2.6%)". The share says it is a count of a whole; the words after it
    say what was counted, or, when none follow, the words before say whose it is."""
    m = _WITH_SHARE.match(sent, pos)
    number = parse_number(m.group(1)) if m else None
    if m is None or number is None or number < 2 or _is_year(m.group(1)):
        return None
    before = _last_word(sent[max(0, pos - 16):pos])[0].lower()
    if before in _ID_WORDS or before in _MOVEMENT_WORDS or before in _PREPOSITIONS:
        return None  # "Table 3 (45%)", "rose 120 (2%)", "fell by 18,000 (0.1%)": no count of a whole
    end = m.end(1)
    said = _WORDS_AFTER.match(sent, m.end())
    if said and said.group(1).split()[0] in _PREPOSITIONS:
        said = None  # "... on Monday": when or where, not what
    label = _clean(said.group(1)) if said else _label(sent, pos, end, after)
    return _Found(pos, end, as_value(number), "", label or "figure")


_OF_THEM = re.compile(r" of (?:them|whom|which)\b")
"""A part of a count said before, named as such after the number: "212 young farmers ..., 38 of them in
dairy"."""
_BARE_NUMERAL = re.compile(rf"{NUMERAL}(?=[,;)]?(?:\s|$)|\.(?:\s|$))")
_BARE_WORDS = re.compile(rf"(?:{WORD_NUMBER})(?=[,;)]?(?:\s|$)|\.(?:\s|$))", re.IGNORECASE)
_CHANGE_UNITS = frozenset({"percent", "points", "percentage points", "basis points"})


def _implied(sent: str, pos: int, out: list[_Found], bare: _Found | None = None,
             wholes: Sequence[_Found] = ()) -> _Found | None:
    """Read a bare numeral whose unit an earlier figure of its sentence gives.

    "21,798 families ..., up from 17,420 a year earlier": the families of a year before; "rose to
    about 4,500 in March, from 3,912 in February": the same count a month before; "31 products so
    far, and another 19": more of them; "138,500 people ..., of whom about 61,000 are in Beledweyne",
    "58,200 people reached ..., out of 210,000 targeted": a part or the whole of them; "Of the 454
    deaths, 173 were children": a part of the whole the sentence opened with; "fell 0.4% to
    98.12", "gained 157.3 points, or 0.9%, to 17,608.4": the level a change left (in points when the
    change was counted in them). Only these openings give a bare number its meaning; anywhere else it
    stays unread.

    ``bare`` is a figure read without a unit ("another 1.1 bn"): its value, given the unit before it.
    ``wholes`` are the counts of the sentence before, when this one opens on a part or more of one of
    them (see `_wholes_before`); they lead ``out``.
    """
    if bare is None:
        num = _BARE_NUMERAL.match(sent, pos) or _BARE_WORDS.match(sent, pos)
        number = parse_number(num.group(0)) if num else None
        if num is None or number is None or _is_year(num.group(0)):
            return None
        value, end = as_value(number), num.end()
        qual = _QUAL_BEFORE.search(sent, max(0, pos - 30), pos)  # "of whom about 61,000"
        start = qual.start() if qual else pos
    else:
        value, start, end = bare.value, bare.start, bare.end
    if wholes and wholes[0].end:  # "Of these, 31 ...": the first count before that holds this one
        whole = next((w for w in wholes if value < w.value), None)
        first_part = len(out) == len(wholes)
    else:
        whole = _opening_whole(sent, out)
        first_part = whole is out[-1]
    part, part_end = out[-1], out[-1].end
    if part.unit == "percent" and len(out) > 1 and sent[part_end:part_end + 1] == ")":
        part, part_end = out[-2], part_end + 1  # "4,431 (89.6%) were in favour ... and 515": its share
        # stands between the parts
    if whole and value < whole.value and (
            _WHOLE_GAP.fullmatch(sent, whole.end, start) if first_part else
            part.unit == whole.unit and _NEXT_PART_GAP.fullmatch(sent, part_end, start)):
        return _Found(start, end, value, whole.unit, _part_label(sent, end, whole.unit))
    if bare is None and sent[end:end + 4] == " of " and (them := _OF_THEM.match(sent, end)):
        count = next((f for f in reversed(out) if f.unit not in _CHANGE_UNITS and value < f.value), None)
        if count is not None and count.unit and start - count.end <= 160:  # "236 aftershocks, 17 of them
            return _Found(start, end, value, count.unit,  # of magnitude 4.0 or greater"
                          _part_label(sent, them.end(), count.unit, named=True))
    how = _IMPLIED_BEFORE.search(sent, max(0, start - 24), start)
    if how is None or ";" in sent[out[-1].end:start] or (bare and how.group("to")):
        return None
    if how.group("to"):
        change = out[-1]
        if change.unit not in _CHANGE_UNITS or pos - change.end > 40:
            return None
        if len(out) > 1 and out[-2].unit == "points" and _OR_GAP.fullmatch(sent, out[-2].end, change.start):
            change = out[-2]  # "gained 157.3 points, or 0.9%": the points say more of what moved
        unit = "points" if change.unit == "points" else ""
        return _Found(start, end, value, unit, _level_label(change.label))
    if how.group("also"):  # "2,874 stocks rose and 1,752 fell": the same count, its own verb
        same, verb = out[-1], _next_word(_LEADING_AUX.sub("", sent[end:end + 40], 1))  # "19 were denied"
        if same.unit in _CHANGE_UNITS or not same.unit or not (verb.endswith("ed") or verb in _COUNT_MOVES) \
                or not _AND_GAP.fullmatch(sent, same.end, how.start()):
            return None
        return _Found(start, end, value, same.unit, f"{same.unit} {verb}")
    near = [f for f in reversed(out) if how.start() - f.end <= 160 and f.unit not in _CHANGE_UNITS]
    if how.group("part"):  # the count before is the whole ("of whom") or the part ("out of")
        if how.group("part")[0] in "iI" and _next_word(sent[end:end + 30]) not in _PART_OPENERS:
            return None  # "including seven goals": a count of its own, not an unnamed part
        of_whole = how.group("part")[:3].lower() != "out"
        # Not a sum of money a bare number is a sliver of: "412 transactions worth ₱7.3 trillion, of which
        # 11 were approved" counts transactions
        count = next((f for f in near if f.unit not in _MONEY_UNITS or value * 1000 >= f.value), None)
        if count is None or (value >= count.value if of_whole else value <= count.value):
            return None
        return _Found(start, end, value, count.unit, _part_label(sent, end, count.unit))
    # The earlier value of the same measure: the latest figure near it of about its size
    # ("21,798 families ... across 12 governorates ..., up from 17,420": the families).
    level = next((f for f in near if 0 < value <= 3 * f.value <= 9 * value), None)
    if level is None:
        return None
    if how.group("another"):
        gap = sent[level.end:how.start()]  # "3.2 bn roubles ..., and the regional budget added another"
        if level in wholes:  # of the sentence before: what this one says of them names them
            label = _part_label(sent, end, level.unit)
            return _Found(how.start(), end, value, level.unit, label if label != level.unit else
                          f"{level.label} (another)")
        own = gap.rfind(", and ") >= 0 and len(gap[gap.rfind(", and ") + 6:].split()) >= 2
        label = _label(sent, how.start(), end, "") if own else level.label
        return _Found(how.start(), end, value, level.unit, f"{label} (another)")
    if how.group("from") and "to " not in sent[max(0, level.start - 16):level.start]:
        return None  # ", from" sets a value beside one reached "to": "rose to about 4,500 ..., from 3,912"
    when = _MEASURED_WHEN.match(sent, end)
    if when is None and not how.group(0).rstrip().lower().endswith("from"):
        return None  # "compared with 24" and no time: the same measure of something else, unnamed
    label = _at_time(level.label, when) if when else f"{level.label} before"
    return _Found(start, end, value, level.unit, label)


_OR_GAP = re.compile(r",?\s+or\s+")
_OF_THE_OPENING = re.compile(r"(?:^|[.;:]\s+)of\s+the\s+$", re.IGNORECASE)
"""Opening a sentence or clause with the whole it then divides: "Of the 454 deaths, 173 were children"."""
_WHOLE_GAP = re.compile(
    r"(?:\s+(?:that|which|who|in|on|at|from|for|reported|recorded|cast|[a-z]+ed)\b[^,;:()]{0,80})?\s*,\s*")
"""After that whole, up to its first part: "Of the 61 movements that were coordinated ... last week, 27"."""
_NEXT_PART_GAP = re.compile(r"[^,;:()\d]{0,60}(?:,\s*(?:and\s+)?|\s+and\s+)")
"""After a part, up to the next: "27 were facilitated, 19 ...", "300 are nurses, 200 are doctors and 45"."""


_AUX = r"\s+(?:have|has|had|were|was|been|are|is)"
_LEADING_AUX = re.compile(rf"^(?:{_AUX})+(?=\s)")
_AND_GAP = re.compile(rf"(?:{_AUX})*\s+[a-z]+\s+")
"""Between two counts of one thing joined by "and": the first count's verb ("rose", "have been trained")."""
_PART_WORDS = re.compile(r"(?:\s+\([^()]{0,20}\))?"  # "of which 389 (64%) were positive"
                         r"\s+((?:(?:are|were|is|was|have|has|had|been|being|now|still)\s+)*)"
                         r"((?:[^,.;:()\[\]—–]|(?<=\d)\.(?=\d)){1,60})")  # "of magnitude 4.0 or greater"
_NEXT_COUNT = re.compile(r"\s+(?:and|but|while|whereas)\s+(?:about\s+|some\s+|another\s+)?\d")
"""Where the words after a part give way to the next part: "... facilitated and 19 were denied"."""


def _opening_whole(sent: str, out: list[_Found]) -> _Found | None:
    """Return the whole a sentence opened with ("Of the 454 deaths, ..."), whose parts follow it,
    the first after a comma ("173 were children"), each next one after a comma too ("19 were denied")."""
    first = out[0]
    return first if _OF_THE_OPENING.search(sent, max(0, first.start - 12), first.start) else None


_CLAUSE_VERBS = frozenset({*_AUXILIARIES, "should", "could", "must", "may", "might", "can"})
"""Words that open the next clause after "and" or "but" in the words after a part."""
_PLACED = frozenset("off out over after before near outside inside within during".split())
"""More words that say where or when a part is, not what it is ("18 of them off the forehand")."""
_PART_OPENERS = frozenset(["", *"who which that from in at on with for among across".split()])
"""What follows a part after "including" when the part is not named ("including 640 from our partners")."""


def _part_label(sent: str, end: int, unit: str, *, named: bool = False) -> str:
    """Name a part or whole of a count by the count's unit and the words after it: "of whom about 61,000
    are in Beledweyne district" -> "people in Beledweyne district"; "out of 210,000 targeted" ->
    "people targeted"; "40 staff, of whom 12 are nurses" -> "nurses among the staff"."""
    words = _PART_WORDS.match(sent, end)
    if words is None or not words.group(2).split():
        return unit
    said = words.group(2)
    next_count = _NEXT_COUNT.search(said)  # "27 were facilitated and 19 were denied": its own figure
    tail = (said[:next_count.start()] if next_count else said).split()[:6]
    for i in range(1, len(tail) - 1):
        if tail[i] in ("and", "but") and tail[i + 1] in _CLAUSE_VERBS:
            tail = tail[:i]  # "are on evacuation alert and should be ready": the next clause is not its name
            break
    if not tail:
        return unit
    first = tail[0].lower()
    if unit in _MONEY_UNITS:
        return _clean(" ".join(tail))  # "$10 billion, of which 4 billion was spent": not "among the USD"
    if (words.group(1) or named) and first not in _PREPOSITIONS and first not in _PLACED and \
            not first.endswith(("ed", "ing")):
        tail = tail[1:] if tail[0].lower() in _ARTICLES and len(tail) > 1 else tail
        return _clean(f"{' '.join(tail)} among the {unit}")  # what the part is
    return _clean(f"{unit} {' '.join(tail)}")


def _level_label(change: str) -> str:
    """Name the level a change left by what changed: "dollar index fell by" -> "dollar index level"."""
    words = change.split()
    while len(words) > 1 and (words[-1].lower() in _LEVEL_TRIM or words[-1].endswith("ed")):
        words.pop()
    return f"{' '.join(words)} level"


_LEVEL_TRIM = frozenset(_MOVEMENT_WORDS | _LEVEL_VERBS | {"points", "point", "by", "to", "against", "versus"})


_TALLY = re.compile(r"(\d{1,3})(?:\s*[-–]\s*|\s+to\s+)(\d{1,3})(?![\d.,]\d|\s*(?:%|per|[-–]\d))"
                    r"|(\d{1,3})\s+(?:votes?\s+)?in\s+favou?r\b")
_VOTE_BEFORE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|majority|tally|ballot|passed|approved|adopted|rejected|"
                          r"carried|defeated|through|ruled)\b\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
_VOTE_AFTER = re.compile(r"\s+(?:vote|votes|decision|ruling|majority|verdict)\b", re.IGNORECASE)
_RESULT_AFTER = re.compile(
    r"\s+((?:(?:home|away|comeback|opening|final|narrow|emphatic|first-leg|second-leg)\s+)?"
    r"(?:win|victory|defeat|loss|draw|lead|triumph|success|thrashing|scoreline))\b", re.IGNORECASE)
_RESULT_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|won|win|lost|lose|drew|draw|defeated|thrashed|edged|trailed|led|leading|"
    r"scoreline|final score|score was)\b(?:\s+\S+){0,4}\s+$", re.IGNORECASE)
"""A score is a figure where a result is named beside it: "a 2-1 win over Millwall", "Portbury beat us
3-0"."""
_SCORE_ENDS = re.compile(r"\s*(?:$|[,.;:!?)—–]|(?:at|on|in|against|to|with|after|before|for|last|this|away|"
                         r"over|and|but|as|when|while|despite|through|thanks)\b)", re.IGNORECASE)
"""What may follow a score read from its verb ("beat us 3-0 in October"): not a noun it would count."""
_RIVAL = re.compile(r"\s+(?:over|against|at|to)\s+(?:[A-Z][\w'’.&-]*(?:\s+|$))*[A-Z][\w'’.&-]*")
"""Whom a result was against: "over Manchester United", "at Carrow Road" (a capitalised name)."""


def _tally(sent: str, pos: int) -> list[_Found]:
    """Read a vote's tally ("The vote was 218-214", "voted 31 to 18", "a 6-3 ruling", "13 in favour") or
    a game's score ("a 2-1 win over Millwall", "Portbury beat us 3-0").

    Two numbers set against each other are the votes for and against, when a vote is named beside
    them; the larger comes first. Where a result is named instead, they are one score, its phrase
    the whole "2-1" and its value the first number; with neither, they are no figure.
    """
    m = _TALLY.match(sent, pos)
    if m is None:
        return []
    if m.group(3):
        return [_Found(pos, m.end(), int(m.group(3)), "votes", "votes in favour")]
    ayes, noes = int(m.group(1)), int(m.group(2))
    named = _VOTE_BEFORE.search(sent, max(0, pos - 60), pos) or _VOTE_AFTER.match(sent, m.end())
    if not named:
        result = _RESULT_AFTER.match(sent, m.end())
        if result:  # "a 2-1 win over Millwall": the result, named by what it was
            rival = _RIVAL.match(sent, result.end())
            named_by = sent[result.start(1):rival.end() if rival else result.end()].rstrip(".")
            return [_Found(pos, m.end(), ayes, "score", named_by)]
        if _RESULT_BEFORE.search(sent, max(0, pos - 40), pos) and _SCORE_ENDS.match(sent, m.end()):
            # "Portbury beat us 3-0 in October"; not "the firm lost 10-15 jobs", a range of things
            return [_Found(pos, m.end(), ayes, "score", _label(sent, pos, m.end(), ""))]
        return []
    if ayes < noes:
        return []
    return [_Found(pos, m.end(1), ayes, "votes", "votes in favour"),
            _Found(m.start(2), m.end(2), noes, "votes", "votes against")]


def _earlier_value(sent: str, found: _Found, before: Sequence[_Found]) -> _Found:
    """Name a value set beside an earlier one of its unit by that one's label and the time it was
    measured: "Total revenue was $412.6 million, ... compared with $361.9 million in the third quarter
    of 2023" gives "Total revenue in the third quarter of 2023", and "$37.9 billion expected" after it
    "Total revenue expected". Without either ("compared with 51TWh from gas") the value stands for
    something else, and keeps its own label."""
    level = next((f for f in reversed(before) if f.unit == found.unit), None)
    if level is None:
        return found
    when = _MEASURED_WHEN.match(sent, found.end)
    if when is not None:
        return found._replace(label=_at_time(level.label, when))
    expected = _EXPECTED_AFTER.match(sent, found.end)
    if expected is not None:  # "Revenue: $38.4 billion vs. $37.9 billion expected": the forecast of it
        return found._replace(label=f"{level.label} {expected.group(1).lower()}")
    return found


_TIME_TAIL = re.compile(rf"\s+(?:{_PERIOD_OF}(?:{_PERIOD_WORDS})\b[^,.;:()]*|in\s+{_MONTH}"
                        r"|(?:last|this)\s+(?:year|month|week|quarter))$", re.IGNORECASE)


def _at_time(label: str, when: re.Match[str]) -> str:
    """Name a value measured at another time by what the value beside it measured, at that time:
    "babies in its final year" and "in the early 2000s" give "babies in the early 2000s"."""
    return f"{_TIME_TAIL.sub('', label)} {' '.join(when.group(1).split())}"


def _measured(sent: str, label: str, level_start: int) -> str:
    """Return what a level's label measures, as a change refers to it: "Exports reached" -> "exports"."""
    words = label.split()
    while len(words) > 1 and words[-1].lower() in _LEVEL_VERBS:
        words.pop()
    aux = max((i for i, w in enumerate(words[:-1]) if w.lower() in _AUXILIARIES), default=-1)
    if aux >= 0:  # "Banks have extended loans": what was extended
        words = words[aux + 1:]
        if len(words) > 1 and words[0].lower().endswith("ed"):
            words = words[1:]
    at = sent.rfind(words[0], 0, level_start) if words else -1
    if at > 4 and sent[:at].endswith(" and "):  # "Total imports and exports reached": both
        joined = sent[:at - 5].split()[-3:]
        while joined and (joined[0].lower() in _STOP or not joined[0].isalpha()):
            joined.pop(0)
        words = joined + ["and"] + words if joined else words
    if len(words) > 2 and words[0].lower() in _PRONOUN_SUBJECTS:  # "It includes for the Defense
        words = words[2:]  # Department": who includes it says nothing of what changed
        while len(words) > 1 and (words[0].lower() in _PREPOSITIONS or words[0].lower() in _ARTICLES):
            words.pop(0)
    if words and sent.startswith(words[0]) and (len(words) == 1 or words[1][:1].islower()):
        words[0] = words[0].lower()  # the sentence's capital, not a name's
    return " ".join(words)


_PRONOUN_SUBJECTS = frozenset("it they he she we this that these those".split())


def _multiple(sent: str, pos: int, after: str) -> _Found | None:
    """Read "roughly doubled", "halved": a change stated as a multiple."""
    m = _MULTIPLE_VERB.match(sent, pos)
    if m is None or sent[m.end():m.end() + 6] == " down " or sent[m.end() + 1:m.end() + 6].lower() == "digit":
        return None  # "double-digit growth" says how many digits, not a doubling
    target = not m.group("verb").endswith("d")  # "pledged to triple renewable capacity"
    if target and not _TARGET_BEFORE.search(sent, max(0, pos - 30), pos):
        return None  # "a double room", "triple jump": no target to multiply
    q = _QUAL_BEFORE.search(sent, max(0, pos - 30), pos)
    first = q.start() if q else pos
    value = _MULTIPLE_VALUES[m.group("verb").lower()]
    obj = sent[m.end() + 1:_phrase_end(sent, m.end() + 1, 6)].split() if target else []
    while obj and obj[0].lower() in _STOP:
        obj.pop(0)
    cut = next((i for i, w in enumerate(obj) if _DIGIT.search(w)), len(obj))  # "... by 2030": not the thing
    obj = obj[:cut - 1] if 0 < cut < len(obj) and obj[cut - 1].lower() in _STOP else obj[:cut]
    label = " ".join(obj) if obj else _label(sent, first, m.end(), after)  # what is to be multiplied
    return _Found(first, m.end(), value, "times", label)


_TWICE = re.compile(r"twice(?=\s+(?:as\s+\w+|the\s+(?!\w+\s+(?:day|week|month|year))\w+))",
                    re.IGNORECASE)


def _twice(sent: str, pos: int, after: str) -> _Found | None:
    """Read "twice as likely", "twice the national average": a multiple (not "twice a week")."""
    m = _TWICE.match(sent, pos)
    if m is None:
        return None
    q = _QUAL_BEFORE.search(sent, max(0, pos - 30), pos)  # "more than twice"
    first = q.start() if q else pos
    return _Found(first, m.end(), 2, "times", _label(sent, first, m.end(), after))


def _temperature(sent: str, first: int, end: int, unit_end: int, value: Decimal | int, scale: str,
                 after: str) -> _Found:
    """A temperature ("40 degrees Celsius", "40C"), named by its clause or else as one."""
    label = _label(sent, first, end, after)
    named = "temperature" if label == "figure" else label
    return _Found(first, unit_end, as_value(value), "°" + scale.upper(), named)


_IN_DIGITS = re.compile(r" \((\d{1,3})\)")
"""A number in words written again in digits, as contracts and official notices do: "three (3)"."""
_STREAK_WORDS = ("consecutive", "straight", "successive", "in a row")
_STREAK = re.compile(
    rf"(?:(?P<num>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{'|'.join(ORDINALS)}))[ \u00a0]+"
    r"(?:(?:consecutive|straight|successive)[ \u00a0]+"
    r"(?P<adj>(?:daily|weekly|monthly|quarterly|annual|yearly)[ \u00a0]+)?(?P<noun>[a-z]+)"
    r"|(?P<row>[a-z]+)[ \u00a0]+in[ \u00a0]+a[ \u00a0]+row)\b", re.IGNORECASE)
_STREAK_PERIODS = frozenset("""day week month quarter year season term session meeting game match race
time""".split())
_STREAK_EVENTS = frozenset("""fall decline drop rise increase gain loss win defeat victory cut hike
surplus deficit contraction expansion""".split())
_STREAK_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+((?:[\w-]+[ \u00a0]+){0,2}?[\w-]+)"
                        r"(?=[ \u00a0]+(?:in|on|at|since|and|for|to|as|after|while|with|from|by|\w+ed)\b"
                        r"|[.,;:)]|$)")
"""What a run of periods is a run of: "a fourth straight year of drought", up to three words ending at a
preposition, a past tense ("data strengthened") or a stop."""


def _streak(sent: str, pos: int, after: str) -> _Found | None:
    """Read an ordinal that counts a run: "the 44th consecutive quarterly fall", "a fourth straight
    year of drought", "for the third time in a row" (44, 4 and 3 of them); not "the third quarter"."""
    m = _STREAK.match(sent, pos)
    if m is None:
        return None
    noun = (m.group("noun") or m.group("row")).lower()
    period = noun.rstrip("s") in _STREAK_PERIODS
    if period:
        noun = noun.rstrip("s")
    elif noun not in _STREAK_EVENTS:
        return None
    value = int(m.group("num")) if m.group("num") else ORDINALS[m.group("word").lower()]
    adj = (m.group("adj") or "").lower()
    end = m.end() + (len(" in a row") if m.group("noun") and sent.startswith(" in a row", m.end()) else 0)
    whole = _STREAK_OF.match(sent, end) if period else None
    what = f"consecutive {adj}{_pluralize(noun)}" + (f" of {whole.group(1)}" if whole else "")
    if period and not whole:  # "growth for the third consecutive quarter": of what
        context = _label(sent, pos, end, after)
        what = what if context == "figure" or context.startswith("of ") else f"{context} ({what})"
    return _Found(pos, end, value, noun if period else f"{adj}{_pluralize(noun)}", what)


def _fold(sent: str, pos: int, after: str) -> _Found | None:
    """Read "rose fourfold", "a tenfold increase": a multiple written as one word."""
    word = sent[pos:sent.index("fold", pos) + 4] if "fold" in sent[pos:pos + 12] else ""
    value = parse_number(word[:-4]) if word else None
    if value is None:
        return None
    q = _QUAL_BEFORE.search(sent, max(0, pos - 30), pos)  # "almost fourfold"
    first = q.start() if q else pos
    end = pos + len(word)
    moved = _last_word(sent[:first].rstrip())[0].lower() in _FOLD_MOVES or \
        _next_word(sent[end:end + 20]) in _FOLD_CHANGES
    if not moved:
        return None  # "a twofold approach": in two parts, not twice as much
    return _Found(first, end, as_value(value), "times", _label(sent, first, end, after))


_FOLD_MOVES = frozenset("""rose grew increased jumped surged soared expanded multiplied climbed up by
risen grown increasing rising growing""".split())
_FOLD_CHANGES = frozenset("""increase increases rise jump growth higher more larger greater bigger
surge""".split())
"""Around a one-word multiple, what makes it one: a verb of growth before it, a change after it."""

_TEENS_TO_TWENTY = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
_SAID_YEAR = re.compile(
    rf"\b(?:{_TEENS_TO_TWENTY})\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"|ten|{_TEENS_TO_TWENTY}|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))\b(?!-)", re.IGNORECASE)
"""A year said aloud, as a transcript writes it ("nineteen sixty-four", "twenty twenty-eight", "twenty
ten"): a date, though both halves read as numbers ("fifteen twenty-tonne trucks" are trucks)."""


_SIGN_CHARS = "$€£¥₹₦₱¢₵₸₺₪₫"
"""The currency signs of one character, written against the number ("₸250", "GH¢30")."""


def _candidate(sent: str, pos: int, kind: str, after: str) -> _Found | None:
    """Match the full number pattern at an anchor (reaching back for "$", "a", "two-"), then judge it."""
    start = pos
    pre = sent[max(0, pos - 4):pos]
    if kind == "" and pos and (sent[pos - 1] in _SIGN_CHARS or pre.strip().isupper() or "Rs" in pre
                               or (pre[-1:] == " " and pre[-2:-1] in _SIGN_CHARS)  # "€ 25", "₱ 57"
                               or pre.endswith(("$A", "R", "N", "K", "RM", "MK", "Tk", "Tk ", "Rp", "Rp "))
                               or "h" in pre):
        # "Sh4.29 tn", "R1.5bn", "RM78,000"
        cur = _CUR_BEFORE.search(sent, max(0, pos - 4), pos)
        start = cur.start() if cur else pos
        if start == pos and sent[pos - 1] in "RNK" and (pos == 1 or not (sent[pos - 2].isalnum() or
                                                                       sent[pos - 2] in "-./")) and \
                (amount := _RAND.match(sent, pos)) and \
                not (" " in amount.group(0) and sent[max(0, pos - 5):pos - 1].lower() == "the "):
            start = pos - 1  # "R1.5bn": rand; "N450bn": naira; "K5,100": kwacha; "R1 500", but not "the R61
            # 600 metres"
    elif kind in ("lead", "frac"):
        lead = _LEAD_BEFORE.search(sent, max(0, pos - 10), pos)
        if lead:
            start = lead.start()
        elif kind == "lead" or sent[pos:pos + 4].lower() != "half":
            return None
        if kind == "frac" and sent.endswith(" and ", 0, start):
            return None  # the rest of a duration ("the first hour and a half"), not a share of anything
    if start:  # cheap rejections first, before the full pattern runs
        prev = sent[start - 1]
        if prev.isalpha() or prev in _SIGN_CHARS:
            return None
        if kind == "" and (prev.isalnum() or (prev in "-–." and sent[start - 2:start - 1].isalnum())):
            return None  # a numeral glued to a code or a date ("A4", "2023-01-05"): _judge drops it
        if kind == "" and (prev == "’" or (prev == "'" and sent[start + 2:start + 3] == "s")) and \
                not sent[start + 2:start + 3].isdigit():
            return None  # a year cut short: a class ("Ngozi Albrecht ’03"), a decade ("the '90s"); a
            # straight mark may open a quote ("'40 stores closed,' she said")
    if kind == "word" and any(y.start() <= pos < y.end()
                              for y in _SAID_YEAR.finditer(sent, max(0, pos - 10), pos + 30)):
        return None  # either half of a year said aloud
    m = _CORE.match(sent, start)
    if m is None or m.end() <= pos:
        return None
    q = None
    # A qualifier ends in one of these letter pairs, then spaces: test that before reading the word.
    if start > 1 and sent[start - 1].isspace() and \
            (sent[start - 3:start - 1].lower() in _QUAL_LAST_PAIRS or sent[start - 2].isspace()) and \
            _last_word(sent[max(0, start - 16):start])[0].lower() in _QUAL_ENDS:
        q = _QUAL_BEFORE.search(sent, max(0, start - 30), start)
    found = _judge(sent, m, q.start() if q else start, q.group("qual") if q else None, after)
    if found is not None and found.start == start and found.value > 0 and start and \
            sent[start - 1] in "-\u2212 " and (sign := _MINUS_BEFORE.search(sent, max(0, start - 8), start)):
        words = found.label.split()  # the sign is the number's, not its label's: "fell to - degrees"
        sign_word = sign.group(0).strip().lower()
        if sign_word in (w.lower() for w in words):
            words.pop([w.lower() for w in words].index(sign_word))
        return found._replace(start=sign.start(), value=-found.value, label=" ".join(words) or "figure")
    return found


def _next_word(right: str) -> str:
    """Return the lower-cased word after the leading spaces of ``right``, bare of punctuation, or ""."""
    if right[:1] not in (" ", "\u00a0"):
        return ""
    parts = right[:40].split(None, 1)
    return parts[0].lower().rstrip(".,;:!?)”’\"'") if parts else ""


def _last_word(left: str) -> tuple[str, int]:
    """Return the word that ends ``left`` (only spaces after it) and where it starts, or ("", -1)."""
    stripped = left.rstrip()
    tail = stripped[stripped.rfind(" ") + 1:]
    if tail.isalpha():  # the common case, a plain word after a space: no need to walk back
        return tail, len(stripped) - len(tail)
    end = j = len(stripped)
    while j > 0 and (stripped[j - 1].isalnum() or stripped[j - 1] in "’'-._"):
        j -= 1
    while j < end and not stripped[j].isalpha():
        j += 1
    return (stripped[j:end], j) if j < end else ("", -1)


def _before(sent: str, pos: int) -> str:
    """Return the text before ``pos`` in the sentence, at most 80 characters (marked when cut)."""
    return sent[:pos] if pos <= 80 else "… " + sent[pos - 80:pos]


def _judge(sent: str, m: re.Match[str], first: int, qual: str | None, after: str) -> _Found | None:
    """Decide whether one candidate is a figure; return it with unit and label, or None."""
    start = m.start()
    left = sent[:start] if start <= 80 else "… " + sent[start - 80:start]  # _before, inlined
    frac, cur, num_text, mult_text, pct = m.groups()  # the groups of _CORE, in order
    if frac:
        return _fraction(sent, m, first, after)
    is_digit = num_text[0].isdigit()
    number: Decimal | int | None
    if is_digit:  # parse_number's first case, inlined: a numeral, whole ones as an exact int
        digits = num_text.translate(GROUPING)
        if digits[-1] in _HALVES:  # "4½ percent"
            digits = str(Decimal(digits[:-1]) + _HALVES[digits[-1]])
        try:
            number = int(digits) if digits.isdecimal() else Decimal(digits)
        except InvalidOperation:
            number = None
    elif num_text.lower() not in ("a", "an"):
        number = parse_number(num_text)
    elif left[-5:].lower() == "half ":  # "half a million people", "half a percentage point"
        number = Decimal("0.5")
        q = _QUAL_BEFORE.search(sent, max(0, start - 35), start - 5) if first == start else None
        first = q.start() if q else start - 5
    else:
        number = Decimal(1)
    if number is None:
        return None
    mult_text = (mult_text or "").strip().lstrip("-‐‑")  # "$10-billion": the hyphen joins, no more
    end = m.end()
    if mult_text and sent[end:end + 11].lower() == " and a half":  # "a million and a half visitors"
        number, end = number + Decimal("0.5"), end + 11
    if is_digit and sent[end:end + 1] == "+" and sent[end + 1:end + 2] in ("", " ", "\u00a0") and not pct:
        end += 1  # "40+ trees": at least forty
    elif not is_digit and not mult_text and not pct and sent[end:end + 2] == " (" and \
            (twice := _IN_DIGITS.match(sent, end)) and Decimal(twice.group(1)) == number:
        end = twice.end()  # "three (3) new deaths", "two (2) police patrol vehicles": said twice, one number
    right = sent[end:end + 120]
    nw = _next_word(right)
    flags = _NEXT_FLAGS[nw]
    if mult_text and not cur and mult_text.lower() in ("m", "b", "k"):
        return None
    glued_unit = _GLUED_UNIT.match(right) if is_digit and right[:1].isalpha() else None
    if glued_unit and not mult_text and not pct:  # "51TWh", "43GW", "12km", "16GB"
        unit_end = end + glued_unit.end()
        unit = glued_unit.group(0)
        if unit in _DEVICE_UNITS:  # "16GB of RAM", "a 5,500mAh cell", "5x optical zoom": what it is of
            if unit[1:] == "B" and _FILE_TYPE.search(sent, max(0, first - 30), first):
                return None  # a download's size ("[PDF 198KB]"): the page's furniture
            device_noun = _head_words(sent, unit_end + 3, 2) if sent.startswith(" of ", unit_end) else \
                _head_words(sent, unit_end, 2)
            return _Found(first, unit_end, as_value(number), _DEVICE_UNITS[unit],
                          device_noun or _label(sent, first, end, after))
        return _Found(first, unit_end, as_value(number), unit, _label(sent, first, end, after))
    if not pct and right[:1] in " \u00a0mMkKtTbB" and (rate := _OIL_RATE.match(right)):
        value = number * _FACTORS[mult_text] if mult_text else number
        label = _label(sent, first, end, after)
        return _Found(first, end + rate.end(), as_value(value), rate.group(1), label)
    if right[:1] in ("C", "F", "c") and is_digit and not right[1:2].isalnum() and not mult_text and \
            not pct and _WARMTH.search(sent):  # "Temperatures hit 40C", "a low of -5C": said of the weather
        return _temperature(sent, first, end, end + 1, number, right[0], after)
    if right[:1] == "c" and is_digit and not right[1:2].isalnum() and not mult_text and not pct and \
            number < 1000 and not _REFERENCE_END.search(left):  # "dropped 38% to 142.6c", "it paid 61c"
        return _Found(first, end + 1, as_value(number), "cents", _label(sent, first, end, after))
    if right[:1] == "p" and is_digit and not right[1:2].isalnum() and not mult_text and not pct and \
            number < 1000:  # "112.6p", "a 50p rise": pence (not "1080p", a screen's lines)
        return _Found(first, end + 1, as_value(number), "pence", _label(sent, first, end, after))
    if nw in _AREA_FIRST or (right[:1] in _DASHES and right[1:3].lower() in ("sq", "cu")):
        area = _AREA.match(right)  # "298 sq ft studios", "a 174,000-cubic-meter LNG carrier"
        if area:
            end += area.end()
            unit = f"{_AREA_KINDS[area.group(1).lower().rstrip('.')]} {_AREA_UNITS[area.group(2).lower()]}"
            value = number * _FACTORS[mult_text] if mult_text else number
            return _Found(first, end, as_value(value), unit, _head_words(sent, end, 3) or
                          _label(sent, first, end, after))
    spaced = left[-1:] == " " and left[-2:-1].isalpha()  # "rose 5 percent": the common case, never glued
    if not (spaced and (mult_text or pct or (right[:1] == " " and right[1:2].isalpha()))) and \
            _glued(left, right, is_digit, bool(mult_text or pct)):
        return _range(sent, m, after) if is_digit else None
    value = number * _FACTORS[mult_text] if mult_text else number
    if is_digit and not mult_text and not pct and left.endswith(_RATIO_ENDS):
        stat = _RATIO_BEFORE.search(left[-20:])
        if stat:  # "hazard ratio 0.87": the study's estimate, named by its statistic
            begin = start - len(stat.group(0))
            name = " ".join(stat.group("name").split())
            unit = _RATIO_UNITS.get(name.lower(), name.lower())
            return _Found(begin, end, as_value(value), unit, _label(sent, begin, end, after))
    if is_digit and not mult_text and not pct and ("agnitude" in left[-11:] or right[1:10] == "magnitude" or
                                                    right.startswith(" on the Richter")):
        quake = _magnitude(sent, first, end, value, after)
        if quake is not None:
            return quake
    if is_digit and not mult_text and not pct and left.endswith("ratio of "):
        named = _RATIO_NAMED.search(left[-40:])  # "book-to-bill ratio of 1.06", "a debt-to-GDP ratio of 0.9"
        if named:
            return _Found(first, end, as_value(value), "ratio", " ".join(named.group(1).split()))
    if not mult_text and "aged" in left[-24:] and _AGED.search(left[-24:]):
        return None  # "aged over 65", "aged 16 to 24": an age, not a figure
    if left.endswith(("per ", "every ", "Every ")) and not mult_text and value in _RATE_BASES:
        return None  # "98 per 100,000 people", "38 shillings of every Sh100": the base of a rate, not a count
    rate = _PER_BASE.match(right) if nw == "per" else None
    if rate:  # "98 per 100,000 people"
        base = f"per {rate.group(1)}" + (f" {rate.group(2)}" if rate.group(2) else "")
        return _Found(first, end + rate.end(), as_value(value), base, _label(sent, first, end, after))
    if nw in ("per", "to", "against") and not pct and not mult_text and \
            (fx := _PER_CURRENCY.match(right)):  # "averaged 82.5 per dollar", "₱57.12 to the US dollar"
        return _Found(first, end + fx.end(), as_value(value), f"per {fx.group(1).lower()}",
                      _label(sent, first, end + fx.end(), after))
    if "°" in right[:2] or nw in ("degrees", "degree"):  # "1.5°C", "104 °F", "40 degrees Celsius"
        deg = _DEGREES.match(right)
        if deg:
            scale = deg.group(1) or deg.group(2)[0]
            return _temperature(sent, first, end, end + deg.end(), value, scale, after)
        if _POSITION.match(right):
            return None  # "56° 41.2′ N", "five six degrees four one comma two north": where, not how much

    starts = nw == "to" and not mult_text and left[-5:].lower() == "from " and \
        not _SPAN_FROM.search(left[-20:])  # "from $4 to $5 billion"; "ranged from 27 to 30 pesos" is a range
    # Money: a currency sign before or a currency word after.
    code = CURRENCY_SIGNS.get(cur.strip().lower(), cur.strip().upper()) if cur else None
    if code in _WHOLE_CURRENCIES and not mult_text and _DOTTED_THOUSANDS.fullmatch(num_text):
        value = number = Decimal(num_text.replace(".", ""))  # "Rp 17.200": rupiah have no cents
    cw = _CURRENCY_WORD.match(right) if flags & _N_CURRENCY or right[:1] in _DASHES else None
    if cw and not cur and left[-3:].lower() == "in " and _ONE_IN.search(left[-10:]):
        cw = None  # "one in eight pounds spent": a share of the pounds, not eight pounds
    if cw and not cur and cw.group("word")[:5].lower() == "pound" and (
            _WEIGHED.search(left[-40:]) or _OUNCES_AFTER.match(sent, end + cw.end())):
        end += cw.end()  # "He weighed six pounds, four ounces": a weight, not money
        return _Found(first, end, as_value(value), "pounds", _label(sent, first, end, after))
    if cw and not pct:
        code = _currency_word_code(cw)
        end += cw.end()
        if not cur and not mult_text and (fx := _PER_CURRENCY.match(sent, end)):  # "1,395 pesos per dollar":
            exchanged = f"{cw.group('word').lower()} per {fx.group(1).lower()}"  # an exchange rate
            return _Found(first, fx.end(), as_value(value), exchanged, _label(sent, first, fx.end(), after))
    if code:
        if "=" in right[:3] or "=" in left[-3:]:
            return None  # "($1 = 0.9210 euros)": an exchange rate, not an amount
        rng = _range_tail(sent, end, value)
        if not mult_text and (rng or starts):
            # "between $1.2 and $1.4 billion", "from $4 to $5 billion": the scale is the high end's
            value = number * _tail_factor(sent, end, number)
        end = rng or end
        first = _from_between(left, first) if rng and qual is None else first
        label = _sized_noun(sent, end) or _label(sent, first, end, after)
        return _Found(first, end, as_value(value), code, label)
    if pct:
        if right[:1] == " " and _CONFIDENCE.match(right):
            return None  # "95% CI": how sure, not how much
        low = pct.lower()
        unit = "basis points" if "b" in low else ("percentage points" if "point" in low else "percent")
        high = _range_tail(sent, end, value)
        if high and _range_unit(sent, end) == unit and _rises(sent, end, value):
            begin = _from_between(left, first) if qual is None else first  # "between 3% and 4%"
            return _share(sent, begin, high, as_value(value), unit, after)
        return _share(sent, first, end, as_value(value), unit, after)

    if starts:
        unit = _end_unit(sent, end)
        if unit:  # "rises from 20 to 25 per cent", "from 4.2 to 5.1 million tonnes": the start, in the
            # end's unit and scale
            return _Found(first, end, as_value(number * _tail_factor(sent, end, number)), unit,
                          _label(sent, first, end, after))
    range_end = _range_tail(sent, end, value, nw)
    if range_end and is_digit and _is_year(num_text) and (
            (left.rstrip().endswith(_MONTH_TAILS) and _MONTH_BEFORE.search(left[-16:]))
            or _last_word(left)[0].lower() in _YEAR_LEADS):
        range_end = None  # "in March 2025 to 8.6 percent", "in fiscal 2025 to $338 million": a date, then
        # the next figure
    if range_end:
        begin = _from_between(left, first) if qual is None else first
        low = value if mult_text else number * _tail_factor(sent, end, number)  # "between 1.5 and 2 million"
        return _share(sent, begin, range_end, as_value(low), _range_unit(sent, end), after)

    if is_digit and _is_year(num_text) and not mult_text:
        f = _FOUNDED.search(left[-60:])
        if f:
            vstart = start - len(f.group("verb"))
            return _Found(vstart, end, as_value(value), "year", "founding year" + _subject(sent, vstart))
        return None
    before = left.rstrip()
    if not mult_text and _is_date_or_time(left, before, right, flags):
        return None
    word_before = _last_word(before) if not mult_text and qual is None else ("", -1)
    if not mult_text and _is_marker_or_id(left, before, word_before, right, is_digit, qual) and \
            not _THOUSANDS.fullmatch(num_text):  # "Boeing 737" names a thing; "Powergrid 31,000" counts
        return None

    dash = right[:1] in _DASHES
    if dash or flags & _N_TIMEWISE or right[:4] == "fold":  # else none of these can match
        read, found = _times_or_time(sent, first, end, value, right, after, dash and not mult_text, flags)
        if read:
            return found

    if not mult_text and (nw == "to" or nw == "and" or dash):
        ranged = _unit_range(sent, first, end, value, left if qual is None else "", after)  # "about 7,000 to
        # 8,000 troops": the qualifier opens the range
        if ranged:
            return ranged
    plain_small = not mult_text and (not is_digit or value < 10)
    if before[-5:].lower() == "every":  # "one in every three homes", "four out of every five phones"
        before = before[:-5].rstrip()
    ratio = _N_IN.search(left[-18:]) if not mult_text and before[-2:].lower() in ("in", "of") else None
    part = parse_number(ratio.group(1)) or value if ratio else Decimal(1)
    if ratio and (part >= value or value != int(value) or _TIME_WORD.match(sent, end) or
                  sent.startswith(" other ", end)):
        ratio = None  # "scored 2 in 10 minutes": a rate in time, not a share; "lower 6 in seven other
        # municipalities": a place the first number was found in; "291-6 in 48.3 overs": a whole is whole
    if ratio is None and not mult_text and before[-6:].lower() == "out of":
        ratio = _OUT_OF.search(left[-36:])  # "eight out of ten apprentices"
        part = parse_number(ratio.group(1)) or value if ratio else value
        ratio = ratio if part < value else None
    if ratio:  # "one in five adults": a share
        begin = start - len(ratio.group(0))
        q = _QUAL_BEFORE.search(sent, max(0, begin - 30), begin)
        np = _noun_phrase(sent, end)
        of = _OF_NP.match(sent, end)
        if np:
            label = f"share of {np[1]}"
        elif of and _phrase_end(sent, of.end()) > of.end():
            label = f"share of {sent[of.end():_phrase_end(sent, of.end())]}"
        elif (verb := _PART_WORDS.match(sent, end)) and verb.group(1):  # "one in five were offered it"
            label = _clean(f"share {' '.join(verb.group(2).split()[:6])}")
        else:
            label = _label(sent, begin, end, after)
        return _Found(q.start() if q else begin, end, round(float(part) / float(value), 4), "fraction", label)
    if not mult_text and value <= 1 and value == int(value):  # "one", "0": no statistic; "0.35 metres" is
        return _one_hurt(sent, first, end, after) if value == 1 else None  # but "one person has died" is
    hurt = _CASUALTY.match(sent, end) if flags & _N_CASUALTY else None
    if hurt and _PARENT_OF.search(left[-24:]):
        return None  # "a mother of five was killed": her children, and one person killed
    if hurt:  # "23 were injured", "30 dead": people, though the word is left out
        end = hurt.end()
        return _Found(first, end, as_value(value), "people", f"people {hurt.group('what')}")
    if not mult_text and qual is None and value < 1000 and \
            _definite_word(word_before[0], large=is_digit and value >= 10) and \
            not (is_digit and value >= 10 and word_before[0].lower() == "the" and _sized_by_of(sent, end)) \
            and not (is_digit and _OF_THE_OPENING.search(sent, max(0, start - 12), start)):
        return None  # "lists the 16 districts" points at them; "the 14 member countries of APETP" counts,
        # and so does "the 107,000 promoters": nobody lists a thousand things to point back at;
        # "Of the 454 deaths, 173 were children" counts the whole it then divides
    who = _PART_PEOPLE.match(sent, end) if flags & _N_CASUALTY else None
    if who and not _WHOLE_BEFORE.search(sent, 0, start):  # "at least nine were children" (a part of a
        # whole named before is read as of that whole)
        return _Found(first, who.end(), as_value(value), who.group("who"), who.group("who"))
    counted = _of_count(sent, end) if flags & _N_OF else None
    if counted and not mult_text:
        of_end, unit, label = counted
        return _Found(first, of_end, as_value(value), unit, label)
    np = _noun_phrase(sent, end) if flags & _N_LETTER else None
    if np:
        np_end, unit = np
        talk = not is_digit and unit.lower() in _DISCOURSE_NOUNS and not _MARGIN_AFTER.match(sent, np_end) \
            and not _SCORING.search(sent, 0, start)
        if plain_small and (sent[np_end:np_end + 1] == ":" or talk):
            return None  # "in four areas:", "two points": the structure of a talk, not a measurement
        what = sent[end:np_end].split()
        while len(what) > 1 and what[0].lower() in _LEADING_ADJ:
            what.pop(0)
        label = _count_label(sent, first, np_end, " ".join(what))  # "Chinese people", unit "people"
        if unit.lower() in _SYMBOLS and not _OF_NP.match(sent, np_end):
            # A symbol says what is measured only as "2,450 kg of fuel": else the thing it sizes ("the
            # 1,420 m runway"), the words before it ("output hit a record 13.3 million bpd"), its clause
            if noun := _measured_noun(sent, np_end):
                label = noun
            elif label.endswith(f" {unit}"):
                label = label[:-len(unit) - 1]
            elif label == unit or label.startswith(f"{unit} "):
                label = _label(sent, first, np_end, after)
        hurt = _CASUALTY.match(sent, np_end) if sent[np_end:np_end + 1].isspace() else None
        if hurt and label == " ".join(what):
            label = f"{label} {hurt.group('what')}"
        if unit.lower() in _PERSON_UNITS and _POPULATION_CUE.search(left[-30:]):
            label = "population"
        per = _PER_SLASH.match(sent, np_end) if unit.lower() in _MEASURES else None
        if per:  # "150 km/h", "5 kg/m3": a rate, not a length or a weight
            np_end, unit = per.end(), f"{unit}/{per.group(1)}"
        return _Found(first, np_end, as_value(value), unit, label)
    if mult_text or is_digit:
        cue = _POPULATION_CUE if mult_text else _POPULATION_OF
        window = left[-30:]
        if _has_population_word(window) and cue.search(window):
            return _Found(first, end, as_value(value), "people", "population")
        if named := _POPULATION_AFTER.match(sent, end):
            return _Found(first, end, as_value(value), "people", " ".join(named.group(0).split()))
    reach = max(0, start - 200)
    number_of = _NUMBER_OF.search(sent[reach:start]) \
        if (mult_text or is_digit) and sent.find("number of", reach, start) >= 0 else None
    if number_of and (qual or value >= 10):  # "the number of private firms ... rose to 16,800"
        noun = number_of.group(2)
        return _Found(first, end, as_value(value), noun if noun[:1].islower() else noun.lower(),
                      f"number of {number_of.group(1)}")  # "... fully paid-up Member States to 58"
    if mult_text and _PEOPLE_BEFORE.search(sent, max(0, first - 40), first):
        return _Found(first, end, as_value(value), "people", _count_label(sent, first, end, "people"))
    if mult_text or (qual and value >= 10) or (not is_digit and value >= 1000) or (  # "240 million",
            # "numbering more than 600,000", "ninety six thousand five hundred"
            is_digit and "," in num_text and _moved_count(before, nw)) or (  # "Payrolls rose 118,000"
            is_digit and before.endswith(" of") and _THOUSANDS.fullmatch(num_text)):  # "a crowd of 26,184"
        label = _fact_label(sent, first) or _label(sent, first, end, after)
        return _Found(first, end, as_value(value), "", label)
    fact = _fact_label(sent, first) or (_field_label(sent, first) if is_digit and "," in num_text and
                                        _THOUSANDS.fullmatch(num_text) else None)
    return _Found(first, end, as_value(value), "", fact) if fact else None


def _field_label(sent: str, first: int) -> str | None:
    """Return the one word a line gives before its value, when the value is a count in thousands:
    "Attendance: 14,286 (1,912 away)" ("Tel: 01632 960418" and "Ref: 4829" are no counts)."""
    colon = sent.find(": ", 0, 30)
    if colon < 2 or not sent[:colon].isalpha() or not sent[0].isupper() or \
            len(sent) - len(sent[colon + 1:].lstrip()) != first:
        return None
    return sent[:colon]


_FACT_LABEL = re.compile(r"[A-Z][\w'’-]*(?: [\w'’()-]+){0,6} [A-Za-z'’()-]+:")
"""The whole of what stands before the value in a fact box's line: "Flood warnings:" (2 to 8 words)."""
_PART_NAME = re.compile(r"(?:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})?")


def _fact_label(sent: str, first: int) -> str | None:
    """Return what a fact box's line counts, when the number at ``first`` is its value or a part of it.

    "Homes without power at peak: 141,500 (SSEN 86,000; Northern Powergrid 31,000)": the first
    number is the label's; each later one that opens a part (after a comma, a semicolon or a
    bracket, at most a name before it) is a share of it, named by that name.
    """
    colon = sent.find(": ", 0, first)
    if colon < 0 or colon > 90:
        return None
    lead = sent[:colon + 1]
    if not _FACT_LABEL.fullmatch(lead) or _SPEECH_IN_LABEL.search(lead):
        return None
    value_at = len(sent) - len(sent[colon + 1:].lstrip())
    if first == value_at:
        return lead[:-1]
    opening = sent[value_at:value_at + 1]
    if first < value_at or not (opening.isdigit() or opening in "$€£¥"):
        return None  # a line whose value is words ("Key points: ..."), not a count and its parts
    part = max(sent.rfind(mark, value_at, first) for mark in ",;(")
    head = sent[part + 1:first].strip()
    if part < 0 or not _PART_NAME.fullmatch(head):
        return None
    return f"{lead[:-1]} ({head})" if head else lead[:-1]
_SPEECH_IN_LABEL = re.compile(r"\b(?:said|says|say|told|tells|added|asked|stated|wrote|noted|explained)\b")


_COUNT_MOVES = _MOVEMENT_WORDS | {"added", "contributed", "cut", "increasing", "sliding", "falling", "rising",
                                  "adding", "shedding", "slowed", "accelerated", "revised", "estimated"}
_CHANGE_NOUNS = frozenset("gain gains advance increase rise decline drop fall loss jump".split())


def _moved_count(before: str, next_word: str) -> bool:
    """A grouped count moved by a verb ("rose 118,000", "fell by 14,000", "slowed to 104,000"), set as a
    level ("Net migration was 728,000", "stood at 1,250,000"), named as a change ("a 160,000
    advance") or the subject of its clause ("Of those, 1,204,900 were ..."): a figure though no noun
    says what was counted."""
    if next_word in _CHANGE_NOUNS:
        return True
    if next_word in ("were", "was", "had") and (not before.strip() or before.rstrip().endswith(",")):
        return True  # the clause's subject: "Of those parcels, 1,204,900 were provided for children"
    word, at = _last_word(before)
    if word in ("by", "to", "of", "at") and at > 0:
        word = _last_word(before[:at])[0]
    return word.lower() in _COUNT_MOVES or word.lower() in _LEVEL_VERBS


def _times_or_time(sent: str, first: int, end: int, value: Decimal | int, right: str, after: str,
                   hyphen: bool, flags: int) -> tuple[bool, _Found | None]:
    """Read what follows a number as a compound ("24-member"), a multiple ("five times") or a duration.

    Return (True, the figure or None when it is not one) once a reading applies, else (False, None).
    """
    hy = _HYPHEN_WORD.match(right) if hyphen else None
    if hy:
        return True, _compound(sent, first, end, hy, value)
    dash = right[:1] in _DASHES
    times = _TIMES.match(right) if flags & _N_TIMES or dash or right[:4] == "fold" else None
    if times:
        end += times.end()
        return True, _Found(first, end, as_value(value), "times", _label(sent, first, end, after))
    if flags & _N_SPAN or dash:  # "three to five years": a span of time
        span = _RANGE_TAIL.match(sent, end)
        tw = _TIME_WORD.match(sent, span.end()) if span else None
        if span and tw:
            return True, _duration(sent, first, tw.end(), as_value(value), tw.group("u"), after)
    tw = _TIME_WORD.match(right) if flags & _N_TIMELY else None
    if tw:
        return True, _duration(sent, first, end + tw.end(), as_value(value), tw.group("u"), after)
    return False, None


def _has_population_word(window: str) -> bool:
    """Return False when ``window`` cannot hold a population cue: a cheap test before the search."""
    low = window.lower()
    return "popul" in low or "nhab" in low or "dent" in low or "home" in low


def _glued(left: str, right: str, is_digit: bool, has_unit: bool) -> bool:
    """Return True when the number is part of an id, a date, a code or a digit run."""
    last = left[-1:]
    if last:
        if last.isalnum() or last in "#@/\\" or (last in "-‐‑–." and left[-2:-1].isalnum()):
            return True
        if last in " \u00a0":
            trimmed = left.rstrip(" \u00a0")
            if trimmed[-1:].isdigit() or (is_digit and trimmed[-1:] == "<"):
                return True
        elif is_digit and last == "<":
            return True
    if has_unit:
        return False
    first = right[:1]
    if is_digit and (first.isalpha() or first == "_"):
        return True
    if first in _GLUE_RIGHT:
        return right[1:2].isdigit()
    if first == " " or first == "\u00a0":
        second = right[1:2]
        if second == " " or second == "\u00a0":
            second = right.lstrip(" \u00a0")[:1]
        return second.isdigit()
    return False


def _range(sent: str, m: re.Match[str], after: str) -> _Found | None:
    """Handle "10-15%": a hyphen range whose second number carries the unit."""
    right = sent[m.end():m.end() + 1]
    if m.group("mult") or m.group("pct") or right not in ("-", "–"):
        return None
    left = _before(sent, m.start())
    if left[-1:].isalnum() or (left[-1:] in "-–." and left[-2:-1].isalnum()) or _DIGIT_SPACE_END.search(left):
        return None
    number = parse_number(m.group("num"))
    if number is None:
        return None
    end = _range_tail(sent, m.end(), number)
    cur = m.group("cur")  # "$1.2-1.4 billion": the sign is the low end's, the scale the high end's
    if not end and cur and (t := _RANGE_NUMBER.match(sent, m.end())) and \
            (high := parse_number(t.group("num"))) is not None and high > number and \
            not sent[t.end():t.end() + 1].isalnum():
        end = t.end()  # "Tk 140-150 on Sunday", "Rs 125-130 per kg": the sign counts both ends
    if not end:
        return _unit_range(sent, m.start(), m.end(), number, left, after)
    unit = _range_unit(sent, m.end()) or (
        CURRENCY_SIGNS.get(cur.strip().lower(), cur.strip().upper()) if cur else "")
    return _share(sent, m.start(), end, as_value(number * _tail_factor(sent, m.end(), number)), unit, after)


def _end_unit(sent: str, pos: int) -> str:
    """Return the unit of the number after "to" at ``pos``: its percent or currency, else, when it is
    scaled ("to 5.1 million tonnes"), the noun it counts; "" when it has none of these."""
    unit = _range_unit(sent, pos)
    t = _RANGE_TAIL.match(sent, pos) if not unit else None
    np = _noun_phrase(sent, t.end()) if t and t.group("mult") else None
    return np[1] if np else unit


def _tail_factor(sent: str, pos: int, low: Decimal | int) -> int:
    """Return the scale a range's high end carries ("to 2 million": 1,000,000), else 1.

    The low end ``low`` (as written) takes it only when it is no larger than the high end's number:
    "between 1.5 and 2 million" is 1.5 million, "between 500,000 and 3 million" is 500,000.
    """
    t = _RANGE_TAIL.match(sent, pos)
    if t is None or not t.group("mult"):
        return 1
    high = parse_number(t.group("num"))
    return _FACTORS[t.group("mult").strip().lstrip("-‐‑")] if high is not None and low <= high else 1


_RANGE_NUMBER = re.compile(rf"\s*(?:[-–]|\s(?:to|and)\s)\s*(?P<num>{NUMERAL}|\b{WORD_NUMBER}\b)",
                           re.IGNORECASE)


def _unit_range(sent: str, first: int, end: int, low: Decimal | int, left: str, after: str) -> _Found | None:
    """Read "between 600 and 800 jobs", "80 to 90mph": a range whose second number carries the unit.

    The figure is the low end, its phrase the whole range, so that the brief never shows the high
    end alone as if it were the number.
    """
    t = _RANGE_NUMBER.match(sent, end)
    if not t:
        return None
    if not _joins_a_range(sent, end):
        return None
    high = parse_number(t.group("num"))
    if high is None or high <= low:
        return None  # "voted 31 to 18": a count against a count
    tail = t.end()
    begin = _from_between(left, first)
    glued = _GLUED_UNIT.match(sent, tail)
    if glued:
        return _Found(begin, glued.end(), as_value(low), glued.group(0), _label(sent, begin, tail, after))
    deg = _DEGREES.match(sent, tail)
    if deg:
        unit = "°" + (deg.group(1) or deg.group(2)[0]).upper()
        return _Found(begin, deg.end(), as_value(low), unit, _label(sent, begin, tail, after))
    if (cw := _CURRENCY_WORD.match(sent, tail)) and not sent.startswith(" per ", cw.end()) and not (
            cw.group("word")[:5].lower() == "pound" and _WEIGHED.search(sent[max(0, begin - 40):begin])):
        # "between 40 and 60 euros": money, not a count of euros ("weighed 5 to 6 pounds": a weight; "40 to
        # 60 euros per farm": a rate, read as the noun phrase it is)
        code = _currency_word_code(cw)
        return _Found(begin, cw.end(), as_value(low), code, _label(sent, begin, tail, after))
    np = _noun_phrase(sent, tail)
    if np is None:
        return None
    np_end, unit = np
    return _Found(begin, np_end, as_value(low), unit, _count_label(sent, begin, np_end, unit))


def _range_tail(sent: str, pos: int, low: Decimal | int, nw: str | None = None) -> int | None:
    """Return where "to 15 percent" ends after a range's first number, when it carries a unit.

    ``nw`` is the word at ``pos`` when the caller read it: a word not starting with "to" or "an"
    cannot be "to" or "and" when read short, so the common case needs no second read.
    """
    if sent[pos:pos + 1] not in _DASHES:
        if nw is not None and not nw.startswith(("to", "an")):
            return None
        if _next_word(sent[pos:pos + 8]) not in ("to", "and"):
            return None
    t = _RANGE_TAIL.match(sent, pos)
    if not t or not (t.group("pct") or t.group("mult") or t.group("cur")):
        return None
    if not _joins_a_range(sent, pos, _close_percents(t, low)):
        return None
    end = t.end()
    cw = _CURRENCY_WORD.match(sent, end)
    return cw.end() if cw else end


def _rises(sent: str, pos: int, low: Decimal | int) -> bool:
    """Return whether the number after a range's first one, at ``pos``, is higher (a range goes up)."""
    t = _RANGE_TAIL.match(sent, pos)
    high = parse_number(t.group("num")) if t else None
    return high is not None and high > low


def _from_between(left: str, first: int) -> int:
    """Return where a range opening at ``first`` starts: at a "between" ending ``left`` (the text before
    the number, which may be cut short, so the offset is counted back from its end), else ``first``."""
    btw = _BETWEEN_END.search(left)
    return first - (len(left) - btw.start()) if btw else first


def _joins_a_range(sent: str, pos: int, close: bool = False) -> bool:
    """False when the "to" or "and" after a number at ``pos`` joins two numbers that are no range.

    "rose from 212 to 268", "fell $1.08 to $76.99": a change and a new level, read one by one;
    "31 and 18" without a "between" before it: two numbers. With ``close`` (a bare number, then a
    percent not far above it), "fell 5 to 7 percent" is a range after a verb of change too.
    """
    before = sent[max(0, pos - 40):pos]
    changed = _FROM_BY_END.search(before) is not None and _SPAN_FROM_END.search(before) is None
    if _TO.match(sent, pos, pos + 5) and (changed or (_MOVED_END.search(before) and not close)):
        return False
    return not (_AND.match(sent, pos, pos + 6) and not _BETWEEN_NEAR_END.search(before))


def _close_percents(tail: re.Match[str], low: Decimal | int) -> bool:
    """Return whether a bare number and the percent after it (``tail``, "to 7 percent") make a range:
    the second above the first and at most three times it ("5 to 7 percent"), not a change and the
    level it reached ("rose 2 to 12 percent" reads as 2 points, to 12)."""
    if not tail.group("pct") or tail.group("mult") or tail.group("cur"):
        return False
    high = parse_number(tail.group("num"))
    return high is not None and low < high <= 3 * low


def _range_unit(sent: str, pos: int) -> str:
    t = _RANGE_TAIL.match(sent, pos)
    if t is None:
        return ""
    if t.group("pct"):
        return "percentage points" if "point" in t.group("pct").lower() else "percent"
    cur = t.group("cur")
    if cur:
        return CURRENCY_SIGNS.get(cur.strip().lower(), cur.strip().upper())
    cw = _CURRENCY_WORD.match(sent, t.end())
    return _currency_word_code(cw) if cw else ""


def _currency_word_code(cw: re.Match[str]) -> str:
    word = cw.group("word").lower().split()[0].rstrip("s")
    code = _WORD_CODES.get(word, word.upper())
    us = (cw.group("us") or "").lower()
    if code == "NOK" and us == "danish":
        return "DKK"
    if code == "USD" and us in _DOLLAR_CODES:
        return _DOLLAR_CODES[us]
    if code == "GBP" and us:
        return _POUND_CODES.get(" ".join(us.split()), code)  # "3 million Sudanese pounds": SDG, not GBP
    if code == "pesos":
        return _PESO_CODES.get(us, code)
    if code == "shillings":
        return _SHILLING_CODES.get(us, "KES")
    return code


def _is_year(num_text: str) -> bool:
    return len(num_text) == 4 and num_text.isdigit() and 1800 <= int(num_text) <= 2100


def _is_date_or_time(left: str, before: str, right: str, flags: int) -> bool:
    """Return True for a day of a month ("Dec. 7", "7th of May"), a clock time or a glued unit."""
    if before.endswith(_MONTH_TAILS) and _MONTH_BEFORE.search(left[-16:]):
        return True
    if flags & _N_MONTH_AFTER and _MONTH_AFTER.match(right):
        return True
    return right[:1].isalpha() or bool(flags & _N_CLOCK)


_QUOTED_NAME_END = re.compile(r"(?:\s*[^\s“”\"‘’']+){0,4}?\s*(?<![,.!?;:])[”\"’']")
"""Up to the mark closing a short quoted name after its number: " centers”" of “five centers” (a quote
closing on a comma or a stop is speech: “40 stores closed,” she said)."""


def _is_marker_or_id(left: str, before: str, word_before: tuple[str, int], right: str, is_digit: bool,
                     qual: str | None) -> bool:
    """Return True for list markers ("1.", "(2)"), page numbers and ids ("No. 1", "Boeing 737")."""
    if right[:1] in ".)]":  # (also when right is empty)
        if _MARKER_RIGHT.match(right) and _MARKER_LEFT.fullmatch(before):
            return True
        if before.endswith("(") and right.startswith(")"):
            return True
        if right.startswith(")") and is_digit:
            return True
    if before and before[-1] in "“\"‘'" and not left[-1].isspace() and _QUOTED_NAME_END.match(right):
        return True  # a quoted name: the "five centers" initiative (not a quote opening on a count:
        # “40 stores were closed this year,” she said)
    if qual:
        return False
    word, at = word_before  # _last_word(before)
    if not word:
        return False
    low = word.lower()
    if low.rstrip(".") in _ID_WORDS or low in _ID_WORDS:
        return True
    if not (is_digit and word[0].isupper()):
        return False
    at_start = not before[:at].strip()
    possessive = word.endswith(("'s", "’s", "s'"))
    return not at_start and not possessive and word.lower() not in _STOP


_MAGNITUDE_BEFORE = re.compile(r"\b[Mm]agnitude[- ]$")
_MAGNITUDE_AFTER = re.compile(r"[- ]magnitude\b|\s+on\s+the\s+Richter\s+scale\b")


def _magnitude(sent: str, first: int, end: int, value: Decimal | int, after: str) -> _Found | None:
    """An earthquake's magnitude, named before or after its value: "magnitude 6.4", "a 6.4-magnitude
    quake", "6.4 on the Richter scale"."""
    begin = first
    named = _MAGNITUDE_BEFORE.search(sent, max(0, first - 10), first)
    if named:
        begin = named.start()
    elif (tail := _MAGNITUDE_AFTER.match(sent, end)) is not None:
        end = tail.end()
        if (quake := _head_words(sent, end, 1)) is not None:  # "a 6.4-magnitude earthquake"
            return _Found(begin, end, as_value(value), "magnitude", quake)
    else:
        return None
    return _Found(begin, end, as_value(value), "magnitude", _label(sent, begin, end, after))


def _sized_by_of(sent: str, end: int) -> bool:
    """True when the noun after a count is followed by "of" ("the 27 member states of the EU")."""
    np = _noun_phrase(sent, end)
    return np is not None and sent.startswith(" of ", np[0])


def _definite(left: str, large: bool = False) -> bool:
    """Return True when the count follows "the", a possessive or a demonstrative: a pointer, not a figure.

    A ``large`` count (digits, 10 or more) after a possessive is kept: "the program's 2,000 warehouses"
    states a size, where "its three neighboring provinces" points at places.
    """
    return _definite_word(_last_word(left)[0], large)


def _definite_word(word: str, large: bool = False) -> bool:
    """Return _definite's answer from the word before the count (as _last_word reads it)."""
    word = word.lower().rstrip(".")
    if word.endswith(("'s", "’s", "s'")):
        return not large
    return word in _DEFINITE


def _plural(word: str) -> bool:
    w = word.lower()
    if w in _PLURAL_IRREGULAR or w in _MEASURES:
        return True
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
        return True  # "TEUs", "SMEs"
    return len(w) > 2 and w.endswith("s") and not w.endswith(_NOT_PLURAL_ENDINGS) and w not in _VERBS_IN_S


_VERBS_IN_S = frozenset("""
remains seems looks appears includes comes goes means makes takes says gets needs shows continues represents
holds lies sits grows stays becomes requires provides contains involves reflects suggests indicates exceeds
stands
""".split())
"""Verbs that end a counted noun phrase, though they end in "s": "three of our markets remains healthy"."""


_N_CURRENCY, _N_MONTH_AFTER, _N_CLOCK, _N_TIMES, _N_SPAN, _N_TIMELY, _N_CASUALTY, _N_OF, _N_LETTER = (
    1 << i for i in range(9))
_N_TIMEWISE = _N_TIMES | _N_SPAN | _N_TIMELY


def _next_flags(nw: str) -> int:
    """Return which readings the word after a number (as _next_word gives it) allows, as bits.

    Each bit is a cheap necessary condition for one pattern, so _judge skips the others.
    """
    return ((_N_CURRENCY if nw in _CURRENCY_FIRST else 0)
            | (_N_MONTH_AFTER if nw == "of" or nw[:3] in _MONTH_STEMS else 0)
            | (_N_CLOCK if nw in _CLOCK_WORDS else 0)
            | (_N_TIMES if nw == "times" else 0)
            | (_N_SPAN if nw in ("to", "and") else 0)
            | (_N_TIMELY if nw.rstrip("s") in _TIME_UNITS or nw in _TIME_LEADS else 0)
            | (_N_CASUALTY if nw.startswith(_CASUALTY_STARTS) or not nw else 0)
            | (_N_OF if nw == "of" else 0)
            | (_N_LETTER if "a" <= nw[:1] <= "z" or not nw else 0))  # a noun phrase starts with a letter


_NEXT_FLAGS = WordTable(_next_flags)
_FACTORS = WordTable(multiplier)
"""Multiplier words ("million", "hundred thousand") to their factor, learnt once per spelling."""
_NP_ENDS, _NP_SUPERLATIVE, _NP_PLURAL, _NP_STOP = 1, 2, 4, 8


def _np_kind(word: str) -> int:
    """Return what _noun_phrase needs to know of one word, as bits (learnt once per word form)."""
    lw = word.lower()
    return ((_NP_ENDS if lw in _STOP and lw not in _LEADING_ADJ else 0) | (_NP_STOP if lw in _STOP else 0)
            | (_NP_SUPERLATIVE if lw.endswith("est") and lw not in _NOT_SUPERLATIVE else 0)
            | (_NP_PLURAL if _plural(word) else 0))


_NOT_SUPERLATIVE = frozenset("""
rest unrest test forest interest request protest harvest contest arrest conquest inquest honest modest
earnest manifest west southwest northwest midwest nest chest guest quest crest pest vest
""".split())
"""Words in -est that are no superlative: "12 rest centres" counts centres; "3 largest" counts nothing."""


_NP_KINDS = WordTable(_np_kind)


_NON_SPACE = re.compile(r"\S+")


def _noun_phrase(sent: str, pos: int) -> tuple[int, str] | None:
    """Return (end, unit) of the counted noun phrase after a number ("futures products"), or None."""
    run = _WORDS.match(sent, pos)
    if not run:
        return None
    tokens = run.group(0).split()  # offsets only once a head is found
    kinds = _NP_KINDS
    head = None
    for i, w in enumerate(tokens[:5]):
        kind = kinds[w]
        if kind & _NP_ENDS:
            joined = w in ("and", "or") and 0 < i < len(tokens) - 1
            if joined and not kinds[tokens[i + 1]] & (_NP_ENDS | _NP_STOP):
                continue  # "28 new wind and solar projects"
            break
        if i == 0 and kind & _NP_SUPERLATIVE:
            return None
        if kind & _NP_PLURAL:
            head = i
            while head + 1 < len(tokens) and head < 5 and \
                    kinds[tokens[head + 1]] & (_NP_PLURAL | _NP_STOP) == _NP_PLURAL:
                head += 1
            break
    if head is None:
        return None
    words = [(w.start(), w.end(), w.group(0)) for w in islice(_NON_SPACE.finditer(run.group(0)), head + 1)]
    first = 0
    while first < head and words[first][2].lower() in _LEADING_ADJ:
        first += 1
    base = run.start()
    unit = run.group(0)[words[first][0]:words[head][1]]
    if words[head][2].lower() in _PERSON_UNITS:
        unit = words[head][2]  # "1.4 billion Chinese people" counts people
    end = base + words[head][1]
    rate = _PER_UNIT.match(sent, end)
    if rate and rate.group(1).lower() not in _STOP:  # "24.5 pence per kilowatt hour": a rate
        second = rate.group(2)
        end = rate.end(2) if second and second.lower() not in _STOP else rate.end(1)
        unit = f"{unit} per {sent[rate.start(1):end]}"
    return end, unit


def _of_count(sent: str, pos: int) -> tuple[int, str, str] | None:
    """Read "nine of China's 21 pilot free trade zones": the count, what is counted, and the whole."""
    of = _OF_NP.match(sent, pos)
    if not of:
        return None
    p = of.end()
    det = _DETERMINER.match(sent, p)
    q = det.end() if det else p
    qual = _QUAL_AFTER.match(sent, q)  # "the association's roughly 1,100 members"
    q = qual.end() if qual else q
    num = _NEXT_NUMBER.match(sent, q)
    q = num.end() - 1 if num else q
    np = _noun_phrase(sent, q)
    if not np:
        return None
    return np[0], np[1], sent[p:np[0]]


def _fraction(sent: str, m: re.Match[str], first: int, after: str) -> _Found | None:
    words = m.group("frac").lower().replace("-", " ").split()
    left = _before(sent, m.start())
    if _definite(left) or _ORDINAL_END.search(left):
        return None
    count = Decimal(1) if words[0] in ("a", "half") else parse_number(words[0]) or Decimal(1)
    if words[-1] == "quarters" and count > 1 and not sent.startswith(" of", m.end()) and \
            _last_word(left)[0].lower() in _PERIOD_BEFORE:  # "the first contraction in three quarters"
        return _duration(sent, first, m.end(), as_value(count), "quarter", after)
    ratio = count * FRACTIONS[words[-1]]
    part_of = _OF_A_POINT.match(sent, m.end())
    if part_of:  # "a tenth of a percentage point": that much of one, not a share of it
        of = part_of.group(1).lower()
        unit = "points" if "cent" not in of else "percentage points" if "point" in of else "percent"
        end = part_of.end()  # named by the noun it sizes ("a quarter-point reduction"), else its clause
        label = _head_words(sent, end, 3) or _label(sent, first, end, after)
        return _Found(first, end, round(float(ratio), 4), unit, label)
    scale = _OF_A_SCALE.match(sent, m.end())
    if scale:  # "a quarter of a million people": 250,000 of them, not a share of a million
        end, amount = scale.end(), int(ratio * _FACTORS[scale.group(1).lower()])
        cw = _CURRENCY_WORD.match(sent, end)
        if cw:  # "a third of a billion dollars"
            code = _currency_word_code(cw)
            return _Found(first, cw.end(), amount, code, _label(sent, first, cw.end(), after))
        np = _noun_phrase(sent, end)
        if np is None:
            return _Found(first, end, amount, "", _label(sent, first, end, after))
        return _Found(first, np[0], amount, np[1], _count_label(sent, first, np[0], np[1]))
    return _share(sent, first, m.end(), round(float(ratio), 4), "fraction", after)


_PERIOD_BEFORE = frozenset("in for over past last next previous recent".split())
"""Words before "three quarters" that make it a span of time, not three fourths of something."""
_OF_A_POINT = re.compile(
    r"(?:\s+of\s+an?\s+|\s+an?\s+|[\s-]+)((?:percentage\s+)?point|per\s*cent(?:age\s+point)?|percent)s?\b",
    re.IGNORECASE)
"""What a fraction is a part of, when that is a point or a percent: "a tenth of a percent", "half a
percentage point", "a quarter-point cut"."""
_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)


def _share(sent: str, start: int, end: int, value: int | float, unit: str, after: str) -> _Found:
    """A percentage or fraction: "of <what>" after it becomes part of the phrase and the label."""
    of = _OF_NP.match(sent, end)
    quoted = _OF_NP.match(sent, end + 1) if of is None and sent[end:end + 1] in ("’", "”", ")") else None
    if quoted:  # "covered ‘barely a fifth’ of the city’s needs": the words quoted, the whole after them;
        # "more than a quarter (26%) of people referred": the share in brackets, the whole after them
        np_end = _phrase_end(sent, quoted.end())
        if np_end > quoted.end():
            return _Found(start, end, value, unit, f"share of {sent[quoted.end():np_end]}")
    if of:
        np_end = _phrase_end(sent, of.end())
        whole = _of_count(sent, end)
        if whole and _DIGIT.search(whole[2]):  # "41.6% of the state's 6.1 million registered voters": the
            words = [w for w in whole[2].split() if not _DIGIT.search(w)]  # whole is a figure of its own
            what = " ".join(w for w in words if w.lower() not in _NOT_OF_THE_WHOLE)
            return _Found(start, end, value, unit, f"share of {what}")
        nxt = _NEXT_FIGURE.search(sent, of.end(), np_end)
        np_end = nxt.start() if nxt else np_end  # "of GDP in 2025 to 3.2 percent": the next figure
        if np_end > of.end():
            pp = _PP_AFTER_HEAD.search(sent, of.end(), np_end)  # "of the insured loss [at the midpoint]":
            return _Found(start, pp.start() if pp else np_end, value, unit,  # the text ends at its head
                          f"share of {sent[of.end():np_end]}")
    tail = sent[end:end + 60]
    dot = tail.find(".")  # _BROKEN_OF needs the first "." followed by spaces and "of": test that first
    broken = _BROKEN_OF.match(tail) if dot > 0 and tail[dot + 1:].lstrip().startswith("of") else None
    if broken:  # "45 percent Is responsible for. of GDP": a clause broken by machine translation
        what = tail[broken.end():]
        what = what[:_phrase_end(what, 0)]
        if what:
            return _Found(start, end, value, unit, f"share of {what}")
    if after and len(tail.split()) <= 4 and _OF_NP.match(after):
        what = after.strip()[3:]
        what = what[:_phrase_end(what, 0)]
        if what:
            return _Found(start, end, value, unit, f"share of {what}")
    label = _label(sent, start, end, after)
    noun = _NOUN_AFTER.match(sent, end)
    if noun and noun.group(1).lower() not in _STOP and noun.group(1) not in _AMOUNT_WORDS:
        prep = _IN_NP.match(sent, noun.end())
        np_end = _phrase_end(sent, prep.end()) if prep else 0
        if prep and np_end > prep.end():  # "a 23 per cent jump in the cost of temporary accommodation"
            return _Found(start, end, value, unit, sent[noun.start(1):np_end])
    if noun and noun.group(1).lower() not in _STOP and noun.group(1) not in _AMOUNT_WORDS and \
            len(label.split()) < 4 and not label.startswith(noun.group(1)):  # "up 12 percent year on
            # year" is no "percent year"; "79% agreed" is labelled "agreed" by what is said of it
        lead = "" if label == "figure" else label  # "a two-thirds majority": nothing before the figure
        label = _clean(f"{lead} {noun.group(1)}")  # "a 20% stake", "3.5 percent increase"
    return _Found(start, end, value, unit, label)


def _phrase_end(sent: str, pos: int, max_words: int = 8) -> int:
    """Return where the noun phrase starting at ``pos`` ends: at a clause break or after max_words."""
    stop = _CLAUSE_BREAK.search(sent, pos)
    limit = stop.start() if stop else len(sent)
    kinds = _PHRASE_KINDS
    last, n, prev, adjective_seen = pos, 0, "", False
    before_adjective = -1  # where the phrase ended before a past form read as an adjective
    for w in _PHRASE_WORD.finditer(sent, pos, limit):
        word = w.group(0)
        kind = kinds[word]
        if n == max_words or kind == _VERB or (n and kind and prev not in _DETERMINERS):  # a past form
            break  # ends it after the first word, but not after "the": "of the enrolled farmers"
        if adjective_seen and _DIGIT.search(sent, last, w.end()):
            break  # "of its approved budget of $128 million": the next figure is no part of the phrase
        n += 1
        prev = word.lower()
        if kind == _PAST_FORM:
            adjective_seen, before_adjective = True, last
        elif prev not in _DANGLING:
            before_adjective = -1
        if prev not in _DANGLING:  # "half of our electricity to come": the phrase ends before "to"
            last = w.end()
    return before_adjective if before_adjective >= 0 else last  # not on its adjective: "of the estimated"


_DANGLING = frozenset(
    "a an the of in on at to for from by with and or but as than that which who whose near over under "
    "about around across into onto after before between through during within without against among via "
    "is are was were be been will would can could may might must has have had our their its his her "
    "my your this these those".split())
"""Words that cannot end a noun phrase: when a phrase stops at a verb or its word limit, they are cut."""


_VERB, _PAST_FORM = 1, 2
_DETERMINERS = frozenset("the a an its their our his her this these those all".split())
"""Words after which a past form is an adjective of the noun phrase ("the affected provinces")."""


_TIME_TURNS = frozenset("within during until till since".split())
"""Words that open a phrase of time, which tells when, not what: "10 per cent of the contract sum within
twenty-eight (28) days" measures the contract sum. They end a noun phrase as a verb does."""


def _phrase_kind(word: str) -> int:
    """Return _VERB for a verb form (or a turn to time) that ends a noun phrase, _PAST_FORM for "-ed"
    words, else 0."""
    low = word.lower()
    if low in _VERBS or low in _TIME_TURNS:
        return _VERB
    return _PAST_FORM if word.endswith("ed") and "-" not in word else 0


_PHRASE_KINDS = WordTable(_phrase_kind)


def _compound(sent: str, first: int, end: int, hy: re.Match[str],
              value: Decimal | int) -> _Found | None:
    """Read "24-member body", "three-year plan", "45-year-old": the hyphen word is the unit."""
    word = hy.group("w")
    lw = word.lower()
    if lw == "to":  # "a 1.64-to-1 ratio", "outnumbered 2-to-1": one count for every one of the other
        ratio = _TO_ONE.match(sent, end + hy.end())
        if ratio is None:
            return None
        end = ratio.end()
        return _Found(first, end, as_value(value), "ratio", _label(sent, first, end, ""))
    second = _HYPHEN_WORD.match(sent, end + hy.end()) if lw in ("basis", "percentage") else None
    if second and second.group("w").lower() in ("point", "points"):  # "a 50-basis-point cut"
        end = second.end()
        return _Found(first, end, as_value(value), f"{lw} points",
                      _head_words(sent, end, 3) or _label(sent, first, end, ""))
    if lw == "fold" and value > 1:  # "grow 14-fold": a multiple
        end += hy.end()
        return _Found(first, end, as_value(value), "times", _label(sent, first, end, ""))
    if lw in _ORDINAL_WORDS or lw in _NOT_UNITS or lw in CARDINAL_WORDS or lw.endswith("ed") or \
            word[0].isupper() or value <= 1:  # "seven-thirty" is a time
        return None  # "two-way", "three-pronged", "one-child": manners, not measures
    end += hy.end()
    what = _head_words(sent, end, 3)
    if hy.group("old"):
        if not what or what.split()[-1].lower() in _PEOPLE_NOUNS:
            return None  # "a 12-year-old boy": a person's age, not a key figure (a programme's age is)
        return _Found(first, end, as_value(value), "years", f"age of {what}")
    if lw.rstrip("s") in _TIME_UNITS:
        if sent.startswith("-olds", end):
            return None  # "Not many 19-year-olds say that": people of an age, not a figure
        if what and what.split()[0].lower() in _WINDOW_NOUNS:
            return None  # "the 10-year Treasury yield", "23 new 52-week highs": a name, not a duration
        return _Found(first, end, as_value(value), lw.rstrip("s"), what or _label(sent, first, end, ""))
    unit = lw if lw.endswith("s") else _pluralize(lw)
    return _Found(first, end, as_value(value), unit, what or _label(sent, first, end, ""))


def _head_words(sent: str, pos: int, n: int) -> str:
    """Return up to ``n`` words of the noun phrase at ``pos``, stopping at a stop word or a verb form."""
    out: list[tuple[str, int]] = []  # each word and where it ends
    for w in _HEAD_WORD.finditer(sent[pos:pos + 80]):
        if w.start() != (out[-1][1] if out else 0):
            break
        word = w.group(1)
        if word.lower() in _STOP or (word.endswith("ed") and "-" not in word) or len(out) == n:
            break
        out.append((word, w.end()))
    return " ".join(word for word, _ in out)


def _pluralize(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _duration(sent: str, first: int, end: int, value: int | float, unit: str, after: str) -> _Found | None:
    """"for five years" is a figure; "three years ago", "the past five years" are dates."""
    left = _before(sent, first)
    if _TIME_FRAME_BEFORE_REVERSED.match(left[::-1]) or _TIME_FRAME_AFTER.match(sent[end:end + 20]):
        return None
    u = unit.lower()
    u = "century" if u.startswith("centur") else u.rstrip("s")
    if u == "minute" and _CLOCK_AFTER.match(sent, end):
        return None
    return _Found(first, end, value, u, _label(sent, first, end, after))


def _count_label(sent: str, first: int, np_end: int, unit: str) -> str:
    """Label a count: what is counted, and where or whose when a phrase says so."""
    standing = _STANDING_AFTER.match(sent, np_end)
    if standing:
        return _clean(f"{unit} {_words_after(sent, np_end, 6)}")
    pp = _COUNT_PP.match(sent, np_end)
    if pp:
        end = _phrase_end(sent, np_end + 1, 7)
        if not any(map(str.isdigit, sent[np_end:end])):
            return _clean(f"{unit} {sent[np_end:end]}")
    if said := _predicate(sent, first, np_end):  # "Twenty-seven people have died": "people died"
        return _clean(f"{unit} {said}")
    before = _before(sent, first).rsplit(None, 1)  # only the last word matters
    if before and _is_stop(before[-1]):
        if unit.split()[0].lower() in _MEASURES and before[-1].lower() in _PREPOSITIONS:
            # "capped the unit price at 24.5 pence per kilowatt hour": the unit alone says nothing
            core = _words_only(" ".join(_lead_core(_left_words(sent, first, 6).split(), True)))
            return core or unit
        return unit
    lead = _words_only(_left_words(sent, first, 4))
    share, of, whole = lead.rpartition(" of ")
    if of and share.rsplit(None, 1)[-1].lower() in _SHARE_WORDS:
        lead = whole  # "60 per cent of the association's [1,100] members": whose members, not the share
    # "support a further [7,000] jobs": the article belonged to the number
    lead = " ".join(w for w in lead.split() if w.lower() not in ("a", "an"))
    return _clean(f"{lead} {unit}") if lead else unit


def _words_after(sent: str, pos: int, n: int) -> str:
    """Return up to ``n`` words after ``pos`` in its clause, up to a number, without dangling words."""
    stop = _CLAUSE_BREAK.search(sent, pos)
    words: list[str] = []
    for word in sent[pos:stop.start() if stop else len(sent)].split()[:n]:
        if _DIGIT.search(word):
            break
        words.append(word)
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words)


def _is_stop(word: str) -> bool:
    """Return whether ``word`` says nothing of what is measured, a contraction too ("There's", "that's")."""
    low = word.lower().strip("’'\"“”")
    head, mark, _ = low.replace("’", "'").partition("'")
    return (head if mark else low) in _STOP


def _words_only(lead: str) -> str:
    """Drop numbers and amount words from a label's lead ("rose 5.7 percent year on year to" -> "rose")."""
    if not any(map(str.isdigit, lead)):
        return lead
    kept = [w for w in lead.split() if not any(map(str.isdigit, w)) and
            w.lower().strip(",.") not in _AMOUNT_WORDS and w.lower() not in CURRENCY_SIGNS]  # "Rs 1,842.6"
    while kept and kept[0].lower() in _STOP:
        kept.pop(0)
    while kept and kept[-1].lower() in _STOP:
        kept.pop()
    return _clean(" ".join(kept))


_CLAUSE_OPENER = re.compile(r"[\s•*·▪-]*(?:[A-Z][^,;:()“”\"]{0,40},\s*)?"
                            r"(?:(?:another|(?:the|a|an)\s+(?:remaining|other|further|additional|final))\s+)?$",
                            re.IGNORECASE)
"""What may open a sentence before a figure that opens its clause: nothing (a bullet), a short opening
phrase and its comma ("In addition, EUR 120 million will be set aside"), and a word that sets the
figure beside others ("The remaining $900 million goes to employers")."""
_CLAUSE_LEAD = re.compile(r"(?:\bthat|[,;]\s*(?:and|but|while|whereas)|\b(?:said|says|added|noted|warned|"
                          r"confirmed|announced|told\s+[a-z]+))\s+$")
"""What may stand before a figure that opens a clause within the sentence: "that" ("It found that 36%
were ..."), a clause joined on ("..., and about 14,600 were sold in Canada"), or who says it ("Police
said around £180,000 has been recovered")."""
_PREDICATE_AUX = frozenset("has have had been be is are was were will would shall should could can may "
                           "might must to".split())
_PREDICATE_LIMIT = 8


def _opens_clause(sent: str, start: int) -> bool:
    """True when the figure at ``start`` is the first thing its clause says (see the two patterns)."""
    opener = _CLAUSE_OPENER.match(sent, 0, start) if start <= 60 else None
    return (opener is not None and opener.end() == start) or \
        _CLAUSE_LEAD.search(sent, max(0, start - 40), start) is not None


def _predicate(sent: str, start: int, end: int) -> str:
    """Return what is said of a figure that opens its clause, its auxiliaries left out: "EUR 120 million
    will be set aside for a technical assistance window" -> "set aside for a technical assistance
    window", "41% said they had cut back on heating"; "" when the figure does not open its clause or no
    verb follows it ("31% between the 2022 and 2023 surveys")."""
    if not _opens_clause(sent, start):
        return ""
    stop = _CLAUSE_BREAK.search(sent, end)
    words = sent[end:stop.start() if stop else len(sent)].split()[:_PREDICATE_LIMIT + 4]
    if not words:
        return ""
    first = words[0].lower()
    if first == "compared" or not (
            (first in _PREDICATE_AUX and first != "to") or first in _REPORTING or first in _LEVEL_VERBS or
            first.endswith("ed") or first.endswith(("n’t", "n't")) or first in _GOES):
        return ""  # no verb after it: "31% between the 2022 and 2023 surveys", "95 km to the north"
    kept: list[str] = []
    copula = False
    possessed = ""  # "had" a main verb: "5,932 participants had at least one fall"
    counted = False  # within a number after a preposition: "credited to [31.5 lakh] farmers of Rajasthan"
    counted_at = -1
    cut_short = False
    for i, word in enumerate(words):
        low = word.lower()
        if _DIGIT.search(word):
            if not kept or kept[-1].lower() not in _PREPOSITIONS:
                cut_short = True
                break
            counted, counted_at = True, len(kept) - 1
            continue
        if counted and (low in _AMOUNT_WORDS or low in MULTIPLIERS):
            continue
        if counted and low.rstrip(".") in _CLOCK_WORDS:  # "checked in by [4] p.m.": when, not what
            kept, cut_short = kept[:counted_at], True
            break
        counted = False
        if kept or (low not in _PREDICATE_AUX and low not in _PREDICATE_ADVERBS):
            ended = _GLUED_SENTENCE_END.search(word)
            kept.append(word[:ended.start()] if ended else word)  # "has so far been recovered": "recovered"
            if ended:
                break
        else:
            copula = copula or low in _BE
            possessed = low if low in ("has", "have", "had") else ""
        if len(kept) == _PREDICATE_LIMIT:
            cut_short = i < len(words) - 1
            break
    if 0 <= counted_at and len(kept) - counted_at <= 2:
        kept = kept[:counted_at]  # "affected in [14] districts": nothing said of them but the number
    kept = _ended_whole(kept, cut_short)
    if not kept or not kept[0][:1].islower() or (len(kept) == 1 and kept[0].lower() in _GOES):
        return ""  # "$1.1 billion will go to 3,000 ...": where it goes is in the number's way
    head = kept[0].lower().rstrip(".!?")
    participle = head.endswith(("ed", "en", "wn")) or head in _PARTICIPLES
    if copula and not (participle or (head.endswith("ing") and len(kept) > 1)):
        return ""  # "Eight per cent is still too high": a judgement of the figure, not what it measures
    if possessed and not participle:
        kept.insert(0, possessed)
    return _clean(" ".join(kept))


def _ended_whole(kept: list[str], cut_short: bool) -> list[str]:
    """Return a predicate's words up to where a phrase ends whole. ``cut_short``: a number or the word
    limit stopped it inside its clause, so its last phrase may be cut in two."""
    if cut_short and kept and kept[-1].lower() in _PERIOD_OPENERS:
        kept = kept[:-1]  # "cut back on heating [last winter]": the phrase before it is whole
    elif cut_short:  # "died after a coach carrying [52 ...]": back before the phrase it cut in two
        cut = next((j for j in range(len(kept) - 1, max(0, len(kept) - 4), -1)
                    if kept[j].lower() in _DETERMINERS or kept[j].lower() in _CUT_WORDS), len(kept))
        if cut == len(kept) and len(kept) > 2 and kept[-2].lower() in _PREPOSITIONS:
            cut -= 2  # "walked off the job on [March 3]"
        kept = kept[:cut]
    while kept and (kept[-1].lower() in _DANGLING or kept[-1].lower() in _PERIOD_OPENERS or
                    kept[-1].lower() in _CUT_WORDS or kept[-1].lower().strip(".,") in _WHEN or
                    (cut_short and (kept[-1].lower() in CARDINAL_WORDS or kept[-1].lower() in _COMPARING))):
        kept = kept[:-1]  # "... by more than [72 hours]", "scheduled for next [Saturday]"
    return kept


_GOES = frozenset("goes go went going comes come came coming".split())
_COMPARING = frozenset("more less fewer over under about around some than least most".split())
"""Words of a comparison the number after them completes: a predicate cut at the number drops them."""
_CUT_WORDS = frozenset("after since until if because saying starting before when while following including "
                       "despite unless".split())
"""Words that open a phrase after the verb's own: where a predicate cut short may end instead."""
_GLUED_SENTENCE_END = re.compile(rf"[.!?][{FOOTNOTE_MARKS}]+$")
"""A sentence's end a footnote mark hid from the splitter: "donated by the public.¹ The rest ..."."""
_PERIOD_OPENERS = frozenset("last this next every each".split())
_BE = frozenset("is are was were be been".split())
_PARTICIPLES = frozenset("set paid spent held made sold built cut put kept left lost brought bought sent "
                         "lent won met hit shut split spread raised gone done begun run hurt struck caught "
                         "found told sought shot bound".split())
"""Past participles not in -ed or -en: "will be set aside", "has been paid out"."""


_FIELD = re.compile(r"([\s•*·▪-]*)([A-Z][\w’'&/.-]*(?: [\w’'&/.()-]+){0,5}):[ \t]+")
"""A line's name for its value: "- Q2 revenue guidance: $40.5 billion ...", "Net debt: £186.4 million"."""


def _field(sent: str, start: int) -> str:
    """Return the name a line gives its value when the figure at ``start`` is that value, else "".

    Only a bulleted line's name, or a name holding a word in lower case: "Dana Whitcombe: Eleven
    dollars" is a speaker and what they said, not a field."""
    m = _FIELD.match(sent, 0, start + 1)
    if m is None or m.end() != start:
        return ""
    name = m.group(2)
    if _SPEECH_IN_LABEL.search(name):
        return ""
    if m.group(1).strip() or any(w[:1].islower() and w not in _STOP for w in name.split()[1:]):
        return name
    return ""


def _label(sent: str, start: int, end: int, after: str) -> str:
    """Say what a number measures from the words of its own clause: the ones before, then after."""
    if field := _field(sent, start):  # and what it is for: "High-yielding seeds: ₹500 crore for a ..."
        tail = sent[end:_phrase_end(sent, end + 1, 6)] if _LABEL_PP.match(sent, end) else ""
        return _clean(f"{field} {'' if _DIGIT.search(tail) else tail}")
    if said := _predicate(sent, start, end):
        return said
    words = _left_words(sent, start, 6).split()
    linked = _last_word(sent[max(0, start - 16):start])[0].lower() in _PREPOSITIONS  # "a growth target of"
    core = _lead_core(words, linked)
    lead = " ".join(core)
    pp = _LABEL_PP.match(sent, end)
    tail = ""
    if pp and len(core) < 3:
        tail = sent[end:_phrase_end(sent, end + 1, 6)]
        if _DIGIT.search(tail):
            tail = ""
    lead = _words_only(lead)
    lead_words = lead.split()
    if len(lead_words) < 2 and core == words:  # "rose", "up": name the subject the sentence opens with
        dateline = DATELINE.match(sent, 0, start)  # "UK GDP, up 3 percent — ...": no dateline before it
        begin = dateline.end() if dateline else 0
        if note := _NOTE_FIRST.match(sent, begin, start):  # "[laughs] By the time ...": the transcriber's
            begin = note.end()
        opening = _OPENING.match(sent, begin, start)
        named = _NAMED_IN_BRACKETS.search(sent, max(0, start - 50), start) if not lead_words else None
        if named and (opening is None or opening.end() < named.start(1)) and _a_name(sent, named):
            return named.group(1)  # "followed by Madhya Pradesh (₹884 crore)": the sentence's opening
            # ("Of the total amount,") is another clause; "the population of Lagos (15 million)" is this one
        words = opening.group(0).split()[:6] if opening else []
        while words and (words[-1].lower() in _STOP or words[-1].upper() in _CODE_WORDS
                         or words[-1].lower() in CURRENCY_SIGNS):  # "It earmarks Rs [480 crore]"
            words.pop()
        if lead_words and words and words[-1] == lead_words[-1]:
            lead = ""
        elif lead_words and f" and {lead_words[0]}" in sent[max(0, start - 40):start]:
            aux = next((i for i, w in enumerate(words) if w.lower() in _AUXILIARIES), 0)
            words = words[:aux] if aux else words  # "WHO has deployed ... and released": WHO released
        lead = " ".join(words + lead_words[:1] if lead else words)
    return _clean(f"{lead} {tail}") or "figure"


_NAMED_IN_BRACKETS = re.compile(r"\b((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*)\s\(\s*(?:[^\W\d]{0,3}\s?)?$")
"""A name and the bracket a figure opens: "Madhya Pradesh (₹884 crore)", "China (24.9%)", "Akmola (₸"."""


def _a_name(sent: str, named: re.Match[str]) -> bool:
    """True unless the words before the bracket belong to a number ("80 KNOTS (150 KM/H)", "Loan No.
    2291-GH (40%)") or spell one ("Rupees One Hundred Thousand (Rs. 100,000)")."""
    if _DIGIT.search(sent, max(0, named.start(1) - 3), named.start(1)):
        return False
    words = [w.lower() for w in named.group(1).split()]
    return not any(w in MULTIPLIERS or w in _AMOUNT_WORDS or w.removesuffix("s") in _WORD_CODES
                   for w in words)


_BROKEN_WORD = re.compile(r"\b([^\W\d_]+)- ([a-z]+)\b")


def _unbroken(label: str, sent: str) -> str:
    """Return ``label`` with the words a page broke at its lines' ends whole again ("Trust yes- terday"
    -> "Trust yesterday", where the sentence reads "yes-\nterday"); "long- and short-term" stays."""
    def join(m: re.Match[str]) -> str:
        broken = re.search(rf"\b{re.escape(m.group(1))}-[ \t]*\r?\n[ \t]*{re.escape(m.group(2))}\b", sent)
        return m.group(1) + m.group(2) if broken else m.group(0)
    return _BROKEN_WORD.sub(join, label)


def _without_day(label: str) -> str:
    """Drop the day a label's words end on ("package of spending bills Friday"): when, not what; and
    a hedge or a "now" before the number ("Reserves are now", "We had maybe"): how sure, not what."""
    words = label.split()
    if len(words) > 2 and words[-1].lower() in _WHEN:
        words.pop()
        if words[-1].lower() in ("on", "last", "this"):
            words.pop()
    while len(words) > 1 and words[-1].lower() in _HEDGES:
        words.pop()
        while len(words) > 1 and words[-1].lower() in _LINKS:
            words.pop()  # "Reserves are now" -> "Reserves", "Free cash flow of approximately" -> "... flow"
    return " ".join(words)


_HEDGES = frozenset("maybe now already around roughly nearly almost approximately currently still just only "
                    "perhaps probably".split())
_PREDICATE_ADVERBS = _HEDGES | {"also", "so", "far", "since", "reportedly", "thus", "yet"}
_LINKS = frozenset("is are was were of the".split())


_NOT_SIZED = {"worth", "apiece", "extra", "more", "less", "higher", "lower", "year", "month", "week", "day",
              "a-year", "annual", "mark", "threshold", "level", "figure", "vs", "versus", "against"}
_SUBORDINATORS = {"after", "while", "because", "when", "before", "since", "although", "though", "whereas",
                  "but", "unless", "until"}
_ACCOUNTING = {"tax", "taxes", "inflation", "interest", "costs", "adjustments", "depreciation"}
"""What "before" and "after" qualify in a measure, not a clause: "profit before tax of £5m"."""
_CLAUSE_WORDS = {"as", "while", "after", "before", "when", "because", "if", "since", "but", "and", "or",
                 "which", "that", "who", "where", "than"}


def _measured_noun(sent: str, end: int) -> str:
    """Return the thing a measure sizes ("the 1,420 m runway": "runway"), or "" when the word after it
    says which way it runs ("40 ft tall") or goes on with the clause ("28 kt gusting 41 kt")."""
    word = _next_word(sent[end:end + 40])
    if not word.isalpha() or not word.islower() or word in _CLAUSE_GOES_ON or word in _STOP or \
            word in _NOT_SIZED or word.endswith(("ing", "ly")) or _PHRASE_KINDS[word]:
        return ""
    return _head_words(sent, end, 3)


def _sized_noun(sent: str, end: int) -> str:
    """Return the thing an amount is the size of ("a $52 billion package of subsidies"), or ""."""
    noun = _NOUN_AFTER.match(sent, end)
    if noun is None:
        return ""
    word = noun.group(1)
    if word in _STOP or word in _AMOUNT_WORDS or word in _NOT_SIZED or word.endswith("ly") or \
            _PHRASE_KINDS[word]:
        return ""  # "$5 billion last year", "annually", "worth", "invested": not what the amount sizes
    phrase = sent[noun.start(1):_phrase_end(sent, noun.start(1), 6)].split()
    cut = next((i for i, w in enumerate(phrase)
                if i and (w.lower() in _CLAUSE_WORDS or _DIGIT.search(w))), len(phrase))
    while cut > 1 and phrase[cut - 1].lower() in _DANGLING:
        cut -= 1
    return _clean(" ".join(phrase[:cut]))


_REPORTING = {"said", "says", "say", "told", "added", "announced", "stated", "noted", "estimated", "reported",
              "reports", "posted", "recorded"}
_WHEN = WEEKDAYS | {"yesterday", "today"}
_SUBJECT_OR_AUX = {"it", "they", "he", "she", "we", "i", "you", "would", "will", "had", "has", "have",
                   "could", "can", "may", "might", "should", "was", "were", "is", "are", "still"}
_ARTICLES = {"a", "an", "the"}
_PREPOSITIONS = {"of", "in", "on", "at", "for", "from", "by", "with", "to", "into", "per",
                 "under", "across", "among"}


def _lead_core(words: list[str], linked: bool) -> list[str]:
    """Keep the words of a label's lead that say what is measured, not who said it or did it.

    "said on Friday it would invest" -> "invest". When a verb's object is tied to the number
    by a preposition (``linked``: "face a funding gap of") or only qualifies it ("provided an
    extra"), the object is the measure: "funding gap", "extra". "value of the deal" stays
    whole, and so does "save a typical shop [3,000 euros]", where the object is not the amount.
    """
    low = [w.lower() for w in words]
    said = max((i + 1 for i, w in enumerate(low) if w in _REPORTING), default=0)
    if said and low[said - 1] == "told":  # and whom: "told reporters", "told the BBC"
        said += 2 if low[said:said + 1] and low[said] in _ARTICLES else 1
    if said < len(words):
        words, low = words[said:], low[said:]
    i = 2 if low[:1] == ["on"] and low[1:2] and low[1] in _WHEN else 0
    while i < len(words) - 1 and low[i] in _SUBJECT_OR_AUX:
        i += 1
    words, low = words[i:], low[i:]
    article = max((i for i, w in enumerate(low) if w in _ARTICLES), default=-1)
    qualifies = all(w in _LEADING_ADJ for w in low[article + 1:])
    if 0 < article < len(words) - 1 and low[article - 1] not in _PREPOSITIONS and (linked or qualifies):
        words, low = words[article + 1:], low[article + 1:]
    while words and low[0] in _STOP:
        words, low = words[1:], low[1:]
    return words


def _left_words(sent: str, start: int, n: int) -> str:
    """Return up to ``n`` words before ``start`` in the same clause, trimmed of edge stop words."""
    left = _before(sent, start)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(left)]
    words = left[breaks[-1] if breaks else 0:].split()[-n:]
    if not _SUBORDINATORS.isdisjoint(words):  # "41.2 pence per share after underlying operating profit rose"
        for i in range(len(words) - 2, -1, -1):  # the last clause only
            if words[i] in _SUBORDINATORS and words[i + 1].lower() not in _ACCOUNTING:
                words = words[i + 1:]
                break
    while words and words[0].lower().strip("’'") in _STOP:
        words.pop(0)
    while words and words[-1].lower() in _STOP:
        words.pop()
    return " ".join(words)


def _subject(sent: str, start: int) -> str:
    """Return " of <the thing>" for the noun phrase a clause like ", established in 1999," hangs on."""
    left = _before(sent, start).rstrip()
    if left.endswith(","):
        left = left[:-1]
    words = _left_words(left + " ", len(left) + 1, 5)
    return f" of {words}" if words else ""


def _clean(label: str) -> str:
    """A label's words, one space apart, without a list's bullets ("rise in • Adjusted EBITDA") and the
    marks around them; nothing where no word is left ("H +", of a chart's "H1 23  H1 24" over "+21%")."""
    label = " ".join(label.translate(_BULLETS).split()).strip(" ,.;:-–—$€£¥₹…")  # split() and \s agree on
    return label if _A_WORD.search(label) else ""  # what a space is


_BULLETS = str.maketrans(dict.fromkeys("•▪●◦‣■►", " "))
_A_WORD = re.compile(r"[^\W\d_]&?[^\W\d_]")  # "S&P" too


# --- ranking --------------------------------------------------------------------------------------

_MONEY_UNITS = {*CURRENCY_SIGNS.values(), *_WORD_CODES.values(), *_DOLLAR_CODES.values(),
                *_PESO_CODES.values(), "DKK", "$",
                *(code for code in _CODE_WORDS if len(code) == 3)}
"""Every currency code a figure can carry (from a sign, a code or a currency word)."""


def _weight(f: Figure) -> float:
    """Return how much a figure tells a reader: shares and money first, then people, counts, sizes."""
    unit = f.unit
    if unit in ("percent", "percentage points", "basis points", "fraction"):
        score = 6.0
    elif unit in _MONEY_UNITS or (unit.isupper() and len(unit) == 3):
        score = 6.0
    elif unit in _PERSON_UNITS or f.label.startswith("population"):
        score = 5.0
    elif unit == "year" and f.label.startswith("founding"):
        score = 2.5
    elif unit in ("times",):
        score = 4.0
    elif isinstance(f.value, (int, float)) and f.value >= 1_000_000:
        score = 4.5
    elif unit.rstrip("s") in _TIME_UNITS:
        score = 3.0
    else:
        score = 3.5 if f.value >= 10 else 3.0
    if f.label == "figure" or not unit:
        score -= 1.5
    return score


def _label_words(label: str) -> set[str]:
    """Return the words of a label that say what it measures (stop words left out)."""
    return set(_WORD_CHARS.findall(label.lower())) - _STOP - _LABEL_FRAME


_LABEL_FRAME = frozenset({"share"})
"""A word our labels frame a share with ("share of the sample"): alike in every share, so no sign of one."""


def _similar(ta: set[str], tb: set[str]) -> bool:
    """Return True when two labels' words (from _label_words) mostly agree, or either has none."""
    if not ta or not tb:
        return True
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.5


def _distinctive(f: Figure) -> bool:
    """Return True for a value unlikely to recur by chance (5.7 percent, 38.34 trillion yuan, 13,246
    adults; not two million people, said of many things); a share
    in words ("one in three", "a third") is a round one, however many digits its value has."""
    if f.unit == "fraction":
        return False
    if not float(f.value).is_integer():
        return True
    # a round amount ("two million", "2,400") is said of many things; 1,820,000 or 13,246 of one
    return f.value >= 1000 and f.unit != "year" and len(str(int(f.value)).rstrip("0")) >= 3


_LABEL_YEAR = re.compile(r"\bin (?:fiscal )?((?:19|20)\d\d)$")


def _label_year(label: str) -> str:
    """Return the year a label ends on ("... in 2027": see _by_year), or ""."""
    found = _LABEL_YEAR.search(label)
    return found.group(1) if found else ""


def rank_figures(figures: Sequence[Figure], limit: int | None) -> list[Figure]:
    """Return at most ``limit`` figures (None: all), duplicates across sources merged, the most telling first.

    Two figures are the same when value and unit agree and either the value is distinctive (not a
    small whole number) or their labels share most words. The first one is kept; a duplicate's
    cite joins it only when its phrase is the same text, so every cite still spans the figure's text.

    Figures of equal weight take turns by source, each source's in its own order (a story's lead
    figures first): three sources give the top three figures one each, not the first source all.
    """
    kept: list[Figure] = []
    cites: list[set[Cite]] = []  # kept[i]'s cites, for a set lookup instead of a scan
    same_amount: dict[tuple[Any, str], list[int]] = {}  # (value, unit) -> indexes into kept, in order
    words: dict[int, set[str]] = {}  # kept[i]'s label words, read once when first compared
    ranges: list[bool] = []  # whether kept[i] is a range, read once
    years: list[str] = []  # the year kept[i]'s label ends on, or "", read once
    for f in figures:
        peers = same_amount.setdefault((f.value, f.unit), [])
        distinctive = bool(peers) and _distinctive(f)
        f_words: set[str] | None = None
        f_range, f_year = f.is_range, _label_year(f.label)
        for i in peers:
            k = kept[i]
            if ranges[i] != f_range:
                continue  # "3.5%-3.75%" starts where "the roughly 3.5% pace" stands, but is another fact
                # (a year in the phrase is no range: "4.1 percent of GDP in 2025" still merges)
            if f_year and years[i] and f_year != years[i]:
                continue  # a projection for 2027 and one for 2028 are two facts, however alike
            if not distinctive:
                if i not in words:
                    words[i] = _label_words(k.label)
                if f_words is None:
                    f_words = _label_words(f.label)
                if not _similar(words[i], f_words):
                    continue
            if k.text == f.text:
                new = tuple(c for c in f.cite if c not in cites[i])
                kept[i] = Figure(k.value, k.unit, k.label, k.text, k.cite + new)
                cites[i].update(new)
            break
        else:
            peers.append(len(kept))
            kept.append(f)
            cites.append(set(f.cite))
            ranges.append(f_range)
            years.append(f_year)
    weights = [_weight(f) for f in kept]
    turn: list[int] = []  # the how-manieth of its source's figures of its weight each one is
    seen: Counter[tuple[str, float]] = Counter()
    for f, weight in zip(kept, weights, strict=True):
        key = (f.cite[0].source, weight)
        turn.append(seen[key])
        seen[key] += 1
    order = sorted(range(len(kept)), key=lambda i: (-weights[i], turn[i], i))
    return [kept[i] for i in (order if limit is None else order[:max(limit, 0)])]
