"""Generate templates/deck.pptx: the default deck template (16:9, themed master, named layouts).

Run ``python tools/make_deck_template.py`` from the repo root and commit the result. The writer relies
only on what ``reportgen.templates.DECK_LAYOUTS`` publishes; everything else here is the look.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.oxml import parse_xml
from pptx.util import Emu, Inches

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportgen.writers.package import freeze_zip  # noqa: E402

NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"

COLOURS = {
    "dk1": "1E2630", "lt1": "FFFFFF", "dk2": "17324D", "lt2": "E9EEF3",
    "accent1": "1F6F9F", "accent2": "E89A2E", "accent3": "4FA3A5", "accent4": "A2466B",
    "accent5": "5C8A3A", "accent6": "7A8391", "hlink": "1F6F9F", "folHlink": "6E4E9E",
}
STAMP = datetime(2024, 1, 1)
MAJOR_FONT = "Calibri"
MINOR_FONT = "Calibri"

W, H = Emu(12192000), Emu(6858000)
MARGIN = Inches(0.6)
CONTENT_W = W - 2 * MARGIN
TITLE_BOX = (MARGIN, Inches(0.22), CONTENT_W, Inches(1.2))
BODY_BOX = (MARGIN, Inches(1.75), CONTENT_W, Inches(4.85))
FOOT_Y, FOOT_H = Inches(6.85), Inches(0.4)


def xfrm(box: tuple[int, int, int, int]) -> str:
    x, y, cx, cy = (int(v) for v in box)
    return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'


def ph_sp(sid: int, name: str, ph: str, box: tuple | None = None, *, body_pr: str = "<a:bodyPr/>",
          lst: str = "", text: str = "") -> str:
    """A placeholder shape; ``box`` None inherits the master's position."""
    sppr = f"<p:spPr>{xfrm(box)}</p:spPr>" if box else "<p:spPr/>"
    para = f"<a:p>{text}</a:p>" if text else '<a:p><a:endParaRPr lang="en-US"/></a:p>'
    return (
        f'<p:sp {NS}><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
        f"</p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>{sppr}<p:txBody>{body_pr}"
        f"<a:lstStyle>{lst}</a:lstStyle>{para}</p:txBody></p:sp>"
    )


def rect(sid: int, name: str, box: tuple, colour: str) -> str:
    return (
        f'<p:sp {NS}><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/>'
        f'</p:nvSpPr><p:spPr>{xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:schemeClr val="{colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>'
        f'<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>'
    )


def text_shape(sid: int, name: str, box: tuple, text: str, size: int, colour: str) -> str:
    return (
        f'<p:sp {NS}><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr txBox="1"/>'
        f'<p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>{xfrm(box)}<a:prstGeom prst="rect"><a:avLst/>'
        f'</a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" '
        f'bIns="0" anchor="t"/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" sz="{size}" b="1">'
        f'<a:solidFill><a:schemeClr val="{colour}"/></a:solidFill><a:latin typeface="+mj-lt"/></a:rPr>'
        f"<a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp>"
    )


def lvl(n: int, size: int, *, colour: str = "tx1", mar: int = 0, indent: int = 0, bullet: str | None = None,
        before: int = 0, algn: str = "l", bold: bool = False, italic: bool = False, font: str = "+mn-lt",
        line: int = 100) -> str:
    bu = (f'<a:buClr><a:schemeClr val="accent1"/></a:buClr><a:buFont typeface="Arial"/>'
          f'<a:buChar char="{bullet}"/>') if bullet else "<a:buNone/>"
    attrs = f' b="{int(bold)}" i="{int(italic)}"'
    return (
        f'<a:lvl{n}pPr marL="{mar}" indent="{indent}" algn="{algn}">'
        f'<a:lnSpc><a:spcPct val="{line * 1000}"/></a:lnSpc><a:spcBef><a:spcPts val="{before * 100}"/>'
        f'</a:spcBef>{bu}<a:defRPr sz="{size * 100}"{attrs} kern="1200"><a:solidFill>'
        f'<a:schemeClr val="{colour}"/></a:solidFill><a:latin typeface="{font}"/><a:ea typeface="+mn-ea"/>'
        f'<a:cs typeface="+mn-cs"/></a:defRPr></a:lvl{n}pPr>'
    )


