"""Vault-wide records beside the cases: the practitioner's profile and the audit trail.

Both are append-only: a changed profile is a new row (the newest is current), and the audit trail
says what happened to the vault (opens, exports, re-keys, backups, restores), never what a case
holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select

from toolkit_desktop.domain.records import AuditEvent, Profile
from toolkit_desktop.storage.tables import audit, profile

if TYPE_CHECKING:
    from toolkit_desktop.storage.vault import Vault


def current_profile(vault: Vault, conn: Connection | None = None) -> Profile:
    """The practitioner's details (empty until set), in the caller's transaction if given."""
    if conn is None:
        with vault.transaction() as own:
            return current_profile(vault, own)
    row = conn.execute(select(profile).order_by(profile.c.id.desc()).limit(1)).first()
    if row is None:
        return Profile()
    return Profile(row.name, row.role, row.team, row.organisation, row.phone, row.email)


def save_profile(vault: Vault, details: Profile) -> None:
    """Record the practitioner's details; earlier versions are kept."""
    with vault.transaction() as conn:
        conn.execute(insert(profile).values(**vars(details), updated_at=vault.clock.now()))


def record_audit(
    vault: Vault, action: str, detail: str = "", conn: Connection | None = None
) -> None:
    """Add to the audit trail, in the caller's transaction when one is given."""
    if conn is not None:
        conn.execute(insert(audit).values(at=vault.clock.now(), action=action, detail=detail))
        return
    with vault.transaction() as own:
        record_audit(vault, action, detail, own)


def audit_trail(vault: Vault) -> list[AuditEvent]:
    """The audit trail, oldest first."""
    with vault.transaction() as conn:
        rows = conn.execute(select(audit).order_by(audit.c.id))
        return [AuditEvent(r.at, r.action, r.detail) for r in rows]
