"""Writers: a `Briefing` in, the bytes of one output file out. Looked up by format name."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from reportgen.model import Briefing
from reportgen.settings import Settings


class Render(Protocol):
    def __call__(self, briefing: Briefing, *, templates: Path, settings: Settings) -> bytes: ...


@dataclass(frozen=True)
class Writer:
    """One output format: the file it writes and where its render function lives."""

    filename: str
    module: str
    function: str

    def load(self) -> Render:
        """Import the writer only when it is used, so ``--help`` and JSON builds stay fast."""
        return getattr(importlib.import_module(self.module), self.function)


WRITERS: dict[str, Writer] = {
    "docx": Writer("brief.docx", "reportgen.writers.docx", "render_docx"),
    "pptx": Writer("deck.pptx", "reportgen.writers.pptx", "render_pptx"),
    "json": Writer("briefing.json", "reportgen.writers.json", "render_json"),
}
"""Every output format; the CLI's ``--format`` choices are these keys."""

FORMATS: tuple[str, ...] = (*WRITERS, "pdf")
"""What ``--format`` accepts: every writer, and ``pdf`` (the docx and pptx converted by LibreOffice)."""
