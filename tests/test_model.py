"""The briefing JSON is a public contract: it must round-trip and name bad fields."""

from __future__ import annotations

import dataclasses
import json

import pytest

from reportgen.errors import BriefingError
from reportgen.model import Briefing


def test_json_round_trip_is_lossless(sample_briefing):
    again = Briefing.from_json(sample_briefing.to_json())
    assert again == sample_briefing
    assert again.to_json() == sample_briefing.to_json()


def test_a_further_quote_says_so_and_reads_back(sample_briefing):
    first, *rest = sample_briefing.quotes
    briefing = dataclasses.replace(sample_briefing, quotes=(*rest, dataclasses.replace(first, further=True)))
    data = json.loads(briefing.to_json())
    assert data["quotes"][-1]["further"] is True
    assert all("further" not in q for q in data["quotes"][:-1])  # a pick's entry is as it always was
    assert Briefing.from_json(briefing.to_json()) == briefing
    assert briefing.shown_quotes(99) == tuple(rest) and briefing.shown_quotes(1) == (rest[0],)


def test_whole_numbers_serialise_as_integers(sample_briefing):
    data = json.loads(sample_briefing.to_json())
    assert data["figures"][3]["value"] == 240000000
    assert isinstance(data["figures"][3]["value"], int)


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.pop("title"), "title"),
        (lambda d: d["figures"][0].update(value="many"), "figures[0].value"),
        (lambda d: d["quotes"][1]["cite"][0].update(source="S9"), "quotes[1].cite[0].source"),
        (lambda d: d["areas"][2].update(points="x"), "areas[2].points"),
        (lambda d: d["sources"][0].update(kind="blog"), "sources[0].kind"),
    ],
)
def test_invalid_briefing_names_the_field(sample_briefing, mutate, field):
    data = sample_briefing.to_dict()
    mutate(data)
    with pytest.raises(BriefingError) as err:
        Briefing.from_dict(data)
    assert err.value.message.startswith(field + ":")
