"""Reading sources: every format users have; each bad file reported in one line while the rest are read."""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.cli import main
from reportgen.errors import SourceError
from reportgen.sources import MAX_BYTES, collect_paths, read_sources, write_source_texts
from reportgen.sources.html import extract_plain

GOOD = "The council approved the budget on Monday. Spending on schools rises 21 percent.\n"


def make_pdf(pages: list[str]) -> bytes:
    """A minimal PDF whose pages carry ``pages`` as a text layer (an empty string gives a page with none)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, text in enumerate(pages):
        shown = " ".join(f"({line}) Tj T*" for line in text.split("\n")) if text else ""
        stream = f"BT /F1 12 Tf 72 720 Td 14 TL {shown} ET".encode("latin-1") if text else b""
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    document.save(str(path))
    return path


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A good source beside each bad one, to show the others are still read."""
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def read_one_bad(tmp_path: Path, good: Path, name: str, data: bytes) -> str:
    """Read a bad file beside a good one; return the bad file's one message, having checked the good one."""
    bad = tmp_path / name
    bad.write_bytes(data)
    documents, problems = read_sources([tmp_path])
    assert [d.path for d in documents] == [str(good)]
    assert documents[0].text == GOOD
    assert len(problems) == 1
    message = str(problems[0].format_message())
    assert message.startswith(f"{bad}: ")
    assert "\n" not in message
    return message[len(f"{bad}: "):]


# --- formats ---------------------------------------------------------------------------------------


def test_markdown_is_read_as_the_file_says(tmp_path: Path) -> None:
    text = "# Budget\n\nThe **council** approved it.\r\n"
    (tmp_path / "a.md").write_bytes(text.encode("utf-8"))
    documents, problems = read_sources([tmp_path])
    assert problems == []
    assert documents[0].text == text



def test_caption_files_from_meeting_and_video_apps_are_read_as_their_text(tmp_path: Path) -> None:
    vtt = "WEBVTT\n\n1\n00:00:02.340 --> 00:00:06.180\n<v Ruth Abernethy>Good evening, everyone.</v>\n"
    srt = "1\r\n00:00:03,200 --> 00:00:06,900\r\n<i>We cut 40 sailings.</i>\r\n"
    (tmp_path / "meeting.vtt").write_text(vtt, encoding="utf-8")
    (tmp_path / "interview.SRT").write_bytes(srt.encode("utf-8"))
    documents, problems = read_sources([tmp_path])
    assert problems == []
    assert [(Path(d.path).name, d.text) for d in documents] == [("interview.SRT", srt), ("meeting.vtt", vtt)]

PAGE = """<!doctype html><html><head><title>City news</title><style>p{color:red}</style>
<script>var tracking = "Subscribe now to our newsletter";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport menu</a></nav>
<header><p>Daily Herald navigation banner</p></header>
<article><h1>Council approves budget</h1>
<p>The city council approved a budget of 3.2 billion dollars on Monday, after a long debate.</p>
<p>"We are proud of this plan," said Mayor Ana Ruiz. Spending on schools rises 21 percent.</p>
<p>The new budget takes effect in July and runs for two years, officials said.</p></article>
<aside>Most read: ten recipes for summer</aside>
<footer>Copyright 2025 Daily Herald. All rights reserved.</footer></body></html>"""


