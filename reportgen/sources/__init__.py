"""Readers: turn files into `Document`s (a stable id, the path, the decoded text)."""

from reportgen.sources.reading import Document, collect_paths, read_document, read_sources

__all__ = ["Document", "collect_paths", "read_document", "read_sources"]
