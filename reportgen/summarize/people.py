"""People named in a source, learned from the source itself, and who a reference points to.

No list of people is built in: full names are learned where the text marks a
person ("Chinese President Xi Jinping", "Gu Jie, founder and CEO of ...",
"Luo Dajin ... told", a transcript's "Gu Jun:" line). Only generic vocabulary
(titles, role nouns, organisation words, speech verbs) is listed here.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

TITLES = frozenset("""
president premier minister secretary chairman chairwoman chair chairperson spokesperson spokesman
spokeswoman director governor mayor ambassador envoy ceo cfo cto chancellor senator representative
general professor commissioner councilor councillor cllr counselor treasurer judge justice pope king queen
prince
princess sheikh emir leader founder dean head chief deputy vice consul lawmaker congressman
congresswoman admiral colonel captain lieutenant commander marshal officer executive editor akim khokim hokim
economist analyst researcher scientist adviser advisor delegate attorney sen rep gov gen prof dr
lt sgt sergeant capt det detective insp inspector supt superintendent cmdr maj major col adm amb
brig brigadier
di dci ds dsi dcs
sheriff coroner prosecutor constable manager administrator clerk auditor comptroller recorder
mr mrs ms miss madam mister sir dame lord lady datuk dato tun shri smt shrimati speaker member hon
coach alhaji hajiya alhaja organiser organizer convenor convener magistrate registrar encik puan boss
solicitor undersecretary usec critic columnist commentator mec honourable honorable
""".split())
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "madam", "mister", "dr", "prof", "sir", "dame",
                        "shri", "smt", "shrimati", "hon", "eng", "engr", "amb"})
ROLES = TITLES | frozenset("""
official member expert fellow manager owner partner resident worker student teacher farmer engineer
lawyer scientist chairman professor journalist reporter correspondent strategist architect author
""".split())
DESCRIPTORS = ROLES | frozenset("""
pensioner retiree shopkeeper nurse doctor midwife mother father parent mum dad grandmother grandfather
volunteer campaigner activist commuter landlord tenant driver veteran businessman businesswoman
entrepreneur trader vendor fisherman survivor victim patient customer shopper voter widow aide caregiver
carer cleaner nanny cook chef waiter waitress cashier mechanic electrician plumber miner pilot soldier
physician pharmacist paramedic firefighter homeowner renter dealer broker auctioneer collector bidder
underbidder buyer seller investor baker butcher builder contractor surveyor consultant curator historian
artist painter photographer writer novelist poet musician singer
republican democrat conservative liberal independent incumbent challenger candidate nominee
""".split())
"""Words that say what somebody is and may stand, capitalised, before a name ("Campaigner Jo Reed")."""
DEMONYMS = frozenset("""
american argentine argentinian australian austrian belgian brazilian briton brit canadian chilean chinese
colombian croat croatian czech dane dutchman englishman estonian finn frenchman frenchwoman georgian german
greek hungarian indian irishman israeli italian japanese kazakh kenyan korean latvian lithuanian mexican
moroccan nigerian norwegian pole portuguese romanian russian scot scotsman serb serbian slovak slovenian
spaniard swede swiss turk ukrainian uruguayan welshman
""".split())
"""What a story calls a person it has named, by nationality ("the German said"); sports pages most of all."""
_HANDLE = re.compile(r"\s*\(?@\w+\)?")
_SOME = frozenset("several some many most few other others both all these those".split())
_RANKED = re.compile(r"the (?:world |top[- ]seeded |defending |reigning )?(?:no\.|number) ?(?:\d+|one)"
                     r"(?: seed| player| in the world)?")
"""A player called by a ranking ("the world No. 5", "the No. 4 seed"): whoever was named before."""
ORG_WORDS = frozenset("""
agency association bank bureau center centre college commission committee company corporation customs
council daily department exchange foundation fund group institute intelligence ministry news office
organization organisation party post press school service society times union university network
television tv radio herald journal tribune telegraph guardian gazette review technologies technology ledger
chronicle courier observer mirror examiner inquirer sentinel dispatch
holdings motors airlines capital partners securities industries systems labs research media
insights economics government administration court parliament congress senate assembly embassy
consulate federation forum summit expo conference delta river city province district region zone
belt sea ocean mountain island street square road house hall palace airport port station park museum
hospital infirmary clinic prison library stadium county
initiative program programme plan project act law strategy nations states republic kingdom police
army force forces navy guard team club league inc ltd co corp llc plc group hub area economic
metropolis municipality communist national international global world
division directorate secretariat authority board tribunal inquiry trust alliance coalition cooperative
observatory laboratory regulator utilities
""".split())
NAME_JOINERS = frozenset({"of", "for", "and", "the"})
"""The small words between the capitalised words of a body's name ("Department for Energy Security and Net
Zero", "Council of the European Union")."""
FUNCTION_WORDS = frozenset("""
the a an but and or as in on at by for from of to with when while meanwhile however also so then
yet still now later earlier here there this that these those it its his her their our we they he
she i you after before during since if though although because speaking last next this according
what which whose where why how
""".split())
# Full month and weekday names only: "Jun" and "Mar" are also given names.
# Lower-case particles inside names: "Charles de Gaulle", "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES = frozenset({"de", "da", "das", "dos", "del", "della", "di", "van", "von", "der", "bin", "al",
                            "la", "le", "du", "do", "Ó", "ap"})
_JOINED_PARTICLE = r"(?:a[dlnrstz]|ash|el|bin|bint|ibn|abu|ben)-"
"""A particle hyphenated to the name it starts: "Rashid Mahdi al-Obaidi", "Abdel Fattah el-Sisi"."""
_JOINED = re.compile(rf"{_JOINED_PARTICLE}[A-Z]")


def is_name_word(word: str) -> bool:
    """Return True when ``word`` may stand in a person's name: capitalised, a particle, or "al-Obaidi"."""
    return word[:1].isupper() or word in NAME_PARTICLES or _JOINED.match(word) is not None
_MONTHS_DAYS = frozenset("""
january february march july september october november december monday tuesday wednesday thursday
friday saturday sunday
""".split())

def word_trie(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words`` grouped by shared prefixes, so a non-match fails at once."""
    words = list(words)
    if words == [""]:
        return ""
    heads: dict[str, list[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    parts = [re.escape(c) + word_trie(rest) for c, rest in sorted(heads.items())]
    body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    return f"(?:{body})?" if "" in words else body


def _latin(case: str) -> str:
    """A character class's ranges of the Latin letters of one case, accented ones too: "Stéphane", "Élodie
    Müller", "Paweł Kowalczyk", "Łukasz Nowak", "Nguyễn Thị Hồng" (Latin-1, Extended-A and -B and
    Additional, where a name's letters are; capitals and small letters alternate in much of them)."""
    chars = [c for lo, hi in ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF))
             for c in map(chr, range(lo, hi + 1)) if getattr(c, case)() and c not in "×÷"]
    runs: list[list[str]] = []
    for c in chars:
        if runs and ord(c) == ord(runs[-1][-1]) + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    return "".join(r[0] if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


UPPER, LOWER = _latin("isupper"), _latin("islower")
# One capitalised name token: "Xi", "O'Neill", "Al-Assad", "DeWine", "McDonald", an initial "F.".
# Possessive (++, *+): giving letters back can never let a space follow, so the scan need not try it.
_TOK = (rf"[{UPPER}](?:(?:[{LOWER}]++|['’][{UPPER}][{LOWER}]++)"
        rf"(?:['’-]?[{UPPER}][{LOWER}]++|['’-][{UPPER}{LOWER}]++)*+|\.)")
_NICKNAME = re.compile(rf"[ \t]\(?[\"“‘]{_TOK}[\"”’]\)?[ \t]+({_TOK})(?![\w'’])")
_GIVEN_BEFORE = re.compile(rf"\b({_TOK})(?:[ \t]+{_TOK})?$")
"""A nickname in quotes and the family name after it, and the given name (maybe a middle name) before it
(the search's end): 'Margaret "Peggy" Thorne', 'Thomas Edward ("Tommy") Reay'. Found from the quotes,
which are rarer than capitalised words."""
# Every run of two or more capitalised words is a candidate; its surroundings decide if it is a person.
# A name may wrap onto the next line, never run over a blank one ("Print\n\nIngrid Solheim").
_GAP = r"(?:[ \t\u00a0]+|[ \t]*\r?\n[ \t]*)"
_PARTICLE = rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES, key=len, reverse=True))}){_GAP}|{_JOINED_PARTICLE})"
_CAPSEQ = re.compile(rf"(?<![\w'’]){_TOK}(?:{_GAP}{_PARTICLE}{{0,2}}{_TOK})+")
"""Not from inside a word: "the CFO.  Gary Brandt" names no "O. Gary Brandt"."""
# "..., founder and CEO of ...", "..., China's foreign minister", ", a home health aide": a role right after
# the name.
_ROLE_AFTER = re.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?:(?:the|a|an)\s+|[A-Z][\w'’-]*['’]s\s+)?(?:[\w'’-]+\s+){{0,4}}?(?i:({word_trie(sorted(DESCRIPTORS))}))s?\b"
    r"(?P<named>[ \t]+[A-Z][\w'’-]*[a-z])?"
)
_ROLE_OF_BEFORE = re.compile(
    rf"\b({word_trie(sorted(ROLES))})\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}[\w'’-]+,$")
"""A post and what it is of, just before the name between commas: "the minister of economy,", "the head
of the Profeco office in Nuevo León,"."""
# "Jane Smith, 54, who ...", "Aisha Khan, a 19-year-old apprentice": only a person has an age.
_AGE = r"\s+(?:an?\s+)?\d{1,3}(?:,(?!\d)|-year-old\b)"
"""An age set off after a name: " 58,", " a 27-year-old"."""
_AGE_AFTER = re.compile(f",{_AGE}")
_AGE_IN_BRACKETS = re.compile(r" ?\((?:aged? )?\d{1,2}\)(?:,\s+(?:an?\s+|the\s+)?[a-z]|\s+[a-z])")
"""An age in brackets, as translated news gives it: "Yuko Sasaki (52), president of ...", "Anna Meier (34)
says"; not a table's count ("Manchester United (45), Arsenal (44)")."""
_WHO_AFTER = re.compile(r",\s+who\s")
"""A name that "who" takes up is a person's: "with Marta Reyes, who has fished out of that harbour"."""
# "... said", "..., deputy director of ..., told": the subject of a speech verb.
_SPEECH_WORDS = ("said", "says", "told", "tells", "added", "stressed", "noted", "explained", "warned",
                 "urged", "announced", "according to")
_SPEECH = "(?:" + "|".join(w for w in _SPEECH_WORDS if " " not in w) + ")"
_SPEECH_AFTER = re.compile(
    rf"(?:,(?!\s+(?:where|which)\b)[^,\n“”\"]{{1,150}},|,)?\s+(?:(?:has|had|also|further|later)\s+)?{_SPEECH}\b")
"""A speech verb after a name, maybe past a clause between commas; not one that says the name is a place
or a thing: "the priest of Villanueva de la Sierra, where most families were rehoused, said"."""
NAMED_ONLY_AS = re.compile(
    r"\b(?:(?:gave|gives|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as"
    r"|identified\s+(?:(?:him|her)self\s+)?only\s+as|known\s+only\s+as)\s+[“\"]?(?P<as>[A-Z][a-z]+)\b")
"""How a story names somebody by one word: "who gave his name only as Osman", "known only as Hamid"."""
PSEUDONYM = re.compile(rf"[“\"](?P<quoted>[A-Z][a-z]+)(?:,[”\"]|[”\"],){_AGE}")
"""A name in quote marks with an age after it, a name the story gives in place of the real one:
"“Amna,” 52,"."""
_LAST_WORD = re.compile(r"[A-Z][a-z]+$")
_WORD_OPENERS = frozenset({". ", "! ", "? ", ", "})
"""What stands before a one-word name given an age: a sentence's end or a comma ("At the site, Rosa, 27,")."""
_SPEECH_IN = re.compile(rf"\b{_SPEECH}\b")
_PRONOUN_OF = {"she": "f", "her": "f", "herself": "f", "he": "m", "him": "m", "himself": "m"}
"""The sex a pronoun gives the person it stands for."""
_SEX_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|herself|himself)\b")
"""Pronouns that stand for a person, not for what they have ("a man ... who liked his eggs runny")."""
_NEXT_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+|[“”\"«»]")
"""Where the pronouns after a mention stop being about it: another person's name, or a quote."""


