"""Settings: everything a user may change without touching code, as one frozen object."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Headings:
    """The wording of the section headings, so a briefing can be written in any language."""

    context: str = "Context"
    areas: str = "Four synergy areas"
    figures: str = "Key figures"
    quotes: str = "Quotes"
    sources: str = "Sources"
    agenda: str = "Agenda"


@dataclass(frozen=True)
class AreaHint:
    """A user's area: its title and keywords that pull sentences into it."""

    title: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    """How a briefing is summarized and rendered."""

    title: str | None = None
    subtitle: str = "Briefing"
    date: str | None = None
    author: str = "reportgen"
    organisation: str | None = None
    areas: int = 4
    area_hints: tuple[AreaHint, ...] = ()
    max_figures: int = 12
    max_quotes: int = 8
    headings: Headings = field(default_factory=Headings)
    page_size: str = "A4"
    formats: tuple[str, ...] = ("docx", "pptx", "json")
