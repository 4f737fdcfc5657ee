"""Tables flattened to text: each number cell a figure named by its row and column, cited to the cell."""

from __future__ import annotations

from reportgen.summarize.tables import table_figures

WHO = """Table 1. Suspected cholera cases and deaths by country, 1 January to 9 March 2025

Country
Cases
Deaths
CFR (%)
Angola
8 412
231
2.7
Malawi
2 036
41
2.0
Total
21 000
454
2.2
Source: Ministries of Health; data as of 11 March 2025
"""

PIPES = """Funding by sector

Sector | Requested (US$) | Received (US$)
Health | 9.4 million | 2.1 million
WASH | 12.8 million | 3.6 million
Total | 48.6 million | 11.2 million

For more information, please visit www.unocha.org | reliefweb.int
"""

RESULTS = """State Senate - District 27
Est. 99% of expected vote counted
Candidate
Party
Votes
Pct.
Carla Dunmore
GOP
38,915
50.1%
Howard Pruitt (i)
Dem
38,503
49.5%
Write-ins

302
0.4%
Source: AP
"""


def read(text: str) -> list[tuple[object, str, str, str]]:
    found = table_figures("S", text)
    for f in found:
        (cite,) = f.cite
        assert text[cite.start:cite.end] == f.text  # every figure is the cell's exact text
    return [(f.value, f.unit, f.label, f.text) for f in found]


def test_a_table_copied_one_cell_per_line_gives_every_number_by_row_and_column() -> None:
    assert read(WHO) == [
        (8412, "cases", "Angola: cases", "8 412"), (231, "deaths", "Angola: deaths", "231"),
        (2.7, "percent", "Angola: CFR", "2.7"),
        (2036, "cases", "Malawi: cases", "2 036"), (41, "deaths", "Malawi: deaths", "41"),
        (2, "percent", "Malawi: CFR", "2.0"),
        (21000, "cases", "total cases", "21 000"), (454, "deaths", "total deaths", "454"),
        (2.2, "percent", "total CFR", "2.2"),
    ]


def test_a_table_between_pipes_takes_its_currency_from_the_header() -> None:
    found = read(PIPES)
    assert (9_400_000, "USD", "Health: requested", "9.4 million") in found
    assert (11_200_000, "USD", "total received", "11.2 million") in found
    assert len(found) == 6  # the links' line is no table


def test_a_results_table_with_an_empty_cell_and_a_text_column() -> None:
    assert read(RESULTS) == [
        (38915, "votes", "Carla Dunmore: votes", "38,915"),
        (50.1, "percent", "Carla Dunmore: share", "50.1%"),
        (38503, "votes", "Howard Pruitt (i): votes", "38,503"),
        (49.5, "percent", "Howard Pruitt (i): share", "49.5%"),
        (302, "votes", "Write-ins: votes", "302"), (0.4, "percent", "Write-ins: share", "0.4%"),
    ]


def test_prose_lists_and_short_lines_are_no_table() -> None:
    text = ("Key dates\n\nMonday\nTuesday\n\nThe council met on Monday. It voted 31 to 18.\n\n"
            "Contact\nPress office\n020 7946 0000\n\nShare\nFacebook\nX\n")
    assert read(text) == []


def test_a_table_of_amounts_one_cell_per_line_is_read_whatever_the_cells_write() -> None:
    text = ("Pledges\n\nDonor\nPledged\nPaid\nJapan\nHK$5.2 million\n¥300 million\n"
            "Korea\n9.4 million\n2.1 million\n")
    assert [f[3] for f in read(text)] == ["HK$5.2 million", "¥300 million", "9.4 million", "2.1 million"]


