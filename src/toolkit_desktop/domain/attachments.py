"""Photos and supporting documents attached to a case: what is accepted, and what is kept of each.

A file is recognised by its first bytes, never by its name: a `.jpg` that is really something
else is refused. The limits follow the NRM online form (25 MB a file). A removed attachment keeps
its record (what it was, who added it, who removed it, when and why); only its bytes go.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

MOST_ATTACHMENT_BYTES = 25 * 1024 * 1024  # as the NRM online form allows a file
# Ten files at the limit: a case holding more is not one a laptop should carry in one vault row.
MOST_CASE_ATTACHMENT_BYTES = 10 * MOST_ATTACHMENT_BYTES
LONGEST_DESCRIPTION = 500
LONGEST_FILE_NAME = 200


class AttachmentKind(enum.Enum):
    """What the bytes are, told by their first bytes."""

    JPEG = "jpeg"
    PNG = "png"
    PDF = "pdf"

    @property
    def is_image(self) -> bool:
        return self is not AttachmentKind.PDF

    @property
    def words(self) -> str:
        """The kind as a list shows it."""
        return {"jpeg": "JPEG image", "png": "PNG image", "pdf": "PDF document"}[self.value]


_MAGIC = (
    (b"\xff\xd8\xff", AttachmentKind.JPEG),
    (b"\x89PNG", AttachmentKind.PNG),
    (b"%PDF-", AttachmentKind.PDF),
)


def kind_of(data: bytes) -> AttachmentKind | None:
    """The kind of file these bytes begin, or None for anything else."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def size_words(size: int) -> str:
    """A size as people say it: "820 KB", "3.4 MB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def size_problem(size: int, name: str, already_held: int = 0) -> str | None:
    """Why a file of `size` bytes cannot be attached (too large, or empty), or None."""
    if size == 0:
        return f"{name} is empty, so there is nothing to attach."
    if size > MOST_ATTACHMENT_BYTES:
        return (f"{name} is {size_words(size)}, larger than the "
                f"{MOST_ATTACHMENT_BYTES // (1024 * 1024)} MB a file may be (as on the NRM "
                "online form); attach a smaller copy or a scan at a lower resolution.")
    if already_held + size > MOST_CASE_ATTACHMENT_BYTES:
        return (f"{name} would take this case's attachments past "
                f"{MOST_CASE_ATTACHMENT_BYTES // (1024 * 1024)} MB; remove one it no longer needs "
                "first.")
    return None


def content_problem(data: bytes, name: str) -> str | None:
    """Why these bytes cannot be attached (not a JPEG, PNG or PDF), or None."""
    if kind_of(data) is None:
        return (f"{name} is not a JPEG or PNG photo or a PDF document (judged by its content, "
                "not its name), so it cannot be attached.")
    return None


def description_problem(text: str) -> str | None:
    """Why a description cannot be used, or None."""
    if not text.strip():
        return "Say in a few words what the file is (a description is needed)."
    if len(text) > LONGEST_DESCRIPTION:
        return f"The description is longer than {LONGEST_DESCRIPTION} characters; shorten it."
    if any(ord(c) < 32 and c not in "\t" for c in text):
        return "The description must be on one line."
    return None


@dataclass(frozen=True)
class Removal:
    """Why, when and by whom an attachment was taken out of the case."""

    removed_at: datetime
    removed_by: str
    reason: str


@dataclass(frozen=True)
class Attachment:
    """A file attached to a case: what it is, and who added it when. The bytes are apart."""

    case_id: int
    number: int  # 1, 2, 3... in the order attached to this case; removed ones keep theirs
    kind: AttachmentKind
    description: str
    document_date: date | None  # the date the document or photo is of, when known
    file_name: str  # the name it had when attached, without its folder
    size: int
    sha256: str
    child_photo: bool  # a photo of the child, for the missing-child description sheet
    added_at: datetime
    added_by: str
    removal: Removal | None = None
    id: int | None = None

    @property
    def removed(self) -> bool:
        return self.removal is not None


@dataclass(frozen=True)
class AttachedFile:
    """An attachment with its bytes, as the pack and a saved copy need them."""

    attachment: Attachment
    data: bytes


def sheet_photo(files: tuple[AttachedFile, ...] | list[AttachedFile]) -> AttachedFile | None:
    """The photo the missing-child sheet shows: the newest photo of the child not removed."""
    photos = [f for f in files if f.attachment.child_photo and not f.attachment.removed
              and f.attachment.kind.is_image]
    return photos[-1] if photos else None
