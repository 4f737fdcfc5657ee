"""Readers: turn files into `Document`s (a stable id, the path, the text citations point into)."""

from reportgen.sources.reading import (
    MAX_BYTES,
    READERS,
    Document,
    collect_paths,
    has_text,
    read_document,
    read_sources,
    read_stdin,
    write_source_texts,
)

__all__ = [
    "MAX_BYTES",
    "READERS",
    "Document",
    "collect_paths",
    "has_text",
    "read_document",
    "read_sources",
    "read_stdin",
    "write_source_texts",
]
