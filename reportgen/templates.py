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


def template_folder(filename: str, override: Path | None = None) -> Path:
    """Return the folder whose ``filename`` template a build uses.

    In order: ``override`` (``--templates``), a ``templates/`` folder in the
    current folder, then the shipped defaults; the first that holds the file wins.
    """
    from reportgen.errors import TemplateError

    if override is not None:
        if not override.is_dir():
            raise TemplateError("templates folder not found", path=override)
        if (override / filename).is_file():
            return override
    local = Path("templates")
    if (local / filename).is_file():
        return local
    shipped = shipped_templates_dir()
    if not (shipped / filename).is_file():
        raise TemplateError("default template missing; reinstall reportgen", path=shipped / filename)
    return shipped
