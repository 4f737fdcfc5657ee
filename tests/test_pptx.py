"""The PowerPoint deck end to end: slides, chart, notes, placeholders, template look, reproducibility."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from reportgen.errors import TemplateError
from reportgen.settings import Settings
from reportgen.templates import check_deck_template, shipped_templates_dir
from reportgen.writers.pptx import read_geometry, render_pptx
from reportgen.writers.textfit import fits
from tests.office import pdf_pages, pdf_text, to_pdf
from tests.test_deck_plan import long_briefing

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
THEME = "ppt/theme/theme1.xml"


def render(briefing, templates: Path | None = None) -> Presentation:
    data = render_pptx(briefing, templates=templates or shipped_templates_dir(), settings=Settings())
    return Presentation(io.BytesIO(data))


def placeholder_is_filled(ph) -> bool:
    if ph.has_text_frame and ph.text_frame.text.strip():
        return True
    return bool(getattr(ph, "has_chart", False) or getattr(ph, "has_table", False))


def test_the_sample_deck(sample_briefing):
    prs = render(sample_briefing)
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    assert [s.slide_layout.name for s in prs.slides] == (
        ["Title Slide"] + ["Title and Content"] * 6 + ["Big Numbers", "Chart", "Table", "Quote",
                                                       "Title and Content"]
    )
    for n, slide in enumerate(prs.slides, start=1):
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip(), n
        for shape in slide.placeholders:
            assert placeholder_is_filled(shape), (n, shape.name)
        numbers = [ph for ph in slide.placeholders if ph.placeholder_format.type == 13]  # SLIDE_NUMBER
        if n > 1:
            assert [ph.text_frame.text for ph in numbers] == [str(n)]
    title = prs.slides[0]
    assert [ph.text_frame.text for ph in title.placeholders] == [
        "Yangtze River Delta integration", "Briefing", "28 March 2024 \u00b7 reportgen"]


def test_the_chart_is_native_and_editable_with_the_percent_figures(sample_briefing):
    slide = render(sample_briefing).slides[8]
    charts = [s for s in slide.shapes if s.has_chart]
    assert len(charts) == 1 and charts[0].is_placeholder
    chart = charts[0].chart
    assert chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    percent = [f for f in sample_briefing.figures if f.unit == "percent"]
    assert list(chart.plots[0].categories) == [f.label[0].upper() + f.label[1:] for f in percent]
    assert list(chart.series[0].values) == [f.value for f in percent]
    assert chart.part.chart_workbook.xlsx_part is not None  # the data can be edited in PowerPoint


def test_a_chart_with_a_fall_shows_its_bar_left_of_zero(sample_briefing):
    percent = [f for f in sample_briefing.figures if f.unit == "percent"]
    fallen = dataclasses.replace(percent[0], value=-10.0, text="\u221210%")
    figures = tuple(fallen if f is percent[0] else f for f in sample_briefing.figures)
    slides = render(dataclasses.replace(sample_briefing, figures=figures)).slides
    (chart,) = [s.chart for slide in slides for s in slide.shapes if s.has_chart]
    assert -10.0 in list(chart.series[0].values)
    assert chart.value_axis.minimum_scale < -10  # not cut off at zero


def test_long_text_never_overflows_its_placeholder(sample_briefing):
    prs = render(long_briefing(sample_briefing))
    geometry = read_geometry(prs)
    checked = 0
    for slide in prs.slides:
        boxes = {ph.idx: ph.box for ph in geometry[slide.slide_layout.name].placeholders}
        for ph in slide.placeholders:
            if ph.has_text_frame and ph.placeholder_format.type != 13:
                paragraphs = [(p.text, p.level) for p in ph.text_frame.paragraphs]
                assert fits(paragraphs, boxes[ph.placeholder_format.idx]), paragraphs
                checked += 1
                body = ph.text_frame._txBody.find(f"{A}bodyPr")
                assert body.find(f"{A}normAutofit") is not None
    assert checked > 40
    assert any(s.shapes.title.text.endswith("(cont.)") for s in prs.slides)


def custom_template(folder: Path) -> Path:
    """The default template with a red accent and Cambria as both theme fonts."""
    folder.mkdir()
    src = shipped_templates_dir() / "deck.pptx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(folder / "deck.pptx", "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == THEME:
                root = etree.fromstring(data)
                root.find(f".//{A}accent1/{A}srgbClr").set("val", "C00000")
                for font in ("majorFont", "minorFont"):
                    root.find(f".//{A}{font}/{A}latin").set("typeface", "Cambria")
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(info, data)
    return folder


def test_a_custom_template_look_carries_through(sample_briefing, tmp_path):
    folder = custom_template(tmp_path / "templates")
    data = render_pptx(sample_briefing, templates=folder, settings=Settings())
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        theme = z.read(THEME).decode()
        names = [n for n in z.namelist() if re.match(r"ppt/slides/slide\d+\.xml$", n)]
        slides = "".join(z.read(n).decode() for n in names)
    assert 'val="C00000"' in theme and theme.count('typeface="Cambria"') == 2
    assert "srgbClr" not in slides and "latin typeface" not in slides  # no colour or font set on slides
    geometry = read_geometry(Presentation(str(folder / "deck.pptx")))
    assert geometry["Title and Content"].find("obj").box.style(0).family == "Cambria"


def test_a_template_without_a_needed_layout_is_refused_with_the_layouts_it_has(sample_briefing, tmp_path):
    prs = Presentation(str(shipped_templates_dir() / "deck.pptx"))
    prs.slide_layouts.get_by_name("Quote")._element.cSld.set("name", "Quotation")
    folder = tmp_path / "t"
    folder.mkdir()
    prs.save(str(folder / "deck.pptx"))
    with pytest.raises(TemplateError) as err:
        render_pptx(sample_briefing, templates=folder, settings=Settings())
    message = err.value.format_message()
    assert "no slide layout named 'Quote'" in message and "'Quotation'" in message
    assert "'Title and Content'" in message
    assert check_deck_template(shipped_templates_dir() / "deck.pptx") == []


def test_two_builds_are_byte_identical(sample_briefing):
    one = render_pptx(sample_briefing, templates=shipped_templates_dir(), settings=Settings())
    two = render_pptx(sample_briefing, templates=shipped_templates_dir(), settings=Settings())
    assert one == two


def test_libreoffice_renders_every_slide(sample_briefing, tmp_path):
    path = tmp_path / "deck.pptx"
    path.write_bytes(render_pptx(sample_briefing, templates=shipped_templates_dir(), settings=Settings()))
    text = " ".join(pdf_text(to_pdf(path, tmp_path)).split())
    for area in sample_briefing.areas:
        assert area.title.lower() in text.lower()
    assert "240 million" in text and ">45%" in text
    assert "Cities are built by the people and for the people" in text
    assert pdf_pages(tmp_path / "deck.pdf") == 12
