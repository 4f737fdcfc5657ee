"""PDF files: the text layer, page by page (pypdf, imported only when a PDF is read)."""

from __future__ import annotations

import io
import logging
import warnings

from reportgen.sources.decoding import first_line, has_text


def read_pdf(data: bytes) -> tuple[str, str]:
    """Return a PDF's text layer, pages joined by blank lines, and ``"pdf text layer"``.

    A PDF of scanned pages has no text layer; the message says to run OCR
    rather than handing the summarizer nothing.
    """
    from pypdf import PdfReader

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # damaged-file chatter; a file we cannot read is reported below
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ValueError("PDF is password-protected; save an unprotected copy")
            pages = [(page.extract_text() or "").strip() for page in reader.pages]
    except ValueError as exc:
        if "password" in str(exc):
            raise
        raise ValueError(f"not a readable PDF (corrupt or truncated): {first_line(exc)}") from None
    except Exception as exc:  # pypdf raises many error types for damaged files
        raise ValueError(f"not a readable PDF (corrupt or truncated): {first_line(exc)}") from None
    finally:
        pypdf_log.setLevel(level)
    text = "\n\n".join(p for p in pages if p)
    if not has_text(text):
        raise ValueError("PDF has no text layer (scanned?); run OCR first")
    return text, "pdf text layer"

