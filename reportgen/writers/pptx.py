"""The PowerPoint deck: read the template's geometry, plan the slides, copy the plan into placeholders.

All decisions live in `reportgen.writers.deck_plan`; this module only talks to python-pptx. It sets no
font, colour or position the template defines: every text goes into a layout placeholder.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_TICK_LABEL_POSITION
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Pt

from reportgen.errors import TemplateError
from reportgen.model import Briefing
from reportgen.settings import Settings
from reportgen.templates import DECK_TEMPLATE, check_deck_template
from reportgen.writers.common import fall_room, one_line
from reportgen.writers.deck_plan import (
    ChartPlan,
    DeckGeometry,
    LayoutGeometry,
    PlaceholderBox,
    SlidePlan,
    TablePlan,
    plan_deck,
)
from reportgen.writers.package import build_time, freeze_zip
from reportgen.writers.textfit import Box, TextStyle

EMU_PER_PT = 12700
_TITLE_TYPES = {"title", "ctrTitle"}
_BODY_TYPES = {"body", "obj", "subTitle", "chart", "tbl", "pic", "media", "clipArt", "dgm"}


def render_pptx(briefing: Briefing, *, templates: Path, settings: Settings) -> bytes:
    """Return the deck's .pptx bytes, built from ``templates/deck.pptx``; same input, same bytes."""
    path = Path(templates) / DECK_TEMPLATE
    problems = check_deck_template(path)
    if problems:
        raise TemplateError("; ".join(problems))
    prs = Presentation(str(path))
    _drop_slides(prs)
    plans = plan_deck(briefing, settings, read_geometry(prs))
    when = build_time(briefing)
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    for number, plan in enumerate(plans, start=1):
        emit_slide(prs, layouts[plan.layout], plan, number, when)
    props = prs.core_properties
    props.title = one_line(briefing.title)[:255]  # the core-properties limit
    props.subject = one_line(settings.subtitle)[:255]
    props.author = props.last_modified_by = one_line(settings.author)[:255]
    props.created = props.modified = when.replace(tzinfo=None)
    props.last_printed = when.replace(tzinfo=None)
    props.revision = 1
    out = io.BytesIO()
    prs.save(out)
    return freeze_zip(out.getvalue(), when)


# ---- reading the template ------------------------------------------------------------------------


def read_geometry(prs: Any) -> DeckGeometry:
    """Return every layout's placeholders with their boxes and resolved text styles, by layout name."""
    master = prs.slide_master
    theme = _theme_fonts(master)
    defaults = prs.part._element.find(qn("p:defaultTextStyle"))
    styles = master._element.find(qn("p:txStyles"))
    geometry: DeckGeometry = {}
    for layout in prs.slide_layouts:
        boxes = []
        for ph in layout.placeholders:
            kind = _ph_type(ph._element)
            master_sp = _master_counterpart(master, kind)
            style_name = ("p:titleStyle" if kind in _TITLE_TYPES
                          else "p:bodyStyle" if kind in _BODY_TYPES else "p:otherStyle")
            chain = [_lst(ph._element), _lst(master_sp), styles.find(qn(style_name)), defaults]
            box = Box(
                width=_extent(ph._element, master_sp, "cx") / EMU_PER_PT,
                height=_extent(ph._element, master_sp, "cy") / EMU_PER_PT,
                insets=_insets(ph._element, master_sp),
                levels=tuple(_level_style(chain, n, theme) for n in range(1, 6)),
            )
            boxes.append(PlaceholderBox(ph.placeholder_format.idx, kind, ph.name, box))
        geometry[layout.name] = LayoutGeometry(layout.name, tuple(boxes))
    return geometry


def _ph_type(sp: Any) -> str:
    ph = sp.find(f".//{qn('p:ph')}")
    return ph.get("type", "obj") if ph is not None else "obj"


def _master_counterpart(master: Any, kind: str) -> Any:
    want = "title" if kind in _TITLE_TYPES else "body" if kind in _BODY_TYPES else kind
    for sp in master.placeholders:
        if _ph_type(sp._element) == want:
            return sp._element
    return None


