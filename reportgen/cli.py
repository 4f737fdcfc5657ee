"""The command line: parse options, build one Settings, run the pipeline, map errors to exit codes.

Heavy modules are imported inside the commands so that ``--help`` is instant.
Status goes to stderr, payload (``outline``) to stdout.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from reportgen import __version__
from reportgen.writers import FORMATS


class Console:
    """Status lines on stderr, honouring --quiet and --verbose."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose

    def info(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)

    def detail(self, message: str) -> None:
        if self.verbose and not self.quiet:
            click.echo(message, err=True)

    def warn(self, message: str) -> None:
        click.echo(f"warning: {message}", err=True)


def _settings(config: Path | None, console: Console | None = None, **overrides: Any) -> Any:
    """Defaults, then the settings file, then command-line flags.

    The settings file is ``--config``, else ./reportgen.toml, else the one
    ``templates init`` wrote in ./templates.
    """
    from dataclasses import replace

    from reportgen.settings import SETTINGS_FILE, Settings, load_settings

    settings = Settings()
    found = [p for p in (Path(SETTINGS_FILE), Path("templates") / SETTINGS_FILE) if p.is_file()]
    path = config if config is not None else (found[0] if found else None)
    if path is not None:
        settings = load_settings(path, settings)
        if console:
            console.detail(f"settings from {path}")
    return replace(settings, **{k: v for k, v in overrides.items() if v is not None})


PROGRESS_FROM = 20
"""Show a progress bar when reading at least this many sources (and stderr is a terminal)."""


def _progress(console: Console) -> Any:
    """Return a wrapper that shows a progress bar over many files, only on a terminal."""

    def wrap(files: list[Path]) -> Any:
        if console.quiet or len(files) < PROGRESS_FROM or not sys.stderr.isatty():
            yield from files
            return
        with click.progressbar(files, label="reading sources", file=sys.stderr) as bar:
            yield from bar

    return wrap


def _workers(jobs: int | None) -> int:
    """Return the processes a command may use: ``--jobs``, else every usable core."""
    from reportgen.parallel import usable_cores

    return usable_cores() if jobs is None else jobs


def _summarize(sources: tuple[str, ...], settings: Any, console: Console, jobs: int | None = None) -> Any:
    from reportgen.pipeline import summarize_paths

    summary = summarize_paths(list(sources) or ["seeds"], settings, progress=_progress(console),
                              workers=_workers(jobs))
    for problem in summary.problems:
        console.warn(f"{problem.format_message()} (skipped)")
    for doc in summary.documents:
        console.detail(f"read {doc.path} as {doc.id} ({doc.encoding}, {len(doc.text):,} characters)")
    return summary


verbosity = [
    click.option("-q", "--quiet", is_flag=True, help="Print errors only."),
    click.option("-v", "--verbose", is_flag=True, help="Say what was read and which templates were used."),
]


def _verbosity(func: Any) -> Any:
    for option in reversed(verbosity):
        func = option(func)
    return func


def _summary_options(func: Any) -> Any:
    func = click.option(
        "--config", type=click.Path(dir_okay=False, path_type=Path),
        help="Settings file (TOML); default ./reportgen.toml when present.",
    )(func)
    func = click.option("--title", help="Use this briefing title instead of the derived one.")(func)
    func = click.option("--date", help="Use this briefing date (YYYY-MM-DD).")(func)
    func = click.option(
        "--areas", type=click.IntRange(1, 12), help="How many thematic areas (default 4)."
    )(func)
    func = click.option(
        "-j", "--jobs", type=click.IntRange(min=1),
        help="Processes to work in: a large input is studied in them, and the Word and PowerPoint files"
        " render at once (default: all cores; small inputs use one).",
    )(func)
    return func


def _output_options(func: Any) -> Any:
    func = click.option(
        "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
        show_default=True, help="Folder to write the outputs to.",
    )(func)
    func = click.option(
        "--templates", type=click.Path(file_okay=False, path_type=Path),
        help="Folder holding brief.docx and deck.pptx (default: ./templates, else the shipped ones).",
    )(func)
    func = click.option(
        "--format", "formats", type=click.Choice(FORMATS), multiple=True,
        help="Output to write; repeat for several (default: all).",
    )(func)
    return func


