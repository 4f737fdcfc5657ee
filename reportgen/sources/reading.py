"""Find source files, read them, and report each bad one without stopping the rest."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reportgen.errors import SourceError
from reportgen.sources.decoding import decode

MAX_BYTES = 64 * 1024 * 1024
"""Sources larger than this are refused rather than read into memory."""

OUTPUT_NAMES = frozenset({"brief.docx", "deck.pptx", "briefing.json", "brief.pdf", "deck.pdf"})
"""Our own outputs, skipped when a folder is read (``--out`` may point inside it)."""


@dataclass(frozen=True)
class Document:
    """One source as read: a stable id, where it came from, and its decoded text."""

    id: str
    path: str
    text: str
    encoding: str = "utf-8"


def _read_plain(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    if not data.strip():
        raise SourceError("empty file", path=path)
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise SourceError(str(exc), path=path) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > 0.1 * min(len(text), 8192):
        raise SourceError("binary data, not text", path=path)
    return text, encoding


READERS: dict[str, Callable[[Path], tuple[str, str]]] = {
    ".txt": _read_plain,
    ".text": _read_plain,
    ".md": _read_plain,
    ".markdown": _read_plain,
}
"""Reader per file extension: each returns ``(text, how it was decoded)``."""


def collect_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[SourceError]]:
    """Expand files and folders into source files, sorted, skipping hidden files and our outputs."""
    found: list[Path] = []
    problems: list[SourceError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name in OUTPUT_NAMES or name.startswith("~$"):
                        continue
                    if Path(name).suffix.lower() in READERS:
                        found.append(Path(root) / name)
        elif path.exists():
            found.append(path)
        else:
            problems.append(SourceError("no such file or folder", path=path))
    unique = sorted(dict.fromkeys(found), key=lambda p: str(p))
    return unique, problems


def read_document(path: Path, source_id: str) -> Document:
    """Read one source file; raise SourceError naming the file and the problem."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise SourceError(f"unsupported file type {path.suffix or '(none)'!r} (reads {known})", path=path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SourceError(f"file is larger than {MAX_BYTES // (1024 * 1024)} MB", path=path)
        text, encoding = reader(path)
    except PermissionError:
        raise SourceError("permission denied", path=path) from None
    except IsADirectoryError:
        raise SourceError("is a folder", path=path) from None
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc), path=path) from None
    return Document(id=source_id, path=str(path), text=text, encoding=encoding)


def read_sources(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[Document], list[SourceError]]:
    """Read every source under ``paths``; return the documents and one error per bad file.

    Ids are ``S1``, ``S2``, ... in sorted path order, so the same input always
    gives the same ids.
    """
    files, problems = collect_paths(paths)
    documents: list[Document] = []
    for path in files:
        try:
            documents.append(read_document(path, f"S{len(documents) + 1}"))
        except SourceError as exc:
            problems.append(exc)
    return documents, problems
