"""The vault's upkeep: encrypted backups, re-keying, integrity checks, and read-only opening.

Each works on the DB-API connection itself (SQLCipher pragmas, `sqlcipher_export`) and turns a
low-level failure into one sentence with `translate`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from toolkit_desktop.storage import backups
from toolkit_desktop.storage.engine import (
    DbapiConnection,
    classify_before_keying,
    normalise_passphrase,
    open_keyed,
    sql_string_literal,
)
from toolkit_desktop.storage.errors import (
    NotAVault,
    StorageFull,
    VaultError,
    VaultInUse,
    VaultUnreadable,
)

if TYPE_CHECKING:
    from toolkit_desktop.storage.vault import Vault

DEFAULT_BACKUPS_KEPT = 10


def backup(vault: Vault, passphrase: str, label: str, keep: int = DEFAULT_BACKUPS_KEPT) -> Path:
    """Take an encrypted backup beside the vault, keeping the newest `keep`."""
    with vault.raw() as raw:
        try:
            now = vault.clock.now()
            target = backups.take_backup(raw, passphrase, vault.path, now, label, keep)
        except Exception as exc:
            raise translate(exc, vault.path) from exc
    vault.record_audit("backup", target.name)
    return target


def rekey(vault: Vault, new_passphrase: str) -> None:
    """Re-encrypt every page under a new passphrase, in one transaction."""
    key = normalise_passphrase(new_passphrase)
    with vault.raw() as raw:
        try:
            raw.execute(f"PRAGMA rekey = {sql_string_literal(key)}")
        except Exception as exc:
            raise translate(exc, vault.path) from exc
    vault.record_audit("rekey")


def integrity_problems(conn: DbapiConnection) -> list[str]:
    """Run SQLite's and SQLCipher's integrity checks (every page's HMAC); empty when sound."""
    problems: list[str] = []
    for pragma in ("integrity_check", "cipher_integrity_check", "foreign_key_check"):
        for row in conn.execute(f"PRAGMA {pragma}"):
            text = " ".join(str(v) for v in row)
            if text != "ok":
                problems.append(f"{pragma}: {text}")
    return problems


def open_read_only(path: Path, passphrase: str) -> DbapiConnection:
    """Open a vault or backup read-only, proving it is a toolkit vault; nothing is written."""
    classify_before_keying(path)
    conn = open_keyed(path, passphrase, read_only=True)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if "vault_info" not in tables:
        conn.close()
        raise NotAVault(path)
    return conn


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
    if isinstance(exc, OSError) and exc.errno == 28 or "disk is full" in text:
        return StorageFull()
    if "database is locked" in text:
        return VaultInUse(path)
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return VaultUnreadable(path, "it is read-only")
    if isinstance(exc, sqlite3.DatabaseError | sqlcipher3.dbapi2.DatabaseError) and (
        "malformed" in text or "not a database" in text
    ):
        return VaultError(
            "Part of the vault could not be read: it may be damaged. Your earlier backups are in "
            f"{path.parent / 'backups'}."
        )
    return exc
