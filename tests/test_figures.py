"""Key figures: what is found, what is left out, what each one measures, and the ranking."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.model import Cite, Figure
from reportgen.sources import Document
from reportgen.summarize.figures import find_figures, rank_figures
from reportgen.summarize.text import paragraphs, sentences
from tests.conftest import NEWS, SHARED, TRANSCRIPT, seed_text

FIXTURES = Path(__file__).parent / "fixtures" / "figures"


def figures_of(text: str, doc_id: str = "d") -> list[Figure]:
    sents = [s for p in paragraphs(text) for s in sentences(p)]
    return find_figures(doc_id, text, sents)



@pytest.mark.parametrize("text", [
    "• Adjusted EBITDA of £301m, up 21% on H1 2024 (£248m)\n",
    "Group results at a glance.\n\n▪ Revenue was €2.1bn in the year, up 6% on the year before.\n",
])
def test_a_label_is_words_never_a_bullet(text: str) -> None:
    # "rise in • Adjusted EBITDA": a slide's bullet is no word of what the figure measures
    labels = [f.label for f in figures_of(text)]
    assert labels
    assert all(re.search(r"[^\W\d_]{2}", label) and "•" not in label for label in labels), labels

def one(text: str) -> Figure:
    found = figures_of(text)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


def assert_cited(figs: list[Figure], text: str, doc_id: str = "d") -> None:
    for f in figs:
        assert f.cite, f
        for c in f.cite:
            assert c.source == doc_id
            assert text[c.start:c.end] == f.text


def overlaps(fig: Figure, text: str, phrase: str) -> bool:
    """True when the figure's cite overlaps one place where ``phrase`` stands in ``text``."""
    for m in re.finditer(re.escape(phrase), text):
        if any(c.start < m.end() and m.start() < c.end for c in fig.cite):
            return True
    return False


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


# --- the seeds against the gold file -----------------------------------------------------------

def gold() -> dict[str, Any]:
    return json.loads((SHARED / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))


def gold_values(item: dict[str, Any]) -> set[float]:
    """The gold gives "240" with unit "million people"; the value rule scales it, so accept both."""
    value = float(item["value"])
    factor = {"million": 1e6, "billion": 1e9, "thousand": 1e3}.get(item["unit"].split()[0], 1)
    return {value, value * factor}


def matches_gold(fig: Figure, item: dict[str, Any]) -> bool:
    return any(same_value(fig.value, v) for v in gold_values(item)) and (
        fig.text in item["text"] or item["text"] in fig.text)


def test_first_seed_recovers_at_least_nine_of_the_ten_gold_figures() -> None:
    text = seed_text(NEWS)
    figs = figures_of(text)
    items = gold()["sources"][NEWS]["figures"]
    found = [item for item in items if any(matches_gold(f, item) for f in figs)]
    missing = [item["text"] for item in items if item not in found]
    assert len(items) == 10
    assert len(found) >= 9, missing


def test_first_seed_finds_nothing_the_gold_leaves_out() -> None:
    text = seed_text(NEWS)
    figs = figures_of(text)
    items = gold()["sources"][NEWS]["figures"]
    extra = [f.text for f in figs if not any(matches_gold(f, item) for item in items)]
    assert extra == []


def test_seed_figures_are_never_dates_and_keep_what_they_measure() -> None:
    text = seed_text(NEWS)
    figs = figures_of(text)
    assert_cited(figs, text)
    for f in figs:
        assert not re.search(r"November|October|2019|2018|2023-11-30", f.text), f
        assert f.label and f.unit
    by_text = {f.text: f for f in figs}
    gdp = next(f for f in figs if f.value == 45)
    assert "gross domestic product" in gdp.label
    assert by_text["240 million people"].value == 240_000_000
    assert by_text["240 million people"].unit == "people"
    assert by_text["about 21 percent of the country’s total land area"].label.startswith("share of")
    assert by_text["established in 1999"].unit == "year"


def test_transcript_seed_has_the_three_year_plan_and_no_pagination() -> None:
    text = seed_text(TRANSCRIPT)
    figs = figures_of(text)
    assert_cited(figs, text)
    [item] = gold()["sources"][TRANSCRIPT]["figures"]
    assert [(f.value, f.unit) for f in figs if matches_gold(f, item)] == [(3, "year")]
    assert all(f.value != 1 and "April" not in f.text for f in figs)
    assert not [f for f in figs if f.text.strip().isdigit()]


# --- own fixtures: recall and precision -------------------------------------------------------

def expected() -> dict[str, Any]:
    return json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["economy.txt", "statement.txt", "transcript.txt", "trade_news.txt"])