_THANKS = frozenset({"you,", "thanks,"})
"""The word before a name set off by thanks ("Thank you, Dana."): the one spoken to."""
_LABEL_AT = re.compile(r"([A-Z][\w .,'’-]{0,60}):[ \t]")
"""A transcript's speaker label where a line starts ("HOLLOWAY: She said ...")."""
_TURN_REACH = 3000
"""How far back a turn's label is looked for (a bound: a long story without labels is not read back)."""


def _addressed(text: str, start: int, end: int, turns: bool) -> bool:
    """True when the name at ``text[start:end]`` is the one spoken to: set off by a comma right after a
    speaker label, in a text of ``turns`` ("VEGA: Dana, he is ..."), or after thanks ("Thank you, Dana.")."""
    if text[end:end + 1] not in (",", "."):
        return False
    before = text[max(0, start - 12):start].rsplit(None, 1)
    if before and before[-1].lower() in _THANKS:
        return True
    if text[end:end + 1] != "," or not turns:
        return False
    label = _LABEL_AT.match(text, text.rfind("\n", 0, start) + 1)
    return label is not None and not text[label.end():start].strip()


def _sentence_end(text: str, start: int) -> int:
    """Return where the first sentence or line from ``start`` ends (its full stop or newline), or -1."""
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    return min(ends) if ends else -1


def _sex_by_pronouns(text: str, family: str) -> str | None:
    """Return "f" or "m" when the pronouns right after ``family``'s mentions (up to the next sentence's
    end, another two-word name or a quote mark) are at least two and three in four of one sex, else None."""
    counts = {"f": 0, "m": 0}
    at = text.find(family)
    while at >= 0:
        end = at + len(family)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum():
            window = text[end:end + 200]
            stop = _NEXT_NAME.search(window)
            window = window[:stop.start()] if stop else window
            first = _sentence_end(window, 0)
            if first >= 0:  # this sentence and the next
                second = _sentence_end(window, first + 1)
                window = window[:second] if second >= 0 else window
            for pronoun in _SEX_PRONOUN.findall(window):
                counts[_PRONOUN_OF[pronoun.lower()]] += 1
        at = text.find(family, end)
    women, men = counts["f"], counts["m"]
    if women >= 2 and women >= 3 * men:
        return "f"
    if men >= 2 and men >= 3 * women:
        return "m"
    return None


_NAMED_OF = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:of|for)[ \t]+$")
"""A capitalised word and "of" or "for" before a name: the name ends a body's or a place's ("University
of", "Centre for")."""
_APPOSED_NAME = re.compile(rf",[ \t]+{_CAPSEQ.pattern},")
_THE_BEFORE = re.compile(r"\b(?i:the)(?:[ \t]+[A-Z]{2,})?[ \t]+$")
"""What a post has before it, and a name never: "the", maybe with a body's initials ("The UN ...")."""
_LINE_ENDS_ON_COLON = re.compile(r"[ \t]*:[ \t]*(?:\r?\n|$)")
_SPEECH_VERB = re.compile(rf" {_SPEECH}\b")
_ONE_WORD = re.compile(r"[A-Z][\w'’-]+")
_COMPASS = frozenset("north south east west northeast northwest southeast southwest central".split())
"""Words after a place's name that make another place of it ("Millbrook North"), not a family name."""
_GIVEN_HYPHENATED = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Cantonese or Korean given name after the family name: "Tak-shing", "Seo-yeon"."""
SHORT_TITLES = ("Mr", "Ms", "Mrs", "Dr", "Prof", "Mme", "Sen", "Rep", "Gov")
"""Titles written short before a family name; the stop after one ends no sentence."""
_CALLED = re.compile(rf"\b(?:{'|'.join(SHORT_TITLES)})\.?\s+([A-Z][\w'’-]+)")
"""A person called by honorific and family name: "Ms. Ferreira", "Dr Okoro"."""
SURNAME_FIRST = re.compile(r"(?:^|(?<=; )|(?<=: ))([A-Z][\w'’-]+), "
                           r"(?:Hon\. ([A-Z][\w'’-]+(?: [A-Z]\.)?)(?=[,:])"
                           r"|(?:Mrs?|Ms|Dr|Sen|Senator|Prof)\.? ([A-Z][a-z'’-]+)(?= \(|;|$))", re.MULTILINE)
"""A record's index of people, family name first: "Okafor, Hon. Grace, Ranking Member and a U.S.
Senator", "Speaker: Kovacs, Ms Irena (Secretary, ...); Tran, Mr Daniel (Chief Financial Officer)".
See `surname_first`, which leaves out a reply to a post ("Yes, Mr President")."""


def surname_first(m: re.Match[str] | None) -> str | None:
    """Return the name an index entry matched by SURNAME_FIRST gives ("Irena Kovacs"), or None."""
    if m is None:
        return None
    given = m.group(2) or m.group(3)
    return None if given.lower() in TITLES else f"{given} {m.group(1)}"


_FAMILY_IN_CAPS = re.compile(r"\b([A-Z][a-z]*\.?) ([A-Z]{2,}(?:-[A-Z]{2,})?) ([A-Z][a-z]{2,})\b"
                             r"(?! [A-Z][a-z])")
"""A Japanese name as Japan's ministries write it, family name first and in capitals, after a title or
an honorific: "Press Secretary HAYASHIDA Keiko", "Mr. MORIKAWA Tetsuya"."""


def _pronoun_subjects(text: str) -> list[tuple[int, str]]:
    """Return where a "she" or "he" opens a sentence, or a clause after ", and", and which it is:
    the subject before it goes on. Found by plain searches (cheaper than a pattern over the text)."""
    found: list[tuple[int, str]] = []
    for word, lead in (("He ", ""), ("She ", ""), ("he ", ", and "), ("she ", ", and ")):
        key = lead + word
        at = text.find(key)
        while at >= 0:
            pos = at + len(lead)
            if "a" <= text[pos + len(word):pos + len(word) + 1] <= "z" and (lead or pos >= 2 and (
                    text[pos - 2:pos] in _SENTENCE_ENDS or text[pos - 3:pos] in _QUOTED_ENDS)):
                found.append((pos, word.strip().lower()))
            at = text.find(key, at + 1)
    found.sort()
    return found


_SAID_AFTER_QUOTE = re.compile(r"[”\"»’] (?:(he|she)|(He|She)) (?=[a-z])")
_OPENERS = "“«\""


def _before_quotes_said_by_pronoun(text: str) -> list[tuple[str, int, int, bool]]:
    """Return the sentence before each quote that opens its sentence and is given to a "he" or "she"
    after it ("In Canisy, Jean-Marc Leroux has resigned himself to selling his cows. «The buildings
    will stay empty,» he says."), with the pronoun: that sentence's subject is who says it. Only a
    sentence of the same paragraph, outside quotes, counts. The last item says whether the sentence
    speaks of a person of that sex ("himself", "his cows"): then its subject is one."""
    found = []
    for m in _SAID_AFTER_QUOTE.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        opener = max(text.rfind(mark, line, m.start()) for mark in _OPENERS)
        if opener <= line or text[max(line, opener - 2):opener].strip() not in ("", "."):
            continue  # the quote opens no sentence after another one: no sentence before it to read
        before = text[line:opener].rstrip()
        if not before.endswith(".") or _QUOTE_MARK.search(before) or "»" in before:
            continue
        start = max(before.rfind(". ", 0, len(before) - 1) + 2, 0) if ". " in before[:-1] else 0
        pronoun = (m.group(1) or m.group(2)).lower()
        personal = _PERSONAL[pronoun].search(before, start) is not None
        found.append((pronoun, line + start, line + len(before), personal))
    return found


_PERSONAL = {"he": re.compile(r"\b(?:his|himself)\b"), "she": re.compile(r"\b(?:her|herself)\b")}


_SENTENCE_ENDS = frozenset({". ", "! ", "? "})
_QUOTED_ENDS = frozenset(f"{end}{mark} " for end in ".!?" for mark in "”\"’")


def _called_by_last_word(text: str, word: str) -> bool:
    """True when ``word`` also stands alone, not after another capitalised word: a person named in
    full once is called by the family name after ("Gallagher, for her part, ..."); a place or a body
    by its whole name ("New Zealand", "Carver Falls Regional")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum():
            before = text[max(0, at - 30):at]
            last = before.rsplit(None, 1)[-1] if before.strip() else ""
            if not before.endswith(" ") or not last[:1].isupper() or not last[-1:].isalpha():
                return True
        at = text.find(word, end)
    return False


def _one_word_speakers(text: str) -> set[str]:
    """Return the capitalised words that alone are the subject of a speech verb: "Jaber" of "Jaber said".

    The verbs are looked for, then the word before each (faster than trying a pattern at every capital).
    """
    found: set[str] = set()
    for m in _SPEECH_VERB.finditer(text):
        at = m.start()
        word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1:at]
        if _ONE_WORD.fullmatch(word):
            before = text[max(0, at - len(word) - 40):at - len(word)].rstrip(" ").rsplit(None, 1)[-1:]
            if not (before and before[0][0].isupper() and before[0][-1].isalpha()):
                found.add(word)  # not "Sudan" of "the representative of South Sudan said"
        elif word.endswith(","):  # "Wren, speaking to BBC Radio Norfolk, said"
            aside = _ASIDE_BEFORE.search(text, max(0, at - 300), at)
            if aside:
                found.add(aside.group(1))
    return found


