"""Deleting a case for good, and finding the cases past the organisation's retention period.

A case is deleted only with a reason and its reference typed back: the practitioner reads the
reference off the screen, so the wrong case (or a mistyped number on the command line) is never
deleted. Everything of the case leaves the vault file (see `CaseStore.delete_case`); what stays is
one audit line with the reference, the date, who and why (for a case handed over to a colleague's
laptop, to whom and when: `delete_handed_over`). Backups taken before still hold the
case until they are rotated away, and the sentence after deleting says by when at the latest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from toolkit_desktop.domain.records import Case
from toolkit_desktop.domain.wording import local, show_date, uk_today
from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.policy import Policy
from toolkit_desktop.services.cases import practitioner_name
from toolkit_desktop.storage.backups import (
    BACKUP_SUFFIX,
    KEPT_LABELS,
    Generations,
    list_backups,
    taken_at,
)
from toolkit_desktop.storage.vault import Vault


class DeletionRefused(ToolkitError):
    """A deletion without a reason, or with the wrong reference typed back; nothing was deleted."""

    code = "deletion_refused"


@dataclass(frozen=True)
class CaseDeleted:
    """What a deletion did, and what still holds the case."""

    reference: str
    deleted_at: datetime
    # The latest day the last routine backup holding the case is rotated away; None: no backup.
    backups_until: date | None
    kept_backups: tuple[Path, ...]  # taken before a migration or a restore: never rotated
    compacted: bool  # False when VACUUM could not run (a full disk)

    @property
    def sentence(self) -> str:
        """The confirmation the app and the command line show."""
        parts = [f"Case {self.reference} was deleted: nothing of it is left in the vault."]
        if not self.compacted:
            parts.append(
                "Its space was wiped but the vault file could not be compacted (the disk may be "
                "full); free some space and delete nothing more until it is."
            )
        if self.backups_until is not None:
            parts.append(
                "Backups taken before now still hold it; the last of them is removed by "
                f"{show_date(self.backups_until)} at the latest, as new backups are taken."
            )
        if len(self.kept_backups) == 1:
            parts.append(
                "One backup kept from before a migration or a restore also holds it and is never "
                f"removed automatically: your IT team can delete it from "
                f"{self.kept_backups[0].parent}."
            )
        elif self.kept_backups:
            parts.append(
                f"{len(self.kept_backups)} backups kept from before a migration or a restore also "
                "hold it and are never removed automatically: your IT team can delete them from "
                f"{self.kept_backups[0].parent}."
            )
        return " ".join(parts)


def rotated_by(found: list[Path], now: datetime, keep: Generations) -> date | None:
    """The latest day the routine backups in `found` are all gone under `keep`, or None if
    there are none. A routine backup is removed once it is neither among the newest `recent`
    nor the newest of a day within `daily` days or of a week within `weekly` weeks: so at the
    latest `max(daily days, weekly weeks)` after the newest of them was taken, provided enough
    newer backups have been taken by then (one each unlock after a change)."""
    moments = [taken_at(p) for p in _routine(found)]
    times = [m for m in moments if m is not None]
    if not times:
        return None
    latest = max(times) + timedelta(days=max(keep.daily, 7 * keep.weekly))
    return uk_today(max(latest, now))


def _kept_label(path: Path) -> bool:
    return any(path.name.endswith(f"-{label}{BACKUP_SUFFIX}") for label in KEPT_LABELS)


def _routine(found: list[Path]) -> list[Path]:
    return [p for p in found if not _kept_label(p)]


def delete_case(
    vault: Vault,
    case_id: int,
    reason: str,
    typed_reference: str,
    keep: Generations,
    *,
    by: str | None = None,
) -> CaseDeleted:
    """Delete the case after checking the reason and the reference typed back.

    `by` names who deletes it (the practitioner's name when not given). Refused, with nothing
    deleted, when the reason is empty or the reference typed back is not the case's own.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise DeletionRefused("Say why the case is being deleted; nothing was deleted.")
    case = vault.cases.get(case_id)  # CaseNotFound says there is no such case
    if typed_reference.strip().upper() != case.reference.upper():
        raise DeletionRefused(
            f"That is not the reference of case {case_id}, so nothing was deleted. Type the "
            "reference exactly as the case list shows it."
        )
    who = " ".join((by or practitioner_name(vault)).split())
    return _delete(vault, case, f"case {case.reference} deleted by {who}; reason: {reason}", keep)


def delete_handed_over(vault: Vault, case: Case, audit_detail: str, keep: Generations
                       ) -> CaseDeleted:
    """Delete a case handed over to a colleague's laptop, once its receiver's confirmation code
    was typed back (`services.handover` checks it): everything of it leaves the vault as in
    `delete_case`, and the audit line (`audit_detail`) says to whom it went and when."""
    return _delete(vault, case, audit_detail, keep)


def _delete(vault: Vault, case: Case, audit_detail: str, keep: Generations) -> CaseDeleted:
    before = list_backups(vault.path)  # taken before the deletion: each may hold the case
    now = vault.clock.now()
    compacted = vault.cases.delete_case(case, audit_detail)
    return CaseDeleted(
        reference=case.reference,
        deleted_at=now,
        backups_until=rotated_by(before, now, keep),
        kept_backups=tuple(p for p in before if _kept_label(p)),
        compacted=compacted,
    )


@dataclass(frozen=True)
class PastRetention:
    """A case with nothing recorded in it for longer than the organisation keeps cases."""

    case_id: int
    reference: str
    last_activity: date  # the UK date anything was last recorded in it
    days: int  # since then


def cases_past_retention(vault: Vault, policy: Policy, today: date) -> list[PastRetention]:
    """The cases whose last activity (the latest answer, entry, conversation, attachment or
    export) is more than the policy's `retention_days` before `today`, longest untouched first.
    None are listed when the organisation sets no retention period. Listed for review only: a
    person decides whether each is deleted."""
    if policy.retention_days is None:
        return []
    due = []
    for case, at in vault.cases.last_activity():
        last = local(at).date()
        days = (today - last).days
        if days > policy.retention_days:
            due.append(PastRetention(case.id, case.reference, last, days))
    return sorted(due, key=lambda d: (d.last_activity, d.case_id))


def retention_notice(due: list[PastRetention]) -> str:
    """The case list's line about the cases past retention; "" when there are none."""
    if not due:
        return ""
    count = len(due)
    names = ", ".join(d.reference for d in due[:5]) + (", …" if count > 5 else "")
    are = "case is" if count == 1 else "cases are"
    return (
        f"{count} {are} past your organisation's retention period: review "
        f"{'it' if count == 1 else 'them'} ({names}), and delete any no longer needed."
    )
