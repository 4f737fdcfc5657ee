"""The briefing: the one document model between the summarizer and the writers.

Everything the writers show comes from a `Briefing`; everything the summarizer
finds goes into one. Its JSON form (schema ``reportgen.briefing/1``) is a public
contract: it is how a build is inspected, hand-edited and re-rendered.
This module imports no Office library.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from reportgen.errors import BriefingError

SCHEMA = "reportgen.briefing/1"
SOURCE_KINDS = ("news", "transcript", "other")


@dataclass(frozen=True)
class Cite:
    """Where an item comes from: ``source_text[start:end]`` of the source with id ``source``."""

    source: str
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    """What the briefing records of one source document (not its text)."""

    id: str
    path: str
    title: str | None = None
    date: str | None = None
    kind: str = "other"


@dataclass(frozen=True)
class Passage:
    """A sentence taken from a source: a context sentence or an area point."""

    text: str
    cite: tuple[Cite, ...]


@dataclass(frozen=True)
class Area:
    """One thematic area of the briefing, with the points that support it."""

    title: str
    points: tuple[Passage, ...]


@dataclass(frozen=True)
class Figure:
    """A number stated in a source.

    ``text`` is the verbatim phrase ("more than 45 percent"); ``value`` is the
    number it states, scaled by any multiplier word ("240 million" is 240000000);
    ``unit`` says what is counted ("percent", "people", "USD"); ``label`` says
    what the number measures.
    """

    value: float
    unit: str
    label: str
    text: str
    cite: tuple[Cite, ...]

    @property
    def is_range(self) -> bool:
        """Whether the phrase states a range ("3.5%-3.75%", "between $1.2 and $1.4 billion"), whose
        ``value`` is its low end only."""
        return _RANGE_PHRASE.search(self.text) is not None


_RANGE_PHRASE = re.compile(
    r"\d(?:\s*(?:%|per\s*cent|percent|[mbtr]illion|bn|m))?\s*(?:[-\u2013]|\s(?:to|and)\s)\s*\D{0,3}\d",
    re.IGNORECASE)
"""Two numbers joined by a dash, "to" or "and", each perhaps with its percent or scale word."""


@dataclass(frozen=True)
class Quote:
    """Words someone said, without the quote marks, and who said them.

    A ``further`` quote is another line of an answer or a speech that an editor would not pick: kept
    in the briefing file as evidence (a user may promote it), never shown in the brief or the deck.
    """

    text: str
    speaker: str | None
    cite: tuple[Cite, ...]
    further: bool = False


@dataclass(frozen=True)
class Briefing:
    """The whole briefing outline: context, areas, figures, quotes and their sources."""

    title: str
    date: str | None = None
    sources: tuple[Source, ...] = ()
    context: tuple[Passage, ...] = ()
    areas: tuple[Area, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    schema: str = field(default=SCHEMA)

    def shown_quotes(self, limit: int) -> tuple[Quote, ...]:
        """Return the quotes a brief or deck shows: at most ``limit``, none of the further lines."""
        return tuple(q for q in self.quotes if not q.further)[:max(limit, 0)]

    def source(self, source_id: str) -> Source | None:
        """Return the source with this id, or None."""
        for src in self.sources:
            if src.id == source_id:
                return src
        return None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form, field names as in the public schema."""
        return {
            "schema": self.schema,
            "title": self.title,
            "date": self.date,
            "sources": [
                {"id": s.id, "path": s.path, "title": s.title, "date": s.date, "kind": s.kind}
                for s in self.sources
            ],
            "context": [_passage_dict(p) for p in self.context],
            "areas": [
                {"title": a.title, "points": [_passage_dict(p) for p in a.points]}
                for a in self.areas
            ],
            "figures": [
                {
                    "value": _json_number(f.value),
                    "unit": f.unit,
                    "label": f.label,
                    "text": f.text,
                    "cite": _cites_list(f.cite),
                }
                for f in self.figures
            ],
            "quotes": [
                {"text": q.text, "speaker": q.speaker, "cite": _cites_list(q.cite)} |
                ({"further": True} if q.further else {})
                for q in self.quotes
            ],
        }

    def to_json(self) -> str:
        """Return the briefing as stable, human-editable JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> Briefing:
        """Build a briefing from its JSON form; raise BriefingError naming the bad field."""
        r = _Reader(data, "")
        schema = r.get("schema", str, required=False) or SCHEMA
        if schema != SCHEMA:
            raise BriefingError(f"schema: expected {SCHEMA!r}, found {schema!r}")
        sources = tuple(_read_source(s) for s in r.items("sources"))
        ids = {s.id for s in sources}
        return cls(
            title=r.get("title", str),
            date=r.get("date", str, required=False),
            sources=sources,
            context=tuple(_read_passage(p, ids) for p in r.items("context")),
            areas=tuple(
                Area(
                    title=a.get("title", str),
                    points=tuple(_read_passage(p, ids) for p in a.items("points")),
                )
                for a in r.items("areas")
            ),
            figures=tuple(
                Figure(
                    value=f.get("value", (int, float)),
                    unit=f.get("unit", str),
                    label=f.get("label", str),
                    text=f.get("text", str),
                    cite=_read_cites(f, ids),
                )
                for f in r.items("figures")
            ),
            quotes=tuple(
                Quote(
                    text=q.get("text", str),
                    speaker=q.get("speaker", str, required=False),
                    cite=_read_cites(q, ids),
                    further=bool(q.get("further", bool, required=False)),
                )
                for q in r.items("quotes")
            ),
            schema=schema,
        )

    @classmethod
    def from_json(cls, text: str) -> Briefing:
        """Parse briefing JSON text; raise BriefingError on bad JSON or a bad field."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BriefingError(f"not valid JSON: {exc.msg} at line {exc.lineno}") from None
        return cls.from_dict(data)


