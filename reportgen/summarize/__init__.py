"""The summarizer: sources in, one cited `Briefing` out. Knows nothing of Word or PowerPoint."""

from reportgen.summarize.briefing import summarize

__all__ = ["summarize"]
