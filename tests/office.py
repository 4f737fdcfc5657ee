"""LibreOffice in tests: convert an Office file to PDF and read the PDF's text back."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest


def _soffice() -> str:
    """Return the soffice command; fail on CI (where it must be installed), skip elsewhere."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("LibreOffice (soffice) is required on CI but is not installed")
    pytest.skip("LibreOffice (soffice) is not installed; install it to run the rendering tests")


def to_pdf(path: Path, outdir: Path) -> Path:
    """Return the PDF LibreOffice makes of ``path`` in ``outdir``; fail if it makes none."""
    soffice = _soffice()
    outdir.mkdir(parents=True, exist_ok=True)
    profile = Path("/tmp") / f"lo-{uuid.uuid4().hex}"
    try:
        result = subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
             "--outdir", str(outdir), str(path)],
            capture_output=True, text=True, timeout=180, check=False,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = outdir / (Path(path).stem + ".pdf")
    if not pdf.is_file():  # soffice exits 0 even when the conversion failed
        pytest.fail(f"LibreOffice made no PDF of {path}: {result.stdout} {result.stderr}")
    return pdf


def pdf_text(pdf: Path) -> str:
    """Return the text of every page of ``pdf`` (pages separated by form feeds)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read rendered PDFs")
    return subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
