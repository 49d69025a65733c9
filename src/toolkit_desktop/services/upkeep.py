"""The vault's upkeep as IT staff and the app ask for it: create, unlock, check, back up, re-key,
restore. The command line and the unlock screens reach the vault's files only through here.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.paths import backups_dir
from toolkit_desktop.storage import backups, upkeep
from toolkit_desktop.storage.vault import Vault

__all__ = ["CheckResult", "Vault"]  # Vault: the type `unlock` hands the command line


@dataclass(frozen=True)
class CheckResult:
    """What `vault check` found: the problems (none when sound) and how many cases it holds."""

    problems: list[str]
    cases: int


def backups_folder(vault_path: Path) -> Path:
    """Where the backups of this vault are kept."""
    return backups_dir(vault_path)


def vault_backups(vault_path: Path) -> list[Path]:
    """The backups of this vault, newest first."""
    return backups.list_backups(vault_path)


def create(path: Path, passphrase: str, clock: Clock) -> None:
    """Create a new, empty vault and close it."""
    Vault.create(path, passphrase, clock).close()


def unlock(
    path: Path, passphrase: str, clock: Clock, backups_kept: int, *, backup: bool = True
) -> Vault:
    """Open the vault at `path`, refusing anything that is not one without changing it."""
    return Vault.open(path, passphrase, clock, backup=backup, backups_kept=backups_kept)


def check(path: Path, passphrase: str) -> CheckResult:
    """SQLite's and SQLCipher's integrity checks, read-only, and the number of cases."""
    conn = upkeep.open_read_only(path, passphrase)  # one key derivation for both
    try:
        problems = upkeep.integrity_problems(conn)
        _info, count = upkeep.vault_facts(conn)
    finally:
        conn.close()
    return CheckResult(problems, count)


def backup_now(path: Path, passphrase: str, clock: Clock, keep: int) -> Path:
    """Take an encrypted backup now; its path."""
    with unlock(path, passphrase, clock, keep, backup=False) as vault:
        return vault.backup(passphrase, "manual", keep)


def change_passphrase(vault: Vault, new_passphrase: str, keep: int) -> None:
    """Re-key the vault, then replace its backups with one under the new passphrase.

    Backups made under the old passphrase would still open with it, so a leaked old passphrase
    would open them: they go once the new backup is written.
    """
    vault.rekey(new_passphrase)
    old_backups = backups.list_backups(vault.path)
    vault.backup(new_passphrase, "rekey", keep)
    for old in old_backups:
        with contextlib.suppress(OSError):
            old.unlink()


def prove_backup(backup: Path, passphrase: str) -> None:
    """Refuse, in a sentence, a backup that does not open with this passphrase."""
    upkeep.open_read_only(backup, passphrase).close()


def restore(backup: Path, vault_path: Path) -> None:
    """Put a backup proven by `prove_backup` in the vault's place; the vault it replaces is kept."""
    backups.restore_backup(backup, vault_path)


def is_training_file(path: Path, passphrase: str) -> bool:
    """Whether the file at `path` opens with `passphrase` and says it is a training vault."""
    conn = upkeep.open_read_only(path, passphrase)
    try:
        info, _count = upkeep.vault_facts(conn)
    finally:
        conn.close()
    return info.get("training") == "1"
