"""Supporting PDFs put after the pack's last page, marked and numbered as the pack's own pages.

pypdf (already used to encrypt the pack) reads each document; one that cannot be read (damaged,
or protected by a password) is not appended, and the pack's list of attachments says so with
what is known of it. The pack is appended to in memory, before any encryption.

Each appended page is handed on as part of the pack, so it carries what every page of the pack
carries: OFFICIAL-SENSITIVE, the case reference, the pack's version and "Page N of M" (numbered on
from the pack's last page), and the TRAINING mark in a training case. The marks are drawn by
reportlab with the pack's own code (`pages.draw_marks`) on an overlay page. So that no mark covers
a word of the document, its page is put on an A4 page (landscape for a landscape page) and made
smaller, never larger, to fit between the strips the marks use; a page turned by /Rotate is turned
first, so it reads the way up it is shown.

pypdf is imported only here and only when a document is read: a case with no PDF attached never
loads it (about a quarter of a second of the command-line export).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from toolkit_desktop.export.pack.pages import (
    MARKS_BAND,
    PageMarks,
    Size,
    draw_marks,
    draw_watermark,
)

if TYPE_CHECKING:
    from pypdf import PageObject


@dataclass(frozen=True)
class Appendix:
    """One document to append: the bookmark's title, its bytes, and its number of pages."""

    title: str
    data: bytes
    pages: int


def pdf_pages(data: bytes) -> int | None:
    """How many pages a PDF has, when it can be appended; None when it cannot be read
    (damaged, password-protected, or with no pages)."""
    if not data.startswith(b"%PDF-"):
        return None
    from pypdf import PdfReader  # deferred: see the module's docstring

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        pages = len(reader.pages)
        for page in reader.pages:  # each page must be readable to be copied
            page.mediabox  # noqa: B018
    except Exception:  # pypdf raises many kinds on a damaged file
        return None
    return pages or None


def _sheet_for(width: float, height: float) -> Size:
    """The A4 page a document's page is put on: landscape for a landscape page."""
    sheet: Size = landscape(A4) if width > height else A4
    return sheet


def _overlay(sizes: Sequence[Size], marks: PageMarks, first: int, total: int) -> bytes:
    """One page of marks for each appended page, numbered from `first` of `total`."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=sizes[0] if sizes else A4)
    for number, size in enumerate(sizes, start=first):
        canvas.setPageSize(size)
        draw_marks(canvas, marks, number, total, size)
        if marks.training:
            # Over the document, not under it: a scanned page would hide it entirely.
            draw_watermark(canvas, size)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _fit(page: PageObject) -> tuple[Size, tuple[float, float, float, float, float, float]]:
    """The sheet a document's page goes on, and the matrix that puts its visible area (its
    crop box) between the marks' strips, centred, made smaller if it does not fit."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    sheet = _sheet_for(width, height)
    room_w, room_h = sheet[0], sheet[1] - 2 * MARKS_BAND
    scale = min(1.0, room_w / width, room_h / height)
    dx = (room_w - width * scale) / 2 - float(box.left) * scale
    dy = MARKS_BAND + (room_h - height * scale) / 2 - float(box.bottom) * scale
    return sheet, (scale, 0.0, 0.0, scale, dx, dy)


def append_documents(pack: bytes, documents: Sequence[Appendix], marks: PageMarks) -> bytes:
    """The pack with each document's pages after its last page, each document under its own
    bookmark, every page marked and numbered on from the pack's own."""
    if not documents:
        return pack
    from pypdf import PdfReader, PdfWriter  # deferred: see the module's docstring

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pack)))
    own = len(writer.pages)
    # Each document's own writer: pypdf changes a page's content (its turn) only in a writer.
    sources = [list(PdfWriter(clone_from=PdfReader(io.BytesIO(d.data))).pages)
               for d in documents]
    for pages in sources:
        for page in pages:
            # /Rotate into the content and the boxes: the page is placed the way up it is read.
            page.transfer_rotation_to_content()
    placed = [_fit(page) for pages in sources for page in pages]
    total = own + len(placed)
    overlay = PdfReader(io.BytesIO(_overlay([sheet for sheet, _ in placed], marks, own + 1,
                                            total)))
    n = 0
    for document, pages in zip(documents, sources, strict=True):
        start = len(writer.pages)
        for page in pages:
            sheet, matrix = placed[n]
            target = writer.add_blank_page(*sheet)
            # pypdf clips the document's page to its crop box, and moves its links with it.
            target.merge_transformed_page(page, matrix)
            target.merge_page(overlay.pages[n])
            n += 1
        writer.add_outline_item(title=document.title, page_number=start)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
