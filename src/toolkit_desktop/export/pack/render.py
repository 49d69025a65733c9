"""The templates' markup turned into reportlab flowables: parts, headings, paragraphs, tables.

The markup is parsed as XML, so user text arrives here as plain character data (the templates
escaped it). It is escaped again on its way into reportlab's paragraph markup, which is how
`<b>` typed by a practitioner prints as `<b>` and never turns text bold; on the way, each run in a
script DejaVu Sans lacks is put in the shipped font that has it (`fonts.markup`). Each piece of
text passes through that once: the flowables made here are laid out in one pass (`pages.py`).

Answers (`<fields>`) and tables (`<table>`) become rows of small flowables (`rows.py`), not one
large table, so a page break costs the rows of one page; the contents list (`<contents/>`) is
made from the parts' titles before layout (`toc.py`).
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table
from reportlab.platypus.doctemplate import ActionFlowable

from toolkit_desktop.export.pack import images
from toolkit_desktop.export.pack.fonts import markup

# Every paragraph of the pack may hold a run in a script that must be shaped.
from toolkit_desktop.export.pack.paragraph import PackParagraph as Paragraph
from toolkit_desktop.export.pack.rows import Cell, Columns, Row, Rows
from toolkit_desktop.export.pack.styles import (
    CELL_PAD_X,
    FRAME_WIDTH,
    HEAD_FILL,
    LABEL_FILL,
    paragraph_styles,
)
from toolkit_desktop.export.pack.toc import ContentsList

INLINE = frozenset({"b", "i", "br"})
PART_ROOM = 9 * cm  # room a part needs at the foot of a page to start there
HEADING_ROOM = 3 * cm  # a heading with less room than this below it starts the next page
LABEL_SHARE = 0.32  # of the width, for the question column of a two-column answers table
NAMING_SHARE = 0.2  # of the width: a table's first column this wide names a row continued


class PartHeading(Paragraph):
    """A part's title: starts an entry in the contents list and the PDF's bookmarks."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__(escape(title), paragraph_styles()["h1"])
        self.toc_title = title
        self.toc_key = key


EMPTY_TAIL = 14  # points


class NewPage(ActionFlowable):
    """A page break that never leaves a page blank: nothing happens when nothing has been drawn
    on the page under way (the part before ended at the very foot of the last one)."""

    def apply(self, doc: Any) -> None:
        frame = doc.frame
        # Less than a line's height used: at most the empty tail of a table that split at the
        # foot of the last page, which carries nothing to read.
        if frame._y < frame._y2 - frame._topPadding - EMPTY_TAIL:
            doc.handle_pageBreak()


class HeadingBreak(CondPageBreak):
    """Before a heading: the next page, unless the heading and what starts under it fit here.

    Under a heading that starts answers or a table, that is the header row and the first row, so
    a heading never ends a page above rows that all moved on; elsewhere it is HEADING_ROOM.
    """

    def __init__(self, heading: Flowable) -> None:
        super().__init__(HEADING_ROOM)
        self.heading = heading
        self.following: Rows | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.following is not None:
            heading = self.heading.wrap(avail_width, avail_height)[1]
            needed = (self.heading.getSpaceBefore() + heading + self.heading.getSpaceAfter()
                      + self.following.lead_height(avail_width))
            self.height = max(HEADING_ROOM, needed)
        return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]


def _keep_headings_with_rows(story: list[Flowable]) -> None:
    """Tell each heading's page break about the rows that follow the heading, if any do, and
    all rows the heading they are under, to name them by on a page they run onto."""
    for index, flowable in enumerate(story[:-2]):
        if isinstance(flowable, HeadingBreak) and isinstance(story[index + 2], Rows):
            flowable.following = story[index + 2]
    under = None
    for flowable in story:
        if isinstance(flowable, PartHeading):
            under = markup(flowable.toc_title)
        elif isinstance(flowable, HeadingBreak):
            under = flowable.heading.text
        elif isinstance(flowable, Rows) and under:
            flowable.caption = functools.partial(_continued_heading, under)


def _continued_heading(heading: str) -> Flowable:
    """The heading of rows run onto a new page, marked continued (see `Rows`)."""
    return Paragraph(f"{heading} <i>(continued)</i>", paragraph_styles()["continued"])


class MarkupError(ValueError):
    """The templates produced markup the renderer does not know: a bug in a template."""


def inline(element: ET.Element) -> str:
    """The inline content of an element as reportlab paragraph markup."""
    out = [markup(element.text or "")]
    for child in element:
        if child.tag == "br":
            out.append("<br/>")
        elif child.tag in ("b", "i"):
            out.append(f"<{child.tag}>{inline(child)}</{child.tag}>")
        else:
            raise MarkupError(f"<{child.tag}> cannot appear inside a line of text")
        out.append(markup(child.tail or ""))
    return "".join(out)


def cell(element: ET.Element, style: str = "cell", width: float = FRAME_WIDTH) -> list[Flowable]:
    """A cell's content: runs of inline text become paragraphs; block children are kept."""
    styles = paragraph_styles()
    found: list[Flowable] = []
    buffer = [markup(element.text or "")]

    def flush() -> None:
        text = "".join(buffer)
        if text.strip():
            found.append(Paragraph(text, styles[style]))
        buffer.clear()

    for child in element:
        if child.tag in INLINE:
            inner = "<br/>" if child.tag == "br" else f"<{child.tag}>{inline(child)}</{child.tag}>"
            buffer.append(inner)
        else:
            flush()
            found.extend(block(child, width))
        buffer.append(markup(child.tail or ""))
    flush()
    return found