def _json_number(value: float) -> int | float:
    """Write whole numbers as integers so "nine" reads back as 9, not 9.0."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _cites_list(cites: tuple[Cite, ...]) -> list[dict[str, Any]]:
    return [{"source": c.source, "start": c.start, "end": c.end} for c in cites]


def _passage_dict(p: Passage) -> dict[str, Any]:
    return {"text": p.text, "cite": _cites_list(p.cite)}


class _Reader:
    """Reads one JSON object, naming the field path in every error."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise BriefingError(f"{path or 'briefing'}: expected an object")
        self.data = data
        self.path = path

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, kind: Any, *, required: bool = True) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise BriefingError(f"{self.where(key)}: missing")
            return None
        value = self.data[key]
        bad_bool = isinstance(value, bool) and kind is not bool
        if bad_bool or not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else "number"
            raise BriefingError(f"{self.where(key)}: expected {names}, found {value!r}")
        if isinstance(value, float) and not math.isfinite(value):
            raise BriefingError(f"{self.where(key)}: expected a finite number")
        return value

    def items(self, key: str) -> list[_Reader]:
        value = self.data.get(key, [])
        if value is None:
            value = []
        if not isinstance(value, list):
            raise BriefingError(f"{self.where(key)}: expected a list")
        return [_Reader(v, f"{self.where(key)}[{i}]") for i, v in enumerate(value)]


def _read_source(r: _Reader) -> Source:
    kind = r.get("kind", str, required=False) or "other"
    if kind not in SOURCE_KINDS:
        raise BriefingError(f"{r.where('kind')}: expected one of {', '.join(SOURCE_KINDS)}")
    return Source(
        id=r.get("id", str),
        path=r.get("path", str),
        title=r.get("title", str, required=False),
        date=r.get("date", str, required=False),
        kind=kind,
    )


def _read_cites(r: _Reader, ids: set[str]) -> tuple[Cite, ...]:
    cites = []
    for c in r.items("cite"):
        cite = Cite(source=c.get("source", str), start=c.get("start", int), end=c.get("end", int))
        if cite.source not in ids:
            raise BriefingError(f"{c.where('source')}: no source with id {cite.source!r}")
        if not 0 <= cite.start <= cite.end:
            raise BriefingError(f"{c.path}: start and end must satisfy 0 <= start <= end")
        cites.append(cite)
    return tuple(cites)


def _read_passage(r: _Reader, ids: set[str]) -> Passage:
    return Passage(text=r.get("text", str), cite=_read_cites(r, ids))