def _lst(sp: Any) -> Any:
    return None if sp is None else sp.find(f".//{qn('a:lstStyle')}")


def _extent(sp: Any, master_sp: Any, attr: str) -> float:
    for el in (sp, master_sp):
        ext = None if el is None else el.find(f"{qn('p:spPr')}/{qn('a:xfrm')}/{qn('a:ext')}")
        if ext is not None:
            return float(ext.get(attr))
    return 0.0


def _insets(sp: Any, master_sp: Any) -> tuple[float, float, float, float]:
    values = []
    for attr, default in (("lIns", 91440), ("tIns", 45720), ("rIns", 91440), ("bIns", 45720)):
        value = default
        for el in (sp, master_sp):
            body = None if el is None else el.find(f".//{qn('a:bodyPr')}")
            if body is not None and body.get(attr) is not None:
                value = int(body.get(attr))
                break
        values.append(value / EMU_PER_PT)
    return values[0], values[1], values[2], values[3]


def _theme_fonts(master: Any) -> dict[str, str]:
    from lxml import etree

    root = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    fonts = {}
    for key, tag in (("+mj-lt", "a:majorFont"), ("+mn-lt", "a:minorFont")):
        latin = root.find(f".//{qn(tag)}/{qn('a:latin')}")
        fonts[key] = latin.get("typeface") if latin is not None else "Calibri"
    return fonts


def _level_style(chain: list[Any], n: int, theme: dict[str, str]) -> TextStyle:
    """Resolve one paragraph level through the inheritance chain, first definition winning."""
    found: dict[str, Any] = {}
    for lst in chain:
        ppr = None if lst is None else lst.find(qn(f"a:lvl{n}pPr"))
        if ppr is None:
            continue
        rpr = ppr.find(qn("a:defRPr"))
        latin = None if rpr is None else rpr.find(qn("a:latin"))
        spc = ppr.find(f"{qn('a:lnSpc')}/{qn('a:spcPct')}")
        bef = ppr.find(f"{qn('a:spcBef')}/{qn('a:spcPts')}")
        candidates = {
            "size": None if rpr is None or rpr.get("sz") is None else int(rpr.get("sz")) / 100,
            "bold": None if rpr is None or rpr.get("b") is None else rpr.get("b") in ("1", "true"),
            "italic": None if rpr is None or rpr.get("i") is None else rpr.get("i") in ("1", "true"),
            "family": None if latin is None else latin.get("typeface"),
            "line_spacing": None if spc is None else int(spc.get("val")) / 100000,
            "space_before": None if bef is None else int(bef.get("val")) / 100,
            "margin": None if ppr.get("marL") is None else int(ppr.get("marL")) / EMU_PER_PT,
        }
        for key, value in candidates.items():
            if value is not None:
                found.setdefault(key, value)
    family = found.get("family", "+mn-lt")
    found["family"] = theme.get(family, family) if family.startswith("+") else family
    return TextStyle(**found)


# ---- writing slides ------------------------------------------------------------------------------


def _drop_slides(prs: Any) -> None:
    """Remove any slides the template carries: the deck is made of planned slides only."""
    ids = prs.slides._sldIdLst
    for sld in list(ids):
        prs.part.drop_rel(sld.get(qn("r:id")))
        ids.remove(sld)


def emit_slide(prs: Any, layout: Any, plan: SlidePlan, number: int, when: datetime) -> None:
    """Add one planned slide: fill the placeholders it names, drop the rest, add number and notes."""
    slide = prs.slides.add_slide(layout)
    fills = {fill.idx: fill.paragraphs for fill in plan.fills}
    present = {ph.placeholder_format.idx for ph in slide.placeholders}
    for ph in layout.placeholders:
        if ph.placeholder_format.idx in fills and ph.placeholder_format.idx not in present:
            slide.shapes.clone_placeholder(ph)  # date and footer placeholders are not cloned by default
    for ph in list(slide.placeholders):
        idx = ph.placeholder_format.idx
        kind = _ph_type(ph._element)
        if kind in _TITLE_TYPES:
            _set_paragraphs(ph.text_frame, [(plan.title, 0)])
        elif idx in fills:
            _set_paragraphs(ph.text_frame, fills[idx])
        elif plan.chart is not None and idx == plan.chart.idx:
            _insert_chart(ph, plan.chart, when)
        elif plan.table is not None and idx == plan.table.idx:
            _insert_table(ph, plan.table)
        else:
            ph._element.getparent().remove(ph._element)
    _add_slide_number(slide, layout, number)
    slide.notes_slide.notes_text_frame.text = plan.notes


