"""Office files as reproducible bytes: fixed timestamps, so the same input gives the same file."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import datetime, timezone

from reportgen.model import Briefing

_FALLBACK = datetime(2000, 1, 1, tzinfo=timezone.utc)


def build_time(briefing: Briefing) -> datetime:
    """Return the time stamped into outputs: ``SOURCE_DATE_EPOCH``, else the briefing date.

    Never the clock, so two builds of the same input are byte-identical.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    if briefing.date:
        try:
            return datetime.strptime(briefing.date, "%Y-%m-%d").replace(tzinfo=timezone.utc)
        except ValueError:
            pass
    return _FALLBACK


def freeze_zip(data: bytes, when: datetime) -> bytes:
    """Rewrite a saved OOXML zip with every member stamped ``when`` (member order kept)."""
    if not 1980 <= when.year <= 2107:  # the years a zip entry can hold
        when = _FALLBACK
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
