"""Type sizes, colours and the grid of the pack: readable when printed in black and white."""

from __future__ import annotations

import functools

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from toolkit_desktop.export.pack.fonts import BOLD, REGULAR, register_fonts

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LABEL_FILL = colors.HexColor("#eeeeee")
HEAD_FILL = colors.HexColor("#d9d9d9")
WARNING_FILL = colors.HexColor("#fff1d6")
WARNING_EDGE = colors.HexColor("#b36b00")
WATERMARK = colors.HexColor("#c00000")

# The grid of answers and tables (`rows.py`): a light rule, and padding inside each cell.
GRID_WIDTH = 0.4
CELL_PAD_X = 4
CELL_PAD_TOP = 3
CELL_PAD_BOTTOM = 4


@functools.cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles; a template's `<p style="...">` picks one."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK,
                          spaceAfter=4)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "row": ParagraphStyle("row", parent=body, fontSize=9, leading=11.5, leftIndent=13,
                              bulletIndent=0, spaceAfter=3),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD, fontSize=8.5, leading=11,
                                spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=8.5, leading=11,
                               spaceAfter=0),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=GREY),
        "note": ParagraphStyle("note", parent=body, fontName="DejaVuSans-Oblique", fontSize=9,
                               leading=12, textColor=GREY),
        "warning": ParagraphStyle("warning", parent=body, fontName=BOLD, backColor=WARNING_FILL,
                                  borderColor=WARNING_EDGE, borderWidth=0.8, borderPadding=5,
                                  leftIndent=5, rightIndent=5, spaceBefore=8, spaceAfter=12),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=20, leading=25,
                                spaceBefore=18, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16,
                                   textColor=GREY, spaceAfter=16),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=15, leading=19,
                             spaceBefore=2, spaceAfter=8, keepWithNext=1),
        # Headings inside a part do not use keepWithNext: it would push a heading and a long
        # table together onto the next page, leaving a blank page behind. A conditional page
        # break before the heading (render.py) keeps it from ending a page instead.
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11.5, leading=15,
                             spaceBefore=10, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=10, leading=13,
                             spaceBefore=6, spaceAfter=3),
        # Above rows carried onto a new page: their heading again, marked continued.
        "continued": ParagraphStyle("continued", parent=body, fontName=BOLD, fontSize=10,
                                    leading=13, spaceBefore=0, spaceAfter=3),
        "toc": ParagraphStyle("toc", parent=body, fontSize=10, leading=15, leftIndent=0),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
    }
