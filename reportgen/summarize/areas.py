"""The N areas of a briefing: a source's own enumeration when it has one, else derived from content.

Enumerations ("First, sci-tech innovation. We will ..."; "1."; "(a)"; bullets)
are read as the author's areas: the heading is the title, the sentences under it
are the points. Otherwise areas come from keyphrases: stopword-free runs of one
to three words, scored by how many sentences share them (longer phrases favoured,
lone names disfavoured), then greedily given the best unused sentences that
contain them. Everything is linear in the number of sentences.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from reportgen.model import Area, Cite, Passage
from reportgen.settings import AreaHint
from reportgen.summarize.debris import is_back_matter, is_document_part, is_furniture_label
from reportgen.summarize.keyphrases import MODALS, chunks
from reportgen.summarize.terms import Sent, content_terms, similarity, stem
from reportgen.summarize.text import Span

_ORDINALS = {
    "first": 1, "firstly": 1, "second": 2, "secondly": 2, "third": 3, "thirdly": 3, "fourth": 4,
    "fourthly": 4, "fifth": 5, "fifthly": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "finally": 0, "lastly": 0, "last": 0,
}
_ORDINAL = re.compile(r"(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Firstly|Secondly"
                      r"|Thirdly|Fourthly|Fifthly|Finally|Lastly)(?:ly)?\s*[,:]\s*")
_NUMBER = re.compile(r"\(?(\d{1,2})[.)]\s+|\((\d{1,2})\)\s*")
_LETTER = re.compile(r"\(?([a-h])\)\s+|([a-h])\.\s+")
_ROMAN = re.compile(r"\(?(i{1,3}|iv|v|vi{1,3}|ix|x)[.)]\s+")
_BULLET = re.compile(r"([-•*·▪◦‣●–—])\s+")
_GENERIC = frozenset(
    "development area region city country people year time way part world work government official "
    "number level place thing issue day week month matter process state nation side effort plan "
    "measure result point case group system percent thank question minute hour decade century".split()
)
_ADJECTIVE = re.compile(r"(?:ic|al|ous|ive|est|ful|ible|able|[’'])$")
_MARKER_START = frozenset("FSTLEN(0123456789abcdefghivx-•*·▪◦‣●–—")
_ROMANS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
@dataclass
class _Item:
    """One enumerated item: its order, its heading (if short enough to be one) and its point spans."""

    style: str
    order: int
    doc_index: int
    position: int
    heading: str | None
    points: list[tuple[Sent, Span]] = field(default_factory=list)


def _marker(text: str, para_start: bool) -> tuple[str, int, int] | None:
    """Return (style, order, length of the marker) when ``text`` opens with an enumeration marker."""
    if text[:1] not in _MARKER_START:
        return None
    m = _ORDINAL.match(text)
    if m:
        return "ordinal", _ORDINALS[m.group(1).lower()], m.end()
    if not para_start:
        return None
    for style, rx in (("number", _NUMBER), ("roman", _ROMAN), ("letter", _LETTER)):
        m = rx.match(text)
        if m:
            key = m.group(1) or m.group(2)
            order = int(key) if style == "number" else _ROMANS.get(key) if style == "roman" else (
                ord(key.lower()) - ord("a") + 1)
            return style, order or 0, m.end()
    m = _BULLET.match(text)
    if m:
        return "bullet", 0, m.end()
    return None


def _sub(sent: Sent, offset: int) -> Span:
    """Return the part of a sentence from ``offset`` on, trimmed, as a span of the source."""
    text = sent.span.text
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return Span(sent.span.start + offset, sent.span.end, text[offset:])


_LEADING_PREPOSITION = re.compile(r"^(?:Under|In|On|For|With|At|Through|Regarding|About)\s+(?=\S+\s)")


def _heading(rest: Span) -> tuple[str | None, Span | None]:
    """Split an item's first sentence into a heading and the point that follows it, if any."""
    text = rest.text
    colon = re.search(r"[:：]\s+|\s[–—]\s", text[:80])
    if colon and 1 <= len(text[:colon.start()].split()) <= 8:
        body = Span(rest.start + colon.end(), rest.end, text[colon.end():])
        head = _LEADING_PREPOSITION.sub("", text[:colon.start()].strip())  # "Under Deendayal ...": the name
        return head, body if len(body.text.split()) >= 4 else None
    words = text.split()
    if len(words) <= 6 and not any(w.lower() in MODALS for w in words):
        return _CLOSING_DASH.sub("", text.rstrip(".;:!").strip()) or None, None
    return None, rest


