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


DECK_LAYOUTS: dict[str, tuple[str, ...]] = {
    "Title Slide": ("title", "subTitle", "dt"),
    "Title and Content": ("title", "body"),
    "Big Numbers": ("title", "Number 1", "Label 1", "Number 2", "Label 2", "Number 3", "Label 3"),
    "Chart": ("title", "chart"),
    "Table": ("title", "tbl"),
    "Quote": ("title", "body"),
}
"""The slide layouts the deck writer uses, by name, and the placeholders each must have.

A lower-case entry is a placeholder type ("title" also matches a centred title, "body" also a
content placeholder); "Number n" and "Label n" are names of body placeholders on "Big Numbers",
at least three pairs (a fourth pair is used when present). A slide-number placeholder on a
layout is copied onto its slides.
"""

_PH_TYPES = {"title": {"title", "ctrTitle"}, "body": {"body", "obj"}}


def check_deck_template(path: Path) -> list[str]:
    """Return every problem that stops ``path`` serving as the deck template, each with its fix."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    if not path.is_file():
        return [f"{path}: no such file; pass a templates folder holding {DECK_TEMPLATE}"]
    try:
        prs = Presentation(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        return [f"{path}: not a PowerPoint file ({exc}); save it from PowerPoint as .pptx"]
    except Exception as exc:  # a broken zip or XML part: report it like any other problem
        return [f"{path}: cannot be read ({type(exc).__name__}: {exc}); save it again as .pptx"]
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    have = ", ".join(repr(name) for name in layouts) or "none"
    problems = []
    for name, needs in DECK_LAYOUTS.items():
        layout = layouts.get(name)
        if layout is None:
            problems.append(f"{path}: no slide layout named {name!r}; add one with placeholders "
                            f"{', '.join(needs)} (the template has layouts: {have})")
            continue
        kinds = set()
        for ph in layout.placeholders:
            element = ph._element.ph
            kind = element.get("type", "obj") if element is not None else "obj"
            kinds |= {kind, ph.name}
            kinds |= {group for group, members in _PH_TYPES.items() if kind in members}
        missing = [need for need in needs if need not in kinds]
        if missing:
            problems.append(f"{path}: slide layout {name!r} lacks placeholder(s) {', '.join(missing)}; "
                            f"add them in the slide master view")
    return problems
