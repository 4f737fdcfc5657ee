"""`reportgen batch`: a briefing per folder or file, failures reported, the rest still built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.batch import Job, JobResult, plan_jobs, run_batch
from reportgen.cli import main
from reportgen.settings import Settings
from tests.conftest import NEWS, SEEDS, TRANSCRIPT


def batch(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["batch", *args])
    return result.exit_code, result.output


@pytest.fixture
def clients(tmp_path: Path) -> Path:
    """Three client folders, one of which holds only an empty file, plus a binary one."""
    root = tmp_path / "clients"
    for name, seeds in [("alpha", [NEWS]), ("beta", [NEWS, TRANSCRIPT]), ("gamma", [TRANSCRIPT])]:
        (root / name).mkdir(parents=True)
        for seed in seeds:
            (root / name / seed).write_bytes((SEEDS / seed).read_bytes())
    (root / "empty").mkdir()
    (root / "empty" / "notes.txt").write_text("")
    (root / "binary").mkdir()
    (root / "binary" / "scan.txt").write_bytes(bytes(range(256)) * 8)
    return root


def test_batch_builds_one_briefing_per_folder_and_reports_the_failing_ones(clients, tmp_path):
    out = tmp_path / "out"
    code, output = batch(str(clients), "--out", str(out), "--format", "json", "--jobs", "2")
    assert code == 1
    summary = output.strip().splitlines()[-1]
    assert summary.startswith("error: built 3 of 5 briefings; failed: binary/: ")
    assert "binary data" in summary and "empty/: " in summary and "empty file" in summary
    assert sorted(p.name for p in out.iterdir()) == ["alpha", "beta", "gamma"]
    for name, ids in [("alpha", ["S1"]), ("beta", ["S1", "S2"]), ("gamma", ["S1"])]:
        data = json.loads((out / name / "briefing.json").read_text(encoding="utf-8"))
        assert [s["id"] for s in data["sources"]] == ids
        assert all(Path(s["path"]).parent == clients / name for s in data["sources"])


def test_batch_of_good_folders_exits_0_with_summary(clients, tmp_path):
    for bad in ("empty", "binary"):
        for f in (clients / bad).iterdir():
            f.unlink()
        (clients / bad).rmdir()
    code, output = batch(str(clients), "--out", str(tmp_path / "out"), "--format", "json")
    assert code == 0, output
    assert output.strip() == "built 3 of 3 briefings"


def test_per_file_builds_one_briefing_per_source_file(clients, tmp_path):
    folder = clients / "beta"
    (folder / "extra.md").write_bytes((SEEDS / NEWS).read_bytes())
    (folder / "ignored.xyz").write_bytes(b"not a source type")
    out = tmp_path / "out"
    code, output = batch(str(folder), "--per-file", "--out", str(out), "--format", "json", "-q")
    assert code == 0, output
    assert output == ""
    stems = sorted(Path(n).stem for n in (NEWS, TRANSCRIPT, "extra.md"))
    assert sorted(p.name for p in out.iterdir()) == stems
    for stem in stems:
        data = json.loads((out / stem / "briefing.json").read_text(encoding="utf-8"))
        assert [Path(s["path"]).stem for s in data["sources"]] == [stem]


def test_same_stem_files_get_separate_output_folders(tmp_path):
    for name in ("a.txt", "a.md", "b.txt"):
        (tmp_path / name).write_text("x")
    jobs = plan_jobs(tmp_path, out_dir=tmp_path / "out", per_file=True)
    assert [(j.name, j.out_dir.name) for j in jobs] == [("a.md", "a.md"), ("a.txt", "a.txt"), ("b.txt", "b")]


def test_output_folder_inside_dir_is_not_built_as_a_client(clients):
    for _ in range(2):
        code, output = batch(str(clients), "--out", str(clients / "out"), "--format", "json")
        assert code == 1
        assert output.strip().startswith("error: built 3 of 5 briefings;"), output
    assert sorted(p.name for p in (clients / "out").iterdir()) == ["alpha", "beta", "gamma"]


def test_dir_without_subfolders_is_an_error_that_suggests_per_file(clients):
    code, output = batch(str(clients / "alpha"), "--out", str(clients / "o"), "--format", "json")
    assert code == 1
    hint = "no subfolders to build (use --per-file for one briefing per file)"
    assert output.strip() == f"error: {clients / 'alpha'}: {hint}"


def test_two_jobs_write_byte_identical_outputs_to_one_job(clients, tmp_path):
    runs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, output = batch(str(clients), "--out", str(out), "--format", "json", "--jobs", jobs)
        assert code == 1
        runs[jobs] = (output, {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert runs["1"] == runs["2"]
    assert len(runs["1"][1]) == 3


def test_run_batch_reports_each_job_once_in_name_order_whatever_the_formats(clients, tmp_path):
    """The library entry with every format: a writer that is missing or fails fails its job only."""
    jobs = [Job(f"{n}/", (str(clients / n),), tmp_path / n) for n in ("gamma", "alpha", "empty")]
    seen: list[str] = []
    results = run_batch(jobs, workers=2, formats=Settings().formats, settings=Settings(),
                        on_done=lambda r: seen.append(r.name))
    assert sorted(seen) == [r.name for r in results] == ["alpha/", "empty/", "gamma/"]
    assert isinstance(results[1], JobResult) and not results[1].ok and "empty file" in results[1].error
    for result in (results[0], results[2]):
        if result.ok:
            names = sorted(Path(p).name for p in result.written)
            assert names == ["brief.docx", "briefing.json", "deck.pptx"]
        else:
            assert result.error and not (tmp_path / result.name).exists()
