"""The unlocked vault as the windows see it: opened, created or restored on the worker thread.

The windows reach the vault only through a `Session`: it names what they may ask (the case list,
the profile, a case's conversations, the referral pack) and keeps the storage behind it. Nothing
here touches a widget, so each function can run as one job of the app's worker.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.nrm_dates import load_bank_holidays
from toolkit_desktop.domain.records import Conversation, Profile
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.policy import (
    Policy,
    PolicyRefusal,
    enforce_passphrase,
    enforce_vault_place,
    load_policy,
    training_refusal,
)
from toolkit_desktop.services import deletion, handover, referral
from toolkit_desktop.services import overview as coordinator
from toolkit_desktop.services.attachments import CaseAttachments
from toolkit_desktop.services.case_list import CaseEntry, case_entries
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.overview import OverviewLine
from toolkit_desktop.services.training import open_training_vault
from toolkit_desktop.services.upkeep import Generations, change_passphrase, prove_backup, restore
from toolkit_desktop.services.upkeep import generations as generations  # its home is upkeep now
from toolkit_desktop.storage.vault import Vault
from toolkit_desktop.translatable import Said


class Session:
    """What exists only while the vault is unlocked.

    The profile and the training flag are read once, on the worker, when the vault opens: the GUI
    thread never waits on the vault itself, which may be busy with a long export for seconds.
    """

    def __init__(
        self,
        vault: Vault,
        definitions: Definitions,
        *,
        backup_with: str | None = None,
        keep: Generations | None = None,
    ) -> None:
        self.vault = vault  # for the services and for tests; the windows use the methods below
        self.definitions = definitions
        # The passphrase for the unlock backup, held only until `take_backup_if_due` has run.
        self._backup_with = backup_with
        self._keep = keep or Generations()
        self.service = CaseService(vault, definitions)
        self.profile: Profile = vault.profile()
        self.training: bool = vault.training

    @property
    def backup_warning(self) -> Said | str | None:
        """What the status bar says about the vault's safety: why it is read-only (damaged, or
        the disk full), or why no backup could be taken at unlock."""
        return self.vault.read_only or self.vault.backup_warning

    @property
    def read_only(self) -> Said | str | None:
        """Why nothing can be saved (damaged vault, full disk), or None."""
        return self.vault.read_only

    def take_backup_if_due(self) -> Said | str | None:
        """Take the unlock backup (if anything changed since the last); run on the worker once
        the case list is on screen. The status bar's sentence afterwards, if any."""
        passphrase, self._backup_with = self._backup_with, None
        if passphrase is not None:
            self.vault.take_backup_if_due(passphrase, self._keep)
        return self.backup_warning

    def load_calendars(self) -> None:
        """Load the bank holidays the NRM dates count (run on the worker after unlocking)."""
        load_bank_holidays(uk_today(self.vault.clock.now()))

    def change_passphrase(self, old: str, new: str) -> str | None:
        """Re-key the vault after proving `old` opens it; a warning sentence, or None.

        `old` is proven on a second connection to the file, so a mistyped old passphrase changes
        nothing; the re-key itself never puts the vault at risk (see `storage.upkeep.rekey`).
        """
        prove_backup(self.vault.path, old)
        return change_passphrase(self.vault, new, self._keep)

    def entries(self, today: date) -> list[CaseEntry]:
        """Every case as a line of the case list."""
        entries = case_entries(self.vault.cases, self.definitions.timescales, today,
                               keep=self.vault.read_only is None)
        waiting = handover.awaiting_handovers(self.vault)
        return [replace(e, handover=waiting[e.case_id].mark) if e.case_id in waiting else e
                for e in entries]

    def overview(self, today: date) -> list[OverviewLine]:
        """The coordinator's view: every case, what needs action first (`services.overview`)."""
        return coordinator.overview(self.vault, self.definitions, today)

    def save_overview_csv(self, lines: list[OverviewLine], target: Path) -> None:
        """Write the view for the safeguarding board: references, never names."""
        coordinator.save_overview_csv(lines, target)

    def delete_case(self, case_id: int, reason: str, typed_reference: str) -> deletion.CaseDeleted:
        """Delete a case for good once the reason and the reference typed back are checked."""
        return deletion.delete_case(self.vault, case_id, reason, typed_reference, self._keep)

    def past_retention(
        self, today: date, policy: Policy | None = None
    ) -> list[deletion.PastRetention]:
        """The cases past the organisation's retention period, for review."""
        policy = load_policy() if policy is None else policy
        return deletion.cases_past_retention(self.vault, policy, today)

    def save_profile(self, profile: Profile) -> None:
        """Keep the practitioner's details (earlier versions stay in the vault)."""
        self.vault.save_profile(profile)

    def conversations(self, case_id: int) -> list[Conversation]:
        """The case's recorded conversations, oldest first."""
        return self.vault.cases.conversations(case_id)

    def attachments(self, case_id: int) -> CaseAttachments:
        """The case's photo and documents: attach, list, view, save a copy, remove."""
        return CaseAttachments(self.vault, case_id)

    def pack_contents(self, case_id: int) -> list[str]:
        """What the next referral pack of the case will contain, a line a part."""
        return referral.preview_contents(self.vault, self.definitions, case_id)

    def export_pack(self, case_id: int, target: Path, password: str | None) -> int:
        """Write the case's next referral pack to `target`; its version number."""
        return referral.export_pack(self.vault, self.definitions, case_id, target, password)

    def close(self) -> None:
        """Lock: close the vault's connection."""
        self.vault.close()


def create_session(
    path: Path, passphrase: str, clock: Clock, definitions: Definitions, *, training: bool = False
) -> Session:
    """Create a new, empty vault and keep it open (where and as strong as the policy allows)."""
    if not training:
        enforce_vault_place(path)
        enforce_passphrase(passphrase)
    return Session(Vault.create(path, passphrase, clock, training=training), definitions)


def open_session(
    path: Path,
    passphrase: str,
    clock: Clock,
    definitions: Definitions,
    keep: Generations | int,
) -> Session:
    """Unlock an existing vault. Its backup is left for `Session.take_backup_if_due`, so the
    practitioner has the case list before a backup of a large vault is written."""
    enforce_vault_place(path)
    keep = Generations(recent=keep) if isinstance(keep, int) else keep
    vault = Vault.open(path, passphrase, clock, backup=False, keep=keep)
    return Session(vault, definitions, backup_with=passphrase, keep=keep)


def restore_and_open(
    backup: Path,
    path: Path,
    passphrase: str,
    clock: Clock,
    definitions: Definitions,
    keep: Generations | int,
) -> Session:
    """Prove the backup opens with this passphrase, put it in the vault's place, and unlock it."""
    enforce_vault_place(path)
    prove_backup(backup, passphrase)
    restore(backup, path)
    return open_session(path, passphrase, clock, definitions, keep)


def open_training(clock: Clock, definitions: Definitions) -> Session:
    """The training vault: made with the practice cases on first use, opened after that."""
    refusal = training_refusal(load_policy())
    if refusal:
        raise PolicyRefusal(refusal)
    return Session(open_training_vault(clock, definitions), definitions)
