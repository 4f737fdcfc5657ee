"""Where templates are found, and what the writers need from them (one published list)."""

from __future__ import annotations

from pathlib import Path

BRIEF_TEMPLATE = "brief.docx"
DECK_TEMPLATE = "deck.pptx"
SETTINGS_TEMPLATE = "reportgen.toml"
TEMPLATE_FILES = (BRIEF_TEMPLATE, DECK_TEMPLATE, SETTINGS_TEMPLATE)
"""What ``reportgen templates init`` writes for a user to edit."""

_MAIN_PARTS = {
    BRIEF_TEMPLATE: ("word/document.xml", "wordprocessingml.document.main+xml", "Word document (.docx)"),
    DECK_TEMPLATE: ("ppt/presentation.xml", "presentationml.presentation.main+xml",
                    "PowerPoint presentation (.pptx)"),
}


def check_package(path: Path) -> list[str]:
    """Return why ``path`` is not a plain OOXML file of its kind (macro-enabled, renamed, broken).

    An empty list means the file can be opened by the writer.
    """
    import zipfile

    name = BRIEF_TEMPLATE if path.suffix.lower() in (".docx", ".docm", ".dotx") else DECK_TEMPLATE
    part, content_type, what = _MAIN_PARTS[name]
    if path.suffix.lower() in (".docm", ".pptm", ".dotm", ".potm"):
        return [f"{path}: macro-enabled files are refused; save it as a {what}"]
    try:
        with zipfile.ZipFile(path) as zf:
            types = zf.read("[Content_Types].xml").decode("utf-8", "replace")
            names = set(zf.namelist())
    except FileNotFoundError:
        return [f"{path}: not found"]
    except (zipfile.BadZipFile, KeyError, OSError):
        return [f"{path}: not a {what}: the file is damaged or of another kind; save it again from Office"]
    if "macroEnabled" in types:
        return [f"{path}: macro-enabled content is refused; save it as a {what}"]
    if part not in names or content_type not in types:
        return [f"{path}: not a {what} (a renamed file of another kind?); save it as a {what}"]
    return []


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


def check_templates(folder: Path) -> list[str]:
    """Return every problem of the templates in ``folder``, each with how to fix it.

    Checks both files as packages first, then the styles the brief needs and
    the layouts the deck needs, so a user sees all that is missing at once.
    """
    problems: list[str] = []
    present = [name for name in (BRIEF_TEMPLATE, DECK_TEMPLATE) if (folder / name).is_file()]
    if not present:
        return [f"{folder}: holds neither {BRIEF_TEMPLATE} nor {DECK_TEMPLATE}; "
                "run 'reportgen templates init' to write the defaults"]
    for name in present:
        path = folder / name
        package_problems = check_package(path)
        problems += package_problems
        if not package_problems:
            check = check_brief_template if name == BRIEF_TEMPLATE else check_deck_template
            problems += check(path)
    return problems


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
        for ph in layout.placeholders:  # type: ignore[misc]  # python-pptx's own typing
            element = ph._element.ph
            kind = element.get("type", "obj") if element is not None else "obj"
            kinds |= {kind, ph.name}
            kinds |= {group for group, members in _PH_TYPES.items() if kind in members}
        missing = [need for need in needs if need not in kinds]
        if missing:
            problems.append(f"{path}: slide layout {name!r} lacks placeholder(s) {', '.join(missing)}; "
                            f"add them in the slide master view")
    return problems
