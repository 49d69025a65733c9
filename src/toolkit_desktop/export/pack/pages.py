"""The pack's pages: OFFICIAL-SENSITIVE, the case reference and "Page N of M" on every page, and
the TRAINING watermark across every page of a training case.

The marks are drawn by `draw_marks` and `draw_watermark`, here for the pack's own pages and by
`append.py` for the pages of supporting documents appended after them, which are numbered on
from the pack's last page and counted in its "of M".

The story is laid out once. "Page N of M" and the contents list's page numbers need the page
count and each part's page, known only at the end: the canvas (`PackCanvas`, reportlab's usual
pattern for "Page N of M") keeps each laid-out page instead of writing it, and when the last is
done it writes them all with their marks, the parts' bookmarks, and the contents list's numbers.
Laying the story out again until the numbers settle (`multiBuild`) cost more than twice as long.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from toolkit_desktop.export.pack.fonts import BOLD, REGULAR, printable
from toolkit_desktop.export.pack.styles import (
    GREY,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    RULE,
    WATERMARK,
    paragraph_styles,
)
from toolkit_desktop.export.pack.toc import NUMBER_ROOM

MARKING = "OFFICIAL-SENSITIVE"
TRAINING_MARK = "TRAINING - NOT A REAL REFERRAL"


# The header's and footer's lines of text, from the top and bottom edges.
HEADER_LINE = 12 * mm
FOOTER_LINE = 10 * mm
# The strips at the top and bottom of a page that the marks use, rules included: an appended
# document's page is made smaller to fit between them, so no mark ever covers its words.
MARKS_BAND = 15 * mm

Size = tuple[float, float]


@dataclass(frozen=True)
class PageMarks:
    """What every page carries besides its content."""

    reference: str
    version: int
    training: bool
    appended: int = 0  # pages of supporting documents after the pack's own, counted in "of M"


def draw_marks(
    canvas: Canvas, marks: PageMarks, page: int, total: int, size: Size = PAGE_SIZE
) -> None:
    """The marking, the pack's version, the case reference and "Page N of M" on one page."""
    width, height = size
    left, right = MARGIN_X, width - MARGIN_X
    reference = printable(marks.reference)
    canvas.saveState()
    canvas.setFillColor(INK)
    top = height - HEADER_LINE
    canvas.setFont(BOLD, 10)
    canvas.drawCentredString(width / 2, top, MARKING)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(GREY)
    canvas.drawString(left, top, f"NRM referral pack, version {marks.version}")
    canvas.drawRightString(right, top, f"Case {reference}")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 5, right, top - 5)
    bottom = FOOTER_LINE
    canvas.line(left, bottom + 11, right, bottom + 11)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 10)
    canvas.drawCentredString(width / 2, bottom, MARKING)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(GREY)
    canvas.drawString(left, bottom, f"Case {reference}")
    canvas.drawRightString(right, bottom, f"Page {page} of {total}")
    if marks.training:
        canvas.setFillColor(WATERMARK)
        canvas.setFont(BOLD, 8)
        canvas.drawCentredString(width / 2, top + 12, TRAINING_MARK)
    canvas.restoreState()


def draw_watermark(canvas: Canvas, size: Size = PAGE_SIZE) -> None:
    """The diagonal TRAINING mark across the page, translucent."""
    width, height = size
    canvas.saveState()
    canvas.setFillColor(Color(WATERMARK.red, WATERMARK.green, WATERMARK.blue, alpha=0.16))
    canvas.setFont(BOLD, 40)
    canvas.translate(width / 2, height / 2)
    # Along a landscape page's diagonal; a portrait page keeps the pack's angle.
    canvas.rotate(math.degrees(math.atan2(height, width)) if width > height else 52)
    canvas.drawCentredString(0, -14, TRAINING_MARK)
    canvas.restoreState()


def _watermark_under(canvas: Canvas, _doc: Any) -> None:
    """The pack's own pages: the watermark drawn as the page begins, under the page's content,
    so the text stays readable."""
    draw_watermark(canvas)


class PackCanvas(Canvas):
    """A canvas that holds its pages until the last is laid out, then writes them numbered."""

    def __init__(self, *args: Any, marks: PageMarks, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._marks = marks
        self._held: list[dict[str, Any]] = []
        self._parts: dict[int, list[tuple[str, str]]] = {}  # page number -> (key, title)
        self._part_pages: dict[str, int] = {}
        self._slots: dict[str, str] = {}  # part key -> name of the form showing its page

    def contents_slot(self, key: str) -> str:
        """The PDF form that will show the page part `key` starts on (see `toc.py`)."""
        return self._slots.setdefault(key, f"ContentsPage{len(self._slots)}")

    def part_starts(self, key: str, title: str) -> None:
        """Part `key` starts on the page being laid out: for its bookmark and contents line."""
        number = len(self._held) + 1
        self._parts.setdefault(number, []).append((key, title))
        self._part_pages.setdefault(key, number)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held) + self._marks.appended
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            # A bookmark points at the page being written: so it is made now, not at layout.
            for key, title in self._parts.get(number, ()):
                self.bookmarkPage(f"part-{key}")
                self.addOutlineEntry(title, f"part-{key}", level=0)
            draw_marks(self, self._marks, number, total)
            super().showPage()
        self._held = []
        for key, name in self._slots.items():
            self._write_number(name, self._part_pages.get(key))
        super().save()

    def _write_number(self, name: str, page: int | None) -> None:
        style = paragraph_styles()["toc"]
        self.beginForm(name, lowerx=-NUMBER_ROOM, lowery=-style.fontSize / 2, upperx=2,
                       uppery=style.fontSize * 1.5)
        self.setFont(style.fontName, style.fontSize)
        self.setFillColor(style.textColor)
        self.drawRightString(0, 0, str(page) if page else "")
        self.endForm()


class PackDocument(BaseDocTemplate):
    """A4 pages with room for the marks; part headings feed the contents list and bookmarks."""

    def __init__(self, target: Any, marks: PageMarks, **kwargs: Any) -> None:
        super().__init__(
            target, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kwargs,
        )
        # No frame padding: tables are sized to the full width between the margins, the same
        # width the header and footer rules span.
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.marks = marks
        # The watermark goes under the page's content, so it is drawn as the page begins.
        on_page = _watermark_under if marks.training else (lambda canvas, doc: None)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])

    def build_pack(self, story: list[Flowable]) -> None:
        """Lay the story out once; the canvas numbers the pages and the contents list."""
        self.build(story, canvasmaker=functools.partial(PackCanvas, marks=self.marks))

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        """Tell the canvas where each part starts, for the contents list and the PDF outline."""
        title = getattr(flowable, "toc_title", None)
        if title is not None:
            self.canv.part_starts(flowable.toc_key, title)
