"""How a briefing is matched against a hand-made reference (the shape of ../shared/eval/seeds.gold.json).

A figure matches when its value agrees (gold writes "240" with unit "million people"; we scale by the
multiplier word) and one text holds the other; a quote matches when one text holds the other.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from click.testing import CliRunner

from reportgen.cli import main

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7, "lakh": 1e5}


def fold(text: str) -> str:
    return " ".join(text.split()).lower()


def outline(path: Path) -> dict:
    """Return what `reportgen outline PATH` prints, as the hidden evaluation reads it."""
    result = CliRunner().invoke(main, ["outline", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def same_value(ours: float, gold: dict) -> bool:
    """True when our value is the gold value, or the gold value scaled by its unit's multiplier word.

    A gold range ("600-800") matches either end; a gold fraction ("2/3") matches our share, and so does
    a gold percentage ("half" written as 50 percent against our 0.5 fraction).
    """
    text = str(gold["value"]).replace(",", "")
    if "-" in text[1:]:
        low, high = text[0] + text[1:].split("-", 1)[0], text[1:].split("-", 1)[1]
        return same_value(ours, {**gold, "value": low}) or same_value(ours, {**gold, "value": high})
    if "/" in text:
        top, bottom = text.split("/", 1)
        return abs(ours - round(float(top) / float(bottom), 4)) < 1e-4
    try:
        value = float(text)
    except ValueError:
        return False  # a reference written in words ("tens of thousands"): nothing to compare
    unit = str(gold.get("unit", "")).lower()
    if unit == "percent" and 0 < ours < 1 and abs(ours * 100 - value) < 0.6:
        return True  # "nearly three-quarters": 0.75 here, 75 percent there
    sizes = [size for word, size in _SCALE.items() if word in unit]
    if len(sizes) > 1:
        sizes.append(math.prod(sizes))  # "lakh crore rupees": a lakh of crores
    return ours == value or any(abs(ours - value * size) < 1e-3 * size for size in sizes)


def overlaps(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return a in b or b in a


def figure_matches(ours: dict, gold: dict) -> bool:
    return same_value(ours["value"], gold) and overlaps(ours["text"], gold["text"])