def _set_paragraphs(frame: Any, paragraphs: Any) -> None:
    for n, (text, level) in enumerate(paragraphs):
        para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        para.text = text
        para.level = level
    body = frame._txBody.find(qn("a:bodyPr"))
    if body is not None and body.find(qn("a:normAutofit")) is None:
        for child in list(body):
            if child.tag in (qn("a:noAutofit"), qn("a:spAutoFit")):
                body.remove(child)
        body.append(body.makeelement(qn("a:normAutofit"), {}))


def _insert_chart(ph: Any, plan: ChartPlan, when: datetime) -> None:
    data = CategoryChartData(number_format=plan.number_format)
    data.categories = plan.categories
    data.add_series(plan.unit, plan.values)
    frame = ph.insert_chart(XL_CHART_TYPE.BAR_CLUSTERED, data)
    chart = frame.chart
    chart.has_legend = False
    chart.has_title = False
    chart.font.size = Pt(plan.font_size)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.vary_by_categories = False
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = plan.number_format
    labels.number_format_is_linked = False
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    chart.category_axis.reverse_order = True
    chart.category_axis.has_major_gridlines = False
    value_axis = chart.value_axis
    value_axis.visible = False
    value_axis.has_major_gridlines = False
    low = min(plan.values)
    value_axis.minimum_scale = fall_room(plan.values)  # a fall of 0.4% shows as a bar to the left, ...
    if low < 0:  # ... and the names stand left of every bar, not on the axis across the fall's bar
        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    value_axis.maximum_scale = max(plan.values) * 1.15 if max(plan.values) > 0 else None
    workbook = chart.part.chart_workbook
    workbook.update_from_xlsx_blob(_freeze_xlsx(workbook.xlsx_part.blob, when))


def _freeze_xlsx(blob: bytes, when: datetime) -> bytes:
    """Return the chart's embedded workbook with its creation time set to ``when`` (reproducible)."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rf"\g<1>{stamp}", text)
                data = text.encode("utf-8")
            dst.writestr(info, data)
    return freeze_zip(out.getvalue(), when)


def _insert_table(ph: Any, plan: TablePlan) -> None:
    frame = ph.insert_table(rows=len(plan.rows) + 1, cols=len(plan.header))
    table = frame.table
    total = frame.width
    for col, share in zip(table.columns, plan.widths, strict=True):
        col.width = int(total * share)
    for row, height in zip(table.rows, plan.heights, strict=True):
        row.height = Pt(height)
    frame.height = sum(Pt(height) for height in plan.heights)
    for r, row in enumerate([plan.header, *plan.rows]):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(plan.font_size)


def _add_slide_number(slide: Any, layout: Any, number: int) -> None:
    """Copy the layout's slide-number placeholder onto the slide, showing ``number``."""
    for ph in layout.placeholders:
        if _ph_type(ph._element) != "sldNum":
            continue
        sp = copy.deepcopy(ph._element)
        if sp.find(f".//{qn('a:fld')}") is None:
            return
        sppr = sp.find(qn("p:spPr"))
        for child in list(sppr):
            sppr.remove(child)
        sp.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}").set("id", str(_next_id(slide)))
        lst = sp.find(f".//{qn('a:lstStyle')}")
        if lst is not None:
            for child in list(lst):
                lst.remove(child)
        for t in sp.iter(qn("a:t")):
            t.text = str(number)
        slide.shapes._spTree.append(sp)
        return


def _next_id(slide: Any) -> int:
    ids = [int(el.get("id")) for el in slide.shapes._spTree.iter(qn("p:cNvPr")) if el.get("id", "").isdigit()]
    return max(ids, default=1) + 1