def test_html_gives_the_article_not_the_menus_scripts_or_footer(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (doc,), problems = read_sources([tmp_path])
    assert problems == []
    assert "approved a budget of 3.2 billion dollars" in doc.text
    assert '"We are proud of this plan," said Mayor Ana Ruiz.' in doc.text
    for furniture in ("Sport menu", "Subscribe now", "Copyright", "color:red", "ten recipes"):
        assert furniture not in doc.text
    assert "\n\n" in doc.text
    assert doc.encoding == "utf-8, trafilatura"


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("Ana Ruiz", "Ana Ruíz")
    (tmp_path / "page.htm").write_bytes(page.encode("cp1252"))
    (doc,), _ = read_sources([tmp_path])
    assert "Mayor Ana Ruíz" in doc.text
    assert doc.encoding.startswith("windows-1252")


def test_html_without_trafilatura_falls_back_to_the_standard_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (doc,), problems = read_sources([tmp_path])
    assert problems == []
    assert doc.encoding == "utf-8, html.parser"
    assert "Mayor Ana Ruiz" in doc.text
    assert "Sport menu" not in doc.text and "Copyright" not in doc.text and "Subscribe" not in doc.text


def test_plain_html_parser_breaks_paragraphs_at_blocks() -> None:
    text = extract_plain("<p>One  line.</p><div>Two<br>three</div><script>x()</script><footer>f</footer>")
    assert text == "One line.\n\nTwo\n\nthree"


def test_docx_paragraphs_and_tables_joined_by_blank_lines(tmp_path: Path) -> None:
    make_docx(tmp_path / "memo.docx", ["Budget memo", "", "Schools get 21 percent more."],
              table=[["Item", "Share"], ["Schools", "21%"]])
    (doc,), problems = read_sources([tmp_path])
    assert problems == []
    assert doc.text == "Budget memo\n\nSchools get 21 percent more.\n\nItem | Share\n\nSchools | 21%"
    assert doc.encoding == "docx"


def test_pdf_text_layer_pages_joined_by_blank_lines(tmp_path: Path) -> None:
    pages = ["The council met.\nIt approved the budget.", "Page two."]
    (tmp_path / "report.pdf").write_bytes(make_pdf(pages))
    (doc,), problems = read_sources([tmp_path])
    assert problems == []
    assert doc.text == "The council met.\nIt approved the budget.\n\nPage two."
    assert doc.encoding == "pdf text layer"


def test_stdin_is_read_as_a_source_named_stdin(good: Path) -> None:
    data = "Standard input: the minister spoke.\n".encode("utf-16")
    documents, problems = read_sources(["-", good], stdin=io.BytesIO(data))
    assert problems == []
    assert [(d.id, d.path) for d in documents] == [("S1", "<stdin>"), ("S2", str(good))]
    assert documents[0].text == "Standard input: the minister spoke.\n"
    assert documents[0].encoding == "utf-16"


def test_stdin_holding_a_pdf_is_read_as_one() -> None:
    (doc,), _ = read_sources(["-"], stdin=io.BytesIO(make_pdf(["Piped report text."])))
    assert doc.text == "Piped report text."


def test_empty_stdin_is_reported(good: Path) -> None:
    documents, problems = read_sources(["-", good], stdin=io.BytesIO(b""))
    assert [d.path for d in documents] == [str(good)]
    assert [p.format_message() for p in problems] == ["<stdin>: empty file"]


def test_extracted_texts_are_written_so_citations_can_be_followed(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    make_docx(src / "Press release.docx", ["Minister: “We act now.”", "Second paragraph."])
    (src / "notes.txt").write_bytes("Line one\r\nLine two — 北京\n".encode())
    documents, _ = read_sources([src])
    written = write_source_texts(documents, tmp_path / "texts")
    assert [p.name for p in written] == ["S1-Press_release.txt", "S2-notes.txt"]
    for doc, path in zip(documents, written, strict=True):
        assert path.read_bytes().decode("utf-8") == doc.text
    start = documents[1].text.index("北京")
    with written[1].open(encoding="utf-8", newline="") as f:
        assert f.read()[start : start + 2] == "北京"


# --- folders -----------------------------------------------------------------------------------------


def test_folders_are_read_recursively_sorted_skipping_hidden_files_and_our_outputs(tmp_path: Path) -> None:
    for name in ["b/z.txt", "b/a.md", "a.txt", ".hidden.txt", ".git/x.txt", "~$lock.docx", "brief.docx",
                 "deck.pptx", "picture.jpg", "c/briefing.json"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(GOOD, encoding="utf-8")
    documents, problems = read_sources([tmp_path])
    assert problems == []
    assert [(d.id, Path(d.path).relative_to(tmp_path).as_posix()) for d in documents] == [
        ("S1", "a.txt"), ("S2", "b/a.md"), ("S3", "b/z.txt")
    ]


def test_a_file_named_twice_is_read_once(good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(good.parent)
    files, problems = collect_paths([good, "good.txt", good.parent])
    assert files == [good] and problems == []


def test_thousands_of_files_are_read_quickly(tmp_path: Path) -> None:
    for i in range(3000):
        folder = tmp_path / f"d{i % 30:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"f{i:04d}.txt").write_text(f"Source number {i} says the budget rose.\n", encoding="utf-8")
    began = time.perf_counter()
    documents, problems = read_sources([tmp_path])
    took = time.perf_counter() - began
    assert problems == [] and len(documents) == 3000
    assert [d.id for d in documents[:2]] == ["S1", "S2"] and documents[-1].id == "S3000"
    assert took < 3.0, f"3,000 files took {took:.2f} s"


# --- bad input ---------------------------------------------------------------------------------------


def test_missing_path(good: Path, tmp_path: Path) -> None:
    documents, problems = read_sources([good, tmp_path / "nope.txt"])
    assert [d.path for d in documents] == [str(good)]
    assert [p.format_message() for p in problems] == [f"{tmp_path / 'nope.txt'}: no such file or folder"]


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t  "])
def test_empty_file(tmp_path: Path, good: Path, data: bytes) -> None:
    assert read_one_bad(tmp_path, good, "empty.txt", data) == "empty file"


def test_binary_file_with_a_text_extension(tmp_path: Path, good: Path) -> None:
    data = bytes(range(256)) * 64
    assert read_one_bad(tmp_path, good, "data.txt", data) == "binary data, not text"


def test_pdf_renamed_to_txt_says_what_it_looks_like(tmp_path: Path, good: Path) -> None:
    message = read_one_bad(tmp_path, good, "report.txt", make_pdf(["Hello"]))
    assert message == "binary data, not text (looks like a PDF file)"


def test_control_heavy_file_is_binary(tmp_path: Path, good: Path) -> None:
    data = ("ab\x01\x02\x03\x04" * 500).encode("ascii")
    assert read_one_bad(tmp_path, good, "ctl.txt", data) == "binary data, not text"


def test_unsupported_extension_named_on_the_command_line(tmp_path: Path, good: Path) -> None:
    sheet = tmp_path / "numbers.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    documents, problems = read_sources([good, sheet])
    assert [d.path for d in documents] == [str(good)]
    assert [p.format_message() for p in problems] == [
        f"{sheet}: unsupported file type '.xlsx' "
        "(reads .docx, .htm, .html, .markdown, .md, .pdf, .srt, .text, .txt, .vtt)"
    ]


def test_file_with_no_letters(tmp_path: Path, good: Path) -> None:
    message = read_one_bad(tmp_path, good, "numbers.txt", b"12 34 56\n-- 78% ...\n")
    assert message == "no text to summarize (no letters in it)"


def test_html_with_no_text(tmp_path: Path, good: Path) -> None:
    page = b"<html><body><script>var a = 1;</script><img src=x.png></body></html>"
    assert read_one_bad(tmp_path, good, "blank.html", page) == "no text to summarize (no letters in it)"


def test_docx_with_no_text(tmp_path: Path, good: Path) -> None:
    make_docx(tmp_path / "blank.docx", ["", "  "])
    documents, problems = read_sources([tmp_path])
    assert [d.path for d in documents] == [str(good)]
    assert [p.format_message() for p in problems] == [
        f"{tmp_path / 'blank.docx'}: no text to summarize (no letters in it)"
    ]


def test_pdf_without_a_text_layer(tmp_path: Path, good: Path) -> None:
    message = read_one_bad(tmp_path, good, "scan.pdf", make_pdf(["", ""]))
    assert message == "PDF has no text layer (scanned?); run OCR first"


@pytest.mark.parametrize("data", [b"%PDF-1.4\nnot a pdf at all", make_pdf(["The council met."])[:150]])
def test_corrupt_pdf(tmp_path: Path, good: Path, data: bytes) -> None:
    message = read_one_bad(tmp_path, good, "broken.pdf", data)
    assert message.startswith("not a readable PDF (corrupt or truncated): ")


@pytest.mark.parametrize("data", [b"this is plain text, not a docx", b"PK\x03\x04\x00\x00broken zip"])
def test_corrupt_docx(tmp_path: Path, good: Path, data: bytes) -> None:
    message = read_one_bad(tmp_path, good, "broken.docx", data)
    assert message.startswith("not a readable .docx (corrupt, or another format renamed): ")


def test_truncated_docx(tmp_path: Path, good: Path) -> None:
    whole = make_docx(tmp_path / "whole.docx", ["Budget memo text."]).read_bytes()
    (tmp_path / "whole.docx").unlink()
    message = read_one_bad(tmp_path, good, "cut.docx", whole[: len(whole) // 2])
    assert message.startswith("not a readable .docx (corrupt, or another format renamed): ")


def test_unreadable_file(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, who may read anything; make the one file refuse as chmod 000 would.
    locked = tmp_path / "locked.txt"
    real_open = Path.open

    def refusing_open(self: Path, mode: str = "r", *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self == locked and "r" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refusing_open)
    assert read_one_bad(tmp_path, good, "locked.txt", GOOD.encode()) == "permission denied"


def test_huge_file_is_refused_before_reading(tmp_path: Path, good: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(MAX_BYTES + 5 * 2**20)  # sparse: costs no disk
    documents, problems = read_sources([tmp_path])
    assert [d.path for d in documents] == [str(good)]
    assert [p.format_message() for p in problems] == [
        f"{huge}: file is 69 MB, above the 64 MB limit for a source; split it or extract the part you need"
    ]


def test_huge_stdin_is_refused(good: Path) -> None:
    documents, problems = read_sources([good, "-"], stdin=io.BytesIO(b"a" * (MAX_BYTES + 1)))
    assert [d.path for d in documents] == [str(good)]
    assert [p.format_message() for p in problems] == [
        "<stdin>: file is 64 MB, above the 64 MB limit for a source; split it or extract the part you need"
    ]


def test_control_and_invalid_xml_characters_are_kept_so_offsets_hold(tmp_path: Path) -> None:
    text = "Budget\x0b rose\x1f 21\x00 percent\ufffe, said\x7f the \x08mayor.\n"
    (tmp_path / "odd.txt").write_text(text.replace("\x00", ""), encoding="utf-8")
    (doc,), problems = read_sources([tmp_path])
    assert problems == []
    assert doc.text == text.replace("\x00", "")


def test_right_to_left_and_cjk_text(tmp_path: Path) -> None:
    texts = {
        "ar.txt": ("قال الوزير إن الميزانية ستزيد بنسبة 21 في المئة.\n", "utf-8"),
        "he.txt": ("השר אמר: \u202bהתקציב יגדל\u202c ב-21%.\n", "utf-16"),
        "zh.txt": ("国务院新闻办公室2025年3月5日举行发布会。\n", "gb18030"),
        "ja.txt": ("東京都は本日、新しい計画を発表しました。\n", "utf-8-sig"),
    }
    for name, (text, encoding) in texts.items():
        (tmp_path / name).write_bytes(text.encode(encoding))
    documents, problems = read_sources([tmp_path])
    assert problems == []
    assert {Path(d.path).name: (d.text, d.encoding) for d in documents} == texts


def test_an_extremely_long_line_is_read_whole_and_fast(tmp_path: Path) -> None:
    line = ("The budget rose 21 percent. " * 190_000)[: 5 * 2**20]
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    began = time.perf_counter()
    (doc,), problems = read_sources([tmp_path])
    assert time.perf_counter() - began < 2.0
    assert problems == [] and doc.text == line


def test_bad_files_each_get_one_message_and_ids_go_to_usable_files(tmp_path: Path, good: Path) -> None:
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-scan.pdf").write_bytes(make_pdf([""]))
    (tmp_path / "z.md").write_text("Zed source text.", encoding="utf-8")
    documents, problems = read_sources([tmp_path])
    assert [(d.id, Path(d.path).name) for d in documents] == [("S1", "good.txt"), ("S2", "z.md")]
    assert [Path(p.path or "").name for p in problems] == ["a-empty.txt", "b-scan.pdf"]
    assert all(isinstance(p, SourceError) for p in problems)


# --- properties ----------------------------------------------------------------------------------------

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff"), max_size=300
).filter(lambda t: sum(ord(c) < 32 and c not in "\t\n\r\f\v" for c in t[:8192]) <= 0.1 * len(t))


@given(body=texts, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_arbitrary_text_round_trips_through_read_sources(tmp_path: Path, body: str, encoding: str) -> None:
    text = "Word " + body
    path = tmp_path / "any.txt"
    path.write_bytes(text.encode(encoding))
    (doc,), problems = read_sources([path])
    assert problems == []
    assert doc.text == text  # the same characters, so every offset into it points where it did


# --- at the command line -------------------------------------------------------------------------------

NEWS_TEXT = (
    "The city council approved a budget of 3.2 billion dollars on Monday.\n\n"
    '"We are proud of this plan," said Mayor Ana Ruiz. Spending on schools rises 21 percent.\n'
)


def bad_sources(folder: Path) -> dict[str, str]:
    """Write one file per kind of bad input into ``folder``; return each file's expected message."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "data.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "numbers.md").write_bytes(b"12 34 56\n")
    (folder / "scan.pdf").write_bytes(make_pdf([""]))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nnot a pdf")
    (folder / "broken.docx").write_bytes(b"not a docx")
    return {
        "broken.docx": "not a readable .docx (corrupt, or another format renamed): ",
        "broken.pdf": "not a readable PDF (corrupt or truncated): ",
        "data.txt": "binary data, not text",
        "empty.txt": "empty file",
        "numbers.md": "no text to summarize (no letters in it)",
        "scan.pdf": "PDF has no text layer (scanned?); run OCR first",
    }


def test_build_uses_the_good_sources_and_warns_about_each_bad_one(tmp_path: Path) -> None:
    src = tmp_path / "src"
    expected = bad_sources(src)
    (src / "story.html").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == len(expected)
    for line, (name, message) in zip(warnings, sorted(expected.items()), strict=True):
        assert line.startswith(f"warning: {src / name}: {message}")
    briefing = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert [s["path"] for s in briefing["sources"]] == [str(src / "story.html")]


def test_build_with_no_usable_source_exits_1_naming_each_file_and_writes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "src"
    expected = bad_sources(src)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == len(expected)
    for line, (name, message) in zip(lines, sorted(expected.items()), strict=True):
        assert line.startswith(f"error: {src / name}: {message}")
    assert not out.exists()


def test_outline_reads_standard_input_and_shows_the_encoding_when_verbose(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["outline", "-", "--verbose"], input=NEWS_TEXT.encode("utf-16"))
    assert result.exit_code == 0, result.stderr
    assert "read <stdin> as S1 (utf-16," in result.stderr
    briefing = json.loads(result.stdout)
    assert [(s["id"], s["path"]) for s in briefing["sources"]] == [("S1", "<stdin>")]
    assert briefing["context"]
    for passage in briefing["context"]:
        cite = passage["cite"][0]
        assert NEWS_TEXT[cite["start"] : cite["end"]] == passage["text"]