class _Group(click.Group):
    """Turns an unexpected failure into one error line; REPORTGEN_DEBUG=1 shows the traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            import os

            if os.environ.get("REPORTGEN_DEBUG"):
                raise
            from reportgen.errors import ReportgenError

            raise ReportgenError(
                f"internal error: {type(exc).__name__}: {exc} (set REPORTGEN_DEBUG=1 for details)"
            ) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportgen")
def main() -> None:
    """Turn a folder of source documents into a Word briefing and a PowerPoint deck.

    \b
    Examples:
      reportgen build                      # seeds/ -> out/brief.docx, deck.pptx, briefing.json
      reportgen outline article.txt        # the briefing as JSON on stdout
      reportgen render out/briefing.json   # re-render a hand-edited briefing
    """


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=str))
@_output_options
@_summary_options
@_verbosity
def build(
    sources: tuple[str, ...], out_dir: Path, templates: Path | None, formats: tuple[str, ...],
    title: str | None, date: str | None, areas: int | None, jobs: int | None, config: Path | None,
    quiet: bool, verbose: bool,
) -> None:
    """Summarize SOURCES (files or folders; default seeds/) and write the briefing files.

    \b
    Examples:
      reportgen build
      reportgen build reports/ --out briefing/ --format docx
      reportgen build a.txt b.md --templates my-templates/ --title "Delta visit"
    """
    from reportgen.pipeline import prepare_outputs

    console = Console(quiet, verbose)
    settings = _settings(config, console, title=title, date=date, areas=areas)
    with prepare_outputs(formats or settings.formats, settings=settings, templates=templates,
                         report=console.detail, workers=_workers(jobs)) as outputs:  # load while summarizing
        summary = _summarize(sources, settings, console, jobs)
        sources_read = [d.path for d in summary.documents]
        written = outputs.write(summary.briefing, out_dir=out_dir, protect=sources_read)
    for path in written:
        console.info(f"wrote {path}")


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON to this file instead of stdout.")
@click.option("--sources-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write each source's text as read (what citations index into) to this folder.")
@_summary_options
@_verbosity
def outline(
    sources: tuple[str, ...], output: Path | None, sources_dir: Path | None, title: str | None,
    date: str | None,
    areas: int | None, jobs: int | None, config: Path | None, quiet: bool, verbose: bool,
) -> None:
    """Print the briefing outline of SOURCES as JSON (schema reportgen.briefing/1).

    \b
    Examples:
      reportgen outline seeds/000_f8eaff4278f8fd4d.txt
      reportgen outline reports/ -o briefing.json
      reportgen outline page.html --sources-dir texts/   # see what citations point into
    """
    console = Console(quiet, verbose)
    settings = _settings(config, console, title=title, date=date, areas=areas)
    summary = _summarize(sources, settings, console, jobs)
    if sources_dir is not None:
        from reportgen.sources import write_source_texts

        for path in write_source_texts(summary.documents, sources_dir):
            console.detail(f"wrote {path}")
    text = summary.briefing.to_json()
    if output is None:
        click.echo(text, nl=False)
    else:
        from reportgen.outputs import write_atomic

        write_atomic(output, text.encode("utf-8"))
        console.info(f"wrote {output}")


@main.command()
@click.argument("briefing_file", metavar="BRIEFING.json", type=click.Path(dir_okay=False, path_type=Path))
@_output_options
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path),
              help="Settings file (TOML); default ./reportgen.toml when present.")
@_verbosity
def render(
    briefing_file: Path, out_dir: Path, templates: Path | None, formats: tuple[str, ...],
    config: Path | None, quiet: bool, verbose: bool,
) -> None:
    """Render a (hand-edited) briefing JSON without summarizing again.

    Figures and quotes are checked against the sources they cite, where those
    can be read, with a warning for any that no longer match.

    \b
    Examples:
      reportgen render out/briefing.json --out other/
      reportgen render edited.json --format pptx
    """
    from reportgen.errors import BriefingError, SourceError
    from reportgen.model import Briefing
    from reportgen.pipeline import recheck_citations, render_outputs

    console = Console(quiet, verbose)
    try:
        text = briefing_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read briefing: {getattr(exc, 'strerror', None) or exc}",
                          path=briefing_file) from None
    try:
        briefing = Briefing.from_json(text)
    except BriefingError as exc:
        raise BriefingError(exc.message, path=briefing_file) from None
    for warning in recheck_citations(briefing, briefing_file.parent):
        console.warn(warning)
    settings = _settings(config, console)
    written = render_outputs(
        briefing, out_dir=out_dir, formats=formats or settings.formats, settings=settings,
        templates=templates, report=console.detail, workers=_workers(None),
    )
    for path in written:
        console.info(f"wrote {path}")


@main.group()
def templates() -> None:
    """Write the default templates for you to restyle, and check templates you edited."""


@templates.command("init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=Path("templates"))
@click.option("--force", is_flag=True, help="Replace files that are already there.")
def templates_init(folder: Path, force: bool) -> None:
    """Write brief.docx, deck.pptx and a commented reportgen.toml into FOLDER (default templates/).

    \b
    Examples:
      reportgen templates init
      reportgen templates init brand/ --force
    """
    from reportgen.errors import OutputError
    from reportgen.outputs import write_atomic
    from reportgen.templates import TEMPLATE_FILES, shipped_templates_dir

    shipped = shipped_templates_dir()
    existing = [folder / name for name in TEMPLATE_FILES if (folder / name).exists()]
    if existing and not force:
        names = ", ".join(p.name for p in existing)
        raise OutputError(f"already holds {names}; use --force to replace", path=folder)
    for name in TEMPLATE_FILES:
        write_atomic(folder / name, (shipped / name).read_bytes())
        click.echo(f"wrote {folder / name}", err=True)
    click.echo(
        f"Edit them in Word, PowerPoint and a text editor; builds in this folder use {folder}/ "
        "(or pass --templates and --config).",
        err=True,
    )


@templates.command("check")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=Path("templates"))
def templates_check(folder: Path) -> None:
    """Check that the templates in FOLDER have every style and layout reportgen needs.

    \b
    Examples:
      reportgen templates check
      reportgen templates check brand/
    """
    from reportgen.errors import TemplateError
    from reportgen.templates import check_templates

    if not folder.is_dir():
        raise TemplateError("templates folder not found", path=folder)
    problems = check_templates(folder)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if problems:
        raise SystemExit(1)
    click.echo(f"{folder}: templates are complete", err=True)


@main.command()
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--per-file", is_flag=True, help="One briefing per source file in DIR, not per subfolder.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Briefings built at once (default: cores).")
@_output_options
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path),
              help="Settings file (TOML); default ./reportgen.toml when present.")
@_verbosity
def batch(
    folder: Path, per_file: bool, jobs: int | None, out_dir: Path, templates: Path | None,
    formats: tuple[str, ...], config: Path | None, quiet: bool, verbose: bool,
) -> None:
    """Build one briefing per subfolder of DIR (or per file), several at once, into OUT/<name>/.

    A folder that fails is named in the summary and the others are still
    built; the exit status is 1 if any failed.

    \b
    Examples:
      reportgen batch clients/ --out briefings/
      reportgen batch wire/ --per-file --jobs 4 --format json
    """
    from reportgen.batch import JobResult, describe, plan_jobs, run_batch
    from reportgen.errors import ReportgenError

    console = Console(quiet, verbose)
    settings = _settings(config, console)
    planned = plan_jobs(folder, out_dir=out_dir, per_file=per_file)
    workers = _workers(jobs)
    console.detail(f"{len(planned)} briefings, {min(workers, len(planned))} at a time")
    show_bar = not quiet and sys.stderr.isatty()
    with click.progressbar(length=len(planned), label="building", file=sys.stderr,
                           hidden=not show_bar) as bar:

        def done(result: JobResult) -> None:
            bar.update(1)

        results = run_batch(planned, workers=workers, formats=formats or settings.formats,
                            settings=settings, templates=templates, on_done=done)
    for result in results:
        for warning in result.warnings:
            console.warn(f"{result.name}: {warning}")
        for path in result.written:
            console.detail(f"wrote {path}")
    summary = describe(results)
    if not all(r.ok for r in results):
        raise ReportgenError(summary)
    console.info(summary)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