def test_fixture_recall_and_precision(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    figs = figures_of(text)
    assert_cited(figs, text)
    items = expected()[name]

    def hit(f: Figure, item: dict[str, Any]) -> bool:
        return same_value(f.value, item["value"]) and overlaps(f, text, item["text"])

    missed = [i["text"] for i in items if not any(hit(f, i) for f in figs)]
    wrong = [f.text for f in figs if not any(hit(f, i) for i in items)]
    recall = 1 - len(missed) / len(items)
    precision = 1 - len(wrong) / max(len(figs), 1)
    assert recall >= 0.9, missed
    assert precision >= 0.9, wrong
    units = {(i["text"], i["unit"]) for i in items}
    for f in figs:
        for t, unit in units:
            if overlaps(f, text, t):
                assert f.unit == unit, (f.text, f.unit, unit)


# --- unit behaviour ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "value", "unit", "text"),
    [
        ("Sales rose 3.2% last year.", 3.2, "percent", "3.2%"),
        ("The firm raised $1.2 billion from investors.", 1_200_000_000, "USD", "$1.2 billion"),
        ("It will spend €500m on wind farms.", 500_000_000, "EUR", "€500m"),
        ("WHO released US$ 2.5 million from its fund.", 2_500_000, "USD", "US$ 2.5 million"),  # a space
        ("It will spend € 40 million on roads.", 40_000_000, "EUR", "€ 40 million"),
        ("The review would make SDR 22.4 million available.", 22_400_000, "XDR", "SDR 22.4 million"),
        ("Advancers outnumbered decliners by a 1.64-to-1 ratio.", 1.64, "ratio", "1.64-to-1 ratio"),
        ("They agreed a $10-billion deal.", 10_000_000_000, "USD", "$10-billion"),  # hyphenated scale
        ("We set up a 10-billion-yuan fund.", 10_000_000_000, "CNY", "10-billion-yuan"),
        ("The bank made a 50-basis-point cut.", 50, "basis points", "50-basis-point"),
        ("It delivered a 174,000-cubic-meter LNG carrier.", 174_000, "cubic meters", "174,000-cubic-meter"),
        ("Flats range from 298 sq ft studios upward.", 298, "square feet", "298 sq ft"),
        ("Output grew 45 percent.", 45, "percent", "45 percent"),
        ("Rates rose 25 basis points.", 25, "basis points", "25 basis points"),
        ("The bank made a 25bp cut.", 25, "basis points", "25bp"),
        ("The plant cost NT$3 billion.", 3_000_000_000, "TWD", "NT$3 billion"),
        ("The miner raised $US2.5 billion.", 2_500_000_000, "USD", "$US2.5 billion"),
        # A minus sign is the number's: "−0.4%" is a fall, not growth (but "plus or minus" is a margin).
        ("Growth was −0.4% in the quarter.", -0.4, "percent", "−0.4%"),
        ("Temperatures fell to minus 12 degrees.", -12, "degrees", "minus 12 degrees"),
        ("The margin of error is plus or minus 3.4 percentage points.", 3.4, "percentage points",
         "3.4 percentage points"),
        ("Net migration was 728,000 in the year to June.", 728_000, "", "728,000"),
        ("The Nikkei ended at 38,920.26 on Friday.", 38_920.26, "", "38,920.26"),
        ("They lent 2.5 trillion yuan to builders.", 2_500_000_000_000, "CNY", "2.5 trillion yuan"),
        ("Margins widened by 1.5 percentage points.", 1.5, "percentage points", "1.5 percentage points"),
        ("India, with 1.4 billion people, votes.", 1_400_000_000, "people", "1.4 billion people"),
        ("It hired 1,000 engineers.", 1000, "engineers", "1,000 engineers"),
        ("The jet carried six crew.", 6, "crew", "six crew"),  # a plural without an s
        ("The 24-member body met.", 24, "members", "24-member"),
        ("They adopted a three-year plan.", 3, "year", "three-year"),
        ("Its exports nearly tripled.", 3, "times", "nearly tripled"),
        ("The bank was founded in 1864 in Hong Kong.", 1864, "year", "founded in 1864"),
        ("Unemployment fell to between 10 and 15 percent.", 10, "percent", "between 10 and 15 percent"),
        ("Costs rose 10-15% this year.", 10, "percent", "10-15%"),
        ("About a third of the staff left.", 0.3333, "fraction", "About a third of the staff"),
        ("Nine people died in the fire.", 9, "people", "Nine people"),
        ("Officials said 23 were injured.", 23, "people", "23 were injured"),
        ("One in five adults smoke.", 0.2, "fraction", "One in five"),
        ("The population fell by 850,000 last year.", 850_000, "people", "850,000"),
        ("The index rose 1.2 points on Friday.", 1.2, "points", "1.2 points"),
        ("Users fell less often (hazard ratio 0.87, 95% CI 0.81-0.94).", 0.87, "hazard ratio",
         "hazard ratio 0.87"),
        ("Worry was rarer among users (OR 0.82, 95% CI 0.75-0.90).", 0.82, "odds ratio", "OR 0.82"),
        ("Events fell (hazard ratio [HR] 0.78; p<0.001).", 0.78, "hazard ratio", "hazard ratio [HR] 0.78"),
        # A currency's price in another: an exchange rate.
        ("The rouble averaged 82.5 per dollar in October.", 82.5, "per dollar", "82.5 per dollar"),
        ("The rupee closed at 83.12 against the dollar.", 83.12, "per dollar", "83.12 against the dollar"),
        # An earthquake's magnitude, named before or after it.
        ("An earthquake of magnitude 6.4 (Mw) struck Albania.", 6.4, "magnitude", "magnitude 6.4"),
        ("A 6.4-magnitude earthquake struck.", 6.4, "magnitude", "6.4-magnitude"),
        ("The quake measured 5.1 on the Richter scale.", 5.1, "magnitude", "5.1 on the Richter scale"),
        ("It will take three to five years.", 3, "year", "three to five years"),
        ("It will cost between $1 billion and $2 billion.", 1_000_000_000, "USD",
         "between $1 billion and $2 billion"),
        # A range whose scale is written once, on its high end: the low end is as large.
        ("It will cost between $1.2 and $1.4 billion.", 1_200_000_000, "USD",
         "between $1.2 and $1.4 billion"),
        ("Revenue of $1.2-1.4 billion is expected.", 1_200_000_000, "USD", "$1.2-1.4 billion"),
        ("Losses of £150-250m are expected.", 150_000_000, "GBP", "£150-250m"),
        ("Costs of 2-3 billion yuan are likely.", 2_000_000_000, "CNY", "2-3 billion yuan"),
        ("It could save between forty and sixty million dollars.", 40_000_000, "USD",
         "between forty and sixty million dollars"),
        ("More than a dozen countries signed.", 12, "countries", "More than a dozen countries"),
        ("Trade hit 310.5 billion dollars.", 310_500_000_000, "USD", "310.5 billion dollars"),
        ("They raised HK$2.3 billion.", 2_300_000_000, "HKD", "HK$2.3 billion"),
        ("In Mexico they sold for between MX$1,099 and MX$1,699.", 1099, "MXN",
         "between MX$1,099 and MX$1,699"),
        ("The road is 1,500 km long.", 1500, "km", "1,500 km"),
        ("The fund was set up in December 2013.", 2013, "year", "set up in December 2013"),
        ("It has 561 foreign-funded R&D centers.", 561, "foreign-funded R&D centers",
         "561 foreign-funded R&D centers"),
        ("It ranked first for 14 consecutive years.", 14, "year", "14 consecutive years"),
        ("Xi said the 1.4 billion Chinese people agree.", 1_400_000_000, "people",
         "1.4 billion Chinese people"),
        ("The port handled 310 million TEUs of containers.", 310_000_000, "TEUs", "310 million TEUs"),
        ("They raised RMB5 billion.", 5_000_000_000, "CNY", "RMB5 billion"),
        ("It cost 5 billion U.S. dollars.", 5_000_000_000, "USD", "5 billion U.S. dollars"),
        ("The cap is 24.5 pence per kilowatt hour until March.", 24.5, "pence per kilowatt hour",
         "24.5 pence per kilowatt hour"),
        ("Trains ran at 120 kilometres per hour in tests.", 120, "kilometres per hour",
         "120 kilometres per hour"),
        ("Petrol rose to 155 pence on Monday.", 155, "pence", "155 pence"),
        ("The rail link will cost about 2.4 billion kronor, shared with the state.", 2_400_000_000, "SEK",
         "about 2.4 billion kronor"),
        ("Last year the firm took a writedown of 4.1bn kroner on the project.", 4_100_000_000, "NOK",
         "4.1bn kroner"),
        ("The order is worth 12 billion Danish kroner.", 12_000_000_000, "DKK", "12 billion Danish kroner"),
        ("Sales in South Africa rose to 3.5 million rand.", 3_500_000, "ZAR", "3.5 million rand"),
        ("Leaders agreed to limit the temperature increase to 1.5°C.", 1.5, "°C", "1.5°C"),
        ("Temperatures reached 40 degrees Celsius in Seville.", 40, "°C", "40 degrees Celsius"),
        ("It was 104 °F in Phoenix on Sunday.", 104, "°F", "104 °F"),
        ("Gas produced 51TWh of electricity last year.", 51, "TWh", "51TWh"),
        ("The new road is 12km long.", 12, "km", "12km"),
        ("Rates were 98 per 100,000 people in London.", 98, "per 100,000 people", "98 per 100,000 people"),
        ("The number of private firms with trade records rose to 16,800.", 16800, "firms", "16,800"),
        ("The satellite programme, launched in 1988, is still running.", 1988, "year", "launched in 1988"),
        ("Banks lent Rs 1.2 lakh crore during the year.", 1_200_000_000_000, "INR", "Rs 1.2 lakh crore"),
        ("It will build 2 crore additional houses.", 20_000_000, "houses", "2 crore additional houses"),
        ("The outlay is Rs. 3,10,450 crore this year.", 3_104_500_000_000, "INR", "Rs. 3,10,450 crore"),
        ("Crews built 7,64,820 km of rural roads.", 764_820, "km", "7,64,820 km"),
        ("It is a Rs 780-crore investment at Dholka.", 7_800_000_000, "INR", "Rs 780-crore"),
        ("Demand for batteries is expected to grow 14-fold by 2030.", 14, "times", "14-fold"),
        ("The state will spend $A600 million on roads.", 600_000_000, "AUD", "$A600 million"),
        ("Harker was jailed for six years and eight months.", 80, "month", "six years and eight months"),
        ("Harker was jailed for 2.5 years and 8 months.", 38, "month", "2.5 years and 8 months"),
        ("Pike was jailed for four years and nine months.", 4.75, "year", "four years and nine months"),
        ("Lowe was jailed for one year and six months.", 1.5, "year", "one year and six months"),
        ("OPEC+ will cut output by 2.2 million bpd from January.", 2_200_000, "bpd", "2.2 million bpd"),
        ("Mbadi tabled a Sh4.29 trillion budget on Thursday.", 4_290_000_000_000, "KES", "Sh4.29 trillion"),
        ("The county will get Ksh14.7 billion for roads.", 14_700_000_000, "KES", "Ksh14.7 billion"),
        ("Revenue is put at KSh 3.9 trillion this year.", 3_900_000_000_000, "KES", "KSh 3.9 trillion"),
        ("The state set aside ₦2 billion for clinics.", 2_000_000_000, "NGN", "₦2 billion"),
        ("Volunteers washed 40 shirts on Sunday.", 40, "shirts", "40 shirts"),
        ("Payrolls rose 118,000 in February.", 118_000, "", "118,000"),
        ("Economists had called for a 160,000 advance.", 160_000, "", "160,000"),
        ("Government employment fell by 14,000 last month.", 14_000, "", "14,000"),
        ("The council opened 12 rest centres overnight for people who could not get home.", 12,
         "rest centres", "12 rest centres"),
        ("Tyndrum had 86mm of rain, the Met Office said.", 86, "mm", "86mm"),
        ("Salinity reached 28,000ppm at the monitoring station last week.", 28_000, "ppm", "28,000ppm"),
        ("Our teams have found 40+ trees on the line.", 40, "trees", "40+ trees"),
        ("Gusts reached 90 mph on the coast.", 90, "mph", "90 mph"),
        ("The river stood 0.35 metres above the bank-full level.", 0.35, "metres", "0.35 metres"),
        # A measure's symbol after a space, as reports and advisories write it.
        ("The surface wind was 28 kt at touchdown.", 28, "kt", "28 kt"),
        ("The aircraft stopped with 640 m of runway left.", 640, "m", "640 m"),
        ("The central pressure fell to 958 hPa overnight.", 958, "hPa", "958 hPa"),
        ("The crew descended through 1,000 ft on the approach.", 1000, "ft", "1,000 ft"),
        ("Earnings per share came in at 112.6p.", 112.6, "pence", "112.6p"),
        # South African money: rand before the number, cents after it; the rarer currency codes.
        ("The group plans to raise R1.5bn through a rights issue.", 1_500_000_000, "ZAR", "R1.5bn"),
        ("Trading profit fell to R612m in the half.", 612_000_000, "ZAR", "R612m"),
        ("The shares closed at R10.62 on the JSE.", 10.62, "ZAR", "R10.62"),
        ("Headline earnings per share dropped to 142.6c.", 142.6, "cents", "142.6c"),
        ("Denmark pledged DKK 400,000,000 to the plan.", 400_000_000, "DKK", "DKK 400,000,000"),
        ("The fine is R1 500 for a first offence.", 1500, "ZAR", "R1 500"),  # thousands set apart by a space
        # Signs and letters of other currencies, against the number.
        ("Firms will cut the price of diesel by ₱2.10 per liter.", 2.1, "PHP", "₱2.10"),  # Philippine peso
        ("Namibia's trade deficit was N$2.10 billion in April.", 2_100_000_000, "NAD", "N$2.10 billion"),
        ("The estate spent RM78,000 per hectare until maturity.", 78_000, "MYR", "RM78,000"),  # ringgit
        ("The approved budget was MK1.6 billion.", 1_600_000_000, "MWK", "MK1.6 billion"),  # Malawi kwacha
        ("The peso closed at ₱57.12 to the US dollar.", 57.12, "per dollar", "₱57.12 to the US dollar"),
        ("Tickets cost 25 € at the door.", 25, "EUR", "25 €"),  # the euro's sign after the amount
        ("We spent 12 500 zł per tram on repairs.", 12_500, "PLN", "12 500 zł"),  # the zloty's
        ("The minimum wage is 5 020 złotych gross a month.", 5020, "PLN", "5 020 złotych"),
        ("Onion sold for Tk 120 where it could be found.", 120, "BDT", "Tk 120"),  # taka
        ("Traders pay Rp 17.200 per liter.", 17_200, "IDR", "Rp 17.200"),  # rupiah: no cents; dots group
        ("The fund collected Rp24.6 trillion in levies.", 24_600_000_000_000, "IDR", "Rp24.6 trillion"),
        ("The total Budget for 2026 is K231.4 billion.", 231_400_000_000, "ZMW", "K231.4 billion"),  # kwacha
        ("The exempt threshold rises to K5,600 per month.", 5600, "ZMW", "K5,600"),
        ("Net profit reached Dh1.84 billion.", 1_840_000_000, "AED", "Dh1.84 billion"),  # the dirham's
        ("A kilo of lemons costs S/ 4.20 in Lima.", 4.2, "PEN", "S/ 4.20"),  # Peru's sol
        ("Gate receipts came to GH¢1,187,450.", 1_187_450, "GHS", "GH¢1,187,450"),  # the cedi's
        ("The bus fare will rise to ₸250 on Monday.", 250, "KZT", "₸250"),  # the tenge's
        ("The city now owes Eskom R5.8-billion.", 5_800_000_000, "ZAR", "R5.8-billion"),  # a hyphen
        ("The gross minimum wage will climb to ₺33,030.", 33_030, "TRY", "₺33,030"),  # the Turkish lira's
        ("The fund holds TL 85 billion.", 85_000_000_000, "TRY", "TL 85 billion"),
        ("The wage is 28,075 Turkish Liras.", 28_075, "TRY", "28,075 Turkish Liras"),
        ("It saves a household NIS 1,100 a year.", 1100, "ILS", "NIS 1,100"),  # the shekel's
        ("A litre of milk costs ₪6.92.", 6.92, "ILS", "₪6.92"),
        ("The plan costs 1.5 billion shekels.", 1_500_000_000, "ILS", "1.5 billion shekels"),
        ("The province allocated VNĐ1.2 trillion.", 1_200_000_000_000, "VND", "VNĐ1.2 trillion"),  # dong
        ("Water sells at VNĐ15.500 a cubic metre.", 15_500, "VND", "VNĐ15.500"),  # dots group thousands
        ("Fees rose to 2 million Ugandan shillings.", 2_000_000, "UGX", "2 million Ugandan shillings"),
        ("Each farmer got 500 cedis.", 500, "GHS", "500 cedis"),
        ("Diesel is still more than six pesos dearer.", 6, "pesos", "more than six pesos"),  # whose: unsaid
        ("The NFA got 9 billion Philippine pesos.", 9_000_000_000, "PHP", "9 billion Philippine pesos"),
        ("The rate closed at 1,395 pesos per dollar.", 1395, "pesos per dollar", "1,395 pesos per dollar"),
        ("The budget amounts to KRW 612.4 billion this year.", 612_400_000_000, "KRW", "KRW 612.4 billion"),
        ("Temperatures hit 40c in Seville.", 40, "°C", "40c"),
        ("Orders rose, for a book-to-bill ratio of 1.06.", 1.06, "ratio", "1.06"),
        ("It bought a 30pc stake.", 30, "percent", "30pc"),
        ("Around 7,000 to 8,000 troops are deployed.", 7000, "troops", "Around 7,000 to 8,000 troops"),
        ("The poorest emit 0.9 tonnes a year.", 0.9, "tonnes", "0.9 tonnes"),
        ("Winds of up to 70km/h are forecast.", 70, "km/h", "up to 70km/h"),
        ("Winds of up to 150 km/h are forecast.", 150, "km/h", "up to 150 km/h"),
        ("Temperatures hit 40C in London.", 40, "°C", "40C"),
        ("Overnight lows of -5C are expected.", -5, "°C", "-5C"),
        ("The alloy has a density of 5 kg/m3.", 5, "kg/m3", "5 kg/m3"),
        ("A total of 63 517 cases were reported.", 63_517, "cases", "63 517 cases"),
        ("There were 1\u00a0011 deaths.", 1011, "deaths", "1\u00a0011 deaths"),
        ("Now sixteen of the country's 21 provinces report cases.", 16, "provinces",
         "sixteen of the country's 21 provinces"),
        ("The goal sent a crowd of 26,184 home happy.", 26_184, "", "26,184"),
        # A range whose second number carries the unit is one figure from its low end, cited whole.
        ("We have seen gusts of 80 to 90mph quite widely.", 80, "mph", "80 to 90mph"),
        ("The plant will create between 600 and 800 jobs.", 600, "jobs", "between 600 and 800 jobs"),
        ("Rain of 50-80mm is expected in the hills.", 50, "mm", "50-80mm"),
        ("It expects volume growth of between 3% and 4%.", 3, "percent", "between 3% and 4%"),
        ("The Fed held rates in a range of 3.5%-3.75%.", 3.5, "percent", "3.5%-3.75%"),
        ("We now expect organic growth of 5 per cent to 6 per cent.", 5, "percent",
         "5 per cent to 6 per cent"),
        ("Between 600 and 800 jobs will go.", 600, "jobs", "Between 600 and 800 jobs"),
        ("Between 70 and 80 percent of hospitals are shut.", 70, "percent",
         "Between 70 and 80 percent of hospitals"),
        ("Onions sold at Tk 140-150 on Sunday.", 140, "BDT", "Tk 140-150"),  # a sign before the low end only
        ("Local onion sold at Rs 125-130 per kg wholesale.", 125, "INR", "Rs 125-130"),
        ("The kilo ranged from 27 to 30 pesos in March.", 27, "pesos", "27 to 30 pesos"),  # a span, no change
        ("Individual losses ranged from £4,800 to £212,000.", 4800, "GBP", "£4,800 to £212,000"),
        ("Fees were between 40 and 60 euros a month.", 40, "EUR", "between 40 and 60 euros"),
        ("The baby weighed 5 to 6 pounds.", 5, "pounds", "5 to 6 pounds"),  # a weight, not money
        # Shares and multiples in words, and a number and a half.
        ("Roughly four in ten births were to older mothers.", 0.4, "fraction", "Roughly four in ten"),
        ("Two in five adults smoke.", 0.4, "fraction", "Two in five"),
        ("Rents rose by about a third since 2020.", 0.3333, "fraction", "about a third"),
        ("Output fell by a fifth last year.", 0.2, "fraction", "a fifth"),
        ("Older people are twice as likely to die in a heatwave.", 2, "times", "twice"),
        ("Rainfall was more than twice the average.", 2, "times", "more than twice"),
        ("Prices have risen fivefold since 2019.", 5, "times", "fivefold"),
        ("Sales saw a tenfold increase.", 10, "times", "tenfold"),
        ("The plan costs three and a half billion dollars.", 3_500_000_000, "USD",
         "three and a half billion dollars"),
        ("It is one and a half times the size.", 1.5, "times", "one and a half times"),
        # Half, a quarter or a third of a scale word is that much of it, not a share of it.
        ("Nearly half a million people fled.", 500_000, "people", "Nearly half a million people"),
        ("It cut costs by half a billion dollars.", 500_000_000, "USD", "half a billion dollars"),
        ("About a quarter of a million people fled.", 250_000, "people",
         "About a quarter of a million people"),
        ("A million and a half visitors came.", 1_500_000, "visitors", "A million and a half visitors"),
        # A fraction of a point or a percent is that much of one, not a share of it.
        ("Democrats won by about half a percentage point.", 0.5, "percentage points",
         "about half a percentage point"),
        ("Rates rose by a tenth of a percent.", 0.1, "percent", "a tenth of a percent"),
        ("Traders expect a quarter-point reduction in June.", 0.25, "points", "a quarter-point"),
        ("He served two and a half years in prison.", 2.5, "year", "two and a half years"),
        # A range's high end lends its scale only to a smaller low end.
        ("They demanded between 500,000 and 3 million Sudanese pounds.", 500_000, "SDG",
         "between 500,000 and 3 million Sudanese pounds"),
        ("Families paid between 500 and 3 million dollars.", 500, "USD", "between 500 and 3 million dollars"),
        # Pounds and dollars named by their country.
        ("The loan is worth 3 billion Egyptian pounds.", 3_000_000_000, "EGP", "3 billion Egyptian pounds"),
        ("He paid 30,000 South Sudanese pounds.", 30_000, "SSP", "30,000 South Sudanese pounds"),
        ("It raised 40 million New Zealand dollars.", 40_000_000, "NZD", "40 million New Zealand dollars"),
        # A decimal said aloud, as a transcript writes it: never the digit after "point" alone.
        ("That's four point one billion pounds into the programme.", 4_100_000_000, "GBP",
         "four point one billion pounds"),
        ("Growth was two point five percent.", 2.5, "percent", "two point five percent"),
        # A number said digit by digit, as radio traffic says it: never its first digit alone.
        ("Correct. Two six four passengers. Over.", 264, "passengers", "Two six four passengers"),
        ("Roger, ETA two five minutes.", 25, "minute", "two five minutes"),
        ("Confirm three one eight persons on board. Over.", 318, "persons", "three one eight persons"),
        ("We expect two one-year extensions.", 2, "one-year extensions", "two one-year extensions"),
        # A number said in words is read whole: never its last part alone ("forty tankers", "1,000").
        ("There are a hundred and forty tankers on the road.", 140, "tankers", "a hundred and forty tankers"),
        ("We will replace one thousand one hundred kilometres of pipe.", 1100, "kilometres",
         "one thousand one hundred kilometres"),
        ("The hall holds eleven thousand six hundred people.", 11_600, "people",
         "eleven thousand six hundred people"),
        ("The mission cost one thousand two hundred and thirty-six crore rupees.", 12_360_000_000, "INR",
         "one thousand two hundred and thirty-six crore rupees"),
        ("Finland installed ninety six thousand five hundred.", 96_500, "",
         "ninety six thousand five hundred"),
        ("We now have two thousand people.", 2000, "people", "two thousand people"),  # its multiplier
        # A comma after the thousands, as a declaration reads votes out: the hundreds are the same number's.
        ("Mwiinga, Independent: one thousand, four hundred and two votes.", 1402, "votes",
         "one thousand, four hundred and two votes"),
        ("Registered voters: thirty-eight thousand, four hundred and twelve.", 38_412, "",
         "thirty-eight thousand, four hundred and twelve"),
        ("Some twenty-nine thousand, two of them children, were moved.", 29_000, "",
         "Some twenty-nine thousand"),
        # A number in words written again in digits is one number.
        ("Officials recorded three (3) new deaths.", 3, "deaths", "three (3) new deaths"),
        # A bare number, then a percent not far above it, after a verb of change: a range, not
        # the high end alone.
        ("Prices rose 10 to 12 percent.", 10, "percent", "10 to 12 percent"),
        ("Rents fell 5 to 7 percent relative to trend.", 5, "percent", "5 to 7 percent"),
        # Who a count of people was, said after it.
        ("Detainees were held for months, and at least nine were children.", 9, "children",
         "at least nine were children"),
        ("The report found that at least six of them were later found dead.", 6, "people",
         "at least six of them were later found dead"),
        # "three quarters" after "in" or "for" is a span of time, not three fourths.
        ("It was the first contraction in three quarters.", 3, "quarter", "three quarters"),
        ("About three quarters of the budget goes to salaries.", 0.75, "fraction",
         "About three quarters of the budget"),
        # A device's units, glued to the number.
        ("It comes with 16GB of RAM.", 16, "GB", "16GB"),
        ("The phone has a 5,500mAh cell.", 5500, "mAh", "5,500mAh"),
        ("It adds a 64MP periscope telephoto.", 64, "megapixels", "64MP"),
        ("It has 5x optical zoom.", 5, "times", "5x"),
        ("TSMC builds it on its 2nm process.", 2, "nm", "2nm"),
        # A share "of every": one number out of the other, not a count of the second.
        ("Apple sells roughly four out of every five premium phones.", 0.8, "fraction",
         "roughly four out of every five"),
        ("One in every three homes is empty.", 0.3333, "fraction", "One in every three"),
        ("Three of every four jobs went.", 0.75, "fraction", "Three of every four"),
        # An ordinal that counts a run is that many in a row.
        ("Vacancies fell for the 44th consecutive quarterly fall.", 44, "quarterly falls",
         "44th consecutive quarterly fall"),
        ("It was a fourth straight year of drought.", 4, "year", "fourth straight year"),
        ("He won for the fifth time in a row.", 5, "time", "fifth time in a row"),
        ("Real incomes fell for three straight quarters.", 3, "quarter", "three straight quarters"),
    ],
)
def test_shapes_of_figures(sentence: str, value: float, unit: str, text: str) -> None:
    f = one(sentence)
    assert (f.text, f.unit) == (text, unit)
    assert same_value(f.value, value)
    assert_cited([f], sentence)


