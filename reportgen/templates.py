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
