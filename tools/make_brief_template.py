"""Write templates/brief.docx: the default look of the Word brief, made with python-docx.

Run from the repository root: ``python tools/make_brief_template.py``. The output is
committed; rerun this script (never hand-edit the .docx) when the look changes, and look
at a rendered brief afterwards. Every style the brief writer needs (``BRIEF_STYLES`` in
reportgen/templates.py) is defined here; the writer itself sets no fonts, sizes or colours.
"""

from __future__ import annotations

import copy
import sys
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.styles.style import ParagraphStyle
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportgen.templates import BRIEF_STYLES, check_brief_template  # noqa: E402
from reportgen.writers.package import freeze_zip  # noqa: E402

OUT = ROOT / "templates" / "brief.docx"
STAMP = datetime(2024, 1, 1, tzinfo=timezone.utc)

FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
INK = RGBColor(0x26, 0x26, 0x26)
MUTED = RGBColor(0x59, 0x59, 0x59)
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
ACCENT = RGBColor(0x2E, 0x6C, 0xA4)
THEME_COLOURS = {"accent1": "2E6CA4", "accent2": "E07B39", "tx2": "1F3A5F", "accent3": "7A9E3B"}


def main() -> None:
    """Write the template, then check it against the writer's published style list."""
    doc = Document()
    _theme(doc)
    _page(doc)
    styles = doc.styles
    normal = styles["Normal"]
    _font(normal, FONT, 10.5, INK)
    _spacing(normal, before=0, after=6, line=1.12)

    _para(styles["Title"], size=26, colour=NAVY, bold=True, before=0, after=2)
    styles["Title"].element.pPr.remove(styles["Title"].element.pPr.find(qn("w:pBdr")))
    _para(styles["Subtitle"], size=13, colour=ACCENT, italic=False, before=0, after=10)
    _para(_style(doc, "Brief Details"), size=9.5, colour=MUTED, before=0, after=0)
    _para(styles["Heading 1"], size=15, colour=NAVY, bold=True, before=20, after=6, keep=True)
    _para(styles["Heading 2"], size=12, colour=ACCENT, bold=True, before=12, after=3, keep=True)
    _para(styles["List Bullet"], size=10.5, colour=INK, before=0, after=4)
    quote = _para(styles["Quote"], size=11, colour=INK, italic=True, before=6, after=0, keep=True)
    quote.paragraph_format.left_indent = Cm(0.7)
    _left_rule(quote)
    attribution = _para(_style(doc, "Quote Attribution"), size=9.5, colour=MUTED, before=2, after=10)
    attribution.paragraph_format.left_indent = Cm(0.7)
    _para(styles["Caption"], size=9, colour=MUTED, bold=False, italic=True, before=4, after=12)
    sources = _para(_style(doc, "Source List"), size=9.5, colour=INK, before=0, after=4)
    sources.paragraph_format.left_indent = Cm(0.9)
    sources.paragraph_format.first_line_indent = Cm(-0.9)
    sources.paragraph_format.tab_stops.add_tab_stop(Cm(0.9), WD_TAB_ALIGNMENT.LEFT)
    header = _para(styles["Header"], size=8.5, colour=MUTED, before=0, after=0)
    footer = _para(styles["Footer"], size=8.5, colour=MUTED, before=0, after=0)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _table_style(doc)

    props = doc.core_properties
    props.title, props.author, props.last_modified_by = "Briefing", "reportgen", "reportgen"
    props.comments, props.revision = "Default template of reportgen's Word brief", 1
    props.created = props.modified = props.last_printed = STAMP
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".tmp")
    doc.save(str(tmp))
    OUT.write_bytes(freeze_zip(tmp.read_bytes(), STAMP))
    tmp.unlink()
    problems = check_brief_template(OUT)
    if problems:
        raise SystemExit("\n".join(problems))
    print(f"wrote {OUT.relative_to(ROOT)} with {len(BRIEF_STYLES)} styles the brief needs")


def _theme(doc: Document) -> None:
    """Recolour the theme and make Calibri both theme fonts, so charts and tables match the styles."""
    for part in doc.part.package.iter_parts():
        if part.partname.endswith("/theme/theme1.xml"):
            root = etree.fromstring(part.blob)
            a = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
            for name, rgb in THEME_COLOURS.items():
                for clr in root.xpath(f"//a:clrScheme/a:{name}/a:srgbClr", namespaces=a):
                    clr.set("val", rgb)
            for latin in root.xpath("//a:fontScheme/*/a:latin", namespaces=a):
                latin.set("typeface", FONT)
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page(doc: Document) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Twips(11906), Twips(16838)  # A4
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.1), Cm(1.0)


def _style(doc: Document, name: str) -> ParagraphStyle:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    return style


def _font(style: ParagraphStyle, name: str, size: float, colour: RGBColor) -> None:
    font = style.font
    font.name, font.size = name, Pt(size)
    font.color.rgb = colour
    rfonts = style.element.rPr.rFonts
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)


def _spacing(style: ParagraphStyle, *, before: float, after: float, line: float | None = None) -> None:
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if line is not None:
        fmt.line_spacing = line


def _para(
    style: ParagraphStyle,
    *,
    size: float,
    colour: RGBColor,
    before: float,
    after: float,
    bold: bool | None = None,
    italic: bool | None = None,
    keep: bool = False,
) -> ParagraphStyle:
    _font(style, FONT, size, colour)
    style.font.bold, style.font.italic = bold, italic
    _spacing(style, before=before, after=after)
    style.paragraph_format.keep_with_next = keep or None
    return style


def _left_rule(style: ParagraphStyle) -> None:
    """Draw the accent rule left of quotes (a paragraph border: python-docx has no API for it)."""
    pPr = style.element.get_or_add_pPr()
    border = parse_xml(
        '<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:left w:val="single" w:sz="18" w:space="10" w:color="2E6CA4" w:themeColor="accent1"/>'
        "</w:pBdr>"
    )
    pPr.insert_element_before(border, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc")


def _table_style(doc: Document) -> None:
    """Add 'Brief Table': Word's 'Light List Accent 1' (accent header row) with roomier cells."""
    base = doc.styles["Light List Accent 1"].element
    element = copy.deepcopy(base)
    element.set(qn("w:styleId"), "BriefTable")
    element.find(qn("w:name")).set(qn("w:val"), "Brief Table")
    for mar in element.xpath("./w:tblPr/w:tblCellMar/w:top | ./w:tblPr/w:tblCellMar/w:bottom"):
        mar.set(qn("w:w"), "57")
    ppr = element.find(qn("w:pPr"))
    ppr.find(qn("w:spacing")).set(qn("w:after"), "0")
    for band in element.xpath("./w:tblStylePr[@w:type='firstCol' or @w:type='lastCol']"):
        element.remove(band)
    hband = parse_xml(
        '<w:tblStylePr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:type="band1Horz"><w:tblPr/><w:tcPr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="EAF1F8"/></w:tcPr></w:tblStylePr>'
    )
    for old in element.xpath("./w:tblStylePr[@w:type='band1Horz' or @w:type='band1Vert']"):
        element.remove(old)
    element.append(hband)
    for node in element.iter():  # the fallback colours, for readers that ignore the theme
        for attr in ("w:color", "w:fill"):
            if node.get(qn(attr)) == "4F81BD":
                node.set(qn(attr), THEME_COLOURS["accent1"])
    base.addnext(element)


if __name__ == "__main__":
    main()
