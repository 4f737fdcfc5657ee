"""The build: read sources, summarize them into a briefing, render every chosen format.

Each stage can run alone: `summarize_paths` stops at the briefing (``reportgen
outline``), `render_outputs` starts from one (``reportgen render``). A build calls
`prepare_outputs` first, so that the writers load while the sources are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from reportgen.errors import OutputError, ReportgenError, SourceError, TemplateError
from reportgen.model import Briefing
from reportgen.settings import Settings
from reportgen.sources import Document, read_sources
from reportgen.templates import check_package, template_folder
from reportgen.writers import WRITERS

if TYPE_CHECKING:
    from reportgen.parallel import Standby

Report = Callable[[str], None]


def _quiet(_message: str) -> None:
    return None


class NoUsableSource(SourceError):
    """Every source failed: carries each problem so that all of them are shown."""

    def __init__(self, problems: Sequence[SourceError]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(p.format_message() for p in self.problems))

    def show(self, file: IO[Any] | None = None) -> None:
        for problem in self.problems:
            problem.show(file)


@dataclass(frozen=True)
class Summary:
    """A briefing and what went wrong on the way: the sources that could not be used."""

    briefing: Briefing
    documents: tuple[Document, ...]
    problems: tuple[SourceError, ...]


def summarize_paths(
    paths: Sequence[str | Path],
    settings: Settings,
    progress: Callable[[list[Path]], Iterable[Path]] = iter,
    workers: int | None = None,
) -> Summary:
    """Read the sources under ``paths`` and summarize the usable ones.

    ``workers`` caps the processes a big input is studied in (default: every usable core).

    Raises the first SourceError (after all were tried) when no source is usable.
    """
    from reportgen.parallel import usable_cores
    from reportgen.summarize import summarize

    documents, problems = read_sources(paths, progress=progress)
    if not documents:
        if problems:
            raise NoUsableSource(problems)
        where = ", ".join(str(p) for p in paths) or "."
        from reportgen.sources.reading import READERS

        raise SourceError(f"no sources found (reads {', '.join(sorted(READERS))})", path=where)
    failed: list[tuple[Document, str]] = []
    briefing = summarize(
        documents,
        areas=settings.areas,
        area_hints=settings.area_hints,
        max_figures=None,  # the writers show settings.max_figures of them
        max_quotes=settings.max_quotes,  # the writers show these; the briefing keeps every quote
        every_quote=True,
        title=settings.title,
        date=settings.date,
        workers=usable_cores() if workers is None else workers,
        on_failure=lambda doc, why: failed.append((doc, why)),
    )
    if failed:  # a fault of ours that a source's text brings out: that source only is left out
        problems += [SourceError(f"could not be summarized ({why}); this is a bug in reportgen, "
                                 "please report it with this file", path=doc.path) for doc, why in failed]
        left_out = {doc.id for doc, _ in failed}
        documents = [doc for doc in documents if doc.id not in left_out]
        if not documents:
            raise NoUsableSource(problems)
    return Summary(briefing, tuple(documents), tuple(problems))


class Outputs:
    """The writers of the chosen formats, ready before the briefing is: `prepare_outputs` makes them."""

    def __init__(self, wanted: Sequence[str], writers: dict[str, Standby]) -> None:
        self._wanted = wanted
        self._writers = writers

    def write(self, briefing: Briefing, *, out_dir: Path, protect: Iterable[str | Path] = ()) -> list[Path]:
        """Render ``briefing`` in every format, then write the files atomically; return their paths.

        Nothing is written unless every format rendered, so a failing writer leaves
        the previous outputs as they were. ``protect`` lists files (the sources)
        an output must never replace.
        """
        for writer in self._writers.values():
            writer.send(briefing)
        made = {WRITERS[name].filename: writer.result() for name, writer in self._writers.items()}
        rendered = {out_dir / WRITERS[name].filename: made[WRITERS[name].filename]
                    for name in WRITERS if name in self._wanted}
        if "pdf" in self._wanted:
            from reportgen.pdf import convert_to_pdf

            pdfs = convert_to_pdf({f: d for f, d in made.items() if not f.endswith(".json")})
            rendered.update({out_dir / name: data for name, data in pdfs.items()})
        protected = {Path(p).resolve() for p in protect}
        for target in rendered:
            if target.resolve() in protected:
                raise OutputError("output would overwrite a source; choose another --out", path=target)
        from reportgen.outputs import write_all

        return write_all(rendered)

    def close(self) -> None:
        """Let go of writers that were not used (no briefing could be made)."""
        for writer in self._writers.values():
            writer.close()

    def __enter__(self) -> Outputs:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def prepare_outputs(
    formats: Iterable[str],
    *,
    settings: Settings,
    templates: Path | None = None,
    report: Report = _quiet,
    workers: int = 1,
) -> Outputs:
    """Check the templates of ``formats`` and get their writers ready; use it as a context manager.

    Every template is checked first, so that a broken one stops a build before its sources are
    read. With ``workers`` > 1 the Word and PowerPoint writers each load (python-docx or
    python-pptx, and the writer's own modules) in a process of their own while this one reads and
    summarizes, then render there at once: the same bytes either way.
    """
    from reportgen.parallel import Standby

    wanted = list(dict.fromkeys(formats))
    names = [name for name in WRITERS if name in wanted or ("pdf" in wanted and name != "json")]
    folders = [_template_folder(name, templates, report) for name in names]  # every template checked first
    # JSON takes a millisecond: never worth a process.
    return Outputs(wanted, {name: Standby(partial(_writer, name, folder, settings),
                                          fork=workers > 1 and name != "json")
                            for name, folder in zip(names, folders, strict=True)})


def _writer(name: str, folder: Path, settings: Settings) -> Callable[[Briefing], bytes]:
    return partial(WRITERS[name].load(), templates=folder, settings=settings)


def render_outputs(
    briefing: Briefing,
    *,
    out_dir: Path,
    formats: Iterable[str],
    settings: Settings,
    templates: Path | None = None,
    protect: Iterable[str | Path] = (),
    report: Report = _quiet,
    workers: int = 1,
) -> list[Path]:
    """Render ``briefing`` in every format and write the files: `prepare_outputs`, then write."""
    with prepare_outputs(formats, settings=settings, templates=templates, report=report,
                         workers=workers) as outputs:
        return outputs.write(briefing, out_dir=out_dir, protect=protect)


def _template_folder(name: str, templates: Path | None, report: Report) -> Path:
    """Return the folder of the template format ``name`` renders with, once it is known to be a plain
    Office file."""
    if name == "json":
        return Path(".")
    filename = WRITERS[name].filename
    folder = template_folder(filename, templates)
    problems = check_package(folder / filename)
    if problems:
        raise TemplateError(problems[0])
    report(f"{name}: template {folder / filename}")
    return folder


def recheck_citations(briefing: Briefing, base: Path) -> list[str]:
    """Compare every figure and quote with the span it cites; describe each that no longer matches.

    Sources that cannot be read are passed over: a briefing can be rendered
    without them.
    """
    from reportgen.sources import read_document

    texts: dict[str, str | None] = {}
    for src in briefing.sources:
        path = Path(src.path)
        candidates = [path] if path.is_absolute() else [path, base / path]
        texts[src.id] = None
        for candidate in candidates:
            try:
                texts[src.id] = read_document(candidate, src.id).text
                break
            except ReportgenError:
                continue
    warnings = []
    items = [("figures", i, f.text, f.cite) for i, f in enumerate(briefing.figures)]
    items += [("quotes", i, q.text, q.cite) for i, q in enumerate(briefing.quotes)]
    for kind, index, text, cites in items:
        checked = [c for c in cites if texts.get(c.source) is not None]
        if not checked:
            continue
        if not any(texts[c.source][c.start : c.end] == text for c in checked):  # type: ignore[index]
            c = checked[0]
            warnings.append(
                f"{kind}[{index}]: {text!r} does not match its source {c.source} "
                f"at {c.start}-{c.end}; was it edited?"
            )
    return warnings
