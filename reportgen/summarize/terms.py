"""Sentences as weighted terms: the shared ground of the context and area steps.

Each source is split once into `Sent`s; each gets its content terms (lower-cased,
crudely singularised, stopwords out) and a TF-IDF weight over all sentences of
all sources. Centrality is the cosine to the corpus centroid: a sentence that
shares the vocabulary of the whole is more representative of it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from operator import mul
from typing import TypeVar

from reportgen.summarize.text import Span

STOPWORDS = frozenset(
    """a about above across after again against all almost also although always am among an and another
    any are around as at be because been before being below between both but by can could did do does
    doing done down during each either else even ever every few for from further had has have having he
    her here hers herself him himself his how however i if in into is it its itself just least less like
    made make many may me might more most much must my myself neither no nor not now of off often on once
    one only or other others our ours ourselves out over own per quite rather really said same say says
    see several shall she should since so some still such than that the their theirs them themselves then
    there these they this those though through thus to too toward towards under until up upon us very via
    was we well were what when where whether which while who whom whose why will with within without
    would yet you your yours also additionally moreover furthermore first second third fourth fifth last
    finally thank thanks question goes told according including include includes included new
    mr mrs ms dr its it's let lets get got go going went come came take took put us within across
    already just ask asked asks told tell tells reported report reports noted added stated
    near along alongside beside besides behind beyond inside outside onto amid amongst throughout despite
    except unlike next that's it's there's what's here's don't doesn't didn't won't can't isn't aren't
    wasn't weren't we're they're we've i'm you're cent pct eur usd gbp cny rmb crore lakh bpd january february
    april june july august september october november december""".split()
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–]|\.\s|\s-\s")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|my|me)\b", re.IGNORECASE)
_TF = [0.0] + [1 + math.log(c) for c in range(1, 16)]
_PLEASANTRY = re.compile(
    r"^(?:thank|thanks|good (?:morning|afternoon|evening)|hello|ladies|(?:and )?with that,)", re.I)
_HANDOVER = re.compile(r"\b(?:turn|hand) (?:the call |it |things )?over to\b"
                       r"|\bopen (?:up )?the (?:lines?|floor) (?:for|to) (?:your )?questions\b"
                       r"|\b(?:ready|happy|glad|pleased) to take (?:your |some |a few )?questions\b"
                       r"|\b(?:take|answer) (?:the|your|that|this) (?:\w+ )?question\b"
                       r"|\bfirst up (?:is|will be)\b|\b(?:in|on) the (?:video )?player above\b", re.I)
"""A host's words that run the event, not a point: "I'll turn the call over to our CFO.", "let's open
the line for questions", "We are now ready to take your questions.", "Let me take the second question
first.", "First up is Marcus Ofori, ...";
and a page's word on its video ("Watch the full news conference in the player above."). A greeting or
thanks, and "With that, ...", open on _PLEASANTRY."""
_HANDOVER_WORDS = (" over to ", " the line", " the floor ", " question", "irst up ", " player above")
"""A part of every wording _HANDOVER knows: a cheap test first."""


V = TypeVar("V")


class WordTable(dict[str, V]):
    """What ``derive`` says of a word, learnt on first sight so later lookups stay in C.

    Bounded, and keyed by the word alone: word forms repeat far more than they vary.
    """

    def __init__(self, derive: Callable[[str], V]) -> None:
        super().__init__()
        self.derive = derive

    def __missing__(self, word: str) -> V:
        value = self.derive(word)
        if len(self) < 500_000:
            self[word] = value
        return value


def stem(word: str) -> str:
    """Return a crude singular, lower-cased form so "zones" and "zone" count as one term."""
    return _STEMS[word]


def stems_of(words: list[str]) -> list[str]:
    """Return the stem of each of ``words``, in order (a lookup per word, done in C)."""
    return list(map(_STEMS.__getitem__, words))


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")):
        return w[:-1]
    return w


def _term(token: str) -> str:
    """Return the token's term, or "" for a stopword."""
    term = stem(token)
    return "" if term in STOPWORDS or len(term) < 2 else term


_STEMS = WordTable(_stem)
_TERMS = WordTable(_term)


def content_terms(text: str) -> list[str]:
    """Return the stemmed content words of ``text`` in order, stopwords left out."""
    return terms_of(_TOKEN.findall(text))


def terms_of(words: list[str]) -> list[str]:
    """Return the content terms of ``words`` (as `words_and_breaks` gives them), in order."""
    return list(filter(None, map(_TERMS.__getitem__, words)))


@dataclass(eq=False)
class Sent:
    """One sentence of one source, with what the scoring steps need to know of it."""

    doc_id: str
    doc_index: int
    position: int
    para_index: int
    span: Span
    terms: tuple[str, ...]
    """The content terms, each once, in order of first use."""
    counts: tuple[int, ...] | None
    """How often each term occurs, or None when every one occurs once (most sentences)."""
    words: int
    usable: bool
    phrases: Runs
    weights: dict[str, float] = field(default_factory=dict)
    centrality: float = 0.0

    @cached_property
    def key(self) -> str:
        """Return the sentence folded for duplicate checks across sources."""
        return " ".join(self.span.text.lower().split())


