"""Many briefings at once: one per subfolder (or per file), built in parallel worker processes.

Each job is the whole pipeline (``summarize_paths`` then ``render_outputs``) for one
folder, written to ``OUT/<name>/``. A job that fails is recorded with its message
and never stops the others; the results come back sorted by name, so the summary
and the output paths do not depend on which worker finished first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportgen.errors import ReportgenError, SourceError
from reportgen.settings import Settings
from reportgen.sources.reading import OUTPUT_NAMES, READERS


@dataclass(frozen=True)
class Job:
    """One briefing to build: its name (as shown to the user), its sources and its output folder."""

    name: str
    sources: tuple[str, ...]
    out_dir: Path


@dataclass(frozen=True)
class JobResult:
    """What became of one job: the files written, the sources skipped, or why it failed."""

    name: str
    written: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _visible(path: Path) -> bool:
    return not path.name.startswith((".", "~$"))


def plan_jobs(root: Path, *, out_dir: Path, per_file: bool = False) -> list[Job]:
    """Return one job per subfolder of ``root`` (or per source file in it), sorted by name.

    The output folder is left out when it lies inside ``root``, so a second run
    does not summarize the first run's outputs. Per file, two files with the
    same stem (``a.txt``, ``a.md``) keep their suffix in the folder name so
    that neither overwrites the other.
    """
    if not root.is_dir():
        raise SourceError("not a folder", path=root)
    out_resolved = out_dir.resolve()
    entries = sorted((p for p in root.iterdir() if _visible(p)), key=lambda p: p.name)
    if per_file:
        files = [p for p in entries if p.is_file() and p.suffix.lower() in READERS
                 and p.name not in OUTPUT_NAMES]
        stems = Counter(p.stem for p in files)
        jobs = [Job(p.name, (str(p),), out_dir / (p.stem if stems[p.stem] == 1 else p.name)) for p in files]
        kind = "source files"
    else:
        folders = [p for p in entries if p.is_dir() and p.resolve() != out_resolved]
        jobs = [Job(f"{p.name}/", (str(p),), out_dir / p.name) for p in folders]
        kind = "subfolders"
    if not jobs:
        hint = "" if per_file else " (use --per-file for one briefing per file)"
        raise SourceError(f"no {kind} to build{hint}", path=root)
    return jobs


def run_job(job: Job, *, formats: Sequence[str], settings: Settings, templates: Path | None) -> JobResult:
    """Build one briefing; return its result, turning any failure into the result's error.

    Runs in a worker process, so it never prints: warnings travel back in the result.
    """
    from reportgen.pipeline import render_outputs, summarize_paths

    try:
        summary = summarize_paths(list(job.sources), settings, workers=1)  # the batch is parallel already
        written = render_outputs(
            summary.briefing, out_dir=job.out_dir, formats=formats, settings=settings,
            templates=templates, protect=[d.path for d in summary.documents],
        )
    except ReportgenError as exc:
        return JobResult(job.name, error=exc.format_message().replace("\n", "; "))
    except Exception as exc:  # one broken job must not stop the batch
        return JobResult(job.name, error=f"internal error: {type(exc).__name__}: {exc}")
    warnings = tuple(f"{p.format_message()} (skipped)" for p in summary.problems)
    return JobResult(job.name, tuple(str(p) for p in written), warnings)


def _preload(formats: Sequence[str]) -> None:
    """Import the pipeline and the chosen writers once, so that forked workers inherit them."""
    import reportgen.pipeline  # noqa: F401
    import reportgen.summarize  # noqa: F401
    from reportgen.writers import WRITERS

    for name in formats:
        try:
            WRITERS[name].load()
        except Exception:  # noqa: S110 - the jobs themselves report a writer that cannot load
            pass


def run_batch(
    jobs: Sequence[Job],
    *,
    workers: int,
    formats: Sequence[str],
    settings: Settings,
    templates: Path | None = None,
    on_done: Callable[[JobResult], None] = lambda _result: None,
) -> list[JobResult]:
    """Run every job, ``workers`` at a time in a process pool (in-process for 1); return results by name.

    ``on_done`` is called in the parent as each job finishes (for a progress bar).
    A worker process that dies (killed, out of memory) fails its job only.
    """
    run = partial(run_job, formats=tuple(formats), settings=settings, templates=templates)
    results: list[JobResult] = []
    workers = max(1, min(workers, len(jobs)))
    if workers == 1:
        for job in jobs:
            results.append(run(job))
            on_done(results[-1])
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        if multiprocessing.get_start_method() == "fork":
            _preload(formats)
        pool = ProcessPoolExecutor(max_workers=workers)
        try:
            futures = {pool.submit(run, job): job for job in jobs}
            for future in as_completed(futures):
                try:
                    result = future.result()
                except Exception as exc:  # the worker itself died
                    error = f"worker failed: {type(exc).__name__}: {exc}"
                    result = JobResult(futures[future].name, error=error)
                results.append(result)
                on_done(result)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    return sorted(results, key=lambda r: r.name)


def describe(results: Sequence[JobResult]) -> str:
    """Return the one-line summary: ``built 19 of 20 briefings; failed: bad/: <message>``."""
    failed = [r for r in results if not r.ok]
    line = f"built {len(results) - len(failed)} of {len(results)} briefings"
    if failed:
        line += "; failed: " + "; ".join(f"{r.name}: {r.error}" for r in failed)
    return line