def test_a_part_of_a_named_whole_is_not_read_as_the_whole() -> None:
    assert all(f.value != 5 for f in figures_of("Four of the five were women."))


@pytest.mark.parametrize("sentence", [
    "Sales fell in the second quarter.",
    "Three quarters of voters said no.",
    "It was the third time he had asked.",
    "The fourth straight answer was no.",
])
def test_an_ordinal_outside_a_run_is_no_figure(sentence: str) -> None:
    assert [f for f in figures_of(sentence) if f.unit != "fraction"] == []


@pytest.mark.parametrize("sentence", ["It's seventeen minutes past eight.", "It is ten minutes to nine now."])
def test_minutes_that_tell_the_time_are_no_figure(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_a_run_is_named_by_what_it_is_a_run_of() -> None:
    f = one("He blamed a fourth consecutive year of below-average rainfall, officials said.")
    assert f.label == "consecutive years of below-average rainfall"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Turnout was more than 60 percent.", "more than 60 percent"),
        ("It has about 300 branches.", "about 300 branches"),
        ("Nearly 2,000 people fled.", "Nearly 2,000 people"),
        ("It spends up to $5 million a year.", "up to $5 million"),
        ("They sold over 90 aircraft.", "over 90 aircraft"),
        ("The area is approximately 45 percent forest.", "approximately 45 percent"),
        # A negated bound is the opposite bound: "no more than" is at most, never "more than".
        ("Rice may be sold for no more than 14,900 rupiah a kilo.", "no more than 14,900 rupiah"),
        ("The ban runs for not less than 24 months.", "not less than 24 months"),
        ("They found no fewer than 17 unofficial sites.", "no fewer than 17 unofficial sites"),
        ("An advance not exceeding 15 per cent of the sum is paid.", "not exceeding 15 per cent of the sum"),
    ],
)
def test_qualifier_is_kept_in_the_phrase(sentence: str, text: str) -> None:
    assert one(sentence).text == text


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        ("Each firm shall furnish a security of 10 per cent of the contract sum within twenty-eight days.",
         "10 per cent of the contract sum", "share of the contract sum"),
        ("The lake has lost some 90 per cent of its surface since the 1960s.",
         "some 90 per cent of its surface", "share of its surface"),
        ("Seven percent of riders during the trial paid twice.",
         "Seven percent of riders", "share of riders"),
    ],
)
def test_a_share_ends_where_a_phrase_of_time_begins(sentence: str, text: str, label: str) -> None:
    share = next(f for f in figures_of(sentence) if f.unit == "percent")
    assert (share.text, share.label) == (text, label)


@pytest.mark.parametrize(
    "sentence",
    [
        "Xi met Biden on November 15 in Woodside.",
        "During a visit in 2019, Xi spoke.",
        "The expo opened in November 2018.",
        "It was held on March 28 in Beijing.",
        "Published April 8, 2024.",
        "date 2023-11-30 ,[The region]",
        "The briefing starts at 10:30 a.m. and ends at 3 pm.",
        "See page 12 of the report.",
        "Not many 19-year-olds say that to you!",
        "First, trade. Third, energy.",
        "1. Trade comes first.",
        "(2) Energy comes second.",
        "<  1  2  3  4  5  6  7  8  9  10  11  12  >",
        "Call +86 10 6512 3456 for details.",
        "The G20 summit followed the COVID-19 pandemic.",
        "He ranked No. 1 in the list.",
        "The three places Xi visited reflect his aims.",
        "Shanghai and its three neighboring provinces will connect.",
        "It is one of the three largest centers in the world.",
        "The zone is home to hundreds of innovative companies.",
        "Tens of thousands of people marched.",
        "The key is to advance synergies in four areas:",
        "Let me add two points.",
        "He was one of the founders.",
        "Over the past five years, the city grew.",
        "She left three years ago.",
        "The Boeing 737 was grounded.",
        "Day 2 starts at 11:00 BST, and Game 7 begins at noon.",  # which day and game, not how many
        "He batted through the first hour and a half.",  # the end of a duration, not a share
        "Statement on Monetary Policy [PDF 198KB]",  # a download's size
        "The plan covers 2021-2025.",
        "They met on the 5th of May.",
        "In the next three to five years, the city will grow.",
        "Apollo 11 landed and Section 230 applies.",
        "Question 3 asked whether sellers should register, and Recommendation 4 covered testing.",
        "The dispute dates to the 1990s and the 19th century.",
        "It was settled on 12/05/2023 at 9:30.",
        "Millions of people watched.",
        "The survey covered people aged 18 to 24.",
        "It covers people aged 16 to 64 years and those aged between 50 and 64.",
        "The 14th Five-Year Plan ends in 2025.",
        "The film was shot in 1080p.",
        "It took a twofold approach.",
        "Seat 14C was empty.",  # no weather: a seat, not a temperature
        "The benchmark 10-year Treasury yield and the two-year yield both eased.",
        "The index is near its 52-week high.",
        "The estimate came with a 95% confidence interval.",
        "He raised three questions about the deal.",
        "It is a two-way street with a three-pronged approach and a one-child policy.",
        "The office moved to 1,200 Main Street.",
        "Call Floodline on 0345 988 1188 for advice.",
        "Since 2023 100 000 people have left.",
        "Work runs through 2024-25.",
        "It was won by a third party.",
        "We meet twice a week.",
        "It happened twice.",
        "We start at seven-thirty every day.",  # a time
        "Crashes on the R61 near Mthatha rose.",  # a road, an R number, a round: no rand
        "The virus had an R0 of about 2 in the city.",
        "Under Article 5c of the treaty, members consult.",  # a subsection, not cents
        "The COP29 talks ended in Baku.",  # a climate summit, not Colombian pesos
        "Position five six degrees four one comma two north.",  # where a ship is, not how much
        "The wreck lies at 56° 41.2′ N, 11° 37.8′ E.",
    ],
)
def test_what_is_not_a_statistic_is_left_out(sentence: str) -> None:
    assert [f.text for f in figures_of(sentence)] == []


