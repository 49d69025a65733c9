"""Encrypted backups beside the vault: taken with SQLCipher's own export, rotated, restored.

Never a file copy of a live database: `sqlcipher_export` writes a consistent, fully encrypted
copy keyed with the same passphrase (so any SQLCipher 4 client opens it). Each backup is written
under a temporary name in the backups folder and renamed into place, so a crash or a full disk
never leaves a half-written backup that looks whole.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from toolkit_desktop.files import fsync_dir
from toolkit_desktop.paths import backups_dir
from toolkit_desktop.storage.engine import DbapiConnection, normalise_passphrase
from toolkit_desktop.storage.lock import VaultLock

BACKUP_SUFFIX = ".tkvault"
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<label>[a-z-]+)\.tkvault$")


KEPT_LABELS = frozenset({"replaced", "before-migration"})


def _label(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group("label") if match else ""


def backup_name(now: datetime, label: str) -> str:
    """A file name that sorts by time and says why the backup was taken."""
    return f"{now.strftime('%Y%m%dT%H%M%S%fZ')}-{label}{BACKUP_SUFFIX}"


def list_backups(vault_path: Path) -> list[Path]:
    """The vault's backups, newest first."""
    folder = backups_dir(vault_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def export_copy(conn: DbapiConnection, passphrase: str, target: Path) -> None:
    """Write an encrypted copy of the open vault to `target` (which must not exist), atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".partial-{os.getpid()}-{target.name}")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        # ATTACH takes bound parameters for both the file name and the key: no quoting needed.
        conn.execute(
            "ATTACH DATABASE ? AS backup KEY ?", (str(partial), normalise_passphrase(passphrase))
        )
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
        finally:
            conn.execute("DETACH DATABASE backup")
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise


def take_backup(
    conn: DbapiConnection, passphrase: str, vault_path: Path, now: datetime, label: str, keep: int
) -> Path:
    """Take one backup, then keep only the newest `keep` (at least one)."""
    target = backups_dir(vault_path) / backup_name(now, label)
    export_copy(conn, passphrase, target)
    # Only routine backups rotate: a vault replaced by a restore, or as it was before a
    # migration, may hold the only copy of something and is kept until someone removes it.
    routine = [p for p in list_backups(vault_path) if _label(p) not in KEPT_LABELS]
    for old in routine[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def restore_backup(backup: Path, path: Path) -> None:
    """Put a backup in the vault's place; the replaced vault is kept among the backups."""
    partial = path.with_name(f".restoring-{os.getpid()}-{path.name}")
    with VaultLock(path):  # never swap the file from under a copy of the app that has it open
        _replace_with(backup, path, partial)


def _replace_with(backup: Path, path: Path, partial: Path) -> None:
    try:
        shutil.copyfile(backup, partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        if path.exists():
            keep = backups_dir(path) / backup_name(datetime.now(UTC), "replaced")
            keep.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, keep)
        os.replace(partial, path)
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
