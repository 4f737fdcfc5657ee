"""The Word brief end to end: built from the samples, reopened with python-docx and LibreOffice."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips
from PIL import Image

from reportgen.errors import SettingsError, TemplateError
from reportgen.model import Briefing, Quote
from reportgen.settings import Settings
from reportgen.templates import BRIEF_STYLES, check_brief_template, shipped_templates_dir
from reportgen.writers.docx import render_docx
from tests import office
from tests.office import pdf_text, to_pdf

TEMPLATES = shipped_templates_dir()


def _render(briefing: Briefing, templates: Path = TEMPLATES, **settings: object) -> bytes:
    return render_docx(briefing, templates=templates, settings=Settings(**settings))


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _custom_template(folder: Path, *, header_text: str | None = None) -> Path:
    """A template with its own Heading 1, a logo in the header, cover text and a marker."""
    doc = docx.Document(str(TEMPLATES / "brief.docx"))
    heading = doc.styles["Heading 1"]
    heading.font.name, heading.font.color.rgb = "Georgia", RGBColor(0xC0, 0x00, 0x00)
    heading.font.size = Pt(20)
    folder.mkdir(parents=True, exist_ok=True)
    logo = folder / "logo.png"
    Image.new("RGB", (120, 40), (200, 30, 30)).save(logo)
    header = doc.sections[0].header.paragraphs[0]
    header.add_run().add_picture(str(logo), width=Pt(60))
    if header_text:
        doc.sections[0].header.add_paragraph(header_text)
    doc.add_paragraph("Prepared for the board")
    doc.add_paragraph("{{briefing}}")
    doc.add_paragraph("End of brief")
    doc.save(str(folder / "brief.docx"))
    return folder


def test_shipped_template_has_every_style_the_brief_needs() -> None:
    assert check_brief_template(TEMPLATES / "brief.docx") == []
    doc = docx.Document(str(TEMPLATES / "brief.docx"))
    assert (doc.sections[0].page_width, doc.sections[0].page_height) == (Twips(11906), Twips(16838))  # A4


def test_brief_from_the_samples_reads_in_order(sample_briefing: Briefing) -> None:
    doc = _open(_render(sample_briefing))
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs if p.text]
    assert paragraphs[0] == ("Title", "Yangtze River Delta integration")
    assert paragraphs[1:4] == [("Subtitle", "Briefing"), ("Brief Details", "28 March 2024"),
                               ("Brief Details", "Drawn from 2 sources")]
    sections = [text for style, text in paragraphs if style == "Heading 1"]
    assert sections == ["Context", "Four synergy areas", "Key figures", "Quotes", "Sources"]
    areas = [text for style, text in paragraphs if style == "Heading 2"]
    assert areas == ["Sci-tech innovation", "Industrial innovation", "Opening up", "Institutional mechanisms"]
    order = [text for style, text in paragraphs if style in ("Heading 2", "List Bullet")]
    assert [order.index(a) for a in areas] == [0, 2, 4, 6]  # each area's bullet under its heading
    assert all(text.endswith("[2]") for style, text in paragraphs if style == "List Bullet")


def test_figures_table_has_a_header_and_a_row_per_figure(sample_briefing: Briefing) -> None:
    doc = _open(_render(sample_briefing))
    (table,) = doc.tables
    assert table.style.name == "Brief Table"
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Figure", "What it measures", "Source"]
    assert [r[0] for r in rows[1:]] == [f.text for f in sample_briefing.figures]
    assert rows[3] == ["more than 45 percent", "Share of China's GDP", "[1]"]


def test_figures_table_rows_never_break_over_a_page_and_the_header_repeats(sample_briefing: Briefing) -> None:
    (table,) = _open(_render(sample_briefing)).tables
    assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
               for row in table.rows)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_quotes_are_followed_by_their_speaker(sample_briefing: Briefing) -> None:
    paragraphs = _open(_render(sample_briefing)).paragraphs
    quotes = [(p.text, paragraphs[i + 1]) for i, p in enumerate(paragraphs) if p.style.name == "Quote"]
    assert [q for q, _ in quotes] == [f"\u201c{q.text}\u201d" for q in sample_briefing.quotes]
    for _, attribution in quotes:
        assert attribution.style.name == "Quote Attribution"
        assert attribution.text == "\u2014 Xi Jinping [1]"


def test_sources_are_numbered_as_the_markers_say(sample_briefing: Briefing) -> None:
    doc = _open(_render(sample_briefing))
    listed = [p.text for p in doc.paragraphs if p.style.name == "Source List"]
    assert listed == [
        "[1]\tChinese President Xi Jinping visits Shanghai · 2023-11-30 · 000_f8eaff4278f8fd4d.txt",
        "[2]\tSCIO press conference on the 'five centers' · 2024-03-28 · 004_5569d3efc6ad9e20.txt",
    ]


def test_header_has_the_title_and_footer_counts_pages(sample_briefing: Briefing) -> None:
    section = _open(_render(sample_briefing)).sections[0]
    assert [p.text for p in section.header.paragraphs if p.text] == ["Yangtze River Delta integration"]
    footer = section.footer.paragraphs[0]
    assert footer.style.name == "Footer"
    codes = [t.strip() for t in footer._p.xpath(".//w:instrText/text()")]
    assert codes == ["PAGE", "NUMPAGES"]
    assert footer.text == "Page 1 of 1"  # the shown values until Word or LibreOffice updates the fields


def test_a_chart_with_a_fall_keeps_the_names_clear_of_its_bar(sample_briefing: Briefing) -> None:
    percent = [f for f in sample_briefing.figures if f.unit == "percent"]
    fallen = replace(percent[0], value=-10.0, text="\u221210%")
    figures = tuple(fallen if f is percent[0] else f for f in sample_briefing.figures)
    with zipfile.ZipFile(io.BytesIO(_render(replace(sample_briefing, figures=figures)))) as z:
        chart = z.read("word/charts/chart1.xml").decode()
    assert '<c:tickLblPos val="low"/>' in chart  # the names stand left of every bar
    low = re.search(r'<c:min val="(-[\d.]+)"', chart)
    assert low and float(low.group(1)) < -10  # the axis starts left of the fall, with room for its label


def test_chart_is_a_native_chart_with_its_data_embedded(sample_briefing: Briefing) -> None:
    data = _render(sample_briefing)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml").decode()
        chart = z.read("word/charts/chart1.xml").decode()
        chart_rels = z.read("word/charts/_rels/chart1.xml.rels").decode()
        body = z.read("word/document.xml").decode()
        workbook = [n for n in z.namelist() if n.startswith("word/embeddings/") and n.endswith(".xlsx")]
    assert 'PartName="/word/charts/chart1.xml"' in types
    assert "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" in types
    assert "Share of China&apos;s GDP" in chart or "Share of China's GDP" in chart
    assert "<c:externalData" in chart and "relationships/package" in chart_rels
    assert workbook == ["word/embeddings/Microsoft_Excel_Sheet1.xlsx"]
    assert 'uri="http://schemas.openxmlformats.org/drawingml/2006/chart"' in body
    assert "srgbClr" not in chart  # colours come from the template's theme
    caption = [p.text for p in _open(data).paragraphs if p.style.name == "Caption"]
    assert caption == ["Figures stated in percent [1]"]


def test_two_builds_are_byte_identical(sample_briefing: Briefing, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = _render(sample_briefing)
    assert _render(sample_briefing) == first
    props = _open(first).core_properties
    assert (props.created.year, props.created.month, props.created.day) == (2024, 3, 28)
    assert props.modified == props.created
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert _open(_render(sample_briefing)).core_properties.created.year == 2023


def test_core_properties_describe_the_brief(sample_briefing: Briefing) -> None:
    props = _open(_render(sample_briefing, author="Analyst A")).core_properties
    assert props.title == "Yangtze River Delta integration"
    assert props.author == "Analyst A"
    assert "opening up" in props.keywords and "sci-tech innovation" in props.keywords


def test_page_size_follows_the_setting_and_margins_the_template(sample_briefing: Briefing) -> None:
    template = docx.Document(str(TEMPLATES / "brief.docx")).sections[0]
    section = _open(_render(sample_briefing, page_size="Letter")).sections[0]
    assert (section.page_width.inches, section.page_height.inches) == (8.5, 11)
    assert (section.left_margin, section.top_margin) == (template.left_margin, template.top_margin)
    with pytest.raises(SettingsError, match="page_size"):
        _render(sample_briefing, page_size="A5")


def test_a_template_without_margins_gets_one_inch_ones(sample_briefing: Briefing, tmp_path: Path) -> None:
    doc = docx.Document(str(TEMPLATES / "brief.docx"))
    for section in doc.sections:  # as some generators write it: a page size and no w:pgMar
        section._sectPr.remove(section._sectPr.find(qn("w:pgMar")))
    doc.save(str(tmp_path / "brief.docx"))
    section = _open(_render(sample_briefing, templates=tmp_path)).sections[0]
    assert section.left_margin.inches == section.right_margin.inches == section.top_margin.inches == 1


def test_custom_template_styles_header_and_cover_show_in_the_brief(
    sample_briefing: Briefing, tmp_path: Path
) -> None:
    doc = _open(_render(sample_briefing, _custom_template(tmp_path / "custom")))
    heading = doc.styles["Heading 1"]
    assert heading.font.name == "Georgia" and heading.font.color.rgb == RGBColor(0xC0, 0x00, 0x00)
    texts = [p.text for p in doc.paragraphs if p.text]
    assert texts[0] == "Prepared for the board"
    assert texts[1] == "Yangtze River Delta integration"
    assert texts[-1] == "End of brief"
    assert "{{briefing}}" not in texts
    assert doc.paragraphs[-2].style.name == "Source List"
    header = doc.sections[0].header
    assert header._element.xpath(".//a:blip")  # the logo is still there
    assert "Yangtze River Delta integration" in [p.text for p in header.paragraphs]


def test_header_with_its_own_text_is_kept_as_it_is(sample_briefing: Briefing, tmp_path: Path) -> None:
    folder = _custom_template(tmp_path / "custom", header_text="ACME Research · Confidential")
    header = _open(_render(sample_briefing, folder)).sections[0].header
    assert [p.text for p in header.paragraphs if p.text] == ["ACME Research · Confidential"]


def test_template_missing_styles_is_refused_naming_each(sample_briefing: Briefing, tmp_path: Path) -> None:
    doc = docx.Document(str(TEMPLATES / "brief.docx"))
    doc.styles["Quote Attribution"].delete()
    doc.styles["Brief Table"].delete()
    doc.save(str(tmp_path / "brief.docx"))
    with pytest.raises(TemplateError) as caught:
        _render(sample_briefing, tmp_path)
    message = caught.value.format_message()
    assert "brief.docx: style 'Quote Attribution' is missing: add a paragraph style" in message
    assert "style 'Brief Table' is missing: add a table style" in message


def test_missing_or_broken_template_is_a_template_error(sample_briefing: Briefing, tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="template not found"):
        _render(sample_briefing, tmp_path)
    (tmp_path / "brief.docx").write_text("not a zip")
    with pytest.raises(TemplateError, match="not a readable Word document"):
        _render(sample_briefing, tmp_path)


def test_every_published_style_is_used_by_the_sample_brief(sample_briefing: Briefing) -> None:
    doc = _open(_render(sample_briefing))
    used = {p.style.name for p in doc.paragraphs} | {t.style.name for t in doc.tables}
    section = doc.sections[0]
    used |= {p.style.name for p in (*section.header.paragraphs, *section.footer.paragraphs)}
    assert set(BRIEF_STYLES) <= used


def test_control_characters_never_reach_the_xml(sample_briefing: Briefing) -> None:
    dirty = "\x01Shanghai\x0b talks\x1f"
    quote = Quote("We\x00 will \x08build", "Li\x07 Qiang", sample_briefing.quotes[0].cite)
    briefing = replace(sample_briefing, title=dirty, quotes=(quote,),
                       areas=(replace(sample_briefing.areas[0], title="area\x0c one"),))
    data = _render(briefing)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", z.read(name).decode("utf-8")), name
    doc = _open(data)
    assert doc.paragraphs[0].text == "Shanghai talks"
    assert "\u201cWe will build\u201d" in [p.text for p in doc.paragraphs]


def test_libreoffice_renders_areas_figures_and_quotes(sample_briefing: Briefing, tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    path.write_bytes(_render(sample_briefing))
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    for area in ("Sci-tech innovation", "Industrial innovation", "Opening up", "Institutional mechanisms"):
        assert area in text
    assert "more than 45 percent" in text
    assert "Cities are built by the people and for the people" in text
    assert "Page 1 of 2" in text
    assert "45%" in text  # the chart's data label: LibreOffice drew the chart


def test_missing_libreoffice_fails_under_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        office.soffice()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        office.soffice()


def test_a_date_outside_what_a_zip_can_hold_still_builds(sample_briefing):
    from dataclasses import replace

    for date in ["9023-11-30", "1970-01-01"]:
        data = render_docx(replace(sample_briefing, date=date), templates=TEMPLATES, settings=Settings())
        assert data[:2] == b"PK"
