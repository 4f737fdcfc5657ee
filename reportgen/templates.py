"""Where templates are found, and what the writers need from them (one published list)."""

from __future__ import annotations

from pathlib import Path

BRIEF_TEMPLATE = "brief.docx"
DECK_TEMPLATE = "deck.pptx"


def shipped_templates_dir() -> Path:
    """Return the folder of the default templates: inside the installed package, else the repo's."""
    packaged = Path(__file__).parent / "templates"
    if (packaged / BRIEF_TEMPLATE).exists():
        return packaged
    return Path(__file__).parent.parent / "templates"
