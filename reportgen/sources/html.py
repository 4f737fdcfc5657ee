"""HTML pages: the article's main text, without menus, scripts or footer.

trafilatura (imported only when an HTML source is read) finds the main text
of real pages best; when it is missing or finds nothing, a standard-library
parser keeps all text outside scripts, styles and page furniture.
Paragraphs are joined by blank lines, as in the other converted formats.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reportgen.sources.decoding import decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

_SKIP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                   "svg", "iframe", "head", "button", "select"})
_BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
                    "th", "table", "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl",
                    "figcaption", "figure", "hr", "title", "body"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
                   "track", "wbr", "param"})

_AS_BROWSERS_DO = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030"}
"""Declared charsets that browsers read as a superset (WHATWG Encoding Standard)."""


def _decode_html(data: bytes) -> tuple[str, str]:
    """Decode a page by its declared charset when that works, else by guessing."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii").lower()
        name = _AS_BROWSERS_DO.get(name, name)
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            pass
    return decode(data)


def _paragraphs(lines: str) -> str:
    return "\n\n".join(line.strip() for line in lines.splitlines() if line.strip())


class _TextParser(HTMLParser):
    """Collect visible text outside page furniture, breaking paragraphs at block tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skipping.append(tag)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag in _SKIP and tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"[ \t\r\f\v]+", " ", data.replace("\n", " ")))


def extract_plain(html: str) -> str:
    """Return the visible text of ``html`` without scripts, styles, menus, headers, footers or asides."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return _paragraphs("".join(parser.parts))


def read_html(data: bytes) -> tuple[str, str]:
    """Return the main text of an HTML page and how it was read (encoding and extractor)."""
    html, encoding = _decode_html(data)
    try:
        import trafilatura
    except ImportError:
        return extract_plain(html), f"{encoding}, html.parser"
    try:
        main = trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False)
    except Exception:  # a page trafilatura chokes on still has text the plain parser can find
        main = None
    if main and main.strip():
        return _paragraphs(main), f"{encoding}, trafilatura"
    return extract_plain(html), f"{encoding}, html.parser"
