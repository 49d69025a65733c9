"""The vault's upkeep: checked backups when due, safe re-keying, checks, read-only opening.

Each works on the DB-API connection itself (SQLCipher pragmas, `sqlcipher_export`) and turns a
low-level failure into one sentence with `translate`.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from toolkit_desktop.files import fsync_dir
from toolkit_desktop.paths import backups_dir
from toolkit_desktop.storage import backups
from toolkit_desktop.storage.backups import Generations, write_encrypted_copy
from toolkit_desktop.storage.engine import (
    DbapiConnection,
    classify_before_keying,
    has_hot_journal,
    integrity_problems,
    normalise_passphrase,
    open_keyed,
)
from toolkit_desktop.storage.errors import (
    InterruptedChange,
    NotAVault,
    PassphraseNotChanged,
    RekeyDiskFull,
    StorageFull,
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultUnreadable,
)
from toolkit_desktop.storage.lock import VaultLock

if TYPE_CHECKING:
    from toolkit_desktop.storage.vault import Vault

__all__ = ["Generations", "integrity_problems"]

DEFAULT_GENERATIONS = Generations()
REKEY_PREFIXES = (".rekeying-", ".before-rekey-")


# -- backups ------------------------------------------------------------------------------------


def content_marker(conn: DbapiConnection) -> str:
    """A short digest of what the vault holds, ignoring the audit trail.

    The vault only ever appends rows (append-only triggers on the history tables; the other
    tables are only inserted into), so each table's largest row id and row count change whenever
    its content does; the schema version covers migrations. The audit trail is left out on
    purpose: every unlock adds an "open" line to it, and a backup that differs only by that line
    saves nothing. `PRAGMA data_version` would not do: it only counts other connections' commits
    during this one. A digest rather than the counts, because the marker is kept in the audit
    trail and says nothing about how many cases there are. About 0.02 s on 5,000 cases.
    """
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'audit' ORDER BY name"
        )
    ]
    parts = []
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        top, count = conn.execute(f"SELECT max(rowid), count(*) FROM {quoted}").fetchone()
        parts.append(f"{name}:{top}:{count}")
    if "alembic_version" in names:
        parts.append(",".join(str(r[0]) for r in conn.execute("SELECT * FROM alembic_version")))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _last_marker(conn: DbapiConnection, vault_path: Path) -> str | None:
    """The marker of the newest backup still on disk, from the audit trail."""
    present = {p.name for p in backups.list_backups(vault_path)}
    rows = conn.execute(
        "SELECT detail FROM audit WHERE action = 'backup' ORDER BY id DESC LIMIT 20"
    ).fetchall()
    for (detail,) in rows:
        name, _, rest = str(detail).partition(" contents ")
        if name in present and rest:
            return rest
    return None


def backup(
    vault: Vault, passphrase: str, label: str, keep: Generations = DEFAULT_GENERATIONS
) -> Path:
    """Take a checked, encrypted backup beside the vault and rotate the older ones."""
    with vault.raw() as raw:
        try:
            marker = content_marker(raw)
            target = backups.take_backup(raw, passphrase, vault.path, vault.clock.now(), label,
                                         keep)
        except Exception as exc:
            raise translate(exc, vault.path) from exc
    vault.record_audit("backup", f"{target.name} contents {marker}")
    return target


def backup_if_due(
    vault: Vault, passphrase: str, keep: Generations = DEFAULT_GENERATIONS
) -> Path | None:
    """Take an unlock backup unless nothing changed since the last one or the vault is unsound.

    The vault itself is checked in full first (SQLite's and SQLCipher's checks), so a damaged
    vault is never backed up and never pushes a sound backup out of the generations.
    """
    if vault.damaged:
        return None
    with vault.raw() as raw:
        try:
            marker = content_marker(raw)
            if marker == _last_marker(raw, vault.path):
                return None
            problems = integrity_problems(raw)
        except Exception as exc:
            problems = [str(exc)]
    if problems:
        vault.mark_damaged()
        return None
    return backup(vault, passphrase, "unlock", keep)


def newest_sound_backup(vault_path: Path) -> Path | None:
    """The newest backup: each is checked before it gets a backup's name."""
    found = backups.list_backups(vault_path)
    return found[0] if found else None


def remove_leftovers(vault_path: Path) -> None:
    """Remove what a crash left: half-written backups and an unfinished re-key's copy.

    Called once the vault has opened with its passphrase, under its lock: the file in place is
    then proven, so a copy kept from before a re-key is no longer needed.
    """
    backups.remove_partials(vault_path)
    for item in vault_path.parent.iterdir():
        if item.name.startswith(REKEY_PREFIXES) and item.name.endswith(f"-{vault_path.name}"):
            with contextlib.suppress(OSError):
                item.unlink()


# -- re-keying ----------------------------------------------------------------------------------


