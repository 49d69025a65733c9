"""Encrypted backups of one vault: taken with SQLCipher's own export, checked, kept in generations.

Never a file copy of a live database: `sqlcipher_export` writes a consistent, fully encrypted
copy keyed with the same passphrase (so any SQLCipher 4 client opens it). Each backup is written
under a temporary `.partial-*` name, opened and checked page by page, and only then renamed into
place: a file with a backup's name is always whole and was sound when it was taken. Partial files
left by a crash are removed at the next unlock.

Each vault has its own folder (`paths.backups_dir`), so two vaults side by side never count or
remove each other's backups. Which backups are kept is `Generations`: the newest few, one a day,
one a week; backups taken before a migration or replaced by a restore are never removed here.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from toolkit_desktop.files import fsync_dir
from toolkit_desktop.paths import backups_dir
from toolkit_desktop.storage.engine import (
    DbapiConnection,
    integrity_problems,
    normalise_passphrase,
    open_keyed,
)
from toolkit_desktop.storage.errors import BackupUnsound
from toolkit_desktop.storage.lock import VaultLock

BACKUP_SUFFIX = ".tkvault"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<label>[a-z-]+)\.tkvault$")
PARTIAL_PREFIX = ".partial-"

KEPT_LABELS = frozenset({"replaced", "before-migration"})


@dataclass(frozen=True)
class Generations:
    """How many backups are kept: the newest `recent`, then the newest of each of the last
    `daily` days and of each of the last `weekly` weeks (so a change made weeks ago and noticed
    late can still be found)."""

    recent: int = 5
    daily: int = 14
    weekly: int = 8


def _label(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group("label") if match else ""


def taken_at(path: Path) -> datetime | None:
    """When a backup was taken, from its file name."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group("stamp"), _STAMP).replace(tzinfo=UTC)


def backup_name(now: datetime, label: str) -> str:
    """A file name that sorts by time and says why the backup was taken."""
    return f"{now.astimezone(UTC).strftime(_STAMP)}-{label}{BACKUP_SUFFIX}"


def list_backups(vault_path: Path) -> list[Path]:
    """This vault's backups (and no other's), newest first."""
    folder = backups_dir(vault_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def remove_partials(vault_path: Path) -> None:
    """Remove half-written backups a crash or a full disk left behind (never a whole one)."""
    folder = backups_dir(vault_path)
    if not folder.is_dir():
        return
    for item in folder.iterdir():
        if item.name.startswith(PARTIAL_PREFIX):
            with contextlib.suppress(OSError):
                item.unlink()


def sound_copy_problems(path: Path, passphrase: str) -> list[str]:
    """Open a copy with its key and run SQLite's and SQLCipher's full checks; empty when sound."""
    conn = open_keyed(path, passphrase, read_only=True)
    try:
        return integrity_problems(conn)
    finally:
        conn.close()


def write_encrypted_copy(conn: DbapiConnection, key: str, target: Path) -> None:
    """Write the open vault, encrypted with `key`, to the new file `target`, and flush it to disk.

    The one way the vault is copied: for a backup (same key) and a re-key (the new one).
    """
    # ATTACH takes bound parameters for both the file name and the key: no quoting needed.
    conn.execute("ATTACH DATABASE ? AS copied KEY ?", (str(target), key))
    try:
        conn.execute("SELECT sqlcipher_export('copied')")
    finally:
        conn.execute("DETACH DATABASE copied")
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def export_copy(conn: DbapiConnection, passphrase: str, target: Path) -> None:
    """Write an encrypted copy of the open vault to `target`, checked, then renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{PARTIAL_PREFIX}{os.getpid()}-{target.name}")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        write_encrypted_copy(conn, normalise_passphrase(passphrase), partial)
        problems = sound_copy_problems(partial, passphrase)
        if problems:
            raise BackupUnsound(target.parent)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise


def to_remove(found: list[Path], now: datetime, keep: Generations) -> list[Path]:
    """The routine backups `keep` no longer wants (never the newest, never a kept label)."""
    routine = [p for p in found if _label(p) not in KEPT_LABELS and taken_at(p) is not None]
    routine.sort(key=lambda p: p.name, reverse=True)
    wanted: set[Path] = set(routine[: max(keep.recent, 1)])  # the newest good one, always
    days: set[object] = set()
    weeks: set[object] = set()
    for item in routine:  # newest first, so the first seen in a day or week is its newest
        when = taken_at(item)
        assert when is not None
        age = now - when
        day = when.date()
        week = day.isocalendar()[:2]
        if age < timedelta(days=keep.daily) and day not in days:
            days.add(day)
            wanted.add(item)
        if age < timedelta(weeks=keep.weekly) and week not in weeks:
            weeks.add(week)
            wanted.add(item)
    return [p for p in routine if p not in wanted]


def take_backup(
    conn: DbapiConnection,
    passphrase: str,
    vault_path: Path,
    now: datetime,
    label: str,
    keep: Generations,
) -> Path:
    """Take one checked backup, then remove the routine ones `keep` no longer wants."""
    target = backups_dir(vault_path) / backup_name(now, label)
    export_copy(conn, passphrase, target)
    for old in to_remove(list_backups(vault_path), now, keep):
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
