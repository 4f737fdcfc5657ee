"""PDF copies of the brief and the deck, made by LibreOffice when it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportgen.errors import OutputError

TIMEOUT_SECONDS = 180
INSTALL_HINT = (
    "LibreOffice is needed for PDF output; install it (Debian/Ubuntu: "
    "apt-get install libreoffice-writer-nogui libreoffice-impress-nogui) or drop 'pdf' from --format"
)


def soffice() -> str | None:
    """Return the LibreOffice command on this machine, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(files: dict[str, bytes]) -> dict[str, bytes]:
    """Convert Office files (name to bytes) to PDF; return the PDFs by name (``brief.pdf``, ...).

    Runs LibreOffice with a private profile and a time limit, and checks that
    each PDF exists, because soffice exits 0 even when a conversion fails.
    """
    command = soffice()
    if command is None:
        raise OutputError(INSTALL_HINT)
    results: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="reportgen-pdf-") as tmp:
        work = Path(tmp)
        inputs = []
        for name, data in files.items():
            (work / name).write_bytes(data)
            inputs.append(str(work / name))
        profile = (work / "profile").as_uri()
        try:
            subprocess.run(
                [command, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                 "--convert-to", "pdf", "--outdir", str(work / "pdf"), *inputs],
                capture_output=True, timeout=TIMEOUT_SECONDS, check=False,
                env={**os.environ, "HOME": str(work)},
            )
        except subprocess.TimeoutExpired:
            raise OutputError(f"LibreOffice took over {TIMEOUT_SECONDS} s to convert to PDF") from None
        for name in files:
            pdf = work / "pdf" / (Path(name).stem + ".pdf")
            if not pdf.is_file() or pdf.stat().st_size == 0:
                raise OutputError("LibreOffice did not produce a PDF", path=name)
            results[pdf.name] = pdf.read_bytes()
    return results