def test_a_results_table_reads_losses_in_brackets_and_passes_over_not_meaningful_cells() -> None:
    text = ("Summary results (in millions)\n"
            " | Q3 2024 | Q3 2023 | Change\n"  # the header has no name over the rows' labels
            "Revenue | 412.6 | 361.9 | 14%\n"
            "Services revenue | 114.2 | 115.3 | (1)%\n"
            "Operating income (loss) | 21.4 | (6.8) | n/m\n"
            "n/m = not meaningful\n")
    assert read(text) == [
        (412.6, "", "Revenue: Q3 2024", "412.6"), (361.9, "", "Revenue: Q3 2023", "361.9"),
        (14, "percent", "Revenue: change", "14%"),
        (114.2, "", "Services revenue: Q3 2024", "114.2"), (115.3, "", "Services revenue: Q3 2023", "115.3"),
        (-1, "percent", "Services revenue: change", "(1)%"),
        (21.4, "", "Operating income (loss): Q3 2024", "21.4"),
        (-6.8, "", "Operating income (loss): Q3 2023", "(6.8)"),
    ]


FACT_BOX = """Dulzura Fire

Incident Facts
Date Started: November 16, 2026 1:48 PM
Coordinates: 32.6731, -116.7882
Acres Burned: 21,470 Acres
Containment: 38%
Injuries: 4 Firefighters, 1 Civilian
Personnel: 2,418

Firefighters strengthened containment lines overnight.
"""


def test_a_fact_box_gives_each_number_named_by_its_key() -> None:
    found = [(f.value, f.unit, f.label, f.text) for f in table_figures("S", FACT_BOX)]
    assert found == [
        (21470, "acres", "Acres Burned", "21,470 Acres"),
        (38, "percent", "Containment", "38%"),
        (4, "firefighters", "Injuries", "4 Firefighters"),
        (1, "civilian", "Injuries", "1 Civilian"),
        (2418, "personnel", "Personnel", "2,418"),
    ]
    for f in table_figures("S", FACT_BOX):
        assert FACT_BOX[f.cite[0].start:f.cite[0].end] == f.text


def test_a_lone_key_and_number_is_no_fact_box() -> None:
    assert table_figures("S", "Report\n\nNote: 3 items were late.\n\nScore: 3\n") == []


PLEDGES = ("Annex: Pledges announced at the conference\n"
           "Donor\tPledge (original currency)\tUS$ million\tYear(s)\n"
           "Germany\tEUR 131,000,000\t142.5\t2026–2028\n"
           "Nigeria\tNGN 22,500,000,000\t15.0\t2026\n"
           "Other donors (5)*\t–\t3.9\t2026\n"
           "TOTAL\t\t719.0\n")


def test_a_pledge_table_reads_each_currency_and_the_dollars_a_bare_unit_header_gives() -> None:
    found = read(PLEDGES)
    assert (131_000_000, "EUR", "Germany: pledge", "EUR 131,000,000") in found
    assert (142_500_000, "USD", "Germany: pledge", "142.5") in found  # the column "US$ million"
    assert (22_500_000_000, "NGN", "Nigeria: pledge", "NGN 22,500,000,000") in found
    assert (15_000_000, "USD", "Nigeria: pledge", "15.0") in found
    assert not any(f[3].startswith("20") for f in found)  # the years a pledge is for are no figures


def test_a_column_of_years_is_neither_numbers_nor_words_to_the_rows_around_it() -> None:
    table = "Year\tRevenue (US$ million)\n2024\t41.2\n2025\t47.9\n2026\t52.3\n"
    assert [f[0] for f in read(table)] == [41_200_000, 47_900_000, 52_300_000]


def test_a_cell_reads_every_currency_code_the_prose_reads() -> None:
    # one list of codes for prose and tables: a rarer code ("IDR", "THB") opens a cell as it opens a figure
    table = ("Donor\tPledge (original currency)\tUS$ million\n"
             "Indonesia\tIDR 150,000,000,000\t9.6\nThailand\tTHB 120,000,000\t3.4\n")
    found = read(table)
    assert (150_000_000_000, "IDR", "Indonesia: pledge", "IDR 150,000,000,000") in found
    assert (120_000_000, "THB", "Thailand: pledge", "THB 120,000,000") in found


SPACED = """DECLARATION OF RESULTS: KANDE NORTH WARD BY-ELECTION

Candidate                    Party                         Votes      %
BANDA, Ruth Chimwemwe        Independent                   4,210   51.30
PHIRI, Moses                 People's Party (PP)           3,996   48.70
-------------------------------------------------------------------------
Total valid votes                                          8,206  100.00
Null and void votes                                          131
Voter turnout                                                     38.20

The returning officer declared Ruth Banda duly elected.
"""