SLDNUM_TEXT = ('<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">'
               '<a:rPr lang="en-US"/><a:t>&lt;#&gt;</a:t></a:fld>')
ANCHOR_B = '<a:bodyPr anchor="b"><a:normAutofit/></a:bodyPr>'
ANCHOR_T = '<a:bodyPr anchor="t"><a:normAutofit/></a:bodyPr>'


def footer_shapes(first_id: int) -> list[str]:
    """Date, footer and slide-number placeholders at the master's positions."""
    return [
        ph_sp(first_id, "Date Placeholder", '<p:ph type="dt" sz="half" idx="10"/>'),
        ph_sp(first_id + 1, "Footer Placeholder", '<p:ph type="ftr" sz="quarter" idx="11"/>'),
        ph_sp(first_id + 2, "Slide Number Placeholder", '<p:ph type="sldNum" sz="quarter" idx="12"/>',
              text=SLDNUM_TEXT),
    ]


def master_shapes() -> list[str]:
    small = lvl(1, 12, colour="tx1")
    return [
        rect(20, "Accent Bar", (0, 0, Inches(0.18), H), "accent1"),
        rect(21, "Title Rule", (MARGIN + Inches(0.1), Inches(1.48), Inches(1.3), Inches(0.06)), "accent2"),
        ph_sp(2, "Title Placeholder", '<p:ph type="title"/>', TITLE_BOX,
              body_pr='<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
                      'anchor="b"><a:normAutofit/></a:bodyPr>',
              text='<a:r><a:rPr lang="en-US"/><a:t>Click to edit the title</a:t></a:r>'),
        ph_sp(3, "Text Placeholder", '<p:ph type="body" idx="1"/>', BODY_BOX,
              body_pr='<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
                      'anchor="t"><a:normAutofit/></a:bodyPr>',
              text='<a:r><a:rPr lang="en-US"/><a:t>Click to edit the text</a:t></a:r>'),
        ph_sp(4, "Date Placeholder", '<p:ph type="dt" sz="half" idx="10"/>',
              (MARGIN, FOOT_Y, Inches(3.5), FOOT_H), body_pr='<a:bodyPr anchor="ctr"/>', lst=small),
        ph_sp(5, "Footer Placeholder", '<p:ph type="ftr" sz="quarter" idx="11"/>',
              (Inches(4.4), FOOT_Y, Inches(4.5), FOOT_H), body_pr='<a:bodyPr anchor="ctr"/>',
              lst=lvl(1, 12, algn="ctr")),
        ph_sp(6, "Slide Number Placeholder", '<p:ph type="sldNum" sz="quarter" idx="12"/>',
              (W - MARGIN - Inches(2), FOOT_Y, Inches(2), FOOT_H), body_pr='<a:bodyPr anchor="ctr"/>',
              lst=lvl(1, 14, colour="accent1", algn="r", bold=True), text=SLDNUM_TEXT),
    ]


TX_STYLES = (
    f"<p:txStyles {NS}><p:titleStyle>"
    + lvl(1, 36, colour="tx2", font="+mj-lt", line=90)
    + "</p:titleStyle><p:bodyStyle>"
    + lvl(1, 28, mar=342900, indent=-342900, bullet="\u25aa", before=14)
    + lvl(2, 24, mar=742950, indent=-285750, bullet="\u2013", before=6)
    + lvl(3, 20, mar=1143000, indent=-228600, bullet="\u2022", before=4)
    + lvl(4, 18, mar=1600200, indent=-228600, bullet="\u2013", before=4)
    + lvl(5, 18, mar=2057400, indent=-228600, bullet="\u2022", before=4)
    + "</p:bodyStyle><p:otherStyle>"
    + lvl(1, 18)
    + "</p:otherStyle></p:txStyles>"
)


