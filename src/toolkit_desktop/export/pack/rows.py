"""Answers and table rows as small flowables: each row measured once, and split on its own.

reportlab's `Table` measures every row again each time a long table is split at a page break, so
a section of many answers costs more with each page it runs over (two-thirds of the time of a
large pack went there). Here a row is a small flowable (`Row`): its cells are measured once per
width, and a row taller than the room left is split by splitting its cells' paragraphs. `Rows`
stacks rows and, at a page break, starts the rest on the next page with the header row again;
it only looks at the rows that fit, so the cost of a pack grows with its length, no faster.

A plain flowable is used rather than a one-row `Table` for each answer: a `Table` applies its
style commands to every cell and measures each cell again when it draws, which for hundreds of
one-row tables costs more than the layout itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from toolkit_desktop.export.pack.styles import (
    CELL_PAD_BOTTOM,
    CELL_PAD_TOP,
    CELL_PAD_X,
    GRID_WIDTH,
    RULE,
)

TALL = 1e6  # the room a cell is measured in: a cell's height does not depend on the room
# A row shorter than this (points: about four lines) moves whole to the next page rather than
# split; a taller one is split, as reportlab's tables split rows, and its label goes with it.
SPLIT_ROWS_OVER = 48
MIN_PART = 24  # points: less room than this below a row, and the row starts the next page


@dataclass(frozen=True)
class Columns:
    """The columns of a set of rows: their widths, and the fill behind each (None: none)."""

    widths: tuple[float, ...]
    fills: tuple[Color | None, ...]

    @property
    def width(self) -> float:
        """The rows' whole width."""
        return sum(self.widths)


Cell = list[Flowable]


def _measure(cell: Cell, width: float) -> float:
    """A cell's content height, spaced as reportlab's `Table` spaces flowables in a cell."""
    total = 0.0
    for index, flowable in enumerate(cell):
        height = flowable.wrap(width, TALL)[1]
        total += height
        if index:
            total += flowable.getSpaceBefore()
        if index < len(cell) - 1:
            total += flowable.getSpaceAfter()
    return total


def _split_cell(cell: Cell, width: float, room: float) -> tuple[Cell, Cell]:
    """The part of a cell's content that fits in `room`, and the rest."""
    placed: Cell = []
    used = 0.0
    for index, flowable in enumerate(cell):
        gap = flowable.getSpaceBefore() if placed else 0.0
        height = flowable.wrap(width, TALL)[1]
        if used + gap + height <= room:
            placed.append(flowable)
            used += gap + height + flowable.getSpaceAfter()
            continue
        pieces = flowable.split(width, room - used - gap) if room - used - gap > 0 else []
        if len(pieces) == 2:
            placed.append(pieces[0])
            return placed, [pieces[1], *cell[index + 1:]]
        return placed, list(cell[index:])
    return placed, []


class Row(Flowable):
    """One answer (label and value) or one table row: cells side by side in a light grid."""

    def __init__(self, cells: Sequence[Cell], columns: Columns,
                 continued: Callable[[], Sequence[Cell]] | None = None) -> None:
        """`continued` makes what each cell shows when the row goes on over a page (an answer's
        label, marked continued), made only then: few rows ever need it."""
        super().__init__()
        self.cells = [list(c) for c in cells]
        self.columns = columns
        self.continued = continued
        self._height: float | None = None

    def _inner(self, column: int) -> float:
        return self.columns.widths[column] - 2 * CELL_PAD_X

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._height is None:
            content = max((_measure(c, self._inner(n)) for n, c in enumerate(self.cells)),
                          default=0.0)
            self._height = content + CELL_PAD_TOP + CELL_PAD_BOTTOM
        self.width, self.height = self.columns.width, self._height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - CELL_PAD_TOP - CELL_PAD_BOTTOM
        if room < MIN_PART or self.wrap(avail_width, avail_height)[1] < SPLIT_ROWS_OVER:
            return []
        firsts: list[Cell] = []
        rests: list[Cell] = []
        for n, cell in enumerate(self.cells):
            placed, rest = _split_cell(cell, self._inner(n), room)
            firsts.append(placed)
            rests.append(rest)
        if not any(rests):
            return [self]
        if any(cell and not placed for cell, placed in zip(self.cells, firsts, strict=True)):
            return []  # a label alone at the foot of a page: the whole row starts the next
        instead = list(self.continued()) if self.continued else []
        rests = [rest or (instead[n] if n < len(instead) else [])
                 for n, rest in enumerate(rests)]
        return [Row(firsts, self.columns), Row(rests, self.columns, self.continued)]

    def draw(self) -> None:
        """The cells' content; `Rows` draws the fills and the grid of all its rows at once."""
        canvas = self.canv
        x = 0.0
        for n, cell in enumerate(self.cells):
            y = self.height - CELL_PAD_TOP
            for index, flowable in enumerate(cell):
                if index:
                    y -= flowable.getSpaceBefore()
                _, h = flowable.wrap(self._inner(n), TALL)
                y -= h
                flowable.drawOn(canvas, x + CELL_PAD_X, y)
                y -= flowable.getSpaceAfter()
            x += self.columns.widths[n]


