"""Write the Word brief: emit the planned blocks into a copy of the template with python-docx.

The template owns the look. Rules, in the order they apply:

- The template (``brief.docx`` in the templates folder) must hold every style in
  ``reportgen.templates.BRIEF_STYLES``; otherwise a `TemplateError` lists every missing
  style and how to add it. The writer sets no fonts, sizes or colours.
- Its body is kept (cover text, logo, notes). The briefing goes where a paragraph whose
  whole text is ``{{briefing}}`` stands (that paragraph is removed), else at the end.
- Its margins (one inch where it sets none), headers and footers are kept; only the page
  size follows ``page_size`` (A4 or Letter). A header without text gets the briefing
  title; a footer without text gets "Page X of Y" (PAGE and NUMPAGES fields). A header or
  footer with text is kept as is.
- Key figures sharing a unit get a native, editable Word chart whose colours come from
  the template's theme.
- Core properties and zip timestamps come from `build_time`, so two builds are identical.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.shared import Cm, Emu, Inches, Twips
from docx.text.paragraph import Paragraph as DocxParagraph

from reportgen.errors import SettingsError, TemplateError
from reportgen.model import Briefing
from reportgen.settings import Settings
from reportgen.templates import BRIEF_TEMPLATE, check_brief_template
from reportgen.writers import brief_plan as plan
from reportgen.writers.common import fall_room
from reportgen.writers.package import build_time, freeze_zip

MARKER = "{{briefing}}"
PAGE_SIZES = {"A4": (Twips(11906), Twips(16838)), "Letter": (Twips(12240), Twips(15840))}
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
FIGURE_COLUMNS = (0.3, 0.56, 0.14)
"""Share of the text width given to the figure, what it measures, and the source marker."""


def render_docx(briefing: Briefing, *, templates: Path, settings: Settings) -> bytes:
    """Return the bytes of the Word brief built from the template in ``templates``."""
    if settings.page_size not in PAGE_SIZES:
        sizes = ", ".join(PAGE_SIZES)
        raise SettingsError(f"page_size: expected one of {sizes}, found {settings.page_size!r}")
    path = templates / BRIEF_TEMPLATE
    problems = check_brief_template(path)
    if problems:
        raise TemplateError("; ".join(problems))
    brief = plan.plan_brief(briefing, settings)
    when = build_time(briefing)
    doc = Document(str(path))
    _page_size(doc, settings.page_size)
    _Emitter(doc, when).emit(brief.blocks)
    _header_footer(doc, brief.title)
    _properties(doc, brief, when)
    out = io.BytesIO()
    doc.save(out)
    return freeze_zip(out.getvalue(), when)


class _Emitter:
    """Appends blocks to the body, before the marker paragraph when the template has one."""

    def __init__(self, doc: DocxDocument, when: datetime) -> None:
        self.doc = doc
        self.when = when
        self.marker = next((p for p in doc.paragraphs if p.text.strip() == MARKER), None)
        section = doc.sections[-1]
        # _page_size has set the width and every margin
        self.width = Emu((section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0))

    def emit(self, blocks: tuple[plan.Block, ...]) -> None:
        for block in blocks:
            self._block(block)
        if self.marker is not None:
            self.marker._element.getparent().remove(self.marker._element)

    def _place(self, element: Any) -> None:
        """Move a just-appended body element before the marker, if there is one."""
        if self.marker is not None:
            self.marker._element.addprevious(element)

    def _paragraph(self, text: str, style: str) -> DocxParagraph:
        paragraph = self.doc.add_paragraph(text, style)
        self._place(paragraph._element)
        return paragraph

    def _block(self, block: plan.Block) -> None:
        if isinstance(block, plan.Heading):
            self._paragraph(block.text, f"Heading {block.level}")
        elif isinstance(block, plan.Paragraph):
            self._paragraph(block.text, block.style)
        elif isinstance(block, plan.Bullet):
            self._paragraph(block.text, "List Bullet")
        elif isinstance(block, plan.FigureTable):
            self._table(block)
        elif isinstance(block, plan.Chart):
            self._chart(block)
        elif isinstance(block, plan.Quote):
            self._paragraph(block.text, "Quote")
            self._paragraph(block.attribution, "Quote Attribution")
        elif isinstance(block, plan.SourceList):
            for number, label in block.items:
                self._paragraph(f"[{number}]\t{label}", "Source List")
        else:  # pragma: no cover - the Block union is closed
            raise TypeError(f"unknown block {block!r}")

    def _table(self, block: plan.FigureTable) -> None:
        rows = (block.header, *block.rows)
        table = self.doc.add_table(rows=len(rows), cols=len(block.header))
        table.style = block.style
        table.autofit = False
        widths = [Emu(int(self.width * share)) for share in FIGURE_COLUMNS]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value, width in zip(row.cells, values, widths, strict=True):
                cell.width = width
                cell.text = value
        for row in table.rows:  # a row never breaks over a page, leaving half of it behind
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        header = table.rows[0]._tr.get_or_add_trPr()
        header.append(OxmlElement("w:tblHeader"))  # repeat the header row on each page
        self._place(table._tbl)

    def _chart(self, block: plan.Chart) -> None:
        rid = _chart_part(self.doc, block, self.when)
        height = Cm(min(2.2 + 0.9 * len(block.values), 12.0))
        width = Emu(int(self.width * 0.9))
        shape_id = self.doc.part.next_id
        inline = CT_Inline.new(width, height, shape_id, OxmlElement("c:chart", {qn("r:id"): rid}))
        inline.graphic.graphicData.uri = CHART_URI
        inline.docPr.name = f"Chart {shape_id}"  # type: ignore[assignment]  # an oxml attribute
        paragraph = self._paragraph("", "Normal")
        paragraph.paragraph_format.keep_with_next = True  # the chart stays with its caption
        paragraph.add_run()._r.add_drawing(inline)
        self._paragraph(block.caption, "Caption")


def _chart_part(doc: DocxDocument, block: plan.Chart, when: datetime) -> str:
    """Add a chart part (with its data as an embedded workbook); return its relationship id."""
    from pptx.chart.chart import Chart
    from pptx.chart.data import CategoryChartData
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_TICK_LABEL_POSITION, XL_TICK_MARK
    from pptx.oxml import parse_xml

    data = CategoryChartData(number_format=block.number_format)
    data.categories = block.categories
    data.add_series(block.unit[:1].upper() + block.unit[1:], block.values)
    chart_space = parse_xml(ChartXmlWriter(XL_CHART_TYPE.BAR_CLUSTERED, data).xml.encode("utf-8"))
    chart = Chart(chart_space, None)  # python-pptx's chart API over the XML; no pptx part involved
    chart.has_legend = False
    chart.has_title = False  # the caption under the chart says what it shows
    body_size = doc.styles["Normal"].font.size
    if body_size is not None:
        chart.font.size = body_size  # charts have no style of their own: follow the template's body text
    bars = chart.plots[0]
    bars.gap_width = 60
    bars.has_data_labels = True
    bars.data_labels.number_format = block.number_format
    bars.data_labels.number_format_is_linked = False
    bars.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    chart.category_axis.reverse_order = True  # first figure on top, as in the table
    chart.category_axis.major_tick_mark = XL_TICK_MARK.NONE
    if min(block.values) < 0:  # a fall's bar runs left: the names stand left of every bar, not over it,
        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
        chart.value_axis.minimum_scale = fall_room(block.values)  # with room for its value's label
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.visible = False

    package = doc.part.package
    workbook = Part(
        package.next_partname("/word/embeddings/Microsoft_Excel_Sheet%d.xlsx"),
        CT.SML_SHEET,
        _workbook(block, when),
        package,
    )
    part = XmlPart(package.next_partname("/word/charts/chart%d.xml"), CT.DML_CHART, chart_space, package)
    chart_space.get_or_add_externalData().rId = part.relate_to(workbook, RT.PACKAGE)
    return doc.part.relate_to(part, RT.CHART)


def _workbook(block: plan.Chart, when: datetime) -> bytes:
    """Return the chart's data as an .xlsx laid out as python-pptx's chart XML refers to it.

    Categories in A2.., the series name in B1, values in B2..; stamped ``when`` so builds repeat.
    """
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.set_properties({"created": when.replace(tzinfo=None)})
    sheet = book.add_worksheet()
    number = book.add_format({"num_format": block.number_format})
    sheet.write(0, 1, block.unit[:1].upper() + block.unit[1:])
    for row, (category, value) in enumerate(zip(block.categories, block.values, strict=True), start=1):
        sheet.write(row, 0, category)
        sheet.write(row, 1, value, number)
    book.close()
    return freeze_zip(out.getvalue(), when)


def _page_size(doc: DocxDocument, page_size: str) -> None:
    """Set each section's paper size (orientation kept); margins stay the template's.

    A template that leaves a margin unset (some generators write no ``w:pgMar``) gets
    Word's default of one inch there, so every reader lays the page out alike and the
    chart knows the text width.
    """
    short, long = PAGE_SIZES[page_size]
    for section in doc.sections:
        landscape = (section.page_width or 0) > (section.page_height or 0)
        section.page_width, section.page_height = (long, short) if landscape else (short, long)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            if getattr(section, side) is None:
                setattr(section, side, Inches(1))


def _header_footer(doc: DocxDocument, title: str) -> None:
    """Give text-less headers the title and text-less footers 'Page X of Y'."""
    for index, section in enumerate(doc.sections):
        if index and section.header.is_linked_to_previous and section.footer.is_linked_to_previous:
            continue
        header, footer = section.header, section.footer
        if not any(p.text.strip() for p in header.paragraphs):
            _free_paragraph(header, "Header").add_run(title)
        if not any(p.text.strip() for p in footer.paragraphs):
            line = _free_paragraph(footer, "Footer")
            line.add_run("Page ")
            _field(line, "PAGE", "1")
            line.add_run(" of ")
            _field(line, "NUMPAGES", "1")


def _free_paragraph(story: Any, style: str) -> DocxParagraph:
    """Return the story's first empty paragraph (no text, no picture), else a new one at its end."""
    for paragraph in story.paragraphs:
        if not paragraph.runs and not paragraph.text:
            paragraph.style = style
            return paragraph
    return story.add_paragraph(style=style)


def _field(paragraph: DocxParagraph, code: str, shown: str) -> None:
    """Append a Word field (begin, instruction, separator, shown value, end) as runs."""
    paragraph.add_run()._r.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): "begin"}))
    instr = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    instr.text = f" {code} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): "separate"}))
    paragraph.add_run(shown)
    paragraph.add_run()._r.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): "end"}))


def _properties(doc: DocxDocument, brief: plan.BriefPlan, when: datetime) -> None:
    props = doc.core_properties
    props.title, props.subject, props.keywords = brief.title, brief.subject, brief.keywords
    props.author = props.last_modified_by = brief.author
    props.comments = ""
    props.revision = 1
    stamp = when.replace(tzinfo=None)
    props.created = props.modified = props.last_printed = stamp
