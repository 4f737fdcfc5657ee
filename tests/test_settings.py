"""Settings a user owns: a TOML file that is checked key by key."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.errors import SettingsError
from reportgen.settings import AreaHint, Settings, load_settings
from reportgen.templates import shipped_templates_dir


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "reportgen.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_commented_file_gives_the_defaults():
    assert load_settings(shipped_templates_dir() / "reportgen.toml") == Settings()


def test_uncommented_shipped_examples_are_all_valid(tmp_path):
    text = (shipped_templates_dir() / "reportgen.toml").read_text(encoding="utf-8")
    lines = [line[2:] if line.startswith("# ") and ("=" in line or line.startswith("# [")) else line
             for line in text.splitlines()]
    settings = load_settings(write(tmp_path, "\n".join(lines)))
    assert settings.title and settings.organisation == "Policy Unit"
    assert [h.title for h in settings.area_hints] == ["Trade and investment", "Science and technology"]


def test_values_headings_and_areas_are_read(tmp_path):
    path = write(tmp_path, """
title = "Delta visit"
areas = 3
page_size = "Letter"
formats = ["docx", "pdf"]
[headings]
context = "Contexte"
[[area]]
title = "Trade"
keywords = ["export", "tariff"]
""")
    s = load_settings(path)
    assert (s.title, s.areas, s.page_size, s.formats) == ("Delta visit", 3, "Letter", ("docx", "pdf"))
    assert s.headings.context == "Contexte" and s.headings.quotes == "Quotes"
    assert s.area_hints == (AreaHint("Trade", ("export", "tariff")),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('colour = "red"', "colour: unknown key"),
        ("areas = 'four'", "areas: expected int, found 'four'"),
        ("areas = 40", "areas: expected a number from 1 to 12"),
        ('[headings]\nsummary = "x"', "headings.summary: unknown key"),
        ('formats = ["odt"]', "formats: unknown format 'odt'"),
        ('page_size = "A3"', "page_size: expected one of A4, Letter"),
        ("[[area]]\nkeywords = []", "area[0].title: expected a non-empty string"),
        ("title = ", "not valid TOML"),
    ],
)
def test_bad_settings_name_the_key_and_the_file(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(SettingsError) as err:
        load_settings(path)
    assert err.value.message.startswith(f"{path}: {expected}")


def test_cli_reports_a_bad_settings_file_in_one_line(tmp_path):
    path = write(tmp_path, "colour = 1")
    result = CliRunner().invoke(main, ["outline", "--config", str(path), "seeds"])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {path}: colour: unknown key")
    assert len(result.output.strip().splitlines()) == 1


def test_templates_init_writes_files_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "tpl"
    runner = CliRunner()
    first = runner.invoke(main, ["templates", "init", str(target)])
    assert first.exit_code == 0, first.output
    assert sorted(p.name for p in target.iterdir()) == ["brief.docx", "deck.pptx", "reportgen.toml"]
    (target / "deck.pptx").write_bytes(b"mine")
    again = runner.invoke(main, ["templates", "init", str(target)])
    assert again.exit_code == 1 and "--force" in again.output
    assert (target / "deck.pptx").read_bytes() == b"mine"
    forced = runner.invoke(main, ["templates", "init", str(target), "--force"])
    assert forced.exit_code == 0
    assert (target / "deck.pptx").read_bytes() == (shipped_templates_dir() / "deck.pptx").read_bytes()
