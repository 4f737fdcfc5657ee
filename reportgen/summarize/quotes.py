"""Quotes: words someone said, who said them, cited to the character.

News copy: quote marks (curly or straight) paired per paragraph, with the
repairs real copy needs: an opening mark lost at the start of a paragraph, a
quote running over paragraphs (the opening mark repeated on each, or the
closing mark only on the last). The speaker comes from the attribution next to
the quote ("X said", "said X, title", "according to X", "he added"), else from
earlier in the paragraph, else carried over from the previous paragraph.
Transcripts: the substantive sentences of each answer, given to the person on
the speaker line above them; questions and the moderator's hand-offs are left out.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, takewhile

from reportgen.model import Cite, Quote
from reportgen.summarize.debris import (
    FOOTNOTE_MARKS,
    SENTENCE_WITHIN,
    ends_on_footnote,
    footnotes,
    is_boilerplate,
)
from reportgen.summarize.numbers import CARDINAL_WORDS
from reportgen.summarize.people import (
    DESCRIPTORS,
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NAMED_ONLY_AS,
    POSTNOMINALS,
    PSEUDONYM,
    ROLES,
    SHORT_TITLES,
    TITLES,
    UPPER,
    People,
    as_written,
    is_name_word,
    is_org_like,
    person_name,
    word_trie,
)
from reportgen.summarize.terms import STOPWORDS
from reportgen.summarize.text import Span, past_lead, sentences
from reportgen.summarize.transcript import (
    FIRST_PERSON,
    PARTIES,
    STATION,
    Turn,
    a_question,
    asks,
    speaker_roles,
    speaker_turns,
)

_NONSPACE = re.compile(r"\S")
_LOOK_BACK = 600  # characters read back for an attribution
_MARKS = '“”"„«»＂'
_MARK = re.compile(f"[{_MARKS}]")
_OPENERS = "“„«"
_CLOSERS = "”»"
# A metadata prefix a pasted page leaves before the text: "date 2023-11-30 ,[The region] ".
_PREFIX = re.compile(r"(?:[a-z]+\s*[:=]?\s*\d{4}-\d{1,2}-\d{1,2}\s*[,;|]?\s*)?(?:\[[^\]\n]{0,60}\]\s*)?")


def _body_start(text: str) -> int:
    """Return where ``text`` starts after such a prefix (0 without one)."""
    prefix = _PREFIX.match(text)
    return prefix.end() if prefix else 0

_VERBS = """
said says say told tells added adds stressed stresses noted notes emphasized emphasised emphasizes
emphasises underlined underscored stated states remarked declared explained warned urged asked argued
insisted wrote writes tweeted posted commented recalled acknowledged admitted announced observed continued
concluded highlighted reiterated affirmed vowed pledged promised maintained replied answered responded
suggested described called calls believes cautioned predicted proclaimed quipped joked recounted assured
confirmed claimed mentioned revealed disclosed reported saying adding noting stressing urging warning
admits warns argues insists claims explains recalls describes predicts concedes conceded
observes concludes declares acknowledges suggests contends contended asserts asserted affirms reiterates
cautions responds replies
""".split() + ["pointed out", "points out", "put it", "according to", "According to"]


_VERB = re.compile(rf"\b{word_trie(_VERBS)}\b")
_SAID_BY_IT = re.compile(
    r"\s*(?:It|The (?:statement|group|organi[sz]ation|agency|body|ministry|department))"
    r"(?:\s+(?:also|further|later|then))?\s+(?:said|says|added|warned|stated|noted|wrote|called)\b")
"""A sentence whose speaker is the body quoted just before it."""
_PARTICIPLES = frozenset({"saying", "adding", "noting", "stressing", "urging", "warning"})
_BODY_ACTED = re.compile(r"\s*(?:The\s+)?((?:[A-Z][\w&'’.-]*|of|and|for|the)"
                         r"(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the))*(?:\s+\([A-Z]{2,8}\))?)"
                         r"\s+(?:[a-z]+ed|has\s+[a-z]+ed)\b")
"""A sentence opening on a body's name and what it did: "The Association of ... (AEDN) welcomed"."""
_QUOTED_AS = re.compile(r"[^.!?“”\"]{0,80}?\bquoted\s+([^,.!?“”\"]{1,60}?)\s+as\s+saying\b"
                        r"|([^,.!?“”\"]{1,60}?)\s+(?:was|were|is|has been)\s+quoted\s+as\s+saying\b")
"""A report of a report: "Xinhua quoted him as saying", "the statement quoted her as saying", "a senior
official was quoted as saying": the words are of whoever is quoted, not of who quotes them."""
_ADVERBS = frozenset("""
has have had also further repeatedly once later earlier then previously recently again publicly firmly
clearly would will reportedly specifically frankly openly often frequently just still too
""".split())
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_ANONYMOUS = re.compile(
    r"\b(?:asked|declined|requested|refused|did not want|preferred)\s+(?:us\s+)?"
    r"(?:not\s+to\s+(?:be\s+(?:named|identified)|(?:use|give)\s+(?:his|her|their)\s+(?:full\s+)?name)"
    r"|to\s+be\s+(?:named|identified)|anonymity|to\s+remain\s+anonymous)"
    r"|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b|\bspeaking\s+anonymously\b")
"""What keeps a speaker unnamed: "who asked not to be named", "speaking on condition of anonymity"."""
_CARRIERS = frozenset("""
post posts message messages sign signs banner banners placard placards poster posters note notes letter
email emails text texts tweet tweets video videos graffiti headline headlines slogan leaflet leaflets flyer
flyers billboard billboards caption
""".split())
"""Things that carry words ("a sign saying ..."): a participle after one has no person for its subject."""
_TOKEN = re.compile(r"(?![^\W\d_][\w'’-]*\.\d)[^\W\d_][\w'’-]*\.?|[,(–—]|(?<!\S)-(?!\S)")
"""A word (no paragraph number: "D.9" is none, nor an initial), or a mark that may set off a subject."""
_ABBREVIATIONS = (*SHORT_TITLES, "Gen", "Lt", "Col", "St", "Brig", "Maj", "Capt", "Sgt", "Adm", "Cmdr",
                  "Co", "Mt", "Ft", "Eng", "Engr", "Amb")
_SENT_END = re.compile(r"[.!?]" + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
                       + r"[”\"’)]*\s+(?=[A-Z“\"‘(])")
"""Where a sentence ends: not after "Ms." in "Ms. Ferreira issued the following statement:"."""
_TITLE_NOUNS = frozenset("""
initiative initiatives strategy strategies plan plans campaign policy policies program programme project
projects principle principles concept concepts doctrine law act report book article slogan motto vision
theory framework model approach agenda movement mechanism mechanisms system action actions list series
""".split())
# Cue phrases, looked up by word n-grams (a set lookup, not a regex per cue): procedure (to leave
# out), a thesis, a commitment, a stance. A number earns a quote nothing: the key figures carry the
# numbers, and a quote is worth most for the view only its speaker can give (on the hand-made
# references of sixteen transcripts, a sentence stating a stance was picked twice as often as the
# average answer sentence, and one giving a number less often than the average).
_CUE_PHRASES = {
    "proc": "your question|this question|good question|great question|fair question|that question|"
            "the question was|the floor|press conference|briefing today|thank you|"
            "come to order|meeting to order|hearing to order|session to order|for the record|joined by|"
            "another update|pleasure to|pieces of information|"
            "no comment|not comment|wouldn't comment|won't comment|can't comment|not going to comment|"
            "not want to comment|don't want to comment|wouldn't want to comment|"
            "not going to get into|not going to go into|not going to get ahead|don't have information|"
            "don't have any|don't have a number|nothing to announce|to announce at|hand it over|hand over to|"
            "turn it over|over to my colleague|not going to speculate|won't speculate|put a timeline|"
            "suspend for|we'll suspend|we will suspend|adjourn|take a short break|take a break|change panels|"
            "allowed to finish|nothing further|no further questions|going to bring up|i'll bring up|"
            "let me bring up|let me introduce|like to introduce|our next speaker|quorum|declare the meeting|"
            "meeting open|meeting closed|remain seated|be seated|ask you to stand|take him down|"
            "take her down|his hand up|her hand up|their hand up|hand raised|on mute|unmute|can you hear me|"
            "can everyone hear|place a copy|placed a copy|identical statement|take questions|"
            "respond to the deputy|reply to the deputy|to the deputy directly|service matter|"
            "interpret into|interpret for",
    "thesis": "the key|key to|our goal|the goal|we aim|aim to|aims to|priority|priorities|committed to|"
              "focus on|focuses on|the core|the main|the aim|the purpose|the most important|in short|"
              "in a word|announce|announcing",
    "commit": "we will|we must|we should|we are|we have|it is necessary|need to|needs to|will continue|must|"
              "should|will",
    "stance": "believe|confident|firmly|oppose|opposes|never|always|i think|in my view|not|nothing|nobody|"
              "no one|don't|won't|can't|isn't|aren't|wasn't|didn't|doesn't",
}
_CUE_OF = {spelled: kind for kind, phrases in _CUE_PHRASES.items() for phrase in phrases.split("|")
           for spelled in {phrase, phrase.replace("'", "’")}}  # "don't" as typed and as typeset
_PROC_START = (
    "thank", "good morning", "good afternoon", "good evening", "ladies and gentlemen", "welcome", "hello",
    "ok ", "okay", "yes", "no,", "no.", "sure", "next question", "that's all", "that is all", "let me",
    "i'd like to answer", "i would like to answer", "i will answer", "i'll answer", "please",
    "i thank", "with permission", "i welcome the", "my hon. friend", "my right hon. friend", "i am grateful",
    "with that,", "i now turn", "i'll now turn", "i will now turn", "tell them what", "walk us through",
)
_WORDS = re.compile(r"[a-z0-9'’]+")
_WORD_CHAR, _NOT_WORD = "[a-z0-9'’]", "[^a-z0-9'’]"
# Every cue phrase in one trie, tried after each non-word character of the lower-cased text (the
# lookahead lets phrases overlap); any run of non-word characters separates a phrase's words, as if
# the words were joined by spaces. Where one phrase begins another ("will", "will continue") only the
# longer one is reported, so such phrases must be of one kind, or the longer one a procedure ("not
# going to comment"), which outweighs every other kind.
_CUE_TRIE = word_trie(_CUE_OF).replace(r"\ ", f"{_NOT_WORD}+")
_CUE_AT = re.compile(rf"{_NOT_WORD}(?=({_CUE_TRIE})(?!{_WORD_CHAR}))")


def _cues(text: str) -> set[str]:
    """Return the kinds of cue phrase ``text`` holds."""
    low = text.lower()
    found = {_CUE_OF.get(phrase) or _CUE_OF[" ".join(_WORDS.findall(phrase))]
             for phrase in _CUE_AT.findall(f" {low}")}
    if low.startswith(_PROC_START):
        found.add("proc")
    return found


_BACKGROUND = re.compile(r"(?:as (?:we|you) (?:all )?know|as is known|as mentioned|for example|for instance|"
                         r"in addition|additionally|moreover|besides)\b", re.IGNORECASE)
_CUE_POINTS = {"thesis": 2.0, "commit": 1.0, "stance": 2.0, "proc": -3.0}


@dataclass
class _Segment:
    """One stretch of quoted words inside one paragraph (absolute offsets, marks excluded)."""

    para: int
    start: int
    end: int
    open_at: int | None  # absolute offset of the opening mark, None when it is missing
    close_at: int | None
    group: int
    prev_mark: int = 0  # just after the mark before the opening one in the paragraph (absolute)


_SINGLE_OPEN = re.compile(r"(?<![^\s(\[—–-])[‘'](?=[^\s‘’'])")
# An opener as above, or a closer: ’ or ' after a word, before a space or punctuation; tried only
# where the text holds a single mark.
_SINGLE = re.compile(r"[‘’'](?:(?<![^\s(\[—–-].)(?<=[‘'])(?=[^\s‘’'])"
                     r"|(?<=[^\s‘’'][’'])(?=$|[\s.,;:!?)\]—–-]))", re.MULTILINE)


def _has_marks(text: str) -> bool:
    """Return True when ``text`` holds a double quote mark (a substring test per mark beats a class scan)."""
    return any(mark in text for mark in _MARKS)


def _offsets(text: str, marks: str) -> list[int]:
    """Return where any of ``marks`` stands in ``text``, in order (a find per mark, as above)."""
    found: list[int] = []
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _single_marks_as_double(text: str) -> str | None:
    """Return ``text`` with single quotation marks (‘We are ready,’ she said) turned double, or None.

    For a source that quotes with single marks, as British papers write: one with
    no double marks, or with more single pairs than double ones (the doubles then
    quote inside a quote, and are turned single in their place). A single mark
    counts only in a pair on one line: an opener after a space, then a closer
    before a space or punctuation, so apostrophes ("country’s", "don't") stay as
    they are; and only a pair around three words or more counts as speech. Every
    mark is replaced by one character, so offsets stay valid.
    """
    doubles = _offsets(text, _MARKS)
    if doubles and _most_single_pairs(text) <= len(doubles) // 2:
        return None  # the common case: too few single openers to outnumber the double pairs
    pairs, run_on = _single_pairs(text)
    worded = sum(1 for opened, closed in pairs if text.count(" ", opened, closed) >= 2) + len(run_on)
    if not worded or worded <= len(doubles) // 2:
        return None  # a few single marks around a code or a word ('261', 'red'): the doubles quote
    chars = list(text)
    for at in doubles:
        chars[at] = "‘" if chars[at] in _OPENERS else "’"
    for opened, closed in pairs:
        chars[opened], chars[closed] = "“", "”"
    for opened in run_on:
        chars[opened] = "“"
    return "".join(chars)


