"""One error family: every failure a user can cause, as a one-line message.

Library code raises these and never prints or exits; the CLI shows them as
``error: <file>: <what>`` and exits 1, with no traceback.
"""

from __future__ import annotations

from typing import IO, Any

import click


class ReportgenError(click.ClickException):
    """A problem with the user's input, named by file and what is wrong."""

    exit_code = 1

    def __init__(self, message: str, *, path: object | None = None) -> None:
        self.path = None if path is None else str(path)
        super().__init__(f"{self.path}: {message}" if self.path else message)

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.format_message()}", file=file, err=file is None)


class SourceError(ReportgenError):
    """A source file cannot be read or holds nothing usable."""


class BriefingError(ReportgenError):
    """A briefing JSON file does not follow the schema; the message names the field."""


class TemplateError(ReportgenError):
    """A template is missing, broken, or lacks a style or layout the writers need."""


class SettingsError(ReportgenError):
    """A settings file has an unknown key or a value of the wrong type."""


class OutputError(ReportgenError):
    """An output file cannot be written."""
