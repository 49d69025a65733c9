"""The photo on the missing-child sheet, and a block set beside another: markup render.py hands on.

Two elements of the pack's markup, made into reportlab flowables here so the renderer stays about
text: `<photo data="BASE64" width="42" height="56" caption="..."/>` (a JPEG the view already made
small; sizes in mm) and `<beside widths="68,32"><col>...</col><col>...</col></beside>`, blocks
side by side with no grid (the sheet's details with the photo at the top right). `render.block`
calls `flowables` for a tag in `TAGS`, passing itself so a column can hold any block.
"""

from __future__ import annotations

import base64
import binascii
import io
import xml.etree.ElementTree as ET
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Table

from toolkit_desktop.export.pack.paragraph import PackParagraph as Paragraph
from toolkit_desktop.export.pack.styles import paragraph_styles

TAGS = frozenset({"photo", "beside"})
GAP = 6  # points between columns set beside each other

Block = Callable[[ET.Element, float], list[Flowable]]


def _photo(element: ET.Element, width: float) -> list[Flowable]:
    styles = paragraph_styles()
    try:
        data = base64.b64decode(element.get("data", ""), validate=True)
        w = float(element.get("width", "42")) * mm
        h = float(element.get("height", "56")) * mm
    except (binascii.Error, ValueError):
        data, w, h = b"", 0.0, 0.0
    if not data:
        return [Paragraph("The photo could not be shown.", styles["note"])]
    scale = min(1.0, width / w) if w else 1.0
    image = Image(io.BytesIO(data), width=w * scale, height=h * scale)
    image.hAlign = "RIGHT"
    found: list[Flowable] = [image]
    caption = element.get("caption", "")
    if caption:
        from xml.sax.saxutils import escape

        found.append(Paragraph(escape(caption), styles["small"]))
    return found


def _beside(element: ET.Element, width: float, block: Block) -> list[Flowable]:
    cols = [c for c in element if c.tag == "col"]
    if not cols:
        return []
    shares = [float(s) for s in element.get("widths", "").split(",") if s.strip()]
    shares = shares if len(shares) == len(cols) else [1.0] * len(cols)
    widths = [width * s / sum(shares) for s in shares]
    cells = []
    for col, w in zip(cols, widths, strict=True):
        inner = w - GAP if col is not cols[-1] else w
        cells.append([f for child in col for f in block(child, inner)])
    table = Table([cells], colWidths=widths, hAlign="LEFT", style=[
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ])
    return [table]


def flowables(element: ET.Element, width: float, block: Block) -> list[Flowable]:
    """The flowables of a `<photo>` or `<beside>` element."""
    if element.tag == "photo":
        return _photo(element, width)
    return _beside(element, width, block)
