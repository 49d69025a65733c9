"""Bare reportlab laying out pages like the referral pack's: the floor `pack_benchmark.py` compares
the pack with, kept apart so that a fresh process can import it with nothing but reportlab and the
pack's fonts (the benchmark's floor for the whole command-line process).

On each page: a heading, a small two-column table of label and value paragraphs (every third
value a repeating group, its labels in italics as the pack prints them) and a paragraph, in the
pack's fonts.
"""

from __future__ import annotations

import io
import time
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from toolkit_desktop.export.pack.fonts import BOLD, REGULAR, register_fonts
from toolkit_desktop.export.pack.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZE

FLOOR_VALUE = ("The child said they travelled with a man they called uncle, who kept their papers "
               "and told them they owed money for the journey, and worked long days. ")


def floor_value(row: int) -> str:
    """A value cell's text: every third row a repeating group, as the pack prints one (a line
    for each person, each part under its label in italics), the others a long answer."""
    if row % 3 == 2:
        return "<br/>".join(f"<i>Name:</i> Person {n}. <i>Role:</i> Role of person {n}. "
                            f"<i>Where they are now:</i> {FLOOR_VALUE[:60]}" for n in (1, 2))
    return f"{row + 1}. " + FLOOR_VALUE * 2


def _floor_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("fb", fontName=REGULAR, fontSize=9, leading=11.5)
    label = ParagraphStyle("fl", fontName=BOLD, fontSize=8.5, leading=11)
    heading = ParagraphStyle("fh", fontName=BOLD, fontSize=11.5, leading=15, spaceAfter=4)
    return body, label, heading


def floor_story(pages: int, rows_a_page: int) -> list[Any]:
    """`pages` pages, each a heading, a small table of label/value paragraphs and a paragraph."""
    body, label, heading = _floor_styles()
    width = PAGE_SIZE[0] - 2 * MARGIN_X
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#9a9a9a"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (0, -1), "#eeeeee")])
    story: list[Any] = []
    for page in range(pages):
        story.append(Paragraph(f"Section {page + 1}: what the child said", heading))
        rows = [[Paragraph(f"Question {row + 1} of the section, as the form asks it", label),
                 Paragraph(floor_value(row), body)] for row in range(rows_a_page)]
        story += [Table(rows, colWidths=[width * 0.32, width * 0.68], style=style),
                  Spacer(1, 6), Paragraph(FLOOR_VALUE * 3, body)]
        if page < pages - 1:
            story.append(PageBreak())
    return story


def floor(pages: int, rows_a_page: int, keep: io.BytesIO | None = None) -> tuple[float, int]:
    """Seconds bare reportlab takes to make and lay out `pages` pages, and the pages it made."""
    started = time.perf_counter()
    document = SimpleDocTemplate(keep or io.BytesIO(), pagesize=PAGE_SIZE, leftMargin=MARGIN_X,
                                 rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                                 bottomMargin=MARGIN_BOTTOM)
    document.build(floor_story(pages, rows_a_page))
    return time.perf_counter() - started, document.page


