"""Keyphrase runs of one sentence: the words an area could be named after, read per source.

A run is a stretch of words between punctuation and "break" words (stopwords,
verbs of saying and planning, numbers, adverbs, the verb after a modal). Reading
runs needs only the sentence itself, so it is done with the rest of the
per-source work (in parallel on big inputs); `areas` then only counts them.
"""

from __future__ import annotations

import re

from reportgen.summarize.terms import STOPWORDS, Runs, WordTable, stems_of, words_and_breaks

_ADVERB = re.compile(r"(?:[^aeiou]e|[tnrdghkws]|mp|..al)ly$")
"""Adverbs ("effectively", "nearly", "mainly"), not nouns ending in -ly ("family", "supply", "assembly")."""
MODALS = frozenset("will would can could should must may might shall to cannot".split())
_VERBISH = frozenset(
    "make makes making build builds improve improves promote promotes strengthen strengthens advance "
    "advances ensure ensures support supports help helps enhance enhances expand expands focus focuses "
    "continue continues seek seeks become becomes keep keeps hope hopes need needs "
    "want wants say says told tell tells think thinks expect expects believe believes add adds "
    "rise rises rose fall falls fell grow grows grew show shows showed take takes took give gives gave "
    "plan plans aim aims call calls ask asks get gets got go goes went come comes came "
    # past forms that do not end in -ed ("the court heard", "victims paid", "snow used")
    "heard paid used made held met sent spent built found kept brought bought thought sought taught caught "
    "began begun saw seen knew known wrote written became done stood sold set".split()
)
_COUNT_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
    "hundreds thousand thousands million millions billion billions percent first second third fourth "
    "fifth last next year years month months week weeks day days today yesterday tomorrow".split()
)
"""Numbers and stretches of time: never what an area is about."""


def _role(word: str) -> str:
    """Return what a word does to a keyphrase run, as one letter: J joins it (C if capitalised), B breaks
    it, M is a modal (breaks, and the word after it is a verb), and "." is punctuation ending a clause."""
    if not word:
        return "."
    low = word.lower().replace("’", "'")  # "don’t" is "don't"
    if low in MODALS:
        return "M"
    if low in STOPWORDS or low in _VERBISH or low in _COUNT_WORDS or len(low) < 3 or (
            any(c.isdigit() for c in low)) or (low.endswith("ed") and len(low) > 4) or (
            _ADVERB.search(low) is not None):
        return "B"
    return "C" if word[0].isupper() else "J"


_ROLES = WordTable(_role)
_RUN = re.compile(r"(?<!M)[JC]+")
"""A run: joining words, not starting right after a modal ("will improve care": "care")."""
_CAPITAL = re.compile(r"(?<!M)C")


def _runs(words: list[str]) -> tuple[str, list[re.Match[str]]]:
    # The roles as a string, so the runs are found by the regex engine, not a Python loop per word.
    roles = "".join(map(_ROLES.__getitem__, words))
    return roles, list(_RUN.finditer(roles))


def chunks(text: str) -> list[list[str]]:
    """Return stopword-free runs of surface words; a word after a modal ("will improve") is a verb."""
    words = words_and_breaks(text)
    return [words[m.start():m.end()] for m in _runs(words)[1]]


def phrase_runs(words: list[str]) -> Runs:
    """Return the keyphrase runs of a sentence's ``words_and_breaks`` as stems, and the capitalised stems."""
    roles, found = _runs(words)
    if not found:
        return (), ()
    stems = stems_of(words)
    runs = tuple(tuple(stems[a:b]) for a, b in map(re.Match.span, found))
    capitals = tuple(stems[m.start()] for m in _CAPITAL.finditer(roles)) if "C" in roles else ()
    return runs, capitals