def rekey(vault: Vault, new_passphrase: str) -> None:
    """Re-encrypt the vault under a new passphrase without ever putting the old one at risk.

    `PRAGMA rekey` rewrites pages in place: if it fails part-way (a full disk), the open
    connection and the file disagree about the key and later writes can leave a file neither
    passphrase opens. Instead a re-keyed copy is written beside the vault with `sqlcipher_export`,
    checked, made durable, and swapped in with one atomic rename; the old file is kept (a hard
    link) until the new one has been opened. Every failure before the swap leaves the old file and
    the open connection untouched; a failure after it puts the old file back.
    """
    key = normalise_passphrase(new_passphrase)
    path = vault.path
    fresh = path.with_name(f".rekeying-{os.getpid()}-{path.name}")
    before = path.with_name(f".before-rekey-{os.getpid()}-{path.name}")
    with vault.exclusive():
        for leftover in (fresh, before):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        try:
            _write_rekeyed_copy(vault, key, fresh)
            problems = backups.sound_copy_problems(fresh, key)
            if problems:
                raise PassphraseNotChanged("the re-encrypted copy failed its check.")
            _swap_in(vault, key, fresh, before)
        finally:
            with contextlib.suppress(FileNotFoundError):
                fresh.unlink()
    with contextlib.suppress(VaultError):  # the passphrase has changed; a full disk may refuse
        vault.record_audit("rekey")


def _write_rekeyed_copy(vault: Vault, key: str, fresh: Path) -> None:
    with vault.raw() as raw:
        try:
            write_encrypted_copy(raw, key, fresh)
        except Exception as exc:
            if isinstance(translate(exc, vault.path), StorageFull):
                raise RekeyDiskFull(vault.path.stat().st_size / 1e6) from exc
            raise PassphraseNotChanged(
                f"the re-encrypted copy could not be written ({_reason(exc)})."
            ) from exc


def _swap_in(vault: Vault, key: str, fresh: Path, before: Path) -> None:
    path = vault.path
    try:
        os.link(path, before)  # the old file stays reachable whatever happens next
    except OSError as exc:
        raise PassphraseNotChanged(
            f"the old file could not be kept aside while swapping ({_reason(exc)})."
        ) from exc
    try:
        os.replace(fresh, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            before.unlink()
        raise PassphraseNotChanged(f"the files could not be swapped ({_reason(exc)}).") from exc
    try:
        conn = open_keyed(path, key)
        conn.execute("SELECT count(*) FROM vault_info").fetchone()
    except Exception as exc:
        os.replace(before, path)  # put the old file back: the held connection still reads it
        fsync_dir(path.parent)
        raise PassphraseNotChanged(
            f"the re-encrypted vault could not be opened ({_reason(exc)})."
        ) from exc
    vault.use_connection(conn)
    with contextlib.suppress(OSError):
        before.unlink()
        fsync_dir(path.parent)


def recover_unfinished_rekey(path: Path, passphrase: str) -> bool:
    """After a crash mid re-key: when the vault refuses `passphrase` but the kept old file takes
    it, the re-key was never reported done, so the old file goes back in place. True if it did."""
    kept = sorted(path.parent.glob(f".before-rekey-*-{path.name}"))
    for old in kept:
        try:
            open_keyed(old, passphrase, read_only=True).close()
        except VaultError:
            continue
        with VaultLock(path):
            # The file in place is kept, never dropped: should the re-key have finished after
            # all, what was written under the new passphrase is among the backups.
            if path.exists():
                aside = backups_dir(path) / backups.backup_name(datetime.now(UTC), "replaced")
                aside.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, aside)
            os.replace(old, path)
            fsync_dir(path.parent)
        return True
    return False


def _reason(exc: BaseException) -> str:
    if isinstance(exc, VaultError):
        return exc.message.rstrip(".")
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return type(exc).__name__


# -- checks and read-only opening ---------------------------------------------------------------


def open_read_only(path: Path, passphrase: str) -> DbapiConnection:
    """Open a vault or backup read-only, proving it is a toolkit vault; nothing is written.

    A save cut short leaves a journal that must be rolled back before the file can be read. Any
    opening does that (with any key: SQLite copies the journal's pages back as they are), so here
    it is done first, under the vault's lock, exactly as unlocking would; if it cannot be done,
    the sentence says a change was interrupted rather than blaming the passphrase.
    """
    classify_before_keying(path)
    if has_hot_journal(path):
        _finish_interrupted_change(path, passphrase)
    conn = open_keyed(path, passphrase, read_only=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(path, newest_sound_backup(path)) from exc
    if "vault_info" not in tables:
        conn.close()
        raise NotAVault(path)
    return conn


def _finish_interrupted_change(path: Path, passphrase: str) -> None:
    try:
        with VaultLock(path):
            open_keyed(path, passphrase).close()
    except VaultError:
        if has_hot_journal(path):
            raise InterruptedChange(path) from None
        raise
    except (OSError, sqlcipher3.dbapi2.Error):
        raise InterruptedChange(path) from None


def vault_facts(conn: DbapiConnection) -> tuple[dict[str, str], int]:
    """A vault's own facts (id, creation, training flag) and its number of cases."""
    info = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM vault_info")}
    count = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    return info, count


def translate(exc: Exception, path: Path) -> Exception:
    """Turn a low-level failure into a sentence: a full disk, a read-only file, a damaged page."""
    if isinstance(exc, VaultError):
        return exc
    text = str(exc).lower()
    if "handed over and awaiting confirmation" in text:  # the triggers of migration 0006
        from toolkit_desktop.storage.handover_store import CaseAwaitingConfirmation

        return CaseAwaitingConfirmation()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in text:
        return StorageFull()
    if "database is locked" in text:
        return VaultInUse(path)
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        return VaultUnreadable(path, "it is read-only")
    if isinstance(exc, sqlite3.DatabaseError | sqlcipher3.dbapi2.DatabaseError) and (
        "malformed" in text or "not a database" in text
    ):
        return VaultDamaged(path, newest_sound_backup(path))
    return exc