_HONORIFIC_TAIL = re.compile(rf"\b(?:{'|'.join(SHORT_TITLES)})\.?\s+$")
_AGE_SET_BESIDE = re.compile(r", (?:aged )?\d{1,2}, ")


def _family_name_marked(text: str, word: str) -> bool:
    """True when ``word`` stands alone as a person's family name somewhere: after an honorific ("Mr
    Okonkwo-Hart") or with an age set beside it ("Brenner, 29, takes home ..."). Searched word by word
    (a family name stands in a few places; a pattern over the text tries every capital)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not text[end:end + 1].isalnum() and (_AGE_SET_BESIDE.match(text, end) or
                                                 _HONORIFIC_TAIL.search(text, max(0, at - 6), at)):
            return True
        at = text.find(word, end)
    return False


_ASIDE_BEFORE = re.compile(
    r"(?:^|[\s“”\"])([A-Z][\w'’-]+), (?!(?:which|where)\b)"
    r"(?:[a-z][^,\n“”\"]{0,150}, ){0,2}[^,\n“”\"]{1,150},$")
"""A subject set apart from its speech verb by an aside of up to three clauses ("Quiroga, who lost to
Brenner in both of their previous meetings, including the Rotterdam semi-finals, said"); not a thing or a
place ("Morlaix Communauté, which runs the plant, said")."""
_CAPWORD = re.compile(r"\b[A-Z][a-z]+(?:['’-]?[A-Z][a-z]+|['’-][A-Za-z]+)*\b")
_SEX = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "spokesman": "m",
    "chairman": "m", "congressman": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "dame": "f",
    "lady": "f", "queen": "f", "princess": "f", "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f",
}
_HONORIFIC_AND_NAME = re.compile(
    rf"\b({'|'.join(sorted((h.capitalize() for h in HONORIFICS if h in _SEX), key=lambda h: (-len(h), h)))})"
    r"\.?[ \t]+([A-Z][\w'’-]*)")
"""An honorific that gives a sex (see _SEX) and the family name after it ("Mr. Delgado", "Mrs Voss")."""
_KIN = {
    "son": "m", "father": "m", "husband": "m", "brother": "m", "grandson": "m", "grandfather": "m",
    "nephew": "m", "uncle": "m", "widower": "m", "daughter": "f", "mother": "f", "wife": "f", "sister": "f",
    "granddaughter": "f", "grandmother": "f", "niece": "f", "aunt": "f", "widow": "f",
}
"""The sex a family tie set before a name gives it: "Her son, Paul Voss, said"."""
_OBJECT_WORDS = frozenset({"with", "to", "by", "met", "and", "of", "for", "from", "against", "whether",
                           "about", "told", "tells", "asked", "asks", "thanked", "urged", "sentenced"})
"""Words after which a name is somebody talked about or to, not the one talking ("met with Joe Biden",
"the judge told Pike: ..."); so is a name right after a verb in -ing ("Gemma Rowley, defending Harker,
said")."""
_WINDOW = 2000
_POSSESSIVE = re.compile(r"['’]s\b")
_PRONOUN_WORDS = frozenset("He She It They We I You His Her Its Their Our My".split())
_QUOTE_MARK = re.compile("[“”\"]")
_SUBJECT_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]+[\w'’-]*) (?=[a-z])")
_TITLE_REACH = 1500
# "The Secretary-General", "the Prime Minister": capitalised words after "the", ending on a title word
# (not a possessive: "the Secretary-General's Personal Envoy" is someone else).
_TITLE_SUBJECT = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\b(?!['’])")
_HONORIFIC_BEFORE = r"(?:(?:Shri|Smt|Dr|Mr|Mrs|Ms|Prof|H\.?E)\.?\s+)?"
"""An honorific between a title and the name it goes with: "Minister ... Shri Rajendra", "HE Karim"."""
_PLAIN_SCAN = 200_000  # how far into a source to look for a name's lower-case twin


_NAME_TOKEN = re.compile(r"[A-Z]\.|[\w'’-]+\.?")
_WRAPPED_HYPHEN = re.compile(r"(?<=\w)-\s+(?=[A-Z])")
"""A double-barrelled name broken at its hyphen where a line wraps: "Katharina Wendeborn-\nAulich"; its words
may come here joined by a space."""


def name_tokens(raw: str) -> list[str]:
    """Return the words of a name phrase, dots of initials and honorifics kept, possessives dropped."""
    toks = _NAME_TOKEN.findall(_WRAPPED_HYPHEN.sub("-", raw) if "-" in raw else raw)
    if "'s" not in raw and "’s" not in raw:
        return toks  # no possessive anywhere: nothing to trim, token by token
    return [t[:-2] if t.endswith(("'s", "’s")) else t for t in toks if t not in ("'s", "’s")]  # a
    # possessive standing alone ("Dunmore: 's manager", a mangled line) is no word of the name


def is_org_like(name: str) -> bool:
    """Return True when a name reads as an organisation or outlet ("CCTV", "Southern Metropolis Daily")."""
    toks = name_tokens(name)
    if not toks:
        return False
    return toks[0].lower() == "the" or any(
        t.rstrip(".").lower() in ORG_WORDS or (len(t.rstrip(".")) >= 2 and t.isupper()) for t in toks
    )  # an initial ("Kelly A. Marchetti") is no acronym


_UNNAMED = frozenset({"source", "official", "diplomat", "person", "insider", "aide", "negotiator", "resident",
                      "witness"})
"""Who an indefinite attribution ("a ministry official said", "one of the sources said") may name."""
_AGED = re.compile(r"\d{1,3}-year-old")
_LEADING_NOISE = FUNCTION_WORDS | HONORIFICS  # words dropped from the front of a name
_PORTFOLIOS = frozenset("""
foreign affairs home interior finance treasury economy economic trade commerce industry energy water
resources oil petroleum mines mining health education justice defence defense security environment
agriculture transport labour labor employment housing culture tourism information communications
science technology development planning welfare social works infrastructure immigration state
monetary fiscal financial policy stability markets banking supervision operations
statistics research analysis data risk compliance sales marketing products engineering investment
investments partnerships digital legal corporate strategy external regional
air accidents aviation marine rail railways safety prisons constabulary schools fire customs revenue
production fisheries forestry livestock irrigation lands youth sport sports veterans women children
heritage arts climate budget taxation procurement
""".split())
"""What a ministry is of: "Minister of Water Resources Rashid Mahdi al-Obaidi" names the minister after it."""


def is_title(tok: str) -> bool:
    """A title word, or title words joined: "Minister", "Sen.", "Director-General", "Vice-President"; or a
    title of several people ("Councilors Devereaux and Sauer voted no")."""
    low = tok.rstrip(".").lower()
    return low in TITLES or ("-" in low and all(part in TITLES for part in low.split("-"))) or \
        low in _PLURAL_TITLES or (low in _ONLY_SHORT and tok.endswith(".") and not tok.isupper())


_ONLY_SHORT = frozenset({"sec", "asec"})
"""Titles written only short, with the stop and not all in capitals: "Sec. Ilagan", "Asec. Cruz" (a
Secretary, an Assistant Secretary); "the SEC" is no title."""


_PLURAL_TITLES = frozenset(f"{t}s" for t in """councilor councillor senator minister commissioner
representative director governor judge justice delegate mayor""".split())


def _is_post(toks: Sequence[str]) -> bool:
    """A post named by title words alone: "Prime Minister", "Chief Cabinet Secretary"."""
    return bool(toks) and is_title(toks[-1]) and \
        all(is_title(t) or t.lower() in _TITLE_LEADS for t in toks[:-1])


_RANKS = frozenset({"chief", "prime", "deputy", "vice", "assistant", "associate", "under", "junior"})
"""Words that make another post of the title after them: a Chief Minister is not "the Minister"."""


def _post_of(toks: list[str]) -> str | None:
    """Return the post the title words before a name give: "minister" of "Union Agriculture Minister Shri
    Harish Chandra Rawal" (an honorific is no post), "chief minister" of "Chief Minister Shri Bhairon Lal
    Choudhary"; the honorific when there is nothing else."""
    posts = [i for i, t in enumerate(toks[:-1]) if is_title(t) and t.rstrip(".").lower() not in HONORIFICS]
    if not posts:
        return _strip_title(toks)[1]
    i = posts[-1]
    post = toks[i].rstrip(".").lower()
    return f"{toks[i - 1].lower()} {post}" if i and toks[i - 1].lower() in _RANKS else post


def _strip_title(toks: list[str]) -> tuple[list[str], str | None]:
    """Drop leading function words and everything up to the last title word; return that title too."""
    title = None
    last_title = -1
    for i, t in enumerate(toks[:-1]):
        if is_title(t):
            last_title = i
    if last_title >= 0:
        title = toks[last_title].rstrip(".").lower()
        peer = title in _PEERAGE and len(toks) - last_title == 2
        toks = toks[last_title:] if peer else toks[last_title + 1:]  # "Lady Castlemaine" is her name
    if len(toks) > 2 and toks[0].lower() in DESCRIPTORS:
        toks = toks[1:]  # "Pensioner Derek Holloway": what she is, then her name
    while len(toks) > 1 and toks[0].rstrip(".").lower() in _LEADING_NOISE:
        if toks[0] == "He" and len(toks) == 2:
            break  # "He Lifeng": a family name, not the pronoun
        toks = toks[1:]
    while len(toks) > 2 and toks[0].lower() in _PORTFOLIOS and toks[-1].lower() not in ORG_WORDS:
        toks = toks[1:]  # "(Minister of) Foreign Affairs Wang Yi", but the "Financial Conduct Authority"
    while len(toks) > 1 and (toks[-1].lower() in _MONTHS_DAYS or toks[-1].rstrip(".") in POSTNOMINALS or
                             (len(toks) > 2 and toks[-1].lower() in _TRAILING_POSTS)):
        toks = toks[:-1]  # "Helen Ashworth MP": her seat, not her name; "Mwila Chanda\nSpokesperson"
    return toks, title


def person_name(raw: str) -> str | None:
    """Return the full name a capitalised phrase gives, titles dropped, or None if it is no person's."""
    if "\n" in raw and len(raw[raw.rindex("\n"):].split()) >= 2:
        raw = raw[raw.rindex("\n") + 1:]  # "... Now Comes the Hard Part\nDana Whitfield built": a headline's
        # end, then a name on the next line (a name wraps there only when little of it is left)
    toks, _ = _strip_title(name_tokens(raw))
    longest = 5 if NAME_PARTICLES.intersection(toks) else 4  # "Luiz Inacio Lula da Silva"
    if len(toks) >= 4:  # "(Under Secretary for Terrorism and) Financial Intelligence Marcus J. Delacroix"
        body = max((i for i, t in enumerate(toks) if t.rstrip(".").lower() in ORG_WORDS), default=-1)
        if body >= 0 and len(toks) - body - 1 == 3 and _INITIAL.fullmatch(toks[-2]):
            toks = toks[body + 1:]  # the person after the body they serve, known by the initial
    name = " ".join(toks)
    if len(toks) < 2 or len(toks) > longest or not _MONTHS_DAYS.isdisjoint(name.lower().split()):
        return None
    if _is_post(toks):
        return None  # "Prime Minister", "Under Secretary": a post, not its holder
    if (is_org_like(name) and not _surname_like_org_words(toks)) or not all(map(is_name_word, toks)):
        return None
    if not _HEADLINE_VERBS.isdisjoint(t.lower() for t in toks):
        return None  # "Special Representative Warns Transition ...": a headline's verb, no name
    return name


_TRAILING_POSTS = TITLES - frozenset(
    "king queen prince major dean judge marshal speaker chancellor lord lady pope sheikh emir".split())
"""Title words that, after a full name, are its bearer's post ("Mwila Chanda Spokesperson"), never the
family name some titles are ("Stephen King", "John Major")."""
_BODY_NOUNS = frozenset("""
consultancy firm company charity bank union group agency newspaper broadcaster insurer lender retailer
airline manufacturer startup start-up watchdog regulator think-tank tank chain supermarket brand label
""".split())
"""Words for a kind of body, in lower case before its name ("the consultancy Pampa Datos")."""
_HONORIFIC_ENDS = tuple(f"{sep}{h}{dot}" for h in HONORIFICS for sep in (" ", "\n") for dot in ("", "."))
"""How a window before a name ends when an honorific stands between it and the name ("... , hon.")."""
_GIVEN_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+(?: [A-Z]\.)?)$")
"""A given name (and an initial) right before a family name: "Harold" of "Harold Ostrander"."""
_FAMILY_FIRST_HYPHENATED = re.compile(r"\b[A-Z]{2,} [A-Z][a-z]+-[a-z]+\b")
"""A name written family name first, in capitals, then the given name hyphenated in small letters after the
hyphen ("Mr CHEUNG Wai-kin"): how a Hong Kong record writes its members' names."""


_MAC = re.compile(r"\bMa?c(?=[A-Z]{2})")
"""The prefix a captioner keeps in small letters inside a name in capitals: "SHAWNA MacEACHERN"."""


def as_written(label: str) -> str:
    """Return a label in capitals as a name is written ("LISA HARMON": "Lisa Harmon", "SHAWNA MacEACHERN":
    "Shawna MacEachern"); any other label, and two letters ("PM"), as they are."""
    if len(label) <= 2 or not _MAC.sub("", label).isupper():
        return label
    written = label.title()
    if len(written) == len(label):
        for m in _MAC.finditer(label):
            written = f"{written[:m.end()]}{label[m.end()]}{written[m.end() + 1:]}"
    return written


def from_capitals(name: str, text: str) -> str:
    """Return a name given in capitals ("WONG KA-YEE") as ``text`` writes names: title case, but a
    hyphenated given name in small letters after the hyphen where the text writes its other names so
    ("Mr CHEUNG Wai-kin": "Wong Ka-yee")."""
    name = as_written(name)
    if "-" in name.rpartition(" ")[2] and _FAMILY_FIRST_HYPHENATED.search(text):
        family, _, given = name.rpartition(" ")
        name = f"{family} {given[0]}{given[1:].lower()}"
    return name


_GIVEN_IN_CAPS = re.compile(r"(?<![\w.])([A-Z]{2,}(?: [A-Z]\.)?)$")
"""A given name in capitals right before a family name in capitals, maybe with a middle initial: "ELENA" of
"ELENA ALVARADO-FINCH", "RAMON T." of "RAMON T. ILAGAN"."""
_NAME_JOINS = str.maketrans("", "", "-'’")
_PEERAGE = frozenset({"lord", "lady", "baroness", "baron", "viscount", "earl"})
"""Titles that, before a single name, are part of it: a peer or a judge is "Lord Reed", never "Reed"."""
POSTNOMINALS = frozenset("MP MSP MS AM MLA MEP TD QC KC OBE CBE MBE KBE DBE FRS PhD".split())
"""Letters after a name that say what its bearer is (written as here: "Ms" is no post-nominal)."""
_INITIAL = re.compile(r"[A-Z]\.")
_TITLE_LEADS = frozenset("""
prime foreign under assistant acting principal senior associate permanent special surgeon finance defence
defense interior health education trade home first managing national cabinet press
""".split())
"""Words that make a post of a title word ("Prime Minister", "Under Secretary"), never a given name."""
_NOT_GIVEN = _LEADING_NOISE | _TITLE_LEADS
"""Capitalised words before a family name that are no given name ("The Ostrander report", "Acting ...")."""
_HEADLINE_VERBS = frozenset("""
says warns urges calls vows slams hits backs seeks wins takes faces makes gets sees eyes plans launches
unveils announces welcomes rejects denies defends blasts praises pledges signs meets visits extends adopts
approves condemns stresses highlights reaffirms tells asks admits insists claims predicts accuses
published updated posted
""".split())
"""Verbs a title-case headline puts after a title, and a page's under a byline's post ("By Liam Carragher,
Chief Football Writer\nPublished 22:47"), which no name holds."""
_SURNAME_ORG_WORDS = frozenset({"park", "hall"})
"""Words of place names that are common family names too: "Park Seo-yeon", "Stuart Hall"."""


def _surname_like_org_words(toks: list[str]) -> bool:
    """True when the only organisation words of a person-like name are also family names."""
    return len(toks) <= 3 and all(
        t.lower() in _SURNAME_ORG_WORDS or not (t.lower() in ORG_WORDS or (len(t) >= 2 and t.isupper()))
        for t in toks)


def _holder(run: str, start: int) -> tuple[str, int] | None:
    """The name in a capitalised run after a post's "of" that opens on the post's place, and where it
    starts: after the place's last word that says it is one ("Mexico City Clara Brugada"), else the last
    two words, or three with an initial ("Almaty Aizhan Tursynbekova", "Lagos State Babajide Sanwo-Olu").
    None where the run opens on a portfolio instead, which `person_name` drops ("Production Rodrigo
    Ezcurra Maldonado"), or holds a particle ("Villanueva de la Sierra"), or is too short for both."""
    words = list(re.finditer(r"\S+", run))
    if len(words) < 3 or person_name(run) not in (None, run) or \
            NAME_PARTICLES.intersection(w.group() for w in words):
        return None
    cut = max((i + 1 for i, w in enumerate(words[:-2]) if w.group().lower() in ORG_WORDS), default=0) or \
        len(words) - (3 if _INITIAL.fullmatch(words[-2].group()) else 2)
    return run[words[cut].start():], start + words[cut].start()


class People:
    """The people one source names: full names, the titles they hold, where each is mentioned.

    Speaker lines are learned at once; the text itself is read for names the first time a lookup
    needs more (a transcript whose answers are all labelled by full name never does).
    """

    def __init__(self, text: str, speaker_names: Iterable[str] = ()) -> None:
        self.full: dict[str, int] = {}  # full name -> first position learned
        self.roles: dict[str, str] = {}  # role word -> full name
        self.sex: dict[str, str] = {}  # full name -> "m" or "f", where a title or honorific says so
        self._name_of: dict[str, str | None] = {}  # phrase read -> the person's full name, or None
        self._surnames: set[str] = set()  # speaker lines giving a family name alone ("ASHWORTH:")
        self._family_names: set[str] = set()  # speaker lines giving an honorific and two family names,
        # which the text may name in full ("Ms. Hadiza Mahamat Abakar") among its introductions
        self._turns = bool(speaker_names)  # a transcript's: its lines open on speaker labels
        self._posts_or_caps = False  # a label giving a post alone, or a family name in capitals after a
        # title ("Chief Cabinet Secretary:", "Press Secretary HAYASHIDA:"): worth reading the text for
        # names written family name first, in capitals (too slow a search to run on every text)
        for name in dict.fromkeys(speaker_names):  # a transcript repeats its speakers turn after turn
            toks = name.split()
            post = _is_post(toks) and (len(toks) > 1 or toks[0].lower() not in HONORIFICS)
            if post or (len(toks) > 1 and ((toks[-1].isupper() and is_title(toks[-2])) or (
                    len(toks) > 2 and toks[-2].isupper() and len(toks[-2]) > 1 and is_title(toks[-3])))):
                self._posts_or_caps = True  # "Mayor", "Press Secretary HAYASHIDA", "Mayor KANESHIRO Ayako"
            bare_toks, title = _strip_title(name_tokens(name))
            if not self._learn(name, 0):
                bare = " ".join(bare_toks)  # "Mr. Kessler": Kessler
                if bare.isalpha() and bare[:1].isupper():
                    self._surnames.add(bare)
            elif title in HONORIFICS and len(bare_toks) > 1:
                self._family_names.add(" ".join(bare_toks))  # "Ms. Mahamat Abakar:", two family names
        self._text = text
        self._read = False
        self._by_token: dict[str, list[str]] = {}
        self._words: dict[str, bool] | None = None  # a mention's first word -> whether it overlaps itself
        self._chained: dict[str, list[int]] = {}  # a self-overlapping word -> where it stands, in order
        self._short: dict[str, bool] = {}  # one-word form -> stands for a person (checked when needed)
        self._heads: dict[str, list[str]] = {}
        self._defined: dict[str, str] | None = None  # a defined short name -> the name it stands for
        self._parties: dict[str, str] = {}  # a role defined for a person ("Player") -> their name
        self.author: str | None = None  # the one writer a byline names, whom "I said" outside quotes means
        self._in_full: dict[str, str | None] = {}
        self._by_folded: dict[str, str] | None = None  # _by_token's words by their case-folded form
        self._honorifics: dict[str, set[str]] | None = None  # family name -> sexes its honorifics give

    def _read_text(self) -> None:
        """Learn every name the text marks as a person, and index the names by first and last word."""
        if self._read:
            return
        self._read = True
        for m in SURNAME_FIRST.finditer(self._text):
            if name := surname_first(m):
                self._learn(name, m.start())
        if self._posts_or_caps:
            for m in _FAMILY_IN_CAPS.finditer(self._text):
                if is_title(m.group(1)):  # a title or an honorific (TITLES holds every honorific)
                    self.full.setdefault(f"{m.group(2)} {m.group(3)}", m.start(2))
        for m in _NICKNAME.finditer(self._text):  # Margaret "Peggy" Thorne: Margaret Thorne
            if given := _GIVEN_BEFORE.search(self._text, max(0, m.start() - 40), m.start()):
                self._learn(f"{given.group(1)} {m.group(1)}", given.start())
        unmarked = [m for m in _CAPSEQ.finditer(self._text) if not self._consider(self._text, m)]
        if unmarked:  # "Abbas Jaber has stopped watering ..." then "Jaber said": a person after all
            speaking = _one_word_speakers(self._text) | self._surnames  # a known surname too: "Dana
            # Whitfield" and her mother "Linda Whitfield", only the one named beside "she says"
            marked: dict[str, bool] = {}
            for m in unmarked:
                raw = m.group(0)
                owner = _POSSESSIVE.search(raw)  # "Liam Hollis’s side", "Norwich City’s Liam Hollis"
                if owner:
                    raw = raw[owner.end():].strip() or raw[:owner.start()]
                words = raw.split()
                last = words[-1]
                if last not in marked:  # a name's shape first: two or three words ("Daniel Okonkwo-Hart")
                    marked[last] = last in speaking or (
                        1 < len(words) < 4 and _family_name_marked(self._text, last))
                if marked[last] or (words[0] in speaking and _GIVEN_HYPHENATED.fullmatch(last)):
                    self._learn(raw, m.start())  # "Jaber said"; "Fung said" of "Fung Tak-shing"
                elif len(words) > 1 and words[-2] in speaking and self._given_name_of(raw, words):
                    self._learn(" ".join(words[-2:]), m.start())  # "Harun said" of "... Trade Harun Wibisono"
            self._learn_pronoun_led(unmarked)
        self._learn_one_word_names()
        for name in list(self.full):  # "Eleanor Voss" in a headline, "Eleanor Marie Voss" in the story
            if longer := next((full for full in self.full
                               if _with_middle(full, name) or _with_second_family_name(full, name) or
                               (name in self._family_names and full.endswith(f" {name}"))), None):
                del self.full[name]
                self._name_of[name] = longer
                if name in self.sex:
                    self.sex.setdefault(longer, self.sex.pop(name))
        for name in self.full:
            toks = name_tokens(name)
            # First and last words, and a middle one before a particle: "Lula" of "Luiz Inacio Lula da Silva"
            known_by = {toks[0], toks[-1]} | {t for t, nxt in zip(toks, toks[1:], strict=False)
                                              if nxt in NAME_PARTICLES}
            if len(toks) > 2 and (_GIVEN_HYPHENATED.fullmatch(toks[-1]) or
                                  (len(toks[-2]) > 2 and toks[-2].istitle())):
                known_by.add(toks[-2])  # "Cheung" of "Derek Cheung Kin-fai"; the first of two family names:
                # "Mendoza" of "Julio César Mendoza Paredes", "Villarreal" of "Rodrigo Villarreal Montemayor"
            for tok in known_by:
                self._by_token.setdefault(tok, []).append(name)
                if tok.isupper() and len(tok) > 1:  # "HAYASHIDA Keiko", as "Hayashida" where a label is read
                    self._by_token.setdefault(tok.title(), []).append(name)
                if tok[0].islower():  # "al-Obaidi" opens a sentence as "Al-Obaidi"
                    self._by_token.setdefault(tok[0].upper() + tok[1:], []).append(name)
            self._heads.setdefault(name.split()[0], []).append(name)

    def _consider(self, text: str, m: re.Match[str]) -> bool:
        """Learn the name ``m`` matched if its surroundings mark it as a person; return False when they
        say nothing either way (no title, role, age or speech verb beside it)."""
        raw = m.group(0)
        start, end = m.span()
        owner = _POSSESSIVE.search(raw)
        if owner and owner.end() < len(raw):  # "Chair Daniel Whitaker's Press Conference": the owner
            raw, end = raw[:owner.end()], start + owner.end()
        elif text[end:end + 1] in ("*", "†") and text[end + 1:end + 2] in (",", " "):
            end += 1  # "Akinyi Owuor*, a mother of four": a note's mark (not her real name) is no word
        low = raw.lower()  # as long as ``raw``: a capitalised run is ASCII letters, marks and spaces
        if low[low.rfind(" ") + 1:] in ORG_WORDS:
            return True  # "Shanghai Futures Exchange": the commonest capitalised run is no person
        window = text[max(0, start - 40):start].rstrip().lower()
        honorific = window.rsplit(None, 1)[-1] if window.endswith(_HONORIFIC_ENDS) else ""
        if honorific:  # "the Minister of Health, Hon. Dr Grace Mulenga,"
            window = window[:-len(honorific)].rstrip()
        comma = window.endswith(",")
        words = window.rstrip(",.").rsplit(None, 1)
        word = words[-1] if words else ""
        if window.endswith(".") and len(word) > 4:
            word = ""  # "Thank you, Chair. Peter Hanley, ...": a sentence ends ("Gov.", "Supt." are short)
        comma_after = text.startswith(",", end)
        if word == "of" and raw.count(" ") == 1 and len(words) == 2 and words[0].rsplit(None, 1)[-1] in ROLES:
            return True  # "the representative of South Sudan said": a country's seat, not a person
        if window.endswith((", of", ",\nof")):
            return True  # "Sophie Tran, of Tran Property Advocacy, warned": where the person is from
        if word in _BODY_NOUNS and not comma:
            return True  # "chief economist at the consultancy Pampa Datos, said": the body's name
        if word in ("of", "for") and (named := _NAMED_OF.search(text, max(0, start - 40), start)) and \
                named.group(1).lower() not in TITLES and TITLES.isdisjoint(low.split()):
            return True  # "the Federal University of Minas Gerais, said": the end of a body's name (not
            # "Minister of Water Resources Rashid al-Obaidi", "Bank of Japan Governor Sakaguchi Reiko")
        role = None
        title = words[0].rsplit(None, 1)[-1] if word in ("of", "for") and len(words) == 2 else ""  # "mayor
        # of", "solicitor for"
        place, at = raw, start
        if not title and len(word) > 1 and text[start - 1:start] == " " and \
                text[start - 1 - len(word):start - 1].isupper():  # "Solicitor for NSW Fair Trading Danielle
            held_by = window[:-len(word)].split()[-2:]  # Ruskin": the place opens on an acronym
            if len(held_by) == 2 and held_by[1] in ("of", "for"):
                at = start - 1 - len(word)
                title, place = held_by[0], text[at:start] + raw
        if title in TITLES and (held := _holder(place, at)):
            role = title  # "Deputy mayor of Almaty Aizhan Tursynbekova", "Mayor of Lagos State Babajide
            raw, start = held  # Sanwo-Olu": the place, then the post's holder
        elif not TITLES.isdisjoint(low.replace(".", "").split()):
            role = _post_of(name_tokens(raw))
        if not comma and word in TITLES:
            role = role or word
        elif comma and comma_after and word in ROLES:
            role = word  # "The commission's spokesperson, Chen Hao, said"
        elif not comma and word in ROLES and _LINE_ENDS_ON_COLON.match(text, end):
            role = word  # "Sky Sports News' chief reporter Sam Whitcombe:", then what he said
        elif comma and (comma_after or text[end:end + 1] in (".", ";")) and \
                (post := _ROLE_OF_BEFORE.search(window) or
                 _ROLE_OF_BEFORE.search(text[max(0, start - 80):start].rstrip().lower())):
            role = post.group(1)  # "The Minister of Economy, Ricardo Pellegrini, defended ...", "..., said
            # the chair of the Disciplinary Committee, Hanne Kjærgaard Holm."
        if (not role or role in HONORIFICS) and comma_after:  # "Hon. Erik Halvorsen, Chairman": the seat
            after = _ROLE_AFTER.match(text, end)
            if after and not (after.group("named") and after.group(1).islower()):  # not a post in lower
                role = after.group(1).lower()  # case before its holder: "in East Jakarta, trader Sutrisno"
        aged = (comma_after and (_AGE_AFTER.match(text, end) or _WHO_AFTER.match(text, end)) is not None) or \
            (" " in raw and _AGE_IN_BRACKETS.match(text, end) is not None)  # ", 58,", ", who", " (52),"
        described = not role and (aged or (not comma and comma_after and word in DESCRIPTORS))  # "The
        # underbidder, London dealer Jonathan Pell-Ashby, was bidding"
        honoured = bool(honorific) and "\n" not in raw  # "Ms. Hadiza Mahamat Abakar", on one line
        if not (role or described or honoured) and _APPOSED_NAME.match(text, end) and \
                _THE_BEFORE.search(text, max(0, start - 40), start):
            return True  # "The UN Emergency Relief Coordinator, Rafael Monteiro Avelar, announced": a post,
            # the person named after it
        if not (role or described or honoured or window.endswith(_SPEECH_WORDS) or
                _SPEECH_AFTER.match(text, end)):
            return False
        name = self._learn(raw, start)
        if not name:
            return True
        if role and role not in HONORIFICS:
            self.roles.setdefault(role, name)
        sex = _SEX.get(word if not comma else "") or _SEX.get(role or "") or _SEX.get(honorific.rstrip(".")) \
            or _KIN.get(word)
        if sex:
            self.sex.setdefault(name, sex)
        return True

    def _learn_one_word_names(self) -> None:
        """Learn the people a story names by one word only, where it says so ("who gave his name only as
        Osman", "“Amna,” 52,"), gives the one word an age and a speech verb ("Rosa, a 27-year-old
        mother of three, said") or a post before it and a speech verb after ("cooking oil trader Sutrisno
        said"): a word no full name holds, so never a family name named before.

        Each shape is looked for from its cheapest anchor (the phrase, the quote mark, the age's comma):
        one pattern of all three tried at every character cost a tenth of all quote finding."""
        text = self._text
        known = {tok for name in self.full for tok in name.split()}
        found: list[tuple[str, int]] = []
        if " name" in text or "only as" in text:
            found += [(m.group("as"), m.start("as")) for m in NAMED_ONLY_AS.finditer(text)]
        if "“" in text or '"' in text:
            found += [(m.group("quoted"), m.start("quoted")) for m in PSEUDONYM.finditer(text)]
        for m in _AGE_AFTER.finditer(text):
            before = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
            if before and (before.start() == 0 or text[before.start() - 1] == "\n" or
                           text[max(0, before.start() - 2):before.start()] in _WORD_OPENERS):
                end = _sentence_end(text, m.end())
                if _SPEECH_IN.search(text, m.end(), end if end >= 0 else len(text)):
                    found.append((before.group(0), before.start()))  # not "Ukraine, 32, ...": no one spoke
        for m in _SPEECH_VERB.finditer(text):  # "cooking oil trader Sutrisno said": one word a post in lower
            words = text[max(0, m.start() - 40):m.start()].split()[-2:]  # case introduces, then it speaks
            if len(words) == 2 and words[0] in DESCRIPTORS and _ONE_WORD.fullmatch(words[1]):
                found.append((words[1], m.start() - len(words[1])))
        for word, at in sorted(found, key=lambda f: f[1]):
            if word in known or word.lower() in _MONTHS_DAYS or word.lower() in FUNCTION_WORDS or \
                    word.lower() in ORG_WORDS:
                continue
            self.full.setdefault(word, at)
            known.add(word)

    def _learn_pronoun_led(self, unmarked: list[re.Match[str]]) -> None:
        """Learn the names a "she" or "he" goes on from, with that sex: "Ruth Ann Gallagher spent
        thirty-one years as a nurse, and she was on shift ...", "Hebert had delivered one baby. He has
        delivered seven since." A place or a body is never "she" or "he".

        The name (or its last word alone) must be the subject: followed by a word in lower case.
        """
        text = self._text
        pronouns = _pronoun_subjects(text)
        if not unmarked or not (pronouns or any(mark in text for mark in _OPENERS)):
            return
        by_last: dict[str, re.Match[str]] = {}
        for m in unmarked:
            by_last.setdefault(m.group(0).rsplit(None, 1)[-1], m)
        by_end = {m.end(): m for m in unmarked}
        ranges = []
        for at, pronoun in pronouns:
            sentence = max(text.rfind(". ", 0, at - 2), text.rfind("\n", 0, at - 2)) + 1
            quoted = _QUOTE_MARK.search(text, sentence, at)  # words inside a quote are someone's speech
            ranges.append((pronoun, sentence, quoted.start() if quoted else at, False))
        ranges += _before_quotes_said_by_pronoun(text)
        for pronoun, lo, hi, personal in ranges:
            for w in _SUBJECT_WORD.finditer(text, lo, hi):
                word = w.group(1)
                if word in _PRONOUN_WORDS:
                    break  # "He now drives to Bangor": the subject is a pronoun already
                if any(name in text[lo:w.start()] for name in self.full):
                    break  # "Professor David Kellerman, Chair in Process Engineering at ...": a person
                    # named already is the subject, not a later run of capitals
                # the name in full where it stands, when only the quote's "he" says it is a person's
                named = by_end.get(w.end(1)) if personal else by_last.get(word)
                if named is None or (personal and " " not in named.group(0)):
                    continue  # "A paramedic for twenty-two years, Hebert had ...": not yet the subject
                if not personal and not _called_by_last_word(text, word):
                    break  # "New Zealand beat Australia. He scored": a place is never called "Zealand"
                name = self._learn(named.group(0), named.start())
                if name:
                    self.sex.setdefault(name, "f" if pronoun == "she" else "m")
                break

    def _learn(self, raw: str, pos: int) -> str | None:
        """Learn the person ``raw`` names (first seen at ``pos``) and return the full name, or None."""
        if raw in self._name_of:  # a source names its people again and again: read each phrase once
            name = self._name_of[raw]
        else:
            name = self._name_of[raw] = person_name(raw)
            if name and name[1:3] == ". " and name.count(" ") == 1 and _letter_alone(self._text, name[0]):
                name = self._name_of[raw] = None  # "Ms A, Mrs B and Ms C. Nothing may be published": a
                # person the text calls by a letter alone, the sentence ended after it
        if name and name not in self.full:
            longer = self._longer(name)
            if longer:
                self._name_of[raw] = longer
                return longer
            self.full[name] = pos
        return name

    def _given_name_of(self, raw: str, words: Sequence[str]) -> bool:
        """True when the last two of ``words`` (of ``raw``) are a person's, the first, their given name,
        being who speaks alone ("Harun said" of "Director General of Domestic Trade Harun Wibisono"): on
        one line, and the last word no word the text also writes in lower case ("Calderstone
        Assistance") nor a point of the compass ("Millbrook North")."""
        family = words[-1].lower()
        return "\n" not in raw[raw.rfind(words[-2]):] and family not in _COMPASS and \
            not is_org_like(raw) and re.search(rf"\b{re.escape(family)}\b", self._text) is None

    def _token_folded(self, word: str) -> str | None:
        """Return the word of a full name known here that is ``word`` but for its capitals, or None."""
        if self._by_folded is None:
            self._by_folded = {token.casefold(): token for token in self._by_token}
        return self._by_folded.get(word.casefold())

    def _in_lower_case(self, word: str) -> str | None:
        """Return ``word`` (in capitals) as the text also writes it with lower-case letters, or None."""
        found = re.search(rf"\b(?!{re.escape(word)}\b)(?i:{re.escape(word)})\b", self._text)
        return found.group(0) if found and found.group(0)[0].isupper() else None

    def _written_in_full(self, short: str) -> str | None:
        """Return the one full name the text writes ``short`` in, where nothing marked it as a person's
        ("Present: ..., Councilors Rosa Delgado, Harold Ostrander and ..." before "Councilor Ostrander
        said"), or None when there is none or more than one."""
        if short not in self._in_full:
            found = set()
            text = self._text
            word = short[:1].isupper() and short.translate(_NAME_JOINS).isalpha()  # "Rees-Davies" too
            # As written, and in capitals, as a roster gives it ("ELENA ALVARADO-FINCH, Chair"); not a
            # letter alone ("CAROLINE A. MBEKI-FROST": "A" is an initial, nobody's name)
            forms = [(short, _GIVEN_BEFORE), (short.upper(), _GIVEN_IN_CAPS)] if len(short) > 1 else \
                [(short, _GIVEN_BEFORE)]
            for form, given_before in forms:
                at = text.find(f" {form}") if word else -1
                while at > 0:  # each place the name stands after a space: is a given name before it?
                    end = at + 1 + len(form)
                    given = given_before.search(text, max(0, at - 20), at)
                    first = given.group(1).title() if given else ""
                    if given and not text[end:end + 1].isalpha() and not is_title(first) and \
                            first.lower() not in _NOT_GIVEN:
                        found.add(person_name(f"{first} {short}"))
                    at = text.find(f" {form}", end)
            found.discard(None)
            self._in_full[short] = found.pop() if len(found) == 1 else None
        return self._in_full[short]

    def _longer(self, name: str) -> str | None:
        """Return the known full name that ``name`` ends ("Sánchez Ortiz" of "Valeria Sánchez Ortiz": a
        double family name, written alone after the first mention) or leaves a middle name out of
        ("Eleanor Voss" of "Eleanor Marie Voss"), or None."""
        ends = (f" {name}", f" {name[:1].lower()}{name[1:]}") if name.split()[0].lower() in NAME_PARTICLES \
            else f" {name}"  # "Van Wyk said", opening its sentence, of "Marelize van Wyk"
        return next((full for full in self.full if full.endswith(ends) or _with_middle(full, name)), None)

    def expand(self, short: str, pos: int) -> str:
        """Return the full name a one-word reference ("Xi", "Biden") stands for near ``pos``, else itself."""
        self._read_text()
        if short in self.full:
            return short
        names = self._by_token.get(short)
        if not names and ((short.isupper() and len(short) > 2) or short.istitle()):
            # A transcript's "MS. JEAN-PIERRE", "CHAIR LEBLANC-THORNE" (or "Leblanc-Thorne", title-cased
            # from it): the name the text writes in full ("Monique LeBlanc-Thorne"); else, in capitals,
            # the name as the text writes it in lower case ("Senator Okonkwo-Baird"); not an acronym the
            # text never writes so ("the OBR said")
            written = self._token_folded(short)
            if not written and short.isupper():
                written = short.title() if short in self._surnames else self._in_lower_case(short)
            short = written or short
            names = self._by_token.get(short)
        if not names:
            return self._written_in_full(short) or short
        if len(names) == 1:
            return names[0]
        before = [n for n in names if self.full[n] <= pos]
        if len(before) > 1 and self.author in before:
            before.remove(self.author)  # "Bhatti said": not the byline's Faizan Bhatti
        if len(before) > 1 and not _one_given_name(before):
            # "Dana Whitfield" and her mother "Linda Whitfield": "Whitfield" is whoever the text names
            # in full most often (or first), the story's subject; the other is called by her first name
            counts = {n: self._text.count(n, 0, pos) for n in before}
            return max(before, key=lambda n: (counts[n], -self.full[n]))  # a tie: the one named first
        return max(before, key=lambda n: self.full[n]) if before else min(names, key=lambda n: self.full[n])

    def last_person(self, pos: int, pronoun: str = "") -> str | None:
        """Return the person last named before ``pos`` (what "he said" refers to), or None.

        With a pronoun, a person the text marks as the other sex (Ms., spokesman) is passed over; when
        everyone named before is, the pronoun is nobody here rather than the wrong person.
        """
        self._read_text()
        want = _PRONOUN_OF.get(pronoun.lower())
        last = None
        titled = self._title_before(pos) if pronoun else None
        speaking = self._turn_speaker(pos) if pronoun else None
        for n, (at, name) in enumerate(self._mentions_before(pos)):
            if titled and titled[0] > at:
                break  # "the Secretary-General said ... He added": the title, named since
            if n == 20:
                break
            if name == speaking:
                continue  # "HOLLOWAY: She said ...": who is speaking is "I", never "she"
            last = last or name
            if not want or self._sex_of(name, want) == want:
                return name
        if titled and not last:
            return self.resolve(titled[1], titled[0])
        return None  # only people of the other sex named before: nobody this "she" or "he" can be

    def _sex_by_honorific(self, name: str) -> str | None:
        """Return the sex the honorifics before ``name``'s family name agree on ("Mr. Delgado, 79, said"),
        or None; never for a family name two people here share ("Mrs. Voss" and her son Paul Voss)."""
        family = name.split()[-1]
        if any(other != name and other.endswith(f" {family}") for other in self.full):
            return None
        if self._honorifics is None:  # read once: which honorifics stand before which capitalised words
            self._honorifics = {}
            for m in _HONORIFIC_AND_NAME.finditer(self._text):
                self._honorifics.setdefault(m.group(2), set()).add(_SEX[m.group(1).lower()])
        found = self._honorifics.get(family, set())
        return next(iter(found)) if len(found) == 1 else None

    def _turn_speaker(self, pos: int) -> str | None:
        """Return the person whose transcript turn ``pos`` stands in (its label's full name), or None (a
        story's "Whitfield: 'We are capacity-constrained'" is a headline)."""
        if not self._turns:
            return None
        line = self._text.rfind("\n", 0, pos) + 1
        label = _LABEL_AT.match(self._text, line)
        reach = pos - _TURN_REACH
        while label is None and line > max(1, reach) and self._text[line - 2] == "\n":  # a later paragraph
            line = self._text.rfind("\n", 0, line - 2) + 1
            label = _LABEL_AT.match(self._text, line)
        if label is None:
            return None
        words = label.group(1).split(",")[0].split()
        last = words[-1].title() if words[-1].isupper() else words[-1]
        return self.expand(last, line) if last in self._by_token else None

    def _sex_of(self, name: str, unknown: str) -> str:
        """Return the sex a title or honorific gives ``name``, else the one the pronouns after its
        mentions agree on ("Whitfield ... She says the lesson stuck"), else ``unknown``."""
        sex = self.sex.get(name)
        if sex is None:
            family = name.split()[-1]
            sex = self.sex[name] = _sex_by_pronouns(self._text, family) or self._sex_by_honorific(name) or "?"
        return unknown if sex == "?" else sex

    def _title_before(self, pos: int) -> tuple[int, str] | None:
        """Return the last "the Minister"-like subject in the paragraph before ``pos`` and where it stands.

        A person called only by title ("The Secretary-General today welcomed ...") is who a pronoun
        after it refers to, though the text named somebody else earlier.
        """
        start = self._text.rfind("\n", max(0, pos - _TITLE_REACH), pos) + 1
        found = None
        for m in _TITLE_SUBJECT.finditer(self._text, start, pos):
            words = m.group(1).split()
            if any(part.lower() in TITLES for part in words[-1].split("-")) and not is_org_like(m.group(1)):
                before = self._text[max(0, m.start() - 30):m.start()].rsplit(None, 1)
                if not (before and before[-1].lower() in _OBJECT_WORDS):
                    found = (m.start(1), m.group(1))
        return found

    def _mentions_before(self, pos: int) -> Iterator[tuple[int, str]]:
        """Yield (where, who) for the people named before ``pos``, nearest first (searched backwards: a
        pronoun's person is most often named just before it, so the rest of the text is never read)."""
        if self._words is None:
            words = {w for w in self._heads.keys() | self._by_token.keys()
                     if w in self._heads or self._is_short_form(w)} if self._by_token else set()
            self.defined_names()  # a role a decision defines for a party: "the Player"
            words |= self._parties.keys()
            # A word that can overlap itself ("Lo-Lo" in "Lo-Lo-Lo") is taken where a left-to-right
            # search finds it.
            self._words = {w: any(w[:k] == w[-k:] for k in range(1, len(w))) for w in words}
        nearest = {w: at for w, chained in self._words.items()
                   if (at := self._word_before(w, pos, chained)) >= 0}
        while nearest:
            word = max(nearest, key=lambda w: (nearest[w], w))
            at = nearest[word]
            if name := self._mention_at(word, at):
                yield at, name
            if (prev := self._word_before(word, at, self._words[word])) >= 0:
                nearest[word] = prev
            else:
                del nearest[word]

    def _word_before(self, word: str, pos: int, chained: bool) -> int:
        """Return where ``word`` last stands before ``pos`` as a word of its own (not inside one), or -1."""
        text = self._text
        if chained:
            if word not in self._chained:
                self._chained[word] = list(self._word_places(word))
            places = self._chained[word]
            i = bisect.bisect_left(places, pos)
            return places[i - 1] if i else -1
        at = text.rfind(word, 0, pos - 1 + len(word))  # the last occurrence starting before ``pos``
        while at >= 0:
            if _stands_alone(text, at, at + len(word)):
                return at
            at = text.rfind(word, 0, at - 1 + len(word))
        return -1

    def _word_places(self, word: str) -> Iterator[int]:
        """Yield where ``word`` stands as a word of its own, searching left to right."""
        text = self._text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if _stands_alone(text, at, end):
                yield at
            at = text.find(word, end)

    def _mention_at(self, word: str, at: int) -> str | None:
        """Return who ``word`` at ``at`` names: the full name starting there, or the person a one-word
        form stands for; None if it names no one, or the one talked about ("met with Joe Biden")."""
        text = self._text
        full = None
        for name in self._heads.get(word, ()):
            if text.startswith(name, at):
                full = name
                break
        ends = at + len(word)
        for name in self._by_token.get(word, ()) if full is None else ():
            if ends >= len(name) and text.startswith(name, ends - len(name)):
                full = name  # the last word of a full name: "Whitfield" of "Linda Whitfield", whoever
                break        # "Whitfield" alone stands for
        if full is None and not self._is_short_form(word):
            return self._party_at(word, at)
        before = text[max(0, at - 30):at].rsplit(None, 1)
        if before and (before[-1].lower() in _OBJECT_WORDS or _is_ing_verb(before[-1])):
            return None  # "meeting with Joe Biden": named, but not the one talking
        if _addressed(text, at, at + len(full or word), self._turns):
            return None
        return full or self.expand(word, at)

    def _is_short_form(self, word: str) -> bool:
        """A one-word form of a learned name, unless it is also a plain word here ("Will", "Long")."""
        if word not in self._short:
            known = word in self._by_token and len(word) > 1
            self._short[word] = known and not _plain_word(self._text, word.lower())
        return self._short[word]

    def defined_names(self) -> dict[str, str]:
        """Return the short names the text defines, each to the full name it stands for: "Calderstone
        Insurance Company Limited ("Calderstone")", as a legal or financial document defines its terms."""
        if self._defined is None:
            self._defined, self._parties = {}, {}
            if any(mark in self._text for mark in ('("', "(“", '(the "', "(the “")):
                for m in _DEFINED.finditer(self._text):
                    full, the, short = m.groups()
                    if short != full and set(short.split()) < set(full.split()):
                        self._defined.setdefault(short, full)
                    elif the and short.isalpha() and (named := _party(full)):
                        self._defined.setdefault(short, named)  # "Sporting Atlântico Futsal (the "Club")"
                        if named != full:  # "Mr Dario Mendes Ferreira (the "Player")"
                            self._parties.setdefault(short, named)
        return self._defined

    def _party_at(self, word: str, at: int) -> str | None:
        """Return the person a role the text defines for them stands for, where "the" comes before it
        ("the Player did not dispute the facts. He wrote:"), else None."""
        self.defined_names()
        if word in self._parties and self._text[max(0, at - 4):at].lower() == "the ":
            return self._parties[word]
        return None

    def from_capitals(self, name: str) -> str:
        """Return a name given in capitals as the text writes names (see `from_capitals`)."""
        return from_capitals(name, self._text)

    def _title_holder(self, title: str) -> str | None:
        """Return the person the text gives ``title``: "Minister for Rural Development, Shri Rajendra
        Prasad Tiwari" or "Stéphane Dujarric, Spokesperson for the Secretary-General"; else None."""
        t = re.escape(title)
        for name in sorted(self.full, key=self.full.__getitem__):
            n = re.escape(name)
            after = rf"\b{t}(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?,?\s+" \
                    rf"{_HONORIFIC_BEFORE}{n}\b"
            # "Name, [the] [acting] Title", not "Name, Spokesperson for the Title"
            before = rf"\b{n},\s+(?:the\s+)?(?:(?!(?:for|of|to|at)\b)[\w-]+\s+){{0,3}}?{t}\b"
            if re.search(after, self._text) or re.search(before, self._text):
                return name
        named = re.search(rf"\b{t},?\s+{_HONORIFIC_BEFORE}" r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})",
                          self._text)
        if named and (person := person_name(named.group(1))):
            return person  # "the OPEC Secretary General, HE Karim Al-Mansouri, recalled": named once, with
            # the title, and never quoted by name
        named = re.search(rf"\b{t}[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*"
                          r"(?:,?[ \t]+(?:and[ \t]+)?[A-Z][\w-]*)*?"
                          r",?[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2})(?=[ \t]*(?:\(|\r?\n|$))",
                          self._text)
        return person_name(named.group(1)) if named else None  # "Press Conference by Minister of
        # Agriculture, Forestry and Fisheries Tanaka Hiroshi (Excerpt)": the portfolio, then the name
        # closing the line or before a bracket

    def first_named(self, start: int, end: int) -> tuple[int, str, str] | None:
        """Return the first person named in ``text[start:end]``: where, as written, and the full name.

        A person is named by the full name, or by an honorific and the family name when the text
        gives the full name elsewhere ("Ms. Ferreira" of "Ms. Ana Ferreira").
        """
        self._read_text()
        found = [(at, name, name) for name in self.full if (at := self._text.find(name, start, end)) >= 0]
        for m in _CALLED.finditer(self._text, start, end):
            full = self.expand(m.group(1), m.start())
            if full != m.group(1):
                found.append((m.start(), m.group(0), full))
                break
        return min(found) if found else None

    def first_person(self, exclude: Iterable[str] = ()) -> str | None:
        """Return the first person the text names, leaving out ``exclude`` (speaker labels)."""
        self._read_text()
        skip = set(exclude)
        names = [n for n in self.full if n not in skip]
        return min(names, key=self.full.__getitem__) if names else None

    def _named_body(self, noun: str, pos: int) -> str | None:
        """Return what "the ministry" stands for: the last name before ``pos`` built on "Ministry"."""
        word = noun.capitalize()
        start = max(0, pos - _WINDOW)
        if self._text.find(word, start, pos) < 0:
            return None  # every match holds the word: no need to run the pattern across the window
        found = None
        for m in _body_pattern(word).finditer(self._text, start, pos):
            if " " in m.group(0):
                found = m.group(0)
        if found and re.match(r"[\w-]+['’]s ", found):
            found = found.split(" ", 1)[1]  # "China's Ministry of Commerce"
        return found

    def resolve(self, raw: str, pos: int, *, name_only_pronoun: bool = True) -> str | None:
        """Return the speaker a subject phrase names: a full person name, an organisation, or None.

        Pronouns go to the last person named; "Mr. Gu" and "Xi" to the full name
        learned from the text; "the spokesman" to whoever holds that title here.
        With ``name_only_pronoun`` False, a capitalised "He" that is a learned family
        name (He Lifeng) is read as that name, as it is where no sentence starts.
        """
        raw = raw.strip(" ,")
        if "@" in raw:
            raw = _HANDLE.sub("", raw).strip(" ,")  # "Vantora Investor Relations (@VantoraIR)": the name
        if not raw:
            return None
        short = raw[4:] if raw[:4] in ("the ", "The ") else raw
        if (defined := self.defined_names().get(short)) is not None:
            return defined  # "Calderstone" of "Calderstone Insurance Company Limited ("Calderstone")"
        low = raw.lower()
        if low.split(None, 1)[0] in _SOME:
            return None  # "Several of these members", "Some officials": nobody in particular
        if "'" in low or "’" in low:
            short = low.replace("’", "'").partition("'")[0]
            low = short if short in ("i", "we", "you", "they", "he", "she", "it") else low  # "I'd just say"
        if raw == "He" and not name_only_pronoun:
            self._read_text()
            if "He" in self._by_token:
                return self.expand("He", pos)  # “...,” He said: Vice Premier He Lifeng, not a pronoun
        if low in ("he", "she", "him", "her"):
            return self.last_person(pos, low)
        if low == "i" and self.author:
            return self.author  # "When I testified ..., I said, “...”": the writer of a signed piece
        if low in ("they", "we", "i", "you", "it"):
            return None
        if low.startswith("the ") and (low[4:] in DEMONYMS or _RANKED.fullmatch(low)):
            return self.last_person(pos)  # "the German said", "the world No. 5 said"
        if low.startswith("the ") and len(raw) > 4 and raw[4].isupper():
            raw, low = raw[4:], low[4:]  # "The White House"
        if raw.split(None, 1)[0] in ("One", "Another") and \
                all(w.islower() for w in raw.split()[1:]):
            raw = low  # "One official said", "Another says": a sentence's first word, nobody's name
        if raw[0].isupper() and (low in TITLES or (" " in low and _is_post(low.split()))):
            # "the Minister said", "the Secretary General said": whoever the text names with that title
            self._read_text()
            return self.roles.get(low) or self._title_holder(raw) or raw
        if (raw[0].islower() and not _JOINED.match(raw)) or low.startswith(("the ", "a ", "an ")):
            self._read_text()
            words = low.split()
            role = words[-1].rstrip("s")
            if words[0] in ("the",) and role in self.roles:
                return self.roles[role]
            if words[0] == "the" and len(words) <= 3 and (
                    _AGED.fullmatch(words[1]) or (words[-1] in DESCRIPTORS and words[-1] not in TITLES)):
                return self.last_person(pos)  # "the 58-year-old told Al Jazeera", "the pensioner said"
            if words[0] == "the" and len(words) <= 3 and words[-1] in TITLES:
                return self._title_holder(words[-1].capitalize())  # "the mayor promised": whom the text
                # calls so ("Kemptal's First Mayor Florian Guggemos"), not the title's words as a body
            if words[0] == "the" and len(words) <= 3:
                return self._named_body(words[-1], pos)
            if words[0] == "the" and len(words) > 3 and words[1] in ROLES and words[2] == "of":
                seat = raw.split()[4 if words[3] == "the" else 3:]
                if seat and seat[0][:1].isupper():
                    return raw.split(None, 1)[1]  # "the representative of (the) South Sudan": a seat
            if words[0] in ("a", "an", "one", "another") and role in _UNNAMED and len(words) <= 5:
                rest = [w for w in words[1:] if w not in ("of", "the")]  # "one of the sources"
                return " ".join(["unnamed", *rest[:-1], role])  # "a ministry official": said, but not by name
            caps = [t for t in name_tokens(raw) if t[0].isupper() and t not in ("A", "An", "The")]
            return self.resolve(" ".join(caps), pos) if caps else None
        toks = name_tokens(raw)
        initials = "".join(t[0] for t in toks[:-1] if t[0].isupper())
        if len(toks) > 2 and toks[-1].isupper() and toks[-1] == initials:
            toks = toks[:-1]  # "Korean Central News Agency (KCNA)": the name, not its initials again
        if " ".join(toks) not in self.full:
            self._read_text()  # a full name already learned from a speaker line needs no reading
        for i in range(len(toks)):
            cand = " ".join(toks[i:])
            if cand in self.full and not (i and toks[i - 1] in ("and", "of", "for")):  # "... and Net Zero"
                return cand
        if len(toks) >= 4 and (person := person_name(" ".join(toks))):
            return self._longer(person) or person  # "... Financial Intelligence Marcus J. Delacroix": the
            # person after their post
        bare, _ = _strip_title(toks)
        if len(bare) == 2 and bare[0].isupper() and bare[0].isalpha() and 2 <= len(bare[0]) <= 5 and \
                (full := self.expand(bare[1], pos)) != bare[1]:
            return full  # "FCO Pilling", "DCI Marsh": a post in capitals, then a family name given in full
        if len(toks) == 2 and len(bare) == 1 and len(bare[0].rstrip(".")) == 1:
            return " ".join(toks)  # "Mrs B said": someone the text keeps anonymous, known by the letter
        toks = bare
        if not toks:
            return None
        if len(toks) == 1 and toks[0] in _PRONOUN_WORDS and toks[0] != raw:
            return self.resolve(toks[0], pos)  # "When I", "And he": the pronoun, not a name
        if len(toks) == 1:
            full = self.expand(toks[0].rstrip("."), pos)
            if full.lower() in DEMONYMS:
                return self.last_person(pos)  # "German" of "the German said", no family name here
            return full
        name = " ".join(toks)
        return self._longer(name) or name


def _with_middle(full: str, name: str) -> bool:
    """True when ``full`` is ``name`` with a middle name ("Eleanor Marie Voss" of "Eleanor Voss")."""
    words = name.split()
    return len(words) >= 2 and full.count(" ") > len(words) - 1 and full.startswith(f"{words[0]} ") and \
        full.endswith(f" {words[-1]}")


def _with_second_family_name(full: str, name: str) -> bool:
    """True when ``full`` is ``name`` and one more family name ("Lucía Ferrer Albarracín" of "Lucía
    Ferrer", as a headline shortens a Spanish name)."""
    return " " in name and full.startswith(f"{name} ") and " " not in full[len(name) + 1:] and \
        full[len(name) + 1:len(name) + 2].isupper()


def _one_given_name(names: Sequence[str]) -> bool:
    """True when the names' first words could be one person's ("Sam" and "Samuel Oyelaran")."""
    firsts = [n.split()[0].rstrip(".") for n in names]
    return all(a.startswith(b) or b.startswith(a) for a in firsts for b in firsts)


@functools.lru_cache(maxsize=256)
def _body_pattern(word: str) -> re.Pattern[str]:
    """The name of a body built on ``word``: "Ministry of Commerce", "the Foreign Ministry"."""
    word = re.escape(word)
    return re.compile(rf"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on)\s+)?)*{word}\b"
                      rf"(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)?")


def _is_ing_verb(word: str) -> bool:
    """A lower-case word in -ing: a verb whose object follows ("defending Harker", "representing Ms Lee")."""
    return len(word) > 5 and word.endswith("ing") and word.islower() and word not in ("during", "according")


_DEFINED = re.compile(r"(?<![\w'’])((?:(?:[A-Z][\w&'’.-]*|&)[ \t]+){1,6}[A-Z][\w&'’.-]*(?:[ \t]+plc)?)"
                      r"[ \t]+\([ \t]*(the[ \t]+)?"
                      r"[\"“]([A-Z][\w&'’ -]{1,40}?)[\"”]")
"""A full name and the short name a document defines for it: 'Calderstone Insurance Company Limited
("Calderstone")', 'Harbour & Hearth Group plc ("Harbour & Hearth", ...', or the role it has there: 'Mr
Dario Mendes Ferreira (the "Player")'."""


def _party(full: str) -> str | None:
    """Return whom a party's defined role stands for: the person after an honorific ("Mr Dario Mendes
    Ferreira"), or a body by its full name; None for a phrase that names neither."""
    toks = full.split()
    if toks[0].lower().rstrip(".") in HONORIFICS:
        return person_name(full)
    return full if is_org_like(full) or person_name(full) == full else None


def _letter_alone(text: str, letter: str) -> bool:
    """True when the text calls someone by an honorific and ``letter`` alone ("Ms C lost £38,750"), as a
    court keeps its victims anonymous."""
    return re.search(rf"\b(?:Ms|Mr|Mrs|Miss|Mx|Dr)\.? {letter}(?=[\s,;:'’)]|$)", text) is not None


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Return True when ``text[start:end]`` is not part of a longer word."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _plain_word(text: str, word: str) -> bool:
    """Return True when ``word`` stands in ``text`` in lower case, as an ordinary word."""
    probe = f" {word}"
    at = text.find(probe, 0, _PLAIN_SCAN)
    while at >= 0:  # one pass over the occurrences, then a look at the character after each
        end = at + len(probe)
        if end < min(len(text), _PLAIN_SCAN) and text[end] in " ,.;":
            return True
        at = text.find(probe, at + 1, _PLAIN_SCAN)
    return False
