"""Numbers as written in prose: numerals, number words, multipliers and fractions.

One value rule for the whole summarizer: a figure's value is the number stated,
scaled by its multiplier word ("240 million" is 240000000, "$1.2bn" is
1200000000, "three thousand" is 3000). A percentage keeps the number before the
sign ("45 percent" is 45); a fraction word is its ratio ("a third" is 0.3333).
Values are computed in decimal, so "1.2 billion" is exactly 1200000000, and a
whole result is returned as an ``int``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_DIGIT_WORDS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9}
"""The digits of a decimal said aloud, after "point" ("four point one", "two point oh five")."""
SAID_DECIMAL = r"\s+point(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)+"
"""Regex (no groups) for the decimal part of a number said aloud, after its whole part: " point one"."""
SAID_DIGITS = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
               r"(?:[ \u00a0]+(?:zero|one|two|three|four|five|six|seven|eight|nine))+\b(?!-)")
"""Regex (no groups, case-insensitive use) for a number said digit by digit, as radio traffic says it:
"three one eight persons" is 318, "ETA two five minutes" 25. Two cardinals side by side say nothing else
in prose; "two one-year terms" is two terms."""
CARDINAL_WORDS: tuple[str, ...] = (*_SMALL, *_TENS)
"""The number words that start a cardinal in words ("nine", "twenty")."""

MULTIPLIERS: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "dozen": 12,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
"""Multiplier words and abbreviations, lower case, to the factor they scale by."""

FRACTIONS: dict[str, Decimal] = {
    "half": Decimal(1) / 2, "halves": Decimal(1) / 2, "third": Decimal(1) / 3,
    "thirds": Decimal(1) / 3, "quarter": Decimal(1) / 4, "quarters": Decimal(1) / 4,
    "fifth": Decimal(1) / 5, "fifths": Decimal(1) / 5, "tenth": Decimal(1) / 10,
    "tenths": Decimal(1) / 10,
}
"""Fraction words (the denominator), to the ratio of one part."""

ORDINALS: dict[str, int] = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
"""Ordinal words from the second on, to the number they count to (a run has at least two)."""

_UNIT_WORDS = "|".join(sorted(_SMALL, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
_TWO_DIGITS = rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_ONE_TO_NINE})\b)?|(?:{_UNIT_WORDS}))"

_HUNDREDS = (rf"(?:{_TWO_DIGITS}(?:\s+hundred(?:\s+(?:and\s+)?{_TWO_DIGITS})?)?"
             rf"|a\s+hundred(?:\s+(?:and\s+)?{_TWO_DIGITS})?)")
_SAID_HUNDREDS = rf"(?:{_TWO_DIGITS}|a)\s+hundred(?:\s+(?:and\s+)?{_TWO_DIGITS})?"
WORD_NUMBER = (rf"(?:(?:{_HUNDREDS}|a)\s+thousand(?:\s+(?:and\s+)?(?>{_HUNDREDS})|,\s+(?>{_SAID_HUNDREDS}))\b"
               rf"(?!\s+(?:thousand|million|billion)\b)|{_HUNDREDS})")
"""Regex (no groups, case-insensitive use) for a number in words up to 999 ("twenty-one", "a hundred and
forty"), or a thousands said with what follows them ("two thousand one hundred"; after a comma, its
hundreds: "nine thousand, one hundred and eighteen", not "nine thousand, two of them"); a multiplier
after it is the caller's ("forty million")."""

NUMERAL = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:\.\d+)?"
           r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?)")
"""Regex (no groups) for a numeral: "1,000", "2.5", "240", Indian grouping "3,10,450", and thousands
grouped by spaces as the SI and many agencies write them ("63 517")."""
GROUPING = str.maketrans("", "", ", \u00a0\u202f")

CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "$a": "AUD", "hk$": "HKD", "a$": "AUD", "c$": "CAD", "s$": "SGD",
                   "nz$": "NZD", "r$": "BRL", "nt$": "TWD", "mx$": "MXN", "$us": "USD", "€": "EUR",
                   "£": "GBP", "¥": "CNY", "₹": "INR",
                   "rs": "INR", "rs.": "INR", "rmb": "CNY", "sh": "KES", "sh.": "KES", "shs": "KES",
                   "ksh": "KES", "ksh.": "KES", "kshs": "KES", "₦": "NGN", "n": "NGN",
                   "sdr": "XDR", "r": "ZAR", "₱": "PHP", "n$": "NAD", "rm": "MYR", "mk": "MWK",
                   "k": "ZMW", "tk": "BDT", "tk.": "BDT", "rp": "IDR", "rp.": "IDR", "dh": "AED",
                   "dh.": "AED", "dhs": "AED", "dhs.": "AED", "s/": "PEN", "s/.": "PEN", "gh¢": "GHS",
                   "gh₵": "GHS", "₵": "GHS", "₸": "KZT", "₺": "TRY", "tl": "TRY", "₪": "ILS",
                   "nis": "ILS", "vnđ": "VND", "₫": "VND"}
