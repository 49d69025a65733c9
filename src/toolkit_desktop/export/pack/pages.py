"""The pack's pages: OFFICIAL-SENSITIVE, the case reference and "Page N of M" on every page, and
the TRAINING watermark across every page of a training case.

"Page N of M" needs the page count before the pages are drawn: the story is laid out more than
once anyway (the contents list needs each part's page), and each pass prints the count of the pass
before, until two passes agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
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
)

MARKING = "OFFICIAL-SENSITIVE"
TRAINING_MARK = "TRAINING - NOT A REAL REFERRAL"


@dataclass(frozen=True)
class PageMarks:
    """What every page carries besides its content."""

    reference: str
    version: int
    training: bool


def _draw_marks(canvas: Canvas, marks: PageMarks, page: int, total: int) -> None:
    width, height = PAGE_SIZE
    left, right = MARGIN_X, width - MARGIN_X
    reference = printable(marks.reference)
    canvas.saveState()
    canvas.setFillColor(INK)
    top = height - 12 * 2.835 * 1.0  # 12 mm below the top edge
    canvas.setFont(BOLD, 10)
    canvas.drawCentredString(width / 2, top, MARKING)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(GREY)
    canvas.drawString(left, top, f"NRM referral pack, version {marks.version}")
    canvas.drawRightString(right, top, f"Case {reference}")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 5, right, top - 5)
    bottom = 10 * 2.835
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


def _draw_watermark(canvas: Canvas, _doc: Any) -> None:
    """The diagonal TRAINING mark, drawn under the page's content so the text stays readable."""
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(Color(WATERMARK.red, WATERMARK.green, WATERMARK.blue, alpha=0.16))
    canvas.setFont(BOLD, 40)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -14, TRAINING_MARK)
    canvas.restoreState()


class PageCount(Flowable):
    """An invisible indexing flowable: the page count of the previous layout pass.

    `multiBuild` lays the story out again until every indexing flowable is satisfied; this one is
    satisfied once a pass ends with as many pages as the pass before it, so "of M" is right.
    """

    def __init__(self, document: BaseDocTemplate) -> None:
        super().__init__()
        self._document = document
        self.total = 0  # pages in the previous pass: the M of "Page N of M" in this pass
        self._settled = False

    def isIndexing(self) -> int:  # noqa: N802 - reportlab's name
        return 1

    def beforeBuild(self) -> None:  # noqa: N802 - reportlab's name
        self._settled = False

    def afterBuild(self) -> None:  # noqa: N802 - reportlab's name
        pages = self._document.page
        self._settled = pages == self.total
        self.total = pages

    def isSatisfied(self) -> bool:  # noqa: N802 - reportlab's name
        return self._settled

    def notify(self, kind: str, stuff: Any) -> None:
        """Indexing flowables hear every notice (contents entries here); this one needs none."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


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
        self.page_count = PageCount(self)
        on_page = _draw_watermark if marks.training else (lambda canvas, doc: None)
        self.addPageTemplates([
            PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=self._mark_page)
        ])

    def _mark_page(self, canvas: Canvas, _doc: Any) -> None:
        _draw_marks(canvas, self.marks, self.page, self.page_count.total or self.page)

    def build_pack(self, story: list[Flowable]) -> None:
        """Lay the story out as many times as the contents list and the page count need."""
        self.multiBuild([self.page_count, *story])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        """Record each part's page for the contents list and the PDF outline."""
        title = getattr(flowable, "toc_title", None)
        if title is None:
            return
        key = f"part-{flowable.toc_key}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=0)
        self.notify("TOCEntry", (0, escape(title), self.page, key))
