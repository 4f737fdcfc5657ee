"""Settings: everything a user may change without touching code, as one frozen object."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


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
    max_figures: int = 24
    max_quotes: int = 12
    headings: Headings = field(default_factory=Headings)
    page_size: str = "A4"
    formats: tuple[str, ...] = ("docx", "pptx", "json")


SETTINGS_FILE = "reportgen.toml"
"""The settings file looked for in the current folder when no ``--config`` is given."""

PAGE_SIZES = ("A4", "Letter")

_SCALARS: dict[str, type | tuple[type, ...]] = {
    "title": str,
    "subtitle": str,
    "date": str,
    "author": str,
    "organisation": str,
    "areas": int,
    "max_figures": int,
    "max_quotes": int,
    "page_size": str,
}


def load_settings(path: Path, base: Settings | None = None) -> Settings:
    """Read a TOML settings file over ``base``; raise SettingsError naming the key and the file."""
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    from reportgen.errors import SettingsError

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"cannot read settings: {exc.strerror or exc}", path=path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"not valid TOML: {exc}", path=path) from None
    return settings_from_dict(data, base or Settings(), where=str(path))


def settings_from_dict(data: dict[str, Any], base: Settings, *, where: str) -> Settings:
    """Apply a parsed settings table to ``base``, checking every key and type."""
    from reportgen.errors import SettingsError

    def fail(key: str, problem: str) -> SettingsError:
        return SettingsError(f"{key}: {problem}", path=where)

    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key in _SCALARS:
            kind = _SCALARS[key]
            if isinstance(value, bool) or not isinstance(value, kind):
                raise fail(key, f"expected {getattr(kind, '__name__', kind)}, found {value!r}")
            changes[key] = value
        elif key == "formats":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail(key, "expected a list of format names")
            from reportgen.writers import FORMATS

            unknown = [v for v in value if v not in FORMATS]
            if unknown:
                raise fail(key, f"unknown format {unknown[0]!r} (known: {', '.join(FORMATS)})")
            changes[key] = tuple(value)
        elif key == "headings":
            if not isinstance(value, dict):
                raise fail(key, "expected a table of heading texts")
            known = {f.name for f in fields(Headings)}
            for name, text in value.items():
                if name not in known:
                    raise fail(f"headings.{name}", f"unknown key (known: {', '.join(sorted(known))})")
                if not isinstance(text, str) or not text.strip():
                    raise fail(f"headings.{name}", "expected a non-empty string")
            changes[key] = replace(base.headings, **value)
        elif key == "area":
            if not isinstance(value, list):
                raise fail(key, "expected [[area]] tables")
            hints = []
            for i, table in enumerate(value):
                title = table.get("title") if isinstance(table, dict) else None
                words = table.get("keywords", []) if isinstance(table, dict) else None
                extra = set(table) - {"title", "keywords"} if isinstance(table, dict) else set()
                if extra:
                    raise fail(f"area[{i}].{sorted(extra)[0]}", "unknown key (known: keywords, title)")
                if not isinstance(title, str) or not title.strip():
                    raise fail(f"area[{i}].title", "expected a non-empty string")
                if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                    raise fail(f"area[{i}].keywords", "expected a list of strings")
                hints.append(AreaHint(title.strip(), tuple(words)))
            changes["area_hints"] = tuple(hints)
        else:
            names = sorted([*_SCALARS, "formats", "headings", "area"])
            raise fail(key, f"unknown key (known: {', '.join(names)})")
    result = replace(base, **changes)
    if not 1 <= result.areas <= 12:
        raise fail("areas", "expected a number from 1 to 12")
    if result.page_size not in PAGE_SIZES:
        raise fail("page_size", f"expected one of {', '.join(PAGE_SIZES)}")
    if result.max_figures < 0 or result.max_quotes < 0:
        raise fail("max_figures" if result.max_figures < 0 else "max_quotes", "expected 0 or more")
    return result