"""Currency signs and abbreviations, lower case, to the ISO code of the currency they write."""
CURRENCY_CODES = ("USD", "EUR", "GBP", "CNY", "RMB", "JPY", "HKD", "INR", "CHF", "AUD", "CAD", "SDR")
"""The currency codes common enough to read before a number in any case ("usd 5")."""
RARER_CURRENCY_CODES = ("DKK", "SEK", "NOK", "NGN", "ZAR", "KES", "BRL", "MXN", "KRW", "SGD", "NZD", "PLN",
                        "IDR", "AED", "SAR", "EGP", "TWD", "THB", "MYR", "PHP", "PKR", "BDT", "RUB", "UAH",
                        "QAR", "KWD", "GHS", "ETB", "TZS", "UGX", "VND", "CZK", "HUF", "CLP", "ILS")
"""The other codes read before a number, in capitals only; none that is a word or a name in capitals too
("COP29" is a climate summit; "TRY", "PEN", "RON")."""

_WORD_TOKEN = re.compile(r"[a-z]+")


def parse_number(text: str) -> Decimal | None:
    """Return the value of a numeral or number words ("1,200", "twenty-one", "a hundred"), or None."""
    if text[:1].isdigit():  # the common case, a numeral: no need to strip or lower-case it
        try:
            return Decimal(text.translate(GROUPING))
        except InvalidOperation:
            return None
    t = text.strip().lower()
    if not t:
        return None
    if t[0].isdigit():
        try:
            return Decimal(t.translate(GROUPING))
        except InvalidOperation:
            return None
    if " point " in t:  # "four point one", "two point five": a decimal said aloud
        said_whole, _, said = t.partition(" point ")
        digits = [_DIGIT_WORDS.get(w) for w in said.split()]
        value = parse_number(said_whole)
        if value is None or not digits or None in digits:
            return None
        return value + Decimal("0." + "".join(map(str, digits)))
    if t.endswith(" and a half"):  # "three and a half billion", "one and a half times"
        whole = parse_number(t[:-11])
        return None if whole is None else whole + Decimal("0.5")
    words = t.split()
    if len(words) > 1 and all(w in _DIGIT_WORDS and w != "oh" for w in words):  # said digit by digit
        return Decimal("".join(str(_DIGIT_WORDS[w]) for w in words))
    total = 0
    current = 0
    seen = False
    for word in _WORD_TOKEN.findall(t):
        if word in ("and",):
            continue
        if word == "a" and not seen:
            current, seen = 1, True
        elif word in _SMALL:
            current += _SMALL[word]
            seen = True
        elif word in _TENS:
            current += _TENS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in MULTIPLIERS and word not in ("k", "m", "b"):
            total += (current or 1) * MULTIPLIERS[word]
            current = 0
            seen = True
        else:
            return None
    return Decimal(total + current) if seen else None


def multiplier(word: str) -> int:
    """Return the factor of a multiplier word ("million" -> 1000000, "bn" -> 1e9); 1 for none."""
    w = word.strip().lower()
    if not w:
        return 1
    factor = 1
    for part in w.split():
        if part not in MULTIPLIERS:
            raise ValueError(f"not a multiplier: {word!r}")
        factor *= MULTIPLIERS[part]
    return factor


def as_value(number: Decimal | int | float) -> int | float:
    """Return a number as an ``int`` when whole, else as a float rounded to 4 places (an int as it is).

    Floats come from sums of values already read ("2.5 years and 8 months" is 38 months).
    """
    if isinstance(number, int):
        return number
    if isinstance(number, float):
        return int(number) if number.is_integer() else round(number, 4)
    if number == number.to_integral_value():
        return int(number)
    return round(float(number), 4)


_EUROPEAN_AFTER = r"(?:%|per ?cent\b|percent\b|million\b|billion\b|mln\b|mld\b|€|zł)"
"""What may follow a decimal comma for the number to be written only as the European style writes it."""
_EUROPEAN = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]*\d)"
                       r"|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,]*\d)"
                       rf"|(?<![\d.,])\d+,\d{{1,2}} ?{_EUROPEAN_AFTER}")
"""A number only the European style writes: thousands grouped by dots ("1.284.613"), both marks
("4.870,4"), or a decimal comma before a percent sign, a multiplier or a currency written after the
amount ("3,2%", "3,8 %", "CHF 48,5 million", "812,4 mln zł", "0,41 €")."""
_ENGLISH = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,]*\d)"
                      r"|(?<![\d.,])\d+\.\d{1,2} ?(?:%|per ?cent\b|percent\b|million\b|billion\b)")
