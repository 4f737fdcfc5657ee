"""The briefing as JSON: the inspectable, hand-editable form of every build."""

from __future__ import annotations

from pathlib import Path

from reportgen.model import Briefing
from reportgen.settings import Settings


def render_json(briefing: Briefing, *, templates: Path, settings: Settings) -> bytes:
    """Return the briefing's JSON (schema ``reportgen.briefing/1``) as UTF-8 bytes."""
    return briefing.to_json().encode("utf-8")