@pytest.mark.parametrize(("text", "unit"), [
    ("Toyota, Japan's largest carmaker, saw profit fall to ¥1.2 trillion as the yen strengthened.", "JPY"),
    ("Karachi's port, Pakistan's busiest, will get Rs 1.5 billion.", "PKR"),
    ("India will spend Rs 1.5 billion on the port in Mumbai.", "INR"),
    ("Alibaba's revenue in China rose to ¥234 billion.", "CNY"),
    ("Sales were ¥5 billion.", "CNY"),  # nothing says which: as before
    ("The Queensland budget commits $4.2 billion to housing in Brisbane and across the state.", "AUD"),
    ("Ontario will spend $2 billion on transit, Toronto's mayor said, welcoming the Canadian plan.", "CAD"),
    ("Queensland's Brisbane plant will sell to American buyers for $3 million.", "USD"),  # the US is named
    ("The firm, based in Sydney and Melbourne, sold it for US$3 million.", "USD"),  # not a bare sign
    ("Kowloon Motor Bus asked for $1.32 billion, Hong Kong's Transport Secretary said.", "HKD"),
    ("Dam levels in Morocco fell; a ewe in Casablanca fetches 1,400 dirhams.", "MAD"),
    ("A Dubai bank earned 3 billion dirhams, the most in the UAE.", "AED"),
])
def test_a_shared_currency_sign_takes_the_currency_of_the_country_the_story_is_about(text, unit) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize(("text", "bare", "unit"), [
    # Mexico's papers write pesos with "$" and a wire on Mexico its dollars: the sign as written
    ("In Monterrey a kilo costs 30 pesos, and in Nuevo León it was $27.40, up from 26 pesos.", "$27.40", "$"),
    ("Monterrey's exporters, Mexico's busiest, earned $3 billion.", "$3 billion", "USD"),  # no pesos named
    # a wire that writes the local money with its own sign writes US dollars with the bare one
    ("Sydney-based Orica earned A$18 million in Australia; zinc rose to $2,745 a tonne.", "$2,745", "USD"),
])
def test_a_bare_dollar_sign_is_read_against_how_the_text_writes_local_money(text, bare, unit) -> None:
    assert next(f for f in figures_of(text) if f.text == bare).unit == unit


def test_a_converted_amount_in_brackets_is_not_a_second_figure() -> None:
    found = figures_of("The bank released some 1 trillion yuan ($139 billion) in liquidity.")
    assert [(f.text, f.unit) for f in found] == [("some 1 trillion yuan", "CNY")]


def test_numbered_points_keep_their_figures_but_not_their_markers() -> None:
    text = ("The sides agreed:\n1. Trade rose 12 percent.\n2. Investment reached $3 billion.\n"
            "(3) Talks go on.\n")
    figs = figures_of(text)
    assert [f.text for f in figs] == ["12 percent", "$3 billion"]
    assert_cited(figs, text)


def test_share_label_says_of_what() -> None:
    f = one("The belt covers about 21 percent of the country’s total land area and more.")
    assert f.label == "share of the country’s total land area"


def test_a_share_of_a_whole_left_unsaid_is_named_by_what_it_did() -> None:
    f = figures_of("Many could benefit from physiotherapy, but fewer than one in five were offered it.")[-1]
    assert (f.text, f.label) == ("fewer than one in five", "share offered it")


@pytest.mark.parametrize(("sentence", "text"), [
    ("Desalination covered ‘barely a fifth’ of the city’s drinking water needs.", "a fifth"),
    ("Desalination covered “about 20%” of the city’s drinking water needs.", "about 20%"),
])
def test_a_share_in_quote_marks_is_still_a_share_of_the_whole_after_them(sentence: str, text: str) -> None:
    f = one(sentence)
    assert (f.text, f.label) == (text, "share of the city’s drinking water needs")


def test_a_share_in_brackets_is_a_share_of_the_whole_after_them() -> None:
    f = [f for f in figures_of("For the first time, more than a quarter (26%) of households in the survey "
                               "had someone in paid work.") if f.unit == "percent"][0]
    assert (f.text, f.label) == ("26%", "share of households in the survey")


def test_a_share_of_a_counted_whole_leaves_the_whole_its_own_figure() -> None:
    sentence = "Turnout was 41.6% of the state’s 6.1 million registered voters, according to officials."
    figs = figures_of(sentence)
    assert [(f.text, f.label) for f in figs] == [
        ("41.6%", "share of the state’s registered voters"),
        ("6.1 million registered voters", "state’s registered voters"),
    ]
    members = figures_of("Nearly 60 per cent of the association's roughly 1,100 members export.")
    assert [f.text for f in members] == ["Nearly 60 per cent", "roughly 1,100 members"]


@pytest.mark.parametrize(("sentence", "tally"), [
    ("The vote was 218-214, with two Republicans joining Democrats.", [218, 214]),
    ("Motion carried 5-2.", [5, 2]),
    ("The Senate voted 31 to 18 to pass the bill.", [31, 18]),
    ("The committee voted by a majority of 7–2 to cut the rate.", [7, 2]),
    ("The court issued a 6-3 ruling on Friday.", [6, 3]),
    ("The draft received 13 in favour, none against.", [13]),
])
def test_a_vote_s_tally_gives_the_votes_for_and_against(sentence: str, tally: list[int]) -> None:
    votes = [f for f in figures_of(sentence) if f.unit == "votes"]
    assert [f.value for f in votes] == tally
    assert [f.label for f in votes] == ["votes in favour", "votes against"][:len(tally)]


@pytest.mark.parametrize(("sentence", "label"), [
    ("It landed on the 1,420 m runway at Sumburgh.", "runway"),
    ("Oil output hit a record 13.3 million bpd in May.", "Oil output hit a record"),
    ("The package weighed 2.5 kg when it was found.", "package weighed"),
    ("The wind was gusting 41 kt at the time.", "wind was gusting"),
])
def test_a_measure_written_as_a_symbol_is_labelled_by_what_it_measures(sentence: str, label: str) -> None:
    assert one(sentence).label == label


@pytest.mark.parametrize(("sentence", "text", "label"), [
    ("Norwich moved up to sixth after a 2-1 win over Millwall at Carrow Road.", "2-1", "win over Millwall"),
    ("It was a 2-1 comeback victory over Manchester United.", "2-1",
     "comeback victory over Manchester United"),
    ("Portbury beat us 3-0 in October.", "3-0", "Portbury beat us"),
])
def test_a_game_s_score_is_one_figure_named_by_its_result(sentence: str, text: str, label: str) -> None:
    (score,) = figures_of(sentence)  # one score, not the votes for and against
    assert (score.text, score.unit, score.label) == (text, "score", label)
    assert score.value == int(text.split("-")[0])


@pytest.mark.parametrize(("sentence", "text", "label"), [
    ("They sit four points clear of seventh-placed Hallam City.", "four points",
     "points clear of seventh-placed Hallam City"),
    ("Rovers are fifth with nine games remaining.", "nine games", "games remaining"),
    ("There’s 27 points left to play for and a lot can change.", "27 points", "points left to play"),
    ("The team finished eight points off second place.", "eight points", "points off second place"),
    ("Lawmakers have six session days left to act.", "six session days", "session days left to act"),
])
def test_a_count_is_named_by_where_it_stands_when_the_words_after_it_say(sentence: str, text: str,
                                                                         label: str) -> None:
    (count,) = figures_of(sentence)  # not "There’s points": what stands before is no name
    assert (count.text, count.label) == (text, label)


def test_a_count_off_a_place_is_named_by_the_verb_not_by_where_it_lies() -> None:
    (count,) = figures_of("The firm scrapped two projects off the coast of Scotland.")
    assert count.label.endswith("scrapped projects")  # where they lay is no margin


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("Demand will average 106.4 mb/d next year.", "106.4 mb/d", 106.4, "mb/d"),
    ("Reductions averaging some 189 tb/d per month.", "some 189 tb/d", 189, "tb/d"),
    ("Output rose to 9.5 mbpd in March.", "9.5 mbpd", 9.5, "mbpd"),
])
def test_an_oil_rate_s_abbreviation_is_its_unit_as_written(sentence: str, text: str, value: float,
                                                           unit: str) -> None:
    """"m" is a million barrels to OPEC but a thousand in "Mbbl/d": the value keeps the writer's scale."""
    (rate,) = figures_of(sentence)
    assert (rate.text, rate.value, rate.unit) == (text, value, unit)


def test_pounds_in_a_story_on_america_are_a_weight_and_in_one_on_britain_money() -> None:
    us = ("The United States cotton crop is forecast at 13.9 million 480-pound bales. Yield is expected to "
          "average 842 pounds per harvested acre.")
    uk = "Britain's farmers were paid 842 pounds per acre, the United States said."
    assert {f.text: f.unit for f in figures_of(us) if "pound" in f.text} == {"480-pound": "pounds",
                                                                             "842 pounds": "pounds"}
    assert [f.unit for f in figures_of(uk) if "pound" in f.text] == ["GBP"]


def test_a_table_column_s_scale_is_no_figure_but_an_amount_in_brackets_is() -> None:
    header = "Area harvested (1,000 acres) and production (1,000 bushels) by state."
    aside = "The farm (1,200 acres) was sold."
    assert figures_of(header) == []
    assert [f.text for f in figures_of(aside)] == ["1,200 acres"]


def test_two_numbers_set_against_each_other_with_no_vote_or_result_named_are_no_figure() -> None:
    assert figures_of("The two sides met on 2-1 terms.") == []


@pytest.mark.parametrize("sentence", ["The firm lost 10-15 jobs last year.", "Sales won 20-30 new clients."])
def test_a_range_of_things_after_a_verb_of_winning_or_losing_is_no_score(sentence: str) -> None:
    units = [f.unit for f in figures_of(sentence)]
    assert units and "score" not in units  # read as the range of things it is


@pytest.mark.parametrize("sentence", [
    "Prices rose 10 to 12 percent.", "He scored 2 in 10 minutes.",
    "The quake registered upper 6 in Miyako and lower 6 in seven other towns.",
    "Rawalpindi made 291-6 in 48.3 overs."])
def test_a_range_or_a_rate_in_time_is_neither_a_vote_nor_a_share(sentence: str) -> None:
    # (nor a reading "in seven other towns": a number and where it was found; nor a count "in" a number
    # that is not whole: a cricket score's wickets in its overs)
    assert figures_of(sentence)  # the range and the time are figures; only not these
    assert all(f.unit not in ("votes", "fraction") for f in figures_of(sentence))


def test_a_share_s_whole_stops_before_the_next_figure() -> None:
    figs = figures_of("We cut the deficit from 4.1 percent of GDP in 2025 to 3.2 percent of GDP in 2026.")
    assert [(f.value, f.label) for f in figs] == [(4.1, "share of GDP in 2025"),
                                                  (3.2, "share of GDP in 2026")]
    women = figures_of("Women hold only 19 per cent of seats in the house against the 35 per cent needed.")
    assert [f.value for f in women] == [19, 35]
    assert women[0].label == "share of seats in the house"


@pytest.mark.parametrize(("sentence", "text", "label"), [
    ("By 2030 we expect half of our electricity to come from wind and solar.", "half of our electricity",
     "share of our electricity"),
    ("About 30 percent of the homes in the valley were built before the war.",
     "About 30 percent of the homes", "share of the homes in the valley"),
])
def test_a_share_phrase_stops_at_its_last_noun_not_at_a_dangling_word(sentence: str, text: str,
                                                                        label: str) -> None:
    # the words end at the whole's head; where or when it was measured stays in the label
    f = one(sentence)
    assert (f.text, f.label) == (text, label)


@pytest.mark.parametrize(("sentence", "text", "label"), [
    ("Notably, 57 per cent of the enrolled farmers are non-loanee farmers.",
     "57 per cent of the enrolled farmers", "share of the enrolled farmers"),
    ("Florida accounts for about 82% of the insured loss at the midpoint.",
     "about 82% of the insured loss", "share of the insured loss at the midpoint"),
    ("The Commission had received less than a third of its approved budget of $128 million, she said.",
     "less than a third of its approved budget", "share of its approved budget"),
])
def test_a_past_form_after_the_is_part_of_a_share_s_whole(sentence: str, text: str, label: str) -> None:
    f = figures_of(sentence)[0]
    assert (f.text, f.label) == (text, label)