def layouts() -> list[tuple[str, str | None, bool, str | None, list[str]]]:
    """(name, type, show master shapes, background colour, shapes) for every layout, in order."""
    title_slide = [
        rect(20, "Accent Bar", (0, 0, Inches(0.35), H), "accent1"),
        rect(21, "Title Rule", (Inches(1.0), Inches(4.3), Inches(1.8), Inches(0.08)), "accent2"),
        ph_sp(2, "Title", '<p:ph type="ctrTitle"/>', (Inches(0.9), Inches(1.2), Inches(11.5), Inches(2.9)),
              body_pr=ANCHOR_B, lst=lvl(1, 48, colour="bg1", font="+mj-lt", bold=True, line=90)),
        ph_sp(3, "Subtitle", '<p:ph type="subTitle" idx="1"/>',
              (Inches(0.9), Inches(4.55), Inches(11.5), Inches(0.9)), body_pr=ANCHOR_T,
              lst=lvl(1, 26, colour="accent2")),
        ph_sp(4, "Date", '<p:ph type="dt" sz="half" idx="10"/>',
              (Inches(0.9), Inches(5.5), Inches(8), Inches(0.6)), body_pr='<a:bodyPr anchor="t"/>',
              lst=lvl(1, 18, colour="bg2")),
    ]
    section = [
        rect(20, "Accent Bar", (0, 0, Inches(0.35), H), "accent2"),
        ph_sp(2, "Title", '<p:ph type="title"/>', (Inches(0.9), Inches(1.6), Inches(11.5), Inches(2.6)),
              body_pr=ANCHOR_B, lst=lvl(1, 44, colour="bg1", font="+mj-lt", bold=True, line=90)),
        ph_sp(3, "Text", '<p:ph type="body" idx="1"/>',
              (Inches(0.9), Inches(4.4), Inches(11.5), Inches(1.6)), body_pr=ANCHOR_T,
              lst=lvl(1, 22, colour="bg2")),
        ph_sp(6, "Slide Number", '<p:ph type="sldNum" sz="quarter" idx="12"/>', text=SLDNUM_TEXT),
    ]
    col_x = (MARGIN, MARGIN + CONTENT_W // 2 + Inches(0.15))
    col_w = CONTENT_W // 2 - Inches(0.15)
    rows = (Inches(1.8), Inches(4.2))
    numbers, labels = [], []
    for i in range(4):
        x, y = col_x[i % 2], rows[i // 2]
        numbers.append(ph_sp(10 + i, f"Number {i + 1}", f'<p:ph type="body" sz="quarter" idx="{13 + i}"/>',
                             (x, y, col_w, Inches(1.2)), body_pr='<a:bodyPr anchor="b"><a:normAutofit/>'
                             '</a:bodyPr>', lst=lvl(1, 60, colour="accent1", bold=True, font="+mj-lt",
                                                    line=90)))
        labels.append(ph_sp(20 + i, f"Label {i + 1}", f'<p:ph type="body" sz="quarter" idx="{17 + i}"/>',
                            (x, y + Inches(1.25), col_w, Inches(0.95)), body_pr=ANCHOR_T,
                            lst=lvl(1, 22, colour="tx1", line=95)))
    big_numbers = [ph_sp(2, "Title", '<p:ph type="title"/>'), *numbers, *labels, *footer_shapes(30)]
    chart = [
        ph_sp(2, "Title", '<p:ph type="title"/>'),
        ph_sp(3, "Chart", '<p:ph type="chart" idx="1"/>', BODY_BOX, lst=lvl(1, 18)),
        *footer_shapes(30),
    ]
    table = [
        ph_sp(2, "Title", '<p:ph type="title"/>'),
        ph_sp(3, "Table", '<p:ph type="tbl" idx="1"/>', BODY_BOX, lst=lvl(1, 20)),
        *footer_shapes(30),
    ]
    quote = [
        text_shape(20, "Quote Mark", (Inches(0.55), Inches(1.55), Inches(0.8), Inches(1.2)), "\u201c", 9600,
                   "accent2"),
        ph_sp(2, "Title", '<p:ph type="title"/>'),
        ph_sp(3, "Quotes", '<p:ph type="body" idx="1"/>',
              (Inches(1.45), Inches(1.8), Inches(11.2), Inches(4.8)), body_pr=ANCHOR_T,
              lst=lvl(1, 30, colour="tx2", italic=True, before=22, line=95)
              + lvl(2, 20, colour="accent1", bold=True, before=6, algn="r")),
        *footer_shapes(30),
    ]
    return [
        ("Title Slide", "title", False, "tx2", title_slide),
        ("Title and Content", "obj", True, None,
         [ph_sp(2, "Title", '<p:ph type="title"/>'), ph_sp(3, "Content", '<p:ph idx="1"/>'),
          *footer_shapes(30)]),
        ("Section Header", "secHead", False, "tx2", section),
        ("Big Numbers", None, True, None, big_numbers),
        ("Chart", None, True, None, chart),
        ("Table", None, True, None, table),
        ("Quote", None, True, None, quote),
        ("Title Only", "titleOnly", True, None, [ph_sp(2, "Title", '<p:ph type="title"/>'),
                                                  *footer_shapes(30)]),
    ]


def replace_tree(csld: etree._Element, shapes: list[str], background: str | None) -> None:
    """Swap a cSld's shapes (and background) for ``shapes``."""
    tree = csld.find(f"{P}spTree")
    for child in list(tree)[2:]:
        tree.remove(child)
    for xml in shapes:
        tree.append(parse_xml(xml))
    old = csld.find(f"{P}bg")
    if old is not None:
        csld.remove(old)
    if background:
        csld.insert(0, parse_xml(
            f'<p:bg {NS}><p:bgPr><a:solidFill><a:schemeClr val="{background}"/></a:solidFill>'
            "<a:effectLst/></p:bgPr></p:bg>"))


def set_theme(theme_part) -> None:  # noqa: ANN001 - a python-pptx Part
    """Write the colour and font schemes into the theme part's XML."""
    root = etree.fromstring(theme_part.blob)
    scheme = root.find(f".//{A}clrScheme")
    scheme.set("name", "Reportgen")
    for key, value in COLOURS.items():
        slot = scheme.find(f"{A}{key}")
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, f"{A}srgbClr", val=value)
    fonts = root.find(f".//{A}fontScheme")
    fonts.set("name", "Reportgen")
    fonts.find(f"{A}majorFont/{A}latin").set("typeface", MAJOR_FONT)
    fonts.find(f"{A}minorFont/{A}latin").set("typeface", MINOR_FONT)
    root.find(f"{A}themeElements").getparent().set("name", "Reportgen")
    theme_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def build() -> bytes:
    """Return the template's bytes."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(W), Emu(H)
    prs.core_properties.title = "reportgen deck template"
    prs.core_properties.author = "reportgen"
    prs.core_properties.last_modified_by = "reportgen"
    prs.core_properties.created = prs.core_properties.modified = STAMP
    prs.core_properties.revision = 1
    master = prs.slide_master
    set_theme(master.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"))
    m = master._element
    replace_tree(m.find(f"{P}cSld"), master_shapes(), None)
    m.find(f"{P}cSld").insert(0, parse_xml(
        f'<p:bg {NS}><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'))
    m.replace(m.find(f"{P}txStyles"), parse_xml(TX_STYLES))

    specs = layouts()
    id_list = m.find(f"{P}sldLayoutIdLst")
    entries = list(id_list)
    for entry in entries[len(specs):]:
        master.part.drop_rel(entry.get("{http://schemas.openxmlformats.org/officeDocument/2006/"
                                       "relationships}id"))
        id_list.remove(entry)
    for layout, (name, kind, show_master, bg, shapes) in zip(master.slide_layouts, specs, strict=True):
        el = layout._element
        el.cSld.set("name", name)
        if kind:
            el.set("type", kind)
        elif "type" in el.attrib:
            del el.attrib["type"]
        if show_master:
            el.attrib.pop("showMasterSp", None)
        else:
            el.set("showMasterSp", "0")
        replace_tree(el.cSld, shapes, bg)
    pres = prs.part._element
    pres.find(f"{P}sldSz").attrib.pop("type", None)
    out = io.BytesIO()
    prs.save(out)
    return freeze_zip(out.getvalue(), STAMP)


def main() -> None:
    target = ROOT / "templates" / "deck.pptx"
    target.write_bytes(build())
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
