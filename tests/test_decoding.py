"""Decoding: every encoding users send us comes back as the text they wrote, and bytes never crash it."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportgen.sources.decoding import NotText, decode, has_text

ENGLISH = "The mayor said: “We will build 40 new schools.” It’s a plan – worth €5 million.\n"
FRENCH = "Le café a coûté 3 €. « Nous sommes prêts », a déclaré la ministre.\n"
GERMAN = "Die Größe der Straße überrascht.\n"
CHINESE = "北京市人民政府今天召开新闻发布会，介绍京津冀协同发展情况。\n国务院新闻办公室2025年3月5日举行。\n"
RUSSIAN = "Министр заявил, что бюджет вырастет на 21 процент.\n"
ARABIC = "قال الوزير إن الميزانية ستزيد بنسبة 21 في المئة.\n"


@pytest.mark.parametrize(
    ("text", "data", "expected"),
    [
        (ENGLISH, ENGLISH.encode("utf-8"), "utf-8"),
        (ENGLISH, codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8-sig"),
        (FRENCH, codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), "utf-16"),
        (FRENCH, codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), "utf-16"),
        (FRENCH, FRENCH.encode("utf-16-le"), "utf-16-le"),
        (FRENCH, FRENCH.encode("utf-16-be"), "utf-16-be"),
        (CHINESE, CHINESE.encode("utf-16-le"), "utf-16-le"),
        (CHINESE, CHINESE.encode("utf-16-be"), "utf-16-be"),
        (RUSSIAN, RUSSIAN.encode("utf-16-le"), "utf-16-le"),
        (ARABIC, ARABIC.encode("utf-16-be"), "utf-16-be"),
        (CHINESE, CHINESE.encode("gb18030"), "gb18030"),
        ("中国", "中国".encode("gb18030"), "gb18030"),
        (ENGLISH, ENGLISH.encode("cp1252"), "cp1252"),
        (FRENCH, FRENCH.encode("cp1252"), "cp1252"),
        (GERMAN, GERMAN.encode("latin-1"), "cp1252"),
        ("As ações não serão adiadas.", "As ações não serão adiadas.".encode("cp1252"), "cp1252"),
        ("Byte \x81 undefined in cp1252: é", "Byte \x81 undefined in cp1252: é".encode("latin-1"), "latin-1"),
        (RUSSIAN, RUSSIAN.encode("cp1251"), "cp1251"),
    ],
)
def test_decode_gives_back_the_text_and_names_the_encoding(text: str, data: bytes, expected: str) -> None:
    decoded, encoding = decode(data)
    assert decoded == text
    assert encoding == expected


def test_the_text_keeps_every_character_so_offsets_hold() -> None:
    raw = "a\r\nb\x0bc\u200fd\ufffe\x1f"
    assert decode(raw.encode("utf-8")) == (raw, "utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text (looks like a PNG image)"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary data, not text (looks like a zip archive or Office file)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary data, not text (looks like a PDF file)"),
        (bytes(range(256)) * 4, "binary data, not text"),
    ],
)
def test_binary_data_is_refused_with_what_it_looks_like(data: bytes, message: str) -> None:
    with pytest.raises(NotText) as caught:
        decode(data)
    assert str(caught.value) == message


@given(st.binary(max_size=4096))
@settings(max_examples=300, deadline=None)
def test_arbitrary_bytes_never_crash_decode_and_the_encoding_reproduces_the_text(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except NotText:
        return
    assert data.decode(encoding) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hello", True), ("北京", True), ("שלום", True), ("12 345 -- 67%", False), ("\n\t ... \x0c", False)],
)
def test_has_text_needs_a_letter_in_any_script(text: str, expected: bool) -> None:
    assert has_text(text) is expected
