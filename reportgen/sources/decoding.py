"""Bytes to text: the decoded text is what every citation's offsets point into.

`decode` never cleans what it decodes: ``data.decode(encoding) == text`` holds
for the ``(text, encoding)`` it returns, so a citation found in the text can
always be traced back to the file.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SAMPLE = 65536
"""Bytes looked at when guessing; whole files are only decoded, never scanned twice."""

_SIGNATURES = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a zip archive or Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc/.xls)"),
    (b"\x7fELF", "a program"),
)

_CJK = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HIGH = re.compile(rb"[\x80-\xff]+")


_LETTER = re.compile(r"[^\W\d_]")


def has_text(text: str) -> bool:
    """Return True when ``text`` holds at least one letter (in any script), i.e. something to summarize."""
    return _LETTER.search(text) is not None


def first_line(exc: BaseException) -> str:
    """Return the first line of an exception's message (or its type), short enough for a one-line error."""
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:120]


class NotText(ValueError):
    """The bytes are binary data, not text in any encoding we read."""


def sniff(data: bytes) -> str | None:
    """Return what a binary file looks like (``"a PDF file"``), or None if it has no known signature."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return what
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """Spot BOM-less UTF-16 by its zero bytes (newlines, ASCII) falling on one side of each pair.

    CJK text has few zero bytes, but real files hold at least a newline or a
    digit; binary data has zeros on both sides.
    """
    sample = sample[: len(sample) - len(sample) % 2]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd and even <= 0.2 * odd:
        return "utf-16-le"
    if even and odd <= 0.2 * even:
        return "utf-16-be"
    return None


def _plausible(text: str) -> bool:
    """True when decoded text holds almost no unassigned, private-use or control characters."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    odd = sum(
        1
        for ch in sample
        if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or unicodedata.category(ch) in ("Cn", "Co", "Cs")
    )
    return odd <= 0.01 * len(sample)


def _mostly_cjk(text: str) -> bool:
    """True when most non-ASCII characters are Chinese, Japanese or Korean."""
    sample = text[:_SAMPLE]
    wide = sum(1 for ch in sample if ord(ch) > 127)
    return wide > 0 and len(_CJK.findall(sample)) >= 0.8 * wide


def _western(sample: bytes) -> bool:
    """True when high bytes stand mostly alone among ASCII, as accents do in Western text.

    Cyrillic, Greek or Chinese in a one-byte or two-byte legacy encoding puts
    high bytes in runs (whole words), which this tells apart.
    """
    runs = _HIGH.findall(sample)
    if not runs:
        return True
    alone = sum(1 for r in runs if len(r) == 1)
    return alone >= 0.6 * len(runs)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for raw bytes; raise NotText for binary data.

    Order: a byte-order mark; BOM-less UTF-16 when there are NUL bytes (else
    binary); strict UTF-8; cp1252 (latin-1 for bytes cp1252 leaves undefined)
    when high bytes stand alone as Western accents do; then Japanese
    if charset-normalizer (imported only here, on a 64 KB sample) finds kana; GB18030
    when it yields Chinese; charset-normalizer's guess; finally cp1252/latin-1.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is not None:
                return text, encoding
    what = sniff(data)
    if what:
        raise NotText(f"binary data, not text (looks like {what})")
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        # Text files hold no NUL bytes, so even valid UTF-8 with them is UTF-16 (Cyrillic, Arabic) or binary.
        utf16 = _utf16_without_bom(sample)
        text = _try(data, utf16) if utf16 else None
        if utf16 and text is not None and _plausible(text):
            return text, utf16
        raise NotText("binary data, not text")
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    if _western(sample):
        return _western_text(data)
    return _legacy_text(data)


def _legacy_text(data: bytes) -> tuple[str, str]:
    """Decode text in a multi-byte or non-Latin legacy encoding (GB18030, Shift-JIS, cp1251, ...).

    Choices are made on a sample; the whole file is decoded once, strictly.
    """
    from charset_normalizer import from_bytes

    sample = _whole_characters(data[:_SAMPLE]) if len(data) > _SAMPLE else data
    best = from_bytes(sample).best()
    guess = best.encoding if best is not None and best.encoding not in ("utf_8", "ascii") else None
    guessed = _try(sample, guess) if guess else None
    if guess and guessed is not None and _KANA.search(guessed):
        text = _try(data, guess)
        if text is not None:
            return text, guess
    chinese = _try(sample, "gb18030")
    if chinese is not None and _mostly_cjk(chinese):
        text = _try(data, "gb18030")
        if text is not None:
            return text, "gb18030"
    text = _try(data, guess) if guess else None
    return (text, guess) if text is not None and guess else _western_text(data)


def _whole_characters(sample: bytes) -> bytes:
    """Cut a sample after its last byte below 0x40, which no legacy multi-byte encoding uses mid-character."""
    for cut in range(len(sample) - 1, len(sample) // 2, -1):
        if sample[cut] < 0x40:
            return sample[: cut + 1]
    return sample


def _western_text(data: bytes) -> tuple[str, str]:
    text = _try(data, "cp1252")
    if text is not None:
        return text, "cp1252"
    return data.decode("latin-1"), "latin-1"
