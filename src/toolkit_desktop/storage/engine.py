"""The SQLCipher connection: keyed safely, checked at once, with the settings that keep data safe.

A vault is a standard SQLCipher 4 file keyed with the passphrase through SQLCipher's own key
derivation (PBKDF2-SHA512, 256,000 iterations), so any SQLCipher 4 client can open it. Key
derivation costs about a quarter of a second, so one connection is held while the vault is unlocked
(`StaticPool`) and closed on lock; the `Vault` serialises access to it with a lock.
"""

from __future__ import annotations

import threading
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


def integrity_problems(
    conn: DbapiConnection, *, quick: bool = False, beside: QuickCheckBeside | None = None
) -> list[str]:
    """SQLite's and SQLCipher's checks (every page's HMAC); empty when sound.

    SQLCipher's page check runs first: once a page fails its HMAC, SQLite's own check of the
    b-trees only repeats the news page by page. `quick` runs `quick_check` (no index
    cross-checks) in place of `integrity_check`: on a 5,000-case vault (9.6 MB) the page check
    takes about 0.04 s and the quick check 0.07 s, against 0.21 s for the full one. `beside` is a
    quick check already running on a second connection (unlock): its answer is taken in place of
    running one here, unless it could not run. A check that cannot even run (the damage stops
    SQLite reading its own schema) is reported as a problem too.
    """
    problems = _pragma_problems(conn, "cipher_integrity_check")
    if quick and beside is not None:
        found = beside.problems()  # waited for even after damage: its connection must close
        if problems:
            return problems
        if found is not None:
            return found
    if problems:
        return problems
    problems = _pragma_problems(conn, "quick_check" if quick else "integrity_check")
    if problems or quick:
        return problems
    return _pragma_problems(conn, "foreign_key_check")


def _pragma_problems(conn: DbapiConnection, pragma: str) -> list[str]:
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        return [f"{pragma}: {exc}"]
    problems: list[str] = []
    for row in rows:
        text = " ".join(str(v) for v in row)
        if text != "ok":
            # SQLite puts a whole report in one row: one line each, a few at most.
            problems.extend(f"{pragma}: {line}" for line in text.splitlines()[:20])
    return problems


class QuickCheckBeside:
    """SQLite's quick check of a vault, on a second read-only connection and a thread of its own.

    Unlock proves the key and then checks every page twice: SQLCipher's HMAC of each page and
    SQLite's quick check of the b-trees, 0.04 s and 0.07 s on 5,000 cases, one after the other on
    one connection. Run here instead, the quick check (with its own key derivation) goes on
    beside the key derivation and page check of the held connection, and the practitioner waits
    for the longer of the two only. Both connections only read, and nothing is written until
    both have answered. sqlcipher3, like Python's sqlite3, lets go of the GIL inside SQLite, so
    the two really run at once on a machine with two cores or more.

    `problems()` waits and answers: the problems found, or None if this connection could not
    check at all (a journal appeared, the file could not be opened again, `run` was False, or
    the answer was discarded because the file was replaced), and the caller runs the check
    itself. Use it as a context manager, so the thread is always waited for.
    """

    def __init__(self, path: Path, passphrase: str, *, run: bool = True) -> None:
        self._found: list[str] | None = None
        self._thread: threading.Thread | None = None
        if run:
            self._thread = threading.Thread(
                target=self._check, args=(path, passphrase), name="quick-check", daemon=True
            )
            self._thread.start()

    def _check(self, path: Path, passphrase: str) -> None:
        # Anything that goes wrong here (a wrong passphrase, a journal that appeared) is said,
        # or checked again, by the held connection: never a traceback from a thread.
        try:
            conn = open_keyed(path, passphrase, read_only=True)
            try:
                self._found = _pragma_problems(conn, "quick_check")
            finally:
                conn.close()
        except Exception:
            self._found = None

    def problems(self) -> list[str] | None:
        if self._thread is not None:
            self._thread.join()
        return self._found

    def discard(self) -> None:
        """Wait for the check and forget its answer (the file is about to be replaced)."""
        self.problems()
        self._found = None

    def __enter__(self) -> QuickCheckBeside:
        return self

    def __exit__(self, *exc: object) -> None:
        self.problems()


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
