"""Word documents: the body's paragraph text (python-docx, imported only when a .docx is read)."""

from __future__ import annotations

import io

from reportgen.sources.decoding import first_line


def read_docx(data: bytes) -> tuple[str, str]:
    """Return a .docx file's paragraphs, joined by blank lines, and ``"docx"``.

    Tables are read in place, one paragraph per row with cells separated by
    `` | ``, so figures in them can be cited too.
    """
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    cells = [c.text.strip() for c in row.cells]
                    blocks.append(" | ".join(dict.fromkeys(c for c in cells if c)))
            else:
                blocks.append(item.text.strip())
    except Exception as exc:  # python-docx raises zip, XML and key errors for damaged files
        why = first_line(exc)
        raise ValueError(f"not a readable .docx (corrupt, or another format renamed): {why}") from None
    return "\n\n".join(b for b in blocks if b), "docx"

