"""The whole path on the samples: build, reopen, convert with LibreOffice, re-render."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pptx
import pytest
from click.testing import CliRunner

from reportgen.cli import main
from tests.conftest import SEEDS
from tests.office import pdf_text, to_pdf


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_the_three_files_that_reopen(built):
    assert sorted(p.name for p in built.iterdir()) == ["brief.docx", "briefing.json", "deck.pptx"]
    briefing = json.loads((built / "briefing.json").read_text(encoding="utf-8"))
    document = docx.Document(str(built / "brief.docx"))
    assert document.paragraphs[0].text == briefing["title"]
    deck = pptx.Presentation(str(built / "deck.pptx"))
    assert deck.slides[0].shapes.title.text == briefing["title"]
    assert all(slide.has_notes_slide and slide.notes_slide.notes_text_frame.text for slide in deck.slides)


def test_libreoffice_shows_areas_a_figure_and_a_quote(built, tmp_path):
    briefing = json.loads((built / "briefing.json").read_text(encoding="utf-8"))
    assert briefing["areas"] and briefing["figures"] and briefing["quotes"]
    for name in ["brief.docx", "deck.pptx"]:
        text = pdf_text(to_pdf(built / name, tmp_path)).lower()
        for area in briefing["areas"]:
            assert " ".join(area["title"].split()).lower()[:30] in text, (name, area["title"])
        figure_texts = [" ".join(f["text"].split()).lower() for f in briefing["figures"]]
        assert any(f in text for f in figure_texts) or name == "deck.pptx", name
        quote_words = [" ".join(q["text"].split()[:6]).lower() for q in briefing["quotes"]]
        assert any(q in text for q in quote_words), name


def test_render_of_the_written_briefing_reproduces_the_documents(built, tmp_path):
    result = CliRunner().invoke(main, ["render", str(built / "briefing.json"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    for name in ["brief.docx", "deck.pptx", "briefing.json"]:
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


@pytest.mark.parametrize("jobs", ["1", "2"])  # two: the Word and PowerPoint files render in two processes
def test_two_builds_give_identical_bytes_in_one_process_or_two(built, tmp_path, jobs):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--jobs", jobs])
    assert result.exit_code == 0, result.output
    for name in ["brief.docx", "deck.pptx", "briefing.json"]:
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_a_writer_failing_half_way_leaves_the_previous_outputs(built, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("disk on fire")

    import reportgen.writers.pptx as deck_writer

    monkeypatch.setattr(deck_writer, "render_pptx", broken)
    args = ["build", str(SEEDS), "--out", str(out), "--title", "Changed", "--jobs", "2"]  # pptx in a worker
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "disk on fire" in result.output and "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_sources_are_never_modified_and_out_cannot_replace_one(tmp_path):
    folder = tmp_path / "src"
    shutil.copytree(SEEDS, folder)
    stray = folder / "briefing.json"
    stray.write_text("{}")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(folder), "--format", "docx"])
    assert result.exit_code == 0, result.output
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "brief.docx"}
    assert after == before
    source = tmp_path / "mine" / "brief.docx"
    source.parent.mkdir()
    word = docx.Document()
    word.add_paragraph((SEEDS / "000_f8eaff4278f8fd4d.txt").read_text(encoding="utf-8")[:2000])
    word.save(str(source))
    original = source.read_bytes()
    clash = CliRunner().invoke(main, ["build", str(source), "--out", str(source.parent)])
    assert clash.exit_code == 1
    assert "would overwrite a source" in clash.output
    assert source.read_bytes() == original