@pytest.mark.parametrize(("sentence", "label"), [
    ("The Treasury said it had provided an extra £600m for social care this winter.",
     "extra for social care this winter"),
    ("A chipmaker said on Friday it would invest $20 billion in two new chip factories near Columbus.",
     "invest in two new chip factories"),
    ("The finance minister told reporters the plan would cost 2.5 billion dollars.", "plan would cost"),
    ("Councils in England face a funding gap of £4bn over the next two years.", "funding gap"),
    ("Congress is still debating a $52 billion package of subsidies for domestic chipmaking.",
     "package of subsidies for domestic chipmaking"),
    ("The government set a growth target of around 5 percent for this year.", "growth target for this year"),
    ("Officials said the cut will save a typical shop about 3,000 euros a year.",
     "cut will save a typical shop"),
    ("Analysts put the total value of the deal at $3 billion.", "total value of the deal"),
    ("We have capped the unit price at 24.5 pence per kilowatt hour until March.", "unit price"),
    ("The House approved a $1.2 trillion package of spending bills Friday.", "package of spending bills"),
    ("Reserves are now around $2.9 trillion.", "Reserves"),  # how sure or when, not what
    ("Free cash flow of approximately $1.9 billion was the highest on record.", "Free cash flow"),
    ("The won closed at 1,447.3 won against the U.S. dollar on Tuesday.", "won closed"),  # (a rate: the
    # figure holds "against the U.S. dollar", its unit "won per dollar")
    ("It brings total disbursements under the arrangement to $67.2 million.",
     "total disbursements under the arrangement"),
])
def test_money_and_share_labels_name_the_measure_not_who_said_or_did_it(sentence: str, label: str) -> None:
    assert figures_of(sentence)[0].label == label


def test_one_in_n_before_a_currency_word_is_a_share_not_an_amount() -> None:
    f = one("Online sales now account for about one in eight pounds spent with the group.")
    assert (f.value, f.unit, f.text) == (0.125, "fraction", "about one in eight")


def test_a_change_after_a_figure_takes_neither_the_dateline_nor_a_time_word_as_its_label() -> None:
    text = "LONDON - The grocer made a profit of £1.2 billion, up 14% on the previous year."
    change = next(f for f in figures_of(text) if f.unit == "percent")
    assert change.label == "rise in profit"
    text = "Bilateral trade reached $45.6 billion in 2023, up 12 percent year on year."
    change = next(f for f in figures_of(text) if f.unit == "percent")
    assert change.label == "rise in bilateral trade"


@pytest.mark.parametrize(("sentence", "label"), [
    ("Total revenue was $412.6 million, an increase of 14% compared with $361.9 million in the third "
     "quarter of 2023.", "Total revenue in the third quarter of 2023"),
    ("GAAP diluted EPS was $1.08, compared with $0.94 in the prior-year quarter.",
     "GAAP diluted EPS in the prior-year quarter"),
    ("Turnout was 41.2%, down from 47.3% in 2023.", "Turnout in 2023"),
])
def test_an_earlier_value_is_named_by_what_it_measured_and_when(sentence: str, label: str) -> None:
    assert figures_of(sentence)[-1].label == label


@pytest.mark.parametrize(("sentence", "text", "unit", "label"), [
    ("About 300 trucks a day are crossing now, up from 120 a month ago.", "120", "trucks",
     "trucks a month ago"),
    ("Democrats won 19 seats, down from 22.", "22", "seats", "Democrats won seats before"),
    ("Payrolls rose to 4,500, from 3,900.", "3,900", "", "Payrolls rose before"),
    ("Transactions were likely to rise to about 4,500 in March, from 3,912 in February.", "3,912", "",
     "Transactions were likely to rise in February"),
    ("It notified orders for 31 textile products so far, and another 19 would be covered by March.",
     "another 19", "textile products", "textile products (another)"),
    ("The dollar index fell 0.4% to 98.12, its weakest level in three years.", "98.12", "",
     "dollar index level"),
    ("The Dow rose 201.1 points, or 0.5%, to 42,865.8.", "42,865.8", "points", "Dow level"),
    ("The fund allocated 3.2 bn roubles, and the regional budget added another 1.1 bn.", "another 1.1 bn",
     "RUB", "regional budget added (another)"),  # read with no unit of its own: the one before it
    ("Some 138,500 people have been displaced, of whom about 61,000 are in Beledweyne district.",
     "about 61,000", "people", "people in Beledweyne district"),  # a part of them
    ("The blast killed 25 people, of whom nine were children.", "nine", "people",
     "children among the people"),
    ("It reviewed 412 transactions worth $7.3 trillion, of which 11 were approved with commitments.", "11",
     "transactions", "transactions approved with commitments"),  # not 11 dollars of the trillions
    ("The fund raised $10 billion, of which 4 billion was spent.", "4 billion", "USD", "spent"),  # money
    ("In total, 58,200 people have been reached, out of 210,000 targeted (28 per cent).", "210,000", "people",
     "people targeted"),  # the whole of them
    ("The unit delivered 164 babies in its final year, down from more than four hundred a year in the early "
     "2000s.", "more than four hundred", "babies", "babies in the early 2000s"),  # its own time
    ("On the Nasdaq, 2,874 stocks rose and 1,752 fell.", "1,752", "stocks", "stocks fell"),  # the same count
    ("So far 17.2 lakh candidates have been trained and 11.4 lakh placed.", "11.4 lakh", "candidates",
     "candidates placed"),
    ("On the Nasdaq, 2,874 stocks rose and 1,752 have declined.", "1,752", "stocks", "stocks declined"),
    # The whole a sentence opens with, then its parts, one after another.
    ("Of the 454 deaths, 173 (38%) occurred in the community.", "173", "deaths",
     "deaths occurred in the community"),
    ("Of the 61 movements that were coordinated last week, 27 were facilitated, 19 were denied, and the "
     "rest were impeded.", "19", "movements", "movements denied"),
    ("Of the 1,200 staff, about 300 are nurses, 200 are doctors and 45 are cleaners.", "45", "staff",
     "cleaners among the staff"),
    # A part named as such after it, or set after "including".
    ("IGEO has recorded 236 aftershocks, 17 of them of magnitude 4.0 or greater.", "17", "aftershocks",
     "aftershocks of magnitude 4.0 or greater"),
    ("Twenty-seven people have died, nine of them children.", "nine", "people", "children among the people"),
    ("We have 14 enforcement cases open, three of them involving Severn Vale.", "three", "enforcement cases",
     "enforcement cases involving Severn Vale"),
    ("More than 3,100 firefighters are on the lines, including 640 from our partners.", "640", "firefighters",
     "firefighters from our partners"),
    ("Lisbon had 6,240 flats listed in October, against 8,010 a year earlier.", "8,010", "flats",
     "flats a year earlier"),
    # The whole or the count the sentence before named.
    ("Teams have inspected 4,870 buildings. Of these, 1,240 have been classed as unsafe and 1,905 as usable "
     "after repair.", "1,905", "buildings", "buildings as usable after repair"),
    ("In 14 towns, 120 people were injured. Of these, 45 remain in hospital.", "45", "people",
     "people remain in hospital"),  # the count that can hold it, not the first
    ("Of the 4,946 valid votes cast, 4,431 (89.6%) were in favour and 515 (10.4%) against.", "515",
     "valid votes", "valid votes against"),  # a whole with a participle; a part's share between parts
    ("Right now 27,400 people are under evacuation order. Another 9,850 are on evacuation alert and should "
     "be ready.",
     "Another 9,850", "people", "people on evacuation alert"),
])
def test_a_bare_number_takes_its_unit_from_the_figure_it_is_set_beside(sentence, text, unit, label) -> None:
    found = next(f for f in figures_of(sentence) if f.text == text)
    assert (found.unit, found.label) == (unit, label)


@pytest.mark.parametrize(("sentence", "label"), [
    ("Of the 454 deaths, 173 (38%) occurred in the community.", "deaths occurred in the community (share)"),
    ("Tests found 612 samples, of which 389 (64%) were positive.", "positive among the samples (share)"),
    ("Revenue was $4 billion (12%) higher.", "Revenue"),  # a change in money, not a share
    ("Payrolls fell by 18,000 (0.1%) compared with January.", "Payrolls fell"),  # a change in a count
])
def test_a_percent_in_brackets_after_a_count_is_its_share(sentence: str, label: str) -> None:
    assert figures_of(sentence)[-1].label == label


@pytest.mark.parametrize(("sentence", "count", "label"), [
    ("On the second question, 4,702 (95.1%) voted yes and 244 (4.9%) voted no.", "244", "voted no"),
    ("Maya Fenwick (Green Party) 712 (2.6%)", "712", "Maya Fenwick"),  # a result's row: whose count
])
def test_a_bare_count_with_its_share_in_brackets_is_a_count(sentence: str, count: str, label: str) -> None:
    found = figures_of(sentence)
    at = [f.text for f in found].index(count)
    assert (found[at].unit, found[at].label) == ("", label)
    assert found[at + 1].label == f"{label} (share)"


@pytest.mark.parametrize("sentence", [
    "See Table 3 (45%) for details.",  # a reference
    "The index rose 120 (2%) on Monday.",  # a change
])
def test_a_number_with_a_share_after_it_that_counts_no_whole_stays_unread(sentence: str) -> None:
    assert [f.unit for f in figures_of(sentence)] == ["percent"]


def test_a_part_with_no_words_after_it_is_named_by_its_unit() -> None:
    found = [f for f in figures_of("It has 40 staff, of whom 12 are  .") if f.text == "12"]
    assert [(f.unit, f.label) for f in found] == [("staff", "staff")]


def test_an_earlier_value_belongs_to_the_figure_of_its_size_not_the_nearest() -> None:
    found = figures_of("Some 21,798 families had been displaced across 12 governorates by June, "
                       "up from 17,420 a year earlier.")
    assert [(f.text, f.unit) for f in found][-1] == ("17,420", "families")


@pytest.mark.parametrize(("sentence", "bare"), [
    ("Turnout rose to 52,000 this year, compared with 24,000 at a rally.", "24,000"),  # no time: elsewhere
    ("The team scored 31 points; another 19 came later.", "19"),  # another clause
    ("Sales rose to 4,000 in May, from 3 in April.", "3"),  # not of the size of the value set beside it
    ("Prices fell to 40 euros after 2 years and then to 35.", "35"),  # no change in percent or points
    ("It has 40 staff, of whom 52 are nurses.", "52"),  # a part larger than the whole
    ("Only 40 staff were hired, out of 12 planned.", "12"),  # a whole smaller than the part
    ("Police arrested 12 people and 3 were charged.", "3"),  # no verb of its own after it
    ("Of the 454 deaths, 900 were in the capital.", "900"),  # a part larger than the whole
    ("The 454 deaths were counted; 173 were children.", "173"),  # no whole opening the sentence
    ("Teams have inspected 4,870 buildings.\n\nOf these, 1,240 have been classed as unsafe.", "1,240"),
    # the sentence before is in another paragraph
    ("Teams have inspected 40 buildings. Of these, 1,240 have been classed as unsafe.", "1,240"),  # larger
    ("It stood at 1,200 people. Of these, we know little; 300 are new.", "300"),  # not opening the sentence
    ("The city had 520 flats in 2025, including 2026 in the plan.", "2026"),  # a year
])
def test_a_bare_number_without_a_figure_to_set_it_beside_stays_unread(sentence: str, bare: str) -> None:
    assert bare not in [f.text for f in figures_of(sentence)]


@pytest.mark.parametrize(("sentence", "value", "unit", "text"), [
    ("He weighed six pounds, four ounces.", 6.25, "pounds", "six pounds, four ounces"),
    ("The baby, weighing 7 pounds, was healthy.", 7, "pounds", "7 pounds"),
    ("She was born at 8 pounds and 2 ounces.", 8.125, "pounds", "8 pounds and 2 ounces"),
    ("He paid 20 pounds for the ticket and weighed his options.", 20, "GBP", "20 pounds"),
])
def test_pounds_weighed_are_a_weight_and_pounds_paid_are_money(sentence, value, unit, text) -> None:
    f = one(sentence)
    assert (f.value, f.unit, f.text) == (value, unit, text)


def test_a_value_compared_with_something_else_is_not_named_after_the_first() -> None:
    (wind, gas) = figures_of("Wind turbines produced 56TWh in September, compared with 51TWh from gas.")
    assert gas.label != wind.label and "from gas" not in gas.label


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("The airline operates a fleet of 58 Airbus A320-family aircraft.", "58 Airbus A320-family aircraft",
     "Airbus A320-family aircraft"),
    ("It has ordered 24 A321neo jets.", "24 A321neo jets", "A321neo jets"),
    ("Officials said 5 COVID-19 patients died.", "5 COVID-19 patients", "COVID-19 patients"),
])
def test_a_model_or_code_between_a_count_and_its_noun_is_part_of_what_it_counts(sentence, text, unit) -> None:
    f = one(sentence)
    assert (f.text, f.unit) == (text, unit)


