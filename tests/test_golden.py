"""Golden cases: whole briefings of small source folders, compared field by field.

Regenerate only with ``pytest tests/test_golden.py --update-golden`` and read the diff
before committing: a changed golden is a changed briefing for a user.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reportgen.pipeline import summarize_paths
from reportgen.settings import Settings

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "inputs").is_dir())


@pytest.mark.parametrize("case", CASES)
def test_golden_briefing(case, request, monkeypatch):
    folder = GOLDEN / case
    monkeypatch.chdir(folder)  # source paths in the briefing are relative: inputs/...
    briefing = summarize_paths(["inputs"], Settings()).briefing.to_dict()
    expected_path = folder / "expected.json"
    if request.config.getoption("--update-golden"):
        expected_path.write_text(json.dumps(briefing, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert expected_path.is_file(), f"no golden for {case}: run pytest with --update-golden"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    for part in ["title", "date", "sources", "context", "areas", "figures", "quotes"]:
        assert briefing[part] == expected[part], f"{case}: {part} changed"
    texts = {s["id"]: (folder / s["path"]).read_text(encoding="utf-8") for s in briefing["sources"]}
    for item in briefing["figures"] + briefing["quotes"]:
        assert any(texts[c["source"]][c["start"] : c["end"]] == item["text"] for c in item["cite"])


def test_golden_inputs_are_plain_paths():
    for case in CASES:
        for path in (GOLDEN / case / "inputs").iterdir():
            assert path.suffix == ".txt" and not os.path.islink(path)
