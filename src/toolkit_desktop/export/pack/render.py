"""The templates' markup turned into reportlab flowables: parts, headings, paragraphs, tables.

The markup is parsed as XML, so user text arrives here as plain character data (the templates
escaped it). It is escaped again on its way into reportlab's paragraph markup, which is how
`<b>` typed by a practitioner prints as `<b>` and never turns text bold; on the way, each run in a
script DejaVu Sans lacks is put in the shipped font that has it (`fonts.markup`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

# Every paragraph of the pack may hold a run in a script that must be shaped.
from toolkit_desktop.export.pack.fonts import ScriptParagraph as Paragraph
from toolkit_desktop.export.pack.fonts import markup
from toolkit_desktop.export.pack.styles import (
    FRAME_WIDTH,
    paragraph_styles,
    table_style,
)

INLINE = frozenset({"b", "i", "br"})
HEADING_ROOM = 3 * cm  # a heading with less room than this below it starts the next page
LABEL_SHARE = 0.32  # of the width, for the question column of a two-column answers table


class PartHeading(Paragraph):
    """A part's title: starts an entry in the contents list and the PDF's bookmarks."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__(escape(title), paragraph_styles()["h1"])
        self.toc_title = title
        self.toc_key = key


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


def _single(found: list[Flowable]) -> Flowable | list[Flowable]:
    """A table cell of one paragraph is laid out faster as the paragraph than as a list."""
    return found[0] if len(found) == 1 else found


def _fields(element: ET.Element, width: float) -> list[Flowable]:
    styles = paragraph_styles()
    label_width = width * LABEL_SHARE
    value_width = width - label_width
    rows = [
        [Paragraph(markup(f.get("label", "")), styles["label"]),
         _single(cell(f, width=value_width - 8))]
        for f in element
        if f.tag == "f"
    ]
    if not rows:
        return []
    table = Table(rows, colWidths=[label_width, value_width], splitInRow=1, hAlign="LEFT",
                  style=table_style(label_column=True, header_row=False))
    return [table, Spacer(1, 6)]


def _table(element: ET.Element, width: float) -> list[Flowable]:
    styles = paragraph_styles()
    shares = [float(w) for w in element.get("widths", "").split(",") if w.strip()]
    head = element.get("head") == "1"
    rows: list[list[Flowable | list[Flowable]]] = []
    for number, tr in enumerate(r for r in element if r.tag == "tr"):
        cells = [c for c in tr if c.tag == "td"]
        if head and number == 0:
            rows.append([Paragraph(inline(c), styles["head"]) for c in cells])
        else:
            rows.append([
                _single(cell(c, width=width * share / sum(shares) - 8))
                for c, share in zip(cells, shares or [1] * len(cells), strict=False)
            ])
    if not rows:
        return []
    col_widths = [width * s / sum(shares) for s in shares] if shares else None
    table = Table(rows, colWidths=col_widths, repeatRows=1 if head else 0, splitInRow=1,
                  hAlign="LEFT", style=table_style(label_column=False, header_row=head))
    return [table, Spacer(1, 6)]


def _signature(width: float) -> list[Flowable]:
    styles = paragraph_styles()
    line = "_" * 44
    rows = [[Paragraph(label, styles["label"]), Paragraph(line, styles["body"])]
            for label in ("Signature", "Name", "Date")]
    table = Table(rows, colWidths=[width * 0.2, width * 0.6], rowHeights=[28, 28, 28],
                  hAlign="LEFT", style=[("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                        ("LEFTPADDING", (0, 0), (0, -1), 0)])
    return [Spacer(1, 10), table, Spacer(1, 10)]


def _contents() -> list[Flowable]:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [paragraph_styles()["toc"]]
    return [toc]


def block(element: ET.Element, width: float = FRAME_WIDTH) -> list[Flowable]:
    """One block element of the markup as flowables."""
    styles = paragraph_styles()
    tag = element.tag
    if tag in ("h2", "h3"):
        return [CondPageBreak(HEADING_ROOM), Paragraph(inline(element), styles[tag])]
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
        return _contents()
    raise MarkupError(f"unknown element <{tag}> in the pack's markup")


def to_story(markup: str) -> list[Flowable]:
    """The pack's markup (from the templates) as the story reportlab lays out."""
    root = ET.fromstring(markup)
    story: list[Flowable] = []
    for part in root:
        if part.tag == "cover":
            for child in part:
                story.extend(block(child))
        elif part.tag == "part":
            if story:
                story.append(PageBreak())
            story.append(PartHeading(part.get("title", ""), part.get("key", "")))
            for child in part:
                story.extend(block(child))
        else:
            raise MarkupError(f"unknown part <{part.tag}> in the pack's markup")
    return story
