"""Writing outputs so that a failed or interrupted build never leaves a broken file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reportgen.errors import OutputError


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror or exc}", path=folder) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        hint = " (is it open in another program?)" if isinstance(exc, PermissionError) else ""
        raise OutputError(f"cannot write: {exc.strerror or exc}{hint}", path=path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_all(files: dict[Path, bytes]) -> list[Path]:
    """Write every rendered output; called only once all of them rendered without error."""
    for path, data in files.items():
        write_atomic(path, data)
    return list(files)
