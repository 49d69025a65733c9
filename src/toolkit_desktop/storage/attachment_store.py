"""Attachments in the vault: their records, their bytes (a BLOB, encrypted with the rest), removals.

Records and removals are append-only (the tables' triggers refuse anything else). Removing an
attachment records who, when and why, then deletes its bytes in the same transaction, with
SQLite's secure delete on so the freed pages are overwritten rather than left for recovery.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select

from toolkit_desktop.domain.attachments import AttachedFile, Attachment, AttachmentKind, Removal
from toolkit_desktop.storage.errors import VaultError
from toolkit_desktop.storage.tables import attachment_data, attachment_removals, attachments

if TYPE_CHECKING:
    from toolkit_desktop.storage.vault import Vault


class AttachmentNotFound(VaultError):
    code = "attachment_not_found"

    def __init__(self, case_id: int, number: int) -> None:
        super().__init__(f"Case {case_id} has no attachment number {number}.")


def add(vault: Vault, attachment: Attachment, data: bytes | None,
        conn: Connection | None = None) -> Attachment:
    """Store an attachment and its bytes (None: a removed one arriving from a case file, with its
    removal); the record comes back with its id and number."""
    if conn is None:
        with vault.transaction() as own:
            return add(vault, attachment, data, own)
    values = {
        "case_id": attachment.case_id, "kind": attachment.kind.value,
        "description": attachment.description,
        "document_date": attachment.document_date.isoformat() if attachment.document_date
        else None,
        "file_name": attachment.file_name, "size": attachment.size, "sha256": attachment.sha256,
        "child_photo": attachment.child_photo, "added_at": attachment.added_at,
        "added_by": attachment.added_by,
    }
    key = conn.execute(insert(attachments).values(**values)).inserted_primary_key
    assert key is not None
    new_id = int(key[0])
    if data is not None:
        conn.execute(insert(attachment_data).values(attachment_id=new_id, data=data))
    if attachment.removal is not None:
        _record_removal(conn, new_id, attachment.removal)
    number = conn.execute(
        select(func.count()).where(attachments.c.case_id == attachment.case_id,
                                   attachments.c.id <= new_id)
    ).scalar_one()
    return Attachment(**{**vars(attachment), "id": new_id, "number": int(number)})


def listed(vault: Vault, case_id: int) -> list[Attachment]:
    """Every attachment of a case, removed ones too, in the order attached."""
    query = (
        select(attachments, attachment_removals.c.removed_at, attachment_removals.c.removed_by,
               attachment_removals.c.reason)
        .outerjoin(attachment_removals, attachment_removals.c.attachment_id == attachments.c.id)
        .where(attachments.c.case_id == case_id)
        .order_by(attachments.c.id)
    )
    with vault.transaction() as conn:
        rows = conn.execute(query).all()
    return [_attachment(row, number) for number, row in enumerate(rows, start=1)]


def by_number(vault: Vault, case_id: int, number: int) -> Attachment:
    """One attachment of a case by its number, or AttachmentNotFound."""
    found = listed(vault, case_id)
    if not 1 <= number <= len(found):
        raise AttachmentNotFound(case_id, number)
    return found[number - 1]


def data_of(vault: Vault, attachment_id: int) -> bytes | None:
    """The bytes of an attachment; None once it was removed."""
    with vault.transaction() as conn:
        value = conn.execute(
            select(attachment_data.c.data).where(attachment_data.c.attachment_id == attachment_id)
        ).scalar_one_or_none()
    return None if value is None else bytes(value)


def held_files(vault: Vault, case_id: int) -> list[AttachedFile]:
    """The attachments of a case not removed, each with its bytes, in the order attached."""
    with vault.transaction() as conn:
        data = dict(conn.execute(
            select(attachment_data.c.attachment_id, attachment_data.c.data)
            .join(attachments, attachments.c.id == attachment_data.c.attachment_id)
            .where(attachments.c.case_id == case_id)
        ).all())
    return [AttachedFile(a, bytes(data[a.id])) for a in listed(vault, case_id)
            if not a.removed and a.id in data]


def held_bytes(vault: Vault, case_id: int) -> int:
    """How many bytes the attachments of a case not removed take."""
    return sum(a.size for a in listed(vault, case_id) if not a.removed)


def remove(vault: Vault, attachment: Attachment, removal: Removal) -> None:
    """Record why the attachment was removed, then delete its bytes, in one transaction."""
    assert attachment.id is not None
    with vault.transaction() as conn:
        # Overwrite freed pages, so the removed photo cannot be read back from the vault's free
        # space by someone holding the passphrase (its backups keep it until they are rotated).
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        _record_removal(conn, attachment.id, removal)
        conn.execute(
            attachment_data.delete().where(attachment_data.c.attachment_id == attachment.id)
        )


def _record_removal(conn: Connection, attachment_id: int, removal: Removal) -> None:
    conn.execute(insert(attachment_removals).values(
        attachment_id=attachment_id, removed_at=removal.removed_at,
        removed_by=removal.removed_by, reason=removal.reason,
    ))


def _attachment(row: Any, number: int) -> Attachment:
    removal = None
    if row.removed_at is not None:
        removal = Removal(row.removed_at, row.removed_by, row.reason)
    return Attachment(
        case_id=row.case_id, number=number, kind=AttachmentKind(row.kind),
        description=row.description,
        document_date=date.fromisoformat(row.document_date) if row.document_date else None,
        file_name=row.file_name, size=row.size, sha256=row.sha256,
        child_photo=bool(row.child_photo), added_at=row.added_at, added_by=row.added_by,
        removal=removal, id=row.id,
    )