_CLOSING_DASH = re.compile(r"\s+[-–—]$")
"""The dash closing a wire's crosshead ("- Desalination push -"), as the marker opened it: no word of it."""


def _sections(sents: Sequence[Sent], headings: Sequence[Sequence[Span]]) -> list[list[_Item]]:
    """Return, per source with two or more, its section headings with the sentences under each."""
    runs: list[list[_Item]] = []
    items: list[_Item] = []
    queue: Sequence[Span] = ()
    doc, at = -1, 0
    for s in sents:
        if s.doc_index != doc:
            if len(items) >= 2:
                runs.append(items)
            doc, items, at = s.doc_index, [], 0
            queue = headings[doc] if doc < len(headings) else ()
        while at < len(queue) and queue[at].start < s.span.start:
            head = queue[at]
            at += 1
            items.append(_Item("section", len(items) + 1, doc, s.position, " ".join(head.text.split())))
        if items and s.usable:
            items[-1].points.append((s, s.span))
    if len(items) >= 2:
        runs.append(items)
    return [kept for run in runs if len(kept := _real_sections(run)) >= 2]


def _real_sections(run: list[_Item]) -> list[_Item]:
    """Drop headings that repeat ("Advertisement"), head nothing or sign the page: furniture, not sections."""
    seen = Counter((i.heading or "").lower() for i in run)
    return [i for i in run if seen[(i.heading or "").lower()] == 1 and i.points and not _signs_off(i)]


def _signs_off(item: _Item) -> bool:
    """A credit line ("Source: AP"), a release's back matter ("About Keystride Networks"), a part every
    transcript of its kind has ("Questions and Answers") or an author's name over the author's note
    ("DANIEL OKAFOR" over "Okafor covers Virginia politics ..."): the page's frame, not a section of
    the story."""
    head = item.heading or ""
    if is_furniture_label(head) or is_back_matter(head) or is_document_part(head):
        return True
    words = head.split()
    return 2 <= len(words) <= 3 and all(w.isalpha() and w[0].isupper() for w in words) and \
        item.points[0][1].text.startswith(words[-1].title() + " ")


def enumerations(sents: Sequence[Sent], headings: Sequence[Sequence[Span]] = ()) -> list[list[_Item]]:
    """Return runs of enumerated items in order (1, 2, 3 ..., bullets, section headings), per source.

    ``headings`` holds each source's section headings (`Layout.headings`).
    """
    items: list[_Item] = []
    current: _Item | None = None
    marker_para = -1
    prev: Sent | None = None
    follow = 0  # paragraphs a heading-only item may still take (the one below it)
    for s in sents:
        new_para = prev is None or prev.para_index != s.para_index or prev.doc_index != s.doc_index
        prev = s
        mk = _marker(s.span.text, new_para)
        if mk:
            style, order, length = mk
            heading, point = _heading(_sub(s, length))
            if heading is None and style == "ordinal":
                point = s.span  # "First, the city will ..." reads best whole
            current = _Item(style, order, s.doc_index, s.position, heading)
            if point is not None and len(point.text.split()) >= 4:
                current.points.append((s, point))
            items.append(current)
            marker_para, follow = s.para_index, 1
            continue
        if current is None or current.doc_index != s.doc_index:
            continue
        if new_para:
            # Only an item whose marker line is a bare heading runs on into the paragraphs below.
            ends_list = s.span.text.rstrip().endswith(":")
            if any(p.para_index == marker_para for p, _ in current.points) or follow <= 0 or ends_list:
                current = None
                continue
            follow -= 1
        if s.usable:
            current.points.append((s, s.span))
    runs: list[list[_Item]] = []
    for item in items:
        last = runs[-1][-1] if runs else None
        if last is not None and last.style == item.style and last.doc_index == item.doc_index and \
                (item.style.startswith("bullet") or item.order in (last.order + 1, 0)):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [r for r in runs if len(r) >= 2] + _sections(sents, headings)


def _best_run(runs: list[list[_Item]], n: int) -> list[_Item]:
    if not runs:
        return []

    def rank(run: list[_Item]) -> tuple[int, int, int, int, int]:
        headed = sum(1 for i in run if i.heading) * 2 >= len(run)
        marked = run[0].style != "section"  # an explicit list says "these are the points" more surely
        closeness = -abs(min(len(run), 2 * n) - n)
        return (int(headed), int(marked), closeness, -run[0].doc_index, -run[0].position)

    run = max(runs, key=rank)
    if len(run) > n:
        keep = sorted(run, key=lambda i: (-bool(i.heading), -len(i.points), i.position))[:n]
        run = sorted(keep, key=lambda i: i.position)
    return run


