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


BRIEF_TABLE_STYLE = "Brief Table"

BRIEF_STYLES: tuple[str, ...] = (
    "Normal",
    "Title",
    "Subtitle",
    "Brief Details",
    "Heading 1",
    "Heading 2",
    "List Bullet",
    "Quote",
    "Quote Attribution",
    "Caption",
    "Source List",
    "Header",
    "Footer",
    BRIEF_TABLE_STYLE,
)
"""Every style the Word brief uses: the one list a brief template must hold (all paragraph
styles except ``BRIEF_TABLE_STYLE``, a table style)."""

_HOW_TO_ADD = {
    "paragraph": "add a paragraph style named {name!r} in Word (Home > Styles > Create a Style)",
    "table": "add a table style named {name!r} in Word (Table Design > Table Styles > New Table Style)",
}


def check_brief_template(path: Path) -> list[str]:
    """Return every problem of a Word brief template at once, each with its fix; [] when usable."""
    from docx import Document  # lazy: python-docx is only needed when a brief is written
    from docx.enum.style import WD_STYLE_TYPE

    if not path.is_file():
        return [f"{path}: template not found: put a Word template named {BRIEF_TEMPLATE} there"]
    try:
        styles = Document(str(path)).styles
    except Exception as exc:  # python-docx raises many kinds on a broken or non-Word file
        return [f"{path}: not a readable Word document ({type(exc).__name__}): save it again as .docx"]
    kinds = {WD_STYLE_TYPE.PARAGRAPH: "paragraph", WD_STYLE_TYPE.TABLE: "table"}
    found = {style.name: kinds.get(style.type) for style in styles}
    problems = []
    for name in BRIEF_STYLES:
        kind = "table" if name == BRIEF_TABLE_STYLE else "paragraph"
        if name not in found:
            problems.append(f"{path.name}: style {name!r} is missing: " + _HOW_TO_ADD[kind].format(name=name))
        elif found[name] != kind:
            problems.append(
                f"{path.name}: style {name!r} is a {found[name] or 'character'} style, not a {kind} style: "
                + _HOW_TO_ADD[kind].format(name=name)
            )
    return problems
