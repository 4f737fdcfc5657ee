"""LibreOffice helpers for end-to-end tests: convert an Office file to PDF and read its text.

Missing LibreOffice fails a test when ``CI=true`` (CI must prove the files open) and skips
it with a reason elsewhere, so a laptop without LibreOffice can still run the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

TIMEOUT = 180


def soffice() -> str:
    """Return the path of ``soffice``; fail under CI=true, else skip, when it is not installed."""
    found = shutil.which("soffice")
    if found:
        return found
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail("LibreOffice (soffice) is not installed, and CI=true requires the conversion test")
    pytest.skip("LibreOffice (soffice) is not installed; install it or set CI=true to make this a failure")


def to_pdf(path: Path, outdir: Path) -> Path:
    """Convert ``path`` to PDF in ``outdir`` with a private LibreOffice profile; return the PDF.

    soffice exits 0 even when it fails, so the PDF's existence is what is checked.
    """
    program = soffice()
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-") as profile:
        done = subprocess.run(
            [program, "--headless", f"-env:UserInstallation=file://{profile}",
             "--convert-to", "pdf", "--outdir", str(outdir), str(path)],
            capture_output=True, text=True, timeout=TIMEOUT, check=False,
        )
    pdf = outdir / (path.stem + ".pdf")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise AssertionError(f"LibreOffice did not convert {path.name}: {done.stdout} {done.stderr}".strip())
    return pdf


def pdf_text(pdf: Path) -> str:
    """Return the PDF's text (pdftotext, reading order), white space folded to single spaces."""
    program = shutil.which("pdftotext")
    if program is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the converted PDF")
    done = subprocess.run([program, str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def pdf_pages(pdf: Path) -> int:
    """Return how many pages ``pdf`` has (pdfinfo)."""
    program = shutil.which("pdfinfo")
    if program is None:
        pytest.fail("pdfinfo (poppler-utils) is needed to count the pages of a PDF")
    done = subprocess.run([program, str(pdf)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in done.stdout.splitlines() if line.startswith("Pages:")))
