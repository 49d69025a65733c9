"""The vault's upkeep as IT staff and the app ask for it: create, unlock, check, back up, re-key,
restore. The command line and the unlock screens reach the vault's files only through here.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.paths import backups_dir
from toolkit_desktop.policy import enforce_passphrase, enforce_vault_place
from toolkit_desktop.settings import Settings
from toolkit_desktop.storage import backups, upkeep
from toolkit_desktop.storage.backups import Generations
from toolkit_desktop.storage.errors import VaultDamaged, VaultError
from toolkit_desktop.storage.vault import Vault

# Vault: the type `unlock` hands the command line; Generations: which backups are kept.
__all__ = ["CheckResult", "Generations", "Vault"]


@dataclass(frozen=True)
class CheckResult:
    """What `vault check` found: the problems (none when sound) and how many cases it holds."""

    problems: list[str]
    cases: int


def generations(settings: Settings) -> Generations:
    """Which backups the settings keep: recent ones, one a day, one a week."""
    return Generations(settings.backups_kept, settings.backups_daily, settings.backups_weekly)


def backups_folder(vault_path: Path) -> Path:
    """Where the backups of this vault are kept."""
    return backups_dir(vault_path)


def vault_backups(vault_path: Path) -> list[Path]:
    """The backups of this vault, newest first."""
    return backups.list_backups(vault_path)


def newest_backup(vault_path: Path) -> Path | None:
    """The newest backup of this vault (each was checked before it got a backup's name)."""
    return upkeep.newest_sound_backup(vault_path)


def create(path: Path, passphrase: str, clock: Clock) -> None:
    """Create a new, empty vault and close it (where and as strong as the policy allows)."""
    enforce_vault_place(path)
    enforce_passphrase(passphrase)
    Vault.create(path, passphrase, clock).close()


def unlock(
    path: Path, passphrase: str, clock: Clock, keep: Generations | int, *, backup: bool = False
) -> Vault:
    """Open the vault at `path`, refusing anything that is not one without changing it, and
    any vault kept where the organisation's policy does not allow."""
    enforce_vault_place(path)
    return Vault.open(path, passphrase, clock, backup=backup, keep=keep)


def check(path: Path, passphrase: str) -> CheckResult:
    """SQLite's and SQLCipher's integrity checks, read-only, and the number of cases."""
    conn = upkeep.open_read_only(path, passphrase)  # one key derivation for both
    try:
        problems = upkeep.integrity_problems(conn)
        if problems:  # counting the cases would read the damaged pages again
            return CheckResult(problems, 0)
        try:
            _info, count = upkeep.vault_facts(conn)
        except Exception as exc:
            raise VaultDamaged(path, upkeep.newest_sound_backup(path)) from exc
    finally:
        conn.close()
    return CheckResult(problems, count)


def backup_now(path: Path, passphrase: str, clock: Clock, keep: Generations | int) -> Path:
    """Take an encrypted backup now; its path."""
    with unlock(path, passphrase, clock, keep, backup=False) as vault:
        return vault.backup(passphrase, "manual", keep)


def change_passphrase(vault: Vault, new_passphrase: str, keep: Generations | int) -> str | None:
    """Re-key the vault, then replace its backups with one under the new passphrase.

    Backups made under the old passphrase would still open with it, so a leaked old passphrase
    would open them: they go once the new backup is written. If no new backup can be written
    (a full disk) they are kept, and the sentence returned says so; None when all went well.
    """
    enforce_passphrase(new_passphrase)
    vault.rekey(new_passphrase)
    old_backups = backups.list_backups(vault.path)  # this vault's only, never a neighbour's
    try:
        vault.backup(new_passphrase, "rekey", keep)
    except VaultError as exc:
        return (
            f"The passphrase was changed, but no backup under it could be taken ({exc.message}) "
            "The older backups were kept; they still open with the old passphrase."
        )
    for old in old_backups:
        with contextlib.suppress(OSError):
            old.unlink()
    return None


def prove_backup(backup: Path, passphrase: str) -> None:
    """Refuse, in a sentence, a backup that does not open with this passphrase."""
    upkeep.open_read_only(backup, passphrase).close()


def restore(backup: Path, vault_path: Path) -> None:
    """Put a backup proven by `prove_backup` in the vault's place; the vault it replaces is kept."""
    enforce_vault_place(vault_path)
    backups.restore_backup(backup, vault_path)


def is_training_file(path: Path, passphrase: str) -> bool:
    """Whether the file at `path` opens with `passphrase` and says it is a training vault."""
    conn = upkeep.open_read_only(path, passphrase)
    try:
        info, _count = upkeep.vault_facts(conn)
    finally:
        conn.close()
    return info.get("training") == "1"
