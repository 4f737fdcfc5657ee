"""Benchmark reportgen and print a Markdown table (with the machine) to paste into the README.

Run by hand from the repository: ``python bench/run.py`` (``--profile`` adds a
cProfile of summarizing 1,000 articles). Standard library only; the CLI is run
in fresh subprocesses so that start-up and imports count, as a user feels them.
Peak memory is the child's maximum resident set size from ``os.wait4`` (the
largest single process, imports included).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportgen.model import Briefing  # noqa: E402
from reportgen.settings import Settings  # noqa: E402
from reportgen.sources import Document  # noqa: E402
from reportgen.writers import WRITERS  # noqa: E402

SEEDS = ROOT / "seeds"
CORPUS_SIZES = (10, 100, 1000)
BATCH_FOLDERS = 20
ARTICLES_PER_FOLDER = 25
HEAVY_ARTICLES_PER_FOLDER = 250


# --- measuring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One subprocess run: wall seconds, CPU seconds (with its workers) and peak resident memory in MB."""

    seconds: float
    peak_mb: float
    cpu: float = 0.0


_LAUNCHER = """
import os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:])
_pid, status, usage = os.wait4(proc.pid, 0)
seconds = time.perf_counter() - start
with open(sys.argv[1], "w") as fh:
    cpu = usage.ru_utime + usage.ru_stime
    fh.write(f"{seconds} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)} {cpu}")
"""
"""Runs the command from a small process: a child's peak RSS counts the memory of the process
it was forked from (before exec), so forking from this benchmark (tens of MB) would inflate it."""


def run_cli(*args: str, cwd: Path = ROOT) -> Run:
    """Run ``python -m reportgen ARGS`` in a fresh process; return its wall time and peak RSS.

    Raises RuntimeError with the command's stderr if it fails, so a broken
    build never shows up as a fast one.
    """
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path)
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report"
        argv = [sys.executable, "-c", _LAUNCHER, str(report), sys.executable, "-m", "reportgen", *args]
        done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, check=False)
        seconds, maxrss, status, cpu = report.read_text().split()
    if done.returncode != 0 or status != "0":
        raise RuntimeError(f"reportgen {' '.join(args)} failed: {done.stderr}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return Run(float(seconds), int(maxrss) * scale / 1e6, float(cpu))


def median_run(times: int, *args: str) -> Run:
    """Return the median wall time (and the largest peak memory) of ``times`` runs."""
    runs = [run_cli(*args) for _ in range(times)]
    return Run(statistics.median(r.seconds for r in runs), max(r.peak_mb for r in runs))


def timed(func: Callable[[], object], times: int = 3) -> float:
    """Return the median wall time of calling ``func`` ``times`` times."""
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


# --- corpora --------------------------------------------------------------------------------------


def _invented_names(rng: random.Random, count: int) -> list[str]:
    syllables = ["al", "bor", "cen", "dar", "el", "fen", "gor", "han", "ist", "jun", "kel", "lor",
                 "mar", "nov", "or", "pel", "quin", "ras", "sol", "tor", "ul", "ven", "wen", "zan"]
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
            for _ in range(count)]


def _reword(paragraph: str, rng: random.Random) -> str:
    """Replace a few words with invented ones, so no paragraph repeats across the corpus.

    A corpus of near-copies would flatter any cache keyed by paragraph or sentence text.
    """
    words = paragraph.split(" ")
    slots = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 3]
    for i in rng.sample(slots, min(3, len(slots))):
        words[i] = _invented_names(rng, 1)[0].lower()
    return " ".join(words)


def vary(text: str, rng: random.Random) -> str:
    """Return a new article from ``text``: paragraphs shuffled, numbers changed, some names replaced."""
    paragraphs = [_reword(p, rng) for p in re.split(r"\n\s*\n", text) if p.strip()]
    rng.shuffle(paragraphs)
    body = "\n\n".join(paragraphs) + "\n"
    body = re.sub(r"\d+", lambda m: str(max(1, round(int(m.group(0)) * rng.uniform(0.5, 1.5)))), body)
    names = sorted(set(re.findall(r"\b[A-Z][a-z]{3,}\b", body)))
    chosen = rng.sample(names, min(6, len(names)))
    for old, new in zip(chosen, _invented_names(rng, len(chosen)), strict=True):
        body = re.sub(rf"\b{old}\b", new, body)
    return body


