"""Customizing: templates a user initialises, edits, checks and builds with."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
import pptx
import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.templates import check_package, check_templates
from tests.conftest import SEEDS


@pytest.fixture
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's working folder holding the sample sources, as the current folder."""
    (tmp_path / "seeds").mkdir()
    for src in SEEDS.iterdir():
        (tmp_path / "seeds" / src.name).write_bytes(src.read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_then_build_uses_the_initialised_templates(user_folder):
    runner = CliRunner()
    assert runner.invoke(main, ["templates", "init"]).exit_code == 0
    deck = pptx.Presentation("templates/deck.pptx")
    deck.slide_layouts.get_by_name("Title and Content").name = "Title and Content"
    result = runner.invoke(main, ["build", "-v"])
    assert result.exit_code == 0, result.output
    assert "docx: template templates/brief.docx" in result.output
    assert "pptx: template templates/deck.pptx" in result.output
    assert (user_folder / "out" / "brief.docx").is_file()


def test_check_finds_a_removed_layout_and_a_removed_style(user_folder):
    CliRunner().invoke(main, ["templates", "init"])
    deck = pptx.Presentation("templates/deck.pptx")
    deck.slide_layouts.get_by_name("Big Numbers").name = "Numbers"
    deck.save("templates/deck.pptx")
    brief = docx.Document("templates/brief.docx")
    brief.styles["Quote Attribution"].name = "Byline"
    brief.save("templates/brief.docx")
    result = CliRunner().invoke(main, ["templates", "check"])
    assert result.exit_code == 1
    assert "'Quote Attribution' is missing" in result.output
    assert "Big Numbers" in result.output and "Numbers" in result.output
    build = CliRunner().invoke(main, ["build", "--format", "pptx"])
    assert build.exit_code == 1 and "Big Numbers" in build.output
    assert not (user_folder / "out").exists()


def test_a_damaged_template_stops_the_build_before_its_sources_are_read(user_folder, monkeypatch):
    import reportgen.pipeline

    def read_sources(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("sources read before the templates were checked")

    monkeypatch.setattr(reportgen.pipeline, "read_sources", read_sources)
    (user_folder / "templates").mkdir()
    (user_folder / "templates" / "deck.pptx").write_bytes(b"PK\x03\x04 not really a zip")
    result = CliRunner().invoke(main, ["build", "--format", "pptx", "--templates", "templates"])
    assert result.exit_code == 1 and "deck.pptx" in result.output and "damaged" in result.output
    assert not (user_folder / "out").exists()


def test_shipped_templates_are_complete():
    from reportgen.templates import shipped_templates_dir

    assert check_templates(shipped_templates_dir()) == []


def test_macro_enabled_renamed_and_broken_files_are_refused(tmp_path):
    from reportgen.templates import shipped_templates_dir

    shipped = shipped_templates_dir()
    docm = tmp_path / "brief.docm"
    docm.write_bytes((shipped / "brief.docx").read_bytes())
    assert "macro-enabled" in check_package(docm)[0]
    renamed = tmp_path / "brief.docx"
    renamed.write_bytes((shipped / "deck.pptx").read_bytes())
    assert "not a Word document (.docx)" in check_package(renamed)[0]
    broken = tmp_path / "deck.pptx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert "damaged" in check_package(broken)[0]
    macro = tmp_path / "macro" / "deck.pptx"
    macro.parent.mkdir()
    with zipfile.ZipFile(shipped / "deck.pptx") as src, zipfile.ZipFile(macro, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"presentationml.presentation.main+xml",
                                    b"ms-powerpoint.presentation.macroEnabled.main+xml")
            dst.writestr(item, data)
    assert "macro-enabled" in check_package(macro)[0]


def test_settings_file_renames_sections_in_both_outputs(user_folder, sample_briefing):
    (user_folder / "reportgen.toml").write_text(
        '[headings]\ncontext = "Contexte"\nfigures = "Chiffres clés"\nquotes = "Citations"\n',
        encoding="utf-8",
    )
    (user_folder / "briefing.json").write_text(sample_briefing.to_json(), encoding="utf-8")
    result = CliRunner().invoke(main, ["render", "briefing.json"])
    assert result.exit_code == 0, result.output
    headings = [p.text for p in docx.Document("out/brief.docx").paragraphs
                if p.style.name == "Heading 1"]
    assert {"Contexte", "Chiffres clés", "Citations"} <= set(headings)
    titles = {s.shapes.title.text for s in pptx.Presentation("out/deck.pptx").slides if s.shapes.title}
    assert {"Contexte", "Citations"} <= titles


def test_templates_are_never_modified_by_a_build(user_folder):
    CliRunner().invoke(main, ["templates", "init"])
    before = {p.name: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in Path("templates").iterdir()}
    assert CliRunner().invoke(main, ["build"]).exit_code == 0
    after = {p.name: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in Path("templates").iterdir()}
    assert before == after