@pytest.mark.parametrize(("sentence", "text", "unit", "label"), [
    ("One person has died and two were injured.", "One person", "people", "people dead"),
    ("There were 38 new cases, 1 death and 12 recoveries.", "1 death", "deaths", "deaths"),
    ("Three passengers were treated and one was taken to hospital.", "one", "people", "people in hospital"),
    ("One consumer was treated for smoke inhalation.", "One consumer", "consumers", "consumers treated"),
])
def test_one_person_dead_hurt_or_in_hospital_is_a_figure(sentence, text, unit, label) -> None:
    found = [f for f in figures_of(sentence) if f.value == 1]
    assert [(f.text, f.unit, f.label) for f in found] == [(text, unit, label)]


@pytest.mark.parametrize(("sentence", "texts"), [
    ("Its revenue grew 22% in fiscal 2025 to $338 million.", ["22%", "$338 million"]),  # a year, no range
    ("Ngozi Albrecht ’03 addresses the graduates on Saturday.", []),  # a class's year
    ("In the ’90s it had 40 stores.", ["40 stores"]),
    ("“40 stores closed,” she said.", ["40 stores"]),  # a quote opening on a count
    ("'40 stores were closed this year,' she said.", ["40 stores"]),
    ("It launched the “five centers” initiative with 300 staff.", ["300 staff"]),  # a quoted name
])
def test_what_stands_before_a_number_says_whether_it_is_a_figure(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in figures_of(sentence)] == texts


@pytest.mark.parametrize("sentence", [
    "One person familiar with the matter said the deal was close.",
    "The plan has one goal.",
    "Only one of them was arrested.",  # "one of them": no count of its own here
])
def test_any_other_one_is_no_figure(sentence: str) -> None:
    assert [f.value for f in figures_of(sentence) if f.value == 1] == []


def test_label_comes_from_the_clause_around_the_number() -> None:
    assert "retail sales" in one("Retail sales grew 5.5 percent in May.").label.lower()
    assert one("The 24-member decision-making body announced a plan.").label == "decision-making body"
    assert one("Shanghai, home to 25 million people, is big.").label == "population"
    assert one("Construction is expected to support a further 7,000 jobs.").label == "support further jobs"


@pytest.mark.parametrize(("text", "label"), [
    ("Two people have died, and 38 people have been injured.", "people injured"),
    ("The storm has affected 187,000 people, and more than 42,000 people are still staying in shelters.",
     "people staying in shelters"),
    ("That brings the total number of displaced people in Haiti to about 1.3 million.",
     "number of displaced people"),
])
def test_people_counted_nearby_make_no_population(text: str, label: str) -> None:
    # "population" only where the text says so ("home to", "population", "inhabitants")
    assert figures_of(text)[-1].label == label


@pytest.mark.parametrize(("text", "found"), [
    ("Some 4.3 million people in Niger and 3.4 million in Chad needed aid.", ("people", "people in Chad")),
    ("China has over 400 million middle-income population.", ("people", "middle-income population")),
])
def test_a_bare_number_after_people_or_before_a_population_counts_people(text: str, found: tuple) -> None:
    assert (figures_of(text)[-1].unit, figures_of(text)[-1].label) == found


# --- ranking -----------------------------------------------------------------------------------

def fig(value: float, unit: str, label: str, text: str, doc: str = "a", start: int = 0) -> Figure:
    return Figure(value, unit, label, text, (Cite(doc, start, start + len(text)),))


def test_rank_puts_shares_money_and_people_before_small_counts() -> None:
    figs = [
        fig(7, "provinces", "provinces upstream", "seven more provinces"),
        fig(1999, "year", "founding year of the exchange", "established in 1999"),
        fig(45, "percent", "share of GDP", "45 percent"),
        fig(240_000_000, "people", "population", "240 million people"),
        fig(1_200_000_000, "USD", "raised from investors", "$1.2 billion"),
    ]
    ranked = rank_figures(figs, 3)
    assert [f.text for f in ranked] == ["45 percent", "$1.2 billion", "240 million people"]
    assert rank_figures(figs, 0) == []
    assert len(rank_figures(figs, 10)) == 5


def test_rank_merges_the_same_figure_from_two_sources() -> None:
    a = fig(45, "percent", "share of China's GDP", "45 percent", "a", 10)
    b = fig(45, "percent", "share of China's gross domestic product GDP", "45 percent", "b", 99)
    c = fig(45, "percent", "voter turnout", "45 percent", "b", 300)
    ranked = rank_figures([a, b, c], 5)
    assert len(ranked) == 2
    merged = ranked[0]
    assert merged.cite == (Cite("a", 10, 20), Cite("b", 99, 109))
    assert ranked[1].label == "voter turnout"


def test_a_series_by_year_names_each_figure_by_its_year_and_keeps_them_apart() -> None:
    text = ("Staff see headline inflation averaging 2.0% in 2026, 1.9% in 2027 and 1.9% in 2028. "
            "Sales rose 5% in 2024.")
    figs = figures_of(text)
    assert [f.label.rsplit(" ", 1)[-1] for f in figs[:3]] == ["2026", "2027", "2028"]
    assert not figs[3].label.endswith("2024")  # one figure and its year: no series
    assert [f.text for f in rank_figures(figs, None)].count("1.9%") == 2


def test_rank_merges_a_distinctive_value_whatever_its_label() -> None:
    a = fig(5.7, "percent", "foreign trade rose", "5.7 percent", "a")
    b = fig(5.7, "percent", "exports and imports grew", "5.7 percent", "b")
    c = fig(12, "percent", "exports rose", "12 percent", "a", 50)
    d = fig(12, "percent", "voter turnout", "12 percent", "b", 50)
    ranked = rank_figures([a, b, c, d], 5)
    assert [(f.text, len(f.cite)) for f in ranked] == [
        ("5.7 percent", 2), ("12 percent", 1), ("12 percent", 1)]


def test_rank_keeps_a_round_amount_said_of_two_things_apart() -> None:
    fled = fig(2_000_000, "people", "people who fled across Sudan's borders", "about two million", "a")
    cold = fig(2_000_000, "people", "older people living in cold homes", "2 million older people", "b")
    again = fig(2_000_000, "people", "people who fled Sudan", "about two million", "c")
    exact = fig(13_246, "adults", "adults said they used a hearing aid", "13,246", "a", 50)
    other = fig(13_246, "adults", "adults asked", "13,246", "b", 50)
    assert [(f.text, len(f.cite)) for f in rank_figures([fled, cold, again, exact, other], None)] == [
        ("about two million", 2), ("2 million older people", 1), ("13,246", 2)]


def test_a_discourse_noun_counted_by_a_game_is_a_figure() -> None:
    text = "He scored 19 goals, including seven goals in the Champions League. The plan has three goals."
    assert [f.text for f in figures_of(text)] == ["19 goals", "seven goals"]


def test_rank_keeps_a_range_apart_from_a_value_its_low_end_shares() -> None:
    rate = fig(3.5, "percent", "benchmark rate in a range", "3.5%-3.75%", "a")
    pace = fig(3.5, "percent", "pace officials view as consistent", "roughly 3.5%", "a", 500)
    deficit = fig(3.2, "percent", "share of GDP in 2026", "3.2 percent of GDP in 2026", "a", 900)
    again = fig(3.2, "percent", "share of GDP", "3.2 percent of GDP", "a", 1200)  # a year is no range
    assert [f.text for f in rank_figures([rate, pace, deficit, again], None)] == [
        "3.5%-3.75%", "roughly 3.5%", "3.2 percent of GDP in 2026"]


def test_rank_keeps_two_shares_in_words_of_different_wholes() -> None:
    text = ("Around a third of the sample wore hearing aids. "
            "Around one in three people aged over 65 fall at least once a year.")
    ranked = rank_figures(figures_of(text), None)
    assert [f.text for f in ranked if f.unit == "fraction"] == [
        "Around a third of the sample wore hearing aids", "Around one in three"]


def test_rank_lets_sources_take_turns_each_in_its_own_order() -> None:
    long_story = [fig(10 + i, "percent", f"measure {i}", f"{10 + i} percent", "a", 100 * i) for i in range(6)]
    other = [fig(50 + i, "percent", f"other {i}", f"{50 + i} percent", "b", 100 * i) for i in range(2)]
    third = [fig(7, "provinces", "provinces upstream", "seven provinces", "c"),
             fig(80, "percent", "turnout", "80 percent", "c", 300)]
    ranked = rank_figures(long_story + other + third, 6)
    assert [f.text for f in ranked] == ["10 percent", "50 percent", "80 percent",
                                        "11 percent", "51 percent", "12 percent"]


def test_rank_keeps_cites_valid_when_duplicates_are_worded_differently() -> None:
    a = fig(45, "percent", "share of GDP", "45 percent", "a")
    b = fig(45, "percent", "share of GDP", "45%", "b")
    [merged] = rank_figures([a, b], 5)
    assert merged.cite == a.cite


TOKENS = ["the", "nine", "Twenty-one", "a", "third", "of", "1,000", "2.5", "45", "%", "percent", "$", "€",
          "500m", "million", "billion", "people", "products", "-", "year", "member", "in", "2019", "March",
          "(", ")", ".", ",", ":", "more than", "about", "between", "and", "to", "one", "doubled", "\u00a0",
          "No.", "G20", "’s", "“", "”", "\n", "established", "half", "times", "killed", "in four areas",
          "years", "months", "0.5", "fell", "from", "rose", "up", "compared with", "by"]


