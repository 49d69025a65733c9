"""An unlocked vault with its case service: opened, created or restored on the worker thread.

Nothing here touches a widget, so each function can run as one job of the `VaultWorker`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.records import Profile
from toolkit_desktop.services.case_list import LIST_FORMS, CaseEntry, case_entry
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.training import open_training_vault
from toolkit_desktop.storage.backups import restore_backup
from toolkit_desktop.storage.vault import Vault, open_read_only


@dataclass
class Session:
    """What exists only while the vault is unlocked.

    Everything here is read once, on the worker, when the vault opens: the GUI thread never asks
    the vault itself, which may be busy with a long export for seconds.
    """

    vault: Vault
    service: CaseService
    profile: Profile
    training: bool = False  # whether this is the training vault

    def close(self) -> None:
        """Lock: close the vault's connection."""
        self.vault.close()


def _session(vault: Vault, definitions: Definitions) -> Session:
    return Session(vault, CaseService(vault, definitions), vault.profile(), vault.training)


def create_session(
    path: Path, passphrase: str, clock: Clock, definitions: Definitions, *, training: bool = False
) -> Session:
    """Create a new, empty vault and keep it open."""
    return _session(Vault.create(path, passphrase, clock, training=training), definitions)


def open_session(
    path: Path, passphrase: str, clock: Clock, definitions: Definitions, backups_kept: int
) -> Session:
    """Unlock an existing vault (which takes an encrypted backup first)."""
    vault = Vault.open(path, passphrase, clock, backups_kept=backups_kept)
    return _session(vault, definitions)


def restore_and_open(
    backup: Path,
    path: Path,
    passphrase: str,
    clock: Clock,
    definitions: Definitions,
    backups_kept: int,
) -> Session:
    """Prove the backup opens with this passphrase, put it in the vault's place, and unlock it."""
    open_read_only(backup, passphrase).close()
    restore_backup(backup, path)
    return open_session(path, passphrase, clock, definitions, backups_kept)


def open_training(clock: Clock, definitions: Definitions) -> Session:
    """The training vault: made with the practice cases on first use, opened after that."""
    return _session(open_training_vault(clock, definitions), definitions)


def load_entries(session: Session, definitions: Definitions, today: date) -> list[CaseEntry]:
    """Every case as a line of the case list."""
    rows = session.vault.cases.list(LIST_FORMS)
    return [case_entry(row, definitions.timescales, today) for row in rows]
