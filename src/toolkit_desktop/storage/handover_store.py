"""The sending laptop's record of its handovers: to whom and when, and how each one ended.

A handover with no outcome keeps its case read-only (the triggers of migration 0006 refuse every
new row of it); "confirmed" comes with the case's deletion, "withdrawn" makes it writable again.
Rows hand out `HandoverRecord`s and never leave `storage/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select

from toolkit_desktop.storage.errors import VaultError
from toolkit_desktop.storage.tables import cases, handover_outcomes, handovers

if TYPE_CHECKING:
    from toolkit_desktop.storage.vault import Vault

# What the triggers of migration 0006 say; `upkeep.translate` matches it.
TRIGGER_MESSAGE = "the case is handed over and awaiting confirmation"


class CaseAwaitingConfirmation(VaultError):
    """A write to a case that was handed over and is waiting for the receiver's code."""

    code = "awaiting_handover_confirmation"

    def __init__(self) -> None:
        super().__init__(
            "This case was handed over and is waiting for the receiver's confirmation code, so "
            "nothing can be added to it or changed on this laptop. Ask the receiver to record "
            "it on theirs; or, if the handover did not reach them, withdraw it to work on the "
            "case here again."
        )


@dataclass(frozen=True)
class HandoverRecord:
    """One handover of a case: who received it, when, and the digest of its code."""

    id: int
    case_id: int
    handover_id: str
    reference: str
    receiver: str
    handed_by: str
    handed_at: datetime
    destination: str
    code_digest: str


def record_handover(conn: Connection, record: HandoverRecord) -> int:
    """Add a handover in the caller's transaction (the case is read-only from its commit)."""
    values = {k: v for k, v in vars(record).items() if k != "id"}
    key = conn.execute(insert(handovers).values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


def record_outcome(
    vault: Vault, record: HandoverRecord, outcome: str, at: datetime, by: str, reason: str = "",
    conn: Connection | None = None,
) -> None:
    """End a handover: "confirmed" or "withdrawn" (in the caller's transaction if given)."""
    values = {"handover_id": record.id, "outcome": outcome, "at": at, "by": by, "reason": reason}
    if conn is not None:
        conn.execute(insert(handover_outcomes).values(**values))
        return
    with vault.transaction() as own:
        own.execute(insert(handover_outcomes).values(**values))


def awaiting(vault: Vault, case_id: int | None = None) -> dict[int, HandoverRecord]:
    """The handovers waiting for their code, by case (of one case, when `case_id` is given);
    only of cases still in the vault."""
    ended = select(handover_outcomes.c.id).where(
        handover_outcomes.c.handover_id == handovers.c.id)
    query = (
        select(handovers)
        .join(cases, cases.c.id == handovers.c.case_id)
        .where(~ended.exists())
    )
    if case_id is not None:
        query = query.where(handovers.c.case_id == case_id)
    with vault.transaction() as conn:
        rows = conn.execute(query.order_by(handovers.c.id)).all()
    return {row.case_id: _record(row) for row in rows}


def _record(row: Any) -> HandoverRecord:
    return HandoverRecord(
        id=row.id, case_id=row.case_id, handover_id=row.handover_id, reference=row.reference,
        receiver=row.receiver, handed_by=row.handed_by, handed_at=row.handed_at,
        destination=row.destination, code_digest=row.code_digest,
    )