def _continued(first: str, style: str) -> list[Cell]:
    """The cells of a row that goes on over a page: its first cell again (an answer's label),
    marked continued, so the reader of the next page knows what the text is."""
    return [[Paragraph(f"{first} <i>(continued)</i>", paragraph_styles()[style])]]


def _fields(element: ET.Element, width: float) -> list[Flowable]:
    styles = paragraph_styles()
    label_width = width * LABEL_SHARE
    columns = Columns((label_width, width - label_width), (LABEL_FILL, None))
    inner = columns.widths[1] - 2 * CELL_PAD_X
    rows = []
    for f in element:
        if f.tag != "f":
            continue
        label = markup(f.get("label", ""))
        rows.append(Row([[Paragraph(label, styles["label"])], cell(f, width=inner)], columns,
                        continued=functools.partial(_continued, label, "label")))
    if not rows:
        return []
    return [Rows(rows), Spacer(1, 6)]


def _table(element: ET.Element, width: float) -> list[Flowable]:
    styles = paragraph_styles()
    lines = [tr for tr in element if tr.tag == "tr"]
    if not lines:
        return []
    shares = [float(w) for w in element.get("widths", "").split(",") if w.strip()]
    shares = shares or [1.0] * max(len([c for c in tr if c.tag == "td"]) for tr in lines)
    widths = tuple(width * share / sum(shares) for share in shares)
    plain = Columns(widths, (None,) * len(widths))
    head = element.get("head") == "1"
    header = None
    if head:
        header = Row([[Paragraph(inline(c), styles["head"])] for c in lines[0] if c.tag == "td"],
                     Columns(widths, (HEAD_FILL,) * len(widths)))
        lines = lines[1:]
    rows = []
    for tr in lines:
        cells = [c for c in tr if c.tag == "td"]
        first = markup("".join(cells[0].itertext())).strip() if cells else ""
        # A row going on over a page names itself by its first cell (an indicator, say), when
        # that cell says something and is wide enough to say it; a number column is not.
        named = bool(first) and widths[0] >= width * NAMING_SHARE
        rows.append(Row([cell(c, width=w - 2 * CELL_PAD_X)
                         for c, w in zip(cells, widths, strict=False)], plain,
                        continued=functools.partial(_continued, first, "cell") if named else None))
    if not rows and header is None:
        return []
    return [Rows(rows, header), Spacer(1, 6)]


def _signature(width: float) -> list[Flowable]:
    styles = paragraph_styles()
    line = "_" * 44
    rows = [[Paragraph(label, styles["label"]), Paragraph(line, styles["body"])]
            for label in ("Signature", "Name", "Date")]
    table = Table(rows, colWidths=[width * 0.2, width * 0.6], rowHeights=[28, 28, 28],
                  hAlign="LEFT", style=[("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                        ("LEFTPADDING", (0, 0), (0, -1), 0)])
    return [Spacer(1, 10), table, Spacer(1, 10)]


def block(
    element: ET.Element, width: float = FRAME_WIDTH, parts: tuple[tuple[str, str], ...] = ()
) -> list[Flowable]:
    """One block element of the markup as flowables (`parts`: the key and title of each part,
    for the contents list)."""
    styles = paragraph_styles()
    tag = element.tag
    if tag in images.TAGS:  # the photo, and blocks set beside each other
        return images.flowables(element, width, block)
    if tag in ("h2", "h3"):
        heading = Paragraph(inline(element), styles[tag])
        return [HeadingBreak(heading), heading]
    if tag == "p":
        style = styles[element.get("style", "body")]
        return [Paragraph(inline(element), style, bulletText=element.get("bullet"))]
    if tag == "fields":
        return _fields(element, width)
    if tag == "table":
        return _table(element, width)
    if tag == "ul":
        return [Paragraph(inline(li), styles["body"], bulletText="\u2022")
                for li in element if li.tag == "li"]
    if tag == "signature":
        return _signature(width)
    if tag == "contents":
        return [ContentsList(parts)]
    raise MarkupError(f"unknown element <{tag}> in the pack's markup")


def to_story(markup: str) -> list[Flowable]:
    """The pack's markup (from the templates) as the story reportlab lays out."""
    root = ET.fromstring(markup)
    parts = tuple((p.get("key", ""), p.get("title", "")) for p in root if p.tag == "part")
    story: list[Flowable] = []
    after_own = False
    for part in root:
        if part.tag == "cover":
            for child in part:
                story.extend(block(child, parts=parts))
        elif part.tag == "part":
            if story:
                # A part that is handed on by itself (the sheet for the police, the signature
                # page) has its pages to itself; any other starts on the page under way when
                # enough of it is left, so a short part does not leave a page almost empty.
                own = part.get("page") == "own"
                # (never a blank page when the last part ended at the foot of one)
                new_page = own or after_own
                story.append(NewPage() if new_page else CondPageBreak(PART_ROOM))
            after_own = part.get("page") == "own"  # and the part after it starts a new page
            story.append(PartHeading(part.get("title", ""), part.get("key", "")))
            for child in part:
                story.extend(block(child))
        else:
            raise MarkupError(f"unknown part <{part.tag}> in the pack's markup")
    _keep_headings_with_rows(story)
    return story