@given(st.lists(st.sampled_from(TOKENS), max_size=40), st.lists(st.booleans(), max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_figures_whose_cites_span_their_text(tokens: list[str], glue: list[bool]) -> None:
    joints = glue + [False] * len(tokens)
    text = "".join(t + ("" if joints[i] else " ") for i, t in enumerate(tokens))
    figs = figures_of(text)
    assert_cited(figs, text)
    for f in figs:
        assert isinstance(f.value, (int, float)) and not isinstance(f.value, bool)


def test_speed_stays_linear_on_real_text_and_on_digit_runs() -> None:
    """A guard against backtracking blow-ups; the measured rate is reported, this only bounds it loosely."""
    news = seed_text(NEWS) + "\n\n" + seed_text(TRANSCRIPT) + "\n\n"
    text = news * (1_000_000 // len(news)) + "..[" + "111 " * 20_000 + "]\n" + "1" * 50_000 + "\n"
    sents = [s for p in paragraphs(text) for s in sentences(p)]
    start = time.process_time()
    figs = find_figures("d", text, sents)
    spent = time.process_time() - start
    assert len(text) / 1e6 / spent >= 1.0, f"{spent:.2f}s for {len(text) / 1e6:.1f} MB"
    assert not [f for f in figs if "111" in f.text]


@pytest.mark.parametrize("text, label", [
    ("UK GDP, up 3 percent — the best in years.", "UK GDP"),  # no dateline: the comma part holds the figure
    ("BEIJING, Dec. 7 (Xinhua) -- Exports rose 5 percent in November.", "Exports rose"),
])
def test_a_figure_inside_what_looks_like_a_dateline_is_read_and_named(text: str, label: str) -> None:
    assert [(f.text.split()[-1], f.label) for f in figures_of(text)] == [("percent", label)]


def test_a_label_never_carries_part_of_a_quotation_opened_before_the_number() -> None:
    text = "Labour called the figures ‘a damning verdict on 14 years of neglect’.\n"
    (found,) = [f for f in figures_of(text) if f.text == "14 years"]
    assert "‘" not in found.label and "figures" not in found.label
    assert "damning verdict" in found.label


@pytest.mark.parametrize(("sentence", "value", "text", "label"), [
    ("Eight out of ten apprentices stay on.", 0.8, "Eight out of ten", "share of apprentices"),
    ("About 3 out of 4 voters backed the plan.", 0.75, "About 3 out of 4", "share of voters"),
])
def test_n_out_of_m_is_a_share_not_a_count_of_m(sentence, value, text, label) -> None:
    f = one(sentence)
    assert (f.value, f.unit, f.text, f.label) == (value, "fraction", text, label)


def test_out_of_after_a_word_that_is_no_number_leaves_the_count_alone() -> None:
    f = one("The proposal came out of 20 meetings with residents.")
    assert (f.value, f.unit) == (20, "meetings")


@pytest.mark.parametrize(("sentence", "text", "label"), [
    ("We, the ministers of the 14 member countries of the partnership, met in Lisbon.", "14 member countries",
     "member countries of the partnership"),
    ("Inflation has come down by about two thirds from its peak.", "about two thirds", None),
    ("A two-thirds majority is needed to pass it.", "two-thirds", "majority"),
])
def test_counts_sized_by_of_and_plural_fractions_are_figures(sentence, text, label) -> None:
    f = one(sentence)
    assert f.text == text
    assert label is None or f.label == label
    if "thirds" in text:
        assert (f.value, f.unit) == (0.6667, "fraction")


def test_the_count_that_points_back_at_things_named_before_is_no_figure() -> None:
    assert figures_of("Page 2 of the handout lists the 16 districts.") == []


@pytest.mark.parametrize("sentence", ["Counties share the cost of the 107,000 promoters equally.",
                                      "It adds to the 1,900 employees who have already left."])
def test_a_count_of_thousands_after_the_is_a_figure_not_a_pointer(sentence: str) -> None:
    assert one(sentence).unit in ("promoters", "employees")


def test_an_exchange_rate_line_holds_no_figures() -> None:
    f = one("The deal values the group at 4.4 billion euros.\n\n($1 = 0.9210 euros)\n")
    assert (f.value, f.unit) == (4_400_000_000, "EUR")


@pytest.mark.parametrize(("sentence", "label"), [
    ("The gap is driven largely by a 23 per cent jump in the cost of temporary accommodation.",
     "jump in the cost of temporary accommodation"),
    ("The fund bought a 20% stake in the company.", "stake in the company"),
    ("Prices rose 5% in March.", "Prices rose in March"),
])
def test_a_share_before_a_noun_and_its_phrase_is_labelled_by_them(sentence: str, label: str) -> None:
    assert one(sentence).label == label


@pytest.mark.parametrize(("sentence", "label"), [
    ("British retailer Marks Group reported annual revenue of £1.2 billion, up 14% on the previous year.",
     "rise in annual revenue"),
    ("Total imports and exports reached 41.76 trillion yuan, up 0.2 percent year on year.",
     "rise in total imports and exports"),
    ("Bilateral trade reached $45.6 billion in 2023, down 12 percent on 2022.", "fall in bilateral trade"),
    ("Banks have extended loans of 150 billion yuan, up 18% from last year.", "rise in loans"),
])
def test_a_change_after_a_comma_is_labelled_as_the_change_in_the_figure_before_it(sentence, label) -> None:
    change = next(f for f in figures_of(sentence) if f.unit == "percent")
    assert change.label == label


def test_a_share_after_a_comma_is_no_change() -> None:
    found = figures_of("The firm employs 4,000 people, 20% of them in Asia.")
    share = next(f for f in found if f.unit == "percent")
    assert not share.label.startswith(("rise", "fall"))


def test_the_base_of_a_rate_in_money_is_no_amount() -> None:
    f = one("Roughly 38 shillings of every Sh100 the government collects will go to lenders.")
    assert f.text == "Roughly 38 shillings"


def test_the_base_of_a_rate_is_no_count_of_people() -> None:
    assert all(f.value != 100_000 for f in figures_of("Rates were 98 per 100,000 people in London."))


def test_a_change_from_one_level_to_another_gives_both_levels_not_a_range() -> None:
    found = figures_of("Sales rose from $4.2 million to $5.1 million last year.")
    assert [(f.value, f.unit, f.text, f.label) for f in found] == [
        (4_200_000, "USD", "$4.2 million", "Sales rose from"),
        (5_100_000, "USD", "$5.1 million", "Sales rose to"),
    ]
    (between,) = figures_of("Prices will be between $4 million and $5 million.")
    assert between.text == "between $4 million and $5 million"


def test_a_count_far_from_its_number_of_still_takes_the_unit() -> None:
    f = one("The number of people waiting for knee and hip treatment in England has reached 815,000.")
    assert (f.value, f.unit) == (815_000, "people")


@pytest.mark.parametrize(("sentence", "unit", "label"), [
    ("The number of unemployed people rose by 71,000.", "people", "number of unemployed people"),
    ("That brings the number of fully paid-up Member States to 58.", "states",
     "number of fully paid-up Member States"),
])
def test_a_number_of_is_labelled_by_the_whole_of_what_it_counts(sentence: str, unit: str, label: str) -> None:
    f = one(sentence)
    assert (f.unit, f.label) == (unit, label)


@pytest.mark.parametrize(("sentence", "value", "text", "label"), [
    ("Parties agreed to triple renewable energy capacity by 2030.", 3, "triple", "renewable energy capacity"),
    ("Donors will at least double their provision of adaptation finance.", 2, "at least double",
     "provision of adaptation finance"),
])
def test_a_pledge_to_multiply_is_a_figure_of_what_it_multiplies(sentence, value, text, label) -> None:
    f = one(sentence)
    assert (f.value, f.unit, f.text, f.label) == (value, "times", text, label)


@pytest.mark.parametrize("sentence", [
    "She booked a double room for the night.",
    "He won the triple jump in Rome.",
    "Most of those waiting are aged over 65.",
    "The quarter brought record revenue and double-digit growth in Life Sciences.",
    "The firm aims to raise margins and keep triple-digit order growth.",
])
def test_a_double_room_or_an_age_is_no_figure(sentence) -> None:
    assert figures_of(sentence) == []


def test_a_count_of_things_joined_by_and_is_one_count() -> None:
    f = one("We have approved 28 new wind and solar projects since July.")
    assert (f.value, f.unit) == (28, "wind and solar projects")


def test_a_dateline_naming_two_cities_is_no_label() -> None:
    f = one("LONDON/AMSTERDAM, March 14 (Reuters) - Halvern agreed to buy Ostrand for 4.4 billion euros.")
    assert "LONDON" not in f.label and "Ostrand" in f.label


@pytest.mark.parametrize(("sentence", "label"), [
    ("It raised its dividend by 8% after underlying operating profit rose 14% on the previous year.",
     "underlying operating profit rose"),
    ("The group made a profit before tax of £5 million.", "profit before tax"),
    ("WHO has deployed 46 experts to the region and released US$ 2.5 million from its emergency fund.",
     "WHO released from its emergency fund"),  # the subject of the second verb, not the first verb
])
def test_a_label_comes_from_the_figure_s_own_clause(sentence: str, label: str) -> None:
    assert figures_of(sentence)[-1].label == label


@pytest.mark.parametrize(("sentence", "label"), [
    ("Revenue rose to $5 billion, a 12% increase.", "rise in revenue"),
    ("Profit was $2 billion, a 5% drop.", "fall in profit"),
    ("It includes $886 billion for the Defense Department, a 3.3% increase over last year's level.",
     "rise in Defense Department"),  # not who includes it
    ("The company cut 300 jobs, a 10% reduction in its workforce.", "reduction in its workforce"),  # named
])
def test_a_percent_change_set_after_a_level_with_a_is_the_change_in_it(sentence: str, label: str) -> None:
    assert figures_of(sentence)[-1].label == label


@pytest.mark.parametrize(("sentence", "texts"), [
    ("U.S. crude fell $1.08 to $76.99 a barrel on Monday.", ["$1.08", "$76.99"]),
    ("Output fell 5% to 3% last year.", ["5%", "3%"]),
    ("It will raise the duty from 12.5 per cent to 15 per cent.", ["12.5 per cent", "15 per cent"]),
    ("Support was 40% to 35% against.", ["40%", "35%"]),  # a range goes up
    ("The loan limit will be raised from ₹3 lakh to ₹5 lakh.", ["₹3 lakh", "₹5 lakh"]),  # Indian scales
    ("The limit is enhanced from ₹10 crore to ₹20 crore.", ["₹10 crore", "₹20 crore"]),
])
def test_a_change_then_a_new_level_are_two_figures_not_a_range(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in figures_of(sentence)] == texts


@pytest.mark.parametrize(("sentence", "values", "unit"), [
    ("The tax rises from 20 to 25 per cent.", [20, 25], "percent"),
    ("Sales rose from $4 to $5 billion.", [4_000_000_000, 5_000_000_000], "USD"),
    ("Output rose from 4.2 to 5.1 million tonnes.", [4_200_000, 5_100_000], "tonnes"),
])
def test_a_start_written_bare_takes_the_unit_and_scale_of_the_end(sentence, values, unit) -> None:
    found = figures_of(sentence)
    assert [f.value for f in found] == values
    assert {f.unit for f in found} == {unit}


def test_a_level_after_a_change_in_basis_points_is_named_without_the_unit() -> None:
    found = figures_of("The benchmark Treasury yield fell 6.2 basis points to 4.312%.")
    assert [f.label for f in found] == [
        "benchmark Treasury yield fell by", "benchmark Treasury yield fell to"]


def test_a_fall_and_its_new_level_are_labelled_as_such() -> None:
    found = figures_of("U.S. crude fell $1.08 to $76.99 a barrel on Monday.")
    assert [(f.value, f.text, f.label) for f in found] == [
        (1.08, "$1.08", "U.S. crude fell by"),
        (76.99, "$76.99", "U.S. crude fell to"),
    ]


def test_the_base_after_every_is_no_count() -> None:
    f = one("For every 10 households that moved here, the city added about four homes.")
    assert (f.value, f.unit) == (4, "homes")


@pytest.mark.parametrize("sentence", ["A 12-year-old boy was among the dead.", "The 45-year-old was held."])
def test_a_person_s_age_is_no_figure(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_later_numbers_in_a_fact_box_line_are_its_parts_named_by_the_words_before_them() -> None:
    found = figures_of("Homes without power: 141,500 (SSEN 86,000; Northern Powergrid 31,000)\n"
                       "Flood warnings: 17 in England (Environment Agency), nine in Scotland (Sepa)\n")
    assert [(f.value, f.label) for f in found] == [
        (141500, "Homes without power"), (86000, "Homes without power (SSEN)"),
        (31000, "Homes without power (Northern Powergrid)"), (17, "Flood warnings"), (9, "Flood warnings")]


def test_a_range_far_into_a_long_sentence_is_cited_from_its_first_word() -> None:
    sentence = ("Four-quarter GDP growth in the United Kingdom is now expected by the Committee to be "
                "between 1.1 and 1.3 per cent in 2025.")
    f = one(sentence)
    assert (f.value, f.text) == (1.1, "between 1.1 and 1.3 per cent")
    assert_cited([f], sentence)


def test_a_list_of_amounts_never_puts_the_currency_sign_in_a_label() -> None:
    found = figures_of("It earmarks Rs 480 crore for research, Rs 320 crore for skilling and "
                       "Rs 175 crore for start-ups.")
    assert [f.value for f in found] == [4_800_000_000, 3_200_000_000, 1_750_000_000]
    assert not any("Rs" in f.label.split() for f in found), [f.label for f in found]


def test_a_fact_box_makes_its_lines_body_text_but_a_page_stamp_stays_out() -> None:
    text = ("Storm live: the numbers so far\n\nHighest gust: 103mph at Inverbervie\n"
            "Flood alerts: 84 in England\nFlights cancelled: more than 60\n\n"
            "Published on: 16/06/2024 - 19:54\nModified: 16/06/2024 - 20:31\n\nThe storm moved east.\n")
    assert [f.text for f in figures_of(text)] == ["103mph", "84", "more than 60"]
    assert not any("Published" in p.text for p in paragraphs(text))


def test_a_price_list_after_a_dash_is_read_line_by_line() -> None:
    text = ("Guaranteed paddy prices\n\nThe Authority will buy paddy at the following prices:\n\n"
            "   Nadu paddy          — Rs. 120.00 per kg\n   Samba paddy         — Rs. 125.00 per kg\n\n"
            "The Authority has been allocated Rs. 6,500 million.\n")
    from reportgen.summarize.per_source import study
    found = study(Document("S1", "gazette.txt", text)).figures
    assert [(f.label, f.value) for f in found][:2] == [("Nadu paddy", 120), ("Samba paddy", 125)]


@pytest.mark.parametrize("rows", [
    "Green            54.6         7.20 – 7.60\nRed              1.2        13.50 – 15.00\n",  # a table
    "Press conference, Canberra – 26 February 2026\nInterview with Sabra Lane, ABC AM – 19 February 2026\n",
    "Date of interview: 14 October 2024\nCatalogue record published: 3 March 2025\n",  # dates, no facts
])
def test_table_rows_and_dated_lines_are_no_fact_box(rows: str) -> None:
    from reportgen.summarize.text import layout
    text = f"Headline of the page\n\n{rows}\nThe story goes on here with a sentence.\n"
    assert [p.text for p in layout(text).paragraphs] == ["The story goes on here with a sentence."]


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("Homes without power at peak: 141,500 (SSEN 86,000; Northern Powergrid 31,000)", 141500,
     "Homes without power at peak"),
    ("Flood warnings: 17 in England, according to the Environment Agency.", 17, "Flood warnings"),
])
def test_a_fact_box_line_gives_its_number_the_label_before_the_colon(sentence: str, value: float,
                                                                    label: str) -> None:
    fig = figures_of(sentence + "\n")[0]
    assert (fig.value, fig.unit, fig.label) == (value, "", label)


def test_a_list_bullet_is_no_part_of_what_a_figure_measures() -> None:
    labels = [f.label for f in figures_of("• The US$48.6 million Flash Appeal is 23 per cent funded.\n")]
    assert labels and not any(label.startswith("•") for label in labels)


@pytest.mark.parametrize("sentence", [
    "The arrival ceremony will begin at 9:30 in the morning on the South Lawn.",
    "He said: 17 of them had left before the storm arrived in the town.",
])
def test_a_time_or_a_quoted_count_after_a_colon_is_no_fact_box(sentence: str) -> None:
    assert figures_of(sentence + "\n") == []


def test_a_year_after_its_month_opens_no_range_and_a_half_glyph_is_a_half() -> None:
    found = figures_of("Inflation has declined from a peak of 14.8 percent in March 2025 to 8.6 percent in "
                       "February 2026. Growth should settle at about 4½ percent over the medium term.")
    assert [(f.value, f.unit, f.text) for f in found] == [
        (14.8, "percent", "14.8 percent"), (8.6, "percent", "8.6 percent"),
        (4.5, "percent", "about 4½ percent")]


def test_points_clear_of_a_rival_are_a_margin_not_the_points_of_a_talk() -> None:
    found = figures_of("Rovers are on 54 points, four points clear of Hallam City and eight points off "
                       "second place. Let me add two points.")
    assert [(f.value, f.unit, f.text) for f in found] == [
        (54, "points", "54 points"), (4, "points", "four points"), (8, "points", "eight points")]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("We matched the shade on the original nineteen sixty-four drawings, and 340 locations were rusting.",
     {340}),
    ("The target finish is still the end of twenty twenty-eight, with 120 painters on site.", {120}),
    ("The pier opened in eighteen ninety-four and drew twenty thousand visitors that summer.", {20000}),
    ("The mill closed in nineteen oh-five, putting 300 people out of work.", {300}),
])
def test_a_year_said_aloud_is_a_date_not_a_figure(sentence: str, kept: set[int]) -> None:
    figs = figures_of(sentence)
    assert {f.value for f in figs} == kept, [f.text for f in figs]
    assert_cited(figs, sentence)


