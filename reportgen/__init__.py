"""reportgen: turn a folder of sources into a Word briefing and a PowerPoint deck."""

__version__ = "0.1.0"
