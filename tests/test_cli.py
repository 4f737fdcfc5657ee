"""The command line as a user meets it: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from tests.conftest import NEWS, SEEDS


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def check_cites(briefing: dict, texts: dict[str, str]) -> int:
    """Assert every item's cites point at text; return how many cites were checked."""
    checked = 0
    items = list(briefing["context"]) + [p for a in briefing["areas"] for p in a["points"]]
    items += briefing["figures"] + briefing["quotes"]
    for item in items:
        assert item["cite"], item
        spans = [texts[c["source"]][c["start"] : c["end"]] for c in item["cite"]]
        assert item["text"] in spans, (item, spans)
        checked += len(spans)
    return checked


def test_outline_of_any_text_file_is_valid_cited_json(tmp_path):
    copy = tmp_path / "elsewhere" / "story.txt"
    copy.parent.mkdir()
    copy.write_bytes((SEEDS / NEWS).read_bytes())
    result = run("outline", str(copy))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "reportgen.briefing/1"
    assert [s["path"] for s in data["sources"]] == [str(copy)]
    text = copy.read_text(encoding="utf-8")
    assert check_cites(data, {"S1": text}) > 0


def test_missing_source_is_one_line_error_exit_1(tmp_path):
    result = run("build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'nope.txt'}: no such file or folder"
    assert not (tmp_path / "out").exists()


def test_bad_source_beside_a_good_one_is_skipped_with_warning(tmp_path):
    (tmp_path / "good.txt").write_bytes((SEEDS / NEWS).read_bytes())
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o"),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"warning: {tmp_path / 'empty.txt'}: empty file (skipped)" in result.output
    data = json.loads((tmp_path / "o" / "briefing.json").read_text())
    assert [Path(s["path"]).name for s in data["sources"]] == ["good.txt"]


def _studying_fails_on(monkeypatch, marker: str) -> None:
    """Make studying any source whose text holds ``marker`` fail, as a bug of ours would."""
    from reportgen.summarize import per_source

    real = per_source.find_figures

    def find_figures(doc_id, text, sentences):
        if marker in text:
            raise AttributeError("'float' object has no attribute 'to_integral_value'")
        return real(doc_id, text, sentences)

    monkeypatch.setattr(per_source, "find_figures", find_figures)


@pytest.mark.parametrize("processes", ["1", "2"])
def test_a_source_the_summarizer_fails_on_is_left_out_and_named(tmp_path, monkeypatch, processes):
    _studying_fails_on(monkeypatch, "TRIGGER")
    monkeypatch.setattr("reportgen.parallel.PARALLEL_MIN_CHARS", 0)  # with 2, a forked worker meets it
    (tmp_path / "good.txt").write_bytes((SEEDS / NEWS).read_bytes())
    (tmp_path / "odd.txt").write_text("TRIGGER\n\nThe council met on Monday and agreed a plan.\n")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o"),
                                       "--format", "json", "--jobs", processes])
    assert result.exit_code == 0, result.output
    assert f"warning: {tmp_path / 'odd.txt'}: could not be summarized (AttributeError: " in result.output
    assert "(skipped)" in result.output
    data = json.loads((tmp_path / "o" / "briefing.json").read_text())
    assert [Path(s["path"]).name for s in data["sources"]] == ["good.txt"]
    assert data["figures"] and data["context"]


def test_when_the_summarizer_fails_on_every_source_the_build_fails_naming_each(tmp_path, monkeypatch):
    _studying_fails_on(monkeypatch, "council")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The council met on Monday and agreed a plan.\n")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.output.count("could not be summarized") == 2
    assert not (tmp_path / "o").exists()


def test_usage_error_exits_2():
    result = CliRunner().invoke(main, ["build", "--format", "odt"])
    assert result.exit_code == 2


def test_render_names_the_bad_field(tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps({"schema": "reportgen.briefing/1", "title": 5}))
    result = CliRunner().invoke(main, ["render", str(bad), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {bad}: title: expected str, found 5"


def test_render_warns_when_a_hand_edit_breaks_a_figure(tmp_path, sample_briefing):
    data = sample_briefing.to_dict()
    for src in data["sources"]:
        src["path"] = str(SEEDS.parent / src["path"])
    data["figures"][0]["text"] = "about 31 percent"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data))
    result = CliRunner().invoke(main, ["render", str(edited), "--out", str(tmp_path / "o"),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "warning: figures[0]: 'about 31 percent' does not match its source S1" in result.output
    assert "figures[1]" not in result.output


def test_help_lists_examples_for_every_command():
    for command in ["build", "outline", "render"]:
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0
        assert "Examples:" in result.output


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "reportgen" in result.output


def test_briefing_json_keeps_every_figure_while_the_brief_shows_max_figures(tmp_path):
    (tmp_path / "reportgen.toml").write_text("max_figures = 3\n", encoding="utf-8")
    result = run("build", str(SEEDS / NEWS), "--out", "out", "--format", "json", "--format", "docx", "-q",
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "out" / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["figures"]) > 3
    from docx import Document

    tables = Document(str(tmp_path / "out" / "brief.docx")).tables
    (table,) = [t for t in tables if t.cell(0, 0).text == "Figure"]
    assert [row.cells[0].text for row in table.rows[1:]] == [f["text"] for f in data["figures"][:3]]


def test_the_briefing_file_keeps_every_quote_and_the_brief_shows_max_quotes(tmp_path):
    from reportgen.model import Briefing
    from reportgen.settings import Settings
    from reportgen.writers.brief_plan import Quote, plan_brief

    source = Path(__file__).parent / "fixtures" / "unseen" / "police_presser.txt"
    (tmp_path / "reportgen.toml").write_text("max_quotes = 2\n")
    result = CliRunner().invoke(main, ["build", str(source), "--out", str(tmp_path / "o"), "--format", "json",
                                       "--config", str(tmp_path / "reportgen.toml")])
    assert result.exit_code == 0, result.output
    briefing = Briefing.from_json((tmp_path / "o" / "briefing.json").read_text())
    assert len(briefing.quotes) > 2
    shown = [b for b in plan_brief(briefing, Settings(max_quotes=2)).blocks if isinstance(b, Quote)]
    assert [b.text.strip("“”") for b in shown] == [q.text for q in briefing.quotes[:2]]
