"""The cover's contents list: one line for each part, its page number filled in after layout.

The lines are known before layout (the parts' titles are in the markup), and a page number sits
in a column of fixed width at the right, so the list's height never depends on the numbers: the
story is laid out once. Each number is drawn as a PDF form that the canvas defines once every
page is laid out (`pages.PackCanvas`). A form is used rather than drawing on the cover page
afterwards so that, in the PDF's text (copied, searched, read aloud), each number follows its
title instead of trailing after the page footer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from toolkit_desktop.export.pack.paragraph import PackParagraph
from toolkit_desktop.export.pack.styles import paragraph_styles

NUMBER_ROOM = 1.4 * cm  # the column of page numbers, at the right of the list
DOT_GAP = 4  # points between a title, its dots and its page number
LINE_GAP = 6  # points between two lines of the list


def _last_line_width(paragraph: PackParagraph, width: float) -> float:
    """How far the paragraph's last line runs, once wrapped to `width`."""
    line: Any = paragraph.blPara.lines[-1]
    extra = line[0] if isinstance(line, tuple) else line.extraSpace
    return float(width - extra)


class ContentsList(Flowable):
    """The parts' titles, each with dots to its page number at the right."""

    def __init__(self, entries: Sequence[tuple[str, str]]) -> None:
        """`entries`: each part's key and title, in the order of the pack."""
        super().__init__()
        self.entries = list(entries)
        self.style = paragraph_styles()["toc"]
        self.lines = [PackParagraph(escape(title), self.style) for _, title in self.entries]

    def _title_width(self, avail_width: float) -> float:
        return float(avail_width - NUMBER_ROOM)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = self._title_width(avail_width)
        self.width = avail_width
        self.height = sum(line.wrap(width, avail_height)[1] + LINE_GAP for line in self.lines)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Between two lines, when the cover has no room for the whole list."""
        width = self._title_width(avail_width)
        used, fitted = 0.0, 0
        for line in self.lines:
            used += line.wrap(width, avail_height)[1] + LINE_GAP
            if used > avail_height:
                break
            fitted += 1
        if fitted in (0, len(self.lines)):
            return [] if fitted == 0 else [self]
        return [ContentsList(self.entries[:fitted]), ContentsList(self.entries[fitted:])]

    def draw(self) -> None:
        canvas = self.canv
        width = self._title_width(self.width)
        # The pack's canvas names a form for each number; another canvas (a test's) shows none.
        slot = getattr(canvas, "contents_slot", None)
        style = self.style
        dot = stringWidth(" .", style.fontName, style.fontSize)
        number_width = stringWidth("000", style.fontName, style.fontSize)
        y = self.height
        for (key, _), line in zip(self.entries, self.lines, strict=True):
            _, height = line.wrap(width, self.height)
            y -= height + LINE_GAP / 2
            line.drawOn(canvas, 0, y)
            baseline = y + style.leading - style.fontSize
            y -= LINE_GAP / 2
            start = _last_line_width(line, width) + DOT_GAP
            end = self.width - number_width - DOT_GAP
            dots = int(max(0.0, end - start) // dot)
            canvas.saveState()
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            if dots:
                canvas.drawRightString(end, baseline, " ." * dots)
            if slot is not None:
                canvas.translate(self.width, baseline)
                canvas.doForm(slot(key))
            canvas.restoreState()
