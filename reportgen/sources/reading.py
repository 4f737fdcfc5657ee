"""Find source files, read them, and report each bad one without stopping the rest.

A reader turns a file's bytes into ``(text, how it was read)``; the text is
what citations point into, so it is kept exactly as extracted. A reader
raises ValueError with a short message when the file holds nothing usable;
`read_document` adds the file's name.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportgen.errors import SourceError
from reportgen.sources.decoding import decode, has_text
from reportgen.sources.docx import read_docx
from reportgen.sources.html import read_html
from reportgen.sources.pdf import read_pdf

MAX_BYTES = 64 * 1024 * 1024
"""Sources larger than this (64 MB) are refused before being read; smaller ones are read whole.

A 50 MB plain-text file is read and decoded in well under a second, so the
limit is about memory and summarizing time, not reading.
"""

OUTPUT_NAMES = frozenset({"brief.docx", "deck.pptx", "briefing.json", "brief.pdf", "deck.pdf"})
"""Our own outputs, skipped when a folder is read (``--out`` may point inside it)."""

STDIN = "-"
"""The path that means standard input; its documents show the path ``<stdin>``."""

STDIN_NAME = "<stdin>"

Reader = Callable[[bytes], tuple[str, str]]


@dataclass(frozen=True)
class Document:
    """One source as read: a stable id, where it came from, and its text (what citations index)."""

    id: str
    path: str
    text: str
    encoding: str = "utf-8"


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
"""Control characters that plain text does not hold (tab and line breaks excepted)."""


def read_plain(data: bytes) -> tuple[str, str]:
    """Return the decoded text of a plain-text file and the encoding guessed for it."""
    text, encoding = decode(data)
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > 0.1 * len(sample):
        raise ValueError("binary data, not text")
    return text, encoding


READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_plain,
    ".markdown": read_plain,
    ".vtt": read_plain,  # a meeting's or a video's captions (Zoom, Teams, YouTube), read as the text they
    ".srt": read_plain,  # are: the summarizer reads their cues (see summarize.text.caption_lines)
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}
"""Reader per file extension: each turns bytes into ``(text, how it was read)``."""


def _sniff_reader(data: bytes) -> Reader:
    """Pick a reader for standard input, which has no extension, by its first bytes."""
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF-"):
        return read_pdf
    if data.startswith(b"PK\x03\x04"):
        return read_docx
    if head.startswith((b"<!doctype html", b"<html")):
        return read_html
    return read_plain


def collect_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[SourceError]]:
    """Expand files and folders into source files, sorted, skipping hidden files and our outputs.

    A file named on the command line is always kept (an unsupported one is
    reported when read); inside folders only files with a known extension
    are taken. ``-`` (standard input) is kept as ``Path("-")``.
    """
    found: list[Path] = []
    problems: list[SourceError] = []
    for given in paths:
        if str(given) == STDIN:
            found.append(Path(STDIN))
            continue
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if name.startswith((".", "~$")) or name in OUTPUT_NAMES:
                        continue
                    if os.path.splitext(name)[1].lower() in READERS:
                        found.append(Path(root, name))
        elif path.exists():
            found.append(path)
        else:
            problems.append(SourceError("no such file or folder", path=path))
    unique: dict[str, Path] = {}
    for p in found:
        unique.setdefault(os.path.normcase(os.path.abspath(p)) if str(p) != STDIN else STDIN, p)
    return sorted(unique.values(), key=str), problems


def _read_bytes(path: Path) -> bytes:
    """Read a whole file, refusing one above MAX_BYTES before reading it."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(_too_big(size))
    with path.open("rb") as f:
        return f.read(MAX_BYTES + 1)


def _too_big(size: int) -> str:
    return (
        f"file is {size / 2**20:.0f} MB, above the {MAX_BYTES // 2**20} MB limit for a source; "
        "split it or extract the part you need"
    )


def _convert(data: bytes, reader: Reader, shown: str) -> tuple[str, str]:
    if len(data) > MAX_BYTES:
        raise SourceError(_too_big(len(data)), path=shown)
    if not data.strip():
        raise SourceError("empty file", path=shown)
    try:
        text, how = reader(data)
    except ValueError as exc:
        raise SourceError(str(exc), path=shown) from None
    if not has_text(text):
        raise SourceError("no text to summarize (no letters in it)", path=shown)
    return text, how


def read_document(path: Path, source_id: str) -> Document:
    """Read one source file; raise SourceError naming the file and the problem."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise SourceError(f"unsupported file type {path.suffix or '(none)'!r} (reads {known})", path=path)
    try:
        data = _read_bytes(path)
    except ValueError as exc:
        raise SourceError(str(exc), path=path) from None
    except PermissionError:
        raise SourceError("permission denied", path=path) from None
    except IsADirectoryError:
        raise SourceError("is a folder", path=path) from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", path=path) from None
    text, how = _convert(data, reader, str(path))
    return Document(id=source_id, path=str(path), text=text, encoding=how)


def read_stdin(source_id: str, stream: BinaryIO | None = None) -> Document:
    """Read standard input (or ``stream``) as one source shown as ``<stdin>``; its format is sniffed."""
    stream = sys.stdin.buffer if stream is None else stream
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", path=STDIN_NAME) from None
    text, how = _convert(data, _sniff_reader(data), STDIN_NAME)
    return Document(id=source_id, path=STDIN_NAME, text=text, encoding=how)


def read_sources(
    paths: Iterable[str | os.PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    progress: Callable[[list[Path]], Iterable[Path]] = iter,
) -> tuple[list[Document], list[SourceError]]:
    """Read every source under ``paths``; return the documents and one error per bad file.

    Ids are ``S1``, ``S2``, ... in sorted path order over the usable files, so
    the same input always gives the same ids. ``-`` reads standard input (or
    ``stdin`` when given). ``progress`` wraps the file list, e.g. in a progress bar.
    """
    files, problems = collect_paths(paths)
    documents: list[Document] = []
    for path in progress(files):
        source_id = f"S{len(documents) + 1}"
        try:
            if str(path) == STDIN:
                documents.append(read_stdin(source_id, stdin))
            else:
                documents.append(read_document(path, source_id))
        except SourceError as exc:
            problems.append(exc)
    return documents, problems


def write_source_texts(documents: Sequence[Document], folder: Path) -> list[Path]:
    """Write each document's text to ``folder/<id>-<stem>.txt`` (UTF-8); return the paths written.

    These are the texts citations point into (character offsets), so a user
    can follow a citation into a converted PDF, Word or HTML source. The
    text is written byte for byte as read: no newline translation.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for doc in documents:
        stem = "stdin" if doc.path == STDIN_NAME else Path(doc.path).stem
        safe = re.sub(r"[^\w.-]+", "_", stem).strip("._") or "source"
        target = folder / f"{doc.id}-{safe}.txt"
        target.write_bytes(doc.text.encode("utf-8", errors="replace"))
        written.append(target)
    return written