def test_a_table_set_out_with_spaces_reads_each_cell_in_the_column_it_stands_under() -> None:
    assert read(SPACED) == [
        (4210, "votes", "BANDA, Ruth Chimwemwe: votes", "4,210"),
        (51.3, "percent", "BANDA, Ruth Chimwemwe: share", "51.30"),
        (3996, "votes", "PHIRI, Moses: votes", "3,996"),
        (48.7, "percent", "PHIRI, Moses: share", "48.70"),
        (8206, "votes", "Total valid votes: votes", "8,206"),
        (100, "percent", "Total valid votes: share", "100.00"),
        (131, "votes", "Null and void votes: votes", "131"),
        (38.2, "percent", "Voter turnout: share", "38.20"),
    ]


def test_a_spaced_table_s_header_may_run_over_lines_and_its_rupees_are_the_country_s() -> None:
    text = ("Consumer Affairs Authority of Sri Lanka. Maximum retail prices, effective in Colombo and across "
            "Sri Lanka from 1 March.\n\n"
            "Column I              Column II\n"
            "Item                  Maximum Retail Price\n"
            "                      (Rs. per kg)\n"
            "------------------------------------------\n"
            "01. White sugar       245.00\n"
            "02. Red lentils       310.00\n")
    assert read(text) == [(245, "LKR", "01. White sugar: maximum retail price", "245.00"),
                          (310, "LKR", "02. Red lentils: maximum retail price", "310.00")]


def test_prose_with_wide_gaps_and_a_scorecard_s_letters_make_no_figures() -> None:
    prose = ("The plan costs 40 million.  It starts in 2027.\n"
             "Officials said 12 staff  would move in May.\n")
    assert read(prose) == []
    scorecard = ("Bowling           O     M     R     W\n"
                 "D Mehra          18    4    58     3\n"
                 "K Bhatia       17.4    2    71     2\n")
    assert read(scorecard) == []  # "O", "M" (maidens, not millions): columns that do not say what they count


def test_facts_set_side_by_side_on_one_line_are_read_each_by_its_key() -> None:
    text = ("Declared winner: Lusungu Nyirenda\n\n"
            "Null and void: 59   |   Registered: 23,152   |   Turnout: 21.89%\n\n"
            "Posted: 20/11/2025 16:40 | Category: Notices | Views: 3,812\n"
            "Price: 243.50p    +4.00 (1.67%)    Volume: 1,284,117\n")
    assert read(text) == [(59, "null and void", "Null and void", "59"),
                          (23152, "registered", "Registered", "23,152"),
                          (21.89, "percent", "Turnout", "21.89%")]  # not a page's views, nor a quote line


BALLOT = """Result of the ballot held on 2 March

  Members entitled to vote ......... 2,204
  Votes cast ....................... 1,378
  Turnout .......................... 62.5%
  Voting for strike action ......... 1,101   (79.9%)
  Voting against ...................   270
  Page reference ...................   14

Ward result
Priya Naidoo (Green) . . . . . . . . 4,310
Tom Aske (Labour) . . . . . . . . .  3,977
"""

CONTENTS = """Contents
Summary ........................................ 1
1. Outlook and risks ........................... 4
Annex: Forecast tables ......................... 19
Glossary ....................................... 3
"""


def test_rows_set_out_with_leader_dots_give_each_number_named_by_its_row() -> None:
    assert read(BALLOT) == [
        (2204, "", "Members entitled to vote", "2,204"),
        (1378, "", "Votes cast", "1,378"),
        (62.5, "percent", "Turnout", "62.5%"),
        (1101, "", "Voting for strike action", "1,101"),
        (79.9, "percent", "Voting for strike action, share", "79.9%"),
        (270, "", "Voting against", "270"),
        (4310, "", "Priya Naidoo (Green)", "4,310"),
        (3977, "", "Tom Aske (Labour)", "3,977"),
    ]


def test_a_table_of_contents_set_out_with_leader_dots_gives_no_figures() -> None:
    assert read(CONTENTS) == []