_LABELLED_NUMBER = re.compile(r"[:\u2013-]\s+[$€£]?\d")
"""A label, then its number: "Homes without power at peak: 141,500", "Public Works - $62.3M"."""


def is_usable(text: str, words: int) -> bool:
    """Return True when a sentence can stand as a point: a whole statement, not a question or fragment."""
    stripped = text.strip()
    if words < 6 or words > 90 or not stripped:
        return False
    if stripped.rstrip("\"'”’)").endswith(("?", ":")) or "?" in stripped[-3:]:
        return False
    first = stripped.lstrip("\"'“‘(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if stripped[-1] not in ".!”\"’)…":
        return False  # a heading or a cut-off line
    if stripped[-1] == ")" and stripped[-2:-1] not in ".!?…" and "(" in stripped and (
            len(stripped[:stripped.rfind("(")].split()) < 6 or not _LABELLED_NUMBER.search(stripped)):
        return False  # "11 Pike (Substituted for Amadi, 81')", "Press Conference by the Chief Cabinet
        # Secretary (Excerpt)": a row of a list or a heading, finished by a bracket alone; a row that
        # gives a number ("Highest gust: 103mph at Inverbervie (Met Office)") is a point
    if any(w in stripped for w in _HANDOVER_WORDS) and _HANDOVER.search(stripped):
        return False
    if "\n" in stripped and ("   " in stripped or "\t" in stripped) and len(_CELL_GAP.findall(stripped)) >= 2:
        return False  # a table's rows ("Operating cash flow     4.1      Offshore wind   5.9"): no statement
    return not _PLEASANTRY.match(stripped)


_CELL_GAP = re.compile(r"\S(?:[ ]{3,}|\t)\S[^\n]*\n")
"""A line of a table, its cells set apart by a wide gap, and another line after it."""


def first_person(text: str) -> bool:
    """Return True when the sentence speaks in the first person (a speaker, not a narrator)."""
    return bool(_FIRST_PERSON.search(text))


Runs = tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]
"""A sentence's keyphrase runs as stems, and the stems of its capitalised run words (see keyphrases)."""

Facts = tuple[tuple[str, ...], tuple[int, ...] | None, int, bool, Runs]
"""What one sentence is on its own: its content terms and their counts (as in `Sent`), word count,
whether it can be a point, and (for one that can) its keyphrase runs."""


def term_counts(terms: list[str]) -> tuple[tuple[str, ...], tuple[int, ...] | None]:
    """Return the distinct ``terms`` in order and their counts (None when none repeats)."""
    unique = tuple(dict.fromkeys(terms))
    if len(unique) == len(terms):
        return unique, None
    return unique, tuple(Counter(terms).values())


def _tf(count: int) -> float:
    return _TF[count] if count < 16 else 1 + math.log(count)


def build(docs: Sequence[tuple[str, Sequence[Sequence[Span]], Sequence[Facts]]]) -> list[Sent]:
    """Return every sentence of ``docs`` ((id, sentences per paragraph, their facts)) with TF-IDF weights."""
    sents: list[Sent] = []
    for d, (doc_id, per_para, facts) in enumerate(docs):
        pos = 0
        for p, spans in enumerate(per_para):
            for span in spans:
                sents.append(Sent(doc_id, d, pos, p, span, *facts[pos]))
                pos += 1
    df = Counter(chain.from_iterable(s.terms for s in sents))
    n = len(sents) or 1
    idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
    centroid: dict[str, float] = dict.fromkeys(idf, 0.0)
    for s in sents:
        values = list(map(idf.__getitem__, s.terms))
        if s.counts is not None:
            values = [_tf(c) * v for c, v in zip(s.counts, values, strict=True)]
        scale = 1.0 / (math.hypot(*values) or 1.0)
        s.weights = weights = dict(zip(s.terms, map(scale.__mul__, values), strict=True))
        for t, v in weights.items():
            centroid[t] += v
    cnorm = math.hypot(*centroid.values()) or 1.0
    get = centroid.__getitem__
    for s in sents:
        s.centrality = sum(map(mul, s.weights.values(), map(get, s.weights))) / cnorm
    return sents


def similarity(a: Sent, b: Sent) -> float:
    """Return the cosine of two sentences' term weights."""
    if len(a.weights) > len(b.weights):
        a, b = b, a
    return sum(v * b.weights.get(t, 0.0) for t, v in a.weights.items())


_WORD_OR_BREAK = re.compile(f"({_TOKEN.pattern})|{_CLAUSE_BREAK.pattern}")


def words_and_breaks(text: str) -> list[str]:
    """Return the words of ``text`` in order, with "" wherever punctuation ends a clause.

    One pass serves both the content terms and the keyphrase runs of a sentence.
    """
    return _WORD_OR_BREAK.findall(text)