def articles(count: int, seed: int = 20240328) -> list[str]:
    """Return ``count`` varied articles, the same ones for the same ``seed``.

    The texts of tests/fixtures/later, fresh, newest, recent, latest, further, beyond, onward, ahead,
    anew, yonder, afield, abroad, outward, farther, elsewhere, afar, distant and remote (added after the
    corpus was fixed) stay out, so that runs of different sessions read the same corpus.
    """
    rng = random.Random(seed)
    fixtures = ROOT / "tests" / "fixtures"
    added = tuple(fixtures / name
                  for name in ("later", "fresh", "newest", "recent", "latest", "further", "beyond", "onward",
                               "ahead", "anew", "yonder", "afield", "abroad", "outward", "farther",
                               "elsewhere", "afar", "distant", "remote"))
    bases = sorted(SEEDS.glob("*.txt")) + sorted(p for p in fixtures.rglob("*.txt")
                                                  if not any(p.is_relative_to(folder) for folder in added))
    texts = [p.read_text(encoding="utf-8") for p in bases]
    return [vary(texts[i % len(texts)], rng) for i in range(count)]


def write_corpus(folder: Path, texts: Sequence[str]) -> Path:
    """Write ``texts`` as ``article_0001.txt``, ... into ``folder``; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts, 1):
        (folder / f"article_{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


# --- pandoc yardstick -----------------------------------------------------------------------------


def briefing_markdown(briefing: Briefing) -> str:
    """Return the briefing as Markdown (pandoc's input), section for section like our brief."""
    h = Settings().headings
    lines = [f"% {briefing.title}", f"% {Settings().author}", f"% {briefing.date or ''}", ""]
    lines += [f"# {h.context}", ""] + [f"- {p.text}" for p in briefing.context] + [""]
    lines += [f"# {h.areas}", ""]
    for area in briefing.areas:
        lines += [f"## {area.title}", ""] + [f"- {p.text}" for p in area.points] + [""]
    if briefing.figures:
        lines += [f"# {h.figures}", "", "| Figure | What |", "|---|---|"]
        lines += [f"| {f.text} | {f.label} |" for f in briefing.figures] + [""]
    if briefing.quotes:
        lines += [f"# {h.quotes}", ""]
        lines += [f"> {q.text}\n>\n> — {q.speaker or 'unattributed'}\n" for q in briefing.quotes]
    lines += [f"# {h.sources}", ""]
    lines += [f"{i}. {s.title or s.path} ({s.date or 'undated'})" for i, s in enumerate(briefing.sources, 1)]
    return "\n".join(lines) + "\n"


# --- the benchmark --------------------------------------------------------------------------------


def machine() -> str:
    """Return one line naming the CPU, its cores and the Python that ran the benchmark."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{model}, {os.cpu_count()} cores, Python {platform.python_version()} "
            f"({platform.system()} {platform.release()})")


def available_formats() -> list[str]:
    """Return the formats whose writer module is present (the others are reported as n/a)."""
    return [name for name, w in WRITERS.items() if importlib.util.find_spec(w.module) is not None]


class Table:
    """The result rows: measure, value, target and PASS/FAIL (blank when there is no target)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, measure: str, value: str, target: str = "", ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        self.rows.append((measure, value, target, verdict))
        print(f"  {measure}: {value} {verdict}", file=sys.stderr, flush=True)

    def markdown(self) -> str:
        out = ["| Measure | Value | Target | Result |", "|---|---|---|---|"]
        out += [f"| {m} | {v} | {t} | {r} |" for m, v, t, r in self.rows]
        return "\n".join(out)


def write_clients(root: Path, per_folder: int) -> Path:
    """Write ``BATCH_FOLDERS`` client folders of ``per_folder`` articles each under ``root``."""
    for i in range(BATCH_FOLDERS):
        write_corpus(root / f"client_{i:02d}", articles(per_folder, seed=1000 + i))
    return root


def batch_runs(clients: Path, out: Path, fmt_args: Sequence[str], rounds: int = 5) -> dict[int, Run]:
    """Return the median wall and CPU time of ``batch`` with 1 and with 2 jobs, runs interleaved.

    Interleaving keeps a burst of load from other programs from favouring one side.
    """
    samples: dict[int, list[Run]] = {1: [], 2: []}
    for _ in range(rounds):
        for jobs in samples:
            samples[jobs].append(run_cli("batch", str(clients), "--out", str(out / str(jobs)),
                                         "--jobs", str(jobs), *fmt_args, "-q"))
    return {
        jobs: Run(statistics.median(r.seconds for r in runs), max(r.peak_mb for r in runs),
                  statistics.median(r.cpu for r in runs))
        for jobs, runs in samples.items()
    }


def bench(work: Path) -> Table:
    """Run every measurement, writing corpora and outputs under ``work``; return the table."""
    from reportgen.parallel import usable_cores
    from reportgen.pipeline import summarize_paths
    from reportgen.summarize import summarize
    from reportgen.templates import template_folder

    table = Table()
    formats = available_formats()
    fmt_args = [a for f in formats for a in ("--format", f)]

    r = median_run(5, "--help")
    table.add("cold `reportgen --help` (median of 5)", f"{r.seconds:.3f} s", "< 0.3 s", r.seconds < 0.3)

    r = median_run(3, "build", "seeds", "--out", str(work / "seeds-out"), *fmt_args, "-q")
    label = f"cold `reportgen build seeds/` ({'+'.join(formats)}; median of 3)"
    table.add(label, f"{r.seconds:.3f} s", "< 1.0 s", r.seconds < 1.0)
    table.add("  peak memory of that build", f"{r.peak_mb:.0f} MB")

    texts = articles(max(CORPUS_SIZES))
    documents = [Document(f"S{i}", f"article_{i:04d}.txt", t) for i, t in enumerate(texts, 1)]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    cores = usable_cores()
    for workers in sorted({1, cores}):
        seconds = timed(lambda w=workers: summarize(documents, workers=w), 3)
        rate = megabytes / seconds
        how = "one process" if workers == 1 else f"{workers} processes (`build`'s default here)"
        target = (">= 2 MB/s", rate >= 2) if workers == cores else ("", None)
        table.add(f"summarizer throughput, in-process, {how} ({len(texts):,} articles, {megabytes:.1f} MB)",
                  f"{rate:.2f} MB/s ({seconds:.3f} s)", *target)

    times: dict[int, float] = {}
    for size in CORPUS_SIZES:
        folder = write_corpus(work / f"corpus-{size}", texts[:size])
        r = median_run(3, "build", str(folder), "--out", str(work / f"out-{size}"), "--format", "json", "-q")
        times[size] = r.seconds
        target = ("< 10 s, < 500 MB", r.seconds < 10 and r.peak_mb < 500) if size == 1000 else ("", None)
        table.add(f"{size:,} articles -> one briefing (`build --format json`, median of 3)",
                  f"{r.seconds:.3f} s, {r.peak_mb:.0f} MB", *target)
    ratio = times[1000] / times[100]
    table.add("growth t(1,000) / t(100)", f"{ratio:.1f}x", "<= 12x", ratio <= 12)

    briefing = summarize_paths([SEEDS], Settings()).briefing
    for name, writer in WRITERS.items():
        try:
            start = time.perf_counter()
            render = writer.load()
            folder = template_folder(writer.filename) if name != "json" else Path(".")
            render(briefing, templates=folder, settings=Settings())
            first = time.perf_counter() - start
        except ImportError:
            table.add(f"render {name} (seeds' briefing, in-process)", "n/a (writer not present)")
            continue
        warm = timed(lambda r=render, f=folder: r(briefing, templates=f, settings=Settings()), 5)
        table.add(f"render {name} (seeds' briefing, in-process)",
                  f"{warm * 1000:.2f} ms (first call incl. import {first * 1000:.1f} ms)")

    for per_folder, target in [(ARTICLES_PER_FOLDER, True), (HEAVY_ARTICLES_PER_FOLDER, False)]:
        clients = write_clients(work / f"clients-{per_folder}", per_folder)
        runs = batch_runs(clients, work / f"batch-{per_folder}", fmt_args)
        one, two = runs[1], runs[2]
        speedup = one.seconds / two.seconds
        table.add(f"`batch` of {BATCH_FOLDERS} folders x {per_folder} articles ({'+'.join(formats)}; "
                  f"median of 5, interleaved)",
                  f"1 job {one.seconds:.2f} s, 2 jobs {two.seconds:.2f} s: {speedup:.2f}x "
                  f"(CPU {one.cpu:.2f} s vs {two.cpu:.2f} s)",
                  *((">= 1.7x", speedup >= 1.7) if target else ("", None)))

    pandoc = shutil.which("pandoc")
    if pandoc is None:
        table.add("pandoc yardstick (Markdown export -> docx, pptx)", "pandoc not installed")
    else:
        md = work / "brief.md"
        md.write_text(briefing_markdown(briefing), encoding="utf-8")
        for ext in ("docx", "pptx"):
            argv = [pandoc, str(md), "-o", str(work / f"pandoc.{ext}")]
            seconds = timed(lambda a=argv: subprocess.run(a, check=True, capture_output=True), 3)
            table.add(f"pandoc yardstick: Markdown -> {ext} (median of 3)", f"{seconds:.3f} s")
    return table


def profile(top: int) -> None:
    """Print the ``top`` functions by own time while summarizing 1,000 articles."""
    import cProfile
    import pstats

    from reportgen.summarize import summarize

    texts = articles(1000)
    documents = [Document(f"S{i}", f"article_{i:04d}.txt", t) for i, t in enumerate(texts, 1)]
    profiler = cProfile.Profile()
    profiler.runcall(summarize, documents)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the Markdown table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="Also profile summarizing 1,000 articles.")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="reportgen-bench-") as tmp:
        table = bench(Path(tmp))
    print(f"Machine: {machine()}; load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after\n")
    print(table.markdown())
    if args.profile:
        profile(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