class Rows(Flowable):
    """Rows one under another, with a header row that starts every page the rows run onto.

    `caption` makes what names the rows on the next page when they run onto it: the heading
    above them, marked continued, so a row or two carried over never stand there unnamed.
    """

    def __init__(self, rows: Sequence[Row], header: Row | None = None, *,
                 caption: Callable[[], Flowable] | None = None,
                 shown: Flowable | None = None) -> None:
        super().__init__()
        self.rows = list(rows)
        self.header = header
        self.caption = caption
        self.shown = shown  # the caption drawn above these rows (the rest after a page break)
        self.hAlign = "LEFT"

    def _header_height(self, avail_width: float) -> float:
        height = self.header.wrap(avail_width, TALL)[1] if self.header else 0.0
        if self.shown is not None:
            height += self.shown.wrap(avail_width, TALL)[1] + self.shown.getSpaceAfter()
        return height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # Each row keeps its own height, so a second look (the next page's) costs a sum.
        total = self._header_height(avail_width)
        total += sum(row.wrap(avail_width, TALL)[1] for row in self.rows)
        width = self.rows[0].columns.width if self.rows else 0.0
        self.width, self.height = width, total
        return width, total

    def lead_height(self, avail_width: float) -> float:
        """The least room the rows can start in: the header row and the first row (or the part
        of it a page break may leave, when it is tall enough to split)."""
        first = self.rows[0].wrap(avail_width, TALL)[1] if self.rows else 0.0
        if first >= SPLIT_ROWS_OVER:
            first = MIN_PART + CELL_PAD_TOP + CELL_PAD_BOTTOM
        return self._header_height(avail_width) + first

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._header_height(avail_width)
        fitted = 0
        for row in self.rows:
            height = row.wrap(avail_width, TALL)[1]
            if height > room:
                break
            room -= height
            fitted += 1
        if fitted == len(self.rows):
            return [self]
        pieces = self.rows[fitted].split(avail_width, room)
        if len(pieces) == 2:
            first = [*self.rows[:fitted], pieces[0]]
            rest = [pieces[1], *self.rows[fitted + 1:]]
        elif fitted:
            first, rest = self.rows[:fitted], self.rows[fitted:]
        else:
            return []
        after = Rows(rest, self.header, caption=self.caption,
                     shown=self.caption() if self.caption else None)
        return [Rows(first, self.header, shown=self.shown), after]

    def draw(self) -> None:
        canvas = self.canv
        rows = ([self.header] if self.header else []) + self.rows
        tops = []
        y = self.height
        if self.shown is not None:
            y -= self.shown.height
            self.shown.drawOn(canvas, 0, y)
            y -= self.shown.getSpaceAfter()
        for row in rows:
            tops.append(y)
            y -= row.height
        canvas.saveState()
        # One rectangle for each filled column of a run of rows alike (the header, the answers).
        start = 0
        for end in range(1, len(rows) + 1):
            if end < len(rows) and rows[end].columns is rows[start].columns:
                continue
            columns = rows[start].columns
            bottom = tops[end - 1] - rows[end - 1].height
            x = 0.0
            for width, fill in zip(columns.widths, columns.fills, strict=True):
                if fill is not None:
                    canvas.setFillColor(fill)
                    canvas.rect(x, bottom, width, tops[start] - bottom, stroke=0, fill=1)
                x += width
            start = end
        canvas.restoreState()
        for row, top in zip(rows, tops, strict=True):
            row.drawOn(canvas, 0, top - row.height)
        # The grid: the rows share their columns' widths, so each edge is one line down them all.
        edges = [0.0]
        for width in rows[0].columns.widths:
            edges.append(edges[-1] + width)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(GRID_WIDTH)
        canvas.lines([(e, 0, e, tops[0]) for e in edges]
                     + [(0, t, edges[-1], t) for t in [*tops, 0.0]])
        canvas.restoreState()
