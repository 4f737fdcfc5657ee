"""Number words, numerals and multipliers: the value rule every figure follows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportgen.summarize.numbers import as_value, multiplier, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nine", 9),
        ("Twenty-one", 21),
        ("twenty one", 21),
        ("ninety-nine", 99),
        ("a hundred", 100),
        ("three hundred and twelve", 312),
        ("1,000", 1000),
        ("2.5", Decimal("2.5")),
        ("240", 240),
        ("12,345.75", Decimal("12345.75")),
    ],
)
def test_parse_number_reads_numerals_and_words(text: str, value: Decimal | int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "first", "third", "many", "1.2.3"])
def test_parse_number_refuses_what_is_not_a_cardinal(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("word", "factor"),
    [("million", 10**6), ("billion", 10**9), ("bn", 10**9), ("m", 10**6), ("trillion", 10**12),
     ("hundred thousand", 10**5), ("", 1)],
)
def test_multiplier_words(word: str, factor: int) -> None:
    assert multiplier(word) == factor


def test_multiplier_refuses_other_words() -> None:
    with pytest.raises(ValueError):
        multiplier("people")


def test_scaled_values_are_exact_integers() -> None:
    assert as_value(parse_number("1.2") * multiplier("billion")) == 1_200_000_000
    assert isinstance(as_value(Decimal("240") * multiplier("million")), int)
    assert as_value(Decimal(1) / 3) == 0.3333
