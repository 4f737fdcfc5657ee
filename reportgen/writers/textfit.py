"""Measure text against a placeholder box with real font metrics, so no slide text overflows.

The metrics come from the theme font's TrueType file (or its metric-compatible stand-in, e.g.
Carlito for Calibri) read with Pillow; with no font file, a conservative average glyph width is used.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

LINE_HEIGHT = 1.22
"""Line height per point of font size at 100% spacing (Calibri's ascent plus descent)."""
FALLBACK_EM = 0.6
"""Average glyph width in ems when no font file is found: wider than any common text face."""
WIDTH_SLACK = 0.96
"""Share of a line's width we fill, leaving room for renderers that set text slightly wider."""
ELLIPSIS = "\u2026"

STAND_INS = {
    "calibri": "carlito",
    "calibri light": "carlito",
    "cambria": "caladea",
    "arial": "liberation sans",
    "helvetica": "liberation sans",
    "times new roman": "liberation serif",
    "courier new": "liberation mono",
}
"""Metric-compatible free fonts for common Office fonts."""

_SUFFIXES = {
    (False, False): ("", "regular", "r", "book", "roman", "normal"),
    (True, False): ("bold", "b", "bd"),
    (False, True): ("italic", "i", "it", "oblique"),
    (True, True): ("bolditalic", "bi", "z", "boldoblique"),
}


@dataclass(frozen=True)
class TextStyle:
    """How one paragraph level is set: font, size (pt), spacing (pt) and left margin (pt)."""

    family: str = "Calibri"
    size: float = 18.0
    bold: bool = False
    italic: bool = False
    line_spacing: float = 1.0
    space_before: float = 0.0
    margin: float = 0.0


@dataclass(frozen=True)
class Box:
    """A text placeholder: its size and insets in points and the style of each paragraph level."""

    width: float
    height: float
    insets: tuple[float, float, float, float] = (7.2, 3.6, 7.2, 3.6)
    levels: tuple[TextStyle, ...] = field(default_factory=lambda: (TextStyle(),))

    def style(self, level: int) -> TextStyle:
        """Return the style of paragraph level ``level`` (0-based), the deepest one past the end."""
        return self.levels[min(max(level, 0), len(self.levels) - 1)]

    @property
    def inner_height(self) -> float:
        """Return the height text may fill."""
        return self.height - self.insets[1] - self.insets[3]

    def line_width(self, level: int) -> float:
        """Return the width a line of this level may fill."""
        return (self.width - self.insets[0] - self.insets[2] - self.style(level).margin) * WIDTH_SLACK


def font_dirs() -> list[Path]:
    """Return the folders fonts are installed in on Linux, macOS and Windows."""
    home = Path.home()
    dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts",
            home / ".fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library/Fonts"]
    if os.environ.get("WINDIR"):
        dirs.append(Path(os.environ["WINDIR"]) / "Fonts")
    return [d for d in dirs if d.is_dir()]


@lru_cache(maxsize=1)
def _font_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in font_dirs():
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                found.setdefault(_key(path.stem), path)
    return found


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


@lru_cache(maxsize=64)
def font_file(family: str, *, bold: bool = False, italic: bool = False) -> Path | None:
    """Return the font file for ``family`` (or its metric-compatible stand-in), or None.

    Cached: the deck's planner measures thousands of trial lines in a handful of styles.
    """
    files = _font_files()
    names = [family, STAND_INS.get(family.lower(), "")]
    for styled in ((bold, italic), (False, False)):
        for name in filter(None, names):
            for suffix in _SUFFIXES[styled]:
                path = files.get(_key(name) + suffix)
                if path is not None:
                    return path
    return None


@lru_cache(maxsize=32)
def _font(path: Path) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(path), size=1000)


def text_width(text: str, style: TextStyle) -> float:
    """Return the width of ``text`` in points when set in ``style``."""
    path = font_file(style.family, bold=style.bold, italic=style.italic)
    if path is not None:
        try:
            return _font(path).getlength(text) * style.size / 1000
        except (OSError, ImportError):
            pass
    return len(text) * FALLBACK_EM * style.size


def wrap(text: str, width: float, style: TextStyle) -> list[str]:
    """Return ``text`` broken into the lines a renderer makes at ``width`` points (words kept whole)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if text_width(trial, style) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        line = word
        while text_width(line, style) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and text_width(line[:cut], style) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line or not lines:
        lines.append(line)
    return lines


Paragraph = tuple[str, int]
"""A paragraph's text and its level (0 is the top level)."""


def text_height(paragraphs: Sequence[Paragraph], box: Box) -> float:
    """Return the height in points the paragraphs take in ``box``."""
    total = 0.0
    for n, (text, level) in enumerate(paragraphs):
        style = box.style(level)
        lines = len(wrap(text, box.line_width(level), style))
        total += lines * style.size * LINE_HEIGHT * style.line_spacing
        if n:
            total += style.space_before
    return total


def fits(paragraphs: Sequence[Paragraph], box: Box) -> bool:
    """Return whether the paragraphs fit inside ``box`` without overflowing."""
    return text_height(paragraphs, box) <= box.inner_height


def shorten(text: str, box: Box, level: int = 0, *, max_lines: int | None = None, suffix: str = "") -> str:
    """Return ``text``, or its longest word prefix plus an ellipsis, that fits ``box`` alone.

    ``suffix`` (a closing quote mark) is kept after the ellipsis and counted in the fit.
    """

    def ok(candidate: str) -> bool:
        if max_lines is not None:
            style = box.style(level)
            if len(wrap(candidate, box.line_width(level), style)) > max_lines:
                return False
        return fits([(candidate, level)], box)

    if ok(text + suffix):
        return text + suffix
    words = text.split()
    low, high = 0, len(words)
    while low < high:
        mid = (low + high + 1) // 2
        if ok(_cut(words, mid) + suffix):
            low = mid
        else:
            high = mid - 1
    return (_cut(words, low) if low else ELLIPSIS) + suffix


def _cut(words: list[str], n: int) -> str:
    return " ".join(words[:n]).rstrip(",;:.-\u2013\u2014 ") + ELLIPSIS