@dataclass
class _Phrases:
    """Keyphrase candidates: score, the sentences holding each, and (lazily) its surface form."""

    score: dict[tuple[str, ...], float]
    holders: dict[tuple[str, ...], list[Sent]]
    names: set[tuple[str, ...]]
    _surface: dict[tuple[str, ...], str] = field(default_factory=dict)

    def surface(self, key: tuple[str, ...]) -> str:
        """Return the phrase as most often written; lower-cased unless it is a name."""
        if key not in self._surface:
            forms: Counter[str] = Counter()
            for s in self.holders.get(key, ())[:50]:
                for chunk in chunks(s.span.text):
                    stems = [stem(w) for w in chunk]
                    for i in range(len(chunk) - len(key) + 1):
                        if tuple(stems[i:i + len(key)]) == key:
                            forms[" ".join(chunk[i:i + len(key)])] += 1
            if not forms:
                return " ".join(key)
            form = min(forms, key=lambda f: (-forms[f], f))
            capital = sum(c for f, c in forms.items() if f[0].isupper())
            name = capital * 2 > sum(forms.values()) and " " in form
            self._surface[key] = form if name else form.lower()
        return self._surface[key]


@lru_cache(maxsize=65536)
def _is_adjective(word: str) -> bool:
    return bool(_ADJECTIVE.search(word))


MINE_LIMIT = 6000
"""Phrases are mined from at most this many sentences (the most central), to stay fast on big inputs."""


def _phrases(pool: Sequence[Sent], top: int = 300) -> _Phrases:
    if len(pool) > MINE_LIMIT:
        pool = sorted(pool, key=lambda s: (-s.centrality, s.doc_index, s.position))[:MINE_LIMIT]
    per_sent: list[set[tuple[str, ...]]] = []
    for s in pool:
        keys: set[tuple[str, ...]] = set()
        for stems in s.phrases[0]:
            keys.update(zip(stems))  # one-word keys
            if len(stems) > 1:
                keys.update(zip(stems, stems[1:], strict=False))
            if len(stems) > 2:
                keys.update(zip(stems, stems[1:], stems[2:], strict=False))
        per_sent.append(keys)
    sf = Counter(chain.from_iterable(per_sent))  # counted once, in C
    capital = Counter(chain.from_iterable(s.phrases[1] for s in pool))
    n = len(pool) or 1
    score: dict[tuple[str, ...], float] = {}
    names: set[tuple[str, ...]] = set()
    for key, count in sf.items():
        if count < 2 or count > 0.5 * n and n > 8 or _is_adjective(key[-1]):
            continue
        value = count * (1 + 1.0 * (len(key) - 1))
        if len(key) == 1 and capital[key[0]] * 2 > count:
            value *= 0.4  # a lone name ("Xi") is a subject, not an area
            names.add(key)
        if key[-1] in _GENERIC:
            value *= 0.3 if len(key) == 1 else 0.8  # "development" alone says nothing
        score[key] = value
    best = sorted(score, key=lambda k: (-score[k], k))[:top]
    wanted = set(best)
    holders: dict[tuple[str, ...], list[Sent]] = defaultdict(list)
    for s, keys in zip(pool, per_sent, strict=True):
        for key in keys & wanted:
            holders[key].append(s)
    for found in holders.values():
        found.sort(key=lambda s: (-s.centrality, s.doc_index, s.position))
    return _Phrases({k: score[k] for k in best}, dict(holders), names)


class _Picker:
    """Hands out sentences to areas, never the same sentence (or a near copy of it) twice."""

    NEAR = 0.8
    """Cosine above which two sentences (say, one story in two sources) count as one."""

    def __init__(self, avoid: set[int]) -> None:
        self.used: set[int] = set()
        self.keys: set[str] = set()
        self.chosen: list[Sent] = []
        self.avoid = avoid

    def free(self, s: Sent, allow_avoided: bool) -> bool:
        fresh = id(s) not in self.used and s.key not in self.keys
        if not fresh or (not allow_avoided and id(s) in self.avoid):
            return False
        return not any(similarity(s, c) > self.NEAR for c in self.chosen)

    def take(self, s: Sent) -> None:
        self.used.add(id(s))
        self.keys.add(s.key)
        self.chosen.append(s)


def _points(chosen: Sequence[Sent]) -> tuple[Passage, ...]:
    ordered = sorted(chosen, key=lambda s: (s.doc_index, s.position))
    return tuple(Passage(s.span.text, (Cite(s.doc_id, s.span.start, s.span.end),)) for s in ordered)


def _hint_areas(hints: Sequence[AreaHint], pool: Sequence[Sent], picker: _Picker) -> list[Area]:
    areas = []
    for hint in hints:
        terms = set(content_terms(" ".join((hint.title, *hint.keywords))))
        scored = []
        for s in pool:
            hits = len(terms.intersection(s.terms))
            if hits and picker.free(s, True):
                scored.append((-hits, -s.centrality, s.doc_index, s.position, s))
        chosen = [t[-1] for t in sorted(scored, key=lambda t: t[:4])[:4]]
        for s in chosen:
            picker.take(s)
        areas.append(Area(hint.title, _points(chosen)))
    return areas


def _enumerated_areas(run: Sequence[_Item], phrases: _Phrases, picker: _Picker) -> list[Area]:
    areas = []
    titles: set[str] = set()
    for item in run:
        kept = [(s, span) for s, span in item.points if picker.free(s, False)]
        if len(kept) < 2:
            kept = [(s, span) for s, span in item.points if picker.free(s, True)]
        kept = kept[:4]
        title = item.heading or _title_from(kept, phrases) or ""
        if not kept or not title or title.lower() in titles:
            continue  # an item whose sentences all went to the context is no area: it would stand empty
        titles.add(title.lower())
        for s, _ in kept:
            picker.take(s)
        areas.append(Area(title, tuple(Passage(span.text, (Cite(s.doc_id, span.start, span.end),))
                                       for s, span in kept)))
    return areas


_OBJECT = re.compile(r"\b(?:will|shall|should|must|to|can|would|plans? to|aims? to)\s+\w+\s+(.*)", re.I)


def _title_from(points: Sequence[tuple[Sent, Span]], phrases: _Phrases) -> str | None:
    """Return a title for an item without a heading: what its first sentence acts on, else a keyphrase.

    "the city will expand its tram network to ..." is titled "tram network": the
    first stopword-free run after the first modal and its verb.
    """
    if not points:
        return None
    m = _OBJECT.search(points[0][1].text)
    if m:
        for chunk in chunks(m.group(1))[:1]:
            words = chunk[:3]
            named = any(w[0].isupper() for w in words[1:])
            return " ".join(words) if named else " ".join(words).lower()
    best: tuple[float, str] | None = None
    for _, span in points:
        for chunk in chunks(span.text):
            stems = [stem(w) for w in chunk]
            for size in (3, 2, 1):
                for i in range(len(chunk) - size + 1):
                    key = tuple(stems[i:i + size])
                    value = phrases.score.get(key, 0.0) + 0.1 * size
                    if best is None or value > best[0]:
                        known = key in phrases.score
                        best = (value, phrases.surface(key) if known else " ".join(chunk[i:i + size]).lower())
    return best[1] if best else None


SPREAD = 0.5
"""Each area already drawn from one source alone scales the phrases found in that source alone by
this, so that a long source does not take every area from shorter ones. Phrases that several
sources share are never scaled: they are the themes a briefing of many sources is for. With one
source the order is unchanged."""


def _only_source(sents: Sequence[Sent]) -> int:
    """Return the doc index all of ``sents`` come from, or -1 when they come from several (or none)."""
    docs = {s.doc_index for s in sents}
    return docs.pop() if len(docs) == 1 else -1


def _derived_areas(
    want: int, phrases: _Phrases, picker: _Picker, taken_titles: set[str],
) -> list[Area]:
    areas: list[Area] = []
    title_words = {w for t in taken_titles for w in t.split()}
    lead = {k: _only_source(phrases.holders.get(k, [])[:4]) for k in phrases.score}
    drawn: Counter[int] = Counter()  # derived areas so far drawn from one source alone, by source

    def rank(keys: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
        return sorted(keys, key=lambda k: (-phrases.score[k] * SPREAD ** drawn[lead[k]], k))

    for allow_avoided, least in ((False, 2), (True, 2), (True, 1)):
        pending = rank(list(phrases.score))
        while pending and len(areas) < want:
            for i, key in enumerate(pending):
                found = _derived_area(key, least, allow_avoided, phrases, picker, taken_titles, title_words)
                if found is not None:
                    areas.append(found[0])
                    if (only := _only_source(found[1])) >= 0:
                        drawn[only] += 1
                    pending = rank(pending[i + 1:])  # the keys before failed, and would fail again
                    break
            else:
                pending = []
    return areas


def _derived_area(key: tuple[str, ...], least: int, allow_avoided: bool, phrases: _Phrases, picker: _Picker,
                  taken_titles: set[str], title_words: set[str]) -> tuple[Area, list[Sent]] | None:
    """Return the area around keyphrase ``key`` and its sentences (taken from ``picker``), or None."""
    if least > 1 and len(key) == 1 and (key[0] in _GENERIC or key in phrases.names):
        return None  # "development" or "Davies" alone is no topic
    if sum(1 for w in key if w in title_words) * 2 > len(key):
        return None
    chosen: list[Sent] = []
    for s in phrases.holders.get(key, ()):  # most central first
        if len(chosen) == 4:
            break
        if picker.free(s, allow_avoided) and all(
                s.key != c.key and similarity(s, c) <= picker.NEAR for c in chosen):
            chosen.append(s)
    title = (_widen(key, chosen, phrases) or phrases.surface(key)) if len(chosen) >= least else ""
    if not title or title.lower() in taken_titles:
        return None
    for s in chosen:
        picker.take(s)
    taken_titles.add(title.lower())
    title_words.update(key)
    return Area(title, _points(chosen)), chosen


def _widen(key: tuple[str, ...], chosen: Sequence[Sent], phrases: _Phrases) -> str | None:
    """Return a two-word phrase around a one-word key ("new orders" for "orders"), or None.

    A lone word is a weak title: take the best-scored pair that holds the word
    and stands in at least one of the area's own sentences.
    """
    if len(key) != 1:
        return None
    mine = {id(s) for s in chosen}
    pairs = [k for k in phrases.score if len(k) == 2 and key[0] in k
             and any(id(s) in mine for s in phrases.holders.get(k, ()))]
    if not pairs:
        return _pair_around(key[0], chosen)
    return phrases.surface(min(pairs, key=lambda k: (-phrases.score[k], k)))


def _pair_around(term: str, chosen: Sequence[Sent]) -> str | None:
    """Return the word pair holding ``term`` in the area's own sentences ("offshore wind" for "wind").

    For a short source no pair repeats, so the title comes from how the area's
    sentences word it: the term as the head noun ("unit price") beats the term
    as a modifier ("winter demand"); then the more frequent, then the earlier.
    """
    found: dict[str, list[int]] = {}
    order = 0
    for s in chosen:
        for chunk in chunks(s.span.text):
            for i, word in enumerate(chunk):
                if stem(word) != term:
                    continue
                for pair, weight in ((chunk[i - 1:i + 1], 2), (chunk[i:i + 2], 1)):
                    # Written as is: not a possessive ("world's chips", "operators' websites").
                    written = " ".join(pair)
                    if len(pair) == 2 and written in s.span.text and not pair[0].endswith(("'s", "’s")):
                        form = written if all(w[0].isupper() for w in pair) else written.lower()
                        found.setdefault(form, [0, order])[0] += weight
                        order += 1
    if not found:
        return None
    return min(found, key=lambda f: (-found[f][0], found[f][1]))


def enumerated(runs: Sequence[Sequence[_Item]]) -> set[int]:
    """Return ids of the sentences inside enumerated items: they belong to areas, not to context."""
    return {id(s) for run in runs for item in run for s, _ in item.points}


def find_areas(
    sents: Sequence[Sent],
    n: int = 4,
    hints: Sequence[AreaHint] = (),
    avoid: Sequence[Sent] = (),
    runs: Sequence[Sequence[_Item]] | None = None,
) -> list[Area]:
    """Return up to ``n`` areas (exactly ``n`` whenever the sources hold enough sentences).

    Hints come first, then the best enumeration found in any source, then areas
    derived from keyphrases fill what is left. ``avoid`` (the context sentences)
    is used only when nothing else would do; ``runs`` are the enumerations if
    already found.
    """
    if n <= 0:
        return []
    pool = [s for s in sents if s.usable]
    picker = _Picker({id(s) for s in avoid})
    phrases = _phrases(pool)
    areas = _hint_areas(hints[:n], pool, picker)
    if len(areas) < n:
        found = enumerations(sents) if runs is None else [list(r) for r in runs]
        run = _best_run(found, n - len(areas))
        areas += _enumerated_areas(run, phrases, picker)[: n - len(areas)]
    if len(areas) < n:
        taken = {a.title.lower() for a in areas}
        areas += _derived_areas(n - len(areas), phrases, picker, taken)
    return areas[:n]