def _single_pairs(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Return the pairs of single marks in ``text`` that may quote (opener, closer), and the openers of a
    quote's paragraphs before its last, which alone closes it."""
    pairs: list[tuple[int, int]] = []
    run_on: list[int] = []
    opened: int | None = None
    for at in _offsets(text, "‘’'"):
        if not _SINGLE.match(text, at):
            continue
        if _SINGLE_OPEN.match(text, at):
            if opened is not None and (text[opened] == "‘" or _opens_line(text, opened)) and \
                    _opens_line(text, at) and "\n" in text[opened:at] and \
                    text.count(" ", opened, text.find("\n", opened)) >= 2:
                run_on.append(opened)  # 'This is a massive mandate. ...  (new paragraph) 'Our members ...;
                # a curly opener after the words that name the speaker too: ‘A,’ she says, ‘B ... (new
                # paragraph) ‘C.’ (a straight mark mid-line may be an apostrophe: 'the '90s)
            opened = at  # a later opener wins: the earlier one was an apostrophe ('90s)
        elif opened is not None and "\n" not in text[opened:at]:
            pairs.append((opened, at))
            opened = None
    return pairs, [at for at in run_on if any(a > at for a, _ in pairs)]  # a run a closed quote ends


_SAID_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:(?:he|she|they|we|I|the[ \t]+\w+(?:[ \t]+\w+)?"
                         r"|[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]+)?" + _VERB.pattern)
"""Right after a quote's closing mark, the verb naming its speaker: "' he said", "', said Jenna Ruiz"."""
_SAID_BEFORE = re.compile(_VERB.pattern + r"(?:[ \t]+[\w’'-]+){0,3}[ \t]*[:,][ \t]*$")
"""Right before a quote's opening mark, on its line: "said: '", "told the Review: '"."""


def _attributed_singles(text: str) -> str | None:
    """Return ``text`` with the single marks turned double where they quote beside the verb that names
    their speaker ("'Give us a number,' he said", "said: 'The money is spent.'"), or None when none do.

    For a source that quotes with double marks but here and there with single ones, as hurried copy
    does. A single pair elsewhere is a scare quote, a title or a quote inside a quote, and stays.
    """
    if not _most_single_pairs(text):
        return None
    chars: list[str] | None = None
    for opened, closed in _single_pairs(text)[0]:
        line = text[text.rfind("\n", 0, opened) + 1:opened]
        if text.count(" ", opened, closed) < 2 or sum(map(line.count, _MARKS)) % 2:
            continue  # a word or two, or a quote inside a quote
        if _SAID_AFTER.match(text, closed + 1) or _SAID_BEFORE.search(text, max(0, opened - 80), opened):
            chars = chars or list(text)
            chars[opened], chars[closed] = "“", "”"
    return None if chars is None else "".join(chars)


_DASH_OPENS = re.compile(r"(?:^|(?<=[.!?…] ))[ \t]*([–—])[ \t]+(?=[A-Z])", re.MULTILINE)
_DASH_CLOSES = re.compile(r"[ \t]([–—])[ \t]+(?=(?:he |she |they |the \w+ |[A-Z][\w.’'-]* )?"
                          r"(?:said|says|added|adds|explained|explains|stressed|noted|admitted|admits|argued|"
                          r"told|announced|assured|replied|answered|concluded|insisted|warned)\b)")
"""Direct speech set off by dashes, as Polish, Russian or Spanish news writes it and its translations keep:
"– This is the largest contract in the city's history – said deputy mayor Agnieszka Wróblewska-Kos."."""


def _dashes_as_marks(text: str) -> str | None:
    """Return ``text`` with the dashes around direct speech turned into quotation marks, or None when it
    has none: a dash opening a line or following a sentence's end, and on the same line the dash before
    "said", "he said", "admits" ... that closes it. One character each, so offsets stay valid."""
    if "– " not in text and "— " not in text:
        return None
    chars: list[str] | None = None
    for opened in _DASH_OPENS.finditer(text):
        line_end = text.find("\n", opened.end())
        closed = _DASH_CLOSES.search(text, opened.end(), len(text) if line_end < 0 else line_end)
        if closed is None or text[opened.end():closed.start()].count(" ") < 2:
            continue
        chars = chars or list(text)
        chars[opened.start(1)], chars[closed.start(1)] = "“", "”"
    return None if chars is None else "".join(chars)


def _opens_line(text: str, at: int) -> bool:
    """Return whether ``text[at]`` is the first character of its line, after any indent."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def _most_single_pairs(text: str) -> int:
    """Return an upper bound of the single-mark pairs in ``text``: each needs an opener (counted in C)."""
    straight = sum(text.count(f"{before}'") for before in " \n\t\u00a0([—–-")
    return text.count("‘") + straight + text.startswith("'")


def find_quotes(
    doc_id: str, text: str, paragraphs: Sequence[Span], kind: str,
    *, split: Sequence[Sequence[Span]] | None = None, turns: Sequence[Turn] | None = None,
    marks_swapped: bool = False,
) -> list[Quote]:
    """Return the quotes of one source in reading order, each with its speaker and exact cite.

    ``split``, when given, holds the sentences of each paragraph as ``text.sentences`` gives them:
    a caller that has split them already spares a transcript's answers a second split. ``turns``,
    when given, are ``transcript.speaker_turns(paragraphs)``, for a caller that has them already.
    ``marks_swapped`` says the single and double marks were swapped already: the text's former double
    marks, single now, are not to be swapped back.
    """
    paras = list(paragraphs)
    if (dashed := _dashes_as_marks(text)) is not None:
        spans = [Span(p.start, p.end, dashed[p.start:p.end]) for p in paras]
        found = find_quotes(doc_id, dashed, spans, kind, split=split, turns=turns,
                            marks_swapped=marks_swapped)
        return [dataclasses.replace(q, text=text[q.cite[0].start:q.cite[0].end]) for q in found]
    has_marks = _has_marks(text)
    marked = None if marks_swapped else _single_marks_as_double(text) or _attributed_singles(text)
    if marked is not None:
        spans = [Span(p.start, p.end, marked[p.start:p.end]) for p in paras]
        found = find_quotes(doc_id, marked, spans, kind, split=split, turns=turns, marks_swapped=True)
        return [dataclasses.replace(q, text=text[q.cite[0].start:q.cite[0].end]) for q in found]
    orator = _speech_by(_lead(text, paras)) if kind != "transcript" and paras else None
    signed_up_to = len(text)  # a letter's words end where its signer signs: what follows is the page's
    signed = kind != "transcript" and paras and orator is None and _signed_by(text)
    if signed:
        orator, signed_up_to = signed
    posts = _thread_posts(text) if kind != "transcript" and orator is None and "\n@" in text else None
    if posts:
        orator = posts[0]
    if kind != "transcript":
        turns, roles = _interview_within(paras, text)
        if not turns:
            turns, roles = _answers_on_record(paras, text)
        if not turns:
            turns, roles = _questions_put_to(paras, text)
        blocks = _block_quotations(paras)
        if not has_marks and orator is None and not turns and not blocks:
            return []
    else:
        blocks = []
        turns = speaker_turns(paras, text=text) if turns is None else turns
        roles = speaker_roles(turns)
    if turns and (asker := _INTERVIEWER.search(text, 0, turns[0].speaker_span.start)):
        for name in roles:  # "INTERVIEWED BY: RACHEL OKAFOR": her turns ask, whatever else they say
            if name.lower() == asker.group(1).strip().lower():
                roles[name] = "question"
    speakers = [as_written(t.speaker) for t in turns if roles.get(t.speaker) != "question"]
    people = People(text, speakers if kind == "transcript" else ())
    if kind != "transcript":
        people.author = _byline_author(text[:paras[0].start + 1500] if paras else "")
    finder = _MarkedQuotes(doc_id, text, paras, people, explicit_only=kind == "transcript")
    quotes = finder.quotes()
    for block, credit, at in blocks:
        if who := _credited(people, credit, at):
            quotes += [Quote(p.text, who, (Cite(doc_id, p.start, p.end),), further=n > 0)
                       for n, p in enumerate(block)]
    if turns:  # words an interviewer quotes in a question ("A CEO told us, and I'm quoting, "...""), unless
        # from a person the text names ("Senator Wade Lindqvist ... told me, quote, "...""): nobody's
        asked = [(t.speaker_span.start, (t.paragraphs[-1] if t.paragraphs else t.speaker_span).end)
                 for t in turns if roles.get(t.speaker) == "question"]
        quotes = [q for q in quotes if q.speaker in people.full or
                  not any(a <= q.cite[0].start < b for a, b in asked)]
    if turns:
        known = {} if split is None else _known_sentences(paras, split, turns)
        quoted = [(q.cite[0].start, q.cite[0].end) for q in quotes if q.speaker]
        lead = text[:turns[0].speaker_span.start]  # headline, standfirst, introduction
        lettered = "A" in roles or "Answer" in roles  # only an "A:" answer is given to the interviewee
        interviewee = _interviewee(text, lead) if lettered else None
        quotes += _turn_quotes(doc_id, turns, roles, people, known, interviewee, quoted,
                               _headline_quote(lead), _witness(text) if "A" in roles else None)
    if orator:
        per_para = split if split is not None else [sentences(p) for p in paras]
        kept = [i for i, p in enumerate(paras) if p.end <= signed_up_to and
                (not posts or any(start <= p.start < end for start, end in posts[1]))]
        quotes += _speech_quotes(doc_id, [paras[i] for i in kept], [per_para[i] for i in kept], orator,
                                 [q.cite[0] for q in quotes], spoken=not signed)
    quotes.sort(key=lambda q: q.cite[0].start)
    return quotes


_LABEL_LINE = re.compile(r"^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}: ", re.MULTILINE)
"""A line opening on a speaker's label ("TRL: ", "Inês Carvalho-Ribeiro: "): a cheap first test."""


def _interview_within(paras: Sequence[Span], text: str) -> tuple[list[Turn], dict[str, str]]:
    """Return the turns of an interview a story or newsletter prints within it ("TRL: One year in — is
    the cap working?" / "Inês Carvalho-Ribeiro: It depends ..."), each its labelled paragraph alone
    (what follows the last answer is the writer's again), and their speakers' roles; else none. It is an
    interview when a named person answers a question straight after it is asked twice or more (a match
    report's "Kingsbridge Rovers: Petrović; ..." line-ups answer nothing)."""
    if text.count(": ") < 4 or len(_LABEL_LINE.findall(text)) < 4:
        return [], {}
    turns = [dataclasses.replace(t, paragraphs=t.paragraphs[:1]) for t in speaker_turns(paras, text=text)]
    roles = speaker_roles(turns)
    answers = Counter(answer.speaker for asked, answer in zip(turns, turns[1:], strict=False)
                      if roles.get(asked.speaker) == "question" and roles.get(answer.speaker) == "answer"
                      and " " in answer.speaker and asks(asked))
    if not answers or answers.most_common(1)[0][1] < 2:
        return [], {}
    return turns, roles


_QUESTION_PUT = re.compile(rf"(?:\d{{1,5}}\.[ \t]+)?(?:[{UPPER}][\w.'’-]*[ \t]+){{1,5}}asked the [A-Z]")
"""A question put on a parliament's record, in reported form: "401. Deputy Ruairí Ó Dálaigh asked the
Minister for Health the number of ...", "Mr Hale asked the Minister for Defence, upon notice, ..."."""
_ANSWERED_WITH = re.compile(r"Questions? Nos?\.[^\n]{1,80}\banswered with\b")
"""The record's note that a question is answered with another: "Question No. 389 answered with Question
No. 388."."""


def _answers_on_record(paras: Sequence[Span], text: str) -> tuple[list[Turn], dict[str, str]]:
    """Return the answers a parliament's record of written questions prints, each under the office and
    the holder who gives it ("Minister for Health (Deputy Siobhán Mulcahy): I propose ..."), up to the next
    question put or the record's note of questions answered together; else none. The page is a record, not
    a transcript, but the answers are its minister's words."""
    if "asked the" not in text or not any(_QUESTION_PUT.match(p.text) for p in paras):
        return [], {}
    turns = []
    for turn in speaker_turns(paras, text=text):
        if ROLES.isdisjoint(turn.role.lower().split()):
            continue  # only an office and who holds it answers on the record
        said = list(takewhile(lambda p: not (_QUESTION_PUT.match(p.text) or _ANSWERED_WITH.match(p.text)),
                              turn.paragraphs))
        turns.append(dataclasses.replace(turn, paragraphs=tuple(said)))
    return turns, {t.speaker: "answer" for t in turns}


_QUESTIONS_FOR = re.compile(
    rf"^(?:(?:[A-Z][a-z]+|\d{{1,2}})[ \t]+[Qq]uestions[ \t]+(?:for|to)|Q[ \t]?&[ \t]?A[ \t]+with"
    rf"|(?:An[ \t]+)?[Ii]nterview[ \t]+with|In[ \t]+conversation[ \t]+with)"
    rf"[ \t]+(?P<name>[{UPPER}][\w.'’-]*(?:[ \t]+[{UPPER}][\w.'’-]*){{1,4}})[ \t]*(?:,[^\n]*)?$",
    re.MULTILINE)
"""A heading over an interview printed without labels, naming whom it questions: "Three questions for Dr
Katharina Wendeborn-Aulich", "5 questions to ...", "Q&A with ...", "In conversation with ..., CEO"."""
_ASKED_FIRST = re.compile(r"(?:[^\n?]*\n){0,2}[^\n?]*\?[ \t]*\n(?=\S)")
"""A paragraph's opening question, of up to three lines, the last ending on "?", the answer on the next."""


def _questions_put_to(paras: Sequence[Span], text: str) -> tuple[list[Turn], dict[str, str]]:
    """Return the answers of an interview a release prints without labels under a heading that names whom
    it questions (see `_QUESTIONS_FOR`), as that person's turn; else none. Each question opens its
    paragraph, the answer after it, or is a paragraph alone, the answer the next one. The interview ends
    at the first paragraph that is neither (the page's footer, "About the company"). The heading is the
    evidence: `transcript.unlabelled_turns` needs four or more questions, most saying "you", to tell an
    interview from an explainer's question subheads; three questions under a heading need no more."""
    turns = []
    for head in _QUESTIONS_FOR.finditer(text) if "?" in text else ():
        answers = []
        rest = [p for p in paras if p.start >= head.end()]
        i = 0
        while i < len(rest):
            para = rest[i]
            if asked := _ASKED_FIRST.match(para.text):
                answers.append(Span(para.start + asked.end(), para.end, para.text[asked.end():]))
            elif a_question(para.text) and i + 1 < len(rest) and not a_question(rest[i + 1].text):
                i += 1
                answers.append(rest[i])
            else:
                break
            i += 1
        if answers:
            name = head.group("name")
            turns.append(Turn(name, Span(head.start("name"), head.end("name"), name), tuple(answers)))
    return turns, {t.speaker: "answer" for t in turns}


_SPEECH_BY = re.compile(
    r"\b(?:(?:speech|remarks|address|lecture|briefing|presented|delivered)\b[^\n.]{0,40}?\bby"
    r"|(?:speech|remarks|lecture)\s+of|^made\s+by:)"
    r"\s+(?P<who>[^\n]{3,200})",
    re.IGNORECASE | re.MULTILINE)
_SPEECH_OF = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,5})['’]s\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:speech|remarks|address|lecture)\b")
"""Whose speech a title names: "Prime Minister Lena Ortiz's remarks at ...", "Ngozi Albrecht’s commencement
address to the Class of 2027"."""
_SPEECH_SETTING = re.compile(r"\s+(?:at|to|on|in|before|during|for)\s|\s+[-–—|]\s|:\s|\s+\(")
_POST_NOMINALS = frozenset(w.lower() for w in POSTNOMINALS) | {"jr", "sr"}
"""Words after a name, lower-cased, that are no part of it: its bearer's letters, a generation."""


def _lead(text: str, paras: Sequence[Span]) -> str:
    """Return the text above the body, with the first paragraphs that are no prose: a headline ("Budget
    Speech 2027-28: Speech of Kavitha Raghunathan, Minister of Finance (Extract)", set as a speaker's line),
    a cover's theme ("Building Resilience, Securing Shared Prosperity") and its "Presented to the National
    Assembly by" and the name under it."""
    lead = text[:paras[0].start]
    for para in paras[:3]:  # a cover's theme and its speaker's name, each a paragraph of its own
        if (para.text[-1:] in ".!?\"”’" and para.text.count(" ") >= 8) or \
                (para.text.count(" ") >= 25 and SENTENCE_WITHIN.search(para.text)):
            break  # prose: the body has begun (a written statement's fields, "Statement made on 21 October
            # 2025" to "Made by: Emma Hardcastle (...)", run long with no sentence)
        lead = text[:para.end]
    return lead


def _speech_by(lead: str) -> str | None:
    """Return who gives the speech a source is the text of, from its title: "Speech by the Minister for
    Skills, Helen Marsh MP, at the National Skills and Growth Summit" -> "Helen Marsh"; "Remarks by
    President Lena Ortiz on the Economy" -> "Lena Ortiz". Only a name will do: a role alone may be
    anyone's, and its words are the office's."""
    if "by" in lead or " of " in lead or " OF " in lead or "BY " in lead:  # "Daily Press Briefing by the
        # Office ...", then "... by <name>"; "Speech of Kavitha Raghunathan, Minister of Finance";
        # "SENTENCING REMARKS OF HIS HONOUR JUDGE ALASDAIR PENROSE"
        for found in _SPEECH_BY.finditer(lead):
            if name := _speaker_named(found.group("who")):
                return name
    if "’s " not in lead and "'s " not in lead:
        return None
    for found in _SPEECH_OF.finditer(lead):
        if name := _speaker_named(found.group("who")):  # "Prime Minister Lena Ortiz's remarks at ..."
            return name
        surname = found.group("who").split()[-1]  # "Prime Minister Delisle's remarks": named in full
        if _is_role(surname):                     # on the page's banner ("... / Marc-Antoine Delisle")
            continue
        full = re.search(rf"\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? {re.escape(surname)}\b", lead)
        if full and (name := _speaker_named(full.group(0))):
            return name
    return None


def _thread_posts(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """Return who wrote a social-media thread copied from its page, and where each of their posts is
    (from its header, the name over the handle, to the next header): the one account with two posts
    or more. Another account's post within theirs, or a reply, is not theirs."""
    headers = list(_POST_HEADER.finditer(text))
    starts = [m.start() for m in headers]
    headers = [m for m in headers if not text.startswith(("\nFollows you\n", "\nFollow\n"), m.end())]
    counts = Counter(m.group(1).strip() for m in headers)
    if not counts or (top := counts.most_common(2))[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    author = top[0][0]
    return author, [(m.end(), next((start for start in starts if start > m.end()), len(text)))
                    for m in headers if m.group(1).strip() == author]


_POST_HEADER = re.compile(r"^([^\n@:]{2,60}?)[ \t]*\n@\w{1,30}[ \t]*$", re.MULTILINE)
"""A post's header on a copied social-media page: the account's name over its handle (or over "Follows
you", where the page shows who the account is)."""


_VALEDICTION = re.compile(
    r"^[ \t]*(?:(?:Yours[ \t]+)?(?:sincerely|faithfully|truly)(?:[ \t]+yours)?"
    r"|(?:With[ \t]+)?(?:kind[ \t]+|best[ \t]+|warm[ \t]+)?regards|Respectfully(?:[ \t]+yours)?"
    r"|With[ \t]+(?:best[ \t]+wishes|gratitude))[ \t]*[,.]?[ \t]*\n",
    re.IGNORECASE | re.MULTILINE)
"""A letter's closing on a line of its own: "Sincerely,", "Yours faithfully,", "Kind regards"."""
_VALEDICTION_WORDS = ("incerely", "aithfully", "egards", "espectfully", "ishes", "ratitude", "ruly")


def _signed_by(text: str) -> tuple[str, int] | None:
    """Return who signs a letter alone ("Sincerely," then "Helen Marchetti-Boyd" and her post), and
    where the signing starts: the letter is their words, as a speech is its speaker's. Signed by
    several (an open letter's list of "Name, Post, Body" lines), it is nobody's in particular.

    A letter that opens "Dear Shareholder," may close on its signer's name and post alone, with no
    "Sincerely" (a chairman's statement in an annual report).
    """
    if not any(word in text for word in _VALEDICTION_WORDS):
        return _signed_under(text) if "Dear " in text else None  # the common case, settled at once
    closings = list(_VALEDICTION.finditer(text))
    if not closings:
        return _signed_under(text)
    closing = closings[-1]  # the last one closes the letter
    block = text[closing.end():closing.end() + 400].strip().split("\n\n", 1)[0].splitlines()
    if not block or sum("," in line for line in block) > 1:
        return None
    name = _speaker_named(block[0].strip())
    return (name, closing.start()) if name else None


def _signed_under(text: str) -> tuple[str, int] | None:
    """Return who signs a letter that opens on "Dear ...," with their name over their post, and where
    the signing starts (see `_signed_by`)."""
    if (dear := _SALUTATION.search(text)) is None:
        return None
    for m in reversed(list(_SIGNATURE.finditer(text, dear.end()))):
        if _is_role(m.group(2).split()[0]) and (name := _speaker_named(m.group(1))):
            return name, m.start(1)
    return None


_SALUTATION = re.compile(r"^[ \t]*Dear [A-Z][^\n,]{1,60},[ \t]*$", re.MULTILINE)
"""A letter's opening on a line of its own: "Dear Shareholder,", "Dear Members,"."""
_SIGNATURE = re.compile(r"^[ \t]*([A-Z][^\n,.]{3,50})\n[ \t]*([A-Z][^\n]{2,80})$", re.MULTILINE)
"""A name over a post, each on a line of its own ("Sir Gareth Pryce" / "Chairman")."""


def _speaker_named(who: str) -> str | None:
    """Return the person named in what follows a speech's "by" (see `_speech_by`), or None."""
    for part in who.split(","):
        part = _SPEECH_SETTING.split(f" {part}", 1)[0]
        if " and " in part:
            return None  # "Press Briefing by Press Secretary Dana Whitford and ... Paul Okafor": two voices
        words = part.split()
        roles = [i for i, w in enumerate(words) if _is_role(w)]
        words = words[roles[-1] + 1:] if roles else words  # "President Lena Ortiz", "Press Secretary ..."
        while words and words[0][:1].islower():
            words = words[1:]
        name = _strip_honorific(" ".join(words))
        if 2 <= len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split()) and \
                not any(_is_role(w) for w in name.split()):
            return as_written(name)
    return None


_ANNOUNCES = re.compile(r"\b(?:I|[Ww]e)\b(?:\s+[\w’']+){0,3}\s+announc(?:e|ing)\b")
"""The speaker announcing something: "So today I am announcing ...", "we can announce that ..."."""
_SPOKEN_SHARE = 0.3
"""Of a speech's sentences that could be quoted, at least this share speak in the first or the second
person (the two speeches among the fixtures: 54% and 40%); a news report's, outside its quotes, hardly any."""
_SPOKEN = re.compile(rf"{FIRST_PERSON.pattern}|\b[Yy]our?\b")
"""A sentence said to an audience: the speaker's "I" and "we", or the one addressed, as a judge's
sentencing remarks speak to the defendant ("You told each of them that ...")."""
_SPEECH_QUOTES_PER = 12
"""Sentences of a speech per quote taken from it (at least one, at most four): an editor quotes a few
lines of a speech, not every paragraph."""


def _speech_quotes(doc_id: str, paras: Sequence[Span], per_para: Sequence[Sequence[Span]], orator: str,
                   marked: Sequence[Cite], *, spoken: bool = True) -> list[Quote]:
    """The most quotable sentences of a speech (or, not ``spoken``, a letter), given to whoever gives it
    (see `_speech_by`).

    The whole body is the speaker's, except what it quotes of others (``marked``: a paragraph holding
    a quote is setting it up up to the quote's end, "She told me: ...", and the speaker's again after
    it), its standfirst (which names the speaker, as the speaker does not), and its greetings and thanks.
    """
    surname = orator.split()[-1]
    picks: list[tuple[float, int, Span]] = []
    notes = footnotes(paras)  # "1 I would like to thank Tomas Lindgren ...": the text's, not the speaker's
    for n, (para, sents) in enumerate(zip(paras, per_para, strict=True)):
        if _EDITORS_NOTE.search(para.text) or n in notes:
            continue
        quoted_to = max((c.end for c in marked if para.start <= c.start < para.end), default=para.start)
        for sent in _short_runs(para, sents):
            if sent.start < quoted_to:
                continue
            if (mark := ends_on_footnote(sent.text)) is not None:  # "... longer: productivity.1": the
                sent = Span(sent.start, sent.start + mark.start(), sent.text[:mark.start()])  # stop ends it
            if sent.text.count(" ") < 5 or sent.text.rstrip("”\"’ ").endswith("?") or surname in sent.text \
                    or _is_note(sent.text) or not sent.text.rstrip().endswith((".", "!", "”", "’", '"')) \
                    or sent.text[:1].islower():  # the end of a word a page break cut ("ment of around £30m")
                continue
            cues = _cues(sent.text)
            if _ANNOUNCES.search(sent.text):  # the news the speech makes: always quoted
                picks.append((_ALWAYS, len(picks), sent))
            elif "proc" not in cues:
                picks.append((_answer_score(sent.text, True, cues), len(picks), sent))
    voice = _SPOKEN if spoken else FIRST_PERSON  # a letter says "you" to its reader, whoever writes it
    if sum(1 for p in picks if voice.search(p[2].text)) < _SPOKEN_SHARE * len(picks):
        return []  # a report on the speech, titled after it: its sentences are the reporter's
    news = sum(1 for p in picks if p[0] == _ALWAYS)
    rest = len(picks) - news
    keep = news + (max(1, min(4, rest // _SPEECH_QUOTES_PER)) if rest else 0)
    chosen = [past_lead(sent, _PARAGRAPH_NUMBER)  # "1. I present the Budget ...": the document's number
              for _, _, sent in sorted(picks, key=lambda p: (-p[0], p[1]))]
    return [Quote(sent.text, orator, (Cite(doc_id, sent.start, sent.end),), further=n >= keep)
            for n, sent in enumerate(chosen)]


_EDITORS_NOTE = re.compile(r"\b(?:transcript|as delivered|(?:lightly )?edited for|check against delivery"
                           r"|please contact|media relations)\b", re.IGNORECASE)
"""A paragraph about the text of a speech ("The following is a transcript of the address as delivered ...
It has been lightly edited for clarity.", "To receive these remarks in French, please contact Media
Relations"): the editor's, not the speaker's."""
_DASH_CREDIT = re.compile(r"[ \t]*\n?[ \t]*(?:[—–]|-(?=[ \t]))[ \t]*([A-Z][^\n,—–]{1,60}?)[ \t]*(?:,|$|\n)",
                          re.MULTILINE)
"""A credit after a quote, on its line or the next: "...” — Darren Holloway, finance critic, in a post",
"..." - Siobhan Carville, Chief Executive."""


def _credited(people: People, credit: str, at: int) -> str | None:
    """Return the person a dash credit names ("— Dr. Priya Ramaswamy"), if the text names them as one;
    a customer ("— Sarah T., Cardiff ★★★★★") is no speaker."""
    who = people.resolve(credit, at) if person_name(credit) else None
    return who if who in people.full else None


_BLOCK_MOST = 3
"""Paragraphs a block quotation may run to between its introduction and its credit."""


def _block_quotations(paras: Sequence[Span]) -> list[tuple[Sequence[Span], str, int]]:
    """Block quotations: (paragraphs, credited name, where the credit stands).

    An encyclopedia or a feature sets a long quotation off in paragraphs of its own, without marks,
    between a line that introduces it ("Alver mayor Solveig Tangerås Myklebust said:") and a credit
    under it ("— Solveig Tangerås Myklebust, Bergens Tidende, 29 October 2023"). Copied as text, the
    layout is lost, so both ends are needed: a paragraph after a colon may be a list's, and a dashed
    line after a paragraph a signature or an agency's credit ("— With files from ...").
    """
    found = []
    for i, para in enumerate(paras):
        if not para.text.startswith(("—", "–")) or "\n" in para.text or \
                not (credit := _DASH_CREDIT.match(para.text)):
            continue
        intro = next((j for j in range(i - 2, max(-1, i - 2 - _BLOCK_MOST), -1)
                      if paras[j].text.rstrip().endswith(":")), None)
        block = paras[intro + 1:i] if intro is not None else ()
        if block and all(not _has_marks(p.text) and p.text.rstrip().endswith((".", "!", "?", "…"))
                         for p in block):  # sentences, none of them an introduction
            found.append((block, credit.group(1), para.start))
    return found


_PARAGRAPH_NUMBER = re.compile(r"\(?\d{1,3}[.)]\s+|\d{1,2}/\d{1,2}\s+(?:🧵\s*)?")
"""A paragraph's number ("1. ", "(2) "), or a thread's count of its posts ("1/9 🧵 ")."""


def _known_sentences(
    paras: Sequence[Span], split: Sequence[Sequence[Span]], turns: Sequence[Turn]
) -> dict[tuple[int, int], Sequence[Span]]:
    """Map each paragraph's (start, end), and each inline turn's words ("Gu Jun: We ..."), to its sentences.

    A caller that split an inline turn's words after the label (as the per-source step does) spares
    a second split; sentences that start on the label are a split of the whole line, and not used.
    """
    known = {(p.start, p.end): s for p, s in zip(paras, split, strict=True)}
    by_end = {p.end: s for p, s in zip(paras, split, strict=True)}
    for words in (t.paragraphs[0] for t in turns if t.paragraphs):
        own = by_end.get(words.end)
        if (words.start, words.end) not in known and own and own[0].start >= words.start:
            known[(words.start, words.end)] = own
    return known


def rank_quotes(quotes: Sequence[Quote], limit: int, *, keep_rest: bool = False) -> list[Quote]:
    """Return at most ``limit`` quotes, duplicates dropped, the attributed and substantive first.

    The limit is shared among sources in proportion to what each offers, each
    getting at least one, so one long article cannot crowd out a short one;
    the kept quotes are returned by source, then by position. With ``keep_rest``,
    every other quote follows them, best first, then the further lines of answers
    and speeches in reading order: a briefing file holds all the evidence, and the
    writers show the first ``limit``. Without it, further lines are left out.
    """
    further = [q for q in quotes if q.further]
    if further:
        quotes = [q for q in quotes if not q.further]
    if limit <= 0 and not keep_rest:
        return []
    order: dict[str, int] = {}
    for q in quotes:
        order.setdefault(q.cite[0].source, len(order))
    best = sorted(range(len(quotes)), key=lambda i: (-quote_score(quotes[i]), i))
    candidates: dict[str, list[Quote]] = {src: [] for src in order}
    for i in best:
        own = candidates[quotes[i].cite[0].source]
        if len(own) < limit:
            own.append(quotes[i])
    quota = _quotas(candidates, limit)
    kept: list[Quote] = []
    keys: list[str] = []
    # Two passes: first within each source's share, then any room that duplicates left.
    for within_share in (True, False):
        taken = dict.fromkeys(order, 0)
        for q in kept:
            taken[q.cite[0].source] += 1
        for i in best:
            if len(kept) >= limit:
                break
            q = quotes[i]
            src = q.cite[0].source
            if within_share and taken[src] >= quota.get(src, 0):
                continue
            key = _norm(q.text)
            if not key or any(key in k or k in key for k in keys):
                continue  # the same words, or words already inside a kept quote (at most limit keys)
            kept.append(q)
            keys.append(key)
            taken[src] += 1
    kept.sort(key=lambda q: (order[q.cite[0].source], q.cite[0].start))
    if not keep_rest:
        return kept
    return kept + _the_rest(chain((quotes[i] for i in best), further), kept, keys)


def _the_rest(ordered: Iterable[Quote], kept: Sequence[Quote], keys: Sequence[str]) -> list[Quote]:
    """Return the quotes not kept, in ``ordered``'s order, without repeats: the same words anywhere, or
    words inside (or around) a kept quote or another quote of the same source (so that the check stays
    linear over many sources)."""
    taken = {id(q) for q in kept}
    seen = set(keys)
    own: defaultdict[str, list[str]] = defaultdict(list)  # each source's keys
    for q in kept:
        own[q.cite[0].source].append(_norm(q.text))
    rest: list[Quote] = []
    for q in ordered:
        if id(q) in taken:
            continue
        key = _norm(q.text)
        mine = own[q.cite[0].source]
        if not key or key in seen or any(key in k or k in key for k in chain(keys, mine)):
            continue
        rest.append(q)
        seen.add(key)
        mine.append(key)
    return rest


def _quotas(per_source: dict[str, list[Quote]], limit: int) -> dict[str, int]:
    """Share ``limit`` among sources by their candidate counts (largest remainder, at least one each)."""
    counts = {src: len(qs) for src, qs in per_source.items() if qs}
    total = sum(counts.values())
    if total <= limit:
        return counts
    floor = 1 if limit >= len(counts) else 0
    share = {src: max(floor, limit * n // total) for src, n in counts.items()}
    spare = limit - sum(share.values())
    for src in sorted(counts, key=lambda s: -(limit * counts[s] % total)):
        if spare <= 0:
            break
        if share[src] < counts[src]:
            share[src] += 1
            spare -= 1
    while sum(share.values()) > limit:  # more sources than the limit: the biggest keep theirs
        src = min((s for s in share if share[s]), key=lambda s: (counts[s], s))
        share[src] -= 1
    return share


def quote_score(q: Quote, cues: set[str] | None = None) -> float:
    """Return how much a quote is worth to a reader: attributed, a full thought, a thesis or a stance."""
    return _score(q.text, bool(q.speaker), _cues(q.text) if cues is None else cues)


def _score(text: str, attributed: bool, cues: set[str]) -> float:
    """quote_score on the parts, so candidates are scored without building a Quote each."""
    words = len(text.split())
    score = 3.0 if attributed else 0.0
    if 8 <= words <= 50:
        score += 2
    elif words >= 4:
        score += 1
    if words > 80:
        score -= 1
    score += sum(map(_CUE_POINTS.__getitem__, cues))
    if text.rstrip().endswith(":"):
        score += 2  # it announces the points that follow: the speaker's thesis
    if _BACKGROUND.match(text):
        score -= 1
    return score


_ALWAYS = 99.0
"""The score of a line an editor would quote whatever else is said (the one a headline quotes, a speech's
announcement): above any other, and counted on top of how many lines are taken."""
_QUOTABLE_WORDS = 27
"""An answer's sentence longer than this is paraphrased rather than quoted whole."""


def _answer_score(text: str, attributed: bool, cues: set[str]) -> float:
    """_score for a sentence of a transcript's answer, where every sentence is speech and few are quotable.

    An editor quotes the line only its speaker could say, short enough to use whole. A commitment
    ("we will", "we are") is what every answer is made of, so it does not lift a line, and a line
    of more than 27 words is paraphrased. On the hand-made references of sixteen transcripts (492
    answer sentences), 28% of answer sentences were picked, 11% of those whose only cue was a
    commitment, 10% of those over 27 words.
    """
    score = _score(text, attributed, cues)
    if "commit" in cues:
        score -= _CUE_POINTS["commit"]
    if len(text.split()) > _QUOTABLE_WORDS:
        score -= 1
    if text[:1].islower() or text.rstrip("”\"’)] ")[-1:] not in ".!?…":
        score -= 1  # a line a wrapped transcript cut ("four works under the contract, serving about 62,000")
    return score


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _mark_kind(s: str, j: int) -> str:
    """Say whether the mark at ``s[j]`` opens or closes, from the characters around it, else its glyph."""
    prev = s[j - 1] if j else " "
    nxt = s[j + 1] if j + 1 < len(s) else " "
    opens = (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-" or j + 1 == len(s))
    if opens != closes:
        return "open" if opens else "close"
    if s[j] in _OPENERS:
        return "open"
    if s[j] in _CLOSERS:
        return "close"
    return "either"


_SENTENCE_STOP = re.compile(r"(?<=\b[a-z]{3})[a-z]*[.!?](?=\s+[A-Z“\"])")
"""The end of a sentence after a word in lower case ("... of her savings. Ms C ..."), not an honorific's
stop ("said Mr. Hale")."""


class _MarkedQuotes:
    """Finds the quotes that stand between quote marks in one source and attributes them."""

    def __init__(
        self, doc_id: str, text: str, paras: list[Span], people: People, *, explicit_only: bool
    ) -> None:
        self.doc_id = doc_id
        self.text = text
        self.paras = paras
        self.people = people
        self.explicit_only = explicit_only
        self._para_speaker: dict[int, str | None] = {}

    def segments(self) -> list[_Segment]:
        """Pair the marks paragraph by paragraph, repairing missing and repeated marks."""
        out: list[_Segment] = []
        pending: int | None = None  # group of a quote left open at the end of the last paragraph
        groups = 0
        marked_before = -1
        for i, offsets in self._marks_by_paragraph():
            if i != marked_before + 1:
                pending = None  # a paragraph without a mark in between: no quote runs on over it
            marked_before = i
            para = self.paras[i]
            s = para.text
            body = _body_start(s)
            marks = [(j, _mark_kind(s, j)) for j in offsets if j >= body]
            start: int | None = None
            open_at: int | None = None
            group = -1
            k = 0
            if marks and pending is not None and marks[0][1] != "close" and not s[body:marks[0][0]].strip():
                start, open_at, group, k = marks[0][0] + 1, marks[0][0], pending, 1
            elif marks and marks[0][1] == "close":
                start, open_at = body, None
                group = pending if pending is not None else groups
                groups += pending is None
            pending = None
            prev = last = body
            for j, kind in marks[k:]:
                if start is None:
                    if kind != "close":
                        start, open_at, group, prev = j + 1, j, groups, last
                        groups += 1
                else:
                    opened = None if open_at is None else para.start + open_at
                    out.append(_Segment(i, para.start + start, para.start + j, opened, para.start + j, group,
                                        para.start + prev))
                    start = None
                last = j + 1
            if start is not None:
                out.append(_Segment(i, para.start + start, para.end,
                                    None if open_at is None else para.start + open_at, None, group,
                                    para.start + prev))
                pending = group
        return out

    def _marks_by_paragraph(self) -> list[tuple[int, list[int]]]:
        """Return each paragraph holding a quote mark, by index, with the marks' offsets in it.

        The text's marks are found at once rather than by a search per paragraph: most hold none.
        """
        starts = [p.start for p in self.paras]
        out: list[tuple[int, list[int]]] = []
        start = end = -1
        for at in _offsets(self.text, _MARKS):
            if at >= end:
                i = bisect_right(starts, at) - 1
                if i < 0 or at >= self.paras[i].end:
                    continue  # between paragraphs: on a title or metadata line
                start, end = self.paras[i].start, self.paras[i].end
                out.append((i, []))
            out[-1][1].append(at - start)
        return out

    def quotes(self) -> list[Quote]:
        """Return the attributed, non-scare quotes."""
        segs = [(seg, span) for seg in self.segments() if (span := self._trim(seg.start, seg.end))]
        dropped = [self._never_kept(seg, span[2]) for seg, span in segs]
        seen: set[int] = set()
        shared: set[int] = set()  # groups of more than one segment: a quote running over paragraphs
        for seg, _ in segs:
            (shared if seg.group in seen else seen).add(seg.group)
        # A speaker is looked for only where it can count: in a quote that may be kept, or in one
        # whose speaker carries over to the rest of its multi-paragraph quote.
        # A quote dropped (“overdue”) is still read when the next quote goes on its clause: "said the
        # decision was “overdue” and would be “welcomed by the market ...”" names the second's speaker.
        own = [self._own_speaker(seg) if not drop or seg.group in shared or (
                   n + 1 < len(segs) and self._same_clause(seg, segs[n + 1][0])) else None
               for n, ((seg, _), drop) in enumerate(zip(segs, dropped, strict=True))]
        unnamed = {seg.group for (seg, _), who, drop in zip(segs, own, dropped, strict=True)
                   if not drop and not (who and who.startswith("unnamed ")) and self._unnamed(seg)}
        for n in range(1, len(segs)):
            if own[n] is None and own[n - 1] is not None and not dropped[n] and \
                    self._same_clause(segs[n - 1][0], segs[n][0]):
                own[n] = own[n - 1]
        for n, (seg, _) in enumerate(segs):
            if own[n] is None and not dropped[n] and self._said_by_it(seg):
                own[n] = self._last_body(segs, own, n)
        by_group: dict[int, str | None] = {}
        for (seg, _), who in zip(segs, own, strict=True):
            if who and by_group.get(seg.group) is None:
                by_group[seg.group] = who
        out: list[Quote] = []
        borrowed: list[int] = []  # quotes whose speaker was taken from around them, by index in out
        for (seg, span), drop, who in zip(segs, dropped, own, strict=True):
            words = span[2].split()
            if seg.group in unnamed:  # "..., a specialist at the port authority, who asked not to be
                # named, told DalaPress": said, by nobody the text names (not the body named last)
                if not drop and len(words) >= 6 and span[2][0].isupper():
                    out.append(self._quote(span, None))
                continue
            if drop or (len(words) <= 3 and who is None):
                continue  # a fragment is kept only as named speech: “We are ready,” Smith said.
            explicit = who or by_group.get(seg.group)
            if explicit is None and seg.close_at is not None and \
                    (credit := _DASH_CREDIT.match(self.text, seg.close_at + 1)) is not None:
                # a pull quote or a testimonial credited after a dash
                explicit = _credited(self.people, credit.group(1), seg.close_at)
                if explicit is None:
                    continue
            speaker = explicit
            if speaker is None and not self.explicit_only:
                if span[2][0].islower() or len(words) < 6:
                    continue
                speaker = self._context_speaker(seg)
            if speaker is None and (self.explicit_only or len(words) < 8):
                continue
            if span[2][0].islower() and explicit is None:
                continue
            if explicit is None:
                borrowed.append(len(out))
            out.append(self._quote(span, speaker))
            self._para_speaker[seg.para] = speaker
        return _without_pull_quotes(out, borrowed)

    def _said_by_it(self, seg: _Segment) -> bool:
        """True when the quote's sentence opens on a body named before: "It said the toll was “...”",
        "The statement said the unwinding “...”"."""
        if seg.open_at is None:
            return False
        para = self._para_of(seg)
        rel = seg.open_at - para.start
        begin = _sentence_start(para.text, max(0, rel - _LOOK_BACK), rel)
        if begin is None and rel > _LOOK_BACK:
            return False
        return _SAID_BY_IT.match(para.text, begin or 0, rel) is not None

    def _last_body(self, segs: Sequence[tuple[_Segment, object]], own: list[str | None],
                   n: int) -> str | None:
        """Return the speaker of the quote before ``n``, in its paragraph or the one before, unless that
        speaker is a person: what "it" and "the statement" refer to."""
        para = segs[n][0].para
        for m in range(n - 1, -1, -1):
            if segs[m][0].para < para - 1:
                return None
            who = own[m]
            if who is not None:  # one the text calls "he" or "she", "Mr" or "Ms", is no body
                return who if who not in self.people.sex else None
        return None

    def _same_clause(self, first: _Segment, then: _Segment) -> bool:
        """True when ``then`` goes on the sentence of the quote before it with no one else named:
        "said the outlook was “genuinely uncertain” and that the Committee would “take each decision
        as it comes”" quotes one speaker twice."""
        if first.para != then.para or first.close_at is None or then.open_at is None:
            return False
        if self.text[first.start:first.end].rstrip()[-1:] in (".", "!", "?"):
            return False  # the first quote ended its sentence
        gap = self.text[first.close_at + 1:then.open_at]
        if len(gap) > 150 or not gap.strip() or _SENT_END.search(gap) or ":" in gap:
            return False
        return self.people.first_named(first.close_at + 1, then.open_at) is None

    def _trim(self, start: int, end: int) -> tuple[int, int, str] | None:
        raw = self.text[start:end]
        body = raw.strip()
        if not body:
            return None
        s = start + raw.index(body)
        return s, s + len(body), body

    def _never_kept(self, seg: _Segment, words: str) -> bool:
        """A quote dropped whoever said it: a single word, a "so-called" term of three words or fewer
        not ending as speech would (“We are ready,”), or a title."""
        n = len(words.split())
        if n == 1:
            return True
        if n <= 3 and words[-1] not in ",.!?" and self._is_term(seg):
            return True
        return self._is_title(seg, words)

    def _is_term(self, seg: _Segment) -> bool:
        """A few quoted words used as a term: the “so-called” kind, "simply a “luxury good”", or one
        modifying the noun after it ("a “low-hire, low-fire” market")."""
        opened = seg.open_at or 0
        closed = seg.close_at if seg.close_at is not None else opened
        before = self.text[max(0, opened - 20):opened].lower().split()[-2:]
        if before[-1:] == ["so-called"] or (before[:1] in (["a"], ["an"]) and before[-1:] != ["said"]):
            return True  # "a possible “sting jet” developing": a term the article and an adjective name
        if before[-1:] not in (["a"], ["an"], ["the"]):
            return False
        if before[:1] in (["simply"], ["merely"], ["just"], ["only"]):
            return True
        nxt = self.text[closed + 1:closed + 20].split()[:1]
        noun = nxt[0].rstrip(".,;:") if nxt else ""
        return noun.isalpha() and noun.islower() and noun not in STOPWORDS and noun != "according" \
            and not _VERB.fullmatch(noun)

    def _is_title(self, seg: _Segment, words: str) -> bool:
        """A quoted name of a thing: the “Made in China 2025” plan, a Title-Cased name."""
        if seg.open_at is None or seg.close_at is None:
            return False
        before = self.text[max(0, seg.open_at - 20):seg.open_at].split()
        if before and before[-1].lower() in ("titled", "entitled"):
            return True  # "The study, titled “Extreme heat exposure in late pregnancy ...”": its title
        if before and before[-1].lower() in ("the", "a", "an", "its", "their", "his", "her", "our"):
            after = self.text[seg.close_at + 1:seg.close_at + 30].split()
            if after and after[0].strip(".,;:").lower() in _TITLE_NOUNS:
                return True
        if words.endswith((".", "!", "?")):
            return False  # a sentence, not a name (checked first: it is cheap and most quotes end so)
        caps = [w for w in words.rstrip(",").split() if w[0].isalpha() and len(w) > 3]
        if words.endswith(","):  # the comma of the sentence around a title, set inside the marks
            # ("an advisory, “Maritime Sanctions Evasion: Updated Guidance for the Shipping Industry,”")
            # or of a line said: a title only when it is long and every long word is capitalised
            return len(caps) >= 3 and all(w[0].isupper() for w in caps)
        return bool(caps) and all(w[0].isupper() for w in caps)

    def _para_of(self, seg: _Segment) -> Span:
        return self.paras[seg.para]

    def _quote(self, span: tuple[int, int, str], speaker: str | None) -> Quote:
        said = span[2].rstrip(",;:")  # “It is ready,” she said: the comma is the sentence's, not hers
        return Quote(said, speaker, (Cite(self.doc_id, span[0], span[0] + len(said)),))

    def _unnamed(self, seg: _Segment) -> bool:
        """Return whether the words that say who speaks, in the sentence around a quote, keep the speaker
        unnamed ("who asked not to be named", "speaking on condition of anonymity")."""
        if seg.open_at is None or seg.close_at is None:
            return False
        para = self._para_of(seg)
        before = self.text[max(para.start, seg.open_at - 200):seg.open_at]
        after = self.text[seg.close_at + 1:min(para.end, seg.close_at + 201)]
        if not before.strip() and seg.para and self.paras[seg.para - 1].text.rstrip().endswith(":"):
            before = self.paras[seg.para - 1].text[-200:]  # "A reader ..., who asked us not to use her
            # name, sent this message:" over the quote
        before = before[max(before.rfind(". "), before.rfind("”") + 1, 0):]
        after = after[:after.find(". ") if ". " in after else len(after)]
        return ("name" in before or "anonym" in before or "name" in after or "anonym" in after) and \
            (_ANONYMOUS.search(before) is not None or _ANONYMOUS.search(after) is not None)

    def _own_speaker(self, seg: _Segment) -> str | None:
        """The speaker named right after the closing mark, else before the opening one in its sentence.

        A quote that ends its sentence (“... confidence.” He added that ...) is followed by a new
        sentence, so a speaker named before it ("the Minister said, “...”") comes first.
        """
        para = self._para_of(seg)
        closed = self.text[seg.start:seg.end].rstrip()[-1:] in (".", "!", "?")
        if seg.close_at is not None and not closed:
            who = self._after(para, seg.close_at + 1 - para.start)
            if who:
                return who
        if seg.open_at is not None:
            rel = seg.open_at - para.start
            # A bounded window keeps huge paragraphs linear.
            prev_mark = max(rel - _LOOK_BACK, seg.prev_mark - para.start, 0)
            begin = _sentence_start(para.text, prev_mark, rel)
            begin = prev_mark if begin is None else begin
            who = self._before(para, begin, rel)
            if who:
                return who
        if seg.close_at is not None and closed:
            return self._after(para, seg.close_at + 1 - para.start)
        return None

    def _after(self, para: Span, j: int) -> str | None:
        """Attribution that follows a quote: ', Xi said', ', said Wang Yi, ...', ', according to CCTV'."""
        rest = para.text[j:j + 300]
        lead = len(rest) - len(rest.lstrip(" ,;:—–-\u00a0"))
        rest = rest[lead:]
        cut = _MARK.search(rest)
        pos = para.start + j + lead
        if cut:
            pseudonym = PSEUDONYM.match(rest, cut.start())
            if pseudonym and _VERB.fullmatch(rest[:cut.start()].rstrip()):  # “...,” said “Hamid,” 34,
                return self.people.resolve(pseudonym.group("quoted"), pos)
            rest = rest[:cut.start()]
        if (stop := _SENTENCE_STOP.search(rest)) is not None:
            rest = rest[:stop.end()]  # the attribution is in the quote's sentence: not "Mrs B has
            # used all of her savings. Ms C ... has told the court"
        if "quoted" in rest and (relayed := _QUOTED_AS.match(rest)):
            return self.people.resolve(relayed.group(1) or relayed.group(2), pos)
        verb = _VERB.search(rest)
        if not verb:
            return None
        if verb.start() == 0:
            return self._subject_right(rest, verb.end(), pos)
        found = _subject_left(rest, verb.start())
        if found and (_only_a_role(rest[:found[1]]) or _portfolio_before(rest[:found[1]], found[0])):
            # Right after a quote no sentence starts, so a capitalised "He" there is a name.
            return self.people.resolve(found[0], pos, name_only_pronoun=False)
        if found and rest[:found[1]].strip() == "the":  # “...,” the German said / the Kremlin said
            return self.people.resolve(f"the {found[0]}", pos)
        return None

    def _before(self, para: Span, begin: int, end: int) -> str | None:
        """Attribution before a quote in its sentence: 'Xi has repeatedly said, ', 'he said, '."""
        pre = para.text[begin:end]
        if "quoted" in pre and (relayed := _QUOTED_AS.search(pre)) and not pre[relayed.end():].strip(" ,:"):
            group = 1 if relayed.group(1) else 2
            return self.people.resolve(relayed.group(group), para.start + begin + relayed.start(group))
        for verb in reversed(list(_VERB.finditer(pre))):
            pos = para.start + begin + verb.start()
            who = self._subject_of(pre, verb, pos)
            if who:
                return who
        if pre.rstrip().endswith(":"):  # "Our chairman, Lars Eide, put it to me very simply: “...”"
            starts = [m.end() for m in _SENT_END.finditer(pre)]
            begin += starts[-1] if starts else 0  # its own sentence only
            pre = para.text[begin:end]
            named = self.people.first_named(para.start + begin, para.start + end)
            if named is None:
                return None
            at, written, name = named[0] - para.start - begin, named[1], named[2]
            before = pre[:at].split()[-1:] if at > 0 else []
            if not pre.startswith(("'s", "’s"), at + len(written)) and \
                    not (before and before[0].lower() in _NOT_SUBJECT_BEFORE):
                return name  # the sentence's subject, not "outside Jane Doe's office", "a letter to ..."
        return None

    def _subject_of(self, s: str, verb: re.Match[str], pos: int) -> str | None:
        if verb.group(0).lower() == "according to" or s[:verb.start()].rstrip(" ,").endswith(_CLOSING_MARKS):
            return self._subject_right(s, verb.end(), pos)  # "“…,” said Dr Miriam Achieng-Larsen"
        if verb.group(0) in _PARTICIPLES:
            clause = s[:verb.start()].rsplit(",", 1)[-1].lower().split()
            if not _CARRIERS.isdisjoint(w.strip(".;:") for w in clause[-6:]):
                return None  # "a post circulating over the weekend saying ...": a thing said it
            if (body := _BODY_ACTED.match(s)) is not None and is_org_like(body.group(1)):
                return self.people.resolve(body.group(1), pos)  # "The Association of Electricity
                # Distributors of Nigeria (AEDN) welcomed the decision, saying ...": the body says it
            return self.people.last_person(pos)
        found = _subject_left(s, verb.start())
        return self.people.resolve(found[0], pos) if found else None

    def _subject_right(self, s: str, j: int, pos: int) -> str | None:
        """Read who follows a speech verb: 'said Wang Yi, ...', 'said White House spokeswoman Karine
        Jean-Pierre', 'said the spokesman', 'according to a statement from the Ministry of ...'."""
        toks = [m.group(0) for m in _TOKEN.finditer(s, j, j + 200)]
        if not toks:
            return None
        if toks[0] in ("a", "an") and (named := NAMED_ONLY_AS.search(s, j, j + 200)):
            return self.people.resolve(named.group("as"), pos)  # "said a teacher who gave his name
            # only as Osman"
        if toks[0].lower() in _PRONOUNS:
            return self.people.resolve(toks[0], pos)
        if toks[0] == "the" and len(toks) > 1 and toks[1] in DESCRIPTORS and toks[1] not in TITLES:
            return self.people.resolve(f"the {toks[1]}", pos)  # "said the nurse, who works at ...": the
            # person just named
        if toks[0][0].isupper():
            run = _cap_run(toks, 0)
            k = len(run)
            m = k  # "said NWS Wilmington meteorologist Tom Reyes", "said ONS deputy director Marcus ...":
            while m < len(toks) and m - k < 3 and toks[m].isalpha() and toks[m].islower() and \
                    toks[m] not in STOPWORDS:  # the body, what the person is, the person
                m += 1
            if toks[:k] == run and k < m < len(toks) - 1 and toks[m][0].isupper():
                person = _cap_run(toks, m)
                if 2 <= len(person) <= 4 and person_name(" ".join(person)):
                    return self.people.resolve(" ".join(person), pos)
            if run[-1].endswith(("'s", "’s")) and (holder := _holder_after_post(toks, k)):
                return self.people.resolve(holder, pos)  # "said Hydro Tasmania's general manager of
                # trading, Callum Ashby": the body's post, then between commas who holds it
            return self.people.resolve(" ".join(run), pos)
        comma = toks.index(",", 0, 8) if "," in toks[:8] else -1
        if toks[0] == "the" and comma > 1 and (toks[1][0].isupper() or _is_role(toks[1])) and \
                toks[comma + 1:comma + 2] and toks[comma + 1][0].isupper():
            # "said the Humanitarian Coordinator for Somalia, Jo Reed,", "said the chair of the
            # Disciplinary Committee, Hanne Kjærgaard Holm": the post, then the person holding it
            name = self.people.resolve(" ".join(_cap_run(toks, comma + 1)), pos)
            if name and " " in name and not is_org_like(name):
                return name
        if toks[0] == "the" and (holder := _holder_after_post(toks, 1)):
            return self.people.resolve(holder, pos)  # "said the company's chief executive, Mara Quinn"
        for n, w in enumerate(toks[:8]):
            if w == ",":
                break
            if _is_role(w):
                k = n + 1
                while k < len(toks) and k - n < 4 and not w.endswith(".") and _is_role(toks[k]) and \
                        toks[k][0].islower():
                    w, k = toks[k], k + 1  # "said chief executive officer Sarah Lyle"
                abbreviated = w.endswith(".") and len(w) <= 6  # "said Rep. Dana Whitfield": no full stop
                if (abbreviated or not w.endswith(".")) and toks[k:k + 1] and toks[k][0].isupper():
                    # "said finance director Anna Kowalski": the role, then the name
                    return self.people.resolve(" ".join(_cap_run(toks, k)), pos)
                return self.people.resolve(" ".join(toks[:k]), pos)
            if w in ("from", "by", "of"):
                k = n + 2 if toks[n + 1:n + 2] == ["the"] else n + 1
                if k < len(toks) and toks[k][0].isupper():
                    return self.people.resolve(" ".join(_cap_run(toks, k)), pos)
        return None

    def _context_speaker(self, seg: _Segment) -> str | None:
        """For a quote with no attribution of its own: an earlier speaker in its paragraph, else the last."""
        para = self._para_of(seg)
        rel = (seg.open_at if seg.open_at is not None else seg.start) - para.start
        if _NONSPACE.search(para.text, _body_start(para.text), rel):
            # "‘A,’ said Shaun Davies, the chair of the LGA. ‘B.’": B is his too.
            return self._before(para, max(0, rel - _LOOK_BACK), rel) or self._para_speaker.get(seg.para) \
                or self._pronoun_subject(para, rel)
        if (credited := self._credited(seg)) is not None:
            return credited
        if seg.para == 0:
            return None
        prev = seg.para - 1
        if prev not in self._para_speaker:
            p = self.paras[prev]
            self._para_speaker[prev] = self._before(p, max(0, len(p.text) - _LOOK_BACK), len(p.text)) or \
                self._introduced(p)
        return self._para_speaker[prev]

    def _credited(self, seg: _Segment) -> str | None:
        """Return the person a credit line under a quote names, on the line after its close or after the
        quoted paragraphs that go on from it ("Dr Rowena Achterberg, Head of Population Health Monitoring,
        Office for National Statistics", "Mhairi Dunlop, Chief Executive"): how a bulletin, a release or
        a slide says whose words they are. A line that says more ("..., who runs the shop, said") is the
        next sentence, not a credit."""
        at = seg.close_at + 1 if seg.close_at is not None else self._para_of(seg).end
        for line in _LINE.finditer(self.text, at, min(len(self.text), at + 2000)):
            text = line.group(1)
            if text[:1] in _OPENERS or text[:1] == '"':
                continue  # the quote goes on
            credit = _CREDIT.fullmatch(text)
            if credit is None or not (credit.group("dash") or credit.group("post")) or \
                    _VERB.search(credit.group("post") or ""):
                return None
            name = person_name(credit.group("name"))
            return self.people.resolve(name, line.start(1)) if name and " " in name else None
        return None

    def _pronoun_subject(self, para: Span, rel: int) -> str | None:
        """Return who a "he" or "she" is, the subject of the sentence a quote follows in its paragraph
        ("Asked about the final point, he smiled. “Nineteen shots? ...”"): the quote is theirs."""
        lo = max(0, rel - _LOOK_BACK)
        if _MARK.search(para.text, lo, rel):
            return None  # another quote before it: its speaker (see _para_speaker) or nobody known
        begin = _sentence_start(para.text, lo, rel)
        pronoun = _PRONOUN_CLAUSE.match(para.text, lo if begin is None else begin, rel)
        if pronoun is None:
            return self._named_subject(para, lo if begin is None else begin, rel)
        return self.people.last_person(para.start + pronoun.start(1), pronoun.group(1).lower())

    def _named_subject(self, para: Span, begin: int, rel: int) -> str | None:
        """Return the one person the sentence before a quote names, when the sentence opens on them ("Sedbergh
        boss Neil Fawcett was more philosophical. “...”"): the quote is theirs. Before the name, only words
        that say who the person is may stand, no verb ("Officials met Neil Fawcett")."""
        named = self.people.first_named(para.start + begin, para.start + rel)
        if named is None or self.people.first_named(named[0] + len(named[1]), para.start + rel):
            return None
        lead = para.text[begin:named[0] - para.start].split()
        if len(lead) > 3 or not all(w[:1].isupper() or w.lower() in _WHO_WORDS for w in lead):
            return None
        return named[2]

    def _introduced(self, para: Span) -> str | None:
        """Return the person a paragraph without quotes introduces and ends on ("Luz Herrera, a home health
        aide, ... When I visited her, she walked me through her budget."): the speaker of a quote that
        stands alone in the next paragraph. Only a "she" or "he" in its last sentence, going back to a
        person the paragraph names, counts."""
        text = para.text
        if _has_marks(text):
            return None
        last = text[(_sentence_start(text, 0, len(text)) or 0):]
        pronoun = _SUBJECT_PRONOUN.search(last)
        if pronoun is None:
            return None
        who = self.people.last_person(para.end, pronoun.group(0).lower())
        if who is None or who.split()[-1] not in text:
            return None
        return who


_CREDIT = re.compile(r"(?P<dash>[—–-]\s*)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4})"
                     r"(?:,\s*(?P<post>[^\n.!?\"“”]{3,150}))?\.?")
"""A line crediting a quote to its speaker: a name, after a dash or before their post."""
_LINE = re.compile(r"[ \t]*(\S[^\n]*?)[ \t]*$", re.M)
"""A line with something on it, without the space around it."""
_WHO_WORDS = DESCRIPTORS | {"the", "a", "an", "former", "senior", "local"}  # "boss", "chief": DESCRIPTORS
"""Words that may stand before a name opening a sentence, saying who the person is ("Sedbergh boss")."""
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e)\b")
_PRONOUN_CLAUSE = re.compile(r"(?:\s*|[^,;]*[,;]\s+)(she|he|She|He)\s+[a-z]+")
"""From a sentence's start, a "she" or "he" as its subject: opening it, or after its first comma ("Asked
about the final point, he smiled"); not one inside a clause ("the report he wrote")."""


def _sentence_start(text: str, lo: int, hi: int) -> int | None:
    """Return where the sentence holding ``text[hi]`` starts, when a sentence ends between ``lo`` and it."""
    start = None
    for m in _SENT_END.finditer(text, lo, hi):
        start = m.end()
    return start


def _without_pull_quotes(quotes: list[Quote], borrowed: Sequence[int]) -> list[Quote]:
    """Drop a quote that names no speaker of its own and whose words a longer quote of the source
    holds: a crosshead or pull-quote (‘You can’t fight the sea with a bucket’) repeats words said
    later, where they are attributed; its speaker would only be guessed from the paragraph above."""
    if not borrowed:
        return quotes
    keys = [_norm(q.text) for q in quotes]
    gone = {i for i in borrowed
            if any(j != i and len(keys[j]) > len(keys[i]) and keys[i] in keys[j] for j in range(len(quotes)))}
    return [q for i, q in enumerate(quotes) if i not in gone]


def _is_role(word: str) -> bool:
    return word.rstrip(".").lower().rstrip("s").rsplit("-", 1)[-1] in ROLES  # "Vice-President" too


def _only_a_role(words: str) -> bool:
    """True for nothing, or a short job title standing before a name ("chief executive", "Apple's CFO",
    "Minister of", which the ministry's name follows)."""
    toks = words.replace(",", " ").split()
    if toks[-1:] == ["of"] and len(toks) > 1:
        toks = toks[:-1]
    return not toks or (len(toks) <= 6 and _is_role(toks[-1]) and "," not in words.strip(" ,"))


def _portfolio_before(words: str, subject: str) -> bool:
    """True when ``words`` open a titled subject's portfolio: "Integration and" before "Regional Development
    Minister Helena Prado Vasconcelos" (not "Apple and" before "Google": no title there)."""
    toks = words.split()
    return 0 < len(toks) <= 4 and toks[-1] in ("and", "&") and all(t[:1].isupper() for t in toks[:-1]) \
        and any(_is_role(w) for w in subject.split())


def _holder_after_post(toks: list[str], k: int) -> str | None:
    """Return the name after a post and a comma, from ``toks[k]`` ("general manager of trading, Callum
    Ashby", "company's chief executive, Mara Quinn"), or None when no post comes first or no name follows."""
    comma = toks.index(",", k, k + 8) if "," in toks[k:k + 8] else -1
    post = toks[k:comma]
    if comma < 0 or not any(_is_role(w) for w in post) or \
            not all(w.isalpha() and w.islower() or w[:1].isupper() or w.endswith(("'s", "’s")) for w in post):
        return None
    person = _cap_run(toks, comma + 1)
    name = " ".join(person)
    return name if 2 <= len(person) <= 4 and person_name(name) else None


def _cap_run(toks: list[str], i: int) -> list[str]:
    """The name that starts at ``toks[i]``: capitalised words, with "of", "for", "and" or a lower-case
    title between them ("Ministry of Foreign Affairs", "White House spokeswoman Karine Jean-Pierre")."""
    out: list[str] = []
    while i < len(toks):
        w = toks[i]
        if w.endswith(("’s", "'s")) and w[0].isupper() and i + 1 < len(toks) and toks[i + 1][0].isupper():
            out = []  # "said Al Jazeera’s Hassan Raheem": the owner, then the person
        elif w[0].isupper():
            out.append(w)
            if w.endswith(".") and len(w) > 2 and w[:-1].lower() not in HONORIFICS and \
                    w[:-1].lower() not in TITLES:  # "Rep. Dana Whitfield", "Gov. Mike DeWine": a title
                break  # "said Ann Lee. The plan ...": the full stop ends the name
        elif (w in NAME_PARTICLES or w in ("of", "for", "and") or w.rstrip(".") in TITLES or
              (w == "the" and out and out[-1] in ("of", "for"))) and i + 1 < len(toks) and \
                (toks[i + 1][0].isupper() or (w in ("of", "for") and toks[i + 1] == "the" and
                                              toks[i + 2:i + 3] and toks[i + 2][0].isupper())):
            out.append(w)  # "Under Secretary of the Treasury for Terrorism and Financial Intelligence"
        else:
            break
        i += 1
    if out and len(out[-1]) > 2:
        out[-1] = out[-1].rstrip(".")  # the sentence's full stop, not an initial's
    return out


_DESCRIBED_NAME = re.compile(r"(?:^|\s)([a-z][\w-]*)\s+"
                             rf"((?:[{UPPER}][\w'’.-]*\s+){{1,3}}[{UPPER}][\w'’-]+)$")
"""An appositive that ends on a name after a word in lower case: "former Davis Cup player Martín Ledesma"
(not after a function word: "a teacher at Lincoln High School" ends on a place)."""


def _subject_left(s: str, end: int) -> tuple[str, int] | None:
    """Read the subject that ends just before ``end``: a name, a pronoun or 'the spokesman'.

    Skips adverbs ("has repeatedly") and an appositive (", director of ..., ").
    Returns the phrase and where it starts in ``s``.
    """
    toks = list(_TOKEN.finditer(s, max(0, end - 300), end))
    i = len(toks) - 1
    while i >= 0 and toks[i].group(0).lower() in _ADVERBS:
        i -= 1
    if i > 0 and s[toks[i].end():end].lstrip().startswith(")"):
        k = max((n for n in range(max(0, i - 3), i) if toks[n].group(0) == "("), default=-1)
        i = k - 1 if k > 0 else i  # "Korean Central News Agency (KCNA) said", "Jo Reed (R-Texas) said"
    comma = i
    for _ in range(3):  # appositives, even several: ", 45, a trader in Shenzhen, "
        if comma < 0 or toks[comma].group(0) != ",":
            break
        k = comma - 1
        while k >= 0 and toks[k].group(0) != ",":
            k -= 1
        if k < 1 or toks[comma].start() - toks[k].end() > 200:
            break
        inner = s[toks[k].end():toks[comma].start()].strip()
        if comma == i and inner[:1].islower() and toks[k - 1].group(0).lower() in DESCRIPTORS and \
                (named_in := _DESCRIBED_NAME.search(inner)) and named_in.group(1) not in FUNCTION_WORDS:
            name = named_in.group(2)  # "Quiroga’s coach, former Davis Cup player Martín Ledesma, said":
            # the role, then who holds it
            return name, s.rindex(name, 0, toks[comma].start())
        if not (not inner[:1].isalpha() or inner[0].islower() or inner.startswith(("The ", "A ", "An "))
                or re.match(r"\w+['’]s ", inner) or _PARTY_TAG.fullmatch(inner)):
            words = inner.split()
            if comma == i and 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and \
                    (_role_ends(toks, k) or _post_opens(s, toks, k)):  # "The alliance's chief executive,
                # Rachel Dunmore, said", "Commissioner for Environment, Water Resilience and ..., Andrzej
                # Wierzbicki, added"
                if (named := _named_before_role(s, toks, k)) is not None:
                    return named  # "Vikram Sethuraman, Chief Executive Officer, Kestrel Air, said":
                    # a name, the role, then where the role is held
                return inner, toks[k].end() + s[toks[k].end():].index(inner[0])
            break
        comma, i = k, k - 1  # ", director of ..., " / ", 45, " / ", China's foreign minister, "
    if i < 0:
        return None
    last = toks[i].group(0)
    if last == ",":
        return None
    if last == "and":
        k = i - 1  # back to the clause's start: a comma or the sentence before's last word
        while k >= 0 and toks[k].group(0) != "," and not toks[k].group(0).endswith("."):
            k -= 1
        if 0 <= k < i - 1 and toks[k + 1].group(0).lower() in ("he", "she"):
            return toks[k + 1].group(0), toks[k + 1].start()  # "..., he looked at me and said, “...”"
        if (opening := _OPENING_NAME.match(s)) and opening.end(1) < end and \
                _PRONOUNS.isdisjoint(opening.group(1).lower().split()):  # not "When I wanted ... and"
            return opening.group(1), opening.start(1)  # "The Minister of Economy, Ricardo Pellegrini,
            # defended the measure ... and affirmed that ...": the subject, said again by its second verb
    if last.lower() in _PRONOUNS:
        return last, toks[i].start()
    if last in ("No.", "No") and s[toks[i].end():end].lstrip()[:1].isdigit():
        j = i  # "The world No. 5 said": a ranking, which the tokens (words only) cut at its number
        while j > 0 and i - j < 3 and toks[j - 1].group(0).lower() not in (",", "the"):
            j -= 1
        j = j - 1 if j > 0 and toks[j - 1].group(0).lower() == "the" else j
        return s[toks[j].start():end].strip(), toks[j].start()
    if is_name_word(last):
        j = i
        while j - 1 >= 0:
            w = toks[j - 1].group(0)
            gap = s[toks[j - 1].end():toks[j].start()]
            if w == "," or not is_name_word(w) or any(c.isdigit() for c in gap):
                break  # no number stands inside a name: "14 March 2025 – Kestrel" ends at "Kestrel"
            j -= 1
        body = _org_before(toks, i + 1)  # "a spokesperson for the Department for Energy Security ..."
        if body is not None and body < j:
            j = body
            if (person := _person_of_body(s, toks, body)) is not None:
                return person  # "Dr. Julián Orbegozo of the National University of Cuyo told": the person,
                # then where they work
        elif j > 0 and toks[j - 1].group(0).lower() in _PLACE_BEFORE:
            return None  # "one mother living in a hotel in Co. Kildare told us": where, not who
        elif (person := _person_of_body(s, toks, j)) is not None:
            return person  # "Jane Doe from the Red Cross said"
        return s[toks[j].start():toks[i].end()], toks[j].start()
    if last.rstrip(".").lower() in _SPOKES:
        body = _org_before(toks, i)  # "A Department of Health and Social Care spokesperson"
        if body is not None:
            return s[toks[body].start():toks[i - 1].end()], toks[body].start()
    if last.rstrip(".").lower().rstrip("s") in ROLES or any(
        t.group(0).lower() == "the" for t in toks[max(0, i - 3):i]
    ):
        j = i
        while j - 1 >= 0 and i - j < 4:
            w = toks[j - 1].group(0)
            if w == "," or w.lower() in _ADVERBS:
                break
            j -= 1
            if w.lower() in ("the", "a", "an"):
                break
        if j >= 2 and [t.group(0).lower() for t in toks[j - 2:j]] == ["one", "of"]:
            j -= 2  # "one of the sources said": someone unnamed, not the sources as a body
        return s[toks[j].start():toks[i].end()], toks[j].start()
    return None


def _person_of_body(s: str, toks: list[re.Match[str]], body: int) -> tuple[str, int] | None:
    """Return the person named right before "of (the)", "from (the)" or "at (the)" and the body starting at
    token ``body``, with where the name starts, or None."""
    lead = body - 1 if body >= 1 and toks[body - 1].group(0).lower() == "the" else body
    if lead < 3 or toks[lead - 1].group(0) not in ("of", "from", "at"):
        return None
    first = last = lead - 2
    while first - 1 >= 0 and toks[first - 1].group(0) != "," and is_name_word(toks[first - 1].group(0)):
        first -= 1
    named = s[toks[first].start():toks[last].end()]
    words = [w for w in named.split() if w.rstrip(".").lower() not in TITLES]
    if len(words) < 2 or not person_name(named):
        return None  # "the Housing Secretary of ...", "Provincial Minister of Production ...": a post
    return named, toks[first].start()


_PLACE_BEFORE = frozenset({"in", "at", "near", "outside", "inside"})
_OPENING_NAME = re.compile(r"\s*(?:The\s+[^,.;:]{1,60},\s+|An?\s+(?:[a-z]+\s+){1,2}(?:named|called)\s+)?"
                           r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})"
                           r"(?:,[^,.;:]{1,80},)?\s+[a-z]")
"""A sentence that opens on a person: "The Minister of Economy, Ricardo Pellegrini, defended", "Jane Doe,
the mayor, said", "A woman named Kuni Behera, who ..., held my hand and said"."""


def _named_before_role(s: str, toks: list[re.Match[str]], k: int) -> tuple[str, int] | None:
    """Return the person named right before the role that ends at ``toks[k]`` (a comma), set off by a
    comma and opening the sentence: "Vikram Sethuraman, Chief Executive Officer, ...", else None."""
    j = k - 1
    while j >= 0 and toks[j].group(0) != ",":
        j -= 1
    if j < 1:
        return None
    start = j - 1
    while start > 0 and is_name_word(toks[start - 1].group(0)):
        start -= 1
    name = s[toks[start].start():toks[j].start()].strip()
    opens = s[max(0, toks[start].start() - 3):toks[start].start()].rstrip()[-1:] in ("", ".", ":", "!", "?")
    if not opens or not 2 <= len(name.split()) <= 4 or person_name(name) is None:
        return None
    return name, toks[start].start()


def _role_ends(toks: list[re.Match[str]], k: int) -> bool:
    """True when the words before ``toks[k]`` (a comma) end on a role, or on a role and what it is of:
    "chief executive", "ambassador to Baghdad", "head of the Basra water directorate", "analyst with
    Lagos-based Beacon Advisory"; or on a role and who they are to someone: "The paramedic who attended
    Mr Fowle"."""
    j = k - 1
    while j >= 0 and k - j <= 6:
        w = toks[j].group(0)
        if w == ",":
            return False
        if w == "who" and j > 0 and (_is_role(toks[j - 1].group(0)) or toks[j - 1].group(0) in DESCRIPTORS):
            return True
        if _is_role(w) and w.rstrip(".").lower() not in HONORIFICS:
            return j == k - 1 or toks[j + 1].group(0) in _ROLE_OF
        j -= 1
    return False


_ROLE_OF = frozenset({"of", "to", "for", "at", "in", "with", "from"})


def _post_opens(s: str, toks: list[re.Match[str]], k: int) -> bool:
    """True when the sentence before ``toks[k]`` (a comma) is a post and its portfolio, whose own commas
    ("Executive Vice-President for the Clean, Just and Competitive Transition") hide the post from
    `_role_ends`: a role opens the sentence, "for" or "of" follows it, and only capitalised words and
    the portfolio's small words come after."""
    if not toks or s[:toks[0].start()].strip() or k > 20:
        return False
    words = [t.group(0) for t in toks[:k]]
    first = n = 1 if words[:1] == ["The"] else 0
    while n < min(len(words), first + 2) and _is_role(words[n]):
        n += 1  # "Executive Vice-President", "Commissioner"
    return first < n < len(words) and words[n] in ("for", "of") and \
        all(w[0].isupper() or w in NAME_JOINERS or w in (",", "a", "&") for w in words[n + 1:])


_CLOSING_MARKS = ("”", '"', "’")
"""What ends a quote right before its speech verb: "“…,” said Dr Miriam Achieng-Larsen"."""
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")
"""A US lawmaker's party and state: "R-Texas", "D-N.Y.", "D-New York"."""
_NOT_SUBJECT_BEFORE = frozenset("to with about outside for from against by of at behind than".split())
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "official", "statement"})


def _org_before(toks: list[re.Match[str]], end: int) -> int | None:
    """Return where an organisation's name ending just before ``toks[end]`` starts, or None.

    The name may hold "of", "for", "and", "the" between capitalised words ("Department for Energy
    Security and Net Zero"); it counts only when it reads as a body, not as two people.
    """
    j = end
    while j - 1 >= 0:
        w = toks[j - 1].group(0)
        if w[0].isupper():
            j -= 1
        elif w in NAME_JOINERS and j < end and j >= 2 and toks[j - 2].group(0)[0].isupper():
            j -= 1
        else:
            break
    while j < end and toks[j].group(0) in ("A", "An", "The"):
        j += 1  # the sentence's article, not the name's
    if j == end:
        return None
    name = " ".join(t.group(0) for t in toks[j:end])
    return j if is_org_like(name) else None


def _turn_quotes(
    doc_id: str, turns: Sequence[Turn], roles: dict[str, str], people: People,
    known: dict[tuple[int, int], Sequence[Span]], interviewee: str | None = None,
    quoted: Sequence[tuple[int, int]] = (),
    headline: frozenset[str] = frozenset(),
    witness: str | None = None,
) -> list[Quote]:
    """The substantive sentences of each answer, given to the answering speaker.

    A sentence holding someone's marked words (``quoted``: their spans) is not the answerer's own:
    "As President Xi Jinping has said, “...”" is Xi's quote, found with its marks.

    An "A:" answer is the ``witness`` a court's transcript examines, else the interview's subject: the
    first person named, else ``interviewee`` (as the headline presents them), else nobody rather than "A".

    ``known`` maps a paragraph's (start, end) to its sentences where the caller split them already;
    a turn opening on its speaker's line ("Gu Jun: We ...") is split here.
    """
    out: list[Quote] = []
    voiced: str | None = None  # who the last turn gave voice to, an interpreter's words being theirs
    answering = {t.speaker for t in turns if roles.get(t.speaker) == "answer" and " " in t.speaker}
    for turn in turns:
        others = answering - {turn.speaker}
        interpreted = _INTERPRETER.match(turn.speaker) is not None
        if interpreted:
            if voiced is None:
                continue  # a question put into the other language, or the interpreter's own aside
            speaker: str | None = voiced
        elif roles.get(turn.speaker) != "answer":
            voiced = None
            continue
        elif turn.speaker in ("A", "Answer"):  # an interview's "Q:" / "A:": the answer is the person it
            # presents (the letter is nobody's name, though "Line A" may be a text's)
            speaker = voiced = witness or people.first_person(exclude=roles) or interviewee
        else:
            bare = _strip_honorific(turn.speaker)
            written = as_written(bare)
            speaker = voiced = people.resolve(written, turn.speaker_span.start)
            if speaker == written and bare.isupper() and "-" in bare:
                speaker = voiced = people.from_capitals(bare)  # "MR CHEUNG WAI-KIN": Cheung Wai-kin
            elif speaker == written and turn.role == STATION:
                speaker = voiced = bare  # a call sign, as the log writes it: "SØLVMÅGE", "RESCUE 512"
            if speaker == bare and bare != turn.speaker and turn.role.lower() in PARTIES:
                speaker = voiced = turn.speaker  # a call's "Customer", known only as "Mrs Okafor"
        picks: list[tuple[float, int, Span]] = []
        for n, para in enumerate(turn.paragraphs):
            if para.text[:1] in FOOTNOTE_MARKS:
                continue  # "² Camera 14, Carr Lane.": the record's note under the turn
            split = known.get((para.start, para.end))
            sents = _short_runs(para, sentences(para) if split is None else split)
            for i, sent in enumerate(sents):
                if sent.text.startswith("[") and 0 < (close := sent.text.find("]", 0, 39)) and \
                        sent.text[close + 1:close + 2].isspace():  # after "[laughs]", the line's or a cue's
                    sent = Span(sent.start + close + 2, sent.end, sent.text[close + 2:])
                if sent.text[-1:] in FOOTNOTE_MARKS:  # "Can you do that for me?¹": the record's note, not
                    said = sent.text.rstrip(FOOTNOTE_MARKS)  # the speaker's word
                    sent = Span(sent.start, sent.start + len(said), said)
                quoting = _headline_span(para, sents, i, headline) if headline else None
                if quoting is not None:  # the line the headline quotes: the editor's pick
                    picks.append((_ALWAYS, len(picks), quoting))
                    continue
                if (sent.text.count(" ") < 5 and not _short_answer_with_a_number(sent.text)) or \
                        sent.text.rstrip("”\"’ ").endswith("?") or \
                        _is_note(sent.text) or any(a < sent.end and sent.start < b for a, b in quoted) or \
                        sent.text.count("“") != sent.text.count("”") or \
                        (interpreted and _THIRD_PERSON.match(sent.text)) or \
                        _of_oneself(sent.text, speaker):
                    continue  # (an interpreter speaking of the one interpreted: "The Minister would like")
                cues = _cues(sent.text)
                if "proc" in cues or (not cues and _introduces(sent.text, others)) or \
                        is_boilerplate(sent.text):
                    continue  # (a call's or a release's standing lines: "... forward-looking statements")
                score = _answer_score(sent.text, bool(speaker), cues)
                if not picks and n == 0:
                    score += 0.5  # the topic sentence of the answer
                picks.append((score, len(picks), sent))
        keep = max(1, min(3, len(picks) // 8)) + sum(1 for p in picks if p[0] == _ALWAYS)
        for n, (_, _, sent) in enumerate(sorted(picks, key=lambda p: (-p[0], p[1]))):
            out.append(Quote(sent.text, speaker, (Cite(doc_id, sent.start, sent.end),), further=n >= keep))
    return out


def _of_oneself(text: str, speaker: str | None) -> bool:
    """True for a sentence of a turn that names its own speaker in full and never says "I" or "we": a
    voice-over the captions run on in their turn ("Effie MacPhail chairs Carrach Community Council."),
    or a name given for the record ("Derek Amirault, vice-president of regulatory affairs ...")."""
    return speaker is not None and " " in speaker and speaker in text and not FIRST_PERSON.search(text)


def _short_runs(para: Span, sents: Sequence[Span]) -> list[Span]:
    """A paragraph's sentences with each run of two or three short ones said together taken as one:
    "That is not an excuse.  It is an explanation." is the line a reporter quotes, where either half
    alone is too short to be. Only whole statements join (no question, no line a page cut short, no
    greeting or running of the room: "Let's go to the phones. Jen, Reuters."), with only space between."""
    out: list[Span] = []
    run: list[Span] = []

    def close() -> None:
        if len(run) > 1 and not run[0].text[:1].islower():
            start, end = run[0].start, run[-1].end
            out.append(Span(start, end, para.text[start - para.start:end - para.start]))
        else:
            out.extend(run)
        run.clear()

    for sent in sents:
        if not _joinable(sent.text):
            close()
            out.append(sent)
            continue
        if run and (len(run) == 3 or para.text[run[-1].end - para.start:sent.start - para.start].strip()):
            close()
        run.append(sent)
    close()
    return out


def _joinable(text: str) -> bool:
    """True for a short statement that may join the next one (see `_short_runs`)."""
    if text.count(" ") >= 5 or text.rstrip("”\"’)] ")[-1:] not in ".!" or _FLOOR.search(text) or \
            "proc" in _cues(text):
        return False
    comma = text.find(",", 0, 25)  # "Minister, the homeless figures.", "Mr. Mulenga, your objection is ...":
    addressed = text[:comma].replace(".", "").lower().split() if comma > 0 else []  # said to someone
    return not (addressed and addressed[0] in TITLES | HONORIFICS)


_FLOOR = re.compile(r"(?i:\b(?:go ahead|one at a time|hold on|all right|see you|yield back|microphone|phones?"
                    r"|row|last (?:\w+ )?(?:word|question)|good (?:morning|afternoon|evening|night)|welcome"
                    r"|thanks?|supplementary)\b)|^[A-Z][\w'’-]*, [A-Z][\w'’&-]*[.!]$"
                    r"|\b(?:I'm|I’m|I am|[Mm]y name is) [A-Z][\w'’-]+ [A-Z]")
"""A short line that runs the room rather than says anything: "Gentleman in the third row.", "Go ahead,
Ed.", "Doug, good morning.", "Second supplementary.", a turn given with its outlet, "Jen, Reuters.", and a
host's "And I'm Tom Okonjo."."""


_CARDINALS = frozenset(CARDINAL_WORDS)


def _short_answer_with_a_number(text: str) -> bool:
    """True for a short sentence of an answer that states a number ("Seventeen that we've confirmed.",
    "I'd estimate 85 percent."): a witness's or a guest's figure, said in few words, is worth quoting
    where a short "That's correct." is not."""
    if text.count(" ") < 2 or text[:1].isdigit() or text.rstrip("”\"’)")[-1:] not in ".!":
        return False  # a list's item ("1. FY2025 June supplementary budget"), a line that is no sentence
    if any(c.isdigit() for c in text) and any(c.isdigit() for c in _NO_FIGURE.sub("", text)):
        return True
    return any(w.strip(".,;:!?").lower() in _CARDINALS for w in text.split()[:4]) and \
        not _ONE_IDIOM.search(text)


_NO_FIGURE = re.compile(r"\d{1,2}:\d\d(?::\d\d)?|\b(?:No|no|Nos)\.\s*\d+")
"""A time ("at 4:15") or a number that only names ("No. 11842209"): no figure stated."""
_ONE_IDIOM = re.compile(r"\b(?:[Oo]ne (?:at a time|more|last|thing|second|moment|question)|make one)\b")
"""A "one" that counts nothing: "One at a time.", "One more question.", "Not for one second."."""


def _introduces(text: str, speakers: Collection[str]) -> bool:
    """Return True for a short sentence that names another speaker of the transcript, or its own
    speaker as "I'm ...": who comes next, or who is speaking ("And Ray Donnelly, our public works
    director.", "I'm Denise Caldwell, mayor of the City of Carlow Bay."), not what anyone says."""
    if text.count(" ") > 12:
        return False
    return _SELF_INTRODUCED.match(text) is not None or any(name in text for name in speakers)


_SELF_INTRODUCED = re.compile(r"(?:I['’]m|I am|My name is) [A-Z][a-z]")


_THIRD_PERSON = re.compile(r"The (?:[A-Z][\w-]* ){0,3}(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Jj]ournalist|"
                           r"[Ss]peaker|[Aa]mbassador|[Qq]uestion)\b")
"""How an interpreter's own words open: speaking of the one interpreted, or of the question."""
_INTERPRETER = re.compile(r"(?:the )?(?:interpreter|translator)\b", re.IGNORECASE)
"""The label of a turn that gives another's words in the listeners' language: the speaker before it."""
_INTERVIEWER = re.compile(r"^(?:interviewed by|interviewer|presenter|host(?:ed by)?)\s*:\s*([^\n,]{3,60})",
                          re.IGNORECASE | re.MULTILINE)
"""A transcript's header naming who asks: "INTERVIEWED BY: RACHEL OKAFOR", "Presenter: Nick Robinson"."""
_BYLINE_NAME = re.compile(r"^(?:By ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})[ \t]*(?:$|,|\||\bin\b)"
                          r"|([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})[ \t]*[|·•][ \t]*"
                          r"(?:Published|Updated|Posted|\d|[A-Z][a-z]{2,8}\.? \d))",
                          re.MULTILINE)
"""A byline: "By Dana Whitfield, Reuters", or a name before the date as many sites set it: "Faizan Bhatti |
Published January 27, 2025"."""


def _byline_author(lead: str) -> str | None:
    """Return the one person a byline names ("By Dana Whitfield"), or None (none, or several writers)."""
    found = _BYLINE_NAME.search(lead)
    if found is None or lead.startswith(" and ", found.end()):
        return None
    return person_name(as_written(found.group(1) or found.group(2)))


def _is_note(text: str) -> bool:
    """Return whether a sentence is a transcriber's or an editor's note, not speech: "[The letter has been
    retained.]", "This interview has been edited for length and clarity."."""
    return (text.lstrip().startswith(("[", "(")) and text.rstrip(" .").endswith(("]", ")"))) or \
        _ABOUT_ITSELF.match(text) is not None


_ABOUT_ITSELF = re.compile(r"\s*(?:This|The above|The following) (?:interview|conversation|transcript|Q&A)\b")
"""An editor's note on the interview itself, after its last answer: "This interview has been edited and
condensed.", "This interview appears in the November 2025 print edition ..."."""


def _headline_span(para: Span, sents: Sequence[Span], i: int, headline: frozenset[str]) -> Span | None:
    """Return the sentence at ``i``, or it and the next, when they hold most of the headline's quote."""
    for last in (i, i + 1):
        if last >= len(sents):
            break
        start, end = sents[i].start, sents[last].end
        text = para.text[start - para.start:end - para.start]
        if len(headline & set(_WORDS.findall(text.lower()))) >= 0.8 * len(headline):
            return Span(start, end, text)
    return None


_INTERVIEW_WITH = re.compile(
    r"\b[Ii]nterview(?:ed)?\s+with\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*)")


_HEADLINE_QUOTE = re.compile(r"[‘“\"']((?:[^‘’“”\"\n]|(?<=\w)[’'](?=\w)){12,200})[’”\"']")
"""A quote in a headline; an apostrophe inside a word ("That’s") does not close it."""


def _headline_quote(lead: str) -> frozenset[str]:
    """Return the words of a quote in the lines before the body ("‘Offshore wind is not broken’: ...")."""
    found = _HEADLINE_QUOTE.search(lead)
    words = _WORDS.findall(found.group(1).lower()) if found else []
    return frozenset(words) if len(words) >= 3 else frozenset()


def _interviewee(text: str, lead: str) -> str | None:
    """Return whom the opening lines say the interview is with ("Interview with the Minister of Energy"),
    else the person the ``lead`` (the lines above the first turn) names alone on a line: a press
    conference's header names the one who answers ("March 21, 2025", "Dan Kearney", "Providence, ...")."""
    found = _INTERVIEW_WITH.search(text, 0, 400) if "nterview" in text[:400] else None
    if found:
        return found.group(1)
    return next((line for line in map(str.strip, lead.splitlines())
                 if 1 <= line.count(" ") <= 3 and person_name(line) == line and
                 ROLES.isdisjoint(line.lower().split())), None)  # no "Staff Reporter"


_NAME_AS_SET = r"[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?){1,3}"
_HONORIFIC_SET = r"(?:(?i:dr|mr|mrs|ms|miss|prof)\.?[ \t]+)?"
_WITNESS = re.compile(
    rf"(?i:deposition|examination|testimony|evidence)[ \t]+(?i:of)[ \t]+{_HONORIFIC_SET}"
    rf"(?P<of>{_NAME_AS_SET})"
    rf"|^[ \t]*(?:\d{{1,2}}[ \t]+)?{_HONORIFIC_SET}(?P<sworn>{_NAME_AS_SET}),?[ \t]*"
    r"\(?(?i:(?:having been |being )?(?:first |previously |duly )*(?:sworn|affirmed|resumed|recalled))\b",
    re.MULTILINE)
"""Whom a court's or an inquiry's transcript examines: "VIDEOTAPED DEPOSITION OF DANIEL J. KORZENIEWSKI",
"DR. AMINA OKAFOR, sworn", "MS AILSA DRUMMOND (affirmed)", "Cross-Examination of Dr. Amina Okafor", and on
a trial's later day "DANIEL R. FORTIER, resumed."."""


_NAME_ANSWER = re.compile(r"^[ \t]*A[.:][ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4}?)\.?[ \t]*$",
                          re.MULTILINE)
"""An answer that is a name alone: "A.  Geraint Owen Pryce-Morgan.", a witness asked for their full name."""


def _witness(text: str) -> str | None:
    """Return the witness the opening of a court's or an inquiry's transcript names (whose words its "A."
    lines are), as a name is written, or None; in full when the first answers give it ("MR GERAINT
    PRYCE-MORGAN (affirmed)", then "A.  Geraint Owen Pryce-Morgan.")."""
    found = _WITNESS.search(text, 0, 20_000)
    if found is None:
        return None
    name = as_written(found.group("of") or found.group("sworn"))
    known = _strip_honorific(name).split()  # "Okafor" alone of "DR. OKAFOR, sworn"
    for answer in _NAME_ANSWER.finditer(text, found.end(), found.end() + 1500):
        full = answer.group(1).rstrip(".")
        words = full.split()
        if words[-1] == known[-1] and (len(known) == 1 or words[0] == known[0]):
            return full
    return name


def _strip_honorific(name: str) -> str:
    """Return a label's name without its form of address or its letters ("MR KELBROOK KC": "KELBROOK")."""
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").lower() in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and words[-1].strip(".,").lower() in _POST_NOMINALS:
        words.pop()
    return " ".join(words)
