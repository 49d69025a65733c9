"""Attaching a photo or a supporting document to a case, listing, removing and saving a copy out.

The file is read once, checked by its content (JPEG, PNG or PDF) and its size (25 MB, as the NRM
online form), and stored as bytes inside the vault: the vault is one encrypted file, and nothing
readable is left beside it. A copy leaves the vault only when the practitioner asks for one.
"""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path

from toolkit_desktop.domain.attachments import (
    LONGEST_FILE_NAME,
    MOST_ATTACHMENT_BYTES,
    AttachedFile,
    Attachment,
    AttachmentKind,
    Removal,
    content_problem,
    description_problem,
    kind_of,
    size_problem,
)
from toolkit_desktop.domain.wording import show_date
from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.export.atomic import write_atomically
from toolkit_desktop.services.cases import practitioner_name
from toolkit_desktop.storage.vault import Vault


class AttachmentRefused(ToolkitError):
    """A file that cannot be attached, or a removal without a reason; nothing was changed."""

    code = "attachment_refused"


def read_file(path: Path) -> bytes:
    """The bytes of a file to attach, refused in one sentence when it is missing, unreadable, too
    large or empty (the size is checked before anything is read)."""
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise AttachmentRefused(f"{path} is a folder; choose a file to attach.")
        problem = size_problem(path.stat().st_size, name)
        if problem:
            raise AttachmentRefused(problem)
        with path.open("rb") as handle:
            data = handle.read(MOST_ATTACHMENT_BYTES + 1)  # the file may grow while being read
    except FileNotFoundError:
        raise AttachmentRefused(f"There is no file at {path}.") from None
    except OSError as exc:
        raise AttachmentRefused(f"{path} cannot be read ({exc.strerror or exc}).") from None
    problem = size_problem(len(data), name)
    if problem:
        raise AttachmentRefused(problem)
    return data


def attach(
    vault: Vault,
    case_id: int,
    path: Path,
    description: str,
    document_date: date | None = None,
    *,
    child_photo: bool = False,
) -> Attachment:
    """Read a file and attach it to a case; refused in one sentence, changing nothing."""
    vault.cases.get(case_id)  # CaseNotFound before the file is read
    return attach_bytes(vault, case_id, read_file(Path(path)), Path(path).name, description,
                        document_date, child_photo=child_photo)


def attach_bytes(
    vault: Vault,
    case_id: int,
    data: bytes,
    file_name: str,
    description: str,
    document_date: date | None = None,
    *,
    child_photo: bool = False,
) -> Attachment:
    """Attach bytes already read (`file_name` is what the list shows)."""
    vault.cases.get(case_id)
    description = description.strip()
    name = file_name[-LONGEST_FILE_NAME:] or "the file"
    for problem in (description_problem(description), content_problem(data, name),
                    size_problem(len(data), name, held_bytes(vault, case_id))):
        if problem:
            raise AttachmentRefused(problem)
    kind = kind_of(data)
    assert kind is not None  # content_problem said so
    if child_photo and not kind.is_image:
        raise AttachmentRefused(
            f"{name} is a PDF document; the photo of the child must be a JPEG or PNG image.")
    attachment = Attachment(
        case_id=case_id, number=0, kind=kind, description=description,
        document_date=document_date, file_name=name, size=len(data),
        sha256=hashlib.sha256(data).hexdigest(), child_photo=child_photo,
        added_at=vault.clock.now(), added_by=practitioner_name(vault),
    )
    with vault.transaction() as conn:
        stored = vault.cases.add_attachment(attachment, data, conn)
        # The audit says what happened to the vault, never what a case holds: no description.
        vault.record_audit("attach", f"case {case_id} attachment {stored.number} "
                                     f"({kind.value}, {len(data)} bytes)", conn)
    return stored


def attachments(vault: Vault, case_id: int) -> list[Attachment]:
    """Every attachment of a case, removed ones too (with who removed them, when and why)."""
    vault.cases.get(case_id)
    return vault.cases.attachments(case_id)


def held_bytes(vault: Vault, case_id: int) -> int:
    """The bytes the case's attachments not removed take."""
    return sum(a.size for a in vault.cases.attachments(case_id) if not a.removed)


def attached_files(vault: Vault, case_id: int) -> list[AttachedFile]:
    """The attachments not removed, with their bytes."""
    return vault.cases.attached_files(case_id)


def remove(vault: Vault, case_id: int, number: int, reason: str) -> Attachment:
    """Take an attachment out of the case: the reason, the time and who are kept, and its bytes
    leave the vault (a removed photo must be gone, not hidden)."""
    reason = reason.strip()
    if not reason:
        raise AttachmentRefused("Say why the attachment is being removed; it was kept.")
    attachment = vault.cases.attachment(case_id, number)
    if attachment.removal is not None:
        raise AttachmentRefused(
            f"Attachment {number} was already removed on "
            f"{show_date(attachment.removal.removed_at)}; nothing was changed.")
    removal = Removal(vault.clock.now(), practitioner_name(vault), reason)
    vault.cases.remove_attachment(attachment, removal)
    vault.record_audit("remove-attachment", f"case {case_id} attachment {number}")
    return vault.cases.attachment(case_id, number)


def data_of(vault: Vault, case_id: int, number: int) -> bytes:
    """The bytes of an attachment, to show it in the app; refused once removed."""
    attachment = vault.cases.attachment(case_id, number)
    data = None if attachment.id is None else vault.cases.attachment_data(attachment.id)
    if data is None:
        raise AttachmentRefused(f"Attachment {number} was removed; its file is no longer kept.")
    return data


def save_copy(vault: Vault, case_id: int, number: int, target: Path) -> None:
    """Write a copy of an attachment out of the vault, at the practitioner's request only."""
    data = data_of(vault, case_id, number)
    write_atomically(Path(target), data)
    vault.record_audit("save-attachment", f"case {case_id} attachment {number} to {target}")


def pdf_pages(data: bytes) -> int | None:
    """How many pages a PDF has; None when it cannot be read (damaged, or password-protected)."""
    if kind_of(data) is not AttachmentKind.PDF:
        return None
    from pypdf import PdfReader  # pypdf reads PDFs in pure Python, already used for the pack

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        return len(reader.pages)
    except Exception:  # a damaged file: pypdf raises many kinds
        return None


class CaseAttachments:
    """One case's attachments, as the app's "Documents and photo" page uses them."""

    def __init__(self, vault: Vault, case_id: int) -> None:
        self.vault = vault
        self.case_id = case_id

    def listed(self) -> list[Attachment]:
        """Every attachment, removed ones too."""
        return attachments(self.vault, self.case_id)

    def add(self, path: Path, description: str, document_date: date | None,
            child_photo: bool) -> Attachment:
        """Attach a file; AttachmentRefused says why not."""
        return attach(self.vault, self.case_id, path, description, document_date,
                      child_photo=child_photo)

    def remove(self, number: int, reason: str) -> Attachment:
        """Remove with a reason."""
        return remove(self.vault, self.case_id, number, reason)

    def data(self, number: int) -> bytes:
        """The bytes, to show an image."""
        return data_of(self.vault, self.case_id, number)

    def save_copy(self, number: int, target: Path) -> None:
        """A copy out of the vault, on request."""
        save_copy(self.vault, self.case_id, number, target)

    def today(self) -> date:
        """The UK date, for reading a typed date."""
        from toolkit_desktop.domain.wording import uk_today

        return uk_today(self.vault.clock.now())
