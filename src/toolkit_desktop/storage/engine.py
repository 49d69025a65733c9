"""The SQLCipher connection: keyed safely, checked at once, with the settings that keep data safe.

A vault is a standard SQLCipher 4 file keyed with the passphrase through SQLCipher's own key
derivation (PBKDF2-SHA512, 256,000 iterations), so any SQLCipher 4 client can open it. Key
derivation costs about a quarter of a second, so one connection is held while the vault is unlocked
(`StaticPool`) and closed on lock; the `Vault` serialises access to it with a lock.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from toolkit_desktop.errors import PassphraseProblem
from toolkit_desktop.storage.errors import (
    InterruptedChange,
    NotAVault,
    VaultEmpty,
    VaultMissing,
    VaultNotEncrypted,
    VaultUnreadable,
    WrongPassphraseOrDamaged,
)

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
# sqlcipher3 ships no type information, so its connection is Any to the type checker.
DbapiConnection: TypeAlias = Any


def normalise_passphrase(passphrase: str) -> str:
    """NFC-normalise, so the same words typed on another keyboard or OS give the same key."""
    if "\x00" in passphrase:
        raise PassphraseProblem("A passphrase cannot contain a null character.")
    if not passphrase:
        raise PassphraseProblem("The passphrase is empty.")
    return unicodedata.normalize("NFC", passphrase)


def sql_string_literal(text: str) -> str:
    """A single-quoted SQL literal. PRAGMA takes no bound parameters, so this is the one place
    user text meets SQL text: doubling single quotes is SQLite's own escaping rule."""
    return "'" + text.replace("'", "''") + "'"


def classify_before_keying(path: Path) -> None:
    """Refuse, with the right sentence, files that are plainly not a vault, without opening them."""
    try:
        if not path.exists():
            raise VaultMissing(path)
        if path.is_dir():
            raise NotAVault(path)
        with path.open("rb") as handle:
            head = handle.read(16)
    except PermissionError as exc:
        raise VaultUnreadable(path, "permission denied") from exc
    except OSError as exc:
        raise VaultUnreadable(path, exc.strerror or str(exc)) from exc
    if not head:
        raise VaultEmpty(path)
    if head == PLAIN_SQLITE_HEADER:
        raise VaultNotEncrypted(path)


def open_keyed(path: Path, passphrase: str, *, read_only: bool = False) -> DbapiConnection:
    """Open and key an existing or new SQLCipher file and prove the key by reading the schema.

    Nothing is written before the key is proven, so a wrong passphrase or a damaged file leaves
    the file byte-identical.
    """
    key = normalise_passphrase(passphrase)
    target = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rwc'}"
    conn = sqlcipher3.connect(target, uri=True, check_same_thread=False, isolation_level=None)
    try:
        # Silence SQLCipher's own "hmac check failed" lines on stderr: we explain instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Not `PRAGMA cipher_memory_security = ON`: it swaps SQLite's memory allocator for the
        # whole process from whichever connection asks, and with the backup's connection on the
        # worker that raced other threads' allocations (segfaults under load in the app tests).
        conn.execute(f"PRAGMA key = {sql_string_literal(key)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.DatabaseError as exc:
            # Read-only, a hot journal cannot be rolled back: that is an interrupted save, which
            # opening the vault completes, not a wrong passphrase or a damaged file.
            if read_only and has_hot_journal(path):
                raise InterruptedChange(path) from exc
            raise WrongPassphraseOrDamaged(path) from exc
        apply_safety_settings(conn, read_only=read_only)
    except BaseException:
        conn.close()
        raise
    return conn


def journal_path(path: Path) -> Path:
    """The rollback journal SQLite keeps beside the file while a change is being saved."""
    return path.with_name(f"{path.name}-journal")


def has_hot_journal(path: Path) -> bool:
    """Whether a save was cut short: a journal with content is left beside the file."""
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def integrity_problems(conn: DbapiConnection, *, quick: bool = False) -> list[str]:
    """SQLite's and SQLCipher's checks (every page's HMAC); empty when sound.

    SQLCipher's page check runs first: once a page fails its HMAC, SQLite's own check of the
    b-trees only repeats the news page by page. `quick` runs `quick_check` (no index
    cross-checks) in place of `integrity_check`: on a 5,000-case vault (9.6 MB) the page check
    takes about 0.10 s and the quick check 0.13 s, against 0.21 s for the full one. A check that
    cannot even run (the damage stops SQLite reading its own schema) is reported as a problem too.
    """
    problems: list[str] = []
    pragmas = ["cipher_integrity_check", "quick_check" if quick else "integrity_check"]
    if not quick:
        pragmas.append("foreign_key_check")
    for pragma in pragmas:
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        except sqlcipher3.dbapi2.DatabaseError as exc:
            problems.append(f"{pragma}: {exc}")
            break
        for row in rows:
            text = " ".join(str(v) for v in row)
            if text != "ok":
                # SQLite puts a whole report in one row: one line each, a few at most.
                problems.extend(f"{pragma}: {line}" for line in text.splitlines()[:20])
        if problems:
            break
    return problems


def apply_safety_settings(conn: DbapiConnection, *, read_only: bool) -> None:
    """Settings asserted on every connection, after the key is proven."""
    # SQLCipher encrypts the database, its journal and WAL, but not other temporary files:
    # keep those in memory so nothing readable touches the disk.
    conn.execute("PRAGMA temp_store = MEMORY")
    if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise RuntimeError("temp_store=MEMORY could not be set; refusing to continue")
    # The wheel can load extensions; make sure this connection never does.
    conn.enable_load_extension(False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    # What is deleted is overwritten, not only unlinked: the case list's summaries (names,
    # search words) are replaced at every answer, and a deleted case's rows must not linger in
    # free space even if the VACUUM after a deletion cannot run.
    conn.execute("PRAGMA secure_delete = ON")
    if read_only:
        return
    # DELETE journal + synchronous FULL: each commit is on disk before it returns (crash and
    # power-loss safe), and at rest the vault is exactly one file, which matters when IT copies
    # it or it sits on a network drive (where WAL's shared memory does not work). The cost, a
    # few fsyncs per commit, is invisible at the pace a person types.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def make_engine(connect: Callable[[], DbapiConnection]) -> Engine:
    """An SQLAlchemy engine over one held keyed connection (the URL carries no passphrase)."""
    engine = create_engine(
        "sqlite://",
        creator=connect,
        module=sqlcipher3.dbapi2,
        poolclass=StaticPool,
        # Error messages must never carry the values being written (a child's name) into a log
        # or onto stderr, where they would sit unencrypted.
        hide_parameters=True,
    )

    # The DB-API connection runs in autocommit mode (isolation_level=None) so that pysqlite's
    # implicit transactions do not interfere; SQLAlchemy's own begin() then emits BEGIN, which is
    # SQLAlchemy's documented recipe for correct SQLite transactions.
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine
