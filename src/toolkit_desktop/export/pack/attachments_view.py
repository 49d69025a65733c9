"""The pack's list of supporting documents (NRM topic 38) and the photo for the missing-child sheet.

Every attachment not removed is listed with what it is, its date and size; a PDF that can be read
is appended after the pack's last page (`append.py`, by the builder), one that cannot is listed
with what is known of it. The photo is made smaller for the page (Pillow, which reportlab itself
uses for images) so a large photo does not make a large pack; a damaged image is said in words,
never a failed pack.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

from toolkit_desktop.domain.attachments import AttachedFile, sheet_photo, size_words
from toolkit_desktop.domain.wording import show_date, show_time
from toolkit_desktop.export.pack.append import Appendix, pdf_pages
from toolkit_desktop.export.pack.model import PackInput

TITLE = "Supporting documents and photo"
PHOTO_BOX_MM = (38.0, 50.0)  # width, height: a passport photo's shape, a little larger
PHOTO_PIXELS = (600, 800)  # enough for print at that size


@dataclass(frozen=True)
class AttachmentLine:
    """One attachment as the pack lists it."""

    number: int
    kind: str
    description: str
    date: str
    size: str
    added: str
    note: str  # where it is in the pack, or why it is not


@dataclass(frozen=True)
class SheetPhoto:
    """The photo as the sheet places it: a JPEG in base64 and its size on the page in mm."""

    data: str
    width_mm: float
    height_mm: float
    caption: str


@dataclass(frozen=True)
class AttachmentsView:
    """The list, the photo (or why it cannot be shown) and the documents to append."""

    lines: tuple[AttachmentLine, ...]
    removed: int  # attachments taken out of the case: counted, not described
    photo: SheetPhoto | None
    photo_problem: str
    appendices: tuple[Appendix, ...]

    @property
    def count(self) -> str:
        """The contents list's count."""
        held = len(self.lines)
        appended = len(self.appendices)
        words = f"{held} attached" + (f", {appended} appended at the end" if appended else "")
        return words + (f"; {self.removed} removed" if self.removed else "")


def _photo(held: AttachedFile) -> SheetPhoto | None:
    """The photo made smaller for the page, or None when the image cannot be read."""
    from PIL import Image  # Pillow: reportlab's own image library

    try:
        with Image.open(io.BytesIO(held.data)) as image:
            image.load()
            small = image.convert("RGB")
    except Exception:  # a damaged or truncated image: Pillow raises many kinds
        return None
    small.thumbnail(PHOTO_PIXELS)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=85)
    box_w, box_h = PHOTO_BOX_MM
    scale = min(box_w / small.width, box_h / small.height)
    a = held.attachment
    when = show_date(a.document_date) if a.document_date else show_date(a.added_at)
    return SheetPhoto(base64.b64encode(out.getvalue()).decode("ascii"), small.width * scale,
                      small.height * scale, f"Photo: {when}")


def attachments_view(pack: PackInput) -> AttachmentsView:
    """The attachments part and the sheet's photo, from the pack input."""
    files = pack.attachments
    held = [f for f in files if not f.attachment.removed]
    chosen = sheet_photo(held)
    photo = _photo(chosen) if chosen else None
    problem = ""
    if chosen is not None and photo is None:
        problem = (f"The photo of the child (attachment {chosen.attachment.number}) could not "
                   "be shown: the image file is damaged. Ask the practitioner for a copy.")
    lines: list[AttachmentLine] = []
    appendices: list[Appendix] = []
    for f in held:
        a = f.attachment
        if a.kind.is_image:
            note = "Image kept in the case's vault"
            if f is chosen:
                note = ("The photo on the missing-child description sheet" if photo
                        else "The photo of the child: could not be shown, the file is damaged")
        else:
            pages = pdf_pages(f.data)
            if pages is None:
                note = ("PDF that could not be read (damaged or password-protected), so not "
                        "appended; kept in the case's vault")
            else:
                title = f"Attachment {a.number}: {a.description}"
                appendices.append(Appendix(title, f.data, pages))
                note = f"{pages} page{'s' if pages != 1 else ''}, appended at the end of this pack"
        lines.append(AttachmentLine(
            a.number, a.kind.words, a.description,
            show_date(a.document_date) if a.document_date else "No date given",
            size_words(a.size), f"{a.added_by}, {show_time(a.added_at)}", note))
    removed = sum(1 for f in files if f.attachment.removed)
    return AttachmentsView(tuple(lines), removed, photo, problem, tuple(appendices))