def test_a_count_of_things_sized_in_words_is_no_year() -> None:
    figs = figures_of("The depot bought fifteen twenty-tonne trucks and hired ninety drivers.")
    assert {15, 90} <= {f.value for f in figs}, [f.text for f in figs]


@pytest.mark.parametrize(("line", "label"), [
    ("Attendance: 14,286 (1,912 away).", "Attendance"),  # a match report's foot
    ("Tel: 01632 960418", None),  # a field's code or number is no count
    ("Order: 44817", None),
])
def test_a_count_in_thousands_after_a_one_word_field_is_a_figure(line: str, label: str | None) -> None:
    found = [(f.label, f.value) for f in figures_of(f"The home side won.\n\n{line}\n")]
    assert found == ([(label, 14286)] if label else [])


@pytest.mark.parametrize(("text", "value"), [
    ("Petrol now sells for as much as N1,250 a litre in Lagos.", 1250),
    ("The country spent N2.3trn on petrol imports in the first half.", 2_300_000_000_000),
    ("Marketers are owed about N450bn in unpaid bridging claims.", 450_000_000_000),
])
def test_an_amount_after_n_is_naira(text: str, value: float) -> None:
    found = [(f.value, f.unit) for f in figures_of(text)]
    assert (value, "NGN") in found


@pytest.mark.parametrize("text", [
    "Nurses were given N95 masks for the ward.",  # a mask
    "Convoys on the N1 require escort, adding days to deliveries.",  # a road
])
def test_a_name_of_n_and_a_number_is_no_naira(text: str) -> None:
    assert not any(f.unit == "NGN" for f in figures_of(text))


def test_a_road_and_a_distance_are_no_rand() -> None:
    assert not any(f.unit == "ZAR" for f in figures_of("The R61 600 metres north of town was closed."))


@pytest.mark.parametrize(("text", "count"), [
    ("Of those parcels, 1,204,900 were provided for children.", 1_204_900),
    ("Of those waiting for planned care, 3,117 had been waiting more than a year.", 3_117),
])
def test_a_count_in_thousands_that_is_its_clause_s_subject_is_a_figure(text: str, count: int) -> None:
    assert count in [f.value for f in figures_of(text)]


def test_a_count_inside_its_clause_needs_what_it_counts() -> None:
    # not the clause's subject, and no noun after it: a bare number, no figure
    assert figures_of("The scheme, said to cost 1,204,900 was shelved.") == []


@pytest.mark.parametrize(("text", "label"), [
    ("In addition, EUR 120 million will be set aside for a technical assistance window, which opens in May.",
     "set aside for a technical assistance window"),
    ("The province promised 3,400 new spaces by 2027. About 1,150 have opened so far.", "opened so far"),
    ("Up to now, Rs. 1,94,310 crore has been released to the States.", "released to the States"),
    ("He said the court heard that £640,000 has already been recovered for victims.",
     "recovered for victims"),
    ("We surveyed 640 members. 41% said they had cut back on heating last winter.",
     "said they had cut back on heating"),
])
def test_a_figure_that_opens_its_clause_is_labelled_by_what_is_said_of_it(text: str, label: str) -> None:
    # not by the opening phrase before it ("In addition", "Up to") nor left as a bare "figure"
    assert figures_of(text)[-1].label == label


@pytest.mark.parametrize(("text", "label"), [
    ("Police said around £180,000 has so far been recovered.", "recovered"),
    ("About 218,000 units were recalled in the United States, and about 14,600 were sold in Canada.",
     "sold in Canada"),
])
def test_a_figure_after_who_says_it_or_a_joined_clause_also_opens_its_clause(text: str, label: str) -> None:
    # not "Police said" nor a bare "figure"
    assert figures_of(text)[-1].label == label


@pytest.mark.parametrize(("text", "label"), [
    ("The remaining $900 million goes to employers.", "goes to employers"),
    ("The remaining £760m is to be borrowed by the council.", "borrowed by the council"),
    ("A further 20 people were hurt in the blast.", "people hurt in the blast"),
    ("Another 2,600 applications were completed this year.", "applications completed this year"),
])
def test_a_figure_set_beside_others_is_labelled_by_what_is_said_of_it(text: str, label: str) -> None:
    # not "The remaining", "further people" or "Another applications"
    assert figures_of(text)[0].label == label


@pytest.mark.parametrize(("text", "label"), [
    ("Twenty-seven people have died, including nine children.", "people died"),
    ("Officials said 38 people have been injured.", "people injured"),
    ("An estimated 412,000 people are affected in 14 districts.", "people affected"),
    ("More than 42,000 people are still staying in temporary accommodation centres.",
     "people staying in temporary accommodation centres"),
    ("In the trial, 5,932 participants had at least one fall.", "participants had at least one fall"),
])
def test_a_count_that_opens_its_clause_says_what_happened_to_what_it_counts(text: str, label: str) -> None:
    # "people" alone says nothing of what the number measures
    assert figures_of(text)[0].label == label


@pytest.mark.parametrize(("text", "label"), [
    ("Three people died after a coach carrying 52 passengers overturned.", "people died"),
    ("About 1,230 people had checked in by 4 p.m. on Sunday.", "people checked"),
    ("In the region, 11 vessel calls have been delayed by more than 72 hours.", "vessel calls delayed"),
    ("Around 1,800 port workers walked off the job on March 3 over pay.", "port workers walked off the job"),
    ("About 1,090 Melbourne auctions are scheduled for next Saturday, Pinnacle said.",
     "Melbourne auctions scheduled"),
    ("In 2024, 352 tonnes were donated by the public.¹ The rest was bought.", "tonnes donated by the public"),
])
def test_a_label_cut_short_ends_where_a_phrase_ends(text: str, label: str) -> None:
    # not "... after a coach carrying", "... by p.m", "... by more", "... on March", "... for next"
    assert figures_of(text)[0].label == label


@pytest.mark.parametrize(("text", "not_label"), [
    ("Eight per cent is still too high.", "still too high"),  # a judgement of the figure
    ("Strong shaking was felt in Tirana, about 95 km to the north.", "to the north"),  # no verb after it
    ("Of the total, $1.1 billion will go to 3,000 farms.", "go"),  # where it goes is in the next figure
])
def test_what_follows_a_figure_labels_it_only_when_it_says_something_of_it(text: str, not_label: str) -> None:
    assert figures_of(text)[-1].label != not_label


@pytest.mark.parametrize(("text", "labels"), [
    ("- Revenue: $38.4 billion vs. $37.9 billion expected (LSEG consensus)",
     ["Revenue", "Revenue expected"]),
    ("- Q2 revenue guidance: $40.5 billion to $41.5 billion vs. $40.6 billion expected",
     ["Q2 revenue guidance", "Q2 revenue guidance expected"]),
    ("Cloud revenue was $14.2 billion against $13.9 billion a year earlier.",
     ["Cloud revenue", "Cloud revenue a year earlier"]),
    ("1,912 new electric cars were registered in February, compared to 1,370 in the same month last year.",
     ["electric cars registered in February", "electric cars registered in the same month last year"]),
    ("•  High-yielding seeds: ₹500 crore for a national mission on seed varieties.",
     ["High-yielding seeds for a national mission"]),
    ("- Average time to find a buyer: 44 days", ["Average time to find a buyer"]),
])
def test_a_line_s_field_names_its_value_and_the_value_set_against_it(text: str, labels: list[str]) -> None:
    # not "vs", "Q vs" or "against": what the line is about, and what the second value is of it
    assert [f.label for f in figures_of(text)] == labels



def test_a_figure_in_brackets_after_a_name_is_that_name_s() -> None:
    figs = figures_of("Of the total amount, ₹1,126.8 crore has been credited to 31.5 lakh farmers of "
                      "Rajasthan, the highest for any State, followed by Madhya Pradesh (₹884 crore) and "
                      "Maharashtra (₹731 crore).")
    assert [(f.text, f.label) for f in figs if f.unit == "INR"] == [
        ("₹1,126.8 crore", "credited to farmers of Rajasthan"),  # the number after "to" skipped, not an end
        ("₹884 crore", "Madhya Pradesh"), ("₹731 crore", "Maharashtra")]


@pytest.mark.parametrize(("text", "not_label"), [
    ("The cyclone has sustained winds of 80 KNOTS (150 KM/H) close to its centre.", "KNOTS"),
    ("If convicted, a trader shall pay a fine of Rupees One Hundred Thousand (Rs. 100,000) for each offence.",
     "Rupees One Hundred Thousand"),
    ("Funds: Government Road Fund (60%) and the Rural Access Loan No. 2291-GH (40%)", "GH"),
])
def test_words_of_a_number_before_a_bracket_name_nothing(text: str, not_label: str) -> None:
    assert all(f.label != not_label for f in figures_of(text))


@pytest.mark.parametrize(("sentence", "label"), [
    ("[laughs] By the time I left the works, I earned 14 pounds a week.", "By the time"),
    ("[applause] We have about twenty-five minutes for questions.", "for questions"),
])
def test_a_transcriber_s_note_opening_a_sentence_is_no_label(sentence, label):
    assert one(sentence).label.startswith(label)


def test_a_label_drops_the_currency_sign_of_another_amount_in_its_words() -> None:
    found = figures_of("BHUBANESWAR: The State will spend Rs 1,842.6 crore on roads over four years.")
    assert "Rs" not in found[-1].label.split()


@pytest.mark.parametrize("sentence", [
    "A 44-year-old mother of five was killed when the shell hit her house.",
    "A father of three was injured in the blast.",
])
def test_a_parent_named_by_their_children_s_number_is_no_count_of_the_hurt(sentence: str) -> None:
    assert not [f for f in figures_of(sentence) if f.unit == "people"]


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Demand across three of our markets remains healthy.", "markets"),
    ("Two phases means the line closes twice.", "phases"),
])
def test_a_verb_in_s_ends_what_a_number_counts(sentence: str, unit: str) -> None:
    assert [f.unit for f in figures_of(sentence)] == [unit]


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("The plane crashed, killing all 239 people on board.", 239, "people"),
    ("Shareholders passed all 19 resolutions set out in the Notice of AGM.", 19, "resolutions"),
])
def test_all_before_a_count_gives_the_whole_not_a_pointer_back(sentence: str, value: int, unit: str) -> None:
    assert [(f.value, f.unit) for f in figures_of(sentence)] == [(value, unit)]