"""The same numbers as English writes them: "1,284,613", "3.2%", "48.5 million"."""
_EUROPEAN_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![\d.,]*\d)")
"""A number in the European style: "1.284.613", "2.642.118", "3,2", "1.125,5" (not a date, "12.03.2026")."""
_SWAP_MARKS = str.maketrans(".,", ",.")
_EUROPEAN_HINT = re.compile(rf"\d(?:\.\d{{3}}[.,]\d|,\d{{1,2}} ?{_EUROPEAN_AFTER})")
"""What every number of _EUROPEAN holds; opening on a digit, it is found many times faster than a pattern
opening on a look-behind, and most texts hold none."""


_NOT_A_DECIMAL_AFTER = (r"(?!\s?(?:%|per ?cent\b|percent\b|(?:thousand|million|billion|trillion|bn|mn|mln"
                        r"|m|b|tn|seconds?|secs?|s)\b))")
_ONE_DOT_GROUP = re.compile(rf"(?<![\d.,:])[1-9]\d{{0,2}}\.\d{{3}}(?![\d.,]*\d){_NOT_A_DECIMAL_AFTER}")
"""One to three digits, a dot and three more ("310.000", "1.850"): a decimal to three places in English,
a thousands in most of Europe; not before a percent, a multiplier or seconds, where only the decimal is
written ("4.312%", "$1.625 billion", "1.234 seconds")."""
_DOT_THOUSANDS = re.compile(
    r"(?<![\d.,:$€£])(?:[1-9]\d{0,2}\.000(?![\d.,]*\d)|[1-9]\d{0,2}\.\d\d0(?= [a-z]))" + _NOT_A_DECIMAL_AFTER
    + r"|(?:[€$£]|\b(?:EUR|USD|GBP|Rp|Rs)\.? ?)(?!1\.)[1-9]\d{0,2}\.\d\d0(?![\d.,]*\d)"
    + _NOT_A_DECIMAL_AFTER)
"""What only thousands grouped by a dot write: a round thousand ("96.000 hl"), a round count of things
("1.200 inns", "about 1.850 crane operators"), a sum of money to three places ("€4.280 a month"; not
"$1.120", which may be an exchange rate). English writes none of these."""
_ONE_DOT_HINT = re.compile(r"\d\.\d{3}(?!\d)")
"""What every number of _DOT_THOUSANDS holds, found fast (as _EUROPEAN_HINT)."""


_APOSTROPHE_GROUPS = re.compile(r"(?<![\w'’])\d{1,3}(?:['’]\d{3})+(?![\w'’])")
"""A number grouped by apostrophes, as the Swiss write it: "212'000", "4’210"."""
_APOSTROPHE_HINT = re.compile(r"\d['’]\d{3}")
_AS_COMMAS = str.maketrans("'’", ",,")


def european_numbers(text: str) -> bool:
    """True when ``text`` writes its numbers in the European style (decimal comma, thousands dots):
    two numbers or more only that style writes, and none only English writes."""
    if "," not in text or "." not in text or len(_EUROPEAN_HINT.findall(text)) < 2:
        return False
    found = 0
    for _ in _EUROPEAN.finditer(text):
        found += 1
        if found >= 2:
            return _ENGLISH.search(text) is None
    return False


def as_english_numbers(text: str) -> str | None:
    """Return ``text`` with its numbers written as English writes them ("1.284.613" as "1,284,613" and
    "3,2" as "3.2" in a text in the European style; "212'000" as "212,000" in any), or None when every
    number already is. The same length: every offset into it is one into ``text``.

    In a text in the English style, the numbers only the European style writes are read as it writes
    them all the same: "R4,7 billion", "$1.284.530" and "2,6%" cannot be English. So is every number
    grouped by one dot in a text with one that English cannot have written ("96.000 hl", "1.200 inns").
    """
    european = european_numbers(text)
    local = not european and _EUROPEAN_HINT.search(text) is not None and _EUROPEAN.search(text) is not None
    grouped = ("'" in text or "’" in text) and _APOSTROPHE_HINT.search(text) is not None and \
        _APOSTROPHE_GROUPS.search(text) is not None
    if european:
        text = _EUROPEAN_NUMBER.sub(lambda m: m.group(0).translate(_SWAP_MARKS), text)
    elif local:
        text = _EUROPEAN.sub(lambda m: m.group(0).translate(_SWAP_MARKS), text)
    dotted = not european and _ONE_DOT_HINT.search(text) is not None and \
        _DOT_THOUSANDS.search(text) is not None
    if dotted:  # one such number tells how the text writes them all: "EUR 1.500" beside "EUR 2.350"
        text = _ONE_DOT_GROUP.sub(lambda m: m.group(0).replace(".", ","), text)
    if grouped:
        text = _APOSTROPHE_GROUPS.sub(lambda m: m.group(0).translate(_AS_COMMAS), text)
    return text if european or local or dotted or grouped else None
